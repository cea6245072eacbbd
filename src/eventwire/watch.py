"""`eventwire watch`: poll a feed URL or a folder and ingest only what is new.

What a watcher has seen is kept in the database beside what it stored (tables
`watch_sources` and `watch_seen`), so a restarted or cron-driven watcher ingests nothing
twice. Per source it records:
- feeds: each item's key (its id, else its link, else a hash of its fields), so an item whose
  wording the outlet edits later is not taken for a new report; and the feed's ETag /
  Last-Modified, so an unchanged feed costs one conditional request and no parsing;
- folders: each file's fingerprint (path, size, modification time), so unchanged files are
  not re-read, and the content id of each article read, so a file that grows (a JSONL log)
  yields only its new reports.

The seen-marks are written after the articles are stored: a crash in between re-reads those
items on the next poll, and the store, keyed by content id, skips them. An item whose
extraction failed is not marked, so it is retried on the next poll rather than lost.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import EventwireError, IngestError
from eventwire.ingest import READERS, read_file
from eventwire.ingest.feed import is_url, read_feed_url
from eventwire.records import Article
from eventwire.store.sqlite import SQLiteStore

DEFAULT_INTERVAL_S = 300.0


@dataclass(frozen=True)
class Fresh:
    """An item not seen before. `key` is empty for a folder's unreadable item (its file is
    retried when it changes); `file` is the fingerprint of the file it came from, if any."""

    key: str
    item: Article | IngestError
    file: str = ""


@dataclass
class PollSummary:
    """What one poll found and did. `not_modified`: the feed answered 304, nothing was read."""

    source: str
    new_items: int = 0
    stored: int = 0
    already_stored: int = 0
    failed: int = 0
    not_modified: bool = False
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Validators:
    etag: str = ""
    last_modified: str = ""


def source_key(source: str) -> str:
    """How a source is named in the database: a URL as given, a path made absolute."""
    return source if is_url(source) else str(Path(source).resolve())


def poll_once(source: str, store: SQLiteStore, *, follow_links: bool = False) -> PollSummary:
    """Read what is new at `source`, extract and store it, and remember it as seen.

    Raises `IngestError` when the source itself cannot be read (no such folder, the feed
    cannot be fetched or is not a feed); problems with single items are in the summary.
    """
    key = source_key(source)
    summary = PollSummary(source)
    validators = previous = _load_validators(store, key)
    fingerprints: list[str] = []
    if is_url(source):
        fresh, validators, summary.not_modified = _feed_fresh(source, key, store, validators, follow_links)
    else:
        fresh, fingerprints = _folder_fresh(Path(source), key, store)
    summary.new_items = len(fresh)
    for entry in fresh:
        if isinstance(entry.item, IngestError):
            summary.failed += 1
            summary.errors.append(str(entry.item))
            store.record_error(entry.item.origin, entry.item.problem)
    articles = [entry.item for entry in fresh if isinstance(entry.item, Article)]
    if articles:
        from eventwire.pipeline import run_articles  # imported (and models loaded) only when there is work

        result = run_articles(articles, store)
        summary.stored, summary.already_stored = result.stored, result.already_stored
        summary.failed += result.failed
        summary.errors.extend(result.errors)
    stored = store.known_article_ids([article.id for article in articles])
    if len(stored) < len({article.id for article in articles}):
        validators = previous  # some extraction failed: the next poll must not be told "unchanged"
    _remember(store, key, _marks(fresh, fingerprints, stored), validators)
    return summary


def _marks(fresh: Sequence[Fresh], fingerprints: Sequence[str], stored: set[str]) -> list[tuple[str, str]]:
    """(item key, article id) pairs to remember as seen.

    An article is seen once it is stored; one whose extraction failed is not, so it is retried
    (as `eventwire run` would) instead of being lost. Feed items that could not be read are
    seen (by their item key), so each is reported once; a file is seen when all it held is.
    """
    marks = []
    unfinished = set()
    for entry in fresh:
        if isinstance(entry.item, Article):
            if entry.item.id in stored:
                marks.append((entry.key, entry.item.id))
            else:
                unfinished.add(entry.file)
        elif entry.key:
            marks.append((entry.key, ""))
    return marks + [(fingerprint, "") for fingerprint in fingerprints if fingerprint not in unfinished]


def watch(
    source: str,
    store: SQLiteStore,
    *,
    interval: float = DEFAULT_INTERVAL_S,
    once: bool = False,
    follow_links: bool = False,
    on_poll: Callable[[PollSummary], None] = lambda summary: None,
    on_error: Callable[[EventwireError], None] = lambda error: None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Poll `source` every `interval` seconds until interrupted, or once with `once`.

    A failed poll (network down, folder unmounted) is reported through `on_error` and the
    watcher keeps going; with `once` it is raised, so cron sees a non-zero exit.
    """
    while True:
        try:
            on_poll(poll_once(source, store, follow_links=follow_links))
        except EventwireError as error:
            if once:
                raise
            on_error(error)
        if once:
            return
        sleep(interval)


