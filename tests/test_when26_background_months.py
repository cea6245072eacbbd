"""Background told by its month opening a sentence ("Earlier this month, ...", "Late last month,
...") and dates inside
names ("the March 23 Movement")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2024, 10, 24)


def historical(sentence: str, article_date: dt.date = ARTICLE) -> bool:
    return resolve_event_date(sentence, article_date).historical


@pytest.mark.parametrize("sentence", [
    "Earlier this month, gangs killed more than 100 people in a town north of the capital.",
    "Earlier this year, the group recaptured several towns in the region.",
    "In late August, the army launched its largest operation in two decades.",
    "Late last month, fighters overran an army post near the border.",
])
def test_an_earlier_month_told_in_passing_is_background(sentence: str):
    assert historical(sentence)


@pytest.mark.parametrize("sentence", [
    "A man wounded in a shooting earlier this month has died.",  # a follow-up's own event
    "Police arrested a man in connection with a shooting last month that killed two people.",
    "The minister said last month that the army had retaken the town.",  # a statement's month
    "Police arrested a teenager in the July shooting.",
    "He was shot outside his home in March, police said.",
    "Gunmen attacked the village on Tuesday.",
    "Last week, dissidents kidnapped two farmers.",
])
def test_news_and_statements_stay_news(sentence: str):
    assert not historical(sentence, dt.date(2024, 10, 24) if "July" not in sentence else dt.date(2024, 9, 2))


def test_a_date_inside_a_name_is_no_time_expression():
    text = "Rebels of the March 23 Movement (M23) captured the town on Wednesday."
    found = find_time_expressions(text, dt.date(2024, 11, 8))
    assert [(e.text, e.value) for e in found] == [("Wednesday", "2024-11-06")]
    assert resolve_event_date(text, dt.date(2024, 11, 8)).date == dt.date(2024, 11, 6)


def test_a_date_before_an_ordinary_word_is_still_a_date():
    found = find_time_expressions("Fighting resumed on March 23 near the town.", dt.date(2024, 11, 8))
    assert [e.value for e in found] == ["2024-03-23"]


def test_the_day_a_source_confirms_an_event_is_a_statements_day():
    told = resolve_event_date("The army confirmed the attack on Saturday and said 41 assailants were killed.",
                              dt.date(2025, 5, 22))
    assert (told.date, told.statement_day) == (dt.date(2025, 5, 17), True)
    own = resolve_event_date("Gunmen carried out the attack on Saturday, police said.", dt.date(2025, 5, 22))
    assert own.statement_day is False
