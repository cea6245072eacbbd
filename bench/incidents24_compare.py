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
from collections import Counter
from pathlib import Path

from eventwire.evaluate.incidents import _main_events, _rows, _stored_ids, bcubed, place_matches
from eventwire.store.sqlite import SQLiteStore


def _summary(event) -> str:
    if event is None:
        return "None"
    place = event.place.label() if event.place else None
    figures = [(f.kind[0], f.figure, f.claimant[:18], f.evidence.text[:40]) for f in event.fatality_claims]
    return f"{event.date} | {place} | k={event.fatalities} i={event.injured} | {figures}"


def _scores(rows: dict, main: dict, truth: dict) -> dict[str, float]:
    """`evaluate incidents` (with `truth`) or `evaluate articles` figures of one stored run."""
    hits: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    if truth:
        gold_cluster = {gold_id: str(row["incident"]) for gold_id, row in rows.items()}
        predicted = {gold_id: (event.event_id if event else f"none:{gold_id}") for gold_id, event in main.items()}
        hits["bcubed_f1"] = bcubed(predicted, gold_cluster)[2]
        counted["bcubed_f1"] = 1
        for incident_id, incident in truth.items():
            members = [g for g in gold_cluster if gold_cluster[g] == incident_id]
            votes = Counter(predicted[g] for g in members if main[g] is not None)
            event = next((main[g] for g in members if votes and main[g] and
                          main[g].event_id == votes.most_common(1)[0][0]), None)
            counted.update(("date", "place", "killed", "injured"))
            hits["date"] += bool(event and event.date and event.date.isoformat() == incident["date"])
            hits["place"] += place_matches(event, incident.get("city"), incident.get("state"), incident.get("lat"),
                                           incident.get("lon"))
            hits["killed"] += (event.fatalities if event else 0) == int(incident.get("killed") or 0)
            hits["injured"] += (event.injured if event else 0) == int(incident.get("injured") or 0)
        return {name: round(hits[name] / counted[name], 3) for name in counted}
    for gold_id, row in rows.items():
        gold, event = row.get("gold") or {}, main[gold_id]
        if gold.get("city") and gold.get("state"):
            counted["place"] += 1
            hits["place"] += place_matches(event, gold["city"], gold["state"], None, None)
        for field, ours in (("killed", event.fatalities if event else 0), ("injured", event.injured if event else 0)):
            if gold.get(field) is not None:
                counted[field] += 1
                hits[field] += ours == int(gold[field])
    return {name: f"{hits[name]}/{counted[name]} = {hits[name] / counted[name]:.3f}" for name in counted}


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
        print(name, _scores(rows, main_events, truth))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]) if len(sys.argv) > 4 else None)
