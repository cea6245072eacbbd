from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import events
from eventwire.evaluate.events import date_matches, place_matches, score_file
from eventwire.records import Place


def test_detection_counts_found_and_spurious_sentences(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    row = {"id": "a", "date": "2024-05-12", "title": "t",
           "text": "Rebels attacked an army base near Kidal on Monday. The region is large and dry.",
           "events": [{"sentence": "Rebels attacked an army base near Kidal on Monday.", "sub_event_type": "Armed clash"}]}
    path.write_text(json.dumps(row) + "\n")
    scores = score_file(path)
    assert scores["n_gold"] == 1 and scores["detection_recall"] == 1.0
    assert scores["n_predicted"] >= 1 and 0 < scores["detection_precision"] <= 1


def test_detection_and_type_failures_list_each_miss(tmp_path: Path):
    attack = "Rebels attacked an army base near Kidal on Monday."
    quiet = "The region is large and dry."
    row = {"id": "a", "date": "2024-05-12", "text": f"{attack} {quiet}",
           "events": [{"sentence": attack, "sub_event_type": "Peaceful protest"},
                      {"sentence": quiet, "sub_event_type": "Other"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n")
    scores = score_file(path)
    assert scores["detection_failures"] == [{"article": "a", "sentence": quiet, "gold": "Other", "ours": None}]
    [mistyped] = scores["type_failures"]
    assert mistyped["gold"] == "Peaceful protest" and mistyped["ours"] and "Peaceful protest" not in mistyped["ours"]


def test_a_gold_article_without_text_is_an_evaluation_error(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "events": []}\n')
    with pytest.raises(EvaluationError):
        score_file(path)


def test_fields_are_scored_on_found_sentences_where_the_gold_gives_them(tmp_path: Path):
    sentence = "Rebels attacked an army base near Kidal on Monday, killing four soldiers, the army said."
    row = {"id": "a", "date": "2024-05-15", "title": "t", "text": sentence + " The region is large and dry.",
           "events": [{"sentence": sentence, "sub_event_type": "Armed clash", "date": "2024-05-13", "place": "Kidal",
                       "fatalities": 4, "historical": False, "actor2": "Military Forces of Mali",
                       "claimed_by": ["Military Forces of Mali"], "actor1": "Not This Actor"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n")
    scores = score_file(path)
    assert scores["date_accuracy"] == 1.0 and scores["place_accuracy"] == 1.0
    assert scores["fatalities_accuracy"] == 1.0 and scores["historical_accuracy"] == 1.0
    assert scores["actor2_accuracy"] == 1.0 and scores["claimant_recall"] == 1.0
    assert scores["actor1_accuracy"] == 0.0 and scores["n_actor1"] == 1
    assert [failure["field"] for failure in scores["field_failures"]] == ["actor1"]


def test_a_field_the_gold_leaves_out_is_not_scored(tmp_path: Path):
    sentence = "Rebels attacked an army base near Kidal on Monday."
    row = {"id": "a", "date": "2024-05-15", "text": sentence,
           "events": [{"sentence": sentence, "sub_event_type": "Armed clash", "date": None}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n")
    scores = score_file(path)
    assert scores["n_date"] == 0 and scores["n_place"] == 0 and scores["date_accuracy"] == 0.0


@pytest.mark.parametrize(
    ("gold", "ours", "same"),
    [
        ("2024-05-13", dt.date(2024, 5, 13), True),
        ("2024-05-13", dt.date(2024, 5, 12), False),
        ("2024-W20", dt.date(2024, 5, 19), True),  # ISO week 20 runs Monday 13 to Sunday 19 May
        ("2024-W20", dt.date(2024, 5, 20), False),
        ("2024-05", dt.date(2024, 5, 28), True),
        ("2024", dt.date(2024, 1, 1), True),
        ("2024-05", None, False),
    ],
)
def test_a_gold_date_bounds_ours_at_its_own_precision(gold: str, ours: dt.date | None, same: bool):
    assert date_matches(gold, ours) is same


def test_a_gold_date_in_no_known_form_is_an_evaluation_error():
    with pytest.raises(EvaluationError):
        date_matches("last week", dt.date(2024, 5, 1))


def _place(name: str, latitude: float, longitude: float, admin1: str = "") -> Place:
    return Place(name=name, latitude=latitude, longitude=longitude, geo_precision=1, admin1=admin1)


class _Gazetteer:
    """Knows one place, Kidal, at its coordinates; "Kidall" is a near spelling of it."""

    def candidates(self, name: str) -> list[SimpleNamespace]:
        return [SimpleNamespace(latitude=18.44, longitude=1.41)] if name == "Kidal" else []

    def fuzzy_candidates(self, name: str) -> list[SimpleNamespace]:
        return self.candidates("Kidal") if name == "Kidall" else []


def test_a_bad_gold_date_names_its_file_and_article(tmp_path: Path):
    sentence = "Rebels attacked an army base near Kidal on Monday."
    row = {"id": "r7", "date": "2024-05-15", "title": "t", "text": sentence,
           "events": [{"sentence": sentence, "sub_event_type": "Armed clash", "date": "last week"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(row) + "\n")
    with pytest.raises(EvaluationError, match=r"g\.jsonl: article r7: gold date 'last week'"):
        score_file(path)


def test_a_place_matches_by_folded_name_region_or_distance():
    gazetteer = _Gazetteer()
    assert place_matches("Ségou", _place("Segou", 13.4, -6.3), gazetteer)
    assert place_matches("Deir ez-Zor", _place("Deir Ez Zor", 35.3, 40.1), gazetteer)
    assert place_matches("Gao", _place("Ansongo", 15.7, 0.5, admin1="Gao"), gazetteer)  # inside the gold's region
    assert place_matches("Kidal", _place("Kidal airfield", 18.5, 1.5), gazetteer)  # about 12 km away
    assert not place_matches("Kidal", _place("Tessalit", 20.2, 1.0), gazetteer)
    assert not place_matches("Kidal", None, gazetteer)
    assert place_matches("Kidall", _place("Kidal airfield", 18.5, 1.5), gazetteer)  # a near spelling
    assert not place_matches("Kidall", _place("Tessalit", 20.2, 1.0), gazetteer)


@pytest.mark.parametrize(
    ("gold", "ours", "same"),
    [
        ("New People's Army (NPA)", "New People's Army", True),
        ("New People's Army", "new peoples army (NPA)", True),
        ("Rebels (Chad)", "Rebels", False),
        ("Rebels (Chad)", "Rebels (Niger)", False),
        ("Arakan Army (AA)", "Kachin Independence Army (KIA)", False),
        ("Return, Reclamation and Rehabilitation (3R)", "Return, Reclamation and Rehabilitation", True),
        ("Resistance for Peace (RFP-Umoja)", "Resistance for Peace", True),
        ("Civilians (Timor-Leste)", "Civilians", False),
        ("Jaish-e-Mohammed (JeM)", "Jaish-e-Mohammed", True),
        ("Communist Party of India (Maoist)", "Communist Party of India", False),
    ],
)
def test_an_actor_matches_with_or_without_its_acronym(gold: str, ours: str, same: bool):
    assert events._same_actor(gold, ours) is same
