"""Scale: eventwire on 1 and 2 workers of an executor, and the speed-up between them.

    .venv/bin/python bench/scale.py [--articles 600] [--executor ray|pool] [--workers 1 2]

Same corpus as `bench/throughput.py`. Each run stores into a fresh SQLite database and is
timed after its workers have loaded their models (a warm-up batch per worker), so the figure
is the steady-state rate the cluster adds per worker; model loading is printed apart.
Goal: >= 1.8x at 2 workers on a 2-core machine that nothing else is using (the load average
is printed with each figure).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus, load  # noqa: E402


def measure(kind: str, workers: int, articles: list, batch_size: int) -> tuple[float, float]:
    from eventwire.pipeline import make_executor, run_articles
    from eventwire.records import Article
    from eventwire.store.sqlite import SQLiteStore

    executor = make_executor(workers, kind)
    with tempfile.TemporaryDirectory() as directory:
        store = SQLiteStore(Path(directory) / "scale.db")
        start = time.perf_counter()
        if kind == "ray":  # the actors outlive a run: load their models before timing
            warm = [[Article(id=f"warm-{w}", text=articles[w].text)] for w in range(workers)]
            for _ in executor.map(iter(warm)):
                pass
        loading = time.perf_counter() - start
        start = time.perf_counter()
        run_articles(iter(articles), store, executor, batch_size)
        elapsed = time.perf_counter() - start
    return len(articles) / elapsed, loading


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--executor", default="ray", choices=["ray", "pool"])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    if args.executor == "ray":
        try:
            import ray
        except ImportError:
            sys.exit("scale: Ray is not installed; pip install 'eventwire[scale]' (or use --executor pool)")
    articles = corpus(args.articles)
    rates = {}
    for workers in args.workers:
        if args.executor == "ray":
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
        before = load()
        rate, loading = measure(args.executor, workers, articles, args.batch_size)
        rates[workers] = rate
        print(f"{args.executor} x{workers}: {rate:.1f} articles/s (models loaded in {loading:.1f} s) "
              f"[{before} -> {load()}]", flush=True)
        if args.executor == "ray":
            ray.shutdown()
    base = rates.get(min(rates))
    for workers, rate in sorted(rates.items()):
        if workers != min(rates):
            print(f"speed-up {min(rates)} -> {workers} workers: {rate / base:.2f}×")


if __name__ == "__main__":
    main()
