"""The day a listener was told is a statement's day, not the event's."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import resolve_event_date

ARTICLE = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers returned fire, the army told reporters on Monday.",
        "Soldiers returned fire, a commander told AFP by phone on Monday.",
        "The fighters withdrew, a commander told the BBC on Monday.",
        "Two houses burned, a resident told state media Monday.",
    ],
)
def test_the_day_a_listener_was_told_is_a_statements_day(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.statement_day and resolved.date == dt.date(2025, 10, 13)


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed a man who told police on Monday about threats.",
        "Troops told residents to leave on Monday.",
    ],
)
def test_a_day_after_other_words_is_not_the_telling(sentence: str):
    assert not resolve_event_date(sentence, ARTICLE).statement_day
