"""A cascade before the classifier's MiniLM: what would a TF-IDF + logistic-regression gate that
drops the cue windows it is sure report no event save, and what would it lose?

The gate is fitted on the classifier's own training examples (`data/classifier/`, NONE against
every event class; `--extra TSV` adds more `CODE<TAB>sentence` files, e.g. a draft of new
non-event sentences) and its threshold is set by 5-fold cross-validation (seed 13) on them: the
lowest out-of-fold event probability of any event example, times `--scale`, so in
cross-validation it drops no event at scale 1. On throughput-corpus reports it then prints the
share of cue windows it drops (MiniLM runs saved) and the events the full classifier finds in
them (lost), and the same for CASE 2021 dev snippets (every one an event) when the file is there.

Usage: .venv/bin/python bench/speed_cascade.py [--articles 300] [--extra TSV ...] [--scale 1.0]
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from throughput import ROOT, corpus

from eventwire.annotate import sentence_spans
from eventwire.extract import what

CASE_DEV = ROOT.parent / "shared" / "eval" / "events" / "case2021_task2_dev.tsv"
SEED = 13


def _gate() -> tuple[TfidfVectorizer, LogisticRegression]:
    return (TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2)),
            LogisticRegression(C=10, max_iter=3000, class_weight="balanced"))


def _windows(lexicon: what.CueLexicon, texts: Sequence[str]) -> list[str]:
    return [what.cue_window(text, lexicon.matches(text), what.WINDOW_WORDS) for text in texts]


def fitted_gate(lexicon: what.CueLexicon, examples: Sequence[tuple[str, str]], scale: float):
    """The gate fitted on all `examples` and its cross-validated threshold."""
    windows = _windows(lexicon, [text for _, text in examples])
    is_event = np.array([code != what.NONE for code, _ in examples])
    out_of_fold = np.zeros(len(windows))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=SEED).split(windows, is_event):
        words, model = _gate()
        model.fit(words.fit_transform([windows[i] for i in train]), is_event[train])
        out_of_fold[test] = model.predict_proba(words.transform([windows[i] for i in test]))[:, 1]
    threshold = float(out_of_fold[is_event].min()) * scale
    print(f"gate: {len(windows)} examples ({(~is_event).sum()} NONE); threshold {threshold:.3f}, "
          f"dropping {(out_of_fold[~is_event] < threshold).mean():.0%} of NONE examples in cross-validation")
    words, model = _gate()
    model.fit(words.fit_transform(windows), is_event)
    return lambda texts: model.predict_proba(words.transform(_windows(lexicon, texts)))[:, 1] < threshold


def report(name: str, texts: Sequence[str], dropped: np.ndarray, classifier: what.EventClassifier) -> None:
    is_event = np.array([label.code != what.NONE for label in classifier.classify(list(texts))])
    print(f"{name}: {len(texts)} cue windows, gate drops {dropped.mean():.1%}; the classifier finds "
          f"{is_event.sum()} events, {(dropped & is_event).sum()} of them dropped "
          f"({(dropped & is_event).sum() / max(is_event.sum(), 1):.1%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument("--scale", type=float, default=1.0)
    arguments = parser.parse_args()
    lexicon = what.cue_lexicon()
    examples = what.load_training_examples() + [row for path in arguments.extra for row in what._read_tsv(path)]
    drops = fitted_gate(lexicon, examples, arguments.scale)
    classifier = what.default_classifier()
    sentences = dict.fromkeys(a.text[s:e] for a in corpus(arguments.articles) for s, e in sentence_spans(a))
    candidates = [text for text in sentences if lexicon.matches(text)]
    report(f"{arguments.articles} corpus reports", candidates, drops(candidates), classifier)
    if CASE_DEV.is_file():
        with CASE_DEV.open(encoding="utf-8", newline="") as handle:
            snippets = [row["EventSnippet"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
        snippets = [text for text in snippets if lexicon.matches(text)]
        report("CASE 2021 dev", snippets, drops(snippets), classifier)


if __name__ == "__main__":
    main()
