"""Precision, recall and F1 over labelled items, shared by every scorer in `eventwire.evaluate`.

Kept free of any one gold format: callers pass parallel sequences of gold and predicted labels
(single-label classification) or counts they gathered themselves (span matching), and get
plain dicts back that render as tables or JSON unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one class (or of one matching task) with its gold support."""

    precision: float
    recall: float
    f1: float
    support: int

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "support": self.support}


def prf_from_counts(true_positives: int, false_positives: int, false_negatives: int) -> PRF:
    """P/R/F1 from counts; an empty denominator gives 0.0, as scikit-learn's `zero_division=0`."""
    predicted = true_positives + false_positives
    gold = true_positives + false_negatives
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, gold)


def per_class_prf(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[Hashable, PRF]:
    """One `PRF` per label seen in gold or predictions (labels predicted but never gold get support 0)."""
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} labels but predictions have {len(predicted)}")
    true_positives: Counter[Hashable] = Counter()
    false_positives: Counter[Hashable] = Counter()
    false_negatives: Counter[Hashable] = Counter()
    for gold_label, predicted_label in zip(gold, predicted):
        if gold_label == predicted_label:
            true_positives[gold_label] += 1
        else:
            false_positives[predicted_label] += 1
            false_negatives[gold_label] += 1
    labels = sorted(set(gold) | set(predicted), key=str)
    return {
        label: prf_from_counts(true_positives[label], false_positives[label], false_negatives[label])
        for label in labels
    }


def classification_report(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[str, object]:
    """Accuracy, macro and support-weighted F1 over the gold labels, and the per-class table.

    Averages run over the labels present in gold, as the CASE 2021 scorer (scikit-learn's
    `f1_score(average=...)` with the gold label set) does: a label only ever predicted lowers
    precision elsewhere but adds no zero row to the macro average.
    """
    table = per_class_prf(gold, predicted)
    gold_labels = sorted(set(gold), key=str)
    total = len(gold)
    correct = sum(1 for gold_label, predicted_label in zip(gold, predicted) if gold_label == predicted_label)
    macro_f1 = sum(table[label].f1 for label in gold_labels) / len(gold_labels) if gold_labels else 0.0
    weighted_f1 = sum(table[label].f1 * table[label].support for label in gold_labels) / total if total else 0.0
    return {
        "n": total,
        "accuracy": correct / total if total else 0.0,
        "macro_f1": macro_f1,
        "weighted_f1": weighted_f1,
        "per_class": {str(label): prf.as_dict() for label, prf in table.items()},
    }


def match_spans(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Greedy one-to-one overlap matching, largest overlap first: pairs of (gold, predicted) indices."""
    pairs = []
    for gold_index, (gold_start, gold_end) in enumerate(gold):
        for predicted_index, (predicted_start, predicted_end) in enumerate(predicted):
            overlap = min(gold_end, predicted_end) - max(gold_start, predicted_start)
            if overlap > 0:
                pairs.append((overlap, gold_index, predicted_index))
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched = []
    for _overlap, gold_index, predicted_index in pairs:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        matched.append((gold_index, predicted_index))
    return matched
