"""Session 32: "since" in a relative clause that closes the sentence dates no event; a bare season
that is the subject of its clause is a time expression."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2025, 11, 20)


def test_since_in_a_relative_clause_closing_the_sentence_dates_no_event():
    sentence = "Villagers blamed the border guards, who have shelled farms along the river since 2022."
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is None and not resolved.historical


def test_a_relative_clause_closing_the_sentence_gives_way_to_the_main_clause_day():
    sentence = "On Monday rebels raided the depot, which soldiers have guarded since August."
    assert resolve_event_date(sentence, ARTICLE).date == dt.date(2025, 11, 17)


def test_since_in_the_main_clause_closing_the_sentence_is_still_history():
    resolved = resolve_event_date("The rebels have held the two valleys since 2019.", ARTICLE)
    assert resolved.historical and resolved.date.year == 2019


APRIL = dt.date(2019, 4, 3)


def values(text: str) -> list[tuple[str, str]]:
    return [(expression.text, expression.value) for expression in find_time_expressions(text, APRIL)]


@pytest.mark.parametrize(("text", "found"), [
    ("Sales were slow, but spring brought the first orders in months.", ("spring", "2019-SP")),
    ("Shelters fill up as winter approaches.", ("winter", "2019-WI")),
    ("The wells dry up, and summer is when the herders move.", ("summer", "2019-SU")),
])
def test_a_bare_season_before_its_verb_is_a_date(text: str, found: tuple[str, str]):
    assert found in values(text)


@pytest.mark.parametrize("text", [
    "Summer said she had seen the convoy.",  # a name
    "Villagers queue where spring water is sold.",  # another sense
    "Prices fall when the harvest comes in.",
    "Hail flattened fields, and winter wheat was lost.",
])
def test_other_senses_of_a_season_word_are_no_dates(text: str):
    assert values(text) == []
