"""A bare "overnight" ("Overnight, gunmen burned ...", "in an overnight raid") is the night that ran
into the report's day, or into the day the sentence gives; a night the report names ("overnight into
Sunday") is that day's, and a thing that lasts a night ("an overnight curfew") is no time."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

THURSDAY = dt.date(2026, 8, 20)


@pytest.mark.parametrize("sentence", [
    "Overnight, gunmen set fire to two grain lorries on the edge of Kasoto, police said.",
    "Youths looted a warehouse in Mbeleni overnight, residents said.",
    "Bandits killed four herders in an overnight raid on a camp near Dungu.",
])
def test_a_bare_overnight_is_the_night_that_ran_into_the_report_s_day(sentence: str):
    told = resolve_event_date(sentence, THURSDAY)
    assert (told.date, told.time_precision) == (THURSDAY, 1)
    assert [e.value for e in find_time_expressions(sentence, THURSDAY)] == ["2026-08-20TNI"]


@pytest.mark.parametrize(("sentence", "day"), [
    ("Bandits abducted 12 traders in an overnight raid on Kasoto, residents said on Monday.", dt.date(2026, 8, 17)),
    ("Bandits killed six herders in an overnight raid on Kasoto on Tuesday, residents said on Wednesday.",
     dt.date(2026, 8, 18)),
])
def test_an_overnight_act_told_on_a_day_ran_into_that_day(sentence: str, day: dt.date):
    told = resolve_event_date(sentence, THURSDAY)
    assert told.date == day and not told.statement_day


@pytest.mark.parametrize(("sentence", "day"), [
    ("Overnight into Sunday, drones struck a fuel depot in Pelora.", dt.date(2026, 8, 16)),
    ("Rebels shelled the hills above Pelora overnight Saturday.", dt.date(2026, 8, 15)),
])
def test_a_night_the_report_names_is_that_day_s(sentence: str, day: dt.date):
    assert resolve_event_date(sentence, THURSDAY).date == day


def test_an_overnight_curfew_is_no_time_expression():
    assert find_time_expressions("The council imposed an overnight curfew in Pelora.", THURSDAY) == []
