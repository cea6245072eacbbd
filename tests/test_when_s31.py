"""When/ rules of session 31: a victim's death told in a sentence of its own ("The boy died Monday afternoon,
his uncle told reporters") dates the death, not the attack told before it; a court's step ("pleaded guilty
Monday", "got 30 months of probation on Friday") dates itself, and the act the sentence tells in a past month
or a count back ("eight months ago") goes first; a step ahead in a case ("faces a court hearing Thursday",
"postponed until December") is no past day; ranges, "when" clauses, possessive days and named days."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article

ARTICLE = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize("sentence, text", [
    ("Doctors could not save him; the nine-year-old died Monday afternoon, his uncle told reporters.",
     "Monday afternoon"),
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
            "Doctors could not save him; the nine-year-old died Monday afternoon, his uncle told reporters.")
    events = merge_mentions(extract_article(Article(id="s31-1", text=text, title="", date=ARTICLE)))
    assert {event.date for event in events} == {dt.date(2026, 11, 21)}


@pytest.mark.parametrize("sentence, text", [
    ("The driver pleaded guilty Monday to reckless homicide.", "Monday"),
    ("A neighbour testified on Tuesday that she heard three shots.", "Tuesday"),
    ("The trial resumed on Tuesday with testimony from a forensic expert.", "Tuesday"),
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
    resolved = resolve_event_date("The 19-year-old got 30 months of probation on Friday over the hunting-rifle "
                                  "death of a classmate eight months ago.", ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == "eight months ago"
    assert resolved.date == dt.date(2026, 3, 15) and resolved.time_precision == 3


@pytest.mark.parametrize("sentence, text, value", [
    ("Each of the three suspects faces a court hearing Thursday.", "Thursday", "2026-11-26"),
    ("The driver is to be sentenced Friday.", "Friday", "2026-11-27"),
])
def test_a_step_ahead_in_a_case_is_in_the_future(sentence, text, value):
    [expression] = find_time_expressions(sentence, ARTICLE)
    assert (expression.text, expression.value) == (text, value)
    assert resolve_event_date(sentence, ARTICLE).expression is None


def test_a_step_put_off_to_a_coming_month_dates_no_event():
    sentence = "Sentencing for the former warehouse guard was postponed until December."
    assert resolve_event_date(sentence, dt.date(2026, 10, 7)).expression is None
    assert resolve_event_date("The pharmacy was robbed in December.", dt.date(2026, 10, 7)).date == dt.date(2025, 12, 15)


@pytest.mark.parametrize("sentence", [
    "The family moved to the coast in March.",
    "He was pushed to the ground on Monday.",
])
def test_movement_is_no_step_ahead(sentence):
    assert resolve_event_date(sentence, ARTICLE).expression is not None


@pytest.mark.parametrize("sentence, values", [
    ("Fighting raged around the dam from April until September 2019, when engineers reopened its gates.",
     ["2019-04", "2019-09"]),
    ("Floods cut the road from December to February 2018.", ["2017-12", "2018-02"]),
    ("The blockade lasted from 4 June to 20 August 2020.", ["2020-06-04", "2020-08-20"]),
    ("Between October 2 and November 30, 2017, the mine stayed shut.", ["2017-10-02", "2017-11-30"]),
])
def test_a_range_gives_its_first_end_the_year_of_its_second(sentence, values):
    assert [expression.value for expression in find_time_expressions(sentence, ARTICLE)] == values


def test_the_time_a_when_clause_tells_an_act_at_dates_the_sentence():
    resolved = resolve_event_date("Fighting raged around the dam from April until September 2019, when engineers "
                                  "reopened its gates.", ARTICLE)
    assert resolved.expression is not None and resolved.expression.value == "2019-09"
    assert resolved.historical


def test_a_day_in_the_possessive_is_another_events():
    resolved = resolve_event_date("Two students who organised Friday's sit-in were detained on Saturday outside "
                                  "their dormitory.", ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == "Saturday"


@pytest.mark.parametrize("sentence, text, value", [
    ("Airport checks were tightened after 9/11.", "9/11", "2001-09-11"),
    ("It was the steepest fall since the September 11 attacks.", "September 11", "2001-09-11"),
    ("Talks stalled the week before last.", "the week before last", "2026-W46"),
    ("Rents rose the year before last.", "the year before last", "2024"),
])
def test_named_and_twice_removed_times(sentence, text, value):
    [expression] = find_time_expressions(sentence, ARTICLE)
    assert (expression.text, expression.value) == (text, value)


def test_a_plain_september_11_is_this_years():
    [expression] = find_time_expressions("Farmers met in the square on September 11.", ARTICLE)
    assert expression.value == "2026-09-11"


@pytest.mark.parametrize("sentence", [
    "A splinter faction claimed the bombing via its online outlet on Friday and named the bomber.",
    "The movement claimed responsibility on Friday.",
    "Separatists claimed responsibility for the shooting on Friday.",
])
def test_a_claims_day_is_a_statements_day(sentence):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == "Friday"
    assert resolved.statement_day
