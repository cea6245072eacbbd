"""Actor choice (s22): a territory's forces are its state's, aircraft a force adjective owns, a
name written by its last word, informers and members of unarmed bodies as civilians, "its
fighters" past a group that only denied, a crowd the sentence before told that forces scatter,
armed groups that scatter a crowd, police bodies called "General Security", a government's
drone, the forces of a state GeoNames counts in another, a post a demonym qualifies, and
protesters who attack people."""

from __future__ import annotations

import pytest

from eventwire.extract.who import forces_name
from who_helpers import actors_at, resolved


def test_the_forces_of_a_territory_are_its_states():
    assert forces_name("Police", "New Caledonia") == "Police Forces of France"
    assert forces_name("Military", "Chad") == "Military Forces of Chad"
    text = "Dozens of young men threw stones at gendarmes guarding the road near Kone, witnesses said."
    assert actors_at(text, "threw", "New Caledonia") == ("Rioters (New Caledonia)", "Police Forces of France")


def test_a_military_plane_is_the_military():
    text = "The rebel council said a military plane had bombed a camp of herders near Bardai, killing 11 herders."
    assert actors_at(text, "bombed", "Chad") == ("Military Forces of Chad", "Civilians (Chad)")


def test_a_passenger_plane_is_no_force():
    text = "A passenger plane landed in Bardai on Monday."
    assert resolved(text, "plane", "Chad") is None


@pytest.mark.parametrize("nth", [1, 2, 3])
def test_a_known_name_written_by_its_last_word_is_that_actor(nth: int):
    text = ("Rebels killed two members of the Revolutionary Guards near Baneh on Friday. On Sunday, a Guards drone "
            "struck a farm near Kelash. The Guards said in a statement that nine Guards had repelled the attack.")
    assert resolved(text, "Guards", "Iran", nth) == "Military Forces of Iran"


def test_a_last_word_the_report_never_wrote_in_full_stays_a_name():
    text = "On Sunday, the Guards said in a statement that their patrol had been attacked near Kelash."
    assert resolved(text, "Guards", "Iran") != "Military Forces of Iran"


def test_informants_of_the_police_are_civilians():
    text = "The leader of the Ti Bwa gang said in a video that his men had killed only police informants."
    assert actors_at(text, "killed", "Haiti")[1] == "Civilians (Haiti)"


def test_members_of_a_peace_committee_are_civilians():
    text = "In May 2024, a roadside bomb killed five members of a peace committee near Thal, officials said."
    assert actors_at(text, "killed", "Pakistan") == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")


def test_members_of_a_defence_committee_are_not_civilians():
    text = "Gunmen killed four members of a village defence committee near Dori."
    assert resolved(text, "members", "Burkina Faso") != "Civilians (Burkina Faso)"


def test_its_fighters_are_not_the_group_that_only_denied_a_part():
    text = ("Gunmen killed 12 villagers in an attack on the hamlet of Garbey on Sunday, a local official said. "
            "The Islamic State Sahel Province claimed the attack in a statement, saying its fighters had killed "
            "20 militiamen. The Movement for the Salvation of Azawad (MSA), an armed group allied with the army, "
            "denied that its fighters had been in the area. The group has fought the army since 2021. In 2022, "
            "its fighters killed dozens of herders in a raid near Tassia, according to the United Nations.")
    assert actors_at(text, "killed", "Niger", nth=2)[0] == "Islamic State Sahel Province"


def test_forces_that_scatter_the_crowd_of_the_sentence_before_face_rioters():
    text = ("Hours after the attack, angry youths blocked the main road into Gakem with burning tyres and stoned "
            "passing cars, police said. Soldiers of the army's task force fired into the air to disperse them.")
    assert actors_at(text, "fired", "Nigeria") == ("Rioters (Nigeria)", "Military Forces of Nigeria")


def test_police_who_scatter_the_marchers_of_the_sentence_before_face_protesters():
    text = ("On Monday, hundreds of traders marched through Gakem to demand lower taxes. Police fired tear gas to "
            "disperse them, witnesses said.")
    assert actors_at(text, "gas", "Nigeria") == ("Protesters (Nigeria)", "Police Forces of Nigeria")


@pytest.mark.parametrize("trigger", ["marched", "fired"])
def test_an_armed_group_that_scatters_a_march_is_actor2(trigger: str):
    text = ("On Wednesday, hundreds of villagers marched through Kyauktaw to demand the release of two teachers, "
            "and Kachin Army fighters fired warning shots to disperse them.")
    assert actors_at(text, trigger, "Myanmar") == ("Protesters (Myanmar)", "Kachin Army")


def test_gunmen_who_fire_on_protesters_still_attack_them():
    assert actors_at("Gunmen fired on protesters in Gao on Monday, killing two.", "fired", "Mali") == (
        "Unidentified Armed Group (Mali)", "Protesters (Mali)")


def test_security_men_of_a_report_naming_a_general_security_force_are_police():
    text = ("Gunmen ambushed a General Security patrol near Qardaha on Tuesday. Hours later, security forces "
            "raided the village of Bustan and detained 12 men, accusing the troops of beating them.")
    assert actors_at(text, "raided", "Syria")[0] == "Police Forces of Syria"


def test_a_government_drone_is_the_military():
    text = "On Friday, a government drone struck a checkpoint near Busra, killing two fighters."
    assert actors_at(text, "struck", "Syria")[0] == "Military Forces of Syria"


def test_somaliland_forces_are_somalilands():
    text = ("HARGEISA (Reuters) - Clan militiamen attacked a Somaliland army post near the village of Dhabar on "
            "Friday. The militia said a Somaliland drone had struck a well near Dhabar, killing five herders.")
    assert actors_at(text, "attacked", "Somalia")[1] == "Military Forces of Somaliland"
    assert actors_at(text, "struck", "Somalia") == ("Military Forces of Somaliland", "Civilians (Somalia)")


def test_a_post_a_demonym_qualifies_is_that_states_forces():
    text = "Tajik troops opened fire on a Kyrgyz border post near the village of Ak-Sai on Thursday, killing one guard."
    assert actors_at(text, "fire", "Kyrgyzstan") == ("Military Forces of Tajikistan", "Military Forces of Kyrgyzstan")


def test_protesters_who_attack_a_police_unit_are_rioters():
    text = "Two police officers were shot dead on Wednesday when protesters attacked a police unit near Uncia."
    assert actors_at(text, "attacked", "Bolivia") == ("Rioters (Bolivia)", "Police Forces of Bolivia")
