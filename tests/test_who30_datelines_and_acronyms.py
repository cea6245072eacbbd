"""Who acts when a wire dateline opens the sentence, when the article spells a group's acronym in
the group's own language or with a hyphen, when "the attackers", "three of them" or "they" refer
back to those the report told of, when forces fire on a protest, and when the UN's craft is its
mission's."""

from __future__ import annotations

import pytest
from extraction_helpers import mention_of, mentions_of

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, country_tables, event_actors, in_dateline, noun_phrase, resolve_actor


def actors_at(text: str, trigger: str, country: str = ""):
    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    return tuple(a.name if a else None for a in event_actors(token, build_context(doc, country)))


@pytest.mark.parametrize(
    ("text", "trigger", "country", "actor1"),
    [
        ("KAMPALA (Reuters) – Gunmen attacked a police post near the town of Arua on Thursday.", "attacked",
         "Uganda", "Unidentified Armed Group (Uganda)"),
        ("LUSAKA, Zambia (AFP) – Police shot dead a man in the city's Kanyama district on Thursday.", "shot",
         "Zambia", "Police Forces of Zambia"),
        ("TUNIS, Tunisia (AP) – Soldiers killed two militants near the Algerian border on Sunday.", "killed",
         "Tunisia", "Military Forces of Tunisia"),
    ],
)
def test_the_dateline_town_is_not_the_subject(text: str, trigger: str, country: str, actor1: str):
    assert actors_at(text, trigger, country)[0] == actor1


def test_a_sentence_that_opens_with_a_name_has_no_dateline():
    doc = load_language()("Police shot dead a man in Kanyama on Thursday - residents said.")
    assert not any(in_dateline(token) for token in doc)


def test_an_acronym_spelled_in_the_groups_own_language_names_it():
    text = ("Fighters of the Free Highlands Liberation Army (TPBK) ambushed an army patrol near the town on Monday. "
            "A TPBK spokesman said the group's fighters had killed three soldiers.")
    doc = load_language()(text)
    context = build_context(doc, "Indonesia")
    assert context.aliases["tpbk"] == "Free Highlands Liberation Army"
    assert actors_at(text, "ambushed", "Indonesia") == ("Free Highlands Liberation Army", "Military Forces of Indonesia")


def test_a_short_phrase_before_a_foreign_acronym_is_no_name():
    doc = load_language()("Rebels of the Liberation of Kivu (FDKR) attacked the town.")
    assert "fdkr" not in build_context(doc, "Democratic Republic of the Congo").aliases


def test_an_acronym_with_a_hyphen_names_the_gang():
    text = "Gunmen from the Barrio Sur Trece (BS-13) gang killed three bus drivers in the city on Thursday."
    assert actors_at(text, "killed", "Honduras") == ("Barrio Sur Trece", "Civilians (Honduras)")


def test_the_attackers_are_the_one_group_the_report_named():
    text = ("Fighters of the Free Highlands Liberation Army (TPBK) shot dead two soldiers near the town on Monday. "
            "Soldiers returned fire and killed one of the attackers, the army said.")
    assert actors_at(text, "returned", "Indonesia")[1] == "Free Highlands Liberation Army"


def test_the_attackers_stay_unnamed_when_the_report_named_two_groups():
    text = ("M23 rebels and CODECO militiamen fought near the town on Monday. "
            "Soldiers killed one of the attackers, the army said.")
    doc = load_language()(text)
    token = [t for t in doc if t.text == "killed"][-1]
    actor2 = event_actors(token, build_context(doc, "Democratic Republic of the Congo"))[1]
    assert actor2 is not None and actor2.name == "Unidentified Armed Group (Democratic Republic of the Congo)"


def test_the_people_a_pronoun_counts_are_those_it_refers_to():
    text = ("Fighters of the Free Highlands Liberation Army (TPBK) ambushed a convoy on Monday. Police tracked the "
            "attackers to a house and killed three of them on Tuesday.")
    doc = load_language()(text)
    token = [t for t in doc if t.text == "killed"][-1]
    actors = event_actors(token, build_context(doc, "Indonesia"))
    assert [a.name for a in actors] == ["Police Forces of Indonesia", "Free Highlands Liberation Army"]


def test_armed_men_are_the_group_that_claims_their_attack():
    text = ("Armed men set fire to eleven trucks at a sawmill near the town on Wednesday, the regional government "
            "said. The Coordinadora Sur Andina (CSA), a radical group, claimed the attack in a statement.")
    assert actors_at(text, "set", "Chile")[0] == "Coordinadora Sur Andina"


