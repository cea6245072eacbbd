"""RSS and Atom feeds, from files (`.rss`, `.atom`, `.xml`) or URLs: one `Article` per item.

feedparser reads every RSS and Atom dialect and sanitizes the HTML in items; the item's title,
link, publication date and the feed's title (the outlet) become the article's metadata, and
its text is the item's full content, else its summary, with markup stripped. Each item also
gets a stable key (its id, else its link, else a hash of what it says) so `eventwire watch`
can tell a new item from one it has seen, even when the item's wording is later edited.

Everything that goes over the network goes through `fetch`: http(s) only, a timeout, a size
bound, conditional requests (ETag / Last-Modified) and no redirects to other schemes. Fetching
the page behind an item that carries only a summary is opt-in (`follow_links`), and such links
are followed only to the feed's own host or to public addresses (`link_policy`).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.client
import io
import ipaddress
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import IngestError
from eventwire.ingest.common import decode_bytes, make_article
from eventwire.ingest.html import extract_page, strip_markup
from eventwire.records import Article

MAX_FEED_BYTES = 20 * 1024 * 1024
MAX_PAGE_BYTES = 4 * 1024 * 1024
FETCH_TIMEOUT_S = 15.0
USER_AGENT = "eventwire (+https://pypi.org/project/eventwire/)"


@dataclass(frozen=True)
class FetchResult:
    """One HTTP response: `status` 304 means unchanged since the ETag / Last-Modified we sent."""

    url: str
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class FeedItem:
    """One feed item: its stable key (for `watch`) and its article, or why it could not be read."""

    key: str
    article: Article | IngestError


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) (a feed must not send us to ftp:// or file://) and, when
    a URL policy is given, only to URLs it allows."""

    def __init__(self, allowed: Callable[[str], bool] | None = None) -> None:
        self.allowed = allowed

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, f"redirect to a non-http URL {newurl!r}", headers, fp)
        if self.allowed is not None and not self.allowed(newurl):
            raise urllib.error.HTTPError(newurl, code, f"redirect to a non-public address {newurl!r}", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_CheckedRedirects())


def link_policy(feed_url: str) -> Callable[[str], bool]:
    """Which item links may be fetched for a feed read from `feed_url`.

    Links are the feed author's data, not the user's choice: following them blindly would let a
    feed make us request the machine itself, the private network or a cloud metadata address.
    A link is allowed when its host is the feed's own host, or when every address it resolves
    to is a public one.
    """
    feed_host = urllib.parse.urlsplit(feed_url).hostname

    def allowed(url: str) -> bool:
        host = urllib.parse.urlsplit(url).hostname
        if not host:
            return False
        if host == feed_host:
            return True
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
        except (OSError, UnicodeError):
            return False
        return bool(addresses) and all(ipaddress.ip_address(address.split("%")[0]).is_global for address in addresses)

    return allowed


def is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme in ("http", "https")


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    timeout: float = FETCH_TIMEOUT_S,
    max_bytes: int = MAX_FEED_BYTES,
    allowed: Callable[[str], bool] | None = None,
) -> FetchResult:
    """GET `url` with a timeout and a size bound; every failure is an `IngestError` naming the URL.
    `allowed`, when given, must accept the URL and every redirect target."""
    if not is_url(url):
        raise IngestError(url, "only http and https URLs can be fetched", "give an http(s) URL or a local file")
    if allowed is not None and not allowed(url):
        raise IngestError(url, "the link points to a private or local address", "only public pages are followed")
    opener = _OPENER if allowed is None else urllib.request.build_opener(_CheckedRedirects(allowed))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    try:
        with opener.open(request, timeout=timeout) as response:
            body = _read_bounded(response, url, max_bytes, deadline=time.monotonic() + 4 * timeout)
            headers = {key.lower(): value for key, value in response.headers.items()}
            final_url, status = response.geturl(), response.status
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return FetchResult(url, 304, headers={key.lower(): value for key, value in error.headers.items()})
        raise IngestError(url, f"the server answered HTTP {error.code} {error.reason}", "check the URL") from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise IngestError(
            url, f"cannot be fetched: {reason}", "check the URL and the network, or retry later"
        ) from None
    return FetchResult(final_url, status, body, headers)


