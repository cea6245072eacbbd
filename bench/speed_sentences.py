"""Which sentences each costly stage reads, and how many of them yield an event.

    .venv/bin/python bench/speed_sentences.py [--articles 200]

Runs the fast path (`pipeline.process`, one thread, batches of `pipeline.DEFAULT_BATCH`) over
throughput-corpus reports after a 40-report warm-up and counts, per article, the sentences (by
the cheap rule, `annotate.sentence_spans`) that reach the MiniLM classifier (those with a cue),
the parser (`pipeline.needs_language`) and the entity recognizer (`annotate_selected`'s choice),
and how many of each kind hold the start of an event mention. A sentence that never yields an
event but is embedded or parsed is where a cheap test known before the model runs could save
time, if it kept every output the same.
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_right
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus  # noqa: E402

from eventwire import annotate, pipeline, taxonomy  # noqa: E402
from eventwire.extract import what  # noqa: E402
from eventwire.extract.mentions import background_cue  # noqa: E402


def kind_of(text: str, label: what.Classification, needed: bool, cued: bool, article) -> str:  # noqa: ANN001
    event = label.code != what.NONE and label.code in taxonomy.BY_CODE
    if event:
        return "event label (cue)" if cued else "event label (no cue: a lone shooting)"
    if not needed:
        return "cue, NONE: embedded only" if cued else "no cue: neither embedded nor parsed"
    reason = "background event" if background_cue(text, article.date) is not None else "denial or source"
    return f"{'cue' if cued else 'no cue'}, NONE, parsed ({reason})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    arguments = parser.parse_args()
    pipeline._limit_threads(1)
    context = pipeline.default_context()
    annotate.load_language()
    lexicon = what.cue_lexicon()
    articles = corpus(arguments.articles + 40)
    pipeline.process(articles[:40])
    articles = articles[40:]
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    yielding: Counter[str] = Counter()
    for start in range(0, len(articles), pipeline.DEFAULT_BATCH):
        batch = articles[start : start + pipeline.DEFAULT_BATCH]
        labelled = pipeline.LabelledClassifier(context.classifier)
        for article, result in zip(batch, pipeline.process(batch)):
            spans = annotate.sentence_spans(article)
            texts = [article.text[s:e] for s, e in spans]
            labels = what.in_report(texts, labelled.classify(texts))
            starts = [s for s, _ in spans]
            with_event = {bisect_right(starts, m.sentence.start) - 1 for m in result.mentions}
            needed = [pipeline.needs_language(text, label, article) for text, label in zip(texts, labels)]
            chosen = {index for index, need in enumerate(needed) if need}
            counts["articles"] += 1
            counts["sentences"] += len(texts)
            counts["mentions"] += len(result.mentions)
            counts["articles parsed"] += bool(chosen)
            for index, (text, label) in enumerate(zip(texts, labels)):
                cued = bool(lexicon.matches(text))
                kind = kind_of(text, label, needed[index], cued, article)
                kinds[kind] += 1
                yielding[kind] += index in with_event
                counts["embedded (cue)"] += cued
                counts["parsed"] += needed[index]
                counts["read by the entity recognizer"] += bool(chosen) and annotate.names_something(text) and (
                    index < annotate.LEDE_SENTENCES or index in chosen
                    or annotate.may_name_place(text, context.gazetteer))
    total = counts["articles"]
    print(f"{'per article':52s} {'sentences':>9s}")
    for name, value in counts.items():
        print(f"  {name:50s} {value / total:9.2f}")
    print(f"\n{'sentence kind':52s} {'per article':>11s} {'yield an event':>14s}")
    for kind, value in kinds.most_common():
        print(f"  {kind:50s} {value / total:11.2f} {yielding[kind] / total:14.2f}")


if __name__ == "__main__":
    main()
