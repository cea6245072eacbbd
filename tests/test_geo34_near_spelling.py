"""A town the tagger missed after "near" counts by a near-miss spelling of a town of the
report's own province too ("Sinjaar" for GeoNames' Sinjār): transliterations spell such towns
several ways, and the province the report names keeps a far namesake out.

Fixtures are short invented texts.
"""

from __future__ import annotations

import pytest

from eventwire.extract.where import Toponym, _towns_near_known_places
from eventwire.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open()


def _near(text: str, known: list[str], gazetteer: Gazetteer) -> list[str]:
    found = [Toponym(text.index(name), text.index(name) + len(name)) for name in known]
    return [text[t.start : t.end] for t in _towns_near_known_places(text, found, gazetteer)]


def test_a_near_spelling_of_a_town_of_the_reports_province_is_a_toponym(gazetteer: Gazetteer) -> None:
    text = "Troops were deployed in Mosul on Sunday. On Monday a mine exploded near Sinjaar, killing two herders."
    assert _near(text, ["Mosul"], gazetteer) == ["Sinjaar"]


def test_a_near_spelling_of_a_town_of_another_province_is_not(gazetteer: Gazetteer) -> None:
    text = "Troops were deployed in Basra on Sunday. On Monday a mine exploded near Sinjaar, killing two herders."
    assert _near(text, ["Basra"], gazetteer) == []
