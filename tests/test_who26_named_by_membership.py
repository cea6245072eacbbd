"""Actors named by whom they belong to, answer to or act as: members of a group, forces loyal to a
state, a group's unit, crowds that march, offices of a town, and the country a sentence moves to."""

from __future__ import annotations

import pytest

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors, noun_phrase, resolve_actor


def actor_for(text: str, head: str, country: str = "", last: bool = False):
    doc = load_language()(text)
    tokens = [t for t in doc if t.text == head]
    token = tokens[-1] if last else tokens[0]
    return resolve_actor(noun_phrase(token), build_context(doc, country))


def actors_at(text: str, trigger: str, country: str = ""):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country)))


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("In the east, fighters of the Northern Shield Brigade (NSB) attacked a base.", "fighters",
         "Northern Shield Brigade"),
        ("Fighters from the Northern Shield Brigade (NSB) attacked a base.", "Fighters", "Northern Shield Brigade"),
        ("Members of the National Guard exchanged fire with gunmen.", "Members", "Military Forces of Mexico"),
        ("Gunmen of the Jalisco cartel opened fire.", "Gunmen", "Jalisco New Generation Cartel (CJNG)"),
    ],
)
def test_members_are_the_group_they_belong_to(text: str, head: str, name: str):
    assert actor_for(text, head, country="Mexico").name == name


def test_fighters_from_a_village_are_no_group():
    actor = actor_for("Fighters from the village attacked a base.", "Fighters", country="Mali")
    assert actor.name == "Unidentified Armed Group (Mali)"


def test_forces_loyal_to_a_government_are_its_military():
    actor = actor_for("Forces loyal to Ruritania's government repelled an attack.", "Forces", country="Ruritania")
    text = "Forces loyal to Yemen's internationally recognised government repelled a rebel attack on Monday."
    assert actor_for(text, "Forces").name == "Military Forces of Yemen"
    assert actor is None or actor.name != "Government of Ruritania"


def test_drones_launched_by_a_group_are_the_group():
    text = "Drones launched by the paramilitary Rapid Support Forces (RSF) struck a market on Tuesday."
    assert actors_at(text, "struck", country="Sudan")[0] == "Rapid Support Forces (RSF)"


def test_a_participle_with_an_object_is_active():
    text = "Armed bandits abducted at least 43 people in a night raid on Sunday, residents said."
    assert actors_at(text, "abducted", country="Nigeria") == ("Unidentified Armed Group (Nigeria)",
                                                               "Civilians (Nigeria)")


def test_a_known_acronym_names_a_long_name_cut_by_lower_case_words():
    doc = load_language()("Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a camp. "
                          "Later JNIM said it had won.")
    context = build_context(doc)
    later = [t for t in doc if t.text == "JNIM"][-1]
    assert resolve_actor(noun_phrase(later), context).name == "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"
    assert "muslimin" not in context.aliases


def test_an_acronym_after_a_country_does_not_make_the_country_a_group():
    doc = load_language()("Troops of the African Union Support and Stabilization Mission in Somalia (AUSSOM) "
                          "retook the town. Somalia welcomed it.")
    context = build_context(doc)
    assert "somalia" not in context.aliases
    troops = next(t for t in doc if t.text == "Troops")
    assert resolve_actor(noun_phrase(troops), context).inter == tx.EXTERNAL_FORCES


def test_a_descriptor_of_a_named_group_names_it_again():
    text = ("The paramilitary Northern Shield Brigade (NSB) shelled the town. "
            "The paramilitary force said it had hit only military sites.")
    assert actor_for(text, "force").name == "Northern Shield Brigade"


def test_a_bare_role_before_the_group_is_named_is_no_reference_to_it():
    text = "Gunmen ambushed a police patrol on Monday. On Tuesday gunmen of the Jalisco cartel clashed with troops."
    assert actor_for(text, "Gunmen", country="Mexico").name == "Unidentified Armed Group (Mexico)"


def test_a_militia_leader_after_named_militiamen_speaks_for_them():
    text = "Wazalendo militiamen ambushed a convoy, a militia leader said."
    assert actor_for(text, "leader", country="Democratic Republic of the Congo").name == "Wazalendo"


def test_a_groups_unit_is_the_group():
    text = "The ELN's Eastern War Front said its fighters had responded to an army offensive."
    assert actor_for(text, "Front", country="Colombia").name == "National Liberation Army (ELN)"


