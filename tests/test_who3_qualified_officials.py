"""Whose a leader, official or office is (issue #5 item 3): a non-state qualifier wins over a
government noun, a local official belongs to the country the sentence places its event in, and
an office is its owner's. Each fixture is a short sentence written for these tests."""

from __future__ import annotations

import pytest

from eventwire import taxonomy as tx
from eventwire.annotate import load_language
from eventwire.extract.claims import attribution_for, build_claim, find_attributions, posted_by
from eventwire.extract.who import build_context, noun_phrase, resolve_actor


def actor_for(text: str, head: str, country: str = ""):
    doc = load_language()(text)
    token = [t for t in doc if t.text == head][-1]
    return resolve_actor(noun_phrase(token), build_context(doc, country))


def claimant_for(text: str, trigger: str, country: str) -> str:
    doc = load_language()(text)
    sentence = next(doc.sents)
    context = build_context(doc, country)
    event = next(t for t in doc if t.text == trigger)
    claim = build_claim(attribution_for(event, find_attributions(sentence)), event, sentence, "", context, "a1", "",
                        (), True, posted_by(doc, context))
    return claim.claimant


@pytest.mark.parametrize(
    ("text", "head", "name", "inter"),
    [
        ("The opposition leader said the vote was rigged.", "leader", "Opposition (Peru)", tx.CIVILIANS),
        ("An opposition spokesman denied the report.", "spokesman", "Opposition (Peru)", tx.CIVILIANS),
        ("Opposition parties said dozens had been held.", "parties", "Opposition (Peru)", tx.CIVILIANS),
        ("The opposition said the vote was rigged.", "opposition", "Opposition (Peru)", tx.CIVILIANS),
        ("Rebel leaders said they would attend the talks.", "leaders", "Rebels (Peru)", tx.REBEL_GROUPS),
        ("Rebel forces attacked the town.", "forces", "Rebels (Peru)", tx.REBEL_GROUPS),
        ("Protest leaders said the march would go ahead.", "leaders", "Protesters (Peru)", tx.PROTESTERS),
        ("Masked men beat two activists.", "activists", "Civilians (Peru)", tx.CIVILIANS),
    ],
)
def test_a_non_state_qualifier_wins_over_a_state_noun(text: str, head: str, name: str, inter: int):
    actor = actor_for(text, head, country="Peru")
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


def test_a_named_country_still_qualifies_the_opposition():
    assert actor_for("Chilean opposition leaders met on Monday.", "leaders").name == "Opposition (Chile)"


def test_opposition_to_a_plan_is_no_actor():
    assert actor_for("The minister voiced opposition to the plan.", "opposition", country="Peru") is None


def test_the_leaders_alone_are_still_the_government():
    assert actor_for("The leaders met in the capital.", "leaders", country="Peru").name == "Government of Peru"


def test_rebel_leaders_are_the_group_the_article_calls_rebels():
    doc_text = ("The Delta Liberation Front (DLF) was formed in May. DLF rebels took the town. "
                "Rebel leaders said they would hold it.")
    assert actor_for(doc_text, "leaders").name == "Delta Liberation Front"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Drones hit a depot in Finland's Lapland region, the regional governor said.", "Sweden",
         "Government of Finland"),
        ("Drones hit a depot in Finland, the regional governor said.", "Sweden", "Government of Finland"),
        ("Shells hit a market in the Swedish town of Lund, the mayor said.", "Finland", "Government of Sweden"),
        ("Shells hit a market in the town, local officials said.", "Finland", "Government of Finland"),
    ],
)
def test_a_local_official_is_of_the_country_the_sentence_places_the_event_in(text: str, country: str, name: str):
    head = next(word for word in ("governor", "mayor", "officials") if word in text)
    assert actor_for(text, head, country=country).name == name


def test_a_national_official_keeps_the_article_country():
    text = "Drones hit a depot in Finland, the defence ministry said."
    assert actor_for(text, "ministry", country="Sweden").name == "Government of Sweden"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed six people on Tuesday, the president's office said.", "Government of Peru"),
        ("Gunmen killed six people on Tuesday, the state prosecutor's office said.", "Government of Peru"),
        ("Gunmen killed six people on Tuesday, the UN human rights office said.", "United Nations"),
    ],
)
def test_an_office_speaks_for_its_owner(text: str, name: str):
    assert claimant_for(text, "killed", "Peru") == name


def test_an_office_with_no_owner_is_no_actor():
    assert actor_for("The office said the road was closed.", "office", country="Peru") is None
