"""Gold-toponym misses of the geocoder, one line each, to see which rule or candidate failed.

Usage: .venv/bin/python bench/geo_misses.py CORPUS.xml [--context N]
Prints, for every located gold toponym resolved more than 161 km off: the article index, the
name, the error in km, the place chosen (name, feature, country/admin1, fallback or not), the
number of candidates and whether one lies within 161 km, then the text around the name.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.evaluate.geo import ACCURACY_KM, MAX_ERROR_KM, read_corpus
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.distance import haversine_km
from eventwire.gazetteer.resolve import make_mention, prepare_mentions, decide


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--context", type=int, default=60, help="characters of text shown each side")
    arguments = parser.parse_args()
    gazetteer = Gazetteer.open()
    for number, article in enumerate(read_corpus(arguments.corpus)):
        located = [t for t in article.toponyms if t.has_coordinates]
        prepared = prepare_mentions([make_mention(article.text, t.start, t.end) for t in located], gazetteer, article.text, article.url)
        for gold, option, resolution in zip(located, prepared.options, decide(prepared)):
            place = resolution.place if resolution else None
            error = haversine_km(gold.latitude, gold.longitude, place.latitude, place.longitude) if place else MAX_ERROR_KM
            if error <= ACCURACY_KM:
                continue
            good = any(haversine_km(gold.latitude, gold.longitude, c.latitude, c.longitude) <= ACCURACY_KM for c in option.candidates)
            chosen = f"{place.name} [{place.feature} {place.iso}/{place.admin1} pop {place.population}]" if place else "-"
            flag = " fallback" if resolution and resolution.fallback else ""
            around = article.text[max(0, gold.start - arguments.context): gold.end + arguments.context].replace("\n", " ")
            print(f"{number}\t{article.text[gold.start:gold.end]!r}\t{error:.0f} km\t{chosen}{flag}\t"
                  f"{len(option.candidates)} cands{' (gold among)' if good else ''}\t…{around}…")


if __name__ == "__main__":
    main()
