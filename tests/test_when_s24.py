"""Event dates, session 24: a day of the month the clause goes on after, a burial's day, and a
past year's month told mid-sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2026, 10, 14)  # a Wednesday


@pytest.mark.parametrize("sentence", [
    "Lawyers said two traders detained near Balo on the 9th had not been seen since.",
    "Two guards were shot on the 9th when gunmen stormed the depot, police said.",
    "A bus was set on fire on the 9th and the driver was beaten, residents said.",
])
def test_a_day_of_the_month_the_clause_goes_on_after_is_the_event_s_day(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert (resolved.date, resolved.time_precision) == (dt.date(2026, 10, 9), 1)


@pytest.mark.parametrize("sentence", [
    "The fire started on the 9th floor of the ministry.",
    "Soldiers of the 3rd battalion fired on the crowd.",
])
def test_an_ordinal_before_the_noun_it_modifies_is_no_date(sentence: str):
    assert find_time_expressions(sentence, ARTICLE) == []


def test_a_burial_s_day_is_not_the_day_of_the_killings():
    resolved = resolve_event_date("A village elder said 14 bodies had been buried on Monday.", ARTICLE)
    assert resolved.date == dt.date(2026, 10, 12) and resolved.statement_day


def test_a_killing_on_a_day_stays_that_day():
    resolved = resolve_event_date("Gunmen killed 14 villagers on Monday and buried them in a field.", ARTICLE)
    assert resolved.date == dt.date(2026, 10, 12) and not resolved.statement_day


@pytest.mark.parametrize(("sentence", "value"), [
    ("A roadside bomb killed six soldiers near Kolda in June 2025.", "2025-06"),
    ("The militia burned the market at Tarbo in late March 2025, according to the army.", "2025-03"),
    ("Rebels held the town of Ambo for a week in 2025, residents said.", "2025"),
])
def test_a_past_year_s_month_told_mid_sentence_is_background(sentence: str, value: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is not None and resolved.expression.value == value and resolved.historical


@pytest.mark.parametrize("sentence", [
    "A roadside bomb killed six soldiers near Kolda in June, the army said.",
    "A roadside bomb killed six soldiers near Kolda on June 3, 2026.",
])
def test_this_year_s_month_or_a_day_is_not_made_background_by_the_rule(sentence: str):
    assert not resolve_event_date(sentence, ARTICLE).historical


def test_the_day_before_yesterday_is_two_days_back():
    resolved = resolve_event_date("Gunmen burned the clinic the day before yesterday, a nurse said.", ARTICLE)
    assert (resolved.date, resolved.time_precision) == (dt.date(2026, 10, 12), 1)


def test_yesterday_after_the_day_after_is_still_yesterday():
    values = [e.value for e in find_time_expressions("Police came the day after yesterday's shooting.", ARTICLE)]
    assert values == ["2026-10-13"]


def test_earlier_in_the_month_is_the_narrative_s_month():
    values = [e.value for e in find_time_expressions(
        "Rebels took Ambo in March; earlier in the month they had shelled it.", ARTICLE)]
    assert values == ["2026-03", "2026-03"]


@pytest.mark.parametrize("sentence", [
    "Gunmen burned the clinic at Balo, the priest told Fides news agency on Monday.",
    "Gunmen burned the clinic at Balo, according to a statement seen by Reuters on Monday.",
    "Gunmen burned the clinic at Balo, the group said in a communique dated Monday.",
    "Gunmen burned the clinic at Balo, the group said in a message to journalists on Monday.",
    "Gunmen burned the clinic at Balo, a nurse told AFP on condition of anonymity on Monday.",
    "Gunmen burned the clinic at Balo, the police said at a news conference on Monday.",
    "The governor, speaking on local radio on Monday, said gunmen had burned the clinic.",
])
def test_the_day_a_statement_was_made_is_flagged(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.date == dt.date(2026, 10, 12) and resolved.statement_day


def test_the_event_s_own_day_goes_before_a_news_conference_s_day():
    resolved = resolve_event_date("Gunmen burned the clinic on Monday, police said at a news conference on Tuesday.",
                                  ARTICLE)
    assert resolved.date == dt.date(2026, 10, 12) and not resolved.statement_day
