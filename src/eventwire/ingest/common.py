"""What every reader shares: decoding bytes, validating fields, and content-derived ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import ftfy
from charset_normalizer import from_bytes

from eventwire.errors import IngestError
from eventwire.records import Article

MAX_ARTICLE_CHARS = 1_000_000


# Text has almost no C0 control bytes besides tab and newlines; a few stray NULs are stripped,
# a file where they are common is binary.
BINARY_CONTROL_SHARE = 0.05
CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


def _control_share(data: bytes) -> float:
    return (len(data) - len(data.translate(None, CONTROL_BYTES))) / len(data)


def decode_bytes(data: bytes, origin: str) -> str:
    """Text from bytes: UTF-8 when it is, else a legacy encoding (see `_decode_legacy`).

    Mojibake is repaired later, on the report's text fields (`clean_text`), never on raw JSON
    or CSV, where a repair could break the syntax."""
    head = data[:8192]
    if head and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and _control_share(head) > BINARY_CONTROL_SHARE:
        raise IngestError(origin, "looks like a binary file (control bytes)", "give a text, JSONL, CSV or HTML file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data, origin)
    return text


def _decode_legacy(data: bytes, origin: str) -> str:
    """Mostly-ASCII text with a few high bytes is Windows-1252 (a superset of Latin-1's
    printable range) far more often than anything else in English news; charset-normalizer
    misreads such short texts (seen: Latin-1 "señor" as cp1250 "seńor"), so it only decides
    when that reading fails or the text is not mostly ASCII."""
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    if high <= 0.1 * len(data):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(origin, "not decodable as text in any known encoding", "convert it to UTF-8")
    return str(best)


# Control characters that break tokenizers and terminals (C0/C1 less tab and newline), lone
# surrogates, byte-order marks and soft hyphens (invisible hyphenation hints some sites put inside
# words, "at\u00adtempted", which split a word for spaCy and every word pattern). Other format
# characters such as right-to-left marks are kept.
UNWANTED_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\ud800-\udfff\ufeff]")


# An apostrophe a lossy export turned into "?" ("the city?s north end", "didn?t"): a question
# mark never sits between a word and its possessive or contraction ending. ftfy leaves these
# alone, as the byte that was lost cannot be told from a real question mark in general.
LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ve|ll|d|m)\b)")


def clean_text(text: str) -> str:
    """Mojibake and HTML entities repaired (ftfy; quotes kept as written), apostrophes lost to "?"
    put back, line ends unified, control characters out."""
    # ftfy is the slow part of reading: plain ASCII has nothing to repair unless it carries
    # escaped entities ("Philadelphia&#39;s"), which ftfy unescapes when the text has no tags.
    if not text.isascii() or "&" in text:
        text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    if "?" in text:
        text = LOST_APOSTROPHE.sub("'", text)
    return UNWANTED_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def parse_date(value: str | None, origin: str) -> dt.date | None:
    if value is None or not str(value).strip():
        return None
    try:
        date = dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise IngestError(origin, f"date {value!r} is not a valid YYYY-MM-DD date", "fix or drop the date") from None
    if date > dt.date.today() + dt.timedelta(days=1):  # a day's grace for time zones
        raise IngestError(origin, f"date {date} is in the future", "fix the date or drop it to resolve none")
    return date


def article_id(text: str, date: dt.date | None, title: str) -> str:
    """Content id: the same report (date, title, text) always gets the same id, whatever its source."""
    digest = hashlib.sha256(f"{date}\x1f{title.strip()}\x1f{text.strip()}".encode()).hexdigest()
    return digest[:16]


def make_article(
    origin: str, text: str, title: str = "", date: str | dt.date | None = None, url: str = "", outlet: str = ""
) -> Article:
    """Validate the fields of one report and build its `Article`."""
    text = clean_text(text or "")
    title = clean_text(title or "")
    if not text:
        raise IngestError(origin, "the report has no text", "skip it or add the body text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(
            origin, f"the report is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit", "split it"
        )
    parsed = date if isinstance(date, dt.date) else parse_date(date, origin)
    return Article(
        id=article_id(text, parsed, title),
        text=text,
        title=title,
        date=parsed,
        url=(url or "").strip(),
        outlet=(outlet or "").strip(),
        origin=origin,
    )
