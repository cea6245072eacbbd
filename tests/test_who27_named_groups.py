"""Groups named in the article: an acronym it spells out as another name than the data file's, a
state's forces under their own name, and an unknown organisation that claims an attack."""

from __future__ import annotations

import pytest

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.who import build_context, event_actors, noun_phrase, resolve_actor


def actor_for(text: str, head: str, last: bool = False):
    doc = load_language()(text)
    tokens = [t for t in doc if t.text == head]
    return resolve_actor(noun_phrase(tokens[-1] if last else tokens[0]), build_context(doc))


def actors_at(text: str, trigger: str):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc)))


def test_an_acronym_spelled_out_as_another_name_is_the_articles_group():
    # ADF is also the Allied Democratic Forces in the data file
    text = "The Atlantic Defence Front (ADF) said it held the road. Later ADF fighters burned a bridge."
    actor = actor_for(text, "fighters")
    assert actor is not None and actor.name == "Atlantic Defence Front"


def test_a_known_acronym_after_a_name_cut_short_is_still_the_known_group():
    text = "Fighters from Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked a camp. JNIM said it won."
    assert actor_for(text, "JNIM", last=True).name == "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("The Rwanda Defence Force (RDF) said its troops repelled the attack.", "RDF", "Military Forces of Rwanda"),
        ("The Ethiopian National Defense Force retook the town.", "Force", "Military Forces of Ethiopia"),
        ("The Nigerian Army said it killed five fighters.", "Army", "Military Forces of Nigeria"),
        ("The Kenya Police Service said two officers were hurt.", "Service", "Police Forces of Kenya"),
        ("A convoy of the paramilitary Frontier Corps was hit.", "Corps", "Military Forces of Pakistan"),
    ],
)
def test_a_states_forces_under_their_own_name(text: str, head: str, name: str):
    actor = actor_for(text, head)
    assert actor is not None and (actor.name, actor.inter) == (name, tx.STATE_FORCES)


def test_a_rival_national_army_is_not_taken_for_the_state():
    actor = actor_for("The Libyan National Army (LNA) said its men held the airport.", "LNA", last=True)
    assert actor is not None and not actor.name.startswith("Military Forces")


def test_an_unknown_organisation_that_claims_the_attack_is_who_the_unnamed_attackers_are():
    text = ("Separatist fighters killed four soldiers in an ambush on Monday, the ministry said. "
            "The Coastal Liberation Committee (CLC) claimed the attack in a video.")
    assert actors_at(text, "killed")[0] == "Coastal Liberation Committee"


def test_rebels_a_country_qualifies_are_not_the_claiming_group():
    text = ("Chadian rebels attacked a post on Monday. "
            "The Coastal Liberation Committee (CLC) claimed the attack in a video.")
    assert actors_at(text, "attacked")[0] == "Rebels (Chad)"


def test_gunmen_told_well_before_a_claim_are_not_the_claiming_group():
    text = ("Gunmen killed five villagers in the north on Monday, residents said. "
            "The village has been attacked before. Aid groups say food is short. Schools have closed. "
            "In the east, the Coastal Liberation Committee (CLC) claimed the attack on a base on Tuesday.")
    assert actors_at(text, "killed")[0].startswith("Unidentified Armed Group")


def test_a_group_that_calls_itself_a_name_and_claims_the_attack():
    text = ("Insurgents linked to the Islamic State attacked a village on Sunday, beheading five civilians, "
            "residents said. The group, which calls itself Islamic State Coast Province (ISCP), claimed the raid on Monday.")
    assert actors_at(text, "attacked") == ("Islamic State Coast Province", "Civilians")


def test_a_leaders_forces_are_the_group_the_article_names_them_leader_of():
    text = ("The east is held by the Northern Shield Brigade (NSB) of commander Omar Haddad. "
            "In the south, Haddad's forces clashed with rebels on Saturday.")
    assert actor_for(text, "forces") is not None and actor_for(text, "forces").name == "Northern Shield Brigade"


def test_a_named_groups_commander_speaks_for_the_group():
    actor = actor_for("A Hamas commander told local media that his men had withdrawn.", "commander")
    assert actor is not None and actor.name == "Hamas"


def test_an_appositive_after_a_comma_is_no_part_of_a_name():
    text = "Troops of the 444th Brigade, a unit loyal to the capital's government, clashed with rebels."
    actor = actor_for(text, "Troops")
    assert actor is None or "," not in actor.name
