"""A country named right after a place ("X, Mali", "X in central Mali") puts the place in it.

Fixtures are short invented reports; the places named are real towns and countries only so the
gazetteer has something to resolve.
"""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.where import find_places
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.context import read_cues
from eventwire.gazetteer.resolve import country_inside
from eventwire.records import Article


def place_of(name: str, text: str, gazetteer: Gazetteer):
    places = find_places(Article(id="t", text=text), load_language()(text), gazetteer)
    return next(p for p in places if p.evidence.text == name)


def test_the_words_after_in_are_read_past_a_compass_word() -> None:
    text = "Gunmen attacked the village of Kani in central Mali's Mopti region."
    start = text.index("Kani")
    assert read_cues(text, start, start + 4).inside[-1] == "Mali"


@pytest.mark.parametrize("text", [
    "Gunmen attacked Kani, Mali on Sunday, killing four people.",
    "Gunmen attacked the village of Kani in central Mali on Sunday, killing four people.",
])
def test_a_name_the_index_lacks_in_the_named_country_is_that_country_not_a_namesake_abroad(
    text: str, gazetteer: Gazetteer
) -> None:
    # The index knows a city called Kani in Japan and a town in Côte d'Ivoire, none in Mali.
    place = place_of("Kani", text, gazetteer)
    assert (place.iso, place.feature, place.geo_precision) == ("ML", "country", 3)


def test_a_name_the_index_has_in_the_named_country_keeps_its_town_there(gazetteer: Gazetteer) -> None:
    place = place_of("Kani", "Soldiers were deployed to the town of Kani in northern Ivory Coast on Friday.", gazetteer)
    assert (place.iso, place.feature) == ("CI", "city")


def test_a_capital_before_a_comma_and_a_country_is_not_placed_in_that_country(gazetteer: Gazetteer) -> None:
    place = place_of("Moscow", "After the talks in Moscow, Ukraine said it would send a delegation.", gazetteer)
    assert (place.iso, place.feature) == ("RU", "city")


def test_a_name_that_is_a_country_and_a_state_is_no_country_container(gazetteer: Gazetteer) -> None:
    text = "Protesters gathered in Savannah in Georgia on Friday."
    start = text.index("Savannah")
    assert country_inside(read_cues(text, start, start + len("Savannah")), gazetteer) is None
    place = place_of("Savannah", text, gazetteer)
    assert (place.iso, place.admin1) == ("US", "Georgia")


def test_a_container_that_is_a_country_and_a_state_follows_the_articles_other_places(gazetteer: Gazetteer) -> None:
    # The gazetteer holds no place called Ergneti, so only the container can place it.
    abroad = place_of("Ergneti", "Soldiers clashed near Ergneti, Georgia on Friday, officials in Tbilisi said.", gazetteer)
    assert (abroad.iso, abroad.feature) == ("GE", "country")
    at_home = place_of("Ergneti", "Police said a blast hit Ergneti, Georgia on Friday, near Atlanta.", gazetteer)
    assert (at_home.iso, at_home.feature) == ("US", "admin1")
