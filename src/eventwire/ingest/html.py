"""Saved web pages (`.html`, `.htm`): the article's main text and its metadata.

trafilatura finds the main text (no menus, comments or footers) and the page's title, date,
site name and canonical URL from its metadata, all offline. Pages come from anywhere, so the
reader assumes they are hostile: the size is bounded before parsing (extraction time grows
with the page), any failure inside the extractor becomes an `IngestError` for that file, and
when the extractor finds nothing (for instance in pathologically nested markup that lxml
refuses to build) a linear, non-recursive stripper from the standard library is tried before
giving up. Script, style and similar elements never reach the text in either path.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from eventwire.errors import IngestError
from eventwire.ingest.common import decode_bytes, make_article
from eventwire.records import Article

# Extraction takes about 3 s per MB of dense text; past this a page is refused, not parsed.
MAX_HTML_BYTES = 4 * 1024 * 1024

# Elements whose content is never article text.
SKIPPED_ELEMENTS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select",
     "button", "form", "nav", "header", "footer", "aside", "title"}
)
BLOCK_ELEMENTS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
     "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "figcaption", "main", "hr"}
)

# trafilatura logs every page it finds too short; the reader reports those itself.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


class _TextCollector(HTMLParser):
    """Visible text of an HTML fragment: event-driven, so nesting depth costs no recursion."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
        elif tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_ELEMENTS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_markup(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary, a page): one paragraph per line.

    Scripts, styles, forms and navigation are dropped with their content; entities are
    decoded; runs of spaces collapse. Safe on any input: nothing is executed or fetched.
    """
    if "<" not in fragment and "&" not in fragment:
        return _tidy(fragment)
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return _tidy("".join(collector.parts))


def _tidy(text: str) -> str:
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def extract_page(html: str, origin: str, url: str = "") -> Article:
    """The article in one HTML page, or an `IngestError` that names `origin` and what to do.

    `url` is where the page was fetched from, when it was; the page's canonical URL wins.
    """
    if len(html) > MAX_HTML_BYTES:
        raise IngestError(
            origin,
            f"the page is {len(html) / 1e6:.1f} MB, over the {MAX_HTML_BYTES / 1e6:.0f} MB limit for web pages",
            "save the article text as a .txt report instead",
        )
    metadata = _trafilatura_extract(html, origin, url)
    text = _without_leading_title(metadata.get("text") or "", metadata.get("title") or "")
    if not text.strip():
        text = strip_markup(html)
    if not text.strip():
        raise IngestError(
            origin, "no article text found in the page (it may be built by JavaScript)",
            "save the article text as a .txt report instead",
        )
    return make_article(
        origin,
        text,
        title=metadata.get("title") or "",
        date=metadata.get("date") or None,
        url=metadata.get("url") or url,
        outlet=metadata.get("sitename") or metadata.get("hostname") or "",
    )


def _trafilatura_extract(html: str, origin: str, url: str) -> dict[str, str]:
    """trafilatura's main text and metadata; any failure inside it is this page's error only."""
    import trafilatura  # imported here: it is slow to import and only pages need it

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # Dates only from the page's markup and date cues, never guessed from any number in the text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # noqa: BLE001 - a hostile page must not stop the batch
        raise IngestError(
            origin, f"the page could not be parsed ({type(error).__name__}: {error})",
            "save the article text as a .txt report instead",
        ) from None
    if document is None:
        return {}
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return {key: value for key, value in found.items() if isinstance(value, str)}


def _without_leading_title(text: str, title: str) -> str:
    """The body without the headline trafilatura keeps as its first line: the title is its own field."""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title.strip():
        return rest
    return text


def read_html(path: Path) -> Iterator[Article | IngestError]:
    """One article per saved page."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_HTML_BYTES:
            raise IngestError(
                origin, f"the page is {size / 1e6:.1f} MB, over the {MAX_HTML_BYTES / 1e6:.0f} MB limit for web pages",
                "save the article text as a .txt report instead",
            )
        yield extract_page(decode_bytes(path.read_bytes(), origin), origin)
    except IngestError as error:
        yield error
