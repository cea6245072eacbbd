"""GVDB per-article misses, one block each: gold city/state/killed/injured, our main event's
place and figures, the main mention's sentence and every place the article names.

Runs the pipeline into DB (kept, so a second look needs no rerun: pass --reuse).
Usage: .venv/bin/python bench/incidents24_gvdb_misses.py GVDB.jsonl DB [--reuse] > misses.txt
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from eventwire.evaluate.incidents import _main_events, _rows, _stored_ids, gold_city, place_matches
from eventwire.extract.mentions import main_mention
from eventwire.pipeline import run
from eventwire.store.sqlite import SQLiteStore


def main(path: Path, db: Path, reuse: bool) -> None:
    if not reuse and db.exists():
        db.unlink()
    store = SQLiteStore(db)
    if not reuse:
        run([path], store)
    rows = {str(row["id"]): row for row in _rows(path)}
    ids = _stored_ids(store, rows)
    main_events = _main_events(store, ids)
    hits: Counter[str] = Counter()
    for gold_id, row in rows.items():
        gold, event = row.get("gold") or {}, main_events[gold_id]
        misses = []
        if gold.get("city") and gold.get("state") and not place_matches(event, gold_city(gold["city"], row.get("title")),
                                                                    gold["state"], None, None):
            misses.append("place")
        for field, ours in (("killed", event.fatalities if event else 0), ("injured", event.injured if event else 0)):
            if gold.get(field) is not None and ours != int(gold[field]):
                misses.append(field)
        hits.update(field for field in ("place", "killed", "injured") if field not in misses)
        if not misses:
            continue
        pairs = store.article_mentions(ids[gold_id]) if ids[gold_id] else []
        chosen = main_mention([m for m, _ in pairs])
        places = store.article_places(ids[gold_id]) if ids[gold_id] else []
        print(f"== {gold_id} MISS {','.join(misses)} | gold {gold.get('city')}, {gold.get('state')} "
              f"k={gold.get('killed')} i={gold.get('injured')} | ours "
              f"{event.place.label() if event and event.place else None} k={event.fatalities if event else None} "
              f"i={event.injured if event else None}")
        print(f"   title: {row.get('title')}")
        print(f"   main: {chosen.sentence.text[:300] if chosen else None}")
        print(f"   places: {[(p.name, p.admin1, p.feature) for p in places][:12]}")
        print(f"   mentions: {len(pairs)}")
    print(f"hits (not missed, of all 400 rows): {dict(hits)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--reuse" in sys.argv)
