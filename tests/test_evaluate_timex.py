"""Timex scoring (eventwire.evaluate.timex)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.timex import score_file

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "claims" / "meantime_dev.jsonl"


def write(tmp_path: Path, documents: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(document) for document in documents), encoding="utf-8")
    return path


def test_perfect_and_wrong_values_are_told_apart(tmp_path):
    text = "Talks\nJune 4, 2023\nThe rebels left on Friday and returned yesterday for two days."
    friday = text.index("Friday")
    yesterday = text.index("yesterday")
    document = {
        "id": "d1", "date": "2023-06-04", "date_span": [6, 18], "text": text, "annotated_end": len(text),
        "timexes": [
            {"start": friday, "end": friday + 6, "text": "Friday", "type": "DATE", "value": "2023-06-02"},
            {"start": yesterday, "end": yesterday + 9, "text": "yesterday", "type": "DATE", "value": "2023-06-01"},
        ],
    }
    scores = score_file(write(tmp_path, [document]))
    assert scores["n"] == 2
    assert scores["timex_recall"] == 1.0
    assert scores["timex_precision"] == pytest.approx(2 / 3)  # "two days" is not in this gold
    assert scores["value_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def test_dateline_and_unannotated_tail_are_ignored(tmp_path):
    text = "Title\nJune 4, 2023\nNothing dated here.\nOn Friday more happened."
    document = {"id": "d2", "date": "2023-06-04", "date_span": [6, 18], "text": text,
                "annotated_end": text.index("On Friday"), "timexes": []}
    scores = score_file(write(tmp_path, [document]))
    assert scores["n"] == 0 and scores["timex_precision"] == 0.0


def test_unreadable_file_raises_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError):
        score_file(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationError):
        score_file(bad)


@pytest.mark.skipif(not GOLD.exists(), reason="shared/eval/claims is not available")
def test_meantime_dev_scores_hold():
    scores = score_file(GOLD)
    assert scores["n"] == 247
    assert scores["timex_f1"] >= 0.85
    assert scores["value_f1"] >= 0.75
