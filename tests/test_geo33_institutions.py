"""Institutions the index lacks, placed by the place named inside them: a congress named after
a land lies in it, and a body whose members span a state or province (a chamber of commerce, an
association, a federation, a union) lies at the unit itself, not at the article's town in it,
while a university there still takes the town; an international school named after a nation
lies abroad, as an embassy does.

Fixtures are short invented texts.
"""

from __future__ import annotations

import pytest

from eventwire.gazetteer import Gazetteer
from geo_helpers import resolved


def test_a_congress_named_after_a_land_lies_in_it(gazetteer: Gazetteer) -> None:
    text = "Delegates of the Indian National Congress met in London on Sunday."
    places = resolved(text, ["Indian National Congress", "London"], gazetteer)
    assert places["Indian National Congress"].iso == "IN"


@pytest.mark.parametrize("body", ["Alberta Chambers of Commerce", "Alberta Teachers Association", "Alberta Federation of Labour"])
def test_a_body_spanning_a_province_stays_at_the_province(gazetteer: Gazetteer, body: str) -> None:
    text = f"Flooding hit Calgary on Monday, said a spokesman for the {body}."
    place = resolved(text, ["Calgary", body], gazetteer)[body]
    assert (place.feature, place.name) == ("admin1", "Alberta")


def test_a_university_of_a_province_still_takes_the_articles_town(gazetteer: Gazetteer) -> None:
    text = "Flooding hit Calgary on Monday, said a researcher at the University of Alberta."
    place = resolved(text, ["Calgary", "University of Alberta"], gazetteer)["University of Alberta"]
    assert place.name == "Calgary"


def test_an_international_school_named_after_a_nation_lies_abroad(gazetteer: Gazetteer) -> None:
    text = "Egypt's schools reopened. Pupils of the British International School won a prize in a contest held in Cairo."
    place = resolved(text, ["British International School", "Cairo"], gazetteer)["British International School"]
    assert place is not None and place.iso == "EG"
