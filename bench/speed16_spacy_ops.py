"""spaCy's two passes with numpy's matrix product (the pipeline's, `annotate._MatmulOps`) against
thinc's own blis product, on the sentences the fast path feeds them, alternating in one process.

    .venv/bin/python bench/speed16_spacy_ops.py [--articles 120] [--rounds 4]

Runs `pipeline.process` over the first N throughput-corpus reports to capture the entity pass's
and the parse pass's input, loads the model a second time with thinc's `NumpyOps` (blis), then
times each pass with each model, alternating, and prints the best CPU milliseconds per article
and whether every entity, tag, parse and lemma came out the same. One process and alternating
rounds: on a machine shared with other work, separate runs swing more than the difference.
"""

from __future__ import annotations

import argparse
import time

import spacy
from spacy.tokens import Doc
from thinc.api import NumpyOps, set_current_ops
from throughput import corpus

from eventwire import annotate, pipeline

PASSES = {"entities": annotate._NOT_NER, "parse": ["ner"]}


def captured_inputs(count: int) -> dict[str, list[tuple[list[str], list[bool]]]]:
    """The words and spaces of every Doc each pass reads while the pipeline runs `count` reports."""
    nlp = annotate.load_language()
    inputs: dict[str, list[tuple[list[str], list[bool]]]] = {name: [] for name in PASSES}
    pipe = nlp.pipe

    def capture(docs, **options):  # type: ignore[no-untyped-def]
        docs = list(docs)
        name = "entities" if options.get("disable") == annotate._NOT_NER else "parse"
        inputs[name].extend(([t.text for t in doc], [bool(t.whitespace_) for t in doc]) for doc in docs)
        return pipe(docs, **options)

    nlp.pipe = capture
    try:
        pipeline.process(corpus(count))
    finally:
        nlp.pipe = pipe
    return inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=4)
    arguments = parser.parse_args()
    pipeline._limit_threads(1)
    pipeline.default_context()
    inputs = captured_inputs(arguments.articles)
    set_current_ops(NumpyOps())
    models = {"numpy matmul": annotate.load_language(), "blis": spacy.load(annotate.MODEL_NAME)}
    best: dict[tuple[str, str], float] = {}
    outputs: dict[tuple[str, str], list] = {}
    for round_number in range(arguments.rounds):
        names = list(models) if round_number % 2 else list(reversed(models))
        for name in names:
            nlp = models[name]
            for kind, disabled in PASSES.items():
                docs = [Doc(nlp.vocab, words=words, spaces=spaces) for words, spaces in inputs[kind]]
                started = time.process_time()
                done = list(nlp.pipe(docs, batch_size=64, disable=disabled))
                best[(name, kind)] = min(best.get((name, kind), float("inf")), time.process_time() - started)
                outputs[(name, kind)] = [[(t.ent_iob_, t.ent_type_, t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc]
                                         for doc in done]
    for (name, kind), seconds in sorted(best.items()):
        print(f"{kind:8s} {name:12s} {1000 * seconds / arguments.articles:6.2f} ms CPU per article")
    for kind in PASSES:
        same = outputs[("numpy matmul", kind)] == outputs[("blis", kind)]
        print(f"{kind}: {len(inputs[kind])} docs, {'identical' if same else 'DIFFERENT'} annotations")


if __name__ == "__main__":
    main()
