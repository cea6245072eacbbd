"""Event places (s21): a state heading an armed force's name is not where the report's events
are; a district of the dateline's own state named as one is the lead's scene.

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


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


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
