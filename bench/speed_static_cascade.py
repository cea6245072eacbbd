"""A static-embedding classifier distilled from the packaged MiniLM, alone and as the cheap first
pass of a cascade, against the shipped classifier (int8 MiniLM + TF-IDF): accuracy and speed.

    .venv/bin/python bench/speed_static_cascade.py [--articles 200] [--rounds 3]
        [--thresholds 0.5 0.7] [--sets]

The static table follows model2vec's recipe without torch: each wordpiece of MiniLM's vocabulary
run alone (`[CLS] piece [SEP]`) through the per-token int8 model (`RowQuantisedMiniLMEncoder`,
whose vectors do not depend on the batch, so 512 pieces run per call), its three output rows
averaged, rows scaled by Zipf-law SIF weights over the vocabulary rank (1e-4); no PCA (PCA to 256
dimensions scored CASE 2021 weighted F1 0.733 against 0.780). A sentence is the L2-normalised mean
of its wordpieces' rows. The table is built once into the system's temporary folder (its build
time is printed) and the classifier head, `HybridClassifier`'s TF-IDF + logistic regression over
the project's own examples, is refitted on the static vectors.

The cascade (`Cascade`) lets the static classifier decide a cue sentence when its best class,
cue bonus included, has probability >= a threshold and is NONE or a class the text has a cue for;
MiniLM embeds the rest.

Prints, for the shipped classifier, the static one and each cascade threshold:
- CASE 2021 dev weighted F1 (whole file and the two fixed halves of bench/case2021_halves.py);
- on the cue sentences of the throughput corpus (the first `--articles` + 40 reports): labels
  changed against the shipped classifier, its events lost, and the share still embedded;
- CPU milliseconds per article of `pipeline.process` (fast path, one thread, the corpus's
  `--articles` reports after a 40-report warm-up), `--rounds` rounds alternating the classifiers,
  medians, with the load average;
- with `--sets`: detection P/R/F1 and type on every own event set and the GVC dev figures, each
  run in this process (slow: about 8 minutes per classifier on a quiet 2-core machine).

At 290779c (load 8 to 10): the table took 14.8 s CPU to build. CASE 2021 weighted F1 shipped 0.823,
static 0.780, cascade 0.5 0.821, cascade 0.7 0.823. On the corpus's 1,354 cue sentences the static
classifier changes 32.7% of labels (193 of 589 events lost, 172 gained); the cascade changes 14
(0.5) and 2 (0.7) and MiniLM still embeds 84.6% and 95.1% of them. CPU per article 57.5 shipped,
32.1 static, 57.9 cascade 0.5, 52.8 cascade 0.7 (medians of 3; the cascades within the rounds'
spread). Static alone also lowers detection F1 on own 0.789 -> 0.767, place3 0.923 -> 0.874,
actors6 0.887 -> 0.845, actors9 0.893 -> 0.860 and GVC killed 0.922 -> 0.835: not adopted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from case2021_halves import DEV, half  # noqa: E402
from speed_static import mean_rows  # noqa: E402
from throughput import corpus  # noqa: E402

from eventwire import pipeline  # noqa: E402
from eventwire.annotate import sentence_spans  # noqa: E402
from eventwire.evaluate.case2021 import read_gold, score_snippets  # noqa: E402
from eventwire.extract import what  # noqa: E402
from eventwire.extract.encoders import RowQuantisedMiniLMEncoder, _tokenizer  # noqa: E402
from eventwire.extract.what import NONE, Classification, EventClassifier, HybridClassifier  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SIF = 1e-4
TABLE = Path(tempfile.gettempdir()) / "eventwire-bench" / "minilm-rows-static-table.npy"
OWN_SETS = ("own", "place2", "place3", "actors3", "actors4", "actors5", "actors6", "actors7", "actors8",
            "actors9", "actors10")
GVC = ROOT.parent / "shared" / "eval" / "incidents"


def static_table(minilm: RowQuantisedMiniLMEncoder) -> np.ndarray:
    """The SIF-weighted static table (built once, then read from `TABLE`)."""
    if not TABLE.is_file():
        started = time.process_time()
        tokenizer, session = minilm.tokenizer, minilm.session
        size = tokenizer.get_vocab_size()
        cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
        table = np.zeros((size, 384), dtype=np.float32)
        for start in range(0, size, 512):
            pieces = np.arange(start, min(size, start + 512))
            ids = np.stack([np.full(len(pieces), cls), pieces, np.full(len(pieces), sep)], axis=1).astype(np.int64)
            (hidden,) = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                           "token_type_ids": np.zeros_like(ids)})
            table[pieces] = hidden.mean(axis=1)
        probability = 1 / np.arange(2, size + 2)
        probability /= probability.sum()
        table *= (SIF / (SIF + probability))[:, None].astype(np.float32)
        TABLE.parent.mkdir(parents=True, exist_ok=True)
        np.save(TABLE, table)
        print(f"static table: {size} pieces, {time.process_time() - started:.1f} s CPU to build")
    return np.load(TABLE)


class StaticEncoder:
    """A sentence as the L2-normalised mean of its wordpieces' rows (model2vec's inference)."""

    name = f"minilm-rows-static-sif{SIF}"

    def __init__(self, table: np.ndarray) -> None:
        self.rows, self.tokenizer = table, _tokenizer()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return mean_rows(self.rows, self.tokenizer, texts)


class Cascade:
    """The static classifier decides the cue texts it is sure of; MiniLM's the rest."""

    def __init__(self, first: HybridClassifier, full: HybridClassifier, threshold: float) -> None:
        self.first, self.full, self.threshold = first, full, threshold
        self.candidates = self.embedded = 0

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        first = self.first
        cues = [first.lexicon.matches(text) for text in texts]
        candidates = [index for index, found in enumerate(cues) if found]
        results = [Classification(NONE, 1.0)] * len(texts)
        if not candidates:
            return results
        windows = [what.cue_window(texts[index], cues[index], first.window) for index in candidates]
        logits = first.model.decision_function(what._features(first.words, first.encoder.encode(windows), windows))
        unsure = []
        for row, index in enumerate(candidates):
            if self._sure(logits[row], cues[index]):
                results[index] = first._decide(texts[index], logits[row], cues[index])
            else:
                unsure.append(index)
        for index, label in zip(unsure, self.full.classify([texts[index] for index in unsure])):
            results[index] = label
        self.candidates += len(candidates)
        self.embedded += len(unsure)
        return results

    def _sure(self, logits: np.ndarray, cues: dict[str, tuple[int, int]]) -> bool:
        first = self.first
        scores = logits + first.cue_weight * np.array([1.0 if code in cues else 0.0 for code in first.classes])
        probability = np.exp(scores - scores.max())
        probability /= probability.sum()
        best = int(probability.argmax())
        return bool(probability[best] >= self.threshold) and first.classes[best] in (NONE, *cues)


