"""The date of the event a sentence reports, under ACLED's rules."""

from __future__ import annotations

import datetime as dt
import functools
import re

from eventwire.extract.when.dates import safe_date, week_value
from eventwire.extract.when.find import find_time_expressions
from eventwire.extract.when.holidays import HOLIDAY
from eventwire.extract.when.model import Context, ResolvedDate, TimeExpression
from eventwire.extract.when.rules import MONTH, WEEKDAY

# A sentence without any time expression gets the article date at this precision. Measured on
# GVC (bench/dates_tolls_probe.py): the incident date equals the article date for only about
# a third of articles, but most reports say when it happened somewhere in the first sentences;
# without an expression, the day is not known, so the week (2) is the honest precision.
NO_EXPRESSION_PRECISION = 2

_DAY_NAMED = re.compile(rf"{WEEKDAY}|{MONTH}|today|yesterday|tonight|\d+/\d+", re.IGNORECASE)
_MONTH_NAMED = re.compile(MONTH)
_CLOCK_FIRST = re.compile(r"\d|noon|midnight|midday", re.IGNORECASE)
_HOLIDAY_NAMED = re.compile(HOLIDAY)
# The day a statement was made, not the day of the event: "police said Monday", "officials on
# Tuesday identified the victim".
_REPORTING = (r"said|says|told|announced|confirmed|identified|released|reported|stated|added|"
              r"declined|denied|claimed")
# What a statement was made in or on: "in a statement", "in a Telegram post", "on X", "on its
# Facebook page", "by phone".
_MEDIUM = r"(?:statement|release|conference|briefing|interview|post|video|message|report|communiqu[eé])"
_CHANNEL = (r"(?:X|Twitter|Telegram|Facebook|Instagram|WhatsApp|TikTok|YouTube|(?:social|state)\s+media|"
            r"(?:state|national|public|local)\s+(?:television|radio|TV)|"
            r"(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:account|channel|page|website))")
# A claim's medium: a statement or a group's outlet ("its news agency", "its Telegram channel").
_MEDIUM_OR_OUTLET = rf"(?:{_MEDIUM}|agency|channel|account|website|page|outlet|media\s+(?:arm|wing))"
# "issued", "posted online", "dated", "read on state television", "seen by Reuters": what a
# statement was before its day
_ISSUED = (rf"(?:\s+(?:issued|released|posted|published|dated|read(?:\s+out)?|broadcast|aired)"
           rf"(?:\s+online|\s+(?:on|over)\s+{_CHANNEL})?|"
           r"\s+(?:seen|obtained)\s+by\s+(?:the\s+)?[A-Z][\w.]*)?")
# ... "at a news conference", "in a message to journalists", "on condition of anonymity"
_TOLD_IN = (rf"(?:\s+(?:in|on|at)\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_MEDIUM}|\s+(?:on|via)\s+{_CHANNEL}|"
            rf"\s+by\s+(?:tele)?phone|\s+to\s+(?:journalists|reporters|the\s+press)|"
            rf"\s+on\s+condition\s+of\s+anonymity)")
# "said Monday", "said in a statement issued on Monday", "said on X on Monday", "said late on
# Monday", "wrote on Facebook on Monday", "tweeted on Monday", "a video shared on social media on
# Monday", "footage circulating online on Monday" ("posted", "wrote", "shared" and "circulated" only
# with the channel: "troops posted on the border on Monday" is no statement).
_REPORTED_BEFORE = re.compile(
    rf"\b(?:(?:{_REPORTING}|tweeted){_TOLD_IN}*|"
    rf"(?:wrote|posted|shared|circulated|circulating)(?:{_TOLD_IN}|\s+online)+)"
    rf"{_ISSUED}(?:\s+(?:late|early))?\s+(?:on\s+)?$", re.IGNORECASE)
# "according to a statement issued on Monday", "according to a police statement on Monday",
# "according to police on Monday", "according to local officials on Monday"
_ACCORDING_BEFORE = re.compile(
    rf"\baccording\s+to\s+(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_MEDIUM}{_ISSUED}|"
    rf"(?:the\s+)?(?:[a-z-]+\s+)?(?:police|officials?|authorities|residents|witnesses|sources|army|military|"
    rf"ministry|government|spokes(?:man|woman|person)))\s+(?:on\s+)?$", re.IGNORECASE)
