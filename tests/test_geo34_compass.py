"""A compass word shortened to its initial ("E. Memphis", "S. Korea") is the spelled-out word:
the index spells it out, or lacks the part of the town and knows the town. A bare initial
otherwise leaves the name with no candidate at all.

Fixtures are short invented texts.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import _compass_spelled_out
from geo_helpers import resolved


@pytest.mark.parametrize(("name", "spelled"), [
    ("E. Memphis", "East Memphis"),
    ("S. Korea", "South Korea"),
    ("NW. Atlanta", "Northwest Atlanta"),
    ("St. Louis", "St. Louis"),  # a saint, not a compass word
    ("E. coli", "E. coli"),  # an initial before a lower-case word is no compass word
    ("E.", "E."),
])
def test_only_a_compass_initial_before_a_name_is_spelled_out(name: str, spelled: str) -> None:
    assert _compass_spelled_out(name) == spelled


def test_a_shortened_part_of_a_town_lies_in_the_town(gazetteer: Gazetteer) -> None:
    text = "A man was shot dead during a robbery at a shop in E. Memphis on Sunday."
    place = resolved(text, ["E. Memphis"], gazetteer)["E. Memphis"]
    assert (place.name, place.admin1) == ("Memphis", "Tennessee")


def test_a_shortened_compass_word_of_a_state_or_country_is_that_unit(gazetteer: Gazetteer) -> None:
    text = "Troops from S. Korea trained with units from S. Carolina."
    places = resolved(text, ["S. Korea", "S. Carolina"], gazetteer)
    assert (places["S. Korea"].name, places["S. Korea"].feature) == ("South Korea", "country")
    assert (places["S. Carolina"].name, places["S. Carolina"].feature) == ("South Carolina", "admin1")


def test_a_states_own_short_form_is_kept(gazetteer: Gazetteer) -> None:
    text = "The crash happened near Charleston, W. Va., on Friday."
    assert resolved(text, ["W. Va."], gazetteer)["W. Va."].name == "West Virginia"  # not "West Va." -> Virginia
