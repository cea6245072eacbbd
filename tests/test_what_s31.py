"""Session 31: a shooting told with whom it hurt is an act even where the model is unsure and no
class word occurs ("detectives are looking into a shooting that left a courier wounded"); a
battle's weapons, told as what the sides fought with ("clashed on Tuesday with rifles and
rocket-propelled grenades"), leave it a battle, not the grenade's or the shell's remote violence."""

from __future__ import annotations

import pytest

from eventwire.extract import what


@pytest.mark.parametrize("text", [
    "Detectives in Harlow are looking into a shooting that left a courier wounded late on Friday.",
    "County deputies are investigating a shooting which injured two men outside a roadhouse.",
])
def test_a_shooting_that_hurt_someone_is_an_attack(text: str):
    assert what.default_classifier().classify([text])[0].code == "ATTACK"


def test_a_shooting_named_in_passing_is_no_act_of_its_own():
    assert what._SHOOTING_THAT_HARMED.search("It was the third shooting in the district this month.") is None


@pytest.mark.parametrize("text", [
    "Herders and farmers clashed on Tuesday with rifles and rocket-propelled grenades, and four were reported dead.",
    "Two clans clashed with hunting rifles and mortars over a disputed well, killing six men.",
])
def test_the_weapons_two_sides_fought_with_leave_a_battle(text: str):
    assert what.refine("ARMED_CLASH", text, what.cue_lexicon().matches(text)) == "ARMED_CLASH"


def test_a_grenade_thrown_outside_a_fight_stays_a_grenade():
    text = "A man threw a grenade into a crowded bar on Sunday night, wounding nine people."
    assert what.refine("ARMED_CLASH", text, what.cue_lexicon().matches(text)) == "GRENADE"


@pytest.mark.parametrize(("text", "code"), [
    ("Militants fired a rocket at a ferry near the port, killing three crew members.", "ART_MISS_ATTACK"),
    ("A mortar round hit a crowded minibus near the market, killing four passengers.", "ART_MISS_ATTACK"),
    ("A bus overturned on the mountain road, killing 12 passengers.", "MAN_MADE_DISASTER"),
])
def test_an_accident_read_with_no_word_of_its_own_but_a_weapons_is_that_weapons_act(text: str, code: str):
    assert what.refine("MAN_MADE_DISASTER", text, what.cue_lexicon().matches(text)) == code
