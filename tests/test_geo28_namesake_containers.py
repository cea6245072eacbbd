"""A container called like a country and a state ("X, Georgia") with no town of either named:
the one nearer the countries and regions the article names.

Fixtures are short invented reports; the gazetteer holds no place called Ergneti, so only the
container can place it.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from geo_helpers import resolved as resolved_places


def resolved(text: str, names: list[str], gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    return {name: (place.iso, place.feature) for name, place in resolved_places(text, names, gazetteer).items()
            if place is not None}


@pytest.mark.parametrize("text, names", [
    ("A farmer was detained near Ergneti, Georgia, by border guards after the 2008 war with Russia.",
     ["Ergneti", "Georgia", "Russia"]),
    ("Tensions rose in the South Caucasus after soldiers detained a farmer near Ergneti, Georgia.",
     ["South Caucasus", "Ergneti", "Georgia"]),
])
def test_a_village_in_a_report_about_the_caucasus_is_in_the_country(text: str, names: list[str], gazetteer: Gazetteer) -> None:
    places = resolved(text, names, gazetteer)
    assert places["Ergneti"] == ("GE", "country")


@pytest.mark.parametrize("text, names", [
    ("A barn burned near Ergneti, Georgia, on Tuesday; crews from Alabama helped.", ["Ergneti", "Georgia", "Alabama"]),
    ("A barn burned near Ergneti, Georgia, on Tuesday, the fire department said.", ["Ergneti", "Georgia"]),
])
def test_a_village_in_a_report_about_the_american_south_or_nowhere_else_is_in_the_state(
    text: str, names: list[str], gazetteer: Gazetteer
) -> None:
    assert resolved(text, names, gazetteer)["Ergneti"] == ("US", "admin1")


def test_a_town_of_the_state_before_the_comma_keeps_the_state_whatever_countries_the_report_names(
    gazetteer: Gazetteer,
) -> None:
    text = "A student from Athens, Georgia, was arrested in Russia after a protest."
    places = resolved(text, ["Athens", "Georgia", "Russia"], gazetteer)
    assert places["Athens"] == ("US", "city")
    assert places["Georgia"] == ("US", "admin1")


def test_a_town_the_index_has_in_the_country_puts_the_container_in_the_country(gazetteer: Gazetteer) -> None:
    text = "Two soldiers were wounded near Gori, Georgia, officials said."
    places = resolved(text, ["Gori", "Georgia"], gazetteer)
    assert places["Gori"] == ("GE", "city")
    assert places["Georgia"] == ("GE", "country")
