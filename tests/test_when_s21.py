"""A month opening a sentence and named bare is history when it lies before the article's month,
also when it is a later calendar month, which is last year's ("In March, ..." told in January)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import resolve_event_date

JANUARY = dt.date(2026, 1, 20)


@pytest.mark.parametrize("sentence", [
    "In March, a drone strike killed two gold diggers near Tessit, local radio said.",
    "In late October, gunmen burned the market in Kolondo.",
])
def test_a_bare_month_after_the_article_s_month_is_last_year_s_and_background(sentence: str):
    told = resolve_event_date(sentence, JANUARY)
    assert told.date.year == 2025 and told.historical


@pytest.mark.parametrize("sentence", [
    "In March, the assembly will vote on the new mining code.",  # a plan
    "In March 2027, the election commission plans to hold the vote.",
    "Next month, the army said, the road would reopen.",
])
def test_a_later_month_of_a_plan_or_with_its_own_year_is_not_background(sentence: str):
    assert not resolve_event_date(sentence, JANUARY).historical


def test_the_article_s_own_month_stays_news():
    assert not resolve_event_date("In January, police detained four students in Kolondo.", JANUARY).historical