# "In a statement on Monday, the army said ...", "Speaking to reporters on Monday, ...", "speaking on
# local radio on Monday, ...": a statement's day opening its sentence or clause.
_IN_MEDIUM_BEFORE = re.compile(
    rf"(?:^|[,;]\s*)[\"'“‘]?(?:[Ii]n\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_MEDIUM}{_ISSUED}|"
    rf"[Ss]peaking(?:\s+to(?:\s+[\w.]+){{1,3}}?|\s+on\s+(?:[\w-]+\s+){{0,2}}?(?:radio|television|TV))?"
    rf"(?:\s+(?:by|over\s+the)\s+(?:tele)?phone)?)"
    rf"\s+(?:on\s+)?$")
# "told reporters on Monday", "told AFP by phone on Monday", "told state media Monday", "told Fides
# news agency on Monday", "told AFP on condition of anonymity on Monday": the day the listener was told.
_TOLD_LISTENER_BEFORE = re.compile(
    r"\btold\s+(?:(?:reporters|journalists|[Rr]euters|AFP|AP)|(?:local|state|foreign|the)\s+(?:media|press|"
    r"television|radio|news\s+agency)|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|"
    r"(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\s+(?:news\s+agency|television|radio|newspaper|"
    r"broadcaster))?)"
    r"(?:\s+(?:by|over\s+the)\s+(?:tele)?phone|\s+on\s+condition\s+of\s+anonymity)?\s+(?:on\s+)?$")
# "The army confirmed the attack on Saturday": a telling verb with the event as its object,
# then the day: the day the event was told (an event's own day follows the event noun without
# the telling verb before it: "the attack on Saturday killed ...").
# Also a claim told through a medium ("claimed the raid through its news agency on Friday",
# "claimed responsibility in a statement on Friday").
_TOLD_EVENT_BEFORE = re.compile(
    r"\b(?:(?:confirmed|denied|claimed|condemned|acknowledged)\s+(?:the|an?)\s+(?:[\w-]+\s+)?"
    r"(?:attack|assault|raid|ambush|bombing|killings?|shooting|abduction|kidnapping|strike)|"
    r"claimed\s+responsibility(?:\s+for\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|ambush|bombing|"
    r"killings?|shooting|abduction|kidnapping|strike))?)"
    rf"(?:\s+(?:through|via|in|on)\s+(?:its|their|an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_MEDIUM_OR_OUTLET})?"
    r"\s+on\s+$", re.IGNORECASE)
# A page's own time stamp: "Last updated at 10:39 a.m. on Sunday", "Posted: Monday".
_STAMP_BEFORE = re.compile(r"\b(?:updated|posted|published)(?::|\s+at|\s+on)?\s*$", re.IGNORECASE)
_REPORTED_AFTER = re.compile(rf"^\s*(?:{_REPORTING})\b", re.IGNORECASE)
# A day opening the sentence before its speaker and speech verb: "On Wednesday the government
# denied that ...", "On Monday, a police spokesman said ...". It most likely dates the statement,
# so another date in the sentence goes first; alone, it is the best day the report gives (the
# day ACLED codes), so unlike "said Monday" it is not flagged as a statement's day.
_SPEAKER_AFTER = re.compile(rf"^,?\s+(?:[\w'’-]+\s+){{1,6}}?(?:{_REPORTING})\b", re.IGNORECASE)
# Steps taken after the event (a briefing, an autopsy, a burial, an arrest or a charge) date
# themselves, not the event: "addressed reporters again Wednesday", "conducted
# autopsies Friday", "bodies had been buried on Monday", "prosecutors Friday charged". The words between such a step and its day may not
# open another clause or place the day in the event ("charged ... in the shooting Friday").
_PROCEEDING = (r"addressed|briefed|conducted|performed|completed|filed|charged|arrested|indicted|arraigned|"
               r"sentenced|convicted|acquitted|booked|buried|(?:bail|bond)\s+(?:was\s+|has\s+been\s+)?(?:set|denied|revoked)")
