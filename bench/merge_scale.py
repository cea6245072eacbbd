"""Merging as the store grows: the time to store (and merge) one report at 1k and at 20k events.

    .venv/bin/python bench/merge_scale.py [--events 20000] [--rate 30] [--batch 100] [--probe 200]

Synthetic reports, one event each, as a world news feed brings them: `--rate` a day, each
about an event of the last few days, in towns of twelve countries, a tenth naming a person
another report names. The store is filled batch by batch; at each checkpoint `--probe` more
reports are timed alone. The date window keeps the time per report flat as the store grows;
blocking by place (`eventwire.store.blocking`) keeps it small when the window is full of other
countries' events: a report decodes the events of its neighbourhood, those naming its people
and the window's nearest few abroad, not every event of its type in the window.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import tempfile
import time
from pathlib import Path

from eventwire.records import Article, Claim, EventMention, Place, Span
from eventwire.store.sqlite import SQLiteStore

START = dt.date(2023, 1, 1)
KINDS = (("Attack", "Violence against civilians"), ("Armed clash", "Battles"), ("Arrests", "Strategic developments"))
FIRST = ("Jane", "John", "Amina", "Pierre", "Olga", "Tariq", "Maria", "Kofi", "Lena", "Ravi")
LAST = ("Roe", "Doe", "Diallo", "Martin", "Ivanova", "Khan", "Silva", "Mensah", "Berg", "Patel")


def towns(rng: random.Random) -> list[Place]:
    """40 towns in each of twelve countries (centre and spread in degrees)."""
    countries = (("US", 38.0, -97.0, 20.0), ("CA", 50.0, -100.0, 10.0), ("MX", 23.0, -102.0, 8.0),
                 ("GB", 53.0, -2.0, 3.0), ("NG", 9.0, 8.0, 6.0), ("CD", -3.0, 24.0, 10.0), ("UA", 49.0, 32.0, 8.0),
                 ("IN", 22.0, 79.0, 15.0), ("SY", 35.0, 38.0, 3.0), ("BR", -10.0, -52.0, 20.0),
                 ("PH", 12.0, 122.0, 6.0), ("AU", -25.0, 134.0, 20.0))
    found = []
    for iso, lat, lon, spread in countries:
        for number in range(40):
            found.append(Place(f"Town {iso}{number}", lat + rng.uniform(-spread, spread) / 2,
                               lon + rng.uniform(-spread, spread), 1, iso, iso, f"State {number % 10}", "",
                               None, "city", Span(0, 4, "Town")))
    return found


def report(number: int, rate: int, rng: random.Random,
           places: list[Place]) -> tuple[Article, list[EventMention], list[Place]]:
    day = START + dt.timedelta(days=number // rate - rng.randrange(4))
    sub, kind = rng.choice(KINDS)
    place = rng.choice(places)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if rng.random() < 0.1 else "a man"
    text = f"Police said {person} was hurt in {place.name} on {day:%B %d}."
    article = Article(f"a{number}", text, "title", day, "", "Wire", "bench")
    claim = Claim("police", "statement", "asserts", "unverified", "happened", (), article.id, "Wire",
                  sentence=text, start=0, end=len(text))
    mention = EventMention(
        mention_id=f"m{number}", article_id=article.id, sentence=Span(0, len(text), text), event_type=kind,
        sub_event_type=sub, disorder_type="Political violence", confidence=0.8, date=day, time_precision=1,
        place=place, claims=(claim,))
    return article, [mention], [place]


def partition_digest(store: SQLiteStore) -> str:
    """A digest of which reports ended in which event, to compare two versions of the store."""
    rows = store.connection.execute("SELECT event_id, article_id FROM mentions ORDER BY event_id, article_id")
    return hashlib.sha256(repr(rows.fetchall()).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--rate", type=int, default=30, help="reports a day")
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--probe", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(1)
    places = towns(rng)
    checkpoints = sorted({1000, args.events})
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "merge_scale.db")
        stored = 0
        started = time.perf_counter()
        for checkpoint in checkpoints:
            while stored < checkpoint:
                size = min(args.batch, checkpoint - stored)
                store.store_batch([report(stored + i, args.rate, rng, places) for i in range(size)])
                stored += size
            probe = [report(stored + i, args.rate, rng, places) for i in range(args.probe)]
            timed = time.perf_counter()
            for item in probe:
                store.store_batch([item])
            per_report = (time.perf_counter() - timed) / len(probe) * 1000
            stored += len(probe)
            print(f"{checkpoint:>6} stored: {per_report:.2f} ms per report (events: {store.counts()['events']})",
                  flush=True)
        print(f"filled in {time.perf_counter() - started:.0f} s; events {partition_digest(store)}")
        store.close()


if __name__ == "__main__":
    main()
