"""End-to-end toponym recognition errors of one geo corpus, to see which misses recur.

Usage: .venv/bin/python bench/geo_recognition.py CORPUS.xml [--context N] [--demonyms]
Recognises toponyms from the raw text as `eventwire evaluate geo` (without --gold-toponyms)
does and prints one line per error: `miss` (a gold span we did not find), `extra` (a span we
found that gold lacks), `cut` (a gold span and one of ours overlap but differ: one miss and one
extra in the exact-span score). Each line has the article index, the spaCy label of the entity
over the span (or -), the text and the text around it. A summary by kind and by most frequent
names closes the report.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from eventwire.annotate import annotate
from eventwire.evaluate.geo import read_corpus
from eventwire.extract.entities import entities
from eventwire.extract.where import recognise_toponyms
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--context", type=int, default=50, help="characters of text shown each side")
    arguments = parser.parse_args()
    gazetteer = Gazetteer.open()
    articles = read_corpus(arguments.corpus)
    records = [Article(id=str(index), text=article.text, url=article.url) for index, article in enumerate(articles)]
    kinds: Counter[str] = Counter()
    names: Counter[tuple[str, str]] = Counter()
    for number, ((record, doc), article) in enumerate(zip(annotate(records), articles)):
        text = record.text
        predicted = {(t.start, t.end) for t in recognise_toponyms(text, doc, gazetteer, article.adjectival_toponyms)}
        gold = {(t.start, t.end) for t in article.toponyms if t.counts_for_recognition}
        labels = {(e.start_char, e.end_char): e.label_ for e in entities(doc)}
        for kind, spans, others in (("miss", gold - predicted, predicted - gold), ("extra", predicted - gold, gold - predicted)):
            for start, end in sorted(spans):
                cut = any(start < e and s < end for s, e in others)
                if cut and kind == "extra":
                    continue  # the gold side of a cut already printed it
                label = next((lab for (s, e), lab in labels.items() if s <= start and end <= e), "-")
                shown = "cut" if cut else kind
                if cut:
                    ours = [text[s:e] for s, e in others if start < e and s < end]
                    shown = f"cut (ours {' | '.join(ours)!r})"
                kinds["cut" if cut else kind] += 1
                names[("cut" if cut else kind, text[start:end])] += 1
                around = text[max(0, start - arguments.context): end + arguments.context].replace("\n", " ")
                print(f"{number}\t{shown}\t{label}\t{text[start:end]!r}\t…{around}…")
    print("\n# by kind:", dict(kinds))
    for (kind, name), count in names.most_common(60):
        print(f"# {count:3d} {kind:5s} {name}")


if __name__ == "__main__":
    main()
