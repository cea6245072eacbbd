"""A past month inside a past-perfect clause ("X said its fighters had ambushed a patrol in
September", told in October) or told with what led to it ("retook the town in January after a long
siege") is background."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import resolve_event_date

OCTOBER = dt.date(2026, 10, 8)


@pytest.mark.parametrize("sentence", [
    "The front also said its fighters had ambushed an army patrol near Rovena in September.",
    "Villagers said soldiers had burned their granaries late last month.",
    "The army retook the river port in September after a siege of eight months.",
    "Rebels captured the mining town late last month after two days of fighting.",
])
def test_a_past_month_in_a_past_perfect_clause_or_before_after_is_background(sentence: str):
    told = resolve_event_date(sentence, OCTOBER)
    assert told.historical and told.date.month == 9


@pytest.mark.parametrize("sentence", [
    "The front said its fighters had ambushed an army patrol near Rovena on Monday.",  # a day: the news
    "The front said it had attacked the garrison in October.",  # the report's own month
    "He was shot outside his home in March, police said.",  # no past perfect: the report's news
    "Police arrested the mayor on Tuesday after a raid on his office.",  # a day: the news
    "The family had moved into the house earlier this year.",  # a year, not a past month
])
def test_news_told_in_the_past_perfect_stays_news(sentence: str):
    assert not resolve_event_date(sentence, OCTOBER).historical
