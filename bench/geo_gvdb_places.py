"""The GVDB-style per-article place misses: gold city and state against the main event's place.

Usage: .venv/bin/python bench/geo_gvdb_places.py ARTICLES.jsonl
Runs the pipeline as `eventwire evaluate articles` does and prints, for each article whose
gold names a city and state that the main event's place does not match: the id, the gold
city/state, our place (name, admin1, feature) and its evidence, to see which lookups fail.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from eventwire.evaluate.incidents import _main_events, _rows, _run_pipeline, _stored_ids, place_matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    arguments = parser.parse_args()
    rows = {str(row["id"]): row for row in _rows(arguments.articles)}
    with tempfile.TemporaryDirectory() as folder:
        store = _run_pipeline(arguments.articles, folder)
        main_events = _main_events(store, _stored_ids(store, rows))
        store.close()
    hits = counted = 0
    for gold_id, row in rows.items():
        gold, event = row.get("gold") or {}, main_events[gold_id]
        if not (gold.get("city") and gold.get("state")):
            continue
        counted += 1
        if place_matches(event, gold["city"], gold["state"], None, None):
            hits += 1
            continue
        place = event.place if event else None
        ours = f"{place.name} / {place.admin1} [{place.geo_precision}]" if place else "-"
        evidence = place.evidence.text if place and place.evidence else ""
        print(f"{gold_id}\t{gold['city']} / {gold['state']}\t{ours}\t{evidence!r}")
    print(f"place {hits}/{counted}")


if __name__ == "__main__":
    main()
