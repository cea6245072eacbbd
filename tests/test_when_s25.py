"""Event dates, session 25: a day of the month opening the sentence, a day of the month before a
reporting verb, and a statement read, aired or posted on a channel (state television, Telegram)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2026, 5, 22)  # a Friday


@pytest.mark.parametrize("sentence", [
    "On the 9th, two herders were seized by armed men near Kalo, their families said.",
    "On the 9th, gunmen burned the market in Tamba.",
    "By the 9th, rebels had taken the bridge over the Mire river.",
])
def test_a_day_of_the_month_opening_the_sentence_is_the_event_s_day(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert (resolved.date, resolved.time_precision) == (dt.date(2026, 5, 9), 1)


@pytest.mark.parametrize("sentence", [
    "Families of three miners held at a roadblock on the 9th say they have had no news of them.",
    "Relatives of a driver seized on the 9th said he was still missing.",
])
def test_a_day_of_the_month_before_a_reporting_verb_is_the_event_s_day(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert (resolved.date, resolved.time_precision) == (dt.date(2026, 5, 9), 1)


@pytest.mark.parametrize("sentence", [
    "On the 2nd floor of the hospital, nurses treated the wounded.",
    "On the 3rd anniversary of the massacre, families gathered in Sora.",
])
def test_an_ordinal_opening_the_sentence_before_its_noun_is_no_date(sentence: str):
    assert not [e for e in find_time_expressions(sentence, ARTICLE) if e.text.lower().startswith("on the")]


@pytest.mark.parametrize("sentence", [
    "The army, in a communiqué read on state television on Wednesday, put the toll at six soldiers.",
    "The governor, in a statement broadcast on national radio on Wednesday, said 12 villagers had died.",
    "The interior minister said on state television on Wednesday that four officers were wounded.",
    "In a video posted on Telegram on Wednesday, the group said its fighters had shot down a drone.",
    "In a statement published on its website on Wednesday, the army said troops had killed 12 militants.",
])
def test_a_statement_read_aired_or_posted_on_a_channel_dates_the_statement(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.date == dt.date(2026, 5, 20) and resolved.statement_day


def test_an_event_shown_on_television_keeps_its_day():
    resolved = resolve_event_date("Footage aired on state television showed soldiers firing on Wednesday.", ARTICLE)
    assert resolved.date == dt.date(2026, 5, 20) and not resolved.statement_day
