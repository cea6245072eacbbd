"""Who acts in reports on groups the data file may not know, and in protests the police break up:
a group's longer name, one tied to another ("the X-linked Y"), a long name the article gave an
acronym, a group named after "group", an army with its own name, forces a state expelled,
crowds that protest, people named by their faith, and those who died."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actor_groups, event_actors


def actors_at(text: str, trigger: str, country: str = ""):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country)))


def test_a_known_name_the_text_spells_further_is_the_longer_one():
    text = "Fighters of the Islamic State Sahel Province attacked an army patrol near the town on Tuesday."
    assert actors_at(text, "attacked", "Niger")[0] == "Islamic State Sahel Province"


def test_the_group_a_name_is_linked_to_is_not_its_name():
    text = ("Fighters of the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked an army post "
            "near the border on Thursday.")
    assert actors_at(text, "attacked", "Benin")[0] == "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"


def test_a_listed_long_name_with_a_digit_acronym_is_the_group():
    text = "Fighters of the Red Hill, Stone and River (3R) rebel group attacked the village on Monday."
    assert actors_at(text, "attacked", "Central African Republic")[0] == "Red Hill, Stone and River"


def test_the_name_after_group_names_the_members_group():
    text = "Militants of the Sunni group Harakat Zaidun stormed a police station in the town on Wednesday."
    assert actors_at(text, "stormed", "Iran") == ("Harakat Zaidun", "Police Forces of Iran")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Fighters of the White Army overran an army base in the town on Tuesday.", "White Army"),
        ("Soldiers of the National Army overran a rebel base in the town on Tuesday.", "Military Forces of Chad"),
    ],
)
def test_an_army_with_its_own_name_is_no_states(text: str, actor1: str):
    assert actors_at(text, "overran", "Chad")[0] == actor1


def test_forces_a_state_expelled_are_not_the_articles_army():
    text = ("The military government has expelled French troops. On Tuesday the army said it had killed "
            "ten militants near the town.")
    doc = load_language()(text)
    assert build_context(doc, "Niger").force_country == ""


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Several hundred traders protested on Thursday against new fees, and police fired tear gas to "
         "disperse them.", "gas"),
        ("Late last month, police broke up a small protest in the capital and detained about 50 people.", "broke"),
    ],
)
def test_the_crowd_police_disperse_is_the_protesters(text: str, trigger: str):
    assert actors_at(text, trigger, "Togo") == ("Protesters (Togo)", "Police Forces of Togo")


def test_people_who_march_to_protest_are_protesters():
    text = "Hundreds of men marched after Friday prayers to protest against the killings, witnesses said."
    assert actors_at(text, "protest", "Iran")[0] == "Protesters (Iran)"


def test_a_persons_faith_is_who_they_are_not_their_owner():
    text = "On Thursday, gunmen shot dead a Buddhist rubber tapper and his son."
    assert actors_at(text, "shot", "Thailand") == ("Unidentified Armed Group (Thailand)", "Civilians (Thailand)")


def test_who_died_is_the_side_struck():
    assert actors_at("The group said that 11 police officers had died.", "died", "Iran") == (
        None, "Police Forces of Iran")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Dozens of unemployed nurses protested outside the town hall on Sunday to demand jobs, and police used "
         "tear gas to disperse them.", "Iraq"),
        ("Hundreds of dock workers blocked a road near the port on Monday to demand unpaid wages, and police fired "
         "tear gas and rubber bullets to clear the road.", "Bangladesh"),
    ],
)
def test_a_crowd_pressing_a_demand_is_dispersed_by_the_police(text: str, country: str):
    assert actors_at(text, "gas", country) == (f"Protesters ({country})", f"Police Forces of {country}")


def test_workers_who_block_a_road_to_demand_are_protesters():
    text = "On Thursday, hundreds of bus drivers blocked the main road near the city to demand protection."
    assert actors_at(text, "blocked", "Peru")[0] == "Protesters (Peru)"


def test_an_apposition_is_not_a_second_subject():
    text = "Fighters from the Harakat Zaidun (HZ), al-Qaeda's affiliate in the region, attacked an army camp."
    assert actors_at(text, "attacked", "Mali")[0] == "Harakat Zaidun"


def test_what_came_under_fire_is_the_target_of_who_fired():
    text = "On Friday, a UN helicopter came under fire from Blue Hill Army fighters near the town."
    assert actors_at(text, "came", "South Sudan") == ("Blue Hill Army", "United Nations Mission in South Sudan (UNMISS)")


def test_an_organisation_that_stages_a_sit_in_leads_protesters():
    text = ("Members of the Green Valley Committee (GVC) staged a sit-in outside the press club on Sunday to demand "
            "the release of activists.")
    doc = load_language()(text)
    token = next(t for t in doc if t.text == "staged")
    sides = event_actor_groups(token, build_context(doc, "Pakistan"))
    assert [a.name for a in sides[0]] == ["Protesters (Pakistan)", "Green Valley Committee"]
    assert sides[1] == ()


def test_members_of_the_group_are_the_armed_group_named_before():
    text = ("Militants of the Sunni group Harakat Zaidun stormed a police station on Wednesday. On Thursday, the "
            "Revolutionary Guards killed four members of the group in a raid.")
    assert actors_at(text, "raid", "Iran")[1] == "Harakat Zaidun"


def test_the_rebels_after_an_acronym_named_rebel_group_are_that_group():
    text = ("Fighters of the Red Hill, Stone and River (3R) rebel group attacked a village on Monday. On Wednesday, "
            "soldiers retook the town from the rebels.")
    assert actors_at(text, "retook", "Central African Republic")[1] == "Red Hill, Stone and River"


def test_a_word_inside_the_killings_object_stands_for_the_killing():
    text = "Police killed 11 suspected members of the Red Hill (RH) drug gang during a raid on Tuesday."
    assert actors_at(text, "drug", "Brazil") == ("Police Forces of Brazil", "Red Hill")


def test_a_gunbattle_an_attack_sparked_is_fought_by_its_sides():
    text = "Gunmen of the Blue Harbour gang attacked a police post, sparking a gunbattle that killed four people."
    assert actors_at(text, "gunbattle", "Brazil")[0] == "Blue Harbour"


def test_a_country_on_the_border_is_where_not_whom():
    text = "Last month, militants ambushed an army convoy near the town on the border with Myanmar, killing two soldiers."
    assert actors_at(text, "ambushed", "India")[1] == "Military Forces of India"


def test_a_person_arrested_is_the_civilian_target():
    text = "On Friday, soldiers arrested a rapper who had called for the protests, his lawyer said."
    assert actors_at(text, "arrested", "Togo") == ("Military Forces of Togo", "Civilians (Togo)")


def test_gangs_named_with_a_spanish_article_and_their_members():
    text = "Inmates belonging to the Los Halcones gang killed 12 prisoners from the rival Los Toros gang in a riot."
    assert actors_at(text, "killed", "Ecuador") == ("Los Halcones", "Los Toros")


def test_a_country_fronting_what_a_source_said_owns_its_soldiers():
    text = ("Malian troops raided a village on Friday. In neighbouring Burkina Faso, suspected jihadists killed at "
            "least 15 soldiers in an ambush near the town on Sunday, a local official said.")
    assert actors_at(text, "ambush", "Mali")[1] == "Military Forces of Burkina Faso"


def test_a_unit_described_as_part_of_the_army_is_the_states_forces():
    text = ("Fighting broke out in the capital between the Green Guard and troops of the 12th Brigade, a unit of the "
            "army of the Government of National Accord, residents said.")
    from eventwire.extract.who import noun_phrase, resolve_actor

    doc = load_language()(text)
    troops = next(t for t in doc if t.text == "troops")
    assert resolve_actor(noun_phrase(troops), build_context(doc, "Libya")).name == "Military Forces of Libya"