def case2021(classifiers: dict[str, EventClassifier]) -> None:
    snippets = read_gold(DEV)
    parts = (snippets, [s for s in snippets if half(s) == "studied"], [s for s in snippets if half(s) == "unread"])
    for name, classifier in classifiers.items():
        scores = [score_snippets(part, classifier)["weighted_f1"] for part in parts]
        print(f"CASE 2021 dev weighted F1, {name}: {scores[0]:.3f} (studied half {scores[1]:.3f}, unread {scores[2]:.3f})")


def corpus_labels(classifiers: dict[str, EventClassifier], articles: list) -> None:
    texts = list(dict.fromkeys(a.text[s:e] for a in articles for s, e in sentence_spans(a)))
    reference_classifier = classifiers["shipped"]
    cued = [text for text in texts if reference_classifier.lexicon.matches(text)]  # type: ignore[attr-defined]
    reference = [label.code for label in reference_classifier.classify(cued)]
    events = sum(code != NONE for code in reference)
    print(f"corpus: {len(cued)} cue sentences of {len(texts)}, {events} events by the shipped classifier")
    for name, classifier in classifiers.items():
        if name == "shipped":
            continue
        if isinstance(classifier, Cascade):
            classifier.candidates = classifier.embedded = 0
        labels = [label.code for label in classifier.classify(cued)]
        changed = sum(a != b for a, b in zip(labels, reference))
        lost = sum(1 for a, b in zip(labels, reference) if b != NONE and a == NONE)
        gained = sum(1 for a, b in zip(labels, reference) if b == NONE and a != NONE)
        embedded = classifier.embedded / max(classifier.candidates, 1) if isinstance(classifier, Cascade) else 0.0
        print(f"  {name}: {changed} labels changed ({changed / len(cued):.1%}), {lost} events lost, "
              f"{gained} gained, MiniLM embeds {embedded:.1%} of the cue sentences")