def test_military_officials_speak_for_the_military():
    assert actor_for("Military officials said 17 soldiers were killed.", "officials",
                     country="Somalia").name == "Military Forces of Somalia"
    assert actor_for("Local officials said the road was closed.", "officials",
                     country="Somalia").name == "Government of Somalia"


def test_an_office_of_a_town_is_the_government():
    assert actor_for("Four children were killed, the city's health office said.", "office",
                     country="Yemen").name == "Government of Yemen"


def test_a_convoy_carrying_aid_is_civilians_a_supply_convoy_is_not():
    assert actor_for("A convoy carrying food aid was ambushed by gunmen.", "convoy",
                     country="Sudan").name == "Civilians (Sudan)"
    assert actor_for("A supply convoy was ambushed by gunmen.", "convoy", country="Sudan") is None


def test_cartel_drones_are_not_the_state():
    actor = actor_for("Cartel drones dropped explosives on the village on Sunday.", "drones", country="Mexico")
    assert actor.name == "Unidentified Armed Group (Mexico)"


def test_rebel_positions_are_the_named_rebels():
    text = "Rebels of the Northern Shield Brigade (NSB) took the town. Army drones struck rebel positions."
    assert actor_for(text, "positions").name == "Northern Shield Brigade"


def test_a_sentence_that_moves_to_another_country_takes_its_forces():
    text = ("Malian troops attacked a camp in Mali. "
            "In neighbouring Burkina Faso, suspected jihadists killed at least 15 soldiers in an ambush on Sunday.")
    assert actor_for(text, "soldiers", country="Mali").name == "Military Forces of Burkina Faso"


def test_civilians_who_march_are_protesters():
    text = "Relatives of missing people marched through the city on Sunday."
    assert actors_at(text, "marched", country="Mexico")[0] == "Protesters (Mexico)"


@pytest.mark.parametrize("head", ["witnesses", "herders", "shepherds"])
def test_more_civilian_roles(head: str):
    assert actor_for(f"The {head} said the men left.", head, country="Mali").name == "Civilians (Mali)"


def test_a_military_jet_and_the_junta_are_the_military():
    text = "A military jet bombed a monastery, and the junta said it targeted fighters."
    assert actor_for(text, "jet", country="Myanmar").name == "Military Forces of Myanmar"
    assert actor_for(text, "junta", country="Myanmar").name == "Military Forces of Myanmar"


def test_a_source_that_confirms_an_attack_is_not_its_actor():
    text = "Gunmen raided the village on Friday. A police spokesman confirmed the attack on Saturday."
    assert actors_at(text, "confirmed", country="Nigeria") == (None, None)


def test_a_group_named_by_whom_it_is_tied_to_is_the_group_named_before():
    text = "Al-Shabaab militants overran a base on Monday. The al-Qaeda-linked group said it had killed 43 soldiers."
    assert actor_for(text, "group", country="Somalia").name == "Al Shabaab"


def test_a_government_advance_is_the_states_forces_not_another_states():
    text = "US jets struck the port. Houthi fighters said they had pushed back a government advance near the city."
    assert actor_for(text, "advance", country="Yemen").name == "Military Forces of Yemen"


def test_the_insurgents_after_one_named_group_are_that_group():
    text = ("Fighters of the Northern Shield Brigade (NSB) attacked a base on Monday. "
            "Jets struck the insurgents as they withdrew.")
    assert actor_for(text, "insurgents").name == "Northern Shield Brigade"
    two = ("The Northern Shield Brigade (NSB) and the Southern Sword Front (SSF) attacked a base. "
           "Jets struck the insurgents as they withdrew.")
    assert actor_for(two, "insurgents", country="Mali").name == "Unidentified Armed Group (Mali)"


def test_angry_civilians_who_burn_are_rioters():
    text = "On Tuesday, angry youths set fire to a police station and blocked the main road."
    assert actors_at(text, "set", country="Nigeria")[0] == "Rioters (Nigeria)"


def test_members_of_a_group_named_by_its_acronym_after_the_long_name():
    text = "Fighters from the Cooperative for the Development of Congo (CODECO) killed 11 people at a camp."
    assert actor_for(text, "Fighters").name == "Cooperative for the Development of Congo (CODECO)"


def test_forces_loyal_to_a_groups_commander_are_the_group_even_when_the_parse_cuts_the_phrase():
    text = ("The paramilitary Rapid Support Forces (RSF) struck a market. Earlier this month, forces loyal to "
            "RSF commander Mohamed Hamdan Dagalo shelled a camp for displaced people.")
    assert actors_at(text, "shelled", country="Sudan")[0] == "Rapid Support Forces (RSF)"
