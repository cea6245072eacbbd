"""Calendar words and arithmetic shared by the rules: months, weekdays, numbers, ISO weeks,
and the values (with ACLED's representative day and precision) of days, months and years."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from eventwire.extract.when.model import Context, Norm

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W",
              "month": "M", "year": "Y", "decade": "DE", "century": "CE"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}


def number(word: str) -> float | None:
    """The value of a numeral in digits or words; None for vague ones (several, a few, many)."""
    word = word.lower().replace("-", " ").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    parts = word.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def nearest_occurrence(of_year: Callable[[int], dt.date | None], context: Context, start: int,
                       end: int) -> dt.date | None:
    """The day an undated mention of a yearly day means ("on December 2", "at Christmas"): the
    article's year; the year before when that lies over 45 days ahead and nothing speaks of the
    future; the year after when it lies far back and something does. Needs an article date."""
    anchor = context.article_date
    assert anchor is not None
    candidate = of_year(anchor.year)
    if candidate is None:
        return None
    if candidate > anchor + dt.timedelta(days=45) and not context.future(start, end):
        return of_year(anchor.year - 1) or candidate
    if candidate < anchor - dt.timedelta(days=300) and context.future(start, end):
        return of_year(anchor.year + 1) or candidate
    return candidate


def day_norm(day: dt.date | None, precision: int = 1, kind: str = "DATE", suffix: str = "") -> Norm:
    if day is None:
        return Norm("XXXX-XX-XX" + suffix, kind, None, precision)
    return Norm(day.isoformat() + suffix, kind, day, precision)


def month_norm(year: int, month: int, part: str = "") -> Norm:
    """A month (precision 3) or part of one (precision 2), dated at ACLED's middle of the range."""
    day = {"early": 5, "mid": 15, "late": 25}.get(part, 15)
    return Norm(f"{year:04d}-{month:02d}", "DATE", safe_date(year, month, day), 2 if part else 3)


def year_norm(year: int, part: str = "") -> Norm:
    month = {"early": 2, "mid": 7, "late": 11}.get(part, 7)
    return Norm(f"{year:04d}", "DATE", dt.date(year, month, 1), 3)


def part_of(word: str | None) -> str:
    """early / mid / late from the modifier words ("the beginning of", "mid-", "later")."""
    if not word:
        return ""
    word = word.lower().removeprefix("the ")
    if word.startswith(("early", "beginning", "start")):
        return "early"
    if word.startswith(("mid", "middle")):
        return "mid"
    if word.startswith(("late", "end")):
        return "late"
    return ""