def _feed_fresh(
    url: str, key: str, store: SQLiteStore, validators: _Validators, follow_links: bool
) -> tuple[list[Fresh], _Validators, bool]:
    """New items of a feed, the validators to send next time, and whether it was unchanged (304)."""
    response, items = read_feed_url(
        url, etag=validators.etag, last_modified=validators.last_modified, follow_links=follow_links
    )
    if response.not_modified:
        return [], validators, True
    seen = _seen(store, key, [item.key for item in items])
    unique = {item.key: item.article for item in items if item.key not in seen}
    fresh = [Fresh(item_key, article) for item_key, article in unique.items()]
    return fresh, _Validators(response.headers.get("etag", ""), response.headers.get("last-modified", "")), False


def _folder_fresh(root: Path, key: str, store: SQLiteStore) -> tuple[list[Fresh], list[str]]:
    """New items under a folder (or in one file), and the fingerprints of the files read."""
    if not root.exists():
        raise IngestError(str(root), "no such file or folder", "check the path, or give an http(s) feed URL")
    files = list(_watched_files(root))
    fingerprints = {_fingerprint(path, root): path for path in files}
    seen_files = _seen(store, key, list(fingerprints))
    read: list[Fresh] = []
    for fingerprint, path in fingerprints.items():
        if fingerprint in seen_files:
            continue
        for item in read_file(path):
            read.append(Fresh(f"article:{item.id}" if isinstance(item, Article) else "", item, fingerprint))
    seen_items = _seen(store, key, [entry.key for entry in read if entry.key])
    articles = {entry.key: entry for entry in read if entry.key and entry.key not in seen_items}
    fresh = list(articles.values()) + [entry for entry in read if not entry.key]
    return fresh, [fingerprint for fingerprint in fingerprints if fingerprint not in seen_files]


def _watched_files(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in READERS:
            yield path


def _fingerprint(path: Path, root: Path) -> str:
    """A file changes its fingerprint when it is rewritten or grows; taken before reading it."""
    stat = path.stat()
    relative = path.name if path == root else str(path.relative_to(root))
    return f"file:{relative}:{stat.st_size}:{stat.st_mtime_ns}"


def _seen(store: SQLiteStore, source: str, keys: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = store.connection.execute(
            f"SELECT item_key FROM watch_seen WHERE source = ? AND item_key IN ({marks})", [source, *chunk]
        )
        found.update(row[0] for row in rows)
    return found


def _load_validators(store: SQLiteStore, source: str) -> _Validators:
    row = store.connection.execute(
        "SELECT etag, last_modified FROM watch_sources WHERE source = ?", (source,)
    ).fetchone()
    return _Validators(*row) if row else _Validators()


def _remember(store: SQLiteStore, source: str, marks: Iterable[tuple[str, str]], validators: _Validators) -> None:
    """Mark items seen and keep the feed's validators, in one transaction."""
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with store.transaction() as db:
        db.executemany(
            "INSERT OR IGNORE INTO watch_seen (source, item_key, article_id, seen_at) VALUES (?, ?, ?, ?)",
            [(source, item_key, article_id, now) for item_key, article_id in marks],
        )
        db.execute(
            "INSERT OR REPLACE INTO watch_sources (source, etag, last_modified, polled_at) VALUES (?, ?, ?, ?)",
            (source, validators.etag, validators.last_modified, now),
        )
