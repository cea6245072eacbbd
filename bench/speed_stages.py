"""CPU milliseconds per article of each stage of `pipeline.process` (fast path), one process,
one thread, after a 40-report warm-up: the sentence split, the cue scans, the MiniLM embedding
(tokenising and the model apart), the rest of classification, the language pipeline (entity
pass, parse pass, the rest of annotation) and extraction. Each stage is timed by wrapping its
function with `time.process_time`, so nested stages are subtracted from their callers; the
model's time ("minilm onnx run") is the ONNX session's own, "minilm (tokenise, pool)" the rest of
the encoder, "classify (rest)" the TF-IDF features, the regression and the labels.

pyinstrument (bench/speed_profile.py) cannot see into spaCy's compiled generators, and `perf`
sees only native frames: this script puts a number on each stage, to A/B one stage's change
against a snapshot of the tree (`PYTHONPATH=SNAPSHOT/src`) without the noise of the others.

Usage: .venv/bin/python bench/speed_stages.py [--articles 200] [--rounds 1]
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import corpus  # noqa: E402

from eventwire import annotate, pipeline  # noqa: E402
from eventwire.extract import encoders, what  # noqa: E402

TOTALS: dict[str, float] = defaultdict(float)
_STACK: list[list[float]] = []


def timed(name: str, function):  # type: ignore[no-untyped-def]
    @functools.wraps(function)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        _STACK.append([0.0])
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent = time.process_time() - started
            (inner,) = _STACK.pop()
            TOTALS[name] += spent - inner
            if _STACK:
                _STACK[-1][0] += spent
    return wrapper


class TimedIterator:
    """`nlp.pipe` is lazy: time each `next` of its generator."""

    def __init__(self, name: str, iterator) -> None:  # type: ignore[no-untyped-def]
        self.name, self.iterator = name, iter(iterator)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return self

    def __next__(self):  # type: ignore[no-untyped-def]
        return timed(self.name, lambda: next(self.iterator))()


def instrument() -> None:
    nlp = annotate.load_language()
    pipe = nlp.pipe

    def timed_pipe(texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        name = "spacy ner pass" if kwargs.get("disable") == annotate._NOT_NER else "spacy parse pass"
        return TimedIterator(name, pipe(texts, *args, **kwargs))

    nlp.pipe = timed_pipe
    pipeline.sentence_spans = timed("sentence split", pipeline.sentence_spans)
    pipeline.annotate_selected = timed("annotate (rest)", pipeline.annotate_selected)
    pipeline.needs_language = timed("needs_language", pipeline.needs_language)
    pipeline.extract = timed("extract", pipeline.extract)
    what.CueLexicon._scan = timed("cue scan", what.CueLexicon._scan)
    encoder = encoders.RowQuantisedMiniLMEncoder
    encoder.encode = timed("minilm (tokenise, pool)", encoder.encode)
    pipeline.LabelledClassifier.classify_all = timed("classify (rest)", pipeline.LabelledClassifier.classify_all)
    annotate.may_name_place = timed("may_name_place", annotate.may_name_place)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1)
    arguments = parser.parse_args()
    pipeline._limit_threads(1)
    context = pipeline.default_context()
    session = context.classifier.encoder.session
    run = session.run
    session.run = timed("minilm onnx run", run)
    instrument()
    articles = corpus(arguments.articles + 40)
    pipeline.process(articles[:40])
    TOTALS.clear()
    articles = articles[40:]
    started = time.process_time()
    for _ in range(arguments.rounds):
        what.cue_lexicon()._scanned.clear()
        for start in range(0, len(articles), pipeline.DEFAULT_BATCH):
            pipeline.process(articles[start:start + pipeline.DEFAULT_BATCH])
    count = len(articles) * arguments.rounds
    total = 1000 * (time.process_time() - started) / count
    print(f"{total:.1f} ms CPU per article ({count} articles)")
    for name, seconds in sorted(TOTALS.items(), key=lambda item: -item[1]):
        print(f"  {1000 * seconds / count:6.2f}  {name}")
    print(f"  {total - 1000 * sum(TOTALS.values()) / count:6.2f}  process (rest)")


if __name__ == "__main__":
    main()
