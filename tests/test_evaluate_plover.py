"""PLOVER scorer (eventwire.evaluate.plover): the mapping, the matching and, on gold, a floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire import taxonomy
from eventwire.annotate import load_language
from eventwire.errors import EvaluationError
from eventwire.evaluate import plover

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "events" / "plover_gsr_cameo.txt"
CATEGORIES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "DISAPPROVE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE"}


def test_the_map_covers_every_code_and_names_only_plover_categories() -> None:
    mapping = plover.plover_map()
    assert set(mapping.codes) == set(taxonomy.BY_CODE)
    assert mapping.broad_codes <= set(mapping.codes)
    assert {c for c in mapping.codes.values() if c} <= CATEGORIES
    assert set(mapping.verbs.values()) <= CATEGORIES
    for recoding in (mapping.promised, mapping.refused):
        assert set(recoding) | set(recoding.values()) <= CATEGORIES


def test_category_from_the_code_then_the_trigger_verb() -> None:
    doc = load_language()("The two governments agreed to reopen the border.")
    trigger = plover.main_event(next(doc.sents))
    assert plover.plover_category("ARMED_CLASH", trigger) == "FIGHT"
    assert plover.plover_category("NONE", trigger) == "AGREE"


def test_overlap_and_token_counts() -> None:
    counts = plover.count_role(["Hungarian"], ["Senior Hungarian officials"])
    assert counts["matched"] == 1 and counts["token_matches"] == 1 and counts["predicted_tokens"] == 2


def test_main_event_under_a_speech_verb() -> None:
    doc = load_language()("The rebels seized the town, officials said on Monday.")
    assert plover.main_event(next(doc.sents)).text == "seized"


def test_a_scored_record(tmp_path: Path) -> None:
    record = {"id": "r", "event": "ASSAULT", "text": "Gunmen kidnapped three engineers in Nigeria.",
              "source": [{"actorText": "Gunmen"}], "target": [{"actorText": "engineers"}]}
    path = tmp_path / "gold.txt"
    path.write_text(json.dumps([{"event": "DOCUMENT"}, record]), encoding="utf-8")
    result = plover.score_file(path)
    assert result["n"] == 1 and result["source_f1"] == 1.0


def test_unreadable_gold_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError):
        plover.score_file(tmp_path / "missing.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(EvaluationError):
        plover.score_file(bad)


@pytest.mark.skipif(not GOLD.exists(), reason="shared/eval gold data absent")
def test_gold_floor_on_a_slice() -> None:
    records = plover.read_records(GOLD)[:60]
    result = plover.score_records(records)
    assert result["source_f1"] > 0.6


def test_a_possessive_matches_its_owner() -> None:
    assert plover.count_role(["Turkey"], ["Turkey's"])["matched"] == 1


def test_a_demand_is_the_speech_act_not_the_demanded_event() -> None:
    doc = load_language()("The ministry said on Monday that the rebels must leave the town.")
    assert plover.main_event(next(doc.sents)).text == "said"


def _category(text: str, code: str = "NONE") -> str:
    doc = load_language()(text)
    return plover.plover_category(code, plover.main_event(next(doc.sents)))


@pytest.mark.parametrize(
    ("text", "code", "category"),
    [
        # a broad class of ours: the trigger decides
        ("The army lifted the curfew in the capital.", "CHANGE_TO_GROUP_ACT", "CONCEDE"),
        # a light verb: its object names the act
        ("The rebels declared a ceasefire on Sunday.", "NONE", "RETREAT"),
        # promised acts: cooperative ones are agreements, conflictual ones threats
        ("Norway will send food aid to the refugees.", "NONE", "AGREE"),
        ("Chile is ready to withdraw its troops from the border.", "NONE", "AGREE"),
        ("The farmers said they would blockade the port.", "NONE", "THREATEN"),
        # a cooperative act refused
        ("Peru will not accept the proposal.", "NONE", "REJECT"),
        # what a speaker says another must do is a demand, whatever the act
        ("The ministry said on Monday that the rebels must leave the town.", "ARMED_CLASH", "DEMAND"),
        # an act done is what it is
        ("Norway sent food aid to the refugees.", "NONE", "AID"),
    ],
)
def test_category_of_broad_light_promised_and_refused_acts(text: str, code: str, category: str) -> None:
    assert _category(text, code) == category
