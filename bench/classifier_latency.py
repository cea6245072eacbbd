"""Event classifier latency and the detection recall its cue prefilter costs.

Runs alone: `.venv/bin/python bench/classifier_latency.py [CASE_TSV]`. Prints model load time,
per-text latency of the lexical and the default (hybrid) classifier on the CASE 2021 dev
snippets and on a mix of event / background sentences, and the share of CASE snippets (all of
which report an event) that pass the prefilter, i.e. the prefilter's detection recall.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from eventwire.evaluate.case2021 import read_gold
from eventwire.extract import what

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "case2021_task2_dev.tsv"
SENTENCES = [
    "The army said its troops killed five militants in an exchange of fire near the border.",
    "Both groups want to topple the president.",
    "The town lies on the main road between the two cities.",
    "Police detained dozens of protesters outside the ministry on Friday.",
    "He added that the talks would resume next month.",
] * 200


def _time(classifier: what.EventClassifier, texts: list[str]) -> float:
    started = time.perf_counter()
    classifier.classify(texts)
    return (time.perf_counter() - started) / len(texts)


def main() -> None:
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GOLD
    started = time.perf_counter()
    hybrid = what.default_classifier()
    print(f"default classifier load (model + training, cache as found): {time.perf_counter() - started:.1f} s")
    lexical = what.LexicalClassifier()
    lexicon = what.CueLexicon.load()
    passing = sum(1 for sentence in SENTENCES if lexicon.matches(sentence)) / len(SENTENCES)
    print(f"mixed sentences ({len(SENTENCES)}, {passing:.0%} pass the prefilter):")
    print(f"  lexical {1000 * _time(lexical, SENTENCES):.3f} ms/sentence")
    print(f"  hybrid  {1000 * _time(hybrid, SENTENCES):.3f} ms/sentence")
    if gold_path.exists():
        snippets = [snippet.text for snippet in read_gold(gold_path)]
        recall = sum(1 for text in snippets if lexicon.matches(text)) / len(snippets)
        print(f"CASE 2021 snippets ({len(snippets)}): prefilter detection recall {recall:.3f}")
        print(f"  lexical {1000 * _time(lexical, snippets):.3f} ms/snippet")
        print(f"  hybrid  {1000 * _time(hybrid, snippets):.3f} ms/snippet")


if __name__ == "__main__":
    main()
