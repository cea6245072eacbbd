"""Where `claimant_recall` of `eventwire evaluate events` is lost, sorted into causes.

For each gold claimant our merged event misses (the same pairing as `evaluate.events`), the cause:
- `split`: a claim by that claimant exists in the article, but on an event the gold sentence's
  event was not merged with (the event was split, or the claim's sentence is not an event);
- `named wrong`: no claim of the article has that claimant, but a claim on this event's sentences
  has a claimant that is no canonical actor (an unresolved phrase: "the group", "unknown"), or
  one of another actor;
- `not found`: no claim of the article names it and the event's own sentences hold no claim that
  could be it (the outlet's report only).

Usage: .venv/bin/python bench/claims_misses.py bench/gold/events_own.jsonl [more files] [--verbose]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from eventwire.evaluate.events import _event_of, _normal, _same_actor
from eventwire.ingest.common import make_article
from eventwire.merge import merge_mentions
from eventwire.pipeline import process


def misses(path: Path, verbose: bool) -> Counter[str]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    articles = [make_article(f"{path}:{row.get('id')}", row["text"], row.get("title") or "", row.get("date"))
                for row in rows]
    causes: Counter[str] = Counter()
    for row, result in zip(rows, process(articles)):
        merged = merge_mentions(result.mentions)
        everywhere = [claim for mention in result.mentions for claim in mention.claims]
        for gold in row.get("events", []):
            event = _event_of(_normal(gold["sentence"]), gold.get("sub_event_type", ""), merged)
            if event is None:
                continue
            ours = [claim for claim in event.claims if claim.stance != "denies"]
            for source in gold.get("claimed_by") or []:
                causes["asked"] += 1
                if any(_same_actor(source, claim.claimant) for claim in ours):
                    continue
                if any(_same_actor(source, claim.claimant) for claim in everywhere if claim.stance != "denies"):
                    cause = "split"
                elif any(claim.stance != "reports" for claim in ours):
                    cause = "named wrong"
                else:
                    cause = "not found"
                causes[cause] += 1
                if verbose:
                    print(f"{row['id']} [{cause}] gold {source!r}; ours {[c.claimant for c in ours]}\n"
                          f"    {gold['sentence'][:140]}")
    return causes


def main() -> None:
    verbose = "--verbose" in sys.argv
    for name in [a for a in sys.argv[1:] if not a.startswith("--")]:
        causes = misses(Path(name), verbose)
        asked = causes.pop("asked", 0)
        print(f"{name}: {asked} gold claimants, {sum(causes.values())} missed: {dict(causes)}")


if __name__ == "__main__":
    main()
