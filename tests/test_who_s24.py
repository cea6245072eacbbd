"""Actor choice (s24): a group claiming "one of its fighters" did it, or that "it" kidnapped or holds
the captives, names the unnamed attackers; "armed youths from X" are X; one no longer serving a
state's forces is a civilian; a bare "soldiers" told before the report names a country's forces
are not that country's; "its driver" is the vehicle's; a pickup or car carrying a group's members
is struck as the group; the doers of a "when" clause after a passive toll are actor1."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors
from who_helpers import actors_at, resolved


def test_a_group_saying_one_of_its_fighters_did_it_claims_the_bombing():
    text = ("A suicide bomber blew himself up outside a mosque in Kalvan on Friday, killing seven worshippers, police "
            "said. A nurse said 12 bodies had arrived. The Islamic State Khorasan Province (ISKP) said one of its "
            "fighters had carried out the bombing.")
    assert actors_at(text, "killing", "Afghanistan")[0] == "Islamic State Khorasan Province (ISKP)"


def test_a_group_saying_it_holds_the_captives_claims_the_abduction():
    text = ("Gunmen abducted two engineers near Darvan on Monday, police said. The Tehreek-e-Taliban Pakistan (TTP) "
            "said it was holding them.")
    assert actors_at(text, "abducted", "Pakistan") == ("Tehrik-i-Taliban Pakistan (TTP)", "Civilians (Pakistan)")


def test_a_group_saying_it_kidnapped_the_men_claims_the_abduction():
    text = ("Gunmen abducted two engineers near Darvan on Monday, police said. The TTP said on Tuesday it had "
            "kidnapped the men.")
    assert actors_at(text, "abducted", "Pakistan")[0] == "Tehrik-i-Taliban Pakistan (TTP)"


def test_an_army_saying_it_holds_them_claims_nothing():
    text = "Gunmen abducted two engineers near Darvan on Monday. The army said it was holding them."
    assert actors_at(text, "abducted", "Pakistan")[0] == "Unidentified Armed Group (Pakistan)"


def test_armed_youths_from_a_named_group_are_that_group():
    text = "Armed youths from the White Army attacked an army barracks at Dorlo on Saturday, the army said."
    assert actors_at(text, "attacked", "South Sudan")[0] == "White Army"


def test_youths_from_a_village_stay_unnamed():
    assert resolved("Youths from the village of Dorlo attacked a police post on Saturday.", "Youths",
                    "South Sudan") != "White Army"


def test_a_former_army_officer_is_a_civilian():
    text = "Last week, gunmen abducted a former army officer from his home in Kalvan, his brother said."
    assert actors_at(text, "abducted", "Afghanistan")[1] == "Civilians (Afghanistan)"


def test_a_retired_police_colonel_is_a_civilian():
    assert resolved("Gunmen shot dead a retired police colonel in Kalvan.", "colonel", "Afghanistan") \
        == "Civilians (Afghanistan)"


def test_a_serving_army_officer_stays_the_military():
    assert resolved("Gunmen shot dead an army officer in Kalvan.", "officer", "Afghanistan") \
        == "Military Forces of Afghanistan"


def test_a_former_rebel_commander_is_no_civilian():
    assert resolved("Gunmen shot dead a former rebel commander in Kalvan.", "commander", "Afghanistan") \
        != "Civilians (Afghanistan)"


def test_soldiers_told_before_a_foreign_military_is_named_are_the_countrys():
    text = ("Militants attacked a checkpoint near Tarim on Sunday, killing six soldiers, an official said. The group "
            "also said a US drone had struck a car near Marib. The US military denied carrying out any strike.")
    assert resolved(text, "soldiers", "Yemen") == "Military Forces of Yemen"


def test_soldiers_told_after_a_foreign_military_is_named_are_its():
    text = ("Israeli troops raided the town of Qalbin on Tuesday. Soldiers shot dead two men who threw stones, "
            "residents said.")
    assert resolved(text, "Soldiers", "Palestine") == "Military Forces of Israel"


def test_a_vehicles_driver_is_a_civilian_not_the_speakers():
    doc = load_language()("Russian officials said a Ukrainian drone had struck a bus in Marfino, killing its driver.")
    trigger = next(t for t in doc if t.text == "struck")
    _, victim = event_actors(trigger, build_context(doc, "Ukraine"), claimant=doc[0:2])
    assert victim is not None and victim.name == "Civilians (Ukraine)"


def test_a_pickup_carrying_a_groups_members_is_struck_as_the_group():
    text = "Gunmen attacked a pickup carrying members of the Wazalendo militia near Kivara."
    assert actors_at(text, "attacked", "Democratic Republic of the Congo")[1] == "Wazalendo"


def test_a_car_carrying_soldiers_is_struck_as_the_soldiers():
    assert resolved("A roadside bomb hit a car carrying soldiers near Kivara.", "car", "Mali") == "Military Forces of Mali"


def test_the_armed_groups_of_the_data_file_are_each_named_once():
    from eventwire.extract.who import known_armed_groups

    names = [actor.name for actor in known_armed_groups()]
    assert len(names) == len(set(names)) and "White Army" in names
    assert all(actor.inter in {2, 3, 4} for actor in known_armed_groups())


def test_raiders_told_in_a_when_clause_of_a_coordinated_passive_are_actor1():
    text = "At least nine villagers were shot or beheaded when insurgents raided Nhamatil on Sunday, residents said."
    assert actors_at(text, "shot", "Mozambique") == ("Unidentified Armed Group (Mozambique)", "Civilians (Mozambique)")


def test_police_who_opened_fire_in_a_when_clause_are_actor1_of_the_dead():
    text = "Three people were killed on Friday when police opened fire in the market of Kivara, witnesses said."
    assert actors_at(text, "killed", "Kenya")[0] == "Police Forces of Kenya"


def test_an_abduction_no_one_is_named_for_is_an_unidentified_armed_groups():
    text = "Two surveyors working for a mining company were kidnapped in Kivara on Tuesday, police said."
    assert actors_at(text, "kidnapped", "Colombia") == ("Unidentified Armed Group (Colombia)", "Civilians (Colombia)")


def test_an_abduction_a_group_claims_is_the_groups():
    text = "Two engineers were kidnapped near Darvan on Monday, police said. The TTP said it was holding them."
    assert actors_at(text, "kidnapped", "Pakistan")[0] == "Tehrik-i-Taliban Pakistan (TTP)"


def test_those_taken_hostage_by_armed_men_are_civilians():
    text = "On Saturday, a pastor and two teachers were taken hostage by armed men outside the town of Kivara."
    assert actors_at(text, "taken", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_an_arrest_no_one_is_named_for_is_the_police_s():
    # (s31: was left without actor1; ACLED codes an arrest with no arresting body named as the police's)
    assert actors_at("Two men were arrested in Kivara on Tuesday.", "arrested", "Colombia")[0] == "Police Forces of Colombia"
