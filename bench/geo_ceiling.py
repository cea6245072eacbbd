"""Candidate ceiling of the geocoder: how often a gold place is among a toponym's candidates.

Usage: .venv/bin/python bench/geo_ceiling.py CORPUS.xml [--misses N]
Prints the share of located gold toponyms with a candidate within 161 km of the gold point,
and (with --misses) the most frequent names without one, to see what the gazetteer lacks.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eventwire.evaluate.geo import ACCURACY_KM, read_corpus
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.distance import haversine_km
from eventwire.gazetteer.resolve import candidates_for, make_mention


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--misses", type=int, default=0, help="list the N most frequent names with no good candidate")
    arguments = parser.parse_args()
    gazetteer = Gazetteer.open()
    total = covered = empty = 0
    missed: Counter[str] = Counter()
    for article in read_corpus(arguments.corpus):
        for gold in article.toponyms:
            if not gold.has_coordinates:
                continue
            mention = make_mention(article.text, gold.start, gold.end)
            found = candidates_for(mention.text, mention.cues, gazetteer)[0]
            total += 1
            empty += not found
            if any(haversine_km(gold.latitude, gold.longitude, c.latitude, c.longitude) <= ACCURACY_KM for c in found):
                covered += 1
            else:
                missed[f"{mention.text} [{'none' if not found else len(found)}]"] += 1
    print(json.dumps({"ceiling": covered / total, "no_candidate": empty / total, "n": total}))
    for name, count in missed.most_common(arguments.misses):
        print(count, name)


if __name__ == "__main__":
    main()
