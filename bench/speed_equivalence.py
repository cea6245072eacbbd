"""The fast path against the reference path on the throughput corpus: the share of events kept.

    .venv/bin/python bench/speed_equivalence.py [--articles 300] [--show 20]

Runs `pipeline.process` both ways over the first `--articles` reports of the throughput corpus
and compares mentions by (article, trigger offset, sub-event type): recall is the share of the
reference path's mentions the fast path also finds (the figure a default needs at >= 98%),
precision the share of the fast path's mentions the reference path has; of the mentions both
find, the share placed at the same gazetteer place (the fast path's partial parse must not
move events). Prints the first
`--show` differences with their sentences, to see what the cheap sentence rule or the partial
parse changed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()

    from eventwire.pipeline import _limit_threads, process

    _limit_threads(1)  # as in a pool worker: spare intra-op threads would count as CPU time
    articles = corpus(args.articles)
    runs = {}
    for fast in (False, True):
        started = time.process_time()
        runs[fast] = [mention for start in range(0, len(articles), 64)
                      for result in process(articles[start : start + 64], fast=fast) for mention in result.mentions]
        print(f"{'fast' if fast else 'reference'} path: {len(runs[fast])} mentions, "
              f"{1000 * (time.process_time() - started) / len(articles):.0f} ms CPU per article")
    reference, fast = ({(m.article_id, m.trigger.start, m.sub_event_type): m for m in runs[key]} for key in (False, True))
    both = reference.keys() & fast.keys()
    print(f"recall {len(both) / max(len(reference), 1):.3f} ({len(both)}/{len(reference)}), "
          f"precision {len(both) / max(len(fast), 1):.3f} ({len(both)}/{len(fast)})")
    same_place = sum(1 for key in both if _place_id(reference[key]) == _place_id(fast[key]))
    print(f"same place {same_place / max(len(both), 1):.3f} ({same_place}/{len(both)})")
    for label, missing in (("only reference", reference.keys() - fast.keys()), ("only fast", fast.keys() - reference.keys())):
        for key in sorted(missing)[: args.show]:
            mention = (reference if label == "only reference" else fast)[key]
            print(f"  {label}: {key[2]} trigger {mention.trigger.text!r}: {mention.sentence.text[:200]!r}")


def _place_id(mention) -> int | None:  # noqa: ANN001 - an EventMention
    return mention.place.geonameid if mention.place is not None else None


if __name__ == "__main__":
    main()
