"""What every reader shares: decoding bytes, validating fields, and content-derived ids."""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

import ftfy
from charset_normalizer import from_bytes

from eventwire.errors import IngestError
from eventwire.records import Article

MAX_ARTICLE_CHARS = 1_000_000


def decode_bytes(data: bytes, origin: str) -> str:
    """Text from bytes: UTF-8 when it is, else the encoding charset-normalizer finds; mojibake repaired."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(origin, "looks like a binary file (NUL bytes)", "give a text, JSONL or CSV file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise IngestError(origin, "not decodable as text in any known encoding", "convert it to UTF-8") from None
        text = str(best)
    return ftfy.fix_text(text, normalization="NFC")


def clean_text(text: str) -> str:
    """Strip control characters (keeping newlines and tabs) that break tokenizers and terminals."""
    return "".join(
        ch for ch in text if ch in "\n\t" or not unicodedata.category(ch).startswith("C") or ch == "\u200d"
    ).strip()


def parse_date(value: str | None, origin: str) -> dt.date | None:
    if value is None or not str(value).strip():
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise IngestError(origin, f"date {value!r} is not a valid YYYY-MM-DD date", "fix or drop the date") from None


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
