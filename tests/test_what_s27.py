"""ACLED's rules after the model, on short invented reports: captives killed, a mob's killing, a
crewed aircraft shot down, people led away, violence whose victims are armed, and people driven from
their homes."""

from __future__ import annotations

import pytest

from eventwire import taxonomy
from eventwire.extract import what
from eventwire.records import Actor
from tests.test_what import needs_model


def refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


def test_captives_who_were_killed_make_an_attack_not_an_abduction():
    assert refined("ABDUCT_DISSAP", "In 2024, six quarry workers were kidnapped and killed near Sarno.") == "ATTACK"
    assert refined("ABDUCT_DISSAP", "The bodies of four traders abducted from the Vella market were found in a ditch "
                                    "on Monday, police said.") == "ATTACK"
    # Captives freed alive stay an abduction.
    assert refined("ABDUCT_DISSAP", "Six quarry workers kidnapped near Sarno were freed on Monday.") == "ABDUCT_DISSAP"


def test_a_man_beaten_to_death_by_a_mob_is_mob_violence():
    assert refined("ATTACK", "In Tarvo, a man accused of theft was beaten to death by a mob on Sunday, police said.") \
        == "MOB_VIOL"
    # Armed men are no mob, whatever the crowd around them did.
    assert refined("ATTACK", "Gunmen shot dead a trader in Tarvo on Sunday as a mob looted his shop.") == "ATTACK"


def test_a_crewed_aircraft_shot_down_is_a_battle_and_a_drone_shot_down_is_disrupted_weapons_use():
    assert refined("DISR_WEAP", "In 2023, rebels shot down an army helicopter near Lunga, killing its two crew.") \
        == "ARMED_CLASH"
    assert refined("AIR_STRIKE", "A fighter jet was shot down over the valley on Monday, the rebels said.") \
        == "ARMED_CLASH"
    assert refined("DISR_WEAP", "Air defences shot down two drones over the city overnight.") == "DISR_WEAP"


def test_passengers_led_away_by_gunmen_are_abducted():
    assert "ABDUCT_DISSAP" in what.cue_classes("Gunmen stopped a bus near Kaya on the 9th and led away eleven passengers.")
    assert "ABDUCT_DISSAP" in what.cue_classes("Militiamen took nine herders and their cattle from a pasture near Rubo.")


def test_violence_on_armed_victims_is_an_armed_clash_and_on_civilians_an_attack():
    police = Actor("Police Forces of Mali", taxonomy.STATE_FORCES)
    militia = Actor("Dozo Militia", taxonomy.IDENTITY_MILITIAS)
    civilians = Actor("Civilians (Mali)", taxonomy.CIVILIANS)
    text = "Suspected jihadists killed four of them at a post near Tenko."
    assert what.by_sides("ATTACK", None, police, text) == "ARMED_CLASH"
    assert what.by_sides("ATTACK", None, militia, text) == "ARMED_CLASH"
    assert what.by_sides("ATTACK", None, civilians, text) == "ATTACK"
    # A party's members are civilians, though who/ types a party a political militia.
    party = Actor("Democratic Union of Velmo", taxonomy.POLITICAL_MILITIAS)
    assert what.by_sides("ATTACK", None, party, "Gunmen killed a councillor of the party near Tenko.") == "ATTACK"


@pytest.fixture(scope="module")
def hybrid() -> what.EventClassifier:
    return what.default_classifier()


@needs_model
def test_people_driven_from_their_homes_are_no_disaster(hybrid):
    for text in ("Clashes between two farming communities forced some 50,000 people from their homes in the province in 2019.",
                 "Thousands of families fled into Chad after the fighting, according to the UN refugee agency."):
        assert hybrid.classify([text])[0].code not in (*what.DISASTERS, "OTHER")
    assert hybrid.classify(["Floods forced 10,000 people from their homes on Monday."])[0].code == "NATURAL_DISASTER"
