"""Score the event classifier on CASE 2021 Shared Task 2 (fine-grained event classification).

The gold file is the task's TSV: columns `id`, `EventSnippet`, `SubType` (one of the 30 codes in
`eventwire.taxonomy`). Every snippet is classified by `default_classifier()`, the same object
the pipeline uses, so the figure is the pipeline's own. A `NONE` prediction counts as wrong: every
CASE snippet reports an event, and saying "no event" about one is a missed detection.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import classification_report
from eventwire.extract.what import EventClassifier, default_classifier

REQUIRED_COLUMNS = ("id", "EventSnippet", "SubType")


@dataclass(frozen=True)
class GoldSnippet:
    snippet_id: str
    text: str
    code: str


def read_gold(path: Path) -> list[GoldSnippet]:
    """The rows of a CASE 2021 task 2 TSV; raises `EvaluationError` naming what is missing."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = [column for column in REQUIRED_COLUMNS if column not in (reader.fieldnames or [])]
            if missing:
                raise EvaluationError(
                    f"{path}: missing column(s) {', '.join(missing)} "
                    f"(expected a CASE 2021 task 2 TSV with columns {', '.join(REQUIRED_COLUMNS)})"
                )
            rows = [
                GoldSnippet(row["id"], row["EventSnippet"] or "", (row["SubType"] or "").strip())
                for row in reader
            ]
    except OSError as error:
        raise EvaluationError(f"{path}: cannot read the gold file ({error.strerror})") from error
    if not rows:
        raise EvaluationError(f"{path}: no rows to score (is it the right file?)")
    return rows


def score_snippets(snippets: Sequence[GoldSnippet], classifier: EventClassifier) -> dict[str, object]:
    """Classify the snippets and compare with gold; `seconds` times classification only."""
    started = time.perf_counter()
    predictions = classifier.classify([snippet.text for snippet in snippets])
    seconds = time.perf_counter() - started
    report = classification_report([snippet.code for snippet in snippets], [p.code for p in predictions])
    report["seconds"] = seconds
    report["predictions"] = [
        {"id": snippet.snippet_id, "gold": snippet.code, "predicted": prediction.code, "score": prediction.score}
        for snippet, prediction in zip(snippets, predictions)
    ]
    return report


def score_file(path: Path) -> dict[str, object]:
    """Score `default_classifier()` on a CASE 2021 task 2 TSV.

    Returns `weighted_f1`, `macro_f1`, `accuracy`, `n`, `per_class` ({code: {precision,
    recall, f1, support}}), `predictions` (one row per snippet) and `seconds`: wall time from
    building the classifier (model load included) to the last prediction, and
    `seconds_per_snippet`.
    """
    snippets = read_gold(Path(path))
    started = time.perf_counter()
    classifier = default_classifier()
    load_seconds = time.perf_counter() - started
    report = score_snippets(snippets, classifier)
    classify_seconds = float(report["seconds"])  # type: ignore[arg-type]
    report["load_seconds"] = load_seconds
    report["seconds"] = load_seconds + classify_seconds
    report["seconds_per_snippet"] = classify_seconds / len(snippets)
    return report
