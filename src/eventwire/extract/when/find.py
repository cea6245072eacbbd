"""Finding every time expression of a text: run the gated rules, settle overlaps, then join
"the morning of" to the day it names and give clock times the day named next to them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from eventwire.errors import EventwireError
from eventwire.extract.when.anaphora import anchor_shifts
from eventwire.extract.when.dates import PARTS_OF_DAY
from eventwire.extract.when.history import is_historical
from eventwire.extract.when.model import Context, Norm, TimeExpression
from eventwire.extract.when.rules import RULES, Handler


def find_time_expressions(text: str, article_date: dt.date | None) -> list[TimeExpression]:
    """Every time expression in `text`, normalised against `article_date` (may be None).

    Offsets index into `text`. Overlapping candidates are settled longest-first, then by the
    order of `RULES`. Never raises
    for any string input; a wrong argument type gives an `EventwireError`.
    """
    if not isinstance(text, str):
        raise EventwireError(f"find_time_expressions needs text as str, got {type(text).__name__}")
    if article_date is not None and not isinstance(article_date, dt.date):
        raise EventwireError(f"article_date must be a datetime.date or None, got {article_date!r}")
    if isinstance(article_date, dt.datetime):
        article_date = article_date.date()
    if not text:
        return []
    lowered = text.lower()
    context = Context(text, article_date)
    candidates: list[tuple[int, int, int, Handler, re.Match[str]]] = []
    for order, rule in enumerate(RULES):
        if not any(key in lowered for key in rule.gate):
            continue
        for match in rule.pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), order, rule.handler, match))
    candidates.sort(key=lambda item: (-(item[1] - item[0]), item[0], item[2]))
    taken: list[tuple[int, int]] = []
    found: list[tuple[TimeExpression, Norm]] = []
    for start, end, _order, handler, match in candidates:
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        if _NAME_AFTER.match(text, end):
            continue  # "the March 23 Movement", "6 October Bridge": a date inside a name
        try:
            norm = handler(match, context)
        except (ValueError, OverflowError, KeyError):
            norm = None  # an impossible date such as February 30: not a time expression
        if norm is None:
            continue
        taken.append((start, end))
        found.append((TimeExpression(start, end, text[start:end], norm.value, norm.type, norm.date,
                                     norm.precision, is_historical(norm, start, end, context)), norm))
    found.sort(key=lambda item: item[0].start)
    return attach_clock_times(attach_parts_of_day(anchor_shifts(found, context), text), text)


# Heads that make a date before them part of a name ("the March 23 Movement", "the April 6 Youth
# Movement", "26 July Street"), not a time expression.
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Movement|Alliance|Front|Brigades?|Party|Coalition|Group|Army|"
                         r"Militia|Street|Avenue|Square|Bridge|Stadium)\b")


_PART_OF_A_DAY = re.compile(r"\b[Tt]he (?P<part>morning|afternoon|evening|night) of\s+$")


def attach_parts_of_day(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"the morning of June 3" is one TIME expression (`2023-06-03TMO`), as TimeML has it."""
    result = []
    for expression in found:
        before = _PART_OF_A_DAY.search(text, max(0, expression.start - 30), expression.start)
        if before is not None and _DAY_VALUE.match(expression.value):
            code = PARTS_OF_DAY[before["part"]]
            expression = replace(expression, start=before.start(), text=text[before.start():expression.end],
                                 value=f"{expression.value}T{code}", type="TIME")
        result.append(expression)
    return result


_CLOCK_VALUE = re.compile(r"T\d\d:\d\dZ?$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
# "6 p.m. Friday", "Friday at 6 p.m.": one expression. Across a comma ("16:15 UTC, June 1")
# they stay two, as TimeML annotates them, the clock time dated by the day.
_JOINER = re.compile(r"[ \t]*(?:\b(?:on|at|of)\b)?[ \t]*(?:\b(?:on|at)\b)?[ \t]*")


def _same_sentence(between: str) -> bool:
    """No full stop (other than a.m. / p.m.) and no line break between two expressions."""
    return not re.search(r"\.|\n", between.replace("p.m.", "").replace("a.m.", ""))


def attach_clock_times(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """A clock time takes its day from a dated expression of the same sentence.

    "6 p.m. Friday" becomes one TIME expression; "18:00 UTC" in a sentence that says Tuesday is
    on Tuesday, not on the article date.
    """
    if len(found) < 2 or not any(_CLOCK_VALUE.search(item.value) for item in found):
        return found
    result = list(found)
    for clock in found:
        if not _CLOCK_VALUE.search(clock.value):
            continue
        days = [day for day in found if _DAY_VALUE.match(day.value) and day is not clock
                and _same_sentence(text[min(day.end, clock.end):max(day.start, clock.start)])]
        if not days:
            continue
        day = min(days, key=lambda item: abs(item.start - clock.start))
        time_part = clock.value[clock.value.index("T"):]
        first, second = (day, clock) if day.start < clock.start else (clock, day)
        if _JOINER.fullmatch(text[first.end:second.start]):
            merged = TimeExpression(first.start, second.end, text[first.start:second.end],
                                    day.value + time_part, "TIME", day.date, 1, day.historical,
                                    day.unanchored)
            result = [item for item in result if item is not day and item is not clock]
            result.append(merged)
            result.sort(key=lambda item: item.start)
            return attach_clock_times(result, text)
        result[result.index(clock)] = TimeExpression(
            clock.start, clock.end, clock.text, day.value + time_part, "TIME", day.date, 1, day.historical,
            day.unanchored)
    return result
