"""Annotation-convention adapter for timex scoring: our TimeML values in a corpus' own dialect.

`find_time_expressions` writes plain TimeML (TIMEX3 as in the TimeML 1.2.1 guidelines and
TimeBank), and that is what the product stores. Some gold corpora follow annotation guidelines
that part from TimeML on a few expression forms; scoring our TimeML against them counts a
convention difference as an error. The adapter rewrites our *predictions* into the corpus'
convention before matching, by rules over expression forms only (never over particular
documents or strings), one function per rule, each saying which convention it encodes.

Conventions:

* `timeml`: no rewriting.
* `meantime`: the NewsReader guidelines for annotation at document level (Tonelli et al.
  2014, used for the MEANTIME corpus, Minard et al. 2016). Where they differ from TimeML:
  "N units ago" is a DURATION with "ago" a signal; a range's duration is a consuming TIMEX3
  over the whole range; "<month> of next year" is two TIMEX3s.
* `auto`: `meantime` for MEANTIME-style files, told by MEANTIME's partial annotation (title,
  dateline and first sentences only: some document's `annotated_end` falls before the end of
  its text), else `timeml` (a fully annotated TimeML corpus in the same format stays TimeML).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from enum import Enum
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.extract.when import TimeExpression
from eventwire.extract.when.dates import UNIT_CODES, number

__all__ = ["Convention", "MEANTIME_RULES", "adapt", "resolve_convention"]


class Convention(str, Enum):
    """The annotation convention the gold file follows."""

    auto = "auto"
    timeml = "timeml"
    meantime = "meantime"


Rule = Callable[[str, list[TimeExpression]], list[TimeExpression]]


def resolve_convention(convention: Convention | str, documents: Iterable[dict[str, Any]]) -> Convention:
    """`auto` made concrete: `meantime` when some document is annotated only up to its
    `annotated_end`, as MEANTIME is."""
    try:
        convention = Convention(convention)
    except ValueError:
        choices = ", ".join(choice.value for choice in Convention)
        raise EvaluationError(f"unknown timex convention {convention!r}; choose one of {choices}") from None
    if convention is not Convention.auto:
        return convention
    partial = any(int(document.get("annotated_end") or 0) < len(document.get("text") or "")
                  for document in documents if "annotated_end" in document)
    return Convention.meantime if partial else Convention.timeml


_AGO = re.compile(r"(?P<duration>(?P<num>\S+(?:\s+\S+)?)\s+(?P<unit>second|minute|hour|day|week|month|year|decade)s?)"
                  r"\s+ago", re.IGNORECASE)


def ago_as_duration(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """NewsReader: in "two years ago" only "two years" is the TIMEX3, a DURATION (`P2Y`);
    "ago" is a SIGNAL linking it to the document date. TimeML (and we) write the date it
    points at (`2006`). Only the bare form: "the same month a year ago" names a date in both."""
    result = []
    for expression in expressions:
        match = _AGO.fullmatch(expression.text)
        count = number(match["num"]) if match else None
        if match and count is not None and count == int(count):
            code = UNIT_CODES[match["unit"].lower()]
            value = f"PT{int(count)}{code[1]}" if code.startswith("T") else f"P{int(count)}{code}"
            expression = replace(expression, end=expression.start + match.end("duration"),
                                 text=match["duration"], value=value, type="DURATION", date=None)
        result.append(expression)
    return result


_RANGE_OPENER = re.compile(r"\b(?:(?P<from>[Ff]rom)|(?P<between>[Bb]etween))\s+$")
_YEAR = re.compile(r"\d{4}$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")


def _range_length(first: str, last: str) -> str | None:
    """The duration from one value to the next, in the unit both are given in (years, months)."""
    if _YEAR.match(first) and _YEAR.match(last) and int(last) > int(first):
        return f"P{int(last) - int(first)}Y"
    start, end = _MONTH.match(first), _MONTH.match(last)
    if start and end:
        months = (int(end[1]) - int(start[1])) * 12 + int(end[2]) - int(start[2])
        return f"P{months}M" if months > 0 else None
    return None


def range_as_duration(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """NewsReader: "from 2009 to 2011" / "between 2014 and 2016" is a DURATION TIMEX3 over the
    whole range (`P2Y`, beginPoint and endPoint the two dates), besides the two DATEs. TimeML
    leaves that duration non-consuming (no text), so we only give the two dates."""
    added = []
    for first, last in zip(expressions, expressions[1:]):
        opener = _RANGE_OPENER.search(text, max(0, first.start - 12), first.start)
        joiner = "to|until|through" if opener and opener["from"] else "and"
        if (opener is None or first.type != "DATE" or last.type != "DATE"
                or not re.fullmatch(rf"\s+(?:{joiner})\s+", text[first.end:last.start])):
            continue
        length = _range_length(first.value, last.value)
        if length is not None:
            added.append(TimeExpression(opener.start(), last.end, text[opener.start():last.end], length,
                                        "DURATION", None, 3, first.historical and last.historical))
    return sorted([*expressions, *added], key=lambda expression: expression.start)


_MONTH_OF_YEAR = re.compile(r"(?P<month>[A-Z][a-z]+\.?)\s+of\s+(?P<year>(?:the\s+)?(?:next|last|this|previous|"
                            r"following|coming)\s+year|\d{4})")


def month_of_year_split(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """NewsReader: "October of next year" is two TIMEX3s, "October" (`2010-10`) and "next year"
    (`2010`), each with its own extent; TimeML (and we) take the whole phrase as one date."""
    result = []
    for expression in expressions:
        match = _MONTH_OF_YEAR.fullmatch(expression.text)
        if match is None or not re.match(r"\d{4}-\d\d", expression.value):
            result.append(expression)
            continue
        start = expression.start
        result.append(replace(expression, end=start + match.end("month"), text=match["month"]))
        result.append(replace(expression, start=start + match.start("year"), text=match["year"],
                              value=expression.value[:4], time_precision=3))
    return result


MEANTIME_RULES: tuple[Rule, ...] = (ago_as_duration, range_as_duration, month_of_year_split)


def adapt(text: str, expressions: list[TimeExpression], convention: Convention,
          rules: Sequence[Rule] | None = None) -> list[TimeExpression]:
    """`expressions` (found in `text`) rewritten into `convention`; `rules` overrides the
    convention's rule list (for measuring one rule at a time)."""
    if convention is not Convention.meantime and rules is None:
        return expressions
    for rule in MEANTIME_RULES if rules is None else rules:
        expressions = rule(text, expressions)
    return expressions