def test_an_apposition_after_the_verb_is_no_part_of_the_subject():
    text = "The Islamic State group claimed the attack on the post through its news agency, a claim that was not verified."
    doc = load_language()(text)
    assert noun_phrase(next(t for t in doc if t.text == "group")).text == "The Islamic State group"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In 2009, soldiers opened fire on an opposition rally in a stadium, killing more than 150 people.", "opened"),
        ("Police shot dead two young men in the capital on Thursday as they dispersed a protest against the delay.",
         "shot"),
    ],
)
def test_those_forces_kill_at_a_protest_are_protesters(text: str, trigger: str):
    actor1, actor2 = actors_at(text, trigger, "Guinea")
    assert actor1 == "Protesters (Guinea)" and actor2.endswith("Forces of Guinea")


def test_forces_that_kill_people_elsewhere_face_civilians():
    assert actors_at("Police shot dead two young men in the capital on Thursday.", "shot", "Guinea") == (
        "Police Forces of Guinea", "Civilians (Guinea)")


def test_workers_who_go_on_strike_are_protesters():
    text = "Bus drivers went on strike on Friday and blocked the main boulevard to demand protection."
    assert actors_at(text, "went", "Honduras")[0] == "Protesters (Honduras)"


def test_who_heard_gunfire_neither_fired_nor_was_fired_on():
    text = "The monitoring mission said its patrols had heard gunfire near the village on Thursday evening."
    assert actors_at(text, "gunfire", "Armenia") == (None, None)


@pytest.mark.parametrize(
    ("text", "country", "actor2"),
    [
        ("On Friday, a UN helicopter came under fire from Blue Hill Army fighters near the town.", "South Sudan",
         "United Nations Mission in South Sudan (UNMISS)"),
        ("On Friday, a UN helicopter came under fire from Blue Hill Army fighters near the town.", "Chad",
         "United Nations"),
    ],
)
def test_the_uns_craft_is_its_missions_where_one_serves(text: str, country: str, actor2: str):
    assert actors_at(text, "came", country)[1] == actor2


def test_who_speaks_for_the_un_stays_the_un():
    text = "Gunmen killed 11 people at a camp near the town on Monday, the United Nations mission said."
    doc = load_language()(text)
    context = build_context(doc, "Democratic Republic of the Congo")
    speaker = noun_phrase(next(t for t in doc if t.text == "mission"))
    assert resolve_actor(speaker, context).name == "United Nations"


def test_they_before_the_speaker_is_who_the_report_told_of_not_the_speaker():
    text = ("Inmates belonging to the Los Halcones gang killed 12 prisoners from a rival gang during a riot on Monday, "
            "officials said. They then set fire to mattresses in two wings of the prison, officials said.")
    mentions = mentions_of(text)
    arson = mention_of(mentions, "They then set fire")
    assert arson.actor1 is not None and arson.actor1.name == "Los Halcones"


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        ("Iran fired about 180 ballistic missiles at Israel on Tuesday night.", "fired", "Military Forces of Iran"),
        ("Iran expelled two diplomats on Tuesday.", "expelled", "Government of Iran"),
    ],
)
def test_a_state_that_fires_acts_through_its_forces(text: str, trigger: str, actor1: str):
    assert actors_at(text, trigger, "Iran")[0] == actor1


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [
        ("Russia's National Anti-Terrorism Committee", "Government of Russia"),
        ("Nigeria's Department of State Services", "Government of Nigeria"),
        ("the Coordinadora Sur Andina", "Coordinadora Sur Andina"),
    ],
)
def test_a_states_own_body_speaks_for_its_government(speaker: str, actor: str):
    text = f"Police killed three gunmen in the town on Thursday, {speaker} said in a statement."
    doc = load_language()(text)
    head = next(t for t in doc if t.dep_ == "nsubj" and t.head.lemma_ == "say")
    assert resolve_actor(noun_phrase(head), build_context(doc)).name == actor


def test_crowds_forces_fire_on_in_a_report_of_protests_are_protesters():
    text = ("Thousands of students marched on parliament on Thursday. The movement began in September, when police "
            "opened fire on crowds outside parliament, killing 19 people.")
    assert actors_at(text, "opened", "Nepal") == ("Protesters (Nepal)", "Police Forces of Nepal")


def test_crowds_forces_fire_on_elsewhere_are_civilians():
    text = "Soldiers opened fire on crowds at a market in the town on Monday, killing 19 people."
    assert actors_at(text, "opened", "Nepal") == ("Military Forces of Nepal", "Civilians (Nepal)")


def test_a_protest_told_by_its_noun_is_its_protesters():
    text = "In March, a rally in Belgrade drew an estimated 300,000 people, according to a monitoring group."
    assert actors_at(text, "rally", "Serbia")[0] == "Protesters (Serbia)"


def test_a_capital_names_the_state_that_exists():
    assert country_tables()[1]["belgrade"] == "Serbia"
