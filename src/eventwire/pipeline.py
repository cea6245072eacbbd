"""The pipeline: articles -> annotate -> extract -> mentions, and the run loop that stores them.

`process(articles)` is the one function every executor runs, in this process or in a
worker pool; it catches per-article failures so one bad report never stops a batch.
`run(...)` reads inputs, skips articles already stored, processes new ones in batches and
stores each batch in one transaction, so a crash loses at most the batch in flight.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from eventwire import taxonomy
from eventwire.annotate import annotate, annotate_selected, sentence_spans
from eventwire.errors import ConfigError, EventwireError, IngestError
from eventwire.extract.claims import GENERIC_SOURCES, HELD_WORDS, TOLD_AGAIN
from eventwire.extract.mentions import ExtractContext, background_cue, extract
from eventwire.extract.who import PERSON_NOUNS
from eventwire.extract.who.lexicon import MEMBER_NOUNS
from eventwire.extract.what import (
    NONE, Classification, EventClassifier, default_classifier, in_report,
)
from eventwire.gazetteer import Gazetteer
from eventwire.ingest import read_inputs
from eventwire.records import Article, EventMention, Place
from eventwire.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


def fast_path_enabled() -> bool:
    """The fast path is the default; `$EVENTWIRE_FAST=0` selects the reference path. On 300
    reports of the throughput corpus the fast path finds 98.9% of the reference path's events,
    and 99.5% of its events are the reference path's (bench/speed_equivalence.py)."""
    return os.environ.get("EVENTWIRE_FAST", "1") != "0"


def process(articles: Sequence[Article], fast: bool | None = None) -> list[ArticleResult]:
    """Annotate and extract a batch of articles; a failure is recorded for that article only.

    The fast path (default) classifies the batch's sentences in one call before any language
    pipeline runs, and parses only the sentences extraction reads (`needs_language`), with
    entities in those, the lede and every sentence in which the gazetteer knows a name
    (`annotate.may_name_place`). An article with no such sentence yields no mentions on that
    path whatever its entities, so it is stored without annotation (most of the cost) and
    without its places. The reference path (`fast=False` or `$EVENTWIRE_FAST=0`) runs the
    language pipeline over every sentence of every article and stores every article's places.
    """
    context = default_context()
    if fast if fast is not None else fast_path_enabled():
        labelled = LabelledClassifier(context.classifier)
        spans = [sentence_spans(article) for article in articles]
        sentences = [[article.text[s:e] for s, e in article_spans] for article, article_spans in zip(articles, spans)]
        labelled.classify_all([text for texts in sentences for text in texts])
        context = replace(context, classifier=labelled)
        selections = [(article, article_spans, chosen)
                      for article, article_spans, texts in zip(articles, spans, sentences)
                      if (chosen := [index for index, (text, label)
                                     in enumerate(zip(texts, in_report(texts, labelled.classify(texts))))
                                     if needs_language(text, label, article)])]
        pairs = annotate_selected(selections, context.gazetteer)
    else:
        pairs = annotate(articles)
    extracted = {id(article): _extract(article, doc, context) for article, doc in pairs}
    return [extracted.get(id(article)) or ArticleResult(article) for article in articles]


def _extract(article: Article, doc: Doc, context: ExtractContext) -> ArticleResult:
    try:
        extraction = extract(article, doc, context)
    except Exception as error:  # noqa: BLE001 - one report's failure must not stop the batch
        return ArticleResult(article, error=f"{type(error).__name__}: {error}")
    return ArticleResult(article, extraction.mentions, extraction.places)


def _noun_forms(lemma: str) -> str:
    """A pattern for a noun lemma's singular and plural ("gunm[ae]n", "child(?:ren)?", "bod(?:y|ies)",
    "raid(?:e?s)?")."""
    if lemma.endswith("man"):
        return lemma[:-2] + "[ae]n"
    if lemma.endswith("child"):
        return lemma + "(?:ren)?"
    if lemma.endswith("y"):
        return lemma[:-1] + "(?:y|ies)"
    return lemma + "(?:e?s)?"


