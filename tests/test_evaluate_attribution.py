"""Attribution scorer (eventwire.evaluate.attribution): span matching and, on gold, a floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.annotate import load_language
from eventwire.errors import EvaluationError
from eventwire.evaluate import attribution
from eventwire.evaluate.metrics import match_spans

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "claims" / "polnear_dev.jsonl"


def test_overlap_matching_is_one_to_one_largest_first() -> None:
    pairs = match_spans([(0, 10), (20, 30)], [(2, 12), (21, 22), (40, 50)])
    assert sorted(pairs) == [(0, 0), (1, 1)]


def test_counts_exact_after_trimming_quotes_and_punctuation() -> None:
    text = 'The mayor said "the road is closed."'
    gold = {"source": [(0, 9)], "cue": [(10, 14)], "content": [(15, 36)]}
    predicted = [{"source": (4, 9), "cue": (10, 14), "content": (16, 35)}]
    counts = attribution.count_document(text, gold, predicted)
    assert counts["cue"] == {"gold": 1, "predicted": 1, "overlap": 1, "exact": 1}
    assert counts["content"]["exact"] == 1
    assert counts["source"]["overlap"] == 1 and counts["source"]["exact"] == 0


def test_a_source_of_two_attributions_counts_twice_and_a_cue_once() -> None:
    text = "The mayor said the road is closed, adding that it will reopen."
    gold = {"source": [(0, 9), (0, 9)], "cue": [(10, 14), (35, 41)], "content": [(15, 33), (42, 62)]}
    said = {"source": (0, 9), "cue": (10, 14), "content": (15, 33)}
    adding = {"source": (0, 9), "cue": (35, 41), "content": (42, 62)}
    counts = attribution.count_document(text, gold, [said, adding, dict(said)])
    assert counts["source"] == {"gold": 2, "predicted": 2, "overlap": 2, "exact": 2}
    assert counts["cue"]["predicted"] == 2


def test_predict_keeps_only_outermost_attributions() -> None:
    doc = load_language()("Officials said the army claimed that it destroyed a depot.")
    spans = attribution.predict(doc)
    cues = [doc.text[start:end] for start, end in (item["cue"] for item in spans)]
    assert cues == ["said"]


def test_a_scored_document(tmp_path: Path) -> None:
    text = '"We will rebuild the bridge," the minister said on Monday.'
    cue = text.index("said")
    record = {"id": "x", "text": text, "attributions": [
        {"source": [30, 42, "the minister"], "cue": [cue, cue + 4, "said"], "content": [1, 27, text[1:27]]}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = attribution.score_file(path)
    assert result["cue_f1"] == 1.0 and result["source_f1"] == 1.0 and result["content_f1"] == 1.0
    assert result["n"] == 1


def test_unreadable_gold_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError):
        attribution.score_file(tmp_path / "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationError):
        attribution.score_file(bad)


@pytest.mark.skipif(not GOLD.exists(), reason="shared/eval gold data absent")
def test_gold_floor_on_a_slice() -> None:
    documents = list(attribution.read_documents(GOLD))[:10]
    result = attribution.score_documents(documents)
    assert result["cue_f1"] > 0.55 and result["source_f1"] > 0.5


def test_attributions_inside_a_quotation_are_nested() -> None:
    doc = load_language()('The mayor spoke at length.\n\n"I think the road will reopen. We know the cost."')
    cues = [doc.text[start:end] for start, end in (item["cue"] for item in attribution.predict(doc))]
    assert "think" not in cues and "know" not in cues


def _backed_gold(tmp_path: Path) -> Path:
    """A stance attribution, which the speech scope leaves out."""
    text = "The mayor backed the proposal."
    record = {"id": "x", "text": text, "attributions": [
        {"source": [0, 9, "The mayor"], "cue": [10, 16, "backed"], "content": [17, 29, "the proposal"]}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_scores_use_the_stance_scope_and_say_so(tmp_path: Path) -> None:
    result = attribution.score_file(_backed_gold(tmp_path))
    assert result["scope"] == "stance" and result["cue_f1"] == 1.0


def test_the_speech_scope_leaves_stance_out_and_an_unknown_scope_is_refused(tmp_path: Path) -> None:
    path = _backed_gold(tmp_path)
    result = attribution.score_file(path, "speech")
    assert result["scope"] == "speech" and result["cue_f1"] == 0.0
    with pytest.raises(EvaluationError, match="speech, stance"):
        attribution.score_file(path, "opinion")
