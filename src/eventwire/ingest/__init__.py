"""Readers: one per format, each turning an input into `Article`s or per-item errors.

`read_inputs(paths)` walks files and folders (recursively), and fetches http(s) URLs of feeds
or pages, and yields, in a stable order, either an `Article` or an `IngestError` for an item
that could not be read, so a batch never stops at one bad file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from eventwire.errors import IngestError
from eventwire.ingest.feed import is_url, read_feed, read_url
from eventwire.ingest.html import read_html
from eventwire.ingest.tabular import read_csv, read_jsonl
from eventwire.ingest.text import read_text_report
from eventwire.records import Article

Reader = Callable[[Path], Iterator[Article | IngestError]]

READERS: dict[str, Reader] = {
    ".txt": read_text_report,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
}


def supported_suffixes() -> tuple[str, ...]:
    return tuple(READERS)


def read_inputs(paths: Iterable[Path | str]) -> Iterator[Article | IngestError]:
    """Every article in the given files, folders and URLs, or an error per unreadable item."""
    for given in paths:
        if isinstance(given, str) and is_url(given):
            yield from read_url(given)
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if child.suffix.lower() in READERS:
                    yield from read_file(child)
        elif path.exists():
            yield from read_file(path)
        else:
            yield IngestError(str(path), "no such file or folder", "check the path")


def read_file(path: Path) -> Iterator[Article | IngestError]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(READERS)
        yield IngestError(str(path), f"unknown format {path.suffix!r}", f"use one of {known}")
        return
    try:
        yield from reader(path)
    except OSError as error:
        yield IngestError(str(path), f"cannot be read: {error.strerror or error}", "check permissions")
