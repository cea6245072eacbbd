"""JSONL and CSV: one report per line or row, keys `id`, `date`, `title`, `text`, `url`, `outlet`.

A broken line is reported with its line number; the other lines are still read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from eventwire.errors import IngestError
from eventwire.ingest.common import decode_bytes, make_article
from eventwire.records import Article


def article_from_mapping(row: Mapping[str, Any], origin: str) -> Article:
    if not isinstance(row, Mapping):
        raise IngestError(origin, f"expected an object with a 'text' key, got {type(row).__name__}")
    text = row.get("text")
    if not isinstance(text, str):
        raise IngestError(origin, "missing or non-string 'text'", "every report needs its body under 'text'")
    fields = {key: row.get(key) for key in ("title", "url", "outlet")}
    for key, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise IngestError(origin, f"{key!r} must be a string, got {type(value).__name__}")
    date = row.get("date")
    if date is not None and not isinstance(date, str):
        raise IngestError(origin, f"'date' must be a YYYY-MM-DD string, got {type(date).__name__}")
    return make_article(origin, text, title=fields["title"] or "", date=date, url=fields["url"] or "",
                        outlet=fields["outlet"] or "")


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                row = json.loads(decode_bytes(raw, origin))
                yield article_from_mapping(row, origin)
            except json.JSONDecodeError as error:
                yield IngestError(origin, f"malformed JSON ({error.msg} at column {error.colno})", "fix the line")
            except IngestError as error:
                yield error


def read_csv(path: Path) -> Iterator[Article | IngestError]:
    try:
        text = decode_bytes(path.read_bytes(), str(path))
    except IngestError as error:
        yield error
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield IngestError(str(path), "CSV has no 'text' column", "add a header row with id,date,title,text")
        return
    try:
        for row in reader:
            origin = f"{path}:{reader.line_num}"
            if None in row:
                yield IngestError(origin, "row has more fields than the header", "quote fields that hold commas")
                continue
            try:
                yield article_from_mapping({k: v for k, v in row.items() if v != "" or k == "text"}, origin)
            except IngestError as error:
                yield error
    except csv.Error as error:
        yield IngestError(f"{path}:{reader.line_num}", f"malformed CSV ({error})", "fix the quoting")
