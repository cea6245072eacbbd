"""Conflict-report places: a town the tagger missed after "around" or "outside" is
recognised when the whole name is a town, unit or country; a foreign town matched only by an
alternate spelling, alone in its country among a report's places in another, is not vouched
for by its country named for its government, nor by a town of the report across the border.

Fixtures are short invented texts.
"""

from __future__ import annotations

import pytest

from eventwire.extract.where import _after_locative_words
from eventwire.gazetteer import Gazetteer
from geo_helpers import resolved


def _names(text: str, gazetteer: Gazetteer) -> list[str]:
    return [text[t.start : t.end] for t in _after_locative_words(text, [], gazetteer)]


def test_a_town_after_around_or_outside_is_recognised(gazetteer: Gazetteer) -> None:
    text = "Army drones struck rebel positions around Sake on Thursday, and fighters camped outside Kidal."
    assert _names(text, gazetteer) == ["Sake", "Kidal"]


@pytest.mark.parametrize("text", [
    "A man was struck while walking around Red Bank Road on Friday.",
    "Dust levels were high around Seoul's Jamsil Stadium, where fans gathered.",
    "Shops stayed open around Christmas, traders said.",
    "The getaway car crashed around East 14th Street on Monday.",
    "A woman was shot in the feet along I-70 near Union.",
])
def test_a_run_that_only_opens_with_a_place_or_a_word_that_is_no_town_is_not(gazetteer: Gazetteer, text: str) -> None:
    assert _names(text, gazetteer) == []


def test_a_foreign_alternate_spelling_beside_a_government_and_a_border_town_gives_way(gazetteer: Gazetteer) -> None:
    text = ("DAMASCUS - Fighting in Syria's Sweida province killed nine people. It broke out in the "
            "village of Al-Mazraa, west of Sweida, residents said. In the north, a bomb hit Manbij. "
            "Israel said it would not allow troops in the area.")
    places = resolved(text, ["DAMASCUS", "Sweida", "Al-Mazraa", "Manbij", "Israel"], gazetteer)
    assert places["Al-Mazraa"] is None or places["Al-Mazraa"].iso == "SY"
    assert places["Manbij"].iso == "SY"


def test_a_province_takes_the_country_of_the_reports_towns_not_of_the_governments_it_names(gazetteer: Gazetteer) -> None:
    text = ("Shelling killed four people in Taiz on Sunday. Iran backs the Houthis, who hold Sanaa. "
            "Fighting went on near Marib, and the US struck Hodeidah. A landmine killed three "
            "shepherds in Al Jawf province. Israel struck Gaza again.")
    places = resolved(text, ["Taiz", "Iran", "Sanaa", "Marib", "US", "Hodeidah", "Al Jawf", "Israel", "Gaza"], gazetteer)
    assert (places["Al Jawf"].feature, places["Al Jawf"].iso) == ("admin1", "YE")


@pytest.mark.parametrize("text", [
    "A man was shot outside Dayton and Millbrook Road late on Sunday.",
    "He was hit by a truck around Rivers and Stokes avenues on Friday.",
])
def test_one_side_of_a_crossing_is_a_street_not_a_town(gazetteer: Gazetteer, text: str) -> None:
    assert _names(text, gazetteer) == []


def test_a_continent_heading_a_forces_name_is_no_place_but_a_country_is(gazetteer: Gazetteer) -> None:
    from eventwire.annotate import load_language
    from eventwire.extract.where import recognise_toponyms

    text = "Fighters of Russia's Africa Corps killed 20 civilians, the Kenya Defence Forces said."
    names = [text[t.start : t.end] for t in recognise_toponyms(text, load_language()(text), gazetteer)]
    assert "Africa" not in names
    assert "Russia" in names