def _use(classifier: EventClassifier) -> None:
    """Make `classifier` the pipeline's, as `$EVENTWIRE_CLASSIFIER` would."""
    what.CLASSIFIERS["bench"] = lambda: classifier
    os.environ["EVENTWIRE_CLASSIFIER"] = "bench"
    what.default_classifier.cache_clear()
    pipeline.default_context.cache_clear()
    what.cue_lexicon()._scanned.clear()
    what.cue_classes.cache_clear()
    what.first_cue.cache_clear()


def speed(classifiers: dict[str, EventClassifier], articles: list, rounds: int) -> None:
    warm, timed = articles[:40], articles[40:]
    for classifier in classifiers.values():
        _use(classifier)
        pipeline.process(warm)
    spent: dict[str, list[float]] = {name: [] for name in classifiers}
    for round_ in range(rounds):
        order = list(classifiers.items())
        for name, classifier in order if round_ % 2 == 0 else order[::-1]:
            _use(classifier)
            started = time.process_time()
            for start in range(0, len(timed), pipeline.DEFAULT_BATCH):
                pipeline.process(timed[start:start + pipeline.DEFAULT_BATCH])
            spent[name].append(1000 * (time.process_time() - started) / len(timed))
    load = os.getloadavg()[0]
    for name, values in spent.items():
        print(f"speed, {name}: median {statistics.median(values):.1f} ms CPU per article "
              f"({', '.join(f'{v:.1f}' for v in values)}; {len(timed)} articles, load {load:.1f} at the end)")


def event_sets(classifiers: dict[str, EventClassifier]) -> None:
    from eventwire.evaluate.events import score_file
    from eventwire.evaluate.incidents import score_incidents

    for name, classifier in classifiers.items():
        _use(classifier)
        for label in OWN_SETS:
            path = ROOT / "bench" / "gold" / f"events_{label}.jsonl"
            if not path.is_file():
                continue
            report = score_file(path)
            print(f"{name} {label}: detection P/R/F1 {report['detection_precision']:.3f}/"
                  f"{report['detection_recall']:.3f}/{report['detection_f1']:.3f}, type {report['type_accuracy']:.3f}")
        figures = score_incidents(GVC / "gvc_dev_articles.jsonl", GVC / "gvc_dev_incidents.jsonl")
        print(f"{name} GVC dev: " + ", ".join(f"{key} {value:.3f}" for key, value in figures.items()
                                                if isinstance(value, float)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.5, 0.7])
    parser.add_argument("--sets", action="store_true", help="also score every own event set and GVC (slow)")
    arguments = parser.parse_args()
    pipeline._limit_threads(1)
    minilm = RowQuantisedMiniLMEncoder()
    shipped = HybridClassifier(minilm)
    static = HybridClassifier(StaticEncoder(static_table(minilm)))
    classifiers: dict[str, EventClassifier] = {"shipped": shipped, "static": static}
    for threshold in arguments.thresholds:
        classifiers[f"cascade {threshold}"] = Cascade(static, shipped, threshold)
    make: dict[str, Callable[[], None]] = {
        "case": lambda: case2021(classifiers),
        "labels": lambda: corpus_labels(classifiers, corpus(arguments.articles + 40)),
        "speed": lambda: speed(classifiers, corpus(arguments.articles + 40), arguments.rounds),
    }
    if arguments.sets:
        make["sets"] = lambda: event_sets(classifiers)
    for step in make.values():
        step()


if __name__ == "__main__":
    main()
