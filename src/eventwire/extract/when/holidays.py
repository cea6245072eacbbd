"""Named days: public holidays of English-language news ("on Christmas Eve", "over Memorial
Day", "Thanksgiving 2015"), dated for the year the mention means.

Hand-written because no holiday library is installed (dateutil gives Easter, used here).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import easter

from eventwire.extract.when.dates import day_norm, nearest_occurrence
from eventwire.extract.when.model import Context, Norm


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth (1-based; -1 for the last) given weekday (Monday 0) of a month."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


# Lower-cased name (apostrophes dropped, "day" optional where people drop it) -> day of a year.
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new years day": _fixed(1, 1), "new years eve": _fixed(12, 31), "new years": _fixed(1, 1),
    "christmas eve": _fixed(12, 24), "christmas": _fixed(12, 25), "boxing day": _fixed(12, 26),
    "valentines day": _fixed(2, 14), "halloween": _fixed(10, 31), "independence day": _fixed(7, 4),
    "fourth of july": _fixed(7, 4), "veterans day": _fixed(11, 11), "juneteenth": _fixed(6, 19),
    "st patricks day": _fixed(3, 17), "cinco de mayo": _fixed(5, 5),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),
    "black friday": lambda year: _nth_weekday(year, 11, 3, 4) + dt.timedelta(days=1),
    "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "martin luther king day": lambda year: _nth_weekday(year, 1, 0, 3),
    "presidents day": lambda year: _nth_weekday(year, 2, 0, 3),
    "mothers day": lambda year: _nth_weekday(year, 5, 6, 2),
    "fathers day": lambda year: _nth_weekday(year, 6, 6, 3),
    "easter": easter, "good friday": lambda year: easter(year) - dt.timedelta(days=2),
}

HOLIDAY = (r"(?:New Year['’]?s(?: Day| Eve)?|Christmas(?: Eve| Day)?|Boxing Day|Valentine['’]?s Day|"
           r"Halloween|Independence Day|(?:the )?Fourth of July|Veterans['’]? Day|Juneteenth|"
           r"St\.? Patrick['’]?s Day|Cinco de Mayo|Thanksgiving(?: Day)?|Black Friday|Memorial Day|"
           r"Labor Day|Martin Luther King(?: Jr\.?)? Day|Presidents['’]? Day|"
           r"Mother['’]?s Day|Father['’]?s Day|Easter(?: Sunday| Day)?|Good Friday)")


def _key(name: str) -> str:
    name = re.sub(r"['’.]|\bjr\b\s*", "", name.lower()).removeprefix("the ")
    return name if name in _HOLIDAYS else name.removesuffix(" day").removesuffix(" sunday")


def holiday(match: re.Match[str], context: Context) -> Norm | None:
    """The holiday's day ("the day after" it: the next) in the year given, else in the year
    `nearest_occurrence` picks."""
    named = _HOLIDAYS[_key(match["name"])]
    shift = dt.timedelta(days={"after": 1, "before": -1}.get((match["shift"] or "").lower(), 0))

    def of_year(year: int) -> dt.date:
        return named(year) + shift

    if match["year"]:
        return day_norm(of_year(int(match["year"])))
    if context.article_date is None:
        some, other = of_year(2001), of_year(2002)  # a fixed holiday keeps its month and day
        if (some.month, some.day) == (other.month, other.day):
            return Norm(f"XXXX-{some.month:02d}-{some.day:02d}", "DATE", None, 1)
        return day_norm(None)
    return day_norm(nearest_occurrence(of_year, context, match.start(), match.end()))