_PROCEEDING_BEFORE = re.compile(
    rf"\b(?:{_PROCEEDING})(?:\s+(?!(?:after|when|while|before|since|because|and|who|that|which|in|of|at)\b)"
    rf"[\w'’]+){{0,6}}\s+(?:on\s+)?$", re.IGNORECASE)
# A court's step with its day right after it: "pleaded guilty Monday", "testified on Tuesday",
# "got 30 months of probation on Friday", "the trial resumed on Tuesday" (not "testified that
# she saw the van parked outside on Easter": the day the testimony tells).
_COURT_STEP_BEFORE = re.compile(
    r"\b(?:pleaded(?:\s+(?:not\s+)?guilty|\s+no\s+contest)?|testified|took\s+the\s+stand|"
    r"(?:was|were)\s+found\s+(?:not\s+)?guilty|"
    r"(?:received|was\s+given|was\s+handed|got)\s+(?:[\w'’-]+\s+){0,3}?(?:probation|(?:prison|jail)\s+(?:sentence|term))|"
    r"(?:hearings?|trial|proceedings)\s+(?:wrapped\s+up|ended|concluded|began|opened|resumed|continued))"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# A step told as the second act of one clause with a use of force, the day after both: "Police fired
# tear gas and arrested 25 people on Monday", "troops stormed the camp and detained 14 on Sunday".
# The day is the force's too, the act itself, not a later step of a case ("was arrested Monday").
_FORCE_THEN_STEP = re.compile(
    rf"\b(?:fired|shot|beat|clubbed|raided|stormed|attacked|assaulted|dispersed|broke\s+up|tear-?gassed)\b"
    rf"[^.;,]{{0,80}}?\band\s+(?:{_PROCEEDING})\b[^.;,]*$", re.IGNORECASE)
_PROCEEDING_AFTER = re.compile(rf"^\s*(?:{_PROCEEDING})\b", re.IGNORECASE)
# A victim's later death dates itself, not the attack: "one of them died in hospital on Monday",
# "a third man succumbed to his wounds on Monday" (a death without the hospital or the wounds told
# with its act, "three soldiers died on Monday when ...", is the event's own day; see `_ACT_TOLD`).
_DIED_LATER_BEFORE = re.compile(
    r"\b(?:died|succumbed)\b(?:[^.;]{0,40}?\b(?:in|at)\s+(?:a\s+|the\s+)?hospital|"
    r"\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:wounds|injuries))\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE)
# ... and with the day told before the hospital or the wounds: "died Saturday of a gunshot wound
# suffered on Friday", "succumbed on Monday to her injuries", "died Tuesday at a hospital", also at a
# clock time ("died around 4 a.m. Oct. 3 at the county medical center").
_DIED_DAY_BEFORE = re.compile(r"\b(?:died|succumbed)\s+(?:(?:late|early)\s+)?"
                              r"(?:(?:around|about|at|shortly\s+(?:after|before))\s+)?(?:on\s+)?$", re.IGNORECASE)
# A sentence that tells an act besides the death: "died on Monday when a bomb exploded", "a man
# who was shot ... died Tuesday". Without one ("The boy died Monday afternoon, his uncle told
# reporters") the death is a victim's of an act told before, later than it.
_ACT_TOLD = re.compile(r"\b(?:shot|shooting|gunfire|gunshots?|gunmen|fired|opened\s+fire|stabb(?:ed|ing)|attack(?:ed|s)?|"
                       r"bomb(?:s|ing|ed)?|blast|explo(?:sion|ded)|struck|killed|clash(?:es)?|fighting|"
                       r"crash(?:ed)?|when|after|while|during|in\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:raid|ambush|strike))\b",
                       re.IGNORECASE)
_DIED_LATER_AFTER = re.compile(
    r"^\s+(?:(?:of|from|to)\s+(?:[\w'’-]+\s+){0,4}?(?:wounds?|injur(?:y|ies))|"
    r"(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:hospital|medical\s+cent(?:er|re)))\b", re.IGNORECASE)
# A victim's state on a day, not the day of the attack: "was still in critical condition on
# Saturday", "remained in \"grave\" condition Monday".
_CONDITION_BEFORE = re.compile(r"\bin\s+[\"'“]?(?:critical|serious|grave|stable|fair|good)[\"'”]?\s+condition\s+"
                               r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_WHEN_AFTER = re.compile(r",\s+when\s+(?!asked\b)", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)\s+)?$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)


def _in_relative_since(expression: TimeExpression, sentence: str) -> bool:
    """"since September" inside a relative clause set off by commas (", the group that has
    blockaded fuel routes since September,") or closing the sentence (", which has used drones
    against the rebels since 2023."): when a state or habit of the noun began."""
    if not _SINCE_BEFORE.search(sentence[max(0, expression.start - 12):expression.start]):
        return False
    clause = sentence[:expression.start].rsplit(",", 1)
    rest = sentence[expression.end:].strip()
    return len(clause) == 2 and (bool(_RELATIVE.search(clause[1])) and rest.startswith(",")
                                 or bool(_RELATIVE_OPENING.match(clause[1])) and _SENTENCE_END.fullmatch(rest) is not None)


# A superlative that ranks the act within a span of time told right after it, in the same phrase: "the
# deadliest attack in the country this year", "the worst fighting in the region this month".
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most\s+(?:serious|violent|intense|deadly))"
    r"\b[^.;,:]{0,60}?\s(?:(?:so\s+far\s+)?(?:in|of|during)\s+)?$", re.IGNORECASE)
