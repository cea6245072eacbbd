"""Own reports (bench/gold/events_own.jsonl): each article's events as merged, with every
figure, its claimant and cue, to read the fatalities misses beside `evaluate events`.

Usage: .venv/bin/python bench/incidents24_own_figures.py bench/gold/events_own.jsonl [own-9 own-10 ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.ingest.common import make_article
from eventwire.merge import merge_mentions
from eventwire.pipeline import process


def main(path: Path, wanted: set[str]) -> None:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows = [row for row in rows if not wanted or row["id"] in wanted]
    articles = [make_article(f"{path}:{row['id']}", row["text"], row.get("title") or "", row.get("date")) for row in rows]
    for row, result in zip(rows, process(articles)):
        print(f"===== {row['id']}")
        for event in merge_mentions(result.mentions):
            print(f"  EVENT {event.sub_event_type} date={event.date} place={event.place.name if event.place else None}"
                  f" killed={event.fatalities} injured={event.injured} historical={event.historical}")
            for mention in event.mentions:
                print(f"    - {mention.sentence.text[:110]}")
            for figure in event.fatality_claims:
                print(f"    * {figure.kind} {figure.figure} by {figure.claimant!r} cue={figure.cue!r} "
                      f"lb={figure.lower_bound} approx={figure.approximate} [{figure.evidence.text}]")


if __name__ == "__main__":
    main(Path(sys.argv[1]), set(sys.argv[2:]))
