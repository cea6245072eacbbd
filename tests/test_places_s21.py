"""Event places (s21): a place heading an armed force's or group's name is not where the
report's events are; a district of the dateline's own state named as one is the lead's scene; a
name something happened "on" is a street; a village the text called one is that village again
after "in"; a name the gazetteer knows nowhere keeps its own name where the resolver fell back
on another town.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate import load_language
from eventwire.extract.event_place import is_location, read_places
from eventwire.extract.mentions import main_mention
from eventwire.gazetteer import Gazetteer
from eventwire.pipeline import extract_article
from eventwire.records import Article
from extraction_helpers import toponyms


def _article(text: str) -> Article:
    return Article(id="t", text=text, title="", date=dt.date(2016, 1, 10))


def _main_place_name(text: str) -> str | None:
    main = main_mention(extract_article(_article(text)))
    return main.place.name if main is not None and main.place is not None else None


def test_a_state_heading_an_armed_forces_name_is_not_where_its_events_are(gazetteer: Gazetteer) -> None:
    text = "Troops of the Bihar Regiment came under fire near the camp on Monday, the army said."
    doc = load_language()(text)
    places = [p for p in read_places(_article(text), doc, gazetteer).places if p.evidence is not None]
    assert [p.evidence.text for p in places] == ["Bihar"]
    assert not is_location(places[0], doc)


def test_a_district_of_the_state_capitals_own_state_is_the_leads_scene() -> None:
    text = ("LUCKNOW, India — Gunmen shot dead a village headman in the fields of Uttar Pradesh's Bahraich "
            "district on Friday, police said.")
    assert _main_place_name(text) == "Bahraich"


@pytest.mark.parametrize("text", [
    "The victim was shot on Pasadena Landing late Sunday.",
    "Police said it happened on Pasadena Landing shortly after midnight.",
])
def test_a_name_a_shooting_happened_on_is_a_street(gazetteer: Gazetteer, text: str) -> None:
    assert "Pasadena" not in toponyms(text, gazetteer)


@pytest.mark.parametrize(("text", "town"), [
    ("Russian artillery fired on Kharkiv overnight, officials said.", "Kharkiv"),
    ("A teen was shot on Chicago's South Side late Sunday.", "Chicago"),
])
def test_a_town_fired_on_or_whose_side_a_shooting_happened_on_is_still_a_town(
        gazetteer: Gazetteer, text: str, town: str) -> None:
    assert town in toponyms(text, gazetteer)


def test_a_village_named_as_one_is_that_village_again_after_in(gazetteer: Gazetteer) -> None:
    text = ("MASERU, Lesotho — Gunmen shot dead two herders in the village of Ha Tsoeneng on Friday, police said. "
            "On Sunday, soldiers beat several men in Ha Tsoeneng, residents said.")
    placing = read_places(_article(text), load_language()(text), gazetteer)
    again = [p for p in placing.places if p.evidence is not None and p.evidence.start > text.index("On Sunday")]
    assert [(p.name, p.iso) for p in again] == [("Ha Tsoeneng", "LS")]


def test_a_name_the_gazetteer_knows_nowhere_keeps_its_own_name_where_the_fallback_took_a_town(
        gazetteer: Gazetteer) -> None:
    text = ("LASHIO, Myanmar — Rebels attacked an army post in Kyaukme on Monday, the army said. Last week, "
            "the rebels detained two teachers in Nampawng, residents said.")
    placing = read_places(_article(text), load_language()(text), gazetteer)
    named = [p for p in placing.places if p.evidence is not None and p.evidence.text == "Nampawng"]
    assert [(p.name, p.iso, p.geo_precision) for p in named] == [("Nampawng", "MM", 2)]


@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. — A man was wounded in a shooting in Southwest Springfield on Sunday, police said.",
    "A man was found shot near a boat ramp in Lake Orrinda on Sunday, deputies said.",
])
def test_a_compass_part_of_a_town_or_a_lake_is_no_settlement_of_its_own(gazetteer: Gazetteer, text: str) -> None:
    placing = read_places(_article(text), load_language()(text), gazetteer)
    assert all("Southwest" not in p.name and "Lake" not in p.name for p in placing.places)


def test_a_place_heading_an_armed_groups_name_is_not_where_its_events_are(gazetteer: Gazetteer) -> None:
    text = "Troops killed four fighters of the Kurdistan Workers' Party in a clash on Tuesday, the ministry said."
    doc = load_language()(text)
    places = [p for p in read_places(_article(text), doc, gazetteer).places if p.evidence is not None]
    assert [p.evidence.text for p in places] == ["Kurdistan"]
    assert not is_location(places[0], doc)
