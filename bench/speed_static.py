"""A static-embedding stand-in for MiniLM (model2vec's recipe, built from the packaged model):
what it would cost the classifier, as a replacement and as a first pass.

    .venv/bin/python bench/speed_static.py [--articles 300]

The table: each wordpiece of MiniLM's vocabulary run alone ([CLS] piece [SEP]) through the int8
ONNX model, its output vectors averaged (~35 s CPU once; kept in /tmp, not in the user's cache),
rows weighted by Zipf's law over the vocabulary order (SIF 1e-4), no PCA (PCA to 256 dimensions
scored lower); a sentence is the mean of its wordpieces' rows, L2-normalised (~0.05 ms).
Prints CASE 2021 dev weighted F1 with the static vectors in `HybridClassifier` (against MiniLM's),
on the whole file and on the two fixed halves of bench/case2021_halves.py, and on the cue
sentences of the first `--articles` throughput-corpus reports: how often the two classifiers
agree, and, for a first pass that keeps the static answer when its top probability reaches a
threshold, the share of MiniLM embeddings skipped, MiniLM's events lost and labels changed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from case2021_halves import DEV, half  # noqa: E402
from throughput import corpus  # noqa: E402

from eventwire.annotate import sentence_spans  # noqa: E402
from eventwire.evaluate.case2021 import read_gold, score_snippets  # noqa: E402
from eventwire.extract.encoders import OnnxMiniLMEncoder  # noqa: E402
from eventwire.extract.what import NONE, HybridClassifier, _features  # noqa: E402
from eventwire.pipeline import _limit_threads  # noqa: E402

SIF = 1e-4
TABLE = Path(tempfile.gettempdir()) / "eventwire-bench" / "minilm-static-table.npy"


def raw_table(encoder: OnnxMiniLMEncoder) -> np.ndarray:
    """Each wordpiece's mean output vector, one run per piece (a batch would change the int8 scales)."""
    if TABLE.is_file():
        return np.load(TABLE)
    tokenizer = encoder.tokenizer
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    table = np.zeros((tokenizer.get_vocab_size(), 384), dtype=np.float32)
    for piece in range(len(table)):
        ids = np.array([[cls, piece, sep]], dtype=np.int64)
        (hidden,) = encoder.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                               "token_type_ids": np.zeros_like(ids)})
        table[piece] = hidden[0].mean(axis=0)
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    np.save(TABLE, table)
    return table


def mean_rows(rows: np.ndarray, tokenizer, texts: Sequence[str]) -> np.ndarray:
    """Each text as the L2-normalised mean of its wordpieces' rows of `rows`."""
    vectors = np.zeros((len(texts), rows.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        ids = tokenizer.encode(text, add_special_tokens=False).ids
        if ids:
            mean = rows[ids].mean(axis=0)
            vectors[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
    return vectors


class StaticEncoder:
    """A sentence as the mean of its wordpieces' rows (model2vec's inference)."""

    name = f"minilm-static-sif{SIF}"

    def __init__(self, encoder: OnnxMiniLMEncoder) -> None:
        probability = 1 / np.arange(2, encoder.tokenizer.get_vocab_size() + 2)
        probability /= probability.sum()
        self.rows = (raw_table(encoder) * (SIF / (SIF + probability))[:, None]).astype(np.float32)
        self.tokenizer = encoder.tokenizer

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return mean_rows(self.rows, self.tokenizer, texts)


def probabilities(classifier: HybridClassifier, texts: Sequence[str]) -> np.ndarray:
    """The class probabilities `HybridClassifier._decide` reads, cue bonus included."""
    logits = classifier.model.decision_function(_features(classifier.words, classifier.encoder.encode(texts), texts))
    bonus = np.array([[code in classifier.lexicon.matches(text) for code in classifier.classes] for text in texts])
    scores = logits + classifier.cue_weight * bonus
    exponentials = np.exp(scores - scores.max(axis=1, keepdims=True))
    return exponentials / exponentials.sum(axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    _limit_threads(1)
    minilm = OnnxMiniLMEncoder()
    classifiers = {"MiniLM int8": HybridClassifier(minilm), "static": HybridClassifier(StaticEncoder(minilm))}
    snippets = read_gold(DEV)
    for name, classifier in classifiers.items():
        scores = [score_snippets(part, classifier)["weighted_f1"] for part in
                  (snippets, [s for s in snippets if half(s) == "studied"], [s for s in snippets if half(s) == "unread"])]
        print(f"CASE 2021 dev weighted F1, {name}: {scores[0]:.3f} (studied half {scores[1]:.3f}, unread {scores[2]:.3f})")
    articles = corpus(args.articles)
    texts = list(dict.fromkeys(a.text[s:e] for a in articles for s, e in sentence_spans(a)))
    cued = [text for text in texts if classifiers["static"].lexicon.matches(text)]
    reference = [label.code for label in classifiers["MiniLM int8"].classify(cued)]
    static = [label.code for label in classifiers["static"].classify(cued)]
    events = sum(code != NONE for code in reference)
    print(f"{len(cued)} cue sentences of {len(texts)}, {events} events by MiniLM; same label "
          f"{np.mean([a == b for a, b in zip(reference, static)]):.3f}")
    confidence = probabilities(classifiers["static"], cued).max(axis=1)
    for threshold in (0.5, 0.6, 0.7):
        kept = confidence >= threshold
        lost = sum(1 for keep, a, b in zip(kept, reference, static) if keep and a != NONE and b == NONE)
        changed = sum(1 for keep, a, b in zip(kept, reference, static) if keep and a != b)
        print(f"first pass at {threshold}: skips {kept.mean():.1%} of embeddings, loses {lost}/{events} events, "
              f"changes {changed} labels")


if __name__ == "__main__":
    main()