_CURRENT_SPAN = re.compile(r"(?:this|the)\s+(?:year|month)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]?[\"'”’]?")


# A clause set off by commas that tells of a noun: ", who pledged allegiance to X in 2014,", ", which
# was founded in 2008,".
_RELATIVE_OPENING = re.compile(r"^\s*(?:who|whom|whose|which)\b", re.IGNORECASE)
_CLAUSE_CLOSES = re.compile(r"[^,.;:!?]*,")


def _in_relative_clause(expression: TimeExpression, sentence: str) -> bool:
    """Whether `expression` lies in a relative clause set off by commas ("The militants, who pledged
    allegiance to the group in 2014, killed ..."): it dates what the clause tells of a noun, so a
    date of the main clause goes first."""
    clause = sentence[:expression.start].rsplit(",", 1)
    return (len(clause) == 2 and bool(_RELATIVE_OPENING.match(clause[1]))
            and bool(_CLAUSE_CLOSES.match(sentence, expression.end)))


def _statement_day(expression: TimeExpression, sentence: str) -> bool:
    """"said Monday", "said in a statement Monday", "told reporters on Monday", "on Monday
    identified" (without "on", "the attack Sunday said" may be the attack's day), a page's
    "Updated: Monday": the day a source spoke."""
    before = sentence[max(0, expression.start - 30):expression.start]
    further_before = sentence[max(0, expression.start - 60):expression.start]
    after = sentence[expression.end:expression.end + 30]
    return bool(_REPORTED_BEFORE.search(further_before) or _STAMP_BEFORE.search(before)
                or _ACCORDING_BEFORE.search(further_before)
                or _IN_MEDIUM_BEFORE.search(further_before) and sentence[expression.end:].lstrip().startswith(",")
                or _TOLD_LISTENER_BEFORE.search(further_before) or _TOLD_EVENT_BEFORE.search(further_before)
                or re.search(r"\bon\s+$", before) and _REPORTED_AFTER.match(after))


