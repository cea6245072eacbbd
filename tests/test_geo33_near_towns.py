"""Conflict-report places: a town the tagger missed after "near" or "between ... and" is a
toponym where the index has a town of that name in a first-level unit one of the article's
recognised places lies in; elsewhere, or as the head of a longer name, it is not.

Fixtures are short invented texts.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from geo_helpers import towns_near


def test_a_village_near_which_something_happened_in_the_reports_province_is_a_toponym(gazetteer: Gazetteer) -> None:
    text = "Soldiers repelled an attack in Mopti on Sunday. On Monday a mine exploded near Youwarou, killing two herders."
    assert towns_near(text, ["Mopti"], gazetteer) == ["Youwarou"]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a bus on the road between Ngourti and Diffa, officials in Diffa said.",
    "Gunmen ambushed a bus on the road between Diffa and Ngourti on Tuesday, officials said.",
])
def test_either_end_of_a_road_between_two_towns_is_a_toponym(gazetteer: Gazetteer, text: str) -> None:
    assert towns_near(text, ["Diffa"], gazetteer) == ["Ngourti"]


@pytest.mark.parametrize("text", [
    # A town of another province than any the report names.
    "Soldiers repelled an attack in Mopti on Sunday. A bus broke down near Kantché, traders said.",
    # A run that only opens with the town's name names something else.
    "Soldiers repelled an attack in Mopti on Sunday. A car was set alight near Youwarou Market Road.",
])
def test_a_name_near_which_nothing_of_the_reports_provinces_lies_is_not(gazetteer: Gazetteer, text: str) -> None:
    assert towns_near(text, ["Mopti"], gazetteer) == []
