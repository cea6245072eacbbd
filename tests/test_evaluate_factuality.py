"""Factuality scorer (eventwire.evaluate.factuality) and the reading it scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.annotate import load_language
from eventwire.errors import EvaluationError
from eventwire.evaluate import factuality
from eventwire.extract.claims import factuality as read_factuality

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "claims" / "meantime_dev.jsonl"


def reading(text: str, word: str) -> tuple[str, str, str]:
    doc = load_language()(text)
    return read_factuality(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The company closed two plants last year.", "closed", ("CERTAIN", "POS", "NON_FUTURE")),
        ("The company did not close the plant.", "close", ("CERTAIN", "NEG", "NON_FUTURE")),
        ("The company plans to close two plants.", "close", ("CERTAIN", "POS", "FUTURE")),
        ("The merger will be completed in May.", "completed", ("CERTAIN", "POS", "FUTURE")),
        ("The strike could spread to other ports.", "spread", ("POSSIBLE", "POS", "FUTURE")),
        ("The union refused to end the strike.", "end", ("CERTAIN", "NEG", "FUTURE")),
        ("The sale should be completed in October.", "sale", ("CERTAIN", "POS", "FUTURE")),
        ("The carmaker announced layoffs on Friday.", "layoffs", ("CERTAIN", "POS", "FUTURE")),
        ("The regulator called for a review of the merger.", "review", ("CERTAIN", "POS", "FUTURE")),
        ("The carmaker reduced its losses last year.", "losses", ("CERTAIN", "POS", "NON_FUTURE")),
    ],
)
def test_factuality_of_the_trigger(text: str, word: str, expected: tuple[str, str, str]) -> None:
    assert reading(text, word) == expected


def test_a_scored_document(tmp_path: Path) -> None:
    text = "The firm sold its stake. It will open a new plant."
    events = [
        {"start": 9, "end": 13, "text": "sold", "certainty": "CERTAIN", "polarity": "POS", "time": "NON_FUTURE"},
        {"start": 33, "end": 37, "text": "open", "certainty": "CERTAIN", "polarity": "POS", "time": "FUTURE"},
        {"start": 0, "end": 3, "text": "The", "certainty": None, "polarity": None, "time": None},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "d", "text": text, "events": events}) + "\n", encoding="utf-8")
    result = factuality.score_file(path)
    assert result["n"] == 2 and result["accuracy"] == 1.0 and result["nonfactual_f1"] == 1.0


def test_unreadable_gold_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError):
        factuality.score_file(tmp_path / "missing.jsonl")


@pytest.mark.skipif(not GOLD.exists(), reason="shared/eval gold data absent")
def test_gold_floor_on_a_slice() -> None:
    documents = list(factuality.read_documents(GOLD))[:20]
    result = factuality.score_documents(documents)
    assert result["accuracy"] > 0.75 and result["nonfactual_f1"] > 0.55