def _reporting_day(expression: TimeExpression, sentence: str) -> bool:
    """A source's day (`_statement_day`), or a later step's: "charged Monday", "bond was set
    Monday", "on Monday conducted an autopsy", a court's ("pleaded guilty Monday"), a victim who
    "died in hospital on Monday", "died Monday of his wounds", died in a sentence that tells no
    act ("He died Monday, the coroner said") or was "in critical condition on Monday"."""
    before = sentence[max(0, expression.start - 30):expression.start]
    further_before = sentence[max(0, expression.start - 60):expression.start]
    after = sentence[expression.end:expression.end + 30]
    return bool(_statement_day(expression, sentence)
                or _PROCEEDING_BEFORE.search(further_before) and not _FORCE_THEN_STEP.search(sentence, 0, expression.start)
                or _COURT_STEP_BEFORE.search(further_before)
                or _DIED_LATER_BEFORE.search(further_before)
                or _DIED_DAY_BEFORE.search(before) and (_DIED_LATER_AFTER.match(after)
                                                        or not _ACT_TOLD.search(sentence))
                or _CONDITION_BEFORE.search(further_before)
                or _PROCEEDING_AFTER.match(after))


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")


def _past_time_told(expression: TimeExpression, sentence: str) -> bool:
    """A past month or a count back the sentence tells its act in ("In January, soldiers burned the
    market", "two years ago"), not a beginning ("since March") nor a noun's ("X, which was founded
    in May,")."""
    return (expression.historical
            and bool(_MONTH_VALUE.fullmatch(expression.value) or expression.text.lower().endswith(" ago"))
            and not _SINCE_BEFORE.search(sentence[max(0, expression.start - 12):expression.start])
            and not _in_relative_clause(expression, sentence))


def narrative_shifts(sentence: str, article_date: dt.date | None) -> list[TimeExpression]:
    """The expressions of `sentence` dated only from the narrative's day ("A day later", "Hours
    later", "the next day") that date its own act: not the day a source spoke ("the governor said
    the following day that fourteen had died"), which says nothing of when the act told before was."""
    return [expression for expression in find_time_expressions(sentence, article_date)
            if expression.unanchored and expression.date is not None and expression.time_precision <= 2
            and not _statement_day(expression, sentence)]


def _opens_before_speaker(expression: TimeExpression, sentence: str) -> bool:
    """"On Wednesday the government denied ...": a day opening the sentence before its speaker."""
    return bool(re.fullmatch(r"\W*(?:on\s+)?", sentence[:expression.start], re.IGNORECASE)
                and _SPEAKER_AFTER.match(sentence[expression.end:expression.end + 60]))