def _read_bounded(response: Any, url: str, max_bytes: int, deadline: float) -> bytes:
    """The body, refused past `max_bytes` or when it trickles in past `deadline` (the socket
    timeout alone bounds each read, not a server that sends one byte at a time)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(url, f"the response is over the {max_bytes:,}-byte limit", "give a smaller feed or page")
        if time.monotonic() > deadline:
            raise IngestError(url, "the server is sending too slowly", "retry later")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_feed(
    data: bytes,
    origin: str,
    base_url: str = "",
    content_type: str = "",
    fetch_page: Callable[[str], Article] | None = None,
) -> list[FeedItem]:
    """Every item of a feed document, in feed order; raises `IngestError` when it is not a feed at all.

    `fetch_page(link)`, when given, is called for items that carry only a summary, and the
    page's text replaces the summary when it is longer.
    """
    import feedparser  # imported here: only feeds need it

    headers = {"content-location": base_url} if base_url else {}
    if content_type:
        headers["content-type"] = content_type
    # A stream, never bytes or str: given those, feedparser may treat the data as a path or URL to open.
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, sanitize_html=True)
    except Exception as error:  # noqa: BLE001 - a hostile feed must not stop the batch
        raise IngestError(origin, f"the feed could not be parsed ({type(error).__name__}: {error})",
                          "check that it is an RSS or Atom document") from None
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise IngestError(origin, f"not an RSS or Atom feed ({problem})", "give an RSS/Atom file or feed URL")
    outlet = _text(parsed.feed.get("title", ""), parsed.feed.get("title_detail"))
    items = []
    for number, entry in enumerate(parsed.entries, start=1):
        item_origin = f"{origin}#{number}"
        try:
            article: Article | IngestError = entry_article(entry, outlet, item_origin, fetch_page)
        except IngestError as error:
            article = error
        items.append(FeedItem(entry_key(entry), article))
    return items


def entry_key(entry: Mapping[str, Any]) -> str:
    """What identifies an item across polls: its id, else its link, else a hash of its fields."""
    if entry.get("id"):
        return f"id:{entry['id']}"
    if entry.get("link"):
        return f"link:{entry['link']}"
    fields = "\x1f".join(str(entry.get(name, "")) for name in ("title", "summary", "published", "updated"))
    return "content:" + hashlib.sha256(fields.encode()).hexdigest()[:16]


def entry_article(
    entry: Mapping[str, Any], outlet: str, origin: str, fetch_page: Callable[[str], Article] | None = None
) -> Article:
    """One item as an `Article`: feed metadata first, the linked page only to fill in missing text."""
    title = _text(entry.get("title", ""), entry.get("title_detail"))
    link = str(entry.get("link") or "")
    contents = entry.get("content") or []
    text = max((_text(part.get("value", ""), part) for part in contents), key=len, default="")
    if not text:
        text = _text(entry.get("summary", ""), entry.get("summary_detail"))
    date = entry_date(entry)
    page_outlet = ""
    if fetch_page is not None and link and not contents:
        try:
            page = fetch_page(link)
        except IngestError:
            page = None  # the summary still makes an article; the page was only a bonus
        if page is not None and len(page.text) > len(text):
            text, date, page_outlet = page.text, date or page.date, page.outlet
    if not outlet and not page_outlet and link:
        page_outlet = urllib.parse.urlsplit(link).hostname or ""
    return make_article(origin, text, title=title, date=date, url=link, outlet=outlet or page_outlet)


def entry_date(entry: Mapping[str, Any]) -> dt.date | None:
    """The item's date as the outlet wrote it (its own time zone), from `published`, else `updated`."""
    for name in ("published", "updated", "created"):
        raw = entry.get(name)
        if not raw:
            continue
        for parse in (email.utils.parsedate_to_datetime, dt.datetime.fromisoformat):
            try:
                return parse(str(raw).strip()).date()
            except (TypeError, ValueError, IndexError):
                continue
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _text(value: str, detail: Mapping[str, Any] | None) -> str:
    """Plain text of a feed field, stripping markup only where the feed says it is HTML."""
    kind = (detail or {}).get("type", "text/html")
    return strip_markup(value) if "html" in kind else " ".join(str(value).split())


def page_fetcher(feed_url: str) -> Callable[[str], Article]:
    """Fetches the article behind an item's link, with the same bounds as feeds, to the hosts
    `link_policy(feed_url)` allows."""
    allowed = link_policy(feed_url)

    def linked_page(link: str) -> Article:
        response = fetch(link, max_bytes=MAX_PAGE_BYTES, allowed=allowed)
        return extract_page(decode_bytes(response.body, link), link, url=response.url)

    return linked_page


def read_feed(path: Path) -> Iterator[Article | IngestError]:
    """Reader for feed files: one article (or error) per item."""
    origin = str(path)
    try:
        if path.stat().st_size > MAX_FEED_BYTES:
            raise IngestError(origin, f"the feed is over the {MAX_FEED_BYTES / 1e6:.0f} MB limit", "split it")
        for item in parse_feed(path.read_bytes(), origin):
            yield item.article
    except IngestError as error:
        yield error


def read_url(url: str) -> Iterator[Article | IngestError]:
    """Reader for a URL given as an input: a feed (one article per item) or a single HTML page."""
    try:
        response = fetch(url)
        content_type = response.headers.get("content-type", "")
        if _is_feed(content_type, response.body):
            for item in parse_feed(response.body, url, base_url=response.url, content_type=content_type):
                yield item.article
        else:
            yield extract_page(decode_bytes(response.body, url), url, url=response.url)
    except IngestError as error:
        yield error


_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]")


def _is_feed(content_type: str, body: bytes) -> bool:
    """An RSS/Atom media type, or a feed's root element near the start. A bare XML type or an
    `<?xml` declaration is not enough: XHTML pages have both."""
    return "rss" in content_type or "atom" in content_type or bool(_FEED_ROOT.search(body[:2000].lower()))


def read_feed_url(
    url: str, *, etag: str = "", last_modified: str = "", follow_links: bool = False
) -> tuple[FetchResult, list[FeedItem]]:
    """Fetch a feed (conditionally, when given its last ETag / Last-Modified) and read its items.

    An unchanged feed (HTTP 304) has no items.
    """
    response = fetch(url, etag=etag, last_modified=last_modified)
    if response.not_modified:
        return response, []
    items = parse_feed(
        response.body, url, base_url=response.url, content_type=response.headers.get("content-type", ""),
        fetch_page=page_fetcher(response.url) if follow_links else None,
    )
    return response, items
