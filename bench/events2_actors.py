"""Per gold sentence of an events gold file: the mentions covering it (trigger, actor1, actor2)
and the merged event's actors beside the gold's, to see where an actor is lost.

    .venv/bin/python bench/events2_actors.py bench/gold/events_own.jsonl [article-id ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.evaluate.events import _event_of, _normal
from eventwire.evaluate.gold import read_jsonl
from eventwire.ingest.common import make_article
from eventwire.merge import merge_mentions
from eventwire.pipeline import process


def _name(actor) -> str:
    return actor.name if actor else "-"


def main(path: str, wanted: list[str]) -> None:
    rows = [row for row in read_jsonl(Path(path), "events gold") if not wanted or row["id"] in wanted]
    articles = [make_article(f"{path}:{row['id']}", row["text"], row.get("title") or "", row.get("date")) for row in rows]
    for row, result in zip(rows, process(articles)):
        merged = merge_mentions(result.mentions)
        print(f"== {row['id']}")
        for gold in row["events"]:
            sentence = _normal(gold["sentence"])
            print(f"  {sentence[:120]}")
            print(f"    gold: {gold.get('actor1', '?')} | {gold.get('actor2', '?')}")
            for mention in result.mentions:
                if sentence in _normal(mention.sentence.text):
                    trigger = mention.trigger.text if mention.trigger else "-"
                    print(f"    mention [{trigger}] {mention.sub_event_type}: {_name(mention.actor1)} | {_name(mention.actor2)}")
            event = _event_of(sentence, gold.get("sub_event_type", ""), merged)
            if event is not None:
                ok1 = "ok" if gold.get("actor1") in (None, _name(event.actor1)) else "XX"
                ok2 = "ok" if gold.get("actor2") in (None, _name(event.actor2)) else "XX"
                print(f"    event: {_name(event.actor1)} {ok1} | {_name(event.actor2)} {ok2}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