# Sentences extraction reads beyond event sentences: a denial disputes the event before it
# (who.DENYING_VERBS), a speaker's account of its toll or doers asserts it
# (claims.accounts_of_previous); "the statement was posted by X" and "a joint statement with Y"
# name the article's sources and partners (claims.posted_by, claims.joint_with).
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject|dismiss|refut)", re.IGNORECASE)
_POSTED_BY = re.compile(r"\bby\b", re.IGNORECASE)
_GENERIC_SOURCE = re.compile(r"\b(?:" + "|".join(sorted(GENERIC_SOURCES)) + r")", re.IGNORECASE)
_JOINT = re.compile(r"\bjoint\b", re.IGNORECASE)
# Blame of an act on a group ("The ministry blamed the X", "bore the hallmarks of the X") or a
# group's claim ("claimed responsibility") names the doer of the act told before it
# (mentions._named_by_blame_alone).
_BLAME = re.compile(r"\b(?:blam|accus)\w*|\bhallmarks?\b|\bresponsibility\b", re.IGNORECASE)
# An account needs both a speech word and a toll or doer word; two searches, as one pattern with a
# lookahead rescans the sentence from every position where the speech word is missing (quadratic).
_ACCOUNT_SPEECH = re.compile(r"\b(?:said|says|told|put|gave|according|confirmed)\b", re.IGNORECASE)
# Toll words (claims counts a toll in the account's words) and every form of the nouns that refer back
# to the event (claims.TOLD_AGAIN, under any determiner: "the suspected gunmen", "Friday's ambush").
_ACCOUNT_TOLD = re.compile(r"\b(?:died|killed|wounded|injured|hurt|"
                           + "|".join(_noun_forms(lemma) for lemma in sorted(TOLD_AGAIN)) + r")\b", re.IGNORECASE)
# A speaker holding people tells their taking again ("said it was holding them", "said it held the two
# men"; claims._holds_people reads the same words).
_ACCOUNT_HELD = re.compile(r"\b(?:holds?|holding|held)\s+(?:[\w'-]+\s+){0,3}?(?:"
                           + "|".join([*sorted(HELD_WORDS | MEMBER_NOUNS),
                                       *(_noun_forms(lemma) for lemma in sorted(PERSON_NOUNS))])
                           + r")\b", re.IGNORECASE)


def needs_language(text: str, label: Classification, article: Article) -> bool:
    """Whether extraction reads this sentence's tags, parse or entities: it reports an event
    (`label`), a background event (`mentions.background_cue`: a cue and a historical date), or
    holds a denial, blame, a speaker's account of the event before it (its toll, its doers, the people it holds), or a
    source or partner statement. Every other sentence yields nothing."""
    if label.code != NONE and label.code in taxonomy.BY_CODE:
        return True
    if background_cue(text, article.date) is not None:
        return True
    return bool(_DENIAL.search(text) or _JOINT.search(text) or _BLAME.search(text) or (
        _ACCOUNT_SPEECH.search(text) and (_ACCOUNT_TOLD.search(text) or _ACCOUNT_HELD.search(text)))
                or (_POSTED_BY.search(text) and _GENERIC_SOURCE.search(text)))


class LabelledClassifier:
    """The pipeline's classifier over a whole batch at once (one embedding call for every
    candidate sentence of every article), answering later per-article calls from its labels."""

    def __init__(self, classifier: EventClassifier) -> None:
        self.classifier = classifier
        self.labels: dict[str, Classification] = {}

    def classify_all(self, texts: Sequence[str]) -> None:
        missing = [text for text in dict.fromkeys(texts) if text not in self.labels]
        if missing:
            self.labels.update(zip(missing, self.classifier.classify(missing)))

    def label(self, text: str) -> Classification:
        self.classify_all([text])
        return self.labels[text]

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        self.classify_all(texts)
        return [self.labels[text] for text in texts]


