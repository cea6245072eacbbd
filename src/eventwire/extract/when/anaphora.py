"""Expressions dated from the time the narrative is at, not from the article date: "the next
day", "the previous year", "that night", "three days later". TimeML anchors them on the last
date the text gave; with no earlier date the article date stands in (as the rule computes it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from eventwire.extract.when.dates import (
    PARTS_OF_DAY,
    add_months,
    day_norm,
    month_norm,
    number,
    week_value,
    year_norm,
)
from eventwire.extract.when.history import is_historical
from eventwire.extract.when.model import Context, Norm, Shift, TimeExpression

_FORWARD = {"next", "following", "after", "later"}
_BACKWARD = {"previous", "prior", "before", "earlier"}
# Which earlier values can anchor a shift of each unit: a day needs a day, a week a day or a
# week, a year any date.
_ANCHOR_VALUE = {"day": re.compile(r"\d{4}-\d\d-\d\d"), "week": re.compile(r"\d{4}-(?:\d\d-\d\d|W\d\d)"),
                 "month": re.compile(r"\d{4}-\d\d"), "year": re.compile(r"\d{4}"),
                 "same": re.compile(r"\d{4}(?!\d)")}


def shifted(anchor: dt.date, shift: Shift) -> Norm:
    """The value `shift` gives counted from the day `anchor`."""
    if shift.unit == "month":
        year, month = add_months(anchor.year, anchor.month, shift.amount)
        return month_norm(year, month)
    if shift.unit == "year":
        return year_norm(anchor.year + shift.amount)
    if shift.unit == "week":
        day = anchor + dt.timedelta(weeks=shift.amount)
        return Norm(week_value(day), "DATE", day, 2)
    day = anchor + dt.timedelta(days=shift.amount)
    if shift.part_of_day:
        return day_norm(day, 1, "TIME", f"T{shift.part_of_day}")
    return day_norm(day)


def anaphoric(match: re.Match[str], context: Context) -> Norm | None:
    """The rule's value from the article date, carrying the shift for `anchor_shifts`."""
    words = (match["dir"] or "").lower().split()
    direction = words[-1] if words else ""
    unit = match["unit"].lower()
    numeral = match.groupdict().get("num")
    count = number(numeral) if numeral else 1.0
    if count is None or count != int(count):
        return None
    sign = 1 if direction in _FORWARD else -1 if direction in _BACKWARD else 0
    part = PARTS_OF_DAY.get(unit, "")
    shift = Shift("day" if part else unit, sign * int(count), part)
    if context.article_date is None:
        kind = "TIME" if part else "DATE"
        return Norm({"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(shift.unit, "XXXX-XX-XX"),
                    kind, None, {"year": 3, "month": 3, "week": 2}.get(shift.unit, 1), shift)
    norm = shifted(context.article_date, shift)
    return Norm(norm.value, norm.type, norm.date, norm.precision, shift)


def within_the_day(match: re.Match[str], context: Context) -> Norm | None:
    """"Hours later", "minutes earlier": the narrative's day (a few hours seldom cross into
    another day a report would name)."""
    shift = Shift("day", 0)
    if context.article_date is None:
        return Norm("XXXX-XX-XX", "DATE", None, 1, shift)
    norm = shifted(context.article_date, shift)
    return Norm(norm.value, norm.type, norm.date, norm.precision, shift)


def same_month_a_year_before(match: re.Match[str], context: Context) -> Norm | None:
    """"the same month a year ago / last year": the narrative's month, twelve months back."""
    shift = Shift("month", -12)
    if context.article_date is None:
        return Norm("XXXX-XX", "DATE", None, 3, shift)
    norm = shifted(context.article_date, shift)
    return Norm(norm.value, norm.type, norm.date, norm.precision, shift)


def the_time_last_given(match: re.Match[str], context: Context) -> Norm | None:
    """"by that time": the last date the text gave, at its own granularity (`anchor_shifts`
    copies it); with none, the article date stands in."""
    shift = Shift("same", 0)
    if context.article_date is None:
        return Norm("XXXX-XX-XX", "DATE", None, 1, shift)
    norm = day_norm(context.article_date)
    return Norm(norm.value, norm.type, norm.date, norm.precision, shift)


def anchor_shifts(found: list[tuple[TimeExpression, Norm]], context: Context) -> list[TimeExpression]:
    """Re-date each shifted expression from the last earlier expression that can anchor it;
    without one it keeps its article-date value and is marked `unanchored`."""
    result: list[TimeExpression] = []
    for expression, norm in found:
        shift = norm.shift
        if shift is not None:
            anchor = next((earlier for earlier in reversed(result) if earlier.date is not None
                           and _ANCHOR_VALUE[shift.unit].match(earlier.value)), None)
            if anchor is not None and anchor.date is not None:
                norm = (Norm(anchor.value, anchor.type, anchor.date, anchor.time_precision) if shift.unit == "same"
                        else shifted(anchor.date, shift))
                start, end = expression.start, expression.end
                expression = TimeExpression(start, end, expression.text, norm.value, norm.type, norm.date,
                                            norm.precision, is_historical(norm, start, end, context))
            else:
                expression = replace(expression, unanchored=True)
        result.append(expression)
    return result
