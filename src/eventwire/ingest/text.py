"""The plain-text report format: first line ` date YYYY-MM-DD <title>`, then the body."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import IngestError
from eventwire.ingest.common import decode_bytes, make_article
from eventwire.records import Article

HEADER = re.compile(r"^\s*date\s+(\S+)\s*(.*)$")


def parse_text_report(raw: str, origin: str) -> Article:
    """One report from its text. Without a ` date` header line the whole text is the body."""
    first, _, body = raw.lstrip("\ufeff").partition("\n")
    header = HEADER.match(first)
    if header is None:
        return make_article(origin, raw)
    date, title = header.groups()
    return make_article(origin, body, title=title, date=date)


def read_text_report(path: Path) -> Iterator[Article | IngestError]:
    try:
        yield parse_text_report(decode_bytes(path.read_bytes(), str(path)), str(path))
    except IngestError as error:
        yield error