# Cached: the pipeline's sentence selection and extraction both read each sentence's date (the
# result is immutable and depends on these two arguments only).
@functools.lru_cache(maxsize=4096)
def resolve_event_date(sentence: str, article_date: dt.date | None) -> ResolvedDate:
    """The date of the event `sentence` reports: never after `article_date`.

    The first current (non-historical) dated expression wins, the day of a statement and
    holidays after the others (`statement_day` says when a statement's day is all there is);
    if the sentence only has background history, that is returned with `historical=True`.
    Dates after the article date (plans, forecasts) are skipped. No usable expression: the article date at
    `NO_EXPRESSION_PRECISION` (None when the article has no date).
    """
    expressions = find_time_expressions(sentence, article_date)
    usable: list[tuple[TimeExpression, dt.date]] = []
    for expression in expressions:
        if expression.type not in {"DATE", "TIME"} or expression.date is None or expression.unanchored:
            continue
        if expression.value.endswith("_REF") or _CLOCK_FIRST.match(expression.text) and "T" in expression.value \
                and not _DAY_NAMED.search(expression.text):
            continue  # "at 6 p.m." or "around midnight" alone says nothing about the day
        if expression.historical and _in_relative_since(expression, sentence):
            # "X, the group that has blockaded fuel routes since September, claimed the attack":
            # a beginning told of a noun dates no event the sentence tells
            continue
        if _CURRENT_SPAN.fullmatch(expression.text) and _SUPERLATIVE_BEFORE.search(sentence, 0, expression.start):
            continue  # "the deadliest attack this year": the span the act is ranked in, not its date
        day = expression.date
        if article_date is not None and day > article_date:
            if expression.time_precision > 1 and (expression.value[:7] <= article_date.isoformat()[:7]
                                                  or expression.value.startswith(week_value(article_date))):
                day = article_date  # middle of this month/week lies ahead: clamp
            elif _MONTH_NAMED.search(expression.text) and not re.search(r"\d{4}|next|this", expression.text) \
                    and not Context(sentence, article_date).future(expression.start, expression.end):
                # "June 4" or "in October" said in May: the last one that has happened (not
                # "sentencing was postponed until December": a step ahead)
                day = safe_date(day.year - 1, day.month, day.day) or day
                if day > article_date:
                    continue
            else:
                continue
        usable.append((expression, day))
    # A holiday in the same sentence as another date is more often the occasion than the
    # day of the event ("home for Thanksgiving, she was killed Friday"): it goes last.
    # A date in a relative clause ("X, who pledged allegiance to Y in 2014, killed ...") goes after
    # those of the main clause.
    # A day in the possessive ("students who organised Friday's sit-in were detained on Saturday")
    # is another event's, named to tell a thing apart: it goes after the sentence's own. A time the
    # sentence goes on to tell an act at ("fighting raged around the dam from April until September
    # 2019, when engineers reopened its gates") goes before the others.
    usable.sort(key=lambda item: (_reporting_day(item[0], sentence) or _opens_before_speaker(item[0], sentence),
                                  _in_relative_clause(item[0], sentence),
                                  bool(_POSSESSIVE_AFTER.match(sentence, item[0].end)),
                                  not _WHEN_AFTER.match(sentence, item[0].end),
                                  bool(_HOLIDAY_NAMED.fullmatch(item[0].text))))
    current = [(expression, day) for expression, day in usable if not expression.historical]
    if current and all(_reporting_day(expression, sentence) or _opens_before_speaker(expression, sentence)
                       for expression, _ in current):
        # "In January, soldiers burned the market, the group said on Tuesday": the day the source
        # spoke (or a court sat: "was sentenced Monday for a killing two years ago") does not
        # date the past month or year the act is told in
        current = [item for item in usable if _past_time_told(item[0], sentence)] or current
    chosen = (current or usable)[:1]
    if chosen:
        expression, day = chosen[0]
        if expression.text.lower() == "overnight":
            # "an overnight raid on Tuesday", "an overnight raid ..., residents said on Sunday": the
            # night that ran into the day the sentence gives, its own before a statement's
            day = next((told for other, told in current if other is not expression and other.time_precision == 1),
                       day)
        return ResolvedDate(day, expression.time_precision, expression, expression.historical,
                            _reporting_day(expression, sentence))
    if expressions and article_date is None:
        relative = next((e for e in expressions if e.type in {"DATE", "TIME"} and not e.value.endswith("_REF")), None)
        if relative is not None:
            return ResolvedDate(None, relative.time_precision, relative, False)
    return ResolvedDate(article_date, NO_EXPRESSION_PRECISION, None, False)


# An act named with its day as an attribute: "the June 2 shooting death", "the March 1 death of his
# friend", "Saturday's shooting" (not "the June 2 hearing": a step of the case).
_ACT_NOUN = (r"(?:shootings?|(?:gunshot\s+)?deaths?|killings?|slayings?|murders?|homicides?|stabbings?|attacks?|"
             r"assaults?|ambush(?:es)?|bombings?|blasts?|raids?|massacres?)")
_ACT_NAMED_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?{_ACT_NOUN}\b")
_ATTRIBUTE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def named_act_day(sentence: str, article_date: dt.date | None) -> ResolvedDate | None:
    """The day a sentence names an act by ("charged in the June 2 shooting death of his son",
    "Saturday's shooting"): a report of a later step of a case (a charge, a hearing) names the
    incident's day so, and a sentence that tells the act without a day ("The boy shot himself
    while ...") happened on it. Only a present-day, day-precise date not after `article_date`."""
    for expression in find_time_expressions(sentence, article_date):
        if expression.time_precision != 1 or expression.date is None or expression.historical \
                or expression.unanchored or (article_date is not None and expression.date > article_date):
            continue
        possessive = sentence.startswith(("'s", "’s"), expression.end)
        if (possessive or _ATTRIBUTE_BEFORE.search(sentence[max(0, expression.start - 6):expression.start])) \
                and _ACT_NAMED_AFTER.match(sentence, expression.end):
            return ResolvedDate(expression.date, expression.time_precision, expression, False)
    return None
