"""Rules for days and points in time: explicit dates, weekdays, today / yesterday, parts of the
day, clock times, named weeks of a month. Each takes the regular-expression match and the
context and returns the normalised value, or None to drop the match."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.extract.when.dates import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    WEEKDAYS,
    add_months,
    day_norm,
    day_number,
    month_norm,
    month_number,
    nearest_occurrence,
    part_of,
    safe_date,
    week_value,
)
from eventwire.extract.when.model import Context, Norm


# The other end of a range that names its year: "from May [to October 2019]", "between
# June 3 [and July 9, 2021]".
_RANGE_END = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s+(?:(?:early|mid|late)[- ]?)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>[A-Z][a-z]{2,8}\.?)"
                        r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?P<year>(?:1[89]|20)\d\d)\b")


def range_year(month: int, context: Context, end: int) -> int | None:
    """The year of a month given without one at the start of a range whose other end names its
    year: that year, or the one before when the range runs over New Year ("from November to
    March 2022": November 2021)."""
    found = _RANGE_END.match(context.text, end)
    if found is None or found["month"].lower().rstrip(".") not in MONTHS:
        return None
    year = int(found["year"])
    return year - 1 if month > month_number(found["month"]) else year


def explicit_date(match: re.Match[str], context: Context) -> Norm | None:
    groups = match.groupdict()
    month = month_number(groups["month"])
    day = day_number(groups["day"])
    year_text = groups.get("year") or range_year(month, context, match.end())
    if year_text:
        return day_norm(safe_date(int(year_text), month, day))
    if context.article_date is None:
        return Norm(f"XXXX-{month:02d}-{day:02d}", "DATE", None, 1)
    candidate = nearest_occurrence(lambda year: safe_date(year, month, day), context,
                                   match.start(), match.end())
    return day_norm(candidate) if candidate else None


def day_of_month(match: re.Match[str], context: Context) -> Norm | None:
    """"on the 19th": this month's if that day has come (or the words speak of the future),
    else last month's."""
    day = int(match["day"])
    anchor = context.article_date
    if anchor is None:
        return Norm(f"XXXX-XX-{day:02d}", "DATE", None, 1)
    step = 0 if day <= anchor.day or context.future(match.start(), match.end()) else -1
    year, month = add_months(anchor.year, anchor.month, step)
    candidate = safe_date(year, month, day)
    return day_norm(candidate) if candidate else None


def numeric_date(match: re.Match[str], context: Context) -> Norm | None:
    first, second, year_text = int(match["a"]), int(match["b"]), match["y"]
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 50 else 1900
    month, day = (first, second) if first <= 12 else (second, first)  # US order first
    return day_norm(safe_date(year, month, day)) if safe_date(year, month, day) else None


def iso_date(match: re.Match[str], context: Context) -> Norm | None:
    return day_norm(safe_date(int(match["y"]), int(match["m"]), int(match["d"])))


def month_year(match: re.Match[str], context: Context) -> Norm | None:
    month = month_number(match["month"])
    part = part_of(match["part"])
    year_given = match["year"] or (None if match["rel"] or match["lead"] else range_year(month, context, match.end()))
    if year_given:
        return month_norm(int(year_given), month, part)
    relative = (match["rel"] or "").lower()
    anchor = context.article_date
    if anchor is None:
        return Norm(f"XXXX-{month:02d}", "DATE", None, 2 if part else 3)
    year = anchor.year
    lead = (match["lead"] or "").lower()
    if relative == "last":
        year -= 1
    elif relative == "next":
        year += 1
    elif lead == "last":
        year -= month >= anchor.month  # "last August": the latest August before this month
    elif lead == "next":
        year += month <= anchor.month  # "next March": the first March after this month
    elif not lead and month > anchor.month + 4 and not context.future(match.start(), match.end()):
        year -= 1  # "in December" said in March; a nearer month keeps the article's year
    return month_norm(year, month, part)


def weekday_name(match: re.Match[str], context: Context) -> Norm | None:
    weekday = WEEKDAYS[match["weekday"].lower()]
    part = (match["part"] or "").lower()
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    kind = "TIME" if part else "DATE"
    anchor = context.article_date
    if anchor is None:
        return Norm("XXXX-XX-XX" + suffix, kind, None, 1)
    week = (match["week"] or "").lower()
    if week:
        # "Tuesday last week", "on Friday of next week": that weekday of the named week
        shift = {"last": -7, "next": 7}.get(week, 0)
        day = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=shift + weekday)
        return day_norm(day, 1, kind, suffix)
    back = (anchor.weekday() - weekday) % 7
    relative = (match["rel"] or "").lower()
    if relative == "next" or (relative != "last" and back and context.future(match.start(), match.end())):
        day = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    else:
        day = anchor - dt.timedelta(days=back if relative != "last" else back or 7)
    return day_norm(day, 1, kind, suffix)


