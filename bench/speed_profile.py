"""Where the pipeline's time goes: CPU milliseconds per article of `pipeline.process` over
throughput-corpus reports in one process with one thread (as a pool worker runs), and the
cProfile entries with the most cumulative time, to say which stage to speed up next.

Usage: .venv/bin/python bench/speed_profile.py [--articles 200] [--top 40]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time

from throughput import corpus

from eventwire import annotate, pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--top", type=int, default=40)
    arguments = parser.parse_args()
    articles = corpus(arguments.articles + 40)
    # One intra-op thread, as in a pool worker: onnxruntime's and BLAS's spare threads would
    # otherwise spin on the other core and count as this process's CPU time (2.4x the
    # classifier's cost on this 2-core machine).
    pipeline._limit_threads(1)
    pipeline.default_context()
    annotate.load_language()
    pipeline.process(articles[:40])  # warm up: first-call caches are not the steady state
    articles = articles[40:]
    profile = cProfile.Profile()
    started = time.process_time()
    profile.enable()
    for start in range(0, len(articles), pipeline.DEFAULT_BATCH):
        pipeline.process(articles[start:start + pipeline.DEFAULT_BATCH])
    profile.disable()
    print(f"{1000 * (time.process_time() - started) / len(articles):.1f} ms CPU per article "
          f"({len(articles)} articles, one process, profiler on)")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(arguments.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
