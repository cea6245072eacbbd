"""Event places (s21): a state heading an armed force's name is not where the report's events
are.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate import load_language
from eventwire.extract.event_place import is_location, read_places
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _article(text: str) -> Article:
    return Article(id="t", text=text, title="", date=dt.date(2016, 1, 10))


def test_a_state_heading_an_armed_forces_name_is_not_where_its_events_are(gazetteer: Gazetteer) -> None:
    text = "Troops of the Bihar Regiment came under fire near the camp on Monday, the army said."
    doc = load_language()(text)
    places = [p for p in read_places(_article(text), doc, gazetteer).places if p.evidence is not None]
    assert [p.evidence.text for p in places] == ["Bihar"]
    assert not is_location(places[0], doc)