def deictic_day(match: re.Match[str], context: Context) -> Norm | None:
    """"yesterday", "tonight", "tomorrow morning"; "the day before yesterday" is a day further back."""
    word = match["word"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word, 0)
    if match["beyond"]:
        offset *= 2
    part = (match["part"] or "").lower()
    if word == "tonight":
        part = "night"
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    anchor = context.article_date
    day = anchor + dt.timedelta(days=offset) if anchor else None
    return day_norm(day, 1, "TIME" if part and word != "this" else "DATE", suffix)


def this_part_of_day(match: re.Match[str], context: Context) -> Norm | None:
    part = match["part"].lower()
    anchor = context.article_date
    relative = match["rel"].lower()
    if relative == "last" and part != "night":
        return None
    day = anchor - dt.timedelta(days=1) if anchor and relative == "last" else anchor
    return day_norm(day, 1, "TIME", f"T{PARTS_OF_DAY[part]}")


def overnight(match: re.Match[str], context: Context) -> Norm | None:
    """"Overnight, gunmen burned ...", "in an overnight raid": the night that ran into the report's
    day, dated by that day as "overnight into Sunday" is dated by Sunday (`resolve_event_date` puts
    a statement's day in its place: "an overnight raid, residents said on Sunday")."""
    return day_norm(context.article_date, 1, "TIME", "TNI")


def week_of_month(match: re.Match[str], context: Context) -> Norm | None:
    month = month_number(match["month"])
    anchor = context.article_date
    year = int(match["year"]) if match["year"] else (anchor.year if anchor else None)
    if year is None:
        return Norm(f"XXXX-{month:02d}", "DATE", None, 2)
    ordinal = match["ord"].lower()
    if ordinal in {"last", "final"}:
        next_year, next_month = add_months(year, month, 1)
        day = dt.date(next_year, next_month, 1) - dt.timedelta(days=4)
    else:
        day = dt.date(year, month, 7 * ORDINALS[ordinal] - 3)
    return Norm(week_value(day), "DATE", day, 2)


def clock_time(match: re.Match[str], context: Context) -> Norm | None:
    """"16:15 UTC", "0600 GMT", "6:40 p.m.", "11 a.m.", "noon" on the article date (a day named in the same
    sentence replaces it later, see `find.attach_clock_times`). Midnight is TIMEX3's `T24:00`,
    the end of the day it is dated by."""
    anchor = context.article_date
    prefix = anchor.isoformat() if anchor else "XXXX-XX-XX"
    if match["named"]:
        clock = "T24:00" if match["named"].lower() == "midnight" else "T12:00"
        return Norm(prefix + clock, "TIME", anchor, 1)
    hour = int(match["hour"] or match["hour2"] or match["hour3"])  # "0600 GMT": news-agency style
    minute = int(match["minute"] or match["minute3"] or 0)
    meridiem = (match["ampm"] or match["ampm2"] or "").lower().replace(".", "").replace(" ", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    zone = "Z" if (match["zone"] or match["zone3"] or "").upper() in {"UTC", "GMT"} else ""
    return Norm(f"{prefix}T{hour:02d}:{minute:02d}{zone}", "TIME", anchor, 1)


def attacks_of_2001(match: re.Match[str], context: Context) -> Norm | None:
    """"9/11", "the September 11 attacks": the day of the attacks on the United States in 2001,
    as TimeML dates a named event's day, not this year's September 11."""
    return day_norm(dt.date(2001, 9, 11))
