"""Conflict reports name towns across a country: sentence-initial locatives, a unit after a
country's possessive, and small towns in a report about the country at large."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.where import find_places
from eventwire.gazetteer import Gazetteer
from eventwire.records import Article


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def places_by_name(text: str, gazetteer: Gazetteer) -> dict[str, object]:
    places = find_places(Article(id="t", text=text), load_language()(text), gazetteer)
    return {p.evidence.text: p for p in places}


def test_a_town_opening_a_sentence_after_in_is_a_place(gazetteer: Gazetteer) -> None:
    places = places_by_name("Police fired tear gas in Nairobi. In Nyeri, protesters set fire to a police post.", gazetteer)
    assert places["Nyeri"].iso == "KE"


def test_the_unit_after_a_countrys_possessive_is_a_place(gazetteer: Gazetteer) -> None:
    places = places_by_name("Insurgents raided a village in Mozambique's Cabo Delgado province on Sunday.", gazetteer)
    assert (places["Cabo Delgado"].iso, places["Cabo Delgado"].feature) == ("MZ", "admin1")


def test_a_small_town_placed_by_the_text_in_a_report_on_the_whole_country_stays(gazetteer: Gazetteer) -> None:
    text = ("Gunmen attacked a checkpoint in Baghdad on Monday. Protesters burned tyres in Nasiriyah and Basra. "
            "A drone struck a vehicle near Sinjar on Tuesday, killing two fighters. Iraq's government condemned the strike.")
    place = places_by_name(text, gazetteer)["Sinjar"]
    assert (place.iso, place.admin1, place.geo_precision) == ("IQ", "Ninawa", 2)


def test_a_province_named_like_one_abroad_is_the_one_in_the_articles_country(gazetteer: Gazetteer) -> None:
    # Saudi Arabia's Al Jawf holds far more people than Yemen's; the report's towns are Yemeni.
    text = ("Shells hit a market in Taiz on Sunday. Fighting flared south of Marib, and the rebels who hold "
            "Sanaa did not comment. Last month, a landmine killed three shepherds in Al Jawf province.")
    place = places_by_name(text, gazetteer)["Al Jawf"]
    assert (place.iso, place.feature) == ("YE", "admin1")
