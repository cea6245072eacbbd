"""When/ rules of session 28: counts back from the report ("a year and a half ago") date background
as "in 2014" does, and a day of the month before the sentence's verb ("on the 19th killed") is read."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2026, 2, 5)  # a Thursday


@pytest.mark.parametrize("sentence, year, month", [
    ("A year and a half ago, an ambush near Korodi cost the lives of 21 soldiers.", 2024, 8),
    ("Bandits burned the market of Dalbi a year and a half ago.", 2024, 8),
    ("Two and a half years ago, rebels seized the river port of Mabenga.", 2023, 8),
])
def test_a_count_back_with_a_half_is_a_past_month_told_as_background(sentence, year, month):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert (resolved.date.year, resolved.date.month) == (year, month)
    assert resolved.historical


def test_a_year_and_a_half_ago_is_one_expression_counted_in_months():
    found = find_time_expressions("Gunmen raided Tessit a year and a half ago.", ARTICLE)
    assert [(e.text, e.value) for e in found] == [("a year and a half ago", "2024-08")]


@pytest.mark.parametrize("sentence", [
    "Gunmen abducted the parish priest of Olumbe three months ago.",
    "Militiamen looted the clinic at Saraka six weeks ago, the nurses said.",
    "The soldiers killed four herders near Wura two years ago.",
])
def test_a_count_back_past_a_few_weeks_is_background_wherever_it_stands(sentence):
    assert resolve_event_date(sentence, ARTICLE).historical


def test_a_count_back_of_two_weeks_is_recent_news():
    resolved = resolve_event_date("Gunmen abducted a teacher in Bakoye two weeks ago.", ARTICLE)
    assert resolved.date == dt.date(2026, 1, 22) and not resolved.historical


def test_the_news_day_wins_over_a_count_back_in_the_same_sentence():
    sentence = "A trader seized near Guidan three months ago was found dead on Tuesday, his brother said."
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.date == dt.date(2026, 2, 3) and not resolved.historical


@pytest.mark.parametrize("sentence, day", [
    ("In Lokoro town, a grenade hurled into a bar on the 19th killed two people, police said.", dt.date(2026, 1, 19)),
    ("A mine laid on the road to Tamsa on the 2nd struck a lorry carrying salt.", dt.date(2026, 2, 2)),
])
def test_a_day_of_the_month_before_the_verb_of_its_clause_dates_the_event(sentence, day):
    assert resolve_event_date(sentence, ARTICLE).date == day


def test_a_day_of_the_month_before_a_noun_is_still_no_date():
    assert find_time_expressions("The office is on the 3rd floor of the building.", ARTICLE) == []


@pytest.mark.parametrize("sentence, day", [
    ("In January, soldiers burned the market of Dembo, the rights group said on Tuesday.", dt.date(2026, 1, 15)),
    ("Two years ago, rebels killed 31 people in Sango, the elders said on Tuesday.", dt.date(2024, 7, 1)),
])
def test_a_sources_day_does_not_date_the_past_act_it_tells(sentence, day):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.date == day and resolved.historical and not resolved.statement_day


@pytest.mark.parametrize("sentence", [
    "The group, which was founded in January, said on Tuesday that its fighters had killed two soldiers.",
    "The blockade, in place since January, was lifted on Tuesday, traders said.",
])
def test_a_nouns_past_month_leaves_the_sources_day(sentence):
    assert resolve_event_date(sentence, ARTICLE).date == dt.date(2026, 2, 3)
