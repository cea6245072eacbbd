"""Timex scoring (eventwire.evaluate.timex)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.timex import score_file
from eventwire.evaluate.timex_conventions import Convention, adapt
from eventwire.extract.when import find_time_expressions

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


def _adapted(text: str, article_date: str) -> list[tuple[str, str, str]]:
    expressions = find_time_expressions(text, dt.date.fromisoformat(article_date))
    return [(e.text, e.type, e.value) for e in adapt(text, expressions, Convention.meantime)]


def test_meantime_writes_bare_ago_as_a_duration_but_keeps_named_dates():
    assert _adapted("The plant opened two years ago.", "2020-05-01") == [("two years", "DURATION", "P2Y")]
    assert _adapted("Sales rose from a year ago.", "2020-05-01") == [("a year", "DURATION", "P1Y")]
    assert _adapted("Sales fell against the same month a year ago.", "2020-05-01")[0][1] == "DATE"


def test_meantime_adds_the_duration_of_a_year_range():
    adapted = _adapted("Deliveries run from 2021 to 2024, then between 2026 and 2027.", "2020-05-01")
    assert ("from 2021 to 2024", "DURATION", "P3Y") in adapted
    assert ("between 2026 and 2027", "DURATION", "P1Y") in adapted
    assert ("2021", "DATE", "2021") in adapted and ("2027", "DATE", "2027") in adapted


def test_meantime_splits_a_month_of_a_relative_year():
    assert _adapted("The shop closes after October of next year.", "2020-05-01") == [
        ("October", "DATE", "2021-10"), ("next year", "DATE", "2021")]


def test_timeml_convention_leaves_predictions_alone():
    text = "The plant opened two years ago."
    expressions = find_time_expressions(text, dt.date(2020, 5, 1))
    assert adapt(text, expressions, Convention.timeml) == expressions


def test_convention_is_told_from_the_file_and_reported(tmp_path):
    text = "Talks\nJune 4, 2023\nThe plant opened two years ago.\nIt closed on Friday."
    start = text.index("two years")
    document = {"id": "d3", "date": "2023-06-04", "date_span": [6, 18], "text": text,
                "annotated_end": text.index("It closed"),
                "timexes": [{"start": start, "end": start + 9, "text": "two years", "type": "DURATION", "value": "P2Y"}]}
    path = write(tmp_path, [document])
    assert score_file(path)["convention"] == "meantime" and score_file(path)["value_f1"] == 1.0
    assert score_file(path, "timeml")["value_f1"] == 0.0
    document["annotated_end"] = len(text)  # fully annotated: a TimeML corpus in this format
    assert score_file(write(tmp_path, [document]))["convention"] == "timeml"
    del document["annotated_end"]
    assert score_file(write(tmp_path, [document]))["convention"] == "timeml"
    with pytest.raises(EvaluationError):
        score_file(path, "iso")
