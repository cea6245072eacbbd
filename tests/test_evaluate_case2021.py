"""CASE 2021 task 2 scorer (eventwire.evaluate.case2021) and the shared metrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import case2021
from eventwire.evaluate.metrics import classification_report, prf_from_counts
from eventwire.extract.what import NONE, Classification, LexicalClassifier

DEV_FILE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "case2021_task2_dev.tsv"


def test_prf_from_counts_handles_empty_denominators() -> None:
    assert prf_from_counts(0, 0, 0).f1 == 0.0
    prf = prf_from_counts(3, 1, 2)
    assert prf.precision == 0.75 and prf.recall == 0.6 and prf.support == 5
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_classification_report_weighted_and_macro() -> None:
    gold = ["A", "A", "A", "B"]
    predicted = ["A", "A", "B", "B"]
    report = classification_report(gold, predicted)
    f1_a, f1_b = 0.8, 2 / 3
    assert report["accuracy"] == 0.75
    assert report["macro_f1"] == pytest.approx((f1_a + f1_b) / 2)
    assert report["weighted_f1"] == pytest.approx((3 * f1_a + f1_b) / 4)
    assert report["per_class"]["B"]["precision"] == 0.5


def test_label_only_predicted_does_not_enter_the_averages() -> None:
    report = classification_report(["A", "B"], ["A", NONE])
    assert report["macro_f1"] == pytest.approx(0.5)
    assert report["per_class"][NONE]["support"] == 0


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text(body, encoding="utf-8")
    return path


def test_read_gold_rejects_a_file_without_the_columns(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="SubType"):
        case2021.read_gold(_write(tmp_path, "id\tEventSnippet\n1\tsomething\n"))


def test_read_gold_rejects_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read"):
        case2021.read_gold(tmp_path / "absent.tsv")


def test_score_snippets_counts_none_as_wrong(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "id\tEventSnippet\tSubType\n"
        '1\tA suicide bomber struck a "crowded" market.\tSUIC_BOMB\n'
        "2\tThe weather was pleasant.\tNATURAL_DISASTER\n",
    )
    snippets = case2021.read_gold(path)
    assert snippets[0].text == 'A suicide bomber struck a "crowded" market.'
    report = case2021.score_snippets(snippets, LexicalClassifier())
    assert report["n"] == 2 and report["accuracy"] == 0.5
    assert [row["predicted"] for row in report["predictions"]] == ["SUIC_BOMB", NONE]


def test_score_file_reports_the_contract_fields(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Fixed:
        def classify(self, texts: list[str]) -> list[Classification]:
            return [Classification("ARREST", 0.9) for _ in texts]

    monkeypatch.setattr(case2021, "default_classifier", Fixed)
    path = _write(tmp_path, "id\tEventSnippet\tSubType\n1\tPolice arrested him.\tARREST\n")
    report = case2021.score_file(path)
    for key in ("weighted_f1", "macro_f1", "accuracy", "n", "per_class", "seconds"):
        assert key in report
    assert report["weighted_f1"] == 1.0
    assert set(report["per_class"]["ARREST"]) == {"precision", "recall", "f1", "support"}


def test_lexical_classifier_on_the_dev_set_beats_chance() -> None:
    if not DEV_FILE.exists():
        pytest.skip(f"{DEV_FILE} is absent (shared evaluation data not checked out)")
    report = case2021.score_snippets(case2021.read_gold(DEV_FILE), LexicalClassifier())
    assert report["n"] == 507
    assert report["weighted_f1"] > 0.5
