"""Claimants (issue #5, session 35): unnamed officials telling of an act in another country than
the report's, a business's owner, a local volunteers' group and a civil society as the civilians they
are, a state's rescue bodies, a body named with an infinitive, a closing speaker the parser set beside
the last place, a website as a channel, and the event view's one line per source. Each fixture is a
short report written for these tests."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import find_attributions
from eventwire.extract.who import build_context
from extraction_helpers import events_of


def _source_actors(text: str, country: str) -> list[str | None]:
    doc = load_language()(text)
    context = build_context(doc, country)
    found = [a for sentence in doc.sents for a in find_attributions(sentence) if a.source is not None]
    return [getattr(source_actor(a.source, context, {}), "name", None) for a in found]


@pytest.mark.parametrize(("text", "striking", "struck"), [
    ("Turkish drones hit a farm in northern Iraq on Friday, killing two shepherds, officials said. "
     "Turkey says it strikes only militant bases.", "Turkey", "Iraq"),
    ("Rwandan shells landed on a market in the Congolese town of Bunagana, wounding six people, local "
     "officials said. Rwanda has not commented.", "Rwanda", "Democratic Republic of the Congo"),
    ("Russian missiles struck a power plant in Ukraine's Lviv region overnight, authorities said. "
     "Russia said it had hit military targets.", "Russia", "Ukraine"),
])
def test_unnamed_officials_of_an_act_set_in_one_country_are_that_country_s(text: str, striking: str, struck: str):
    """The report names the striking state most, but the officials counting the dead are those of
    the place that was hit."""
    assert _source_actors(text, striking)[0] == f"Government of {struck}"


@pytest.mark.parametrize("text", [
    # officials the phrase ties to a state say whose they are
    "Turkish drones hit a farm in northern Iraq on Friday, killing two shepherds, Turkish officials said.",
    # officials somewhere else than the act
    "Turkish drones hit a farm in northern Iraq on Friday, killing two shepherds, officials in Ankara said.",
    # two countries: no telling which
    "Turkish drones hit a farm in northern Iraq and a village in Syria on Friday, officials said.",
])
def test_officials_tied_to_a_state_or_a_place_or_two_countries_keep_their_resolution(text: str):
    assert _source_actors(text, "Turkey")[0] != "Government of Iraq"


def test_officials_of_an_act_in_the_report_s_own_country_stay_its_government():
    text = "Gunmen shot dead four traders at a market in northern Nigeria on Sunday, officials said."
    assert _source_actors(text, "Nigeria") == ["Government of Nigeria"]


@pytest.mark.parametrize("text", [
    "Armed men emptied a pharmacy in the town of Mopti overnight, its owner said.",
    "A bakery owner said soldiers had beaten two of his workers outside Mopti on Sunday.",
])
def test_a_business_s_owner_is_a_civilian_witness(text: str):
    assert _source_actors(text, "Mali") == ["Civilians (Mali)"]


@pytest.mark.parametrize("group", ["a local volunteer group", "a local rescue group", "a local aid group"])
def test_a_local_volunteers_group_no_one_names_speaks_for_the_country_s_civilians(group: str):
    text = f"Shells hit a clinic in the town of Kadugli on Monday, killing three patients, {group} said."
    assert _source_actors(text, "Sudan") == ["Civilians (Sudan)"]


def test_the_event_view_prints_each_source_once_with_the_sentences_it_speaks_in():
    from eventwire.cli import claim_lines

    text = ("A car bomb has killed six people outside a hotel in the Somali town of Kismayo, police say. "
            "The blast happened on Friday evening while the hotel was full of guests, a police officer said.")
    [event] = events_of(text)
    lines = claim_lines(event)
    assert len(event.claims) == 2 and len(lines) == 1
    assert lines[0].startswith("Police Forces of Somalia: asserts") and lines[0].count("statement (@") == 2


@pytest.mark.parametrize("source", ["emergency services", "the rescue service", "the civil defence agency",
                                    "the fire department"])
def test_a_state_s_rescue_body_speaks_for_its_government(source: str):
    text = f"A missile hit a shopping centre in the city of Poltava on Monday, killing four people, {source} said."
    assert _source_actors(text, "Ukraine") == ["Government of Ukraine"]


@pytest.mark.parametrize(("said", "channel"), [
    ("wrote on a website run by its backers that", "website"),
    ("wrote on its blog that", "website"),
    ("said in a statement on its website that", "statement"),  # a statement posted there is a statement
    ("posted a video on its website", "video"),
])
def test_a_claim_made_on_a_website_is_told_through_the_website(said: str, channel: str):
    from eventwire.extract.claim_sources import channel_of

    assert channel_of(said, "the group") == channel


@pytest.mark.parametrize("source", ["the local civil society", "civil society groups", "the civil society of Butembo"])
def test_a_country_s_civil_society_speaks_for_its_civilians(source: str):
    text = f"Rebels killed seven farmers near the town of Butembo on Tuesday, {source} said."
    assert _source_actors(text, "Democratic Republic of the Congo") == ["Civilians (Democratic Republic of the Congo)"]


def test_a_body_named_with_an_infinitive_is_that_body_not_the_people_its_name_holds():
    """"the Committee to Defend Farmers" names a body; its last word is no speaker of its own."""
    text = "Gunmen shot dead a farmer near the town of Iguala on Tuesday, the Committee to Defend Farmers said."
    assert _source_actors(text, "Mexico") == ["Committee to Defend Farmers"]


def test_an_envoy_to_a_country_is_no_body_named_with_an_infinitive():
    text = "Russian missiles hit a power station near Lviv on Monday, the US Ambassador to Ukraine said."
    assert _source_actors(text, "Ukraine") == ["Government of United States"]


def test_a_closing_speaker_the_parser_set_beside_the_last_place_is_the_speaker():
    """"..., near the town of X, the rebel-run news agency reported": the agency read as an apposition
    of X left the verb with no subject (the claim went to the jets, or to no one); the participle
    after it ("citing three deaths") is the same speaker's."""
    doc = load_language()("Early on Monday, jets hit a fuel depot near the town of Bajil, the rebel-run Saba news "
                          "agency reported, citing three deaths.")
    found = {a.cue.text: a for sentence in doc.sents for a in find_attributions(sentence)}
    assert found["reported"].source.text == "the rebel-run Saba news agency"
    assert found["reported"].content.text.endswith("near the town of Bajil")
    assert found["citing"].source.text == "the rebel-run Saba news agency"



def test_a_military_press_wing_named_by_its_acronym_speaks_for_that_military():
    """Pakistan's Inter-Services Public Relations, the army's press wing, is the military it speaks
    for (an alias in `data/actors.json`), not a raw name."""
    text = "Gunmen fired on a border post in Kurram district on Friday, killing two soldiers, the ISPR said."
    assert "Military Forces of Pakistan" in _source_actors(text, "Pakistan")
