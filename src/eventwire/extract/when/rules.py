"""The recogniser: one regular expression per kind of time expression, its rule, and the
substrings without which it cannot match.

Why regular expressions and not `dateparser`: measured on MEANTIME (bench/dates_tolls_probe.py
--dateparser), `dateparser.search.search_dates` with RELATIVE_BASE and PREFER_DATES_FROM=past
recognises words such as "now", "a", "second", "May" (the verb) as dates, misses durations,
weeks, quarters, halves, decades, holidays, "last week" (it returns a single day, losing the ISO
week) and anaphoric dates ("the next day" from the narrative's date), and costs milliseconds
per line (these rules: about 0.1 ms per sentence). Measured: recognition F1 0.71 for dateparser
against 0.93 here, value F1 at most 0.40 against 0.82. It does not report which parts of a date
were given, which the precision codes need.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventwire.extract.when import days, periods
from eventwire.extract.when.anaphora import anaphoric, same_month_a_year_before, the_time_last_given, within_the_day
from eventwire.extract.when.holidays import HOLIDAY, holiday
from eventwire.extract.when.model import Context, Norm

Handler = Callable[[re.Match[str], Context], Norm | None]

# Month names must be capitalised ("may", "march" are verbs); abbreviations need a dot or a
# following number.
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
         r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = (r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
        r"fifty|sixty|seventy|eighty|ninety|hundred|several|a few|few|many|some|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|"
        r"five|six|seven|eight|nine))")
_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century|centurie)"
_PART = r"(?:(?P<part>early|mid|late|the (?:beginning|start|middle|end) of)[- ]?)?"
_SPAN_PART = r"(?:(?:early|mid|late)[- ]?)?"
_I = re.IGNORECASE
# What a report's narrative counts days from: "two days after the fighting", "a day before the raid".
_NARRATED_EVENT = (r"(?:fighting|attacks?|assaults?|raids?|ambush(?:es)?|clash(?:es)?|killings?|massacres?|bombings?|"
                   r"(?:air ?)?strikes?|shelling|blasts?|explosions?|abductions?|kidnappings?|battles?|offensives?|"
                   r"incursions?|protests?|riots?|unrest|violence|arrests?)")

_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_KEYS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Rule:
    """One kind of expression. `gate`: substrings of the lower-cased text without which the
    pattern cannot match; `in` on a str is far cheaper than running the pattern, so each rule
    runs only on the sentences that might hold it."""

    gate: tuple[str, ...]
    pattern: re.Pattern[str]
    handler: Handler


def _rule(gate: tuple[str, ...], pattern: str, handler: Handler, flags: int = 0) -> Rule:
    return Rule(gate, re.compile(pattern, flags), handler)


# Words that go on with the clause after a day of the month ("detained on the 9th had not been
# charged", "killed on the 3rd when ...", "relatives of a man held on the 9th say ...", "a bomb
# planted on the 12th wounded three"), as no noun the ordinal could modify would.
_AFTER_A_DAY = (r"(?:had|has|have|was|were|is|are|and|but|or|when|while|after|before|as|in|at|near|with|by|"
                r"from|during|amid|following|according|killing|leaving|wounding|say|says|said|told|remain|remains|"
                # a past verb whose subject ends with the day: "a grenade thrown into a bar on the 19th killed two"
                r"[a-z]+ed|left|hit|struck|shot|took|set|went|tore|blew|fell|broke|stole)")


# Overlaps are settled by length (longest wins), then position, then this order.
RULES: tuple[Rule, ...] = (
    # before the explicit dates: "the September 11 attacks" names 2001's day, whatever the article's year
    _rule(("9/11", "9-11", "11 attack", "11th attack", "11 terror", "11th terror"), r"(?<![\d/-])9[/-]11(?![\d/-])|\b(?:September|Sept\.?)\s+11(?:th)?(?=\s+(?:terror(?:ist)?\s+)?attacks?\b)", days.attacks_of_2001),
    _rule(_MONTH_KEYS, rf"\b(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{_DAY})(?:\s+of)?\s+(?P<month>{MONTH}),?(?:\s+(?P<year>{_YEAR}))?\b", days.explicit_date),
    _rule(_MONTH_KEYS, rf"\b(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<day>{_DAY})(?!\d)(?:,?\s+(?P<year>{_YEAR}))?(?![\d:])", days.explicit_date),
    _rule(("/",), r"(?<![\d/.])(?P<a>[01]?\d|[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])", days.numeric_date),
    _rule(("-",), r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", days.iso_date),
    _rule(_MONTH_KEYS, rf"\b(?:(?P<lead>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he (?:beginning|start|middle|end) of)[- ]?)?(?P<month>{MONTH})(?:,?\s+(?P<year>{_YEAR})\b|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?(?![\w-]|\s+\d)", days.month_year),
    # TimeML keeps "early" / "late" inside the expression ("late Tuesday", mod END)
    _rule(_WEEKDAY_KEYS, rf"\b(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>morning|afternoon|evening|night))?(?:\s+(?:of\s+)?(?P<week>[Ll]ast|[Nn]ext|[Tt]his)\s+week(?![\w'’]))?\b", days.weekday_name),
    # "on the 12th", "On the 3rd, ..."; "the night of the 12th" (`find.attach_parts_of_day` joins "the night of"),
    # "in the early hours of the 12th"
    # (not "the 9th floor", "the 12th century": a lower-case word after it is a noun it modifies,
    # unless the clause goes on past the day: "detained on the 9th had not been charged")
    _rule(("on the", "since the", "by the", "until the", "of the"), rf"(?:\b(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil) |(?<=morning of )|(?<=afternoon of )|(?<=evening of )|(?<=night of )|(?<=hours of ))the (?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?![\w-]|\s+(?!(?:to|into)\s+the\s+\d|{_AFTER_A_DAY}\b)(?:of\s+)?[a-z])", days.day_of_month),
    _rule(("new year", "christmas", "boxing", "valentine", "halloween", "independence", "fourth of", "veteran", "juneteenth", "patrick", "cinco", "thanksgiving", "black friday", "memorial", "labor", "king", "president", "mother", "father", "easter", "good friday"), rf"(?=[A-Zdt])(?:\b(?:[Tt]he )?day[ -](?P<shift>after|before)[ -])?\b(?P<name>{HOLIDAY})\b(?:,?\s+(?P<year>{_YEAR})\b)?(?!\s+(?:[Tt]rees?|Island|presents?|gifts?|cards?|carols?|lights|decorations?|ornaments?|music|songs?|movies?|special)\b)", holiday),
    _rule(("today", "yesterday", "tomorrow", "tonight"), r"\b(?:(?P<beyond>the\s+day\s+(?:before\s+(?=yesterday)|after\s+(?=tomorrow)))?(?P<word>today|yesterday|tomorrow|tonight)(?:(?:'s)?\s+(?P<part>morning|afternoon|evening|night))?)\b", days.deictic_day, _I),
    _rule(("morning", "afternoon", "evening", "night"), r"\b(?:(?:early|late)\s+)?(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)\b", days.this_part_of_day, _I),
    # "overnight" alone: not a night the report names ("overnight into Sunday", "overnight Saturday")
    # nor a thing that lasts a night ("an overnight curfew", "an overnight stay")
    _rule(("overnight",), rf"\b[Oo]vernight\b(?!\s+(?:into|to|on|from|between|of|{WEEKDAY}|curfews?|stays?|shifts?|trips?|bags?|flights?|buses|bus|trains?)\b)", days.overnight),
    # before relative_unit, so that "the previous year" counts from the narrative's year, not
    # from the article's
    _rule(("next day", "next week", "next night", "next morning", "next afternoon", "next evening", "following", "previous", "prior"), r"\b(?P<dir>the (?:next|following|previous|prior)) (?P<unit>day|week|month|year|night|morning|afternoon|evening)\b(?![ \t]+of\b)", anaphoric, _I),
    _rule(("day ", "week ", "month ", "year ", "night ", "morning ", "afternoon ", "evening "), r"\bthe (?P<unit>day|week|month|year|night|morning|afternoon|evening) (?P<dir>before|after|previous|prior|earlier)(?![ \t]*\w)", anaphoric, _I),
    # "later in the day": the narrative's day
    _rule(("that", "the same", "entire", "whole", "full", "in the day", "in the week", "in the month", "in the year"), r"\b(?P<dir>that|the same|the (?:entire|whole|full)|(?:(?<=later in )|(?<=earlier in ))the) (?P<unit>day|week|month|year|night|morning|afternoon|evening)\b(?!-)", anaphoric, _I),
    # "In the evening, part of the crowd ...": a part of the narrative's day, after "in"
    _rule(("in the morning", "in the afternoon", "in the evening", "in the night"), r"(?<=\bin )(?P<dir>the) (?P<unit>morning|afternoon|evening|night)\b(?![ \t]+(?:of|before|after)\b|-)", anaphoric, _I),
    _rule(("that time",), r"\b[Tt]hat time\b", the_time_last_given),
    # "in morning trading": a part of the narrative's day (market reports)
    _rule(("trading",), r"(?:(?<=\bin )|(?<=\bin early )|(?<=\bin late ))(?P<dir>)(?P<unit>morning|afternoon)(?= trading\b)", anaphoric, _I),
    _rule(("same month", "same period", "same time"), r"\bthe same (?:month|period|time) (?:a year (?:ago|earlier|before)|last year|of (?:the )?(?:previous|last) year)\b", same_month_a_year_before, _I),
    _rule(("later", "earlier"), rf"\b(?P<num>{_NUM}) (?P<unit>day|week|month|year)s? (?P<dir>later|earlier)\b(?! than)", anaphoric, _I),
    # "Two days after the fighting, ...", "A day before the raid, ...": opening a sentence, a count
    # from the day of the event told before (inside a sentence, "arriving two days after the
    # killings" dates no act of its own, and TimeML reads "two days" there as a duration)
    _rule(("after the", "before the", "after its", "before its", "after their", "before their"),
          rf"(?:^|(?<=[.!?] )|(?<=[–—] )|(?<=\n))(?P<num>{_NUM}) (?P<unit>day|week)s? (?P<dir>after|before)"
          rf"(?= (?:the|its|their) (?:[\w-]+ ){{0,2}}?{_NARRATED_EVENT}\b[^.;]{{0,60}},)", anaphoric, _I),
    # "Hours later", "a few minutes earlier": within the narrative's day
    _rule(("later", "earlier"), r"\b(?:(?:a few|several|some)\s+)?(?:hours|minutes|moments)\s+(?:later|earlier)\b(?! than)", within_the_day, _I),
    _rule(("week", "month", "year", "quarter"), r"\b(?:(?P<part>early|mid|late|earlier|later)[- ])?(?P<rel>last|this|next|the past|the previous|the coming|the current)\s+(?P<unit>week|month|year|quarter)\b", periods.relative_unit, _I),
    _rule(("week", "month", "year"), r"\b(?P<part>early|late|earlier|later)\s+(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b", periods.relative_unit, _I),
    _rule(("before last",), r"\bthe\s+(?P<unit>week|month|year)\s+before\s+last\b", periods.before_last, _I),
    _rule(("weekend",), r"\b(?:(?:over|during|at|on)\s+)?(?:(?P<rel>(?:this|the)\s+past|this|last|next)|the)\s+weekend\b", periods.weekend, _I),
    # "two years ago", "two and a half years ago", "a year and a half ago"
    _rule(("ago",), rf"\b(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>day|week|fortnight|month|year|decade)s?"
                    rf"(?P<half_after>\s+and\s+a\s+half)?\s+ago\b", periods.ago, _I),
    _rule(_UNIT_KEYS, rf"\b(?:(?:the\s+)?(?:next|past|last|previous|coming|first|following)\s+|(?:almost|nearly|about|more than|over|some)\s+)?(?P<num>{_NUM})(?P<half>\s+and\s+a\s+half)?[- ](?P<unit>{_UNIT})s?(?!-old|\s+old|\s+ago|\w)(?<![Aa] second)", periods.duration, _I),
    # the first number of a range shares the unit of the second: "between 60 and 90 days"
    _rule(_UNIT_KEYS, rf"(?<![$£€])\b(?=\w+(?:\s+(?:to|and|or)\s|\s*[-–]\s*\d))(?!an?\b)(?P<num>\d+(?:\.\d+)?(?=\s*[-–]\s*\d)|{_NUM}(?=\s+(?:to|and|or)\s))(?P<half>)(?=(?:\s+(?:to|and|or)\s+|\s*[-–]\s*){_NUM}[- ](?P<unit>{_UNIT})s?\b(?![- ]old|\s+of\s+age|\s+ago))", periods.duration, _I),
    _rule(("years", "decades", "months", "weeks", "days", "hours", "minutes"), r"\b(?:(?:for|within|in a matter of|over the|in recent|recent|in the past few|the past few|past few|several|many|in the last few|in the coming|the coming)\s+(?P<unit>years|decades|months|weeks|days|hours|minutes)|(?P<unit2>years|decades)-long|(?<!light )(?P<unit3>years|decades|months|weeks)(?=\s+(?:of|in the making|later|earlier|behind|ahead)\b))\b", periods.vague_duration, _I),
    _rule(("week of",), rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{_YEAR}))?", days.week_of_month),
    _rule(("decade", "century"), r"\b(?:the\s+)?(?:past|last|next|coming)\s+(?P<num>)(?P<half>)(?P<unit>decade|century)\b", periods.duration, _I),
    _rule(("annual", "yearly", "every", "each", "per ", " a ", " an ", "daily", "weekly", "monthly", "hourly"), rf"\b(?:(?i:annual(?:ly)?|yearly|(?:(?:once|twice|\w+ times)\s+(?:a|an|per|each|every)|every|each|per)\s+(?:year|month|week|day|hour)|(?:every|each)\s+(?:{WEEKDAY}|morning|afternoon|evening|night))|daily|weekly|monthly|hourly)\b", periods.recurrence),
    _rule(("19", "20"), rf"(?<![\d,.$£€#/-])(?:\b{_PART})?(?P<year>{_YEAR})(?!\d|,\d|/|%|s\b|[-–]\d|\.\d|\s*(?:%|percent|people|km|kilomet|miles|feet|metres|meters|troops|soldiers))", periods.bare_year),
    # two-digit decades need an apostrophe, "the" or a decade before ("the '80s", "the 60s and
    # 70s"): "in his early 30s" is an age
    _rule(("0s",), rf"\b(?:the\s+)?{_PART}(?P<decade>(?:1[89]|20)\d0)s\b|\b[Tt]he\s+{_SPAN_PART}(?P<short>'?[2-9]0)s\b|(?<![\w'])(?P<quoted>'[2-9]0)s\b|(?:(?<=the [2-9]0s and )|(?<='[2-9]0s and )|(?<=\d\d[2-9]0s and ))(?P<listed>[2-9]0)s\b", periods.decade_name),
    _rule(("century",), r"\b(?:the\s+)?(?P<century>[12]?\d)(?:st|nd|rd|th)[- ]century\b", periods.century_name, _I),
    _rule(("quarter",), rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|past|previous|1st|2nd|3rd|4th)[- ](?P<unit>quarter)(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<rel>last|this|next|previous)\s+year|the\s+year))?\b", periods.year_part, _I),
    # a half needs its year: a bare "the second half" is as often a match's as a year's
    _rule(("half",), rf"\b(?:the\s+)?(?P<ord>first|second|1st|2nd|last|final|past|previous)[- ](?P<unit>half)(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<rel>last|this|next|previous)\s+year|the\s+year))\b", periods.year_part, _I),
    _rule(("fiscal", "financial year"), rf"\b(?:fiscal(?:\s+year)?|financial\s+year)\s+(?P<year>{_YEAR})\b", periods.fiscal_year, _I),
    _rule(("fiscal year", "financial year"), r"\b(?:the (?:very )?(?:beginning|start|middle|end) of\s+)?(?P<rel>(?:the )?(?:this|last|next|current|previous|coming)|the) (?:fiscal|financial) year\b(?!\s+\d)", periods.relative_fiscal_year, _I),
    _rule(("spring", "summer", "autumn", "fall", "winter"), rf"\b(?:(?P<rel>this|last|next|the|early|late|in)\s+)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b", periods.season_name, _I),
    # a bare season as the subject of its clause ("but spring brings hope", "as winter arrives"), known by
    # the verb after it: a bare "spring" or "fall" before anything else is as often a noun or verb of
    # another sense ("spring water", "prices fall"), and a capital may be a name ("Summer said")
    _rule(("spring", "summer", "autumn", "winter"), r"(?:^|(?<=[,;] )|(?<=\bbut )|(?<=\band )|(?<=\bas )|(?<=\bwhen )|(?<=\bonce )|(?<=\buntil ))(?P<rel>)(?P<season>spring|summer|autumn|winter)(?P<year>)(?=\s+(?:is|was|will|has|had|brings|brought|shows|showed|came|comes|arrives|arrived|begins|began|starts|started|ends|ended|returns|returned|approaches|approached)\b)", periods.season_name),
    _rule((":", "am", "pm", "a.m", "p.m", "noon", "midnight", "midday", "gmt", "utc"), r"\b(?P<named>noon|midnight|midday)\b|\b(?P<hour3>[01]\d|2[0-3])(?P<minute3>[0-5]\d)\s*(?P<zone3>GMT|UTC)\b|\b(?P<hour>[01]?\d|2[0-3])(?::|\.(?=\d\d\s*[ap]\.?m))(?P<minute>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?:\s*(?P<zone>UTC|GMT|[ECMP][SD]?T)\b)?|\b(?P<hour2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.m\.|[ap]m\b)", days.clock_time, _I),
    _rule(("now", "current", "present", "recent", "past", "future", "term", "soon", "these days", "moment"), r"\b(?:now(?!-)|currently|at present|nowadays|these days|at the moment|recently|(?<!most )(?<!more )recent|in the past|the past|(?:in )?the (?:near )?future|(?:in |for |over )?the (?:long|short|near|medium)[ -]term|(?<!as )(?<!too )(?<!pretty )(?:very )?soon(?!-|\s+(?:as|after|afterwards|thereafter|before|enough|became|become|began|\w+ed)\b))\b", periods.reference, _I),
    _rule(("beginning of", "start of", "middle of", "end of"), rf"\b(?P<part>the (?:beginning|start|middle|end) of)\s+(?:(?P<year>{_YEAR})|the year|(?P<rel>this|last|next|the previous) year)\b", periods.boundary_of_year, _I),
    _rule(("beginning of", "start of", "middle of", "end of"), r"\b(?P<part>the (?:beginning|start|middle|end) of)\s+(?P<rel>the|this|last|next|the previous)\s+(?P<unit>week|month)\b", periods.relative_unit, _I),
)
