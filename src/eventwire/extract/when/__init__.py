"""Time expressions against the article date: TIMEX3-style values, ACLED event dates.

Two jobs share one recogniser (`rules`):

* `find_time_expressions` finds every time expression in a text and normalises it the
  TimeML way (`2023-06-04`, `2023-05`, `2023-W22`, `P1D`, `PRESENT_REF` ...), relative
  expressions anchored on the article date. Tense decides direction for bare weekdays and
  months: "on Friday" is the last Friday unless the words around it speak of the future.
* `resolve_event_date` picks the date of the event a sentence reports, under ACLED's rules:
  never after the article date; `time_precision` 1 for a day, 2 for a week or part of a month,
  3 for a month or anything coarser, with the middle of a range as the date (clamped to the
  article date). Background history ("in 2014", "since the invasion in February last year",
  "the 2011 uprising") is flagged `historical` (`history`).
* `narrative_shifts` gives the expressions a sentence dates its own act by from the narrative's
  day ("A day later", "Hours later"), not a speaker's ("the governor said the next day").

Modules: `model` (records), `dates` (calendar words and arithmetic), `days`, `periods` and
`holidays` (the rules' normalisers), `rules` (the patterns), `find`, `anaphora` ("the next day"
counted from the narrative's last date), `history`, `resolve`.
"""

from eventwire.extract.when.find import find_time_expressions
from eventwire.extract.when.model import ResolvedDate, TimeExpression
from eventwire.extract.when.resolve import NO_EXPRESSION_PRECISION, named_act_day, narrative_shifts, resolve_event_date

__all__ = ["TimeExpression", "ResolvedDate", "find_time_expressions", "resolve_event_date",
           "NO_EXPRESSION_PRECISION", "narrative_shifts",
           "named_act_day"]
