"""A beginning told of a noun in a relative clause ("the group that has blockaded the roads since
September") dates no event its sentence tells; "since" in the main clause stays history."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.when import resolve_event_date

ARTICLE = dt.date(2025, 10, 15)


def test_since_in_a_relative_clause_dates_no_event():
    sentence = "The Red Hill Front, the group that has blockaded the roads since September, claimed the attack."
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is None and not resolved.historical


def test_since_in_the_main_clause_is_history():
    resolved = resolve_event_date("The war has killed thousands of people since 2014.", ARTICLE)
    assert resolved.historical and resolved.date.year == 2014


def test_since_a_recent_day_still_dates():
    assert resolve_event_date("Fighting has raged near the town since Monday.", ARTICLE).date == dt.date(2025, 10, 13)
