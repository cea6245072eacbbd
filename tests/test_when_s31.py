"""When/ rules of session 31: a victim's death told in a sentence of its own ("He died at 4:20 p.m. Monday,
according to the coroner") dates the death, not the attack told before it; a court's step ("pleaded guilty
Monday", "received probation Tuesday") dates itself, and the act the sentence tells in a past month or a
count back ("eight months ago") goes first; a step ahead in a case ("face arraignment Thursday", "pushed to
September") is no past day."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article

ARTICLE = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize("sentence, text", [
    ("He died at 4:20 p.m. Monday, according to the county medical examiner.", "4:20 p.m. Monday"),
    ("The girl died on Sunday, her family said.", "Sunday"),
])
def test_a_death_told_alone_is_the_deaths_day(sentence, text):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == text
    assert resolved.statement_day


@pytest.mark.parametrize("sentence", [
    "Two porters died on Monday when a mortar round hit the depot outside Valmora.",
    "A man who was shot outside a laundromat died Tuesday, deputies said.",
    "Three villagers died on Sunday in an ambush on the ridge road.",
])
def test_a_death_told_with_its_act_keeps_its_day(sentence):
    assert not resolve_event_date(sentence, ARTICLE).statement_day


def test_a_later_death_does_not_date_the_shooting_told_before_it():
    text = ("Gunmen fired at a house on Birch Lane on Saturday, wounding a nine-year-old boy. "
            "He died at 4:20 p.m. Monday, according to the county medical examiner.")
    events = merge_mentions(extract_article(Article(id="s31-1", text=text, title="", date=ARTICLE)))
    assert {event.date for event in events} == {dt.date(2026, 11, 21)}


@pytest.mark.parametrize("sentence, text", [
    ("The driver pleaded guilty Monday to reckless homicide.", "Monday"),
    ("A neighbour testified on Tuesday that she heard three shots.", "Tuesday"),
    ("Preliminary hearings wrapped up Tuesday in the county courthouse.", "Tuesday"),
])
def test_a_courts_step_is_its_own_day(sentence, text):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == text
    assert resolved.statement_day


def test_a_testimony_tells_its_own_day():
    resolved = resolve_event_date("A cousin testified seeing the brothers with rifles on Halloween.", ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == "Halloween"
    assert not resolved.statement_day


def test_a_sentence_dates_its_act_before_the_courts_day():
    resolved = resolve_event_date("A teenager received two years' probation Tuesday afternoon for accidentally "
                                  "shooting his cousin eight months ago.", ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == "eight months ago"
    assert resolved.date == dt.date(2026, 3, 15) and resolved.time_precision == 3


@pytest.mark.parametrize("sentence, text, value", [
    ("Both defendants face arraignment Thursday on charges of child endangerment.", "Thursday", "2026-11-26"),
    ("The two brothers are to be arraigned Friday.", "Friday", "2026-11-27"),
])
def test_a_step_ahead_in_a_case_is_in_the_future(sentence, text, value):
    [expression] = find_time_expressions(sentence, ARTICLE)
    assert (expression.text, expression.value) == (text, value)
    assert resolve_event_date(sentence, ARTICLE).expression is None


def test_a_hearing_pushed_to_a_coming_month_dates_no_event():
    sentence = "The case against two men accused of robbing a pharmacy has been pushed back to December."
    assert resolve_event_date(sentence, dt.date(2026, 10, 7)).expression is None
    assert resolve_event_date("The pharmacy was robbed in December.", dt.date(2026, 10, 7)).date == dt.date(2025, 12, 15)


@pytest.mark.parametrize("sentence", [
    "The family moved to the coast in March.",
    "He was pushed to the ground on Monday.",
])
def test_movement_is_no_step_ahead(sentence):
    assert resolve_event_date(sentence, ARTICLE).expression is not None
