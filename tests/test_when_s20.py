""""In the evening, ..." is a part of the narrative's day, and a victim's later death in hospital
dates itself, not the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2026, 4, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        # counted from the day the text gave before it
        ("On Tuesday, farmers blocked the road near Korvalo. In the evening, some of them burned a lorry.",
         "the evening", "2026-04-07TEV"),
        ("Troops reached Dumbari on Monday and late in the night shelled the hills.", "the night", "2026-04-06TNI"),
        ("Rebels entered the town on Sunday. In the morning, shops stayed shut.", "the morning", "2026-04-05TMO"),
    ],
)
def test_in_the_evening_counts_from_the_narratives_day(text: str, found: str, value: str):
    assert (found, value) in [(e.text, e.value) for e in find_time_expressions(text, ARTICLE)]


def test_in_the_evening_alone_is_unanchored():
    (expression,) = find_time_expressions("In the evening, a crowd set fire to the mayor's car.", ARTICLE)
    assert expression.unanchored and expression.text == "the evening"


@pytest.mark.parametrize("text", ["She rang in the evening of 3 March.", "They met in the night-time markets."])
def test_in_the_evening_of_a_date_or_before_a_hyphen_is_not_the_narratives_evening(text: str):
    assert all(e.text != "the evening" and e.text != "the night" for e in find_time_expressions(text, ARTICLE))


@pytest.mark.parametrize(
    "sentence",
    [
        "His brother said four of the miners had died, two of them at a hospital on Wednesday.",
        "A fifth passenger died in hospital on Wednesday, the district officer said.",
        "A fisherman wounded in the raid succumbed to his wounds on Wednesday.",
        "The teacher died at the hospital late on Wednesday.",
    ],
)
def test_a_victims_later_death_day_is_not_the_events_own(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.date == dt.date(2026, 4, 8) and resolved.statement_day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the attack's own day goes first
        ("Gunmen shot a trader on Monday; he died in hospital on Wednesday.", dt.date(2026, 4, 6)),
        # a death without hospital or wounds is the event's day
        ("Two rangers died on Wednesday when their truck hit a mine near Sokoro.", dt.date(2026, 4, 8)),
    ],
)
def test_the_events_own_day_stands(sentence: str, day: dt.date):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.date == day and not resolved.statement_day
