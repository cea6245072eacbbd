"""Recognition helps for conflict reports: "X, the capital of Y" says X is a town; two names the
tagger split ("Boa" and "Vista") are one town's name; "in neighbouring X province" names a unit;
"near X in Y province" names a town of Y.

Fixtures are short invented sentences.
"""

from __future__ import annotations

import pytest

from eventwire.extract.where import Toponym, _before_unit_words, _joined_names, _towns_before_hosts
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.context import read_cues


@pytest.mark.parametrize("text", [
    "A drone struck a depot on the edge of El Obeid, the capital of North Kordofan, on Sunday.",
    "Families fled to El Obeid, the state capital, residents said.",
])
def test_a_capital_in_apposition_is_a_settlement_cue(text: str) -> None:
    start = text.index("El Obeid")
    assert read_cues(text, start, start + len("El Obeid")).settlement


def test_a_capital_named_as_the_seat_of_a_body_is_no_settlement_cue() -> None:
    text = "Protesters marched on the capital of the province, Babel, said police."
    start = text.index("Babel")
    assert not read_cues(text, start, start + len("Babel")).settlement


def test_two_names_side_by_side_that_are_one_towns_name_are_one_toponym(gazetteer: Gazetteer) -> None:
    text = "Migrants are living in Boa Vista, the state capital."
    start = text.index("Boa")
    found = [Toponym(start, start + 3), Toponym(start + 4, start + 9)]
    assert Toponym(start, start + 9) in _joined_names(text, found, gazetteer)


def test_two_places_side_by_side_that_are_no_name_together_stay_apart(gazetteer: Gazetteer) -> None:
    text = "Flights from Paris Berlin and Rome were cancelled."
    paris, berlin = text.index("Paris"), text.index("Berlin")
    found = [Toponym(paris, paris + 5), Toponym(berlin, berlin + 6)]
    assert _joined_names(text, found, gazetteer) == found


def named(text: str, toponyms: list[Toponym]) -> set[str]:
    return {text[t.start : t.end] for t in toponyms}


@pytest.mark.parametrize("text", [
    "In neighbouring Ituri province, militiamen killed four gold miners on Monday.",
    "Fighting spread in northern Ituri province on Monday.",
])
def test_a_unit_word_after_a_name_after_a_compass_word_or_neighbouring_names_a_unit(text: str, gazetteer: Gazetteer) -> None:
    assert "Ituri" in named(text, _before_unit_words(text, gazetteer))


def test_a_town_before_in_and_a_recognised_province_that_holds_it_is_a_toponym(gazetteer: Gazetteer) -> None:
    text = "Drones struck a position near Tal Tamr in Hasakah province on Monday."
    host = text.index("Hasakah")
    assert named(text, _towns_before_hosts(text, [Toponym(host, host + 7)], gazetteer)) == {"Tal Tamr"}


def test_a_word_before_in_and_a_place_that_holds_no_town_of_its_name_is_no_toponym(gazetteer: Gazetteer) -> None:
    text = "Police in Texas said the driver fled."
    host = text.index("Texas")
    assert _towns_before_hosts(text, [Toponym(host, host + 5)], gazetteer) == []
