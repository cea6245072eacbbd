"""Who a counted pronoun refers to ("killing dozens of them") without reading the count itself as
its own antecedent, and protesters named by what they do rather than by a noun."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, noun_phrase, resolve_actor
from who_helpers import actors_at


def test_a_count_of_them_is_not_its_own_antecedent():
    # "dozens" counts "them" and is itself a plural object before "them": reading it as the
    # antecedent resolved "dozens" again, without end (RecursionError failed the whole article)
    text = "Air force jets struck the insurgents as they fled towards the lake, killing dozens of them, the army said."
    doc = load_language()(text)
    dozens = next(t for t in doc if t.text == "dozens")
    actor = resolve_actor(noun_phrase(dozens), build_context(doc, "Chad"))
    assert actor is None or actor.name == resolve_actor(noun_phrase(next(t for t in doc if t.text == "insurgents")),
                                                        build_context(doc, "Chad")).name


def test_people_a_count_names_are_protesters_by_their_own_clause():
    # the parser hangs "protesting" on "people", the noun "hundreds" counts
    text = "Police fired tear gas at hundreds of people protesting against new taxes in the capital on Friday."
    assert actors_at(text, "fired", "Kenya") == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_a_crowd_one_of_whose_parts_is_people_marches_as_protesters():
    text = "Police fired tear gas and water cannon at thousands of school staff and teachers marching to the ministry on Monday."
    assert actors_at(text, "cannon", "Chile") == ("Protesters (Chile)", "Police Forces of Chile")


def test_people_who_blocked_a_road_are_the_protesters_the_police_fired_on():
    text = "Police fired tear gas at taxi drivers who had blocked the main road into the city on Tuesday."
    assert actors_at(text, "gas", "Peru") == ("Protesters (Peru)", "Police Forces of Peru")


def test_people_fired_on_as_they_threw_stones_and_burned_things_are_rioters():
    text = ("Police fired tear gas at hundreds of youths who threw stones and burned a police post "
            "during a protest over fuel prices.")
    assert actors_at(text, "fired", "Kenya") == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_who_acts_in_a_relative_clause_is_the_noun_it_qualifies():
    text = "Police fired tear gas at students who threw stones and set fire to a bus during a protest on Monday."
    assert actors_at(text, "threw", "Kenya")[0] == "Rioters (Kenya)"


def test_a_crowd_told_by_a_noun_of_its_act_riots_by_the_acts_of_its_verb():
    text = "Angry youths blocked the highway with burning tyres and stoned passing cars, police said."
    assert actors_at(text, "tyres", "Nigeria")[0] == "Rioters (Nigeria)"


def test_a_crowd_that_loots_riots_and_one_that_only_gathers_is_no_one():
    assert actors_at("Overnight, crowds looted shops and set fire to a police post in the town, residents said.",
                     "looted", "Kenya")[0] == "Rioters (Kenya)"
    assert actors_at("A crowd gathered outside the hospital on Monday.", "gathered", "Kenya") == (None, None)


def test_the_forces_that_fired_on_rioters_are_the_other_side_of_the_riot():
    text = "Police fired tear gas at thousands of students who threw stones and set fire to a bus during a protest on Monday."
    assert actors_at(text, "threw", "Kenya") == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_a_bracketed_word_is_part_of_a_name_and_the_adjective_before_it_is_not():
    text = "The outlawed Communist Party of India (Maoist) said its fighters had killed two policemen."
    doc = load_language()(text)
    party = next(t for t in doc if t.text == "Party")
    assert resolve_actor(noun_phrase(party), build_context(doc, "India")).name == "Communist Party of India (Maoist)"


def test_a_role_noun_qualified_by_a_word_of_the_one_named_groups_name_is_that_group():
    text = ("Police said they had killed four Maoist guerrillas near a forest camp on Friday. "
            "The Communist Party of India (Maoist) said two of its members had died.")
    assert actors_at(text, "killed", "India")[1] == "Communist Party of India (Maoist)"
    alone = "Police said they had killed four Maoist guerrillas near a forest camp on Friday."
    # (in India "Maoists" are that party even where the report does not name it: see test_who_s34)
    assert actors_at(alone, "killed", "Nepal")[1] != "Communist Party of India (Maoist)"


def test_the_groups_fighters_are_the_group_the_report_named_not_one_told_in_passing():
    text = ("Al Shabaab, which shares its ideology with the Islamic State, has stepped up attacks in the region. "
            "Last month, the group's fighters killed six soldiers near the border.")
    assert actors_at(text, "killed", "Somalia") == ("Al Shabaab", "Military Forces of Somalia")


def test_the_arrested_leader_of_a_union_is_a_civilian_not_the_government():
    text = "On Friday, police arrested the dockers' union's leader, Juan Perez, in the capital, his lawyer said."
    assert actors_at(text, "arrested", "Chile") == ("Police Forces of Chile", "Civilians (Chile)")
    assert actors_at("The army's chief visited troops in the north on Friday.", "visited", "Chile")[0] != "Civilians (Chile)"


def test_a_village_head_abducted_and_killed_is_a_civilian_and_a_militias_leader_is_not():
    text = "Last week, the rebels abducted and killed a village head near the forest, police said."
    assert actors_at(text, "killed", "India")[1] == "Civilians (India)"
    assert actors_at("Gunmen killed a militia leader near the market.", "killed", "Nigeria")[1] != "Civilians (Nigeria)"
