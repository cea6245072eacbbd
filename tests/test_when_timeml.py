"""TimeML (TempEval-3) conventions of eventwire.extract.when, and the gun-violence phrasing the
incident dates depend on."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

SUNDAY = dt.date(2023, 6, 4)


def found(text: str, article_date: dt.date | None = SUNDAY) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_time_expressions(text, article_date)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales rose over the past year.", [("the past year", "DURATION", "P1Y")]),
    ("Prices fell in the past week.", [("the past week", "DURATION", "P1W")]),
    ("The past quarter was weak.", [("The past quarter", "DATE", "2023-Q1")]),
    ("Profit fell in the fourth quarter.", [("the fourth quarter", "DATE", "2022-Q4")]),
    ("Profit will rise in the fourth quarter.", [("the fourth quarter", "DATE", "2023-Q4")]),
    ("Profit rose in the second quarter.", [("the second quarter", "DATE", "2023-Q2")]),
    ("The group met every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("He ran twice a week.", [("twice a week", "SET", "P1W")]),
    ("They pray each morning.", [("each morning", "SET", "XXXX-XX-XXTMO")]),
    ("The fire broke out after midnight.", [("midnight", "TIME", "2023-06-04T24:00")]),
    ("The meeting ended at noon Friday.", [("noon Friday", "TIME", "2023-06-02T12:00")]),
    ("The truce began at 0600 GMT.", [("0600 GMT", "TIME", "2023-06-04T06:00Z")]),
    ("He arrived on the morning of June 3.", [("the morning of June 3", "TIME", "2023-06-03TMO")]),
    ("Police waited for hours.", [("for hours", "DURATION", "PTXH")]),
    ("Within days, the deal collapsed.", [("Within days", "DURATION", "PXD")]),
    ("It had been decades in the making.", [("decades", "DURATION", "PXDE")]),
    ("After years of war, peace came.", [("years", "DURATION", "PXY")]),
    ("He was shot early Sunday.", [("early Sunday", "DATE", "2023-06-04")]),
    ("It happened late last night.", [("late last night", "TIME", "2023-06-03TNI")]),
])
def test_timeml_extents_types_and_values(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("sentence", "day"), [
    ("A man was shot early Sunday.", dt.date(2023, 6, 4)),
    ("The shooting happened Saturday night.", dt.date(2023, 6, 3)),
    ("Police arrived late Friday.", dt.date(2023, 6, 2)),
    ("A man was shot early this morning.", SUNDAY),
    ("Police were called around midnight Friday.", dt.date(2023, 6, 2)),
])
def test_gun_violence_phrasing_dates_the_event_to_the_day(sentence, day):
    result = resolve_event_date(sentence, SUNDAY)
    assert (result.date, result.time_precision) == (day, 1)


def test_a_named_clock_time_alone_does_not_fix_the_day():
    assert resolve_event_date("The shots rang out shortly after midnight.", SUNDAY).expression is None


def test_a_statement_day_after_late_is_still_a_statement_day():
    assert resolve_event_date("Police said late Saturday that a man was shot.", SUNDAY).statement_day


@pytest.mark.parametrize(("text", "value"), [
    ("He was arrested on May 1 and released the following week.", "2023-W19"),
    ("He was shot on Friday; a week later he died.", "2023-W23"),
    ("The rally was held this past weekend.", "2023-W22-WE"),
])
def test_weeks_counted_from_the_narrative_and_this_past_weekend(text, value):
    assert find_time_expressions(text, SUNDAY)[-1].value == value


THURSDAY = dt.date(2023, 6, 1)


@pytest.mark.parametrize(("sentence", "day"), [
    ("The plan was announced on Tuesday.", dt.date(2023, 5, 30)),
    ("He died due to injuries suffered Friday.", dt.date(2023, 5, 26)),
    ("He is due to appear in court Friday.", dt.date(2023, 6, 2)),
    ("The company plans to hold a rally on Friday.", dt.date(2023, 6, 2)),
])
def test_the_noun_plan_and_causal_due_to_are_not_future_cues(sentence, day):
    assert find_time_expressions(sentence, THURSDAY)[0].date == day


@pytest.mark.parametrize("text", ["The most recent model sold well.", "It is light years ahead."])
def test_lookalikes_are_not_times(text):
    assert find_time_expressions(text, SUNDAY) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The sale closes by July 10. If no price is agreed by that time, talks end.",
     ("that time", "DATE", "2023-07-10")),
    ("The firm grew in March 2020. At that time it had ten staff.", ("that time", "DATE", "2020-03")),
    ("Sales rose in May compared to the same period last year.", ("the same period last year", "DATE", "2022-05")),
    ("Shares rose on Friday before falling later in the day.", ("the day", "DATE", "2023-06-02")),
])
def test_anaphoric_time_period_and_day_take_the_narratives_date(text, expected):
    assert found(text)[-1] == expected


def test_that_time_without_an_earlier_date_does_not_date_an_event():
    assert find_time_expressions("At that time the road was closed.", SUNDAY)[0].unanchored
    assert found("The day-to-day work went on later in the day-long vigil.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales doubled at the very beginning of the financial year.",
     ("the very beginning of the financial year", "DATE", "FY2023")),
    ("Profit fell in the last fiscal year.", ("the last fiscal year", "DATE", "FY2022")),
    ("Its budget for financial year 2021 grew.", ("financial year 2021", "DATE", "FY2021")),
    ("On Friday the shares rose in morning trading.", ("morning", "TIME", "2023-06-02TMO")),
])
def test_fiscal_years_and_trading_sessions(text, expected):
    assert found(text)[-1] == expected
