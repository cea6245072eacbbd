"""CPU per article and a digest of everything extraction returns, for A/B runs of a speed change.

    .venv/bin/python bench/speed_dump.py 200 /tmp/after.txt

Runs `pipeline.process` in one thread (as a pool worker does) over the first N reports of the
throughput corpus after a 40-report warm-up, prints process CPU milliseconds per article and a
digest of the repr of every mention, place and error, and writes that repr to the file. A speed
change keeps results identical when the two runs' files compare equal (`cmp`).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus  # noqa: E402

from eventwire import annotate, pipeline  # noqa: E402


def main(count: int, out: Path) -> None:
    pipeline._limit_threads(1)
    pipeline.default_context()
    annotate.load_language()
    articles = corpus(count + 40)
    pipeline.process(articles[:40])
    articles = articles[40:]
    started = time.process_time()
    results = []
    for start in range(0, len(articles), pipeline.DEFAULT_BATCH):
        results.extend(pipeline.process(articles[start:start + pipeline.DEFAULT_BATCH]))
    cpu = time.process_time() - started
    lines = "\n".join(repr((r.article.id, r.mentions, r.places, r.error)) for r in results)
    out.write_text(lines)
    print(f"{1000 * cpu / len(articles):.1f} ms CPU/article; digest {hashlib.sha256(lines.encode()).hexdigest()[:16]};"
          f" mentions {sum(len(r.mentions) for r in results)} places {sum(len(r.places) for r in results)}"
          f" errors {sum(bool(r.error) for r in results)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int, help="throughput-corpus reports to run (after the 40 of the warm-up)")
    parser.add_argument("out", type=Path, help="file for the repr of every result, to `cmp` against another run's")
    arguments = parser.parse_args()
    main(arguments.count, arguments.out)
