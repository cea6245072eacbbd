"""Where the pipeline's time goes: CPU milliseconds per article of `pipeline.process` over
throughput-corpus reports in one process with one thread (as a pool worker runs), and
pyinstrument's call tree of where it spent them, to say which stage to speed up next.

pyinstrument samples the stack (every millisecond) instead of timing every call as cProfile
does: cProfile's per-call cost made spaCy's token generators look 20-40 times dearer than they
are (`Doc.text` on a 560-token report: 0.09 ms, where cProfile gave it 3 ms). Its times are
wall time, so on a shared machine they are shares, not milliseconds: read them against the CPU
figure on the first line. Needs the `bench` extra (pyinstrument).

Usage: .venv/bin/python bench/speed_profile.py [--articles 200] [--min-share 0.02]
"""

from __future__ import annotations

import argparse
import time

from pyinstrument import Profiler
from throughput import corpus

from eventwire import annotate, pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--min-share", type=float, default=0.02, help="hide calls under this share of the time")
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
    profiler = Profiler(interval=0.001)
    started = time.process_time()
    profiler.start()
    for start in range(0, len(articles), pipeline.DEFAULT_BATCH):
        pipeline.process(articles[start:start + pipeline.DEFAULT_BATCH])
    profiler.stop()
    print(f"{1000 * (time.process_time() - started) / len(articles):.1f} ms CPU per article "
          f"({len(articles)} articles, one process, profiler on)")
    print(profiler.output_text(unicode=False, color=False, show_all=False,
                               processor_options={"filter_threshold": arguments.min_share}))


if __name__ == "__main__":
    main()