class Executor(Protocol):
    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[ArticleResult]]: ...


class LocalExecutor:
    """In this process."""

    def __init__(self, workers: int = 1, address: str | None = None) -> None:
        pass

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[ArticleResult]]:
        return map(process, batches)


def _limit_threads(threads: int) -> None:
    """One worker per core: intra-op threads on top would only fight over the same cores.
    torch, if it is ever imported later (the reference encoder), reads $OMP_NUM_THREADS then;
    it is not imported here only to be told (`annotate` keeps it out of worker processes)."""
    os.environ["OMP_NUM_THREADS"] = str(threads)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


class PoolExecutor:
    """Worker processes on this machine; each loads the models once."""

    def __init__(self, workers: int, address: str | None = None) -> None:
        self.workers = workers

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[ArticleResult]]:
        # Batches are drawn in this thread (the caller's generator may use the store), with a
        # bounded number in flight so memory stays flat on large inputs.
        # concurrent.futures rather than multiprocessing.Pool: when a worker process dies, the
        # run fails with BrokenProcessPool instead of waiting forever for its batch.
        threads = max(1, (os.cpu_count() or 1) // self.workers)
        with ProcessPoolExecutor(self.workers, multiprocessing.get_context("spawn"), _limit_threads,
                                 (threads,)) as pool:
            pending: deque = deque()
            for batch in batches:
                pending.append(pool.submit(process, batch))
                if len(pending) >= 2 * self.workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()


class RayExecutor:
    """Ray workers, on this machine or a cluster (`address`: "auto", "HOST:PORT" or None for a
    local one); each worker process loads the models once and runs `process` on whole batches.
    Results come back to the driver, which stores them: workers never touch the store."""

    def __init__(self, workers: int = 1, address: str | None = None) -> None:
        try:
            import ray
        except ImportError as error:
            raise ConfigError("the ray executor needs Ray: pip install 'eventwire[scale]'") from error
        self.ray = ray
        if not ray.is_initialized():
            ray.init(address=address, include_dashboard=False, log_to_driver=False,
                     **({} if address else {"num_cpus": max(workers, 1)}))
        self.workers = max(workers, 1)
        self.actors: list = []

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[ArticleResult]]:
        # Batches go round-robin to the actors, at most two per actor in flight (memory stays
        # flat), and come back in input order, so the store sees the same sequence as locally.
        # The actors live as long as the executor (or the Ray session): models load once.
        ray = self.ray
        if not self.actors:
            self.actors = [_ray_worker(ray).remote() for _ in range(self.workers)]
        pending: deque = deque()
        for number, batch in enumerate(batches):
            pending.append(self.actors[number % len(self.actors)].process.remote(list(batch)))
            if len(pending) >= 2 * len(self.actors):
                yield ray.get(pending.popleft())
        while pending:
            yield ray.get(pending.popleft())


@lru_cache(maxsize=1)
def _ray_worker(ray):  # type: ignore[no-untyped-def]
    """The actor class, defined once Ray is imported: one process that keeps its models loaded."""

    @ray.remote(num_cpus=1)
    class ProcessWorker:
        def __init__(self) -> None:
            _limit_threads(1)

        def process(self, batch: list[Article]) -> list[ArticleResult]:
            return process(batch)

    return ProcessWorker


EXECUTORS: dict[str, type] = {"local": LocalExecutor, "pool": PoolExecutor, "ray": RayExecutor}


def make_executor(workers: int = 1, kind: str | None = None, address: str | None = None) -> Executor:
    """`kind` from `EXECUTORS`; by default a worker pool when `workers` > 1, else this process."""
    kind = kind or ("pool" if workers > 1 else "local")
    if kind not in EXECUTORS:
        raise ConfigError(f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
    return EXECUTORS[kind](workers, address)


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
