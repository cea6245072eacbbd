"""When/ rules of session 27: a victim's later death, state or bail hearing dates itself, not the attack."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.when import resolve_event_date

ARTICLE = dt.date(2026, 3, 18)  # a Wednesday


def test_a_death_told_before_its_wounds_leaves_the_day_the_wounds_were_suffered():
    sentence = "Police said a farmer died Monday of a bullet wound suffered on Saturday near the market."
    assert resolve_event_date(sentence, ARTICLE).date == dt.date(2026, 3, 14)


def test_a_death_in_hospital_told_before_the_hospital_is_a_later_day():
    resolved = resolve_event_date("A nurse wounded in the raid died Tuesday at a hospital in the capital.", ARTICLE)
    assert resolved.date == dt.date(2026, 3, 17) and resolved.statement_day


def test_a_death_with_its_day_and_no_later_cause_is_the_events_day():
    resolved = resolve_event_date("Three guards died on Monday when gunmen stormed the depot.", ARTICLE)
    assert resolved.date == dt.date(2026, 3, 16) and not resolved.statement_day


def test_a_victims_condition_on_a_day_gives_way_to_the_attacks_day():
    sentence = "A boy shot on Sunday outside his school was still in critical condition on Tuesday, his uncle said."
    assert resolve_event_date(sentence, ARTICLE).date == dt.date(2026, 3, 15)


def test_a_condition_day_alone_is_flagged_as_no_day_of_the_event():
    resolved = resolve_event_date("The wounded driver remained in \"grave\" condition on Tuesday.", ARTICLE)
    assert resolved.statement_day


def test_a_bail_hearing_dates_itself_not_the_killing():
    sentence = "Bond was set Tuesday for the neighbour of the teenager who was shot dead last Saturday."
    assert resolve_event_date(sentence, ARTICLE).date == dt.date(2026, 3, 14)
