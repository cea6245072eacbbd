"""Event places (s23): "a hospital/medical center in X" marks X as the hospital's town (near the
event, precision 2) by the words alone; a newspaper's hyphenated title ("the X Journal-Constitution")
is no place; "also of X" is someone's home; a person given an age ("Edison Walker, 22,") is no
town, whatever the tagger calls the name.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from eventwire.annotate import load_language
from eventwire.extract.event_place import _names_hospital, is_incidental, is_location, read_places
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article, Place, Span
from extraction_helpers import toponyms


def _article(text: str) -> Article:
    return Article(id="t", text=text, title="", date=dt.date(2016, 1, 10))


def test_a_town_after_medical_center_in_is_the_hospitals_by_the_words_alone() -> None:
    # a sentence the parser left alone (the fast path): only the words say it is the hospital's town
    text = "The boy was flown by helicopter to the Erlanger Medical Center in Chattanooga, where he died ."
    doc = spacy.blank("en")(text)
    start = text.index("Chattanooga")
    town = Place(name="Chattanooga", latitude=35.0, longitude=-85.3, geo_precision=1, country="United States",
                 iso="US", admin1="Tennessee", feature="city", evidence=Span(start, start + 11, "Chattanooga"))
    assert _names_hospital(town, doc)


def test_a_newspaper_with_a_hyphenated_title_is_no_place(gazetteer: Gazetteer) -> None:
    text = "A man was shot dead outside a bar in Marietta on Friday night, police told The Atlanta Journal-Constitution."
    doc = load_language()(text)
    places = read_places(_article(text), doc, gazetteer).places
    assert [p.name for p in places if is_location(p, doc)] == ["Marietta"]


def test_a_town_after_also_of_is_someones_home(gazetteer: Gazetteer) -> None:
    text = ("SIMPSONVILLE, S.C. — Police say Carl Dunn shot his cousin Mark Ellis, also of Greenville, during "
            "a fight at a bar on Sunday.")
    doc = load_language()(text)
    greenville = next(p for p in read_places(_article(text), doc, gazetteer).places if p.name == "Greenville")
    assert is_incidental(greenville, doc)


@pytest.mark.parametrize("text, name", [
    ("A neighbour was arrested after Edison Walker, 22, was found shot in a parked car. Edison Walker "
     "died later that night.", "Edison"),
    ("The sheriff said Denver Castillo, 19, was shot in the leg outside a store in Ogden.", "Denver"),
])
def test_a_name_given_an_age_is_a_person_not_a_town(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert name not in toponyms(text, gazetteer)
