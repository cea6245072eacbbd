"""Which field failures of `eventwire evaluate events` come from the in-article merge: a gold
event split over several of our events, or two gold events joined into one of ours.

The gold gives no event ids: within an article, the sentences that carry the same values for
every field (type, date, place, fatalities, actors, claimants, historical) are one gold event.
Each found gold sentence is paired with the event it ended in as `evaluate.events` pairs it.
A gold event is *split* when its sentences ended in more than one of our events; its *home* is
the event most of them ended in (the first sentence's on a tie). One of our events *joins*
when it holds sentences of more than one gold event. Each field failure gets one cause:
- `stray`: the sentence's event is not its gold event's home (a continuation kept apart);
  `stray+join`: and that event joins another gold event;
- `split`: the sentence is at home, but its gold event is split (a value the strays carry);
- `join`: the sentence's event joins another gold event (no split);
- `split+join`: both;
- `other`: neither (the field is wrong for another reason).
With --verbose each failure is listed; a stray's line says which of the merge's tests keeps its
mention from its home event's mentions (`type`, `place`, `date`, `actors`, `historical`).

Usage: .venv/bin/python bench/event_splits.py bench/gold/events_actors10.jsonl [more files] [--verbose]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from eventwire.evaluate.events import _event_of, _field_verdicts, _normal
from eventwire.evaluate.gold import read_jsonl
from eventwire.ingest.common import make_article
from eventwire import merge
from eventwire.merge import merge_mentions
from eventwire.pipeline import process
from eventwire.records import Event, EventMention


def _gold_key(event: dict) -> str:
    return json.dumps({k: v for k, v in event.items() if k != "sentence"}, sort_keys=True, ensure_ascii=False)


def _blockers(mention: EventMention, event: Event) -> str:
    """Which of the merge's tests fail between `mention` and any of `event`'s mentions."""
    failed: set[str] = set()
    for other in event.mentions:
        same = other.article_id == mention.article_id
        tests = {
            "historical": other.historical == mention.historical,
            "type": merge.types_agree(other, mention, same),
            "place": merge.places_agree(other.place, mention.place, same) is not None,
            "date": merge.dates_agree(other, mention, same) is not None,
            "actors": merge.actors_agree(other, mention, same),
        }
        failed |= {name for name, passed in tests.items() if not passed}
    return "+".join(sorted(failed)) or "order"


def _cause(stray: bool, split: bool, joined: bool) -> str:
    if stray:
        return "stray+join" if joined else "stray"
    if split:
        return "split+join" if joined else "split"
    return "join" if joined else "other"


def scan(path: Path, verbose: bool) -> tuple[Counter, Counter, Counter]:
    """Per cause, per cause and field, and the structural counts (gold events, split ones, our
    events that join)."""
    rows = list(read_jsonl(path, "events gold"))
    articles = [make_article(f"{path}:{row['id']}", row["text"], row.get("title") or "", row.get("date"))
                for row in rows]
    causes: Counter = Counter()
    by_field: Counter = Counter()
    shape: Counter = Counter()
    for row, result in zip(rows, process(articles)):
        merged = merge_mentions(result.mentions)
        by_id = {event.event_id: event for event in merged}
        ours = {}
        for gold in row.get("events", []):
            event = _event_of(_normal(gold["sentence"]), gold.get("sub_event_type", ""), merged)
            if event is not None:
                ours[gold["sentence"]] = event
        groups: dict[str, list[dict]] = {}
        for gold in row.get("events", []):
            groups.setdefault(_gold_key(gold), []).append(gold)
        home: dict[str, str] = {}
        split: set[str] = set()
        for key, members in groups.items():
            ids = [ours[g["sentence"]].event_id for g in members if g["sentence"] in ours]
            if not ids:
                continue
            counts = Counter(ids)
            home[key] = max(counts, key=lambda event_id: (counts[event_id], -ids.index(event_id)))
            shape["gold events"] += 1
            if len(counts) > 1:
                split.add(key)
                shape["split gold events"] += 1
        holders: dict[str, set[str]] = {}
        for key, members in groups.items():
            for gold in members:
                if gold["sentence"] in ours:
                    holders.setdefault(ours[gold["sentence"]].event_id, set()).add(key)
        shape["joining events"] += sum(len(keys) > 1 for keys in holders.values())
        for key, members in groups.items():
            for gold in members:
                event = ours.get(gold["sentence"])
                if event is None:
                    continue
                for name, gold_value, verdict, shown in _field_verdicts(gold, event):
                    if verdict >= 1:
                        continue
                    cause = _cause(event.event_id != home[key], key in split, len(holders[event.event_id]) > 1)
                    causes[cause] += 1
                    by_field[cause, name] += 1
                    if verbose:
                        blocked = ""
                        if cause.startswith("stray"):
                            mention = next(m for m in event.mentions if _normal(gold["sentence"]) in _normal(m.sentence.text))
                            blocked = " (kept apart by " + _blockers(mention, by_id[home[key]]) + ")"
                        print(f"  {row['id']} [{cause}]{blocked} {name}: gold {gold_value!r} ours {shown!r} :: "
                              f"{gold['sentence'][:90]}")
    return causes, by_field, shape


def main(argv: list[str]) -> None:
    verbose = "--verbose" in argv
    for name in (a for a in argv if a != "--verbose"):
        causes, by_field, shape = scan(Path(name), verbose)
        total = sum(causes.values())
        print(f"{Path(name).stem}: {total} field failures; " + ", ".join(
            f"{cause} {count}" for cause, count in causes.most_common()) + "; " + ", ".join(
            f"{label} {count}" for label, count in shape.items()))
        for cause in sorted(causes):
            fields = sorted(((field, n) for (c, field), n in by_field.items() if c == cause), key=lambda x: -x[1])
            print(f"    {cause}: " + ", ".join(f"{field} {n}" for field, n in fields))


if __name__ == "__main__":
    main(sys.argv[1:])
