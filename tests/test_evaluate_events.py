from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.events import score_file


def test_detection_counts_found_and_spurious_sentences(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    row = {"id": "a", "date": "2024-05-12", "title": "t",
           "text": "Rebels attacked an army base near Kidal on Monday. The region is large and dry.",
           "events": [{"sentence": "Rebels attacked an army base near Kidal on Monday.", "sub_event_type": "Armed clash"}]}
    path.write_text(json.dumps(row) + "\n")
    scores = score_file(path)
    assert scores["n_gold"] == 1 and scores["detection_recall"] == 1.0
    assert scores["n_predicted"] >= 1 and 0 < scores["detection_precision"] <= 1


def test_a_gold_article_without_text_is_an_evaluation_error(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "events": []}\n')
    with pytest.raises(EvaluationError):
        score_file(path)
