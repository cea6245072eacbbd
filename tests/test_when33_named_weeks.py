"""A weekday of a named week ("on Tuesday last week") and "a fortnight ago"."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2026, 5, 15)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Gunmen attacked the village on Tuesday last week.", dt.date(2026, 5, 5)),
        ("Gunmen attacked the village on Tuesday of last week.", dt.date(2026, 5, 5)),
        ("Soldiers shelled the town on Sunday night last week.", dt.date(2026, 5, 10)),
        ("Police dispersed the march on Monday this week.", dt.date(2026, 5, 11)),
        # a bare weekday stays the last one
        ("Gunmen attacked the village on Tuesday.", dt.date(2026, 5, 12)),
    ],
)
def test_a_weekday_of_a_named_week_is_that_weeks_day(sentence: str, day: dt.date):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert (resolved.date, resolved.time_precision) == (day, 1)


def test_a_weekday_of_next_week_is_ahead_and_dates_no_event():
    assert [(e.text, e.value) for e in find_time_expressions("Talks resume on Monday next week.", ARTICLE)] == [
        ("Monday next week", "2026-05-18")]
    assert resolve_event_date("Talks resume on Monday next week.", ARTICLE).expression is None


@pytest.mark.parametrize(
    "sentence",
    ["Tuesday's march came after last week's strike.", "On Tuesday, last week's strike was recalled.",
     "It rained on Tuesday last weekend."],
)
def test_a_weekday_beside_another_weeks_words_is_the_weekday_alone(sentence: str):
    weekdays = [e for e in find_time_expressions(sentence, ARTICLE) if "Tuesday" in e.text]
    assert [(e.text, e.value) for e in weekdays] == [("Tuesday", "2026-05-12")]


def test_a_fortnight_ago_is_the_week_two_weeks_back():
    resolved = resolve_event_date("Gunmen attacked the village a fortnight ago.", ARTICLE)
    assert (resolved.date, resolved.time_precision, resolved.expression.value) == (dt.date(2026, 5, 1), 2, "2026-W18")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Gunmen attacked the village on Tuesday and returned the next morning.", "the next morning",
         "2026-05-13TMO"),
        ("Soldiers arrived on Tuesday, after gunmen burned the market the night before.", "the night before",
         "2026-05-11TNI"),
        ("Soldiers arrived on Tuesday; the previous night, gunmen had burned the market.", "the previous night",
         "2026-05-11TNI"),
    ],
)
def test_a_part_of_the_day_before_or_after_counts_from_the_narratives_day(sentence: str, text: str, value: str):
    found = {e.text: e.value for e in find_time_expressions(sentence, ARTICLE)}
    assert found[text] == value


def test_the_night_before_a_named_occasion_is_no_shift():
    assert find_time_expressions("The night before the election, gunmen burned the market.", ARTICLE) == []
