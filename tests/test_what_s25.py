"""ACLED's rules after the model (`what.refine`, `what.by_sides`), on short invented reports:
a detention whose captives were not seen again, two sides that exchanged gunfire."""

from __future__ import annotations

from eventwire import taxonomy
from eventwire.extract import what
from eventwire.records import Actor


def test_a_detention_refined_to_a_disappearance_keeps_the_detention_as_its_trigger():
    from eventwire.ingest.common import make_article
    from eventwire.pipeline import process

    text = ("Soldiers detained two traders at a checkpoint outside Belvo on Monday, and their families "
            "say they have not been seen since.")
    [result] = process([make_article("s25-dissap", text, "", "2026-05-06")])
    assert [m.sub_event_type for m in result.mentions] == ["Abduction/forced disappearance"]
    assert result.mentions[0].trigger.text == "detained"


def test_an_exchange_of_gunfire_is_two_sides_fighting_whoever_the_victims_are():
    text = "Herders and villagers armed with rifles were caught in an exchange of gunfire near Orvik, and six died."
    assert what.by_sides("ARMED_CLASH", None, _actor(taxonomy.CIVILIANS), text) == "ARMED_CLASH"
    assert what.by_sides("ARMED_CLASH", None, _actor(taxonomy.CIVILIANS), "Gunmen ambushed a bus near Orvik, killing six.") \
        == "ATTACK"


def refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


def test_people_not_heard_from_since_their_detention_have_disappeared():
    text = "The family of a shopkeeper detained at a roadblock near Tesso say they have heard nothing from him since."
    assert refined("ARREST", text) == "ABDUCT_DISSAP"


def test_a_crowd_s_arson_and_looting_is_a_riot_and_a_weapon_s_damage_is_that_weapon_s_event():
    assert refined("PROPERTY_DISTRUCT", "Overnight, youths torched the mayor's office in Velmo and looted three shops.") \
        == "VIOL_DEMONSTR"
    assert refined("PROPERTY_DISTRUCT", "Dynamite wrecked a water tower outside Velmo overnight, the utility said.") \
        == "REM_EXPLOS"
    assert refined("PROPERTY_DISTRUCT", "Herders said the militia burned down granaries in Velmo.") == "PROPERTY_DISTRUCT"
    # the speakers are no crowd that set the fire
    assert "VIOL_DEMONSTR" not in what.cue_lexicon().matches("Residents said the same militia torched the market in Velmo.")


def test_a_protest_in_which_some_set_fire_to_a_house_is_violent():
    text = ("Hundreds of mourners marched through Tesso with coffins, and some set fire to the house of a councillor "
            "before police dispersed them with tear gas.")
    assert refined("PROTEST_WITH_INTER", text) == "VIOL_DEMONSTR"


def test_officers_firing_after_a_crowd_set_a_vehicle_ablaze_is_the_riot():
    text = "The police chief said one man was killed when officers fired after a crowd set a patrol car ablaze in Tesso."
    assert refined("ARMED_CLASH", text) == "VIOL_DEMONSTR"


def test_protesters_removed_from_a_sit_in_by_police_met_intervention():
    text = "On the 4th, striking nurses were removed from their sit-in outside the ministry by police."
    assert refined("PEACE_PROTEST", text) == "PROTEST_WITH_INTER"


def test_people_taken_from_a_church_by_gunmen_with_no_one_hurt_were_abducted():
    text = "Nine worshippers were taken from a church in Oruma on Sunday by gunmen who fired into the air."
    assert refined("ATTACK", text) == "ABDUCT_DISSAP"
    assert refined("ATTACK", "Nine worshippers were taken from a church in Oruma by gunmen who killed the priest.") == "ATTACK"


def test_a_man_fighting_for_his_life_is_no_fight():
    assert "ARMED_CLASH" not in what.cue_lexicon().matches("Four men died and a fifth was fighting for his life.")


def _actor(inter: int) -> Actor:
    return Actor("Civilians (Oria)" if inter == taxonomy.CIVILIANS else "Military Forces of Oria", inter)
