"""A bare word for a landform or a district after "the" ("here in the Valley", "atop the Mesa")
names a feature of the report's own area: it has no candidates of its own and lies at the
article's focus, not at the town that bears the word as its name. Gardens the index lacks lie
at the place they are named after, as parks do.

Fixtures are short invented texts.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.context import read_cues
from geo_helpers import resolved


def test_the_valley_of_a_local_report_is_no_town_named_valley(gazetteer: Gazetteer) -> None:
    text = "Small firms are vital to the economy here in the Valley, the chamber said."
    assert resolved(text, ["Valley"], gazetteer)["Valley"] is None  # not Valley, Alabama
    text = "Small firms are vital here in the Valley, a trader in Youngstown said."
    assert resolved(text, ["Valley", "Youngstown"], gazetteer)["Valley"].name == "Youngstown"


@pytest.mark.parametrize(("text", "name", "landform"), [
    ("Views from atop the Mesa are the best in town.", "Mesa", True),
    ("Police in Mesa said two men were arrested.", "Mesa", False),
    ("Storms hit the Gulf on Monday.", "Gulf", False),
])
def test_only_a_bare_landform_word_after_the_is_read_so(text: str, name: str, landform: bool) -> None:
    start = text.index(name)
    assert read_cues(text, start, start + len(name)).landform is landform


def test_gardens_the_index_lacks_lie_at_the_place_they_are_named_after(gazetteer: Gazetteer) -> None:
    text = "Pilgrims walked in the Vatican Gardens after Mass, then visited Florence."
    place = resolved(text, ["Vatican Gardens", "Florence"], gazetteer)["Vatican Gardens"]
    assert (place.name, place.feature) == ("Vatican", "country")
