"""Sentence encoders for the event classifier: speed and accuracy, side by side.

    .venv/bin/python bench/speed_encoders.py [--gold ../shared/eval/events/case2021_task2_dev.tsv]
                                             [--sentences 400] [--model2vec DIR]

For each encoder: CPU milliseconds per candidate sentence (one thread; candidate sentences of
the throughput corpus, i.e. those with a cue, the only ones the classifier embeds), the mean and
minimum cosine of its vectors to the torch MiniLM's, and the weighted F1 of
`HybridClassifier(encoder=...)` on the CASE 2021 task 2 snippets. `--model2vec DIR` adds a
static model2vec model saved in DIR (distilled offline from the packaged MiniLM).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # per-worker figures: a pool worker has one core

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from throughput import news_texts  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


class Model2VecEncoder:
    def __init__(self, path: str) -> None:
        from model2vec import StaticModel

        self.model = StaticModel.from_pretrained(path)
        self.name = f"model2vec:{Path(path).name}"

    def encode(self, texts):  # type: ignore[no-untyped-def]
        vectors = self.model.encode(list(texts))
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def candidate_sentences(limit: int) -> list[str]:
    from eventwire.annotate import split_sentences
    from eventwire.extract.what import cue_lexicon

    lexicon = cue_lexicon()
    sentences: list[str] = []
    for text in news_texts():
        sentences += [text[s:e] for s, e in split_sentences(text) if lexicon.matches(text[s:e])]
        if len(sentences) >= limit:
            break
    return sentences[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", default=str(ROOT.parent / "shared/eval/events/case2021_task2_dev.tsv"))
    parser.add_argument("--sentences", type=int, default=400)
    parser.add_argument("--model2vec", help="directory of a saved model2vec StaticModel")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    from eventwire.evaluate.case2021 import read_gold, score_snippets
    from eventwire.extract.encoders import MiniLMEncoder, OnnxMiniLMEncoder, RowQuantisedMiniLMEncoder
    from eventwire.extract.what import HybridClassifier

    sentences = candidate_sentences(args.sentences)
    snippets = read_gold(Path(args.gold))
    # "int8 rows" (the classifier's) runs batches of 8; "onnx int8" one sentence a call.
    encoders = [("torch MiniLM", MiniLMEncoder), ("onnx int8 MiniLM", OnnxMiniLMEncoder),
                ("onnx int8 rows", RowQuantisedMiniLMEncoder)]
    if args.model2vec:
        encoders.append(("model2vec", lambda: Model2VecEncoder(args.model2vec)))
    reference = None
    print(f"{len(sentences)} candidate sentences; {len(snippets)} CASE 2021 snippets")
    for label, make in encoders:
        encoder = make()
        encoder.encode(sentences[:16])  # warm-up
        started = time.process_time()
        vectors = encoder.encode(sentences)
        per_sentence = 1000 * (time.process_time() - started) / len(sentences)
        reference = vectors if reference is None else reference
        # A static model's vectors live in another space: no cosine to compare.
        cosine = (vectors * reference).sum(axis=1) if vectors.shape == reference.shape else np.full(1, np.nan)
        report = score_snippets(snippets, HybridClassifier(encoder=encoder))
        print(f"{label:18s} {per_sentence:6.1f} ms/sentence  cosine to torch mean {cosine.mean():.4f} "
              f"min {cosine.min():.4f}  CASE 2021 weighted F1 {report['weighted_f1']:.3f} "
              f"macro F1 {report['macro_f1']:.3f}")


if __name__ == "__main__":
    main()
