"""Whether an expression dates background history rather than the news being reported."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.extract.when.model import FUTURE_CUE, Context, Norm

# Words that frame a coarse expression as history.
_HISTORY_CUE = re.compile(
    r"\b(?:since|anniversary|began|begun|started|launched|founded|established|born|history|"
    r"historic|uprising|revolution|ago|former|annexed|annexation)\b", re.IGNORECASE)
# A beginning told right after an opening month or year: "In August, the army launched an
# offensive", "In 2019 the group was founded".
_BEGINNING_AFTER = re.compile(r"^,?\s+(?:[\w'’-]+\s+){1,4}?(?:launched|began|started|founded|established)\b",
                              re.IGNORECASE)
# What may stand between a sentence's start and an opening time: "In May, ...", "Last August, ...",
# "Back in April ...".
_OPENING_BEFORE = re.compile(r"(?:^|[.!?]\s+)\W*(?:(?:back|earlier|also|and|but)\s+)?(?:in\s+|last\s+)?$", re.IGNORECASE)
# "Earlier this month", "earlier this year": what came before the report's news.
_EARLIER_THIS = re.compile(r"earlier this (?:month|year)", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
# A month expression that names its own year or counts from now ("March 2027", "next month").
_YEAR_OR_DEICTIC = re.compile(r"\d{4}|\b(?:next|this|coming)\b", re.IGNORECASE)
# A past perfect before the expression: "X also said its fighters had ambushed a patrol near Y in
# September", a past act told behind the report's own news.
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?!to\b)[a-z]+\b[^.;]*$", re.IGNORECASE)
# "after" right behind the expression: "retook the town in January after a year of fighting", a
# past turn of the conflict told with what led to it.
_AFTER_AFTER = re.compile(r"^,?\s+after\b", re.IGNORECASE)
# A month or year expression that names its year in digits ("June 2025", "late March 2024", "2023").
_EARLIER_YEAR_NAMED = re.compile(r"\b\d{4}\b")
# More than a year before the article is history whatever the words around it say.
_HISTORY_DAYS = 380
# A count back from the report ("two years ago", "a year and a half ago", "three months ago") dates
# background as "in 2014" does, once it reaches past a few weeks ("two weeks ago" is recent news).
_AGO = re.compile(r"\bago$", re.IGNORECASE)
_RECENT_DAYS = 28


def is_historical(norm: Norm, start: int, end: int, context: Context) -> bool:
    """A date over a year old, a count back past a few weeks ("a year and a half ago", "three
    months ago"), or a month-or-coarser one framed as history ("since 2014",
    "the 2011 uprising", an earlier month opening the sentence: "In May, ..."). Durations, sets and undated expressions are never history."""
    anchor = context.article_date
    if norm.date is None or anchor is None or norm.type not in {"DATE", "TIME"}:
        return False
    if (anchor - norm.date).days > _HISTORY_DAYS:
        return True
    if _AGO.search(context.text[start:end]) and (norm.precision == 3 or (anchor - norm.date).days > _RECENT_DAYS):
        return True  # a month ago or more, whatever the clause: "killed 40 villagers a year and a half ago"
    before = context.text[max(0, start - 50):start]
    if _EARLIER_THIS.fullmatch(context.text[start:end]) and _OPENING_BEFORE.search(before):
        return True  # "Earlier this month, gangs killed ...": told as what came before the news
    # a month or a part of one ("late last month", "in late August"), not a week or a day
    if norm.precision < 3 and not (norm.precision == 2 and _MONTH_VALUE.fullmatch(norm.value)):
        return False
    after = context.text[end:end + 25]
    if _EARLIER_YEAR_NAMED.search(context.text[start:end]) and norm.value[:4].isdigit() \
            and int(norm.value[:4]) < anchor.year:
        return True  # "killed eight officers near X in June 2025" told in 2026: a past year's event
    if _HISTORY_CUE.search(before) or _BEGINNING_AFTER.match(context.text[end:end + 60]):
        return True
    if _OPENING_BEFORE.search(before) and _month_before_article(norm, context.text[start:end], anchor,
                                                                  context.text[end:end + 60]):
        return True  # "In May, militants attacked ..." told in a later month sets its event apart
    if (_PAST_PERFECT_BEFORE.search(context.text[max(0, start - 120):start]) or _AFTER_AFTER.match(after)) \
            and _MONTH_VALUE.match(norm.value) and norm.value[:7] < anchor.isoformat()[:7]:
        # "... said its fighters had ambushed a patrol in September" told in October; "captured the
        # city late last month after a lightning offensive"
        return True
    # a year used as a modifier: "the 2011 uprising"
    return bool(re.fullmatch(r"\d{4}", context.text[start:end]) and before.endswith("the ")
                and re.match(r"\s+[a-z]", after))


def _month_before_article(norm: Norm, text: str, anchor: dt.date, after: str) -> bool:
    """A month before the article's: an earlier one of its year, or a later one named bare and told
    of the past ("In March, a drone killed ..." in January: last year's, as `resolve_event_date`
    dates it; not "In March, parliament will vote ...")."""
    month = anchor.isoformat()[:7]
    return norm.value[:7] < month or (norm.value[:7] > month and not _YEAR_OR_DEICTIC.search(text)
                                      and not FUTURE_CUE.search(after))
