"""A town the tagger missed after "near" counts by a near-miss spelling of a town of the
report's own province too ("Sinjaar" for GeoNames' Sinjār): transliterations spell such towns
several ways, and the province the report names keeps a far namesake out.

Fixtures are short invented texts.
"""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer
from geo_helpers import towns_near


def test_a_near_spelling_of_a_town_of_the_reports_province_is_a_toponym(gazetteer: Gazetteer) -> None:
    text = "Troops were deployed in Mosul on Sunday. On Monday a mine exploded near Sinjaar, killing two herders."
    assert towns_near(text, ["Mosul"], gazetteer) == ["Sinjaar"]


def test_a_near_spelling_of_a_town_of_another_province_is_not(gazetteer: Gazetteer) -> None:
    text = "Troops were deployed in Basra on Sunday. On Monday a mine exploded near Sinjaar, killing two herders."
    assert towns_near(text, ["Basra"], gazetteer) == []
