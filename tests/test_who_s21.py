"""Actor choice (s21): crowds that riot or protest and the forces that act on them in a clause
"and" joins to theirs (whichever clause the event was found at), young men and a part of a crowd
as a crowd, stone-throwing as rioting, and the doer of an act done for a purpose ("fired into
the air to scatter them")."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, forces_name, noun_phrase, resolve_actor
from who_helpers import actors_at


@pytest.mark.parametrize("trigger", ["pelted", "gas"])
def test_part_of_a_crowd_that_pelts_a_post_riots_against_the_forces_that_scatter_it(trigger: str):
    text = ("Later that night, part of the crowd pelted the gendarmerie post in Bora with stones, and soldiers "
            "fired tear gas to scatter them, witnesses said.")
    assert actors_at(text, trigger, "Chad") == ("Rioters (Chad)", "Military Forces of Chad")


def test_young_men_who_burn_a_car_are_rioters():
    text = "Late on Friday, young men torched a customs van on the main street of Dosso."
    assert actors_at(text, "torched", "Niger")[0] == "Rioters (Niger)"


def test_young_men_who_shoot_someone_are_still_an_armed_group():
    text = "Two young men on a scooter shot dead a money changer in Dosso on Friday."
    assert actors_at(text, "dead", "Niger")[0] == "Unidentified Armed Group (Niger)"


def test_young_men_throwing_rocks_at_gendarmes_are_rioters():
    text = "Dozens of young men hurled rocks at gendarmes outside the prefecture in Bora on Sunday."
    assert actors_at(text, "hurled", "Chad") == ("Rioters (Chad)", "Police Forces of Chad")


@pytest.mark.parametrize("trigger", ["marched", "scatter"])
def test_marchers_and_the_soldiers_who_fire_to_scatter_them_are_one_event(trigger: str):
    text = ("On Saturday, hundreds of fishermen marched through Bora against the new levy, and soldiers fired "
            "warning shots to scatter them.")
    assert actors_at(text, trigger, "Chad") == ("Protesters (Chad)", "Military Forces of Chad")


def test_forces_clause_hung_on_a_reporting_verb_still_faces_the_crowd():
    # the parser hangs both clauses on "said": the "and" still joins them
    text = ("On Monday, hundreds of nurses blocked the bridge into Bora to demand back pay, and police fired "
            "tear gas to reopen it, residents said.")
    assert actors_at(text, "blocked", "Chad") == ("Protesters (Chad)", "Police Forces of Chad")


def test_forces_who_fire_on_the_crowd_come_before_the_office_it_burned():
    text = ("On Thursday, hundreds of people burned a tax office and several kiosks in Bora in anger at the levy, "
            "and police fired tear gas.")
    assert actors_at(text, "burned", "Chad") == ("Rioters (Chad)", "Police Forces of Chad")


def test_gunmen_and_the_soldiers_who_repel_them_stay_as_they_are():
    text = "Gunmen attacked a checkpoint near Bora on Monday, and soldiers fired back to repel them."
    assert actors_at(text, "attacked", "Chad")[0] == "Unidentified Armed Group (Chad)"


@pytest.mark.parametrize(
    "statement",
    ["told Reuters its fighters had carried out Monday's ambush",
     "said through a spokesman that its fighters had shot and killed nine border guards"],
)
def test_a_group_telling_its_fighters_act_names_the_unnamed_attackers(statement: str):
    text = ("Rebels ambushed a border patrol near Kota on Monday, killing four guards, an official said. "
            f"The Kota Liberation Council (KLC), an armed group based across the border, {statement}.")
    assert actors_at(text, "ambushed", "Chad")[0] == "Kota Liberation Council"


def test_a_group_calling_itself_a_name_claims_the_attack():
    text = ("Gunmen ambushed a customs convoy outside Kota on Sunday, killing two officers, the ministry said. "
            "A group calling itself the Sons of Kota wrote online that its men had carried out Sunday's ambush.")
    assert actors_at(text, "ambushed", "Chad")[0] == "Sons of Kota"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [("Last week, gunmen abducted a district councillor and his nephew from their farm outside Kota.", "abducted"),
     ("Unidentified men kidnapped a mayoral candidate's campaign treasurer in Kota on Friday.", "kidnapped"),
     ("Rebel fighters detained a parish clerk and two nurses in Kota last week.", "detained")],
)
def test_people_abducted_by_their_trade_are_civilians(text: str, trigger: str):
    assert actors_at(text, trigger, "Chad")[1] == "Civilians (Chad)"


def test_a_suspect_police_arrest_is_no_civilian():
    assert actors_at("Police arrested a suspect in Kota on Friday.", "arrested", "Chad")[1] is None


def test_a_country_in_a_towns_own_name_is_no_country():
    text = "Police said the feud had killed 11 people in east Port of Spain since March."
    assert actors_at(text, "killed", "Trinidad and Tobago")[1] == "Civilians (Trinidad and Tobago)"


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [("Gunmen overran an army post near Kota on Monday, two security sources said.", "sources",
      "Military Forces of Chad"),
     ("Gunmen overran an army post near Kota on Monday, and a rights monitor said four security men died.", "men",
      "Military Forces of Chad"),
     ("Gunmen shot at a police station near Kota on Monday, and police said security forces returned fire.",
      "forces", "Police Forces of Chad")],
)
def test_security_forces_sources_and_men_are_one_kind_of_forces(text: str, word: str, actor: str):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == word)
    assert resolve_actor(noun_phrase(token), build_context(doc, "Chad")).name == actor


def test_forces_name_spells_acled_state_forces():
    assert forces_name("Police", "Chad") == "Police Forces of Chad"


def test_the_gang_after_a_known_gang_named_with_gang_is_that_gang():
    # a gang the actor data knows, whose name the tagger does not read as the gang's own
    text = ("Gunmen from the Gran Grif gang burned a clinic in Kota on Sunday. Two weeks ago, members of the gang "
            "kidnapped a pastor near Kota, his church said.")
    assert actors_at(text, "kidnapped", "Haiti")[0] == "Gran Grif"


def test_a_raid_the_parser_hangs_on_a_clause_is_fought_by_the_killing_sides():
    # "in a raid" hung on "involved": the raid is the killing's
    text = ("The police said its officers had shot dead three robbers involved in the heist in a raid on a "
            "farmhouse near Kota late on Monday.")
    assert actors_at(text, "raid", "Kenya")[0] == "Police Forces of Kenya"
