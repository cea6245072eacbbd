"""Rules for spans of time: relative weeks / months / years, weekends, "N units ago", durations,
sets, years, fiscal years, decades, centuries, quarters and halves, seasons, and the vague
references (now, recently, soon, the future).
Each takes the regular-expression match and the context and returns the normalised value, or
None to drop the match."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.extract.when.dates import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_CODES,
    WEEKDAYS,
    add_months,
    day_norm,
    month_norm,
    number,
    part_of,
    week_value,
    year_norm,
)
from eventwire.extract.when.model import Context, Norm


def relative_unit(match: re.Match[str], context: Context) -> Norm | None:
    """last/this/next/earlier this + week/month/year (optionally early/mid/late)."""
    unit = match["unit"].lower()
    relative = match["rel"].lower().split()[-1]
    if relative == "past" and unit != "quarter" and not match["part"]:
        # "over the past year" is the year up to now, not last calendar year: TimeML's P1Y
        return Norm(f"P1{UNIT_CODES[unit]}", "DURATION", None, 3)
    part = part_of(match["part"])  # "earlier this month" stays a month (3); "early" is a part (2)
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "the": 0, "current": 0, "next": 1,
            "coming": 1}[relative]
    return unit_from_article(unit, step, part, context)


def before_last(match: re.Match[str], context: Context) -> Norm | None:
    """"the week before last", "the year before last": two units back."""
    return unit_from_article(match["unit"].lower(), -2, "", context)


def unit_from_article(unit: str, step: int, part: str, context: Context) -> Norm | None:
    """The week, month, year or quarter `step` units from the article date's (`part`: early /
    mid / late)."""
    anchor = context.article_date
    if anchor is None:
        return Norm("XXXX-XX-XX", "DATE", None, 3 if unit != "week" else 2)
    if unit == "week":
        day = anchor + dt.timedelta(weeks=step)
        monday = day - dt.timedelta(days=day.weekday())
        # ACLED's middle of the range: Wednesday, or Tuesday / Friday for "early" / "late"
        offset = {"early": 1, "late": 4}.get(part, 2)
        return Norm(week_value(day), "DATE", monday + dt.timedelta(days=offset), 2)
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, step)
        return month_norm(year, month, part)
    if unit == "year":
        return year_norm(anchor.year + step, part)
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        year, quarter = divmod(index, 4)
        return Norm(f"{year}-Q{quarter + 1}", "DATE", dt.date(year, quarter * 3 + 2, 15), 3)
    return None


def weekend(match: re.Match[str], context: Context) -> Norm | None:
    anchor = context.article_date
    if anchor is None:
        return Norm("XXXX-WXX-WE", "DATE", None, 2)
    saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
    relative = (match["rel"] or "").lower()
    if relative == "next" or (relative == "this" and anchor.weekday() < 4
                              and context.future(match.start(), match.end())):
        saturday += dt.timedelta(days=7)
    elif relative == "last" and anchor.weekday() >= 5:
        saturday -= dt.timedelta(days=7)
    return Norm(week_value(saturday) + "-WE", "DATE", saturday, 2)


# "X and a half ago" counted in the next smaller unit: a year and a half is 18 months.
_HALF_IN = {"decade": ("year", 10), "year": ("month", 12), "month": ("week", 4), "fortnight": ("day", 14),
            "week": ("day", 7)}


def ago(match: re.Match[str], context: Context) -> Norm | None:
    count = number(match["num"])
    unit = match["unit"].lower()
    anchor = context.article_date
    if count is not None and (match["half"] or match["half_after"]):
        if unit not in _HALF_IN:
            return Norm("PAST_REF", "DATE", None, 3)
        unit, per = _HALF_IN[unit]
        count = float(round((count + 0.5) * per))
    if count is None or anchor is None or count != int(count) or count > 5000:
        return Norm("PAST_REF", "DATE", None, 3)
    count_int = int(count)
    if unit == "day":
        return day_norm(anchor - dt.timedelta(days=count_int))
    if unit in {"week", "fortnight"}:
        day = anchor - dt.timedelta(weeks=count_int * (2 if unit == "fortnight" else 1))
        return Norm(week_value(day), "DATE", day, 2)
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, -count_int)
        return month_norm(year, month)
    if unit == "year" and anchor.year - count_int >= 1:
        return year_norm(anchor.year - count_int)
    if unit == "decade" and anchor.year - 10 * count_int >= 1:
        return year_norm(anchor.year - 10 * count_int)
    return None


# What makes "a day" a point, not a length: a clause that tells of it ("there came a day when ...",
# "not a day anybody forgets"), which TimeML does not read as a duration.
_CLAUSE_OF_THE_UNIT = re.compile(r"\s+(?:when|where|anybody|anyone|nobody|no\s+one|everybody|everyone)\b",
                                 re.IGNORECASE)


def duration(match: re.Match[str], context: Context) -> Norm | None:
    if (match["num"] or "").lower() in {"a", "an"} and _CLAUSE_OF_THE_UNIT.match(context.text, match.end()):
        return None
    unit = UNIT_CODES[match["unit"].lower().replace("centurie", "century")]
    count = number(match["num"]) if match["num"] else 1.0
    if match["half"] and count is not None:
        count += 0.5
    amount = "X" if count is None else (f"{count:g}")
    if unit == "DE" and count is not None:
        amount, unit = f"{count * 10:g}", "Y"
    if unit == "CE" and count is not None:
        amount, unit = f"{count * 100:g}", "Y"
    if unit.startswith("T"):
        return Norm(f"PT{amount}{unit[1]}", "DURATION", None, 3)
    return Norm(f"P{amount}{unit}", "DURATION", None, 3)


def vague_duration(match: re.Match[str], context: Context) -> Norm | None:
    unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
    code = {"years": "Y", "decades": "DE", "months": "M", "weeks": "W", "days": "D", "hours": "TXH",
            "minutes": "TXM"}[unit]
    return Norm("P" + code if code.startswith("T") else "PX" + code, "DURATION", None, 3)


def recurrence(match: re.Match[str], context: Context) -> Norm | None:
    """"annual", "twice a week" (TimeML's SET `P1W`), "every Monday" (`XXXX-WXX-1`), "each
    morning" (`XXXX-XX-XXTMO`)."""
    word = match.group().lower()
    weekday = next((index for name, index in WEEKDAYS.items() if name in word), None)
    if weekday is not None:
        return Norm(f"XXXX-WXX-{weekday + 1}", "SET", None, 3)
    part = next((code for name, code in PARTS_OF_DAY.items() if name in word), None)
    if part is not None:
        return Norm(f"XXXX-XX-XXT{part}", "SET", None, 3)
    if "hour" in word:
        return Norm("PT1H", "SET", None, 3)
    for key, code in (("year", "Y"), ("annual", "Y"), ("month", "M"), ("week", "W"), ("dai", "D"),
                      ("day", "D")):
        if key in word:
            return Norm(f"P1{code}", "SET", None, 3)
    return None


def bare_year(match: re.Match[str], context: Context) -> Norm | None:
    return year_norm(int(match["year"]), part_of(match["part"]))


def decade_name(match: re.Match[str], context: Context) -> Norm | None:
    """"the 1990s", "the mid-1980s", "the '60s": TIMEX3 writes a decade as its first three digits."""
    digits = (match["decade"] or match["short"] or match["quoted"] or match["listed"]).lstrip("'")
    if len(digits) == 2:
        century = "19" if int(digits) > 20 else "20"
        digits = century + digits
    year = int(digits)
    return Norm(digits[:3], "DATE", dt.date(year + 5, 1, 1), 3)


def century_name(match: re.Match[str], context: Context) -> Norm | None:
    """"the 20th century": TIMEX3 writes a century as its first two digits (`19`)."""
    ordinal = int(match["century"])
    if not 1 <= ordinal <= 21:
        return None
    return Norm(f"{ordinal - 1:02d}", "DATE", dt.date(max(1, (ordinal - 1) * 100 + 50), 1, 1), 3)


def fiscal_year(match: re.Match[str], context: Context) -> Norm | None:
    """"fiscal 1997", "fiscal year 2006": TIMEX3's `FY1997`, dated like the calendar year."""
    return Norm(f"FY{match['year']}", "DATE", dt.date(int(match["year"]), 7, 1), 3)


def relative_fiscal_year(match: re.Match[str], context: Context) -> Norm | None:
    """"the fiscal year", "last financial year": `FY` of the article's year, or the one before
    or after ("the beginning of" stays in the extent, as TimeML's mod START)."""
    anchor = context.article_date
    if anchor is None:
        return Norm("FYXXXX", "DATE", None, 3)
    relative = match["rel"].lower().split()[-1]
    year = anchor.year + {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(relative, 0)
    return Norm(f"FY{year}", "DATE", dt.date(year, 7, 1), 3)


def year_part(match: re.Match[str], context: Context) -> Norm | None:
    """A quarter (`1998-Q3`) or half (`1997-H1`) of a year: ordinal, "last"/"past"/"previous"
    (the one before the article's, or the last of a named year)."""
    code, parts = ("H", 2) if match["unit"].lower() == "half" else ("Q", 4)
    ordinal = match["ord"].lower()
    anchor = context.article_date
    year: int | None
    if match["year"]:
        year = int(match["year"])
    elif match["rel"]:
        year = anchor.year + {"last": -1, "this": 0, "next": 1, "previous": -1}[match["rel"].lower()] if anchor else None
    else:
        year = anchor.year if anchor else None
    if ordinal in {"last", "past", "previous"} and not match["year"] and not match["rel"]:
        if anchor is None:
            return Norm(f"XXXX-{code}X", "DATE", None, 3)
        index = anchor.year * parts + (anchor.month - 1) * parts // 12 - 1
        year, part = divmod(index, parts)
        part += 1
    else:
        part = min(ORDINALS.get(ordinal, parts), parts)
    if year is None:
        return Norm(f"XXXX-{code}{part}", "DATE", None, 3)
    start = dt.date(year, (part - 1) * 12 // parts + 1, 1)
    if (anchor is not None and match.group().lower().endswith(match["unit"].lower())
            and start > anchor + dt.timedelta(days=45) and not context.future(match.start(), match.end())):
        # "profit fell in the fourth quarter" said in June: last year's, by the rule that dates
        # a bare month (`dates.nearest_occurrence`)
        year -= 1
        start = start.replace(year=year)
    next_year, next_month = add_months(year, start.month, 12 // parts)
    middle = start + (dt.date(next_year, next_month, 1) - start) / 2
    return Norm(f"{year}-{code}{part}", "DATE", middle, 3)


def season_name(match: re.Match[str], context: Context) -> Norm | None:
    code = SEASONS[match["season"].lower()]
    anchor = context.article_date
    if match["year"]:
        year = int(match["year"])
    elif anchor is None:
        return Norm(f"XXXX-{code}", "DATE", None, 3)
    else:
        year = anchor.year + {"last": -1, "next": 1}.get((match["rel"] or "").lower(), 0)
    month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
    return Norm(f"{year}-{code}", "DATE", dt.date(year, month, 15), 3)


def reference(match: re.Match[str], context: Context) -> Norm | None:
    word = match.group().lower()
    if any(key in word for key in ("future", "soon", "term")):
        return Norm("FUTURE_REF", "DATE", None, 3)
    if any(key in word for key in ("past", "recent", "formerly", "previously", "history")):
        return Norm("PAST_REF", "DATE", None, 3)
    return Norm("PRESENT_REF", "DATE", context.article_date, 1)


def boundary_of_year(match: re.Match[str], context: Context) -> Norm | None:
    part = part_of(match["part"])
    anchor = context.article_date
    if match["year"]:
        return year_norm(int(match["year"]), part)
    relative = (match["rel"] or "this").lower()
    if anchor is None:
        return Norm("XXXX", "DATE", None, 3)
    return year_norm(anchor.year + {"last": -1, "previous": -1, "next": 1}.get(relative, 0), part)
