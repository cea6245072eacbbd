"""Two runs of one gold file side by side: each article's main event (place, killed, injured,
date) in store A and store B, printed where they differ, with the gold and the figures each
event holds, then each run's scores as `evaluate incidents` (given the incidents file) or
`evaluate articles` gives them. The stores come from `eventwire run --db A.db FILE` on two
trees (A/B).

Usage: .venv/bin/python bench/incidents24_compare.py GOLD.jsonl A.db B.db [INCIDENTS.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.evaluate.incidents import _main_events, _rows, _stored_ids, article_figures, incident_figures
from eventwire.store.sqlite import SQLiteStore


def _summary(event) -> str:
    if event is None:
        return "None"
    place = event.place.label() if event.place else None
    figures = [(f.kind[0], f.figure, f.claimant[:18], f.evidence.text[:40]) for f in event.fatality_claims]
    return f"{event.date} | {place} | k={event.fatalities} i={event.injured} | {figures}"


def main(gold: Path, first: Path, second: Path, incidents: Path | None) -> None:
    rows = {str(row["id"]): row for row in _rows(gold)}
    truth = {str(row["incident"]): row for row in _rows(incidents)} if incidents else {}
    runs = []
    for db in (first, second):
        store = SQLiteStore(db)
        runs.append(_main_events(store, _stored_ids(store, rows)))
    for gold_id, row in rows.items():
        a, b = runs[0][gold_id], runs[1][gold_id]
        if _summary(a) == _summary(b):
            continue
        answer = truth.get(str(row.get("incident"))) or row.get("gold") or {}
        print(f"== {gold_id} gold {json.dumps({k: answer.get(k) for k in ('date', 'city', 'killed', 'injured')})}")
        print(f"   A {_summary(a)}")
        print(f"   B {_summary(b)}")
    for name, main_events in zip("AB", runs):
        print(name, incident_figures(rows, main_events, truth) if truth else article_figures(rows, main_events))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]) if len(sys.argv) > 4 else None)
