"""Resolver speed: milliseconds per gold toponym once the gazetteer is loaded.

Usage: .venv/bin/python bench/geo_speed.py CORPUS.xml
Two passes over the corpus: the first is cold (every name looked up in SQLite for the first
time), the second warm (names cached), as in a long-running worker.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire.evaluate.geo import read_corpus, score_gold_toponyms
from eventwire.gazetteer import Gazetteer


def main() -> None:
    articles = read_corpus(Path(sys.argv[1]))
    gazetteer = Gazetteer.open()
    timings = {}
    for label in ("cold_ms", "warm_ms"):
        started = time.perf_counter()
        n = score_gold_toponyms(articles, gazetteer)["n"]
        timings[label] = 1000 * (time.perf_counter() - started) / n
    print(json.dumps({**{k: round(v, 3) for k, v in timings.items()}, "n": n}))


if __name__ == "__main__":
    main()
