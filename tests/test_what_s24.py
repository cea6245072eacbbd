"""ACLED's rules after the model (`what.refine`, `what.by_sides`) and the cues they read,
on short invented reports: seizures in a fight, gangs that fight
the forces, bombs followed by a firefight, riot police, burning barricades, people not seen since."""

from __future__ import annotations

from eventwire import taxonomy
from eventwire.extract import what
from eventwire.records import Actor


def refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


def test_weapons_seized_where_people_were_killed_are_the_fight_not_disrupted_weapons_use():
    text = "The Harka Front said its fighters had killed 12 soldiers near Velmo and seized weapons."
    assert refined("DISR_WEAP", text) == "ARMED_CLASH"
    assert refined("DISR_WEAP", "Troops seized a cache of rifles in a house near Velmo on Monday.") == "DISR_WEAP"


def test_a_drone_that_hit_a_depot_and_killed_soldiers_is_an_air_strike():
    text = "The army said its drones had hit an ammunition depot near Orvik, killing 14 soldiers."
    assert "AIR_STRIKE" in what.cue_lexicon().matches(text)
    assert refined("DISR_WEAP", text) == "AIR_STRIKE"


def test_a_gang_that_opens_fire_on_a_police_patrol_and_kills_fights_the_forces():
    text = "Gunmen of a drug cartel opened fire on a police patrol near Sorel on Monday, killing two officers."
    assert refined("ORG_CRIME", text) == "ARMED_CLASH"
    assert refined("ORG_CRIME", "Police raided a drug gang's warehouse in Sorel and seized cocaine.") == "ORG_CRIME"


def test_a_roadside_bomb_followed_by_a_firefight_is_a_battle():
    text = "A roadside bomb hit an army truck near Dalen, and the soldiers then traded fire with rebels for an hour."
    assert refined("REM_EXPLOS", text) == "ARMED_CLASH"
    assert refined("REM_EXPLOS", "A roadside bomb hit an army truck near Dalen, wounding three soldiers.") == "REM_EXPLOS"


def test_riot_police_are_no_riot():
    cues = what.cue_lexicon().matches("Vendors marched to the town hall, and riot police used tear gas to scatter the crowd.")
    assert "VIOL_DEMONSTR" not in cues and "PROTEST_WITH_INTER" in cues
    assert "VIOL_DEMONSTR" in what.cue_lexicon().matches("The protest turned into a riot at night.")


def test_burning_barricades_and_a_crowd_that_sets_fire_make_a_violent_demonstration():
    for text in ("Residents blocked the main road with burning debris to protest against the killings.",
                 "Hundreds of people angry at the arrests set fire to a police post in Terna.",
                 "Youths angry over the shooting burned a patrol car in Terna."):
        assert "VIOL_DEMONSTR" in what.cue_lexicon().matches(text), text


def test_forces_that_cleared_a_blocked_road_intervened():
    text = "Farmers blocked the highway near Terna to protest against new taxes, and soldiers cleared the road."
    assert "PROTEST_WITH_INTER" in what.cue_lexicon().matches(text)


def test_a_death_that_describes_whom_a_crowd_mourns_is_not_force_against_it():
    text = ("Hundreds of people protested in Terna after the funeral of a man who died in custody, "
            "and police fired tear gas.")
    assert refined("PROTEST_WITH_INTER", text) == "PROTEST_WITH_INTER"
    assert refined("PROTEST_WITH_INTER", "Police fired tear gas at the march in Terna, and one man died.") \
        == "FORCE_AGAINST_PROTEST"


def test_people_detained_and_not_seen_since_have_disappeared():
    text = "Lawyers said three farmers detained by soldiers last week had not been charged or seen since."
    assert refined("ARREST", text) == "ABDUCT_DISSAP"
    assert refined("ARREST", "Police detained three farmers last week and charged them with theft.") == "ARREST"


def test_a_clash_whose_victims_are_civilians_is_an_attack_unless_two_sides_fought():
    text = "Militiamen ambushed a bus carrying traders near Orvik, killing six."
    assert what.by_sides("ARMED_CLASH", None, _actor(taxonomy.CIVILIANS), text) == "ATTACK"
    assert what.by_sides("ARMED_CLASH", None, _actor(taxonomy.STATE_FORCES), text) == "ARMED_CLASH"
    fought = "Militiamen and villagers armed with rifles fought for hours near Orvik, and six were killed."
    assert what.by_sides("ARMED_CLASH", None, _actor(taxonomy.CIVILIANS), fought) == "ARMED_CLASH"


def _actor(inter: int) -> Actor:
    return Actor("Civilians (Oria)" if inter == taxonomy.CIVILIANS else "Military Forces of Oria", inter)
