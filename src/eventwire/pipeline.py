"""The pipeline: articles -> annotate -> extract -> mentions, and the run loop that stores them.

`process(articles)` is the one function every executor runs, in this process or in a
worker pool; it catches per-article failures so one bad report never stops a batch.
`run(...)` reads inputs, skips articles already stored, processes new ones in batches and
stores each batch in one transaction, so a crash loses at most the batch in flight.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from eventwire.annotate import annotate
from eventwire.errors import EventwireError, IngestError
from eventwire.extract.mentions import ExtractContext, extract
from eventwire.extract.what import default_classifier
from eventwire.gazetteer import Gazetteer
from eventwire.ingest import read_inputs
from eventwire.records import Article, EventMention, Place
from eventwire.store.sqlite import SQLiteStore

DEFAULT_BATCH = 64


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    mentions: tuple[EventMention, ...] = ()
    places: tuple[Place, ...] = ()
    error: str = ""


@lru_cache(maxsize=1)
def default_context() -> ExtractContext:
    """The models every worker loads once."""
    return ExtractContext(classifier=default_classifier(), gazetteer=Gazetteer.open())


def process(articles: Sequence[Article]) -> list[ArticleResult]:
    """Annotate and extract a batch of articles; a failure is recorded for that article only."""
    context = default_context()
    results = []
    for article, doc in annotate(articles):
        try:
            extraction = extract(article, doc, context)
            results.append(ArticleResult(article, extraction.mentions, extraction.places))
        except Exception as error:  # noqa: BLE001 - one report's failure must not stop the batch
            results.append(ArticleResult(article, error=f"{type(error).__name__}: {error}"))
    return results


class Executor(Protocol):
    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[ArticleResult]]: ...


class LocalExecutor:
    """In this process."""

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[ArticleResult]]:
        return map(process, batches)


class PoolExecutor:
    """Worker processes on this machine; each loads the models once."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[ArticleResult]]:
        # Batches are drawn in this thread (the caller's generator may use the store), with a
        # bounded number in flight so memory stays flat on large inputs.
        with multiprocessing.get_context("spawn").Pool(self.workers) as pool:
            pending: deque = deque()
            for batch in batches:
                pending.append(pool.apply_async(process, (batch,)))
                if len(pending) >= 2 * self.workers:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()


def make_executor(workers: int = 1) -> Executor:
    return PoolExecutor(workers) if workers > 1 else LocalExecutor()


@dataclass
class RunSummary:
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def run(
    inputs: Iterable[Path | str],
    store: SQLiteStore,
    executor: Executor | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_progress: Callable[[int], None] = lambda done: None,
) -> RunSummary:
    """Ingest, extract, merge and store everything in `inputs`; never stops at a bad item."""
    return run_articles(read_inputs(inputs), store, executor, batch_size, on_progress)


def run_articles(
    items: Iterable[Article | IngestError],
    store: SQLiteStore,
    executor: Executor | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_progress: Callable[[int], None] = lambda done: None,
) -> RunSummary:
    """Extract, merge and store articles, wherever they were read (files, `watch`, the API).

    Items that are errors are recorded and counted; articles already stored are skipped; each
    batch is one transaction; an extraction failure is recorded for that article only.
    """
    summary = RunSummary()
    executor = executor or LocalExecutor()

    def new_batches() -> Iterator[list[Article]]:
        for batch in _batches(items, batch_size):
            articles = []
            for item in batch:
                if isinstance(item, IngestError):
                    _failed(summary, store, item.origin, item.problem, str(item))
                else:
                    articles.append(item)
            summary.read += len(articles)
            unique = list({article.id: article for article in articles}.values())
            known = store.known_article_ids([article.id for article in unique])
            skipped = len(articles) - len(unique) + len(known)
            summary.already_stored += skipped
            on_progress(len(batch) - len(articles) + skipped)
            fresh = [article for article in unique if article.id not in known]
            if fresh:
                yield fresh

    for results in executor.map(new_batches()):
        for result in results:
            if result.error:
                origin = result.article.origin
                _failed(summary, store, origin, result.error, f"{origin}: {result.error}")
        summary.stored += store.store_batch(
            [(result.article, result.mentions, result.places) for result in results if not result.error]
        )
        on_progress(len(results))
    return summary


def _failed(summary: RunSummary, store: SQLiteStore, origin: str, problem: str, message: str) -> None:
    summary.failed += 1
    summary.errors.append(message)
    store.record_error(origin, problem)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_article(article: Article) -> list[EventMention]:
    """One article's mentions, for the Python API and tests; raises EventwireError on failure."""
    (result,) = process([article])
    if result.error:
        raise EventwireError(f"{article.origin or article.id}: extraction failed: {result.error}")
    return list(result.mentions)
