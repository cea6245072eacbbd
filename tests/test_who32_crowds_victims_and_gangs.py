"""Who acts and who is struck when the report's syntax, not a word list, says so: the unarmed
people forces fire on while they protest, a crowd that loots, kin named by whom they are kin of,
a "killing ..." clause the parser hangs on a relative clause, a nationality before a noun, a
country whose name has several words, and a gang named with a number and referred back to."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors, noun_phrase, resolve_actor
from who_helpers import actors_at


def test_opposition_supporters_fired_on_while_protesting_are_the_protesters():
    text = ("Police fired tear gas and live rounds at opposition supporters protesting in Kitwe on Monday "
            "against the vote count, witnesses said.")
    assert actors_at(text, "fired", "Zambia") == ("Protesters (Zambia)", "Police Forces of Zambia")
    assert actors_at(text, "rounds", "Zambia") == ("Protesters (Zambia)", "Police Forces of Zambia")


def test_a_person_shot_by_a_gendarme_during_a_protest_is_a_protester():
    text = "On Friday, a 20-year-old student was shot dead by a gendarme during a protest in Bafoussam."
    assert actors_at(text, "shot", "Cameroon") == ("Protesters (Cameroon)", "Police Forces of Cameroon")


def test_a_man_shot_by_a_gendarme_elsewhere_is_a_civilian():
    text = "On Friday, a trader was shot dead by a gendarme at a checkpoint near Bafoussam."
    assert actors_at(text, "shot", "Cameroon") == ("Police Forces of Cameroon", "Civilians (Cameroon)")


def test_protesters_who_go_on_to_loot_are_rioters():
    text = "In Mwanza, protesters blocked roads with burning tyres and looted shops on Friday, local media reported."
    assert actors_at(text, "blocked", "Tanzania")[0] == "Rioters (Tanzania)"


def test_protesters_who_march_while_police_loot_stay_protesters():
    text = "Protesters marched through Mwanza on Friday, and soldiers looted shops in the suburbs."
    assert actors_at(text, "marched", "Tanzania")[0] == "Protesters (Tanzania)"


@pytest.mark.parametrize("text", [
    "Hours later, groups of youths looted supermarkets in the capital's suburbs, local radio reported.",
    "Hours later, residents set fire to the district office, local radio reported.",
])
def test_civilians_who_loot_or_burn_are_rioters(text: str):
    trigger = "looted" if "looted" in text else "set"
    assert actors_at(text, trigger, "Malawi")[0] == "Rioters (Malawi)"


def test_relatives_of_gang_members_are_civilians_not_the_gang():
    text = "Relatives of jailed gang members protested outside the Supreme Court on Monday, demanding visits."
    assert actors_at(text, "protested", "Honduras")[0] == "Protesters (Honduras)"


def test_a_killing_clause_hung_on_a_relative_clause_names_the_strike_s_victims():
    text = ("Hours later, the army's drones struck a village near Tessalit where the rebels had withdrawn, "
            "killing five civilians, residents said.")
    assert actors_at(text, "struck", "Mali") == ("Military Forces of Mali", "Civilians (Mali)")


def test_people_named_by_a_nationality_are_that_country_s_civilians():
    text = "Last year, a drone strike killed three Malian truckers near the border, local media said."
    assert actors_at(text, "strike", "Niger")[1] == "Civilians (Mali)"


@pytest.mark.parametrize(("place", "country"), [
    ("Papua New Guinea's Hela province", "Papua New Guinea"),
    ("South Sudan's Unity state", "South Sudan"),
])
def test_a_country_of_several_words_is_not_its_last_word(place: str, country: str):
    text = f"Gunmen killed six villagers in {place} on Monday, police said."
    assert actors_at(text, "killed") == (f"Unidentified Armed Group ({country})", f"Civilians ({country})")


def test_a_gang_named_with_a_number_and_then_referred_back_to():
    text = ("Two police officers were killed by members of the Vila 9 gang in Choloma on Sunday, police said. "
            "Hours later, police arrested 12 suspected members of the gang. "
            "Last month, the gang's members shot dead a bus driver, police said.")
    assert actors_at(text, "killed", "Honduras") == ("Vila 9", "Police Forces of Honduras")
    assert actors_at(text, "arrested", "Honduras") == ("Police Forces of Honduras", "Vila 9")
    assert actors_at(text, "shot", "Honduras") == ("Vila 9", "Civilians (Honduras)")


def test_a_gang_from_a_place_is_no_named_gang():
    text = "Members of a Choloma gang shot dead a bus driver on Sunday, police said."
    assert actors_at(text, "shot", "Honduras")[0] == "Unidentified Armed Group (Honduras)"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Last week, rebels killed a village headman near Kurmuk, accusing him of spying.", "killed"),
    ("In March, a taxi owner was shot dead by gunmen in Kassala.", "shot"),
])
def test_whom_a_killing_names_by_a_trade_is_a_civilian(text: str, trigger: str):
    assert actors_at(text, trigger, "Sudan")[1] == "Civilians (Sudan)"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen opened fire on a border post near Kurmuk, killing one border guard.", "opened"),
    ("Police killed two suspects in a gunfight near Kassala.", "killed"),
])
def test_whom_a_killing_names_as_a_side_is_no_civilian(text: str, trigger: str):
    assert actors_at(text, trigger, "Sudan")[1] != "Civilians (Sudan)"


def test_security_forces_in_a_report_of_police_alone_are_the_police():
    text = ("Security forces fired tear gas at students marching on the city hall in Mahajanga on Monday. "
            "The students were dispersed by gendarmes near the port, a police spokesman said.")
    assert actors_at(text, "gas", "Madagascar") == ("Protesters (Madagascar)", "Police Forces of Madagascar")


def test_security_forces_in_a_report_that_names_soldiers_are_the_military():
    text = ("Security forces fired tear gas at students marching on the city hall in Mahajanga on Monday. "
            "Soldiers later patrolled the port, a police spokesman said.")
    assert actors_at(text, "gas", "Madagascar") == ("Protesters (Madagascar)", "Military Forces of Madagascar")


def actors_claimed_by(text: str, trigger: str, source: str, country: str = ""):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    start = text.index(source)
    claimant = doc.char_span(start, start + len(source))
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country), claimant))


def test_its_men_in_what_a_group_s_armed_wing_says_are_the_group_s():
    text = ("Separatist fighters killed four soldiers in an attack on an army post late last month, the Front for the "
            "Liberation of Ogaden Lands (FLOL) said. The group's armed wing said in a statement that its men had "
            "seized rifles and ammunition.")
    assert actors_claimed_by(text, "seized", "The group's armed wing", "Ethiopia")[0].startswith(
        "Front for the Liberation of Ogaden Lands")


def test_its_armed_wing_in_what_a_movement_s_news_agency_says_is_the_movement():
    text = ("Fighters of the Azawad Liberation Front fired rockets at Kidal on Monday. The Azawad Press Service, "
            "the movement's official news agency, said its armed wing had shelled army positions near Tessalit.")
    assert actors_claimed_by(text, "shelled", "The Azawad Press Service, the movement's official news agency",
                             "Mali")[0].startswith("Azawad Liberation Front")  # (the data file may add its acronym)


def test_those_killed_by_members_of_a_named_gang_found_at_the_gang():
    text = "Three police officers were killed by members of the Vila 9 gang in Choloma on Sunday, police said."
    assert actors_at(text, "gang", "Honduras") == ("Vila 9", "Police Forces of Honduras")


def test_the_gang_after_a_name_set_beside_it():
    text = ("Gunmen from the Mara Azul (MA-7) gang killed three bus drivers in Choloma on Tuesday. "
            "Hours later, police officers killed two suspected members of the gang in a shootout.")
    assert actors_at(text, "killed", "Honduras", nth=1) == ("Police Forces of Honduras", "Mara Azul")


def test_a_local_official_in_a_sentence_that_moves_to_a_neighbouring_country_is_of_that_country():
    text = ("Jihadists killed 20 soldiers near Gao in Mali on Monday, the army said. In neighbouring Burkina Faso, "
            "gunmen killed 12 villagers near Djibo on Tuesday, a local official said.")
    doc = load_language()(text)
    killed = [t for t in doc if t.text == "killed"][1]
    official = next(t for t in doc if t.text == "official")
    context = build_context(doc, "Mali")
    assert tuple(a.name for a in event_actors(killed, context)) == (
        "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")
    assert resolve_actor(noun_phrase(official), context).name == "Government of Burkina Faso"


def test_a_past_verb_hung_as_a_clause_of_another_shares_its_subject():
    text = ("A police spokesman said the attackers arrived in three cars, fired at officers on duty and threw "
            "petrol bombs into the building.")
    assert actors_at(text, "fired", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria")
    assert actors_at(text, "threw", "Nigeria")[0] == "Unidentified Armed Group (Nigeria)"


def test_a_past_verb_after_when_keeps_its_own_subject():
    text = "Two soldiers died when gunmen fired at their patrol near Owerri."
    assert actors_at(text, "fired", "Nigeria")[0] == "Unidentified Armed Group (Nigeria)"
