"""Cues and ACLED's rules after the model, on short invented reports: people held for ransom, mines
that kill, a suicide attack told in a group's own words, protesters dragged away, a battle that takes
a place, and a weapon in a crime's setting."""

from __future__ import annotations

import pytest

from eventwire.extract import what
from tests.test_what import needs_model


def refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


def cues(text: str) -> set[str]:
    return set(what.cue_lexicon().matches(text))


@pytest.mark.parametrize("text", [
    "Gunmen seized a school teacher and two pupils near Lendi and demanded cattle as ransom, relatives said.",
    "The militiamen had taken three nurses from the clinic and demanded 2 million shillings for their release.",
    "Eleven herders were seized by the attackers, the district office said.",
    "Twenty women were carried off during the raid, residents said.",
])
def test_people_held_for_a_price_or_seized_by_attackers_cue_an_abduction(text):
    assert "ABDUCT_DISSAP" in cues(text)


def test_a_place_or_weapons_seized_is_no_abduction_cue():
    assert "ABDUCT_DISSAP" not in cues("Rebels seized the town of Lendi on Monday.")
    assert "ABDUCT_DISSAP" not in cues("Troops seized three rifles from the attackers.")


@pytest.mark.parametrize("text", [
    "A herder stepped on a mine near Lendi on Friday and lost a leg.",
    "A pickup truck hit an anti-tank mine on the road to Lendi, killing four.",
    "Mines laid during the war still kill farmers in the valley every year.",
    "Unexploded ordnance killed two boys playing in a field near Lendi.",
])
def test_mines_and_unexploded_ordnance_cue_a_remote_explosive(text):
    assert "REM_EXPLOS" in cues(text)


def test_a_mine_that_is_dug_is_no_weapon():
    assert "REM_EXPLOS" not in cues("Three miners died when a gold mine collapsed near Lendi.")


def test_a_martyrdom_seeker_is_a_suicide_bomber():
    assert "SUIC_BOMB" in cues('The group said its "martyrdom-seeker" had killed 20 soldiers at the base.')


def test_police_dragging_people_away_intervene_in_a_protest():
    text = "Students staged a sit-in outside the governor's office on Monday, and police dragged away about 30 of them."
    assert "PROTEST_WITH_INTER" in cues(text)
    assert refined("PEACE_PROTEST", text) == "PROTEST_WITH_INTER"


def test_a_battle_that_takes_a_place_is_coded_by_who_took_it():
    assert refined("ARMED_CLASH", "On Tuesday, soldiers retook the village of Lendi from the rebels after a dawn assault "
                                  "in which 12 fighters were killed, the army said.") == "GOV_REGAINS_TERIT"
    assert refined("ARMED_CLASH", "In 2019, rebel fighters overran Lendi, the district's main town, killing 20 of its "
                                  "defenders.") == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_a_battle_over_a_building_or_for_captives_stays_a_battle():
    assert refined("ARMED_CLASH", "Officers retook the town's police station after a gunfight in which two gang members "
                                  "were shot dead.") == "ARMED_CLASH"
    assert refined("ARMED_CLASH", "Rebels captured two soldiers after a gunfight near Lendi.") == "ARMED_CLASH"


def test_a_weapon_that_harms_in_a_crimes_setting_codes_the_event():
    assert refined("ORG_CRIME", "A farmer harvesting coca near Lendi stepped on a landmine and died, the mayor said.") \
        == "REM_EXPLOS"
    # No one harmed: the crime stays.
    assert refined("ORG_CRIME", "Police found a landmine factory run by a cartel near Lendi.") == "ORG_CRIME"


@needs_model
def test_a_ransom_kidnapping_is_classified_an_abduction():
    text = "Late on Sunday, armed men on motorbikes seized a village chief near Lendi and demanded goats as ransom."
    assert what.default_classifier().classify([text])[0].code == "ABDUCT_DISSAP"
