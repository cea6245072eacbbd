"""The records the time-expression package hands out, and the context its rules read."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TimeExpression:
    """One time expression: where it is, its TIMEX3 value, and the date it stands for."""

    start: int
    end: int
    text: str
    value: str
    type: str  # DATE | TIME | DURATION | SET
    date: dt.date | None  # a representative day (middle of a week/month/year); None if unknown
    time_precision: int  # 1 day, 2 week / part of a month, 3 month or coarser
    historical: bool
    # "that night", "the next day" with no earlier date in the text: the value counts from the
    # article date only for want of the narrative's date, so it does not date an event
    unanchored: bool = False


@dataclass(frozen=True)
class ResolvedDate:
    """The date of the event one sentence reports, and the expression it came from."""

    date: dt.date | None
    time_precision: int
    expression: TimeExpression | None
    historical: bool
    # the expression dates a statement ("police said Monday", "on Monday identified"): the
    # event is on or before it, and a nearby sentence may give its own day
    statement_day: bool = False


@dataclass(frozen=True)
class Shift:
    """An expression dated from the last date the text gave ("the next day": day, +1)."""

    unit: str  # day | week | month | year, or same: the anchor's own value
    amount: int
    part_of_day: str = ""  # "that night": NI


@dataclass(frozen=True)
class Norm:
    """What a rule makes of one match: TIMEX3 value and type, representative day, precision;
    `shift` when the value is to be re-anchored on an earlier date of the text."""

    value: str
    type: str
    date: dt.date | None
    precision: int
    shift: Shift | None = None


# Words that put an expression in the future (checked before it, within the sentence). The
# noun "plan" ("the plan was announced Tuesday") and causal "due to" ("died due to his wounds
# on Friday") do not.
FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|going to|plans|plan to|planned|planning|scheduled|expected|expects?|"
    r"due(?!\s+to\s+(?:the|a|an|his|her|their|its|this|that|these|those|\w+(?:s|ing))\b)|"
    r"set to|to be held|upcoming|next|until|intends?|would|"
    # a step ahead in a case: "faces a court hearing Thursday", "is to be sentenced Friday",
    # "sentencing was postponed until December"
    r"fac(?:e|es|ing)\s+(?:arraignment|trial|sentencing|(?:a\s+)?(?:court\s+)?hearing)|(?:is|are)\s+to\s+be|"
    r"(?:pushed(?:\s+back)?|postponed|delayed|adjourned|deferred|rescheduled)\s+(?:to|until|for)(?=\s+$))\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """The text being read and the article date that relative expressions hang on."""

    text: str
    article_date: dt.date | None

    def future(self, start: int, end: int) -> bool:
        """Whether the words just before (or right after) the expression speak of the future."""
        before = self.text[max(0, start - 60):start]
        cut = max(before.rfind(". "), before.rfind("\n"))
        if cut >= 0:
            before = before[cut:]
        after = self.text[end:end + 12]
        return bool(FUTURE_CUE.search(before)) or after.lstrip().lower().startswith("next")
