"""Whether an expression dates background history rather than the news being reported."""

from __future__ import annotations

import re

from eventwire.extract.when.model import Context, Norm

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
# An earlier month named as such ("last month", "late last month", "in January"), not a season
# or a quarter of it.
_PAST_MONTH = re.compile(r"\b(?:last month|january|february|march|april|may|june|july|august|september|october|"
                         r"november|december)\b", re.IGNORECASE)
# "Russia said last month it had retaken ...": the month dates a statement, not its event.
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|reported|claimed|stated|told|confirmed|denied)\s+(?:in\s+)?$",
                          re.IGNORECASE)
# A word after the month that makes it name an incident ("a July shooting"), not a time.
_MODIFIER_AFTER = re.compile(r"\s+(?!(?:after|before|from|when|as|and|but|to|in|on|at|for|with|by|during|amid|while|"
                             r"that|which|this|last|of|the|a|an|near|outside|inside|into|against)\b)[a-z]")


def _told_as_past_month(text: str, before: str, after: str) -> bool:
    """An earlier month told as when something happened: "late last month"; not a statement's
    month ("said last month") nor a month naming an incident ("last month's shooting")."""
    if not _PAST_MONTH.search(text) or _SAID_BEFORE.search(before) or _MODIFIER_AFTER.match(after):
        return False
    # ("in January" alone stays news: a follow-up report tells its own event so, "shot in March")
    return "last month" in text.lower()


# More than a year before the article is history whatever the words around it say.
_HISTORY_DAYS = 380


def is_historical(norm: Norm, start: int, end: int, context: Context) -> bool:
    """A date over a year old, or a month-or-coarser one framed as history ("since 2014",
    "the 2011 uprising", an earlier month opening the sentence: "In May, ..."). Durations, sets and undated expressions are never history."""
    anchor = context.article_date
    if norm.date is None or anchor is None or norm.type not in {"DATE", "TIME"}:
        return False
    if (anchor - norm.date).days > _HISTORY_DAYS:
        return True
    before = context.text[max(0, start - 50):start]
    if _EARLIER_THIS.fullmatch(context.text[start:end]) and _OPENING_BEFORE.search(before):
        return True  # "Earlier this month, gangs killed ...": told as what came before the news
    # a month or a part of one ("late last month", "in late August"), not a week or a day
    if norm.precision < 3 and not (norm.precision == 2 and _MONTH_VALUE.fullmatch(norm.value)):
        return False
    if _MONTH_VALUE.fullmatch(norm.value) and norm.value < anchor.isoformat()[:7] and _told_as_past_month(
            context.text[start:end], before, context.text[end:end + 25]):
        return True  # "captured the city late last month": an earlier month's event
    after = context.text[end:end + 25]
    if _HISTORY_CUE.search(before) or _BEGINNING_AFTER.match(context.text[end:end + 60]):
        return True
    if _OPENING_BEFORE.search(before) and norm.value[:7] < anchor.isoformat()[:7]:
        return True  # "In May, militants attacked ..." told in a later month sets its event apart
    # a year used as a modifier: "the 2011 uprising"
    return bool(re.fullmatch(r"\d{4}", context.text[start:end]) and before.endswith("the ")
                and re.match(r"\s+[a-z]", after))
