"""Casualty figures in news text, and ACLED's conservative fatality count.

`find_tolls` finds every figure of people killed or injured: digits ("at least 12 people were
killed"), number words ("two teenagers were shot dead", via the `text2num` package), vague
quantities ("dozens wounded"), single victims ("a 25-year-old man died", "a third was
critically wounded") and victims listed by name and age ("A, 34, and B, 29, were killed").
Other numbers (ages, years, "12 people arrested", "5 houses") are not casualty figures: a
figure needs a casualty word right after it ("12 killed", "12 civilians were wounded") or a
casualty verb right before it ("killing 12", "the deaths of 70 fighters").

Vague quantities follow ACLED's codebook as we remember it: "several", "many" or "a number
of" fatalities are coded 10, "dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1000; a
report that gives no figure is coded 0. "A few" is not in the codebook; we use 3 (lower when in
doubt). `conservative_fatalities` applies ACLED's rule across reports of one event: the lowest
credible figure; `report_toll` sums one report up (its largest figure per kind, since the
smaller ones are usually parts of it: "killing three ... one of the victims, a man, 25").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from text_to_num import text2num

from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.records import FatalityClaim

__all__ = ["TollFigure", "find_tolls", "headline_prose", "conservative_fatalities", "report_toll", "VAGUE_FIGURES", "is_vague",
           "without_asides", "NUMBER", "QUALIFIER_WORDS", "tells_no_casualties", "done_by_no_one", "NO_ONE_WORDS",
           "CASUALTY_LEMMAS"]


@dataclass(frozen=True)
class TollFigure:
    """One casualty figure as the text gives it; offsets index into the text searched."""

    figure: int
    kind: str  # killed | injured
    start: int
    end: int
    lower_bound: bool = False  # "at least 12", "more than 12"
    approximate: bool = False  # "about 12", "dozens", "up to 12"
    cue: str = ""  # the casualty words that decided the kind ("shot dead", "wounding", "shot")
    vague: bool = False  # counted by a quantity word, not a number: "several", "dozens" (`is_vague`)


VAGUE_FIGURES = {
    "several": 10, "many": 10, "a number of": 10, "numerous": 10, "multiple": 2, "a few": 3,
    "a handful of": 3, "dozens": 12, "dozens of": 12, "scores": 20,
    "scores of": 20, "hundreds": 100, "hundreds of": 100, "thousands": 1000, "thousands of": 1000,
}
_WORD_NUMBERS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                 r"fifty|sixty|seventy|eighty|ninety|hundred|thousand")
# A number word ends at its word's end: "hundred" is no figure in "hundreds" ("killed hundreds of people" is
# the vague quantity, 100), nor "seven" in "seventh".
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_WORD_NUMBERS})(?:[- ](?:and[- ])?(?:{_WORD_NUMBERS}))*\b|"
          r"a dozen|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|several|"
          r"many|a number of|numerous|multiple|a few|a handful of)")
# The words that qualify a figure: "at least 12", "about 12", "another 12".
QUALIFIER_WORDS = (r"at least|at minimum|no fewer than|no less than|more than|over|upwards of|about|around|nearly|"
                   r"almost|approximately|roughly|some|an estimated|up to|as many as|perhaps|possibly|another|"
                   r"a further|an additional")
_QUALIFIER = rf"(?:(?P<qual>{QUALIFIER_WORDS})\s+)?"
# People named by their nation or faith, in the plural: "seven Lebanese", "two Syrians", "three
# Iraqis", "five Christians" (capitalised: "asians" or "indies" are no such word).
_NATIONALS = r"(?-i:[A-Z][a-z]+(?:ese|ans|is))|Kurds"
# Who can be a casualty; words between the figure and this noun are free (up to two).
_PEOPLE = (r"(?:people|persons?|civilians?|soldiers?|troops|servicem[ae]n|police(?:m[ae]n|"
           r"women)?|(?:police |security )?officers?|officials?|guards?|children|child|kids?|"
           r"babies|baby|infants?|women|woman|men|man|boys?|girls?|teen(?:ager)?s?|youths?|"
           r"students?|pupils?|insurgents?|militants?|fighters?|rebels?|jihadists?|gunm[ae]n|raiders?|bandits?|"
           r"gangsters?|kidnappers?|extremists?|terrorists?|separatists?|guerrillas?|combatants?|gendarmes?|"
           r"attackers?|assailants?|suspects?|members?|victims?|others|passengers?|workers?|"
           r"protesters?|demonstrators?|residents?|villagers?|bystanders?|adults?|relatives?|"
           r"individuals?|pilgrims?|worshippers?|mourners?|supporters?|teachers?|nurses?|doctors?|medics?|"
           r"clerics?|priests?|pastors?|elders?|militiam[ae]n|peacekeepers?|cadres?|rangers?|Taliban|"
           r"volunteers?|vigilantes?|hunters?|commanders?|leaders?|crew|followers?|"
           r"miners?|farmers?|herders?|herdsmen|shepherds?|traders?|merchants?|"
           r"vendors?|porters?|labou?rers?|fishermen|migrants?|refugees?|"
           r"journalists?|staff|personnel|patients?|shoppers?|customers?|spectators?|fans|"
           r"victims|casualties|family members|siblings?|brothers?|sisters?|sons?|daughters?|"
           r"husbands?|wives|wife|mothers?|fathers?|parents|friends?|neighbou?rs?|drivers?|grandchildren|"
           r"grand(?:sons?|daughters?|parents)|nephews?|nieces?|cousins?|constables?|vaccinators?|"
           r"dead|wounded|injured|hostages?|detainees?|prisoners?|inmates?|recruits?|"
           rf"{_NATIONALS})")
_KILLED_WORDS = (r"shot (?:(?:in|on|at|through) (?:the |his |her |their )?[\w-]+ (?:[\w-]+ )?)?and (?:killed|died)|"
                 r"(?:burned|burnt|shot|hacked|stabbed|beaten)\s+(?:or|and)\s+(?:burned|burnt|shot|hacked|stabbed|beaten)\s+to\s+death|"
                 r"(?:abducted|kidnapped|tortured|captured|seized|raped|robbed|ambushed|attacked)\s+and\s+(?:later\s+|then\s+)?(?:killed|murdered|executed|"
                 r"beheaded|shot dead)|"
                 r"shot (?:and )?killed|shot dead|shot to death|fatally (?:shot|wounded|injured|"
                 r"stabbed|struck|hit)|(?:stabbed|beaten|burned|hacked|trampled|crushed|stoned|clubbed) to death|"
                 r"gunned down|killed|slain|murdered|executed|massacred|dead|died|perished|buried(?!\s+(?:alive|under|beneath))|"
                 r"lost (?:their|his|her) lives?|lost (?:their|his|her) life|were found dead|"
                 r"pronounced dead|succumbed|[\"“]?neutrali[sz]ed|(?:shot or )?beheaded")
# Hit by gunfire ("a teen was struck by a stray bullet", "two people were hit by gunfire"): hit, maybe
# not alive, so it reads as "shot" does (`_cue`); "struck by a car" is no casualty of violence.
_HIT_BY_FIRE = r"(?:struck|hit)\s+by\s+(?:a\s+|an\s+|the\s+)?(?:stray\s+|single\s+|errant\s+)?(?:bullets?|gunfire|gunshots?|rounds?)"
_INJURED_WORDS = (r"(?:critically |seriously |severely |slightly |lightly |badly |gravely )?"
                  r"(?:injured|wounded|hurt|hospitali[sz]ed|taken to (?:a |an |the )?(?:[\w'.-]+ ){0,3}?hospital|"
                  r"(?:suffered|sustained|had(?! no\b)) (?:[\w-]+ ){0,2}?(?:injuries|(?:gunshot )?wounds?)|"
                  r"treated (?:(?:in|at) (?:a |an |the )?(?:[\w'.-]+ ){0,3}?hospitals? )?for (?:gunshot |bullet |stab )?"
                  r"(?:wounds|injuries)|recovering (?:from|after|in)|shot|"
                  rf"{_HIT_BY_FIRE})")
_NOT_A_COUNT = r"(?!\d|:\d|\s*(?:-|\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|times?|percent|%|[ap]\.?m\b|o'clock|per cent|-year|rounds|shots|bullets|miles|km|feet|yards|houses|homes|cars|vehicles|dollars))"
_AUX = (r"(?:\s+(?:who\s+)?(?:were|was|are|is|have been|has been|had been|being|got|lay|remain|remained|were later|"
        r"was later|(?:has|have|had)(?=\s+(?:later\s+|since\s+)?(?:died|perished|succumbed|lost))))?(?:\s+found)?")
_ADVERB = (r"(?:\s+(?:reportedly|also|all|later|allegedly|subsequently|eventually|both|each|instantly|immediately|"
           r"accidentally|apparently|then))?")

# An aside between the counted victims and their verb: "At least 11 farmers, including three
# boys, were killed", "12 people, most of them women, died", "five people, two of them guards, died".
_ASIDE = rf"(?:,\s+(?:including|among\s+them|(?:most|all|some|{NUMBER})\s+of\s+them)\s+[^,.;]{{1,40}},)?"
# Who the counted people are, told between commas after them: "nine members of a village guard,
# the unit that patrols the roads at night, were killed" (not a list: "two soldiers, a driver and
# a cook, were killed"; nor after a bare number, an age: "Jane Roe, 35, a nurse, was shot").
_APPOSITIVE = r"(?:,\s+(?:the|an?)\s+(?:(?!\band\b)[^,.;]){1,60},)?"
# Whose or from where the counted people are: "four supporters of a defeated candidate were shot
# dead", "five members of the Anti-Crime Brigade (ACB) were killed", "two herders from a camp east of
# the river were shot dead".
_WHOSE = r"(?:\s+(?:of|from)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?:\s+\([A-Z]{2,}\))?)?"
# "A mother of three was killed": the figure counts her children, not the dead.
_PARENT_OF = r"(?<!father of )(?<!mother of )(?<!parent of )(?<!parents of )"
# "No one was injured", "not one officer was hurt": nobody, no figure. (Read from the words' order,
# as `find_tolls` reads raw text; a parsed sentence is read by `tells_no_casualties`.)
_NEGATED = r"(?<!\bno\s)(?<!\bnot\s)"
# A longer participle phrase or a relative clause that says who the counted people are, read only
# before a passive casualty verb: "two men riding a motorcycle outside the village were killed", "a
# man accused of spying for the gang was beaten to death", "three staff members who were trapped
# inside were killed". None of its words opens a clause of its own or is a casualty word ("two
# soldiers guarding the post where three civilians were killed" counts the civilians; "a farmer who
# was found dead in a field was shot" is dead).
_LONG_WHO = (r"\s+(?:[a-z]+ing|[a-z]+ed\s+(?:of|by|for|with|in|on|at|from)|who\s+(?:were|was|had\s+been|has\s+been))"
             r"(?:\s+(?!(?:and|or|but|where|when|which|who|whom|whose|that|after|before|while|as|because|then|"
             r"were|was|is|are|had|has|have|dead|died|killed|shot|wounded|injured|hurt|murdered|slain)\b)[\w'’-]+){1,12}?"
             r"(?=\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s)")
# A participle that says who the counted people are: "two men wanted by the authorities were
# shot dead", "three farmers working in their fields were killed" (not a verb of their own: "two
# deputies drove up and shot"), or a longer one (`_LONG_WHO`).
_WHO_THEY_ARE = (r"(?:\s+(?:[a-z]+ed\s+by|[a-z]+ing\s+(?:in|on|at|from|near|for|with))\s+(?:the\s+|a\s+|an\s+|their\s+|"
                 rf"his\s+|her\s+)?(?:(?!and\b)[\w'’-]+\s+){{0,2}}?(?!and\b)[\w'’-]+|{_LONG_WHO})?")
# A count of rounds, not of people: "fired one shot", "heard one shot".
_NOT_FIRED = r"(?<!\bfired\s)(?<!\bfires\s)(?<!\bfire\s)(?<!\bfiring\s)(?<!\bheard\s)"
_SUBJECT_FIGURE = re.compile(
    rf"(?<![\w$£€#.,-]){_PARENT_OF}{_NEGATED}{_NOT_FIRED}{_QUALIFIER}(?P<num>{NUMBER})(?<!\d{{4}}){_NOT_A_COUNT}"
    rf"(?:\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}{_WHOSE}{_WHO_THEY_ARE}{_APPOSITIVE})?(?:\s+(?:of them|in all|in total|more|others?))?{_ASIDE}"
    rf"{_AUX}{_ADVERB}\s+(?:(?P<killed>{_KILLED_WORDS})|(?P<injured>{_INJURED_WORDS}))\b(?!(?<=shot)\s+at\b)",
    re.IGNORECASE)
# People counted under a side's label in quotation marks: killed 12 "terrorists", dozens of "infidels".
_SIDES_LABEL = r"\s+[\"“][\w-]+(?:\s+[\w-]+)?[\"”]"
_OBJECT_FIGURE = re.compile(
    rf"\b(?:(?P<killed>killing|killed|kill|kills|massacred|slaughtered|beheaded|beheading|shot dead|gunned down|"
    rf"neutrali[sz](?:ed|ing)|"
    rf"(?:stabbed|beaten|hacked|burned) to death|claimed the lives of|"
    rf"claiming the lives of|the deaths? of|death toll (?:\w+ )?(?:rose |climbed |rises |risen |"
    rf"stands |stood |reached |was |is |has risen |of )?(?:to |at )?|toll (?:of|at|rose to|to)|"
    rf"(?:number|count) of (?:the )?(?:dead|deaths|fatalities|(?:[\w-]+ )?(?:killed|dead)) (?:at|to)|losses at|"
    rf"(?:higher|lower|revised|different) (?:figure|toll|count) of|bodies of|"
    rf"(?:the )?(?:dead|deaths|fatalities) (?:numbered|totall?ed|stood at|reached)|leaving|left|with)|(?P<injured>wounding|wounded|injuring|injured|hurting|"
    rf"hurt|shot|shooting))\s+[\"“]?(?:(?:his|her|their|its)\s+)?{_QUALIFIER}(?P<num>{NUMBER})(?<!\d{{4}}){_NOT_A_COUNT}"
    rf"(?P<tail>[\"”]?(?:\s+[\"“]?(?:[\w-]+\s+){{0,2}}?{_PEOPLE}|{_SIDES_LABEL})?(?:\s+(?:others?|more|people|of\s+them))?"
    rf"(?:\s+(?P<left_killed>dead)|\s+(?P<left_injured>(?:injured|wounded|hurt)))?)",
    re.IGNORECASE)
# One person a report can tell as a victim ("a 25-year-old man", "a waitress", "the clerk").
_SINGULAR_NOUN = (r"(?:man|woman|boy|girl|teen(?:ager)?|juvenile|male|female|person|child|toddler|baby|infant|officer|deputy|"
                  r"policeman|policewoman|soldier|civilian|student|resident|driver|passenger|"
                  r"bystander|mother|father|son|daughter|wife|husband|girlfriend|boyfriend|porter|shepherd|labou?rer|"
                  r"friend|brother|sister|cousin|neighbou?r|youth|clerk|guard|hunter|uncle|aunt|"
                  r"grandmother|grandfather|roommate|employee|owner|customer|cashier|waitress|waiter|"
                  r"worker|pedestrian|motorist|councill?or|activist|journalist|teacher|trader|farmer|herder|"
                  r"pastor|priest|imam|lawyer|nurse|doctor|politician|lawmaker|singer|musician|cleric|preacher|"
                  r"judge|prosecutor|mayor|shopkeeper|businessman|businesswoman|vendor|miner|fisherman|bodyguard|"
                  r"commander|constable|passer-?by|aide|ruler|headman|chief|smuggler|rider|tapper|official|"
                  r"engineer|contractor|mechanic|tailor|carpenter|butcher|cook|villager|fighter|militant|rebel|"
                  r"gendarme|militiaman|volunteer|ranger|vigilante|merchant|informant|informer|pupil|worshipper|"
                  r"pilgrim|refugee|migrant|hostage|sentry|sergeant|captain|colonel|lieutenant|trooper|detective|"
                  r"marshal|sheriff|firefighter|paramedic|bouncer|manager|tenant|homeowner|teller|attendant|inmate|"
                  r"(?:(?<=village )|(?<=tribal )|(?<=clan ))(?:head|elder|leader))")
# Words that start another phrase, which no modifier of a victim's noun is ("an off-duty transit police
# officer" is one victim; "a homicide after a victim", "the shooting left another teen" are not).
_NOT_A_MODIFIER = r"(?:a|an|the|another|one|after|before|of|in|on|at|by|for|from|with|and|or|who|that|which)"
_SINGLE_VICTIM = re.compile(
    rf"\b{_NEGATED}{_NOT_FIRED}(?P<det>a|an|one|another|a third|a fourth|a fifth|a second|the)"
    rf"(?:\s+(?:(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-old\s+)?(?:(?!{_NOT_A_MODIFIER}\b)[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>{_SINGULAR_NOUN}|victim|suspect|gunman|\d{{1,3}}-year-old|[a-z]+-year-old){_APPOSITIVE})?"
    rf"(?:\s+of\s+(?:them|the\s+(?:victims|men|women|people|wounded)|{NUMBER}(?:\s+(?:young\s+)?(?:children|kids|sons|daughters))?))?"
    rf"(?:(?<=[a-z])(?:{_LONG_WHO}))?"
    rf"{_AUX}{_ADVERB}\s+"
    rf"(?:(?P<killed>{_KILLED_WORDS})|(?P<injured>{_INJURED_WORDS}))\b(?!(?<=shot)\s+at\b)",
    re.IGNORECASE)
_NAMED_VICTIMS = re.compile(
    r"(?P<list>(?:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3},\s+\d{1,3},?\s+(?:and\s+)?){1,12})"
    rf"(?:were|was|had been|have been|has been)?{_ADVERB}\s+(?:(?P<killed>{_KILLED_WORDS})|(?P<injured>{_INJURED_WORDS}))\b")
_AGE = re.compile(r",\s+\d{1,3},?")
_NUMBER_WORD = re.compile(rf"^(?:{_WORD_NUMBERS})(?:[- ](?:and[- ])?(?:{_WORD_NUMBERS}))*$", re.IGNORECASE)
_PREFILTER = re.compile(r"kill|dead|death|died|die|behead|wound|injur|hurt|shot|shooting|slain|slay|homicide|murder|execut|"
                        r"perish|lives|life|toll|bod(?:y|ies)|buried|massacr|hospital|fatal|gunned|succumb|"
                        r"casualt|slaughter|stabbed|beaten|condition|neutrali|gunfire|bullet|round|struck|hitting|fire", re.IGNORECASE)
# Cues of a count of everyone dead (the killer included), as opposed to a killer's victims.
DEATH_TOTAL_CUES = frozenset({"dead", "murder-suicide", "died", "were found dead", "pronounced dead", "perished", "left dead",
                              "leaving dead", "with dead"})
_LOWER_BOUND = {"at least", "at minimum", "no fewer than", "no less than", "more than", "over",
                "upwards of"}


# A number told in words that are no quantity word: "at least a dozen people" is at least 12.
_DOZEN = "a dozen"


def _figure_value(number: str) -> tuple[int, bool] | None:
    """An integer and whether it is approximate ("dozens"); None when it is not a number."""
    number = number.lower().strip()
    if number == _DOZEN:
        return 12, False
    if number in VAGUE_FIGURES:
        return VAGUE_FIGURES[number], True
    if number[0].isdigit():
        return int(number.replace(",", "")), False
    if _NUMBER_WORD.match(number):
        try:
            return int(text2num(number.replace("-", " "), "en")), False
        except ValueError:
            words = number.replace("-", " ").split()
            try:
                return int(text2num(words[0], "en")), False
            except ValueError:
                return None
    return None


_VAGUE_WORDS = re.compile(r"(?<!\bas\s)\b(?:" + "|".join(sorted(VAGUE_FIGURES, key=len, reverse=True)) + r")\b",
                          re.IGNORECASE)


def is_vague(words: str) -> bool:
    """Whether a figure's words (a `TollFigure`'s span) count by a quantity word ("several
    attackers were neutralised", "killing dozens of people"), not by a number ("as many as 12")."""
    return _VAGUE_WORDS.search(words) is not None


# An aside on the counted victims: "At least 11 farmers, including three boys, were killed".
_ASIDES = re.compile(_ASIDE, re.IGNORECASE)


def without_asides(words: str) -> str:
    """A figure's words less their aside on the victims ("Twenty-two people, most of them women and
    elderly men, were killed" -> "Twenty-two people were killed")."""
    return _ASIDES.sub("", words)


def _qualifiers(qualifier: str | None) -> tuple[bool, bool, int]:
    """(lower_bound, approximate, added): "another two" adds to a figure said before."""
    qualifier = (qualifier or "").lower()
    if qualifier in _LOWER_BOUND:
        return True, False, 0
    if qualifier in {"another", "a further", "an additional"}:
        return False, False, 1
    return False, bool(qualifier), 0


def _from_match(match: re.Match[str], kind: str, cue: str) -> TollFigure | None:
    parsed = _figure_value(match["num"])
    if parsed is None:
        return None
    figure, vague = parsed
    lower_bound, approximate, _added = _qualifiers(match.groupdict().get("qual"))
    return TollFigure(figure, kind, match.start(), match.end(), lower_bound, approximate or vague, cue)


def _cue(match: re.Match[str]) -> str:
    """The casualty words a figure was found with; "suffered injuries" and "was taken to the hospital"
    say the victims were hurt, not that they lived (one taken to hospital may die there), so
    they read as "shot" does (`report_toll`)."""
    words = (match["killed"] or match["injured"]).lower()
    return "shot" if words.startswith(("suffered", "sustained", "had", "taken to", "struck", "hit")) else words


# Part of a counted group: "was one of five people injured" counts the five.
_PART_OF_GROUP = re.compile(rf"\s+of\s+(?:the\s+)?(?P<whole>{NUMBER})\s", re.IGNORECASE)
# A verb in the singular after a number: "Jim Clay, 22 was shot" gives an age, not 22 shot.
_SINGULAR_VERB = re.compile(r"\b(?:was|is|has)\b", re.IGNORECASE)


def _subject_figures(text: str) -> list[TollFigure]:
    found = []
    for match in _SUBJECT_FIGURE.finditer(text):
        kind = "killed" if match["killed"] else "injured"
        figure = _from_match(match, kind, _cue(match))
        if figure is None:
            continue
        if (part := _PART_OF_GROUP.match(text, match.end("num"))) and (whole := _figure_value(part["whole"])):
            figure = replace(figure, figure=whole[0], approximate=figure.approximate or whole[1])
        elif figure.figure > 1 and _SINGULAR_VERB.search(text, match.end("num"), match.start(kind)):
            continue
        found.append(figure)
    return found


_CLAUSE_END = re.compile(r"\s*(?:[,.;:]|$)")
# Verbs whose figure may count things, not people: "killed 12 years ago", "neutralised two bombs".
_NEEDS_VICTIMS = frozenset({"killed", "injured", "wounded", "hurt", "neutralised", "neutralized", "neutralising",
                            "neutralizing"})


def _object_figures(text: str) -> list[TollFigure]:
    found = []
    for match in _OBJECT_FIGURE.finditer(text):
        verb = (match["killed"] or match["injured"]).lower()
        if verb in {"leaving", "left", "with", "shot", "shooting"}:
            if match["left_killed"]:
                kind, cue = "killed", f"{verb} dead"
            elif match["left_injured"]:
                kind, cue = "injured", f"{verb} {match['left_injured'].lower()}"
            elif verb in {"shot", "shooting"} and match["tail"].strip():
                kind, cue = "injured", "shot"  # "shot two people": hit, maybe not killed
            else:
                continue
        elif (verb in _NEEDS_VICTIMS or verb.endswith(("figure of", "count of"))) and not match["tail"].strip() \
                and not _CLAUSE_END.match(text, match.end()):
            continue  # "killed 12 years ago", "a higher figure of 300 arrests": a victim noun or the clause's end must follow
        else:
            kind, cue = ("killed" if match["killed"] else "injured"), verb
        figure = _from_match(match, kind, cue)
        if figure is not None:
            found.append(figure)
    return found


_FATALLY = re.compile(rf"\b(?:shot|wounded|hit|struck)\b[^.;]{{0,40}}?,\s+(?P<num>{NUMBER}|one)\s+"
                      r"(?:of them\s+|of whom\s+(?:was\s+|were\s+)?)?(?:fatally|mortally)\b", re.IGNORECASE)


# A figure the text gives as a side's words: "killing what the army described as eight militants".
_DESCRIBED_FIGURE = re.compile(
    rf"\b(?P<killed>killing|killed|kills|kill)\s+what\s+(?:[\w'’-]+\s+){{1,5}}?(?:described|called|termed|said\s+were)"
    rf"\s+(?:as\s+)?{_QUALIFIER}(?P<num>{NUMBER})(?<!\d{{4}}){_NOT_A_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b",
    re.IGNORECASE)


def _described_figures(text: str) -> list[TollFigure]:
    return [figure for figure in (_from_match(match, "killed", match["killed"].lower())
                                  for match in _DESCRIBED_FIGURE.finditer(text)) if figure is not None]


def _fatally_clauses(text: str) -> list[TollFigure]:
    """"Two people were shot, one fatally": one of the figure before is killed."""
    found = []
    for match in _FATALLY.finditer(text):
        parsed = _figure_value(match["num"])
        if parsed is not None:
            found.append(TollFigure(parsed[0], "killed", match.start("num"), match.end(), False, parsed[1], "fatally"))
    return found


# "a man", "her son", "a police officer's son".
_VICTIM_PHRASE = (rf"(?:(?:a|an|the|his|her|their|its|(?:[\w-]+\s+){{0,2}}?[\w-]+['’]s)\s+"
                  rf"(?:(?:\d{{1,3}}|[a-z]+)[- ]year[- ]old\s+)?(?:(?!{_NOT_A_MODIFIER}\b)[\w-]+\s+){{0,3}}?{_SINGULAR_NOUN}\b"
                  rf"|(?:a|an|the)\s+(?:\d{{1,3}}|[a-z]+)[- ]year[- ]old\b|"
                  rf"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){{1,3}}(?:,\s+\d{{1,3}},)?)")
# One victim, killed: "the shooting death of a 15-year-old boy", "the body of a man", "fatally shot a man",
# "killed a councillor", "beaten an elderly man to death", "burned him to death", "shot her dead",
# "Jane Roe, 29, died", "he was pronounced dead", "his body was found two days later".
_ONE_KILLED = re.compile(
    rf"\b(?:(?:fatal\s+(?:shooting|stabbing|beating)|shooting\s+death|death|murder|killing|slaying|body)"
    rf"\s+of\s+{_VICTIM_PHRASE}"
    rf"|(?:fatally\s+(?:shot|shoots|stabbed|wounded)|shot\s+and\s+killed|shoots\s+and\s+kills|shot\s+dead|"
    rf"killed|kills|murdered|gunned\s+down|stabbed\s+to\s+death|beat\s+to\s+death)\s+{_VICTIM_PHRASE}"
    rf"|(?:beat(?:en)?|stabbed|hacked|burned|burnt|stoned)\s+(?:{_VICTIM_PHRASE}|him|her)\s+to\s+death"
    rf"|\bshot\s+(?:him|her)\s+dead"
    rf"|\b(?:[Hh]is|[Hh]er)\s+(?:body|corpse)\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+)?"
    rf"(?:found|recovered|discovered|dumped|retrieved)\b"
    rf"|(?:(?<=[.!?]\s)|^)(?:He|She)\s+(?:was\s+|later\s+)?(?:died|pronounced\s+dead|killed|"
    rf"shot\s+and\s+killed|fatally\s+shot)\b"
    rf"|(?<![\w.])[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){{1,3}}(?:,\s+\d{{1,3}},)?\s+(?:later\s+|also\s+)?"
    rf"(?:died|was\s+(?:later\s+)?pronounced\s+dead|was\s+(?:shot\s+and\s+)?killed|was\s+fatally\s+(?:shot|struck|hit)"
    rf"|was\s+found\s+[^.;]{{0,60}}?\band\s+(?:later\s+)?pronounced\s+dead"
    rf"|was\s+the\s+(?:[\w-]+\s+)?(?:man|woman|person|victim)\s+(?:killed|slain|shot\s+dead)))")
# One victim hurt, without a figure: "found a man suffering from a gunshot wound", "left a woman
# with non-life-threatening injuries", "who shot a cab driver". A victim found shot may still die
# of it, so those finds are "shot" (`report_toll` counts them injured only when nobody died) and
# their evidence ends at "gunshot", which reads back as that cue from the stored claim.
_HURT_PHRASE = (rf"(?<!body of )(?:(?:a|an|one|another)\s+(?:(?:\d{{1,3}}|[a-z]+)[- ]year[- ]old\s+)?"
                rf"(?:(?!{_NOT_A_MODIFIER}\b)[\w-]+\s+){{0,3}}?(?:{_SINGULAR_NOUN}|victim)\b|(?:a|an)\s+(?:\d{{1,3}}|[a-z]+)[- ]year[- ]old\b)")
# Someone shot, told as the object: "the robber shot the cashier", "shot his neighbour", "shot her in
# the leg", "officers shot the suspect" too,
# whom the report may have counted before (a repeat counts no more: a report's figure is its largest).
_SHOT_PHRASE = (rf"(?:{_HURT_PHRASE}|(?:the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SINGULAR_NOUN}|victim|suspect|gunman|"
                rf"shooter|robber|intruder)\b|(?:him|her)\b)")
_ONE_HURT = re.compile(
    rf"(?<!fatally )\b(?:(?P<hit>shot|shooting)\s+{_SHOT_PHRASE}(?!\s+(?:dead|to\s+death))"
    rf"|(?P<own>shot|shooting|shoots)\s+(?:himself|herself)\b(?!\s+(?:dead|to\s+death)"
    rf"|[^.;]{{0,60}}?\band\s+(?:was\s+)?(?:later\s+)?(?:died|pronounced\s+dead)\b)"
    rf"|(?:wounded|wounding|injured|injuring)\s+{_HURT_PHRASE}"
    rf"|(?P<found>{_HURT_PHRASE}\s+(?:who\s+was\s+|was\s+)?(?:suffering\s+(?:from\s+)?|with\s+)(?:a\s+|an\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?gun\s?shot)(?=\s+wounds?\b)"
    rf"|left\s+(?:{_HURT_PHRASE}|the\s+victim)\s+(?:with\s+(?:[\w-]+\s+){{0,3}}?injuries|in\s+(?:critical|serious|stable|"
    rf"fair|good|grave)\s+condition))", re.IGNORECASE)


# A victim hurt earlier who died later: "a boy who was shot in the face has died", "Jane Roe,
# who was wounded Monday, died Tuesday", "taken to a hospital where he later died". The wound
# told in the relative clause is the same person, so the report counts one dead, not one hurt;
# so does one told only as having died ("investigators named a 5-year-old girl who died in the house").
_DIED_OF_WOUNDS = re.compile(
    rf"(?:(?i:{_HURT_PHRASE})|(?<![\w.])[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){{0,3}}(?:,\s+\d{{1,3}})?,?)"
    rf"\s+who\s+(?:was|had\s+been|has\s+been)\s+[^.;!?]{{1,120}}?,?\s+(?:(?:has|had)\s+(?:since\s+|now\s+)?"
    rf"|later\s+)?(?:died|succumbed)\b"
    rf"|\bwhere\s+(?:he|she)\s+(?:later\s+)?(?:died|was\s+(?:later\s+)?pronounced\s+(?:[\w-]+\s+)?dead)\b"
    rf"|(?i:{_HURT_PHRASE})\s+who\s+(?:later\s+|has\s+|had\s+)?died\b")


def _died_of_wounds(text: str) -> list[TollFigure]:
    return [TollFigure(1, "killed", match.start(), match.end(), False, False, "one victim")
            for match in _DIED_OF_WOUNDS.finditer(text)]


# One victim hurt, told by name or pronoun: "officers found 45-year-old Mark Ellison with a
# gunshot wound", "Dana Whitfield, 37, was suffering from a gunshot wound", "after an argument,
# she was shot twice in the leg". Hit, maybe not alive: "shot", as the finds above.
_NAMED_HURT = re.compile(
    r"(?<![\w.])(?:(?:\d{1,3}|[a-z]+)-year-old\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){1,3}(?:,\s+\d{1,3},)?"
    r"\s+(?:who\s+was\s+|was\s+)?(?:suffering\s+(?:from\s+)?|with\s+)(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"gun\s?shot(?=\s+wounds?\b)")
# Also one a sentence opens with a surname alone ("Dorsey was shot at least once").
_PRONOUN_SHOT = re.compile(
    r"(?:\b(?i:he|she)|(?:^|(?<=[.!?]\s))(?!(?:No|Nobody|None|Noone|It|This|That|There|What|Who)\b)[A-Z][a-z'’-]+)"
    r"\s+was\s+(?:(?:also|later|then|reportedly|accidentally|allegedly)\s+)?shot\b"
    r"(?!\s+(?:and\s+(?:killed|died)|dead|to\s+death|at\b(?!\s+least\b)|down\b)|[^.;]{0,40}?\band\s+(?:later\s+)?(?:died|killed)\b)")
# Wounded, told by pronoun ("she was wounded in the shoulder"): alive when told, unless the sentence goes
# on to his death.
_PRONOUN_WOUNDED = re.compile(
    r"\b(?i:he|she)\s+was\s+(?:(?:also|critically|seriously|severely|slightly|badly|gravely)\s+)?(?P<cue>wounded|injured|hurt)\b"
    r"(?![^.;]{0,80}?\b(?:died|dead|killed|succumbed)\b)")
# Someone a round hit, told as the object: "one bullet hitting a cook in the arm", "officers opened
# fire and struck a driver", "fired twice, hitting him in the hip"; or told after the fire ("traded
# gunfire and the man was struck"). Hit, maybe not alive: "shot".
_HIT_BY_ROUND = re.compile(
    rf"\b(?:(?:bullets?|rounds?|shots|gunfire|pellets)\s+|(?:fired|firing|opened\s+fire|shooting)\b[^.;]{{0,40}}?(?:,\s*|\s+and\s+))"
    rf"(?:hitting|striking|struck|hit)\s+{_SHOT_PHRASE}(?!['’]s\b)"
    rf"|\b(?:gunfire|shots|fired|fire)\b[^.;]{{0,60}}?\band\s+(?:the\s+(?:[\w-]+\s+){{0,2}}?(?:{_SINGULAR_NOUN}|victim|suspect)|he|she)"
    rf"\s+was\s+(?:struck|hit)\b(?!\s+by\b)", re.IGNORECASE)


def _one_hurt(text: str) -> list[TollFigure]:
    found = [TollFigure(1, "injured", match.start(), match.end(), False, False,
                       "shot" if match["hit"] or match["found"] or match["own"] else "injured")
             for match in _ONE_HURT.finditer(text)]
    found.extend(TollFigure(1, "injured", match.start(), match.end(), False, False, "shot")
                 for pattern in (_NAMED_HURT, _PRONOUN_SHOT, _HIT_BY_ROUND) for match in pattern.finditer(text))
    found.extend(TollFigure(1, "injured", match.start(), match.end(), False, False, match["cue"].lower())
                 for match in _PRONOUN_WOUNDED.finditer(text))
    return found


# A killer's own death. "Shot himself" counts only after his killing ("then shot himself"): in
# an accident or a lone suicide the one who shot himself is the victim the report's death
# words already count. A bare "suicide" ("the death was ruled a suicide") names that same
# death; only one who "committed suicide" is a death of his own.
_SELF_KILLED = re.compile(r"\b(?:(?:killed|kills|killing|turned\s+the\s+gun\s+on|turning\s+the\s+gun\s+on|took|taking|"
                          r"(?:then|before|and)\s+(?:shot|shooting))\s+(?:himself|herself|his\s+own\s+life|her\s+own\s+life)"
                          r"|murder-suicide|(?:committed|commits|commit|committing|died\s+by)\s+suicide)\b",
                          re.IGNORECASE)


# The killer last in the list of those he killed: "killed her two children, then herself".
_SELF_AFTER_VICTIMS = re.compile(r"\b(?:kill(?:s|ed|ing)?|shot|shoots|shooting)\b[^.;:]{1,60}?(?:,|\band\b)\s+"
                                 r"(?:then\s+)?(?P<self>himself|herself|self)\b", re.IGNORECASE)
# A death without a figure: "a fatal shooting", "was shot and killed", "the homicide" say at
# least one person died (ACLED's lowest credible figure: 1); "attempted murder" and "a non-fatal
# shooting" say nobody did.
_SOMEONE_KILLED = re.compile(
    r"\b(?:(?<!non-)(?<!non\s)(?:fatal|deadly)\s+(?:shooting|stabbing|attack|ambush|assault|gunfight|shootout)|fatally\s+(?:shot|stabbed|"
    r"wounded)|shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|shooting\s+death|homicide|(?<!attempted\s)murder(?:ed)?|"
    r"(?<!attempted\s)killing|slaying|slain)\b", re.IGNORECASE)
# "A double shooting": that many people shot.
_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_MULTIPLE_VICTIMS = re.compile(r"\b(?P<num>double|triple|quadruple|quintuple)\s+(?:(?P<injured>shooting|stabbing)|"
                               r"(?P<killed>homicide|murder|killing|fatal\s+shooting|slaying))\b", re.IGNORECASE)


# A suicide told bare ("the death was ruled a suicide"): someone died, a count of everyone dead.
_SUICIDE = re.compile(r"(?<![\w-])(?<!attempted\s)suicide\b(?!\s+attempt)", re.IGNORECASE)
# A murder-suicide: at least the victim and the killer are dead, a count of everyone dead.
_MURDER_SUICIDE = re.compile(r"\bmurder[- ]suicide\b", re.IGNORECASE)
# Victims found dead together: "found them shot to death" (at least two), "found both dead".
_FOUND_TOGETHER = re.compile(r"\bfound\s+(?:(?P<them>them)|both|the\s+(?:two|pair|couple))\s+(?:both\s+)?"
                             r"(?:shot\s+to\s+death|shot\s+dead|stabbed\s+to\s+death|dead)\b", re.IGNORECASE)


# A victim told by surname alone, the news of whose death opens a sentence: "Okafor died at a clinic
# on Friday", "Brandt has since died". The word is a name: no common word ("Others died",
# "Nobody died"), no people counted ("Civilians died") and no number.
_SURNAME_DIED = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\band\s))(?P<name>[A-Z][a-z'’-]+)\s+(?:(?:later|also|has|had|since)\s+)*"
                           r"(?:died|succumbed)\b(?!\s+(?:down|out|away|off)\b)")


def _surname_died(text: str) -> list[TollFigure]:
    return [TollFigure(1, "killed", match.start(), match.end(), False, False, "one victim")
            for match in _SURNAME_DIED.finditer(text)
            if match["name"].lower() not in STOP_WORDS and not re.fullmatch(rf"{_PEOPLE}|{NUMBER}", match["name"], re.IGNORECASE)]


def _one_killed(text: str) -> list[TollFigure]:
    found = [TollFigure(2, "killed", match.start(), match.end(), True, False, "murder-suicide")
             for match in _MURDER_SUICIDE.finditer(text)]
    found.extend(TollFigure(2, "killed", match.start(), match.end(), bool(match["them"]), False, "dead")
                 for match in _FOUND_TOGETHER.finditer(text))
    found.extend(TollFigure(1, "killed", match.start(), match.end(), False, False, "one victim")
                 for match in _ONE_KILLED.finditer(text))
    found.extend(_surname_died(text))
    found.extend(TollFigure(1, "killed", match.start(), match.end(), False, False, "self")
                 for match in _SELF_KILLED.finditer(text))
    found.extend(TollFigure(1, "killed", match.start("self"), match.end(), False, False, "self")
                 for match in _SELF_AFTER_VICTIMS.finditer(text))
    found.extend(TollFigure(1, "killed", match.start(), match.end(), True, False, "someone")
                 for match in _SOMEONE_KILLED.finditer(text))
    found.extend(TollFigure(1, "killed", match.start(), match.end(), True, False, "dead")
                 for match in _SUICIDE.finditer(text))
    return found


# Bodies counted: "12 bodies were brought in", "the hospital received 12 bodies", "recovered at
# least 30 more bodies". Everyone counted is dead, the killer too if he is among them.
_BODIES = re.compile(
    rf"(?<![\w$£€#.,-]){_QUALIFIER}(?P<num>{NUMBER})(?<!\d{{4}})\s+(?:(?:more|other|further|unidentified|"
    rf"charred|burned|burnt|decomposed|mutilated|bullet-riddled)\s+){{0,2}}bodies\b(?!\s+of\s+(?:water|work|evidence))",
    re.IGNORECASE)
# Deaths counted by whoever records them: "Five deaths were confirmed by the police".
_DEATHS_RECORDED = re.compile(
    rf"(?<![\w$£€#.,-]){_QUALIFIER}(?P<num>{NUMBER})(?<!\d{{4}})\s+(?:deaths|fatalities)\s+(?:were|have\s+been|had\s+been)\s+"
    rf"(?:confirmed|recorded|registered|reported)\b", re.IGNORECASE)

# The dead a charge counts: "was held on three counts of homicide", "charged with two counts of first-degree
# murder" (not "attempted murder": no one need have died). The killer is none of them.
_COUNTS_OF_MURDER = re.compile(
    rf"(?<![\w$£€#.,-])(?P<num>{NUMBER})\s+counts?\s+of\s+(?:capital\s+|felony\s+|(?:first|second|third)[- ]degree\s+)?"
    rf"(?:murder|homicide)\b", re.IGNORECASE)


def _bodies(text: str) -> list[TollFigure]:
    return [figure for figure in (_from_match(match, "killed", "dead")
                                  for match in (*_BODIES.finditer(text), *_DEATHS_RECORDED.finditer(text)))
            if figure is not None] + [figure for figure in (_from_match(match, "killed", "murder")
                                                            for match in _COUNTS_OF_MURDER.finditer(text))
                                      if figure is not None]


def _multiple_victims(text: str) -> list[TollFigure]:
    return [TollFigure(_MULTIPLE[match["num"].lower()], "killed" if match["killed"] else "injured", match.start(),
                       match.end(), False, False, "" if match["killed"] else "shot")
            for match in _MULTIPLE_VICTIMS.finditer(text)]


_DEATH_NEWS = re.compile(r"died|succumbed|pronounced dead", re.IGNORECASE)


# Words between a victim and the casualty words that tell it in the passive: "a man was shot", "the
# woman was later found dead".
_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being|got|lay|remain|remained|found)\b", re.IGNORECASE)
# Casualty verbs that take an object: "a gunman shot ...", "a man killed ...".
_DONE_TO_SOMEONE = frozenset({"shot", "killed", "wounded", "injured", "hurt", "murdered", "executed", "massacred",
                              "gunned", "beheaded", "stabbed", "beaten", "hacked", "burned", "fatally"})
# What opens the object of such a verb: "shot a clerk", "killed his wife", "wounded two men".
_OBJECT_NEXT = re.compile(rf"\s+(?:a|an|the|his|her|their|its|him|them|himself|herself|themselves|{NUMBER})\b",
                          re.IGNORECASE)


def _single_victims(text: str) -> list[TollFigure]:
    found = []
    for match in _SINGLE_VICTIM.finditer(text):
        determiner = match["det"].lower()
        noun = (match["noun"] or "").lower()
        if not noun and determiner in {"a", "an", "the"}:
            continue
        words = match["killed"] or match["injured"]
        between = text[match.end("noun") if noun else match.end("det"):match.start("killed" if match["killed"] else "injured")]
        passive = _PASSIVE.search(between) is not None
        if not passive and words.split()[0].lower() in _DONE_TO_SOMEONE and _OBJECT_NEXT.match(text, match.end()):
            continue  # "a gunman shot a clerk": the doer, not a victim; the victim is the object (`_one_hurt`)
        if determiner == "the" and noun != "victim" and not passive and not _DEATH_NEWS.fullmatch(match["killed"] or ""):
            continue  # "the man shot" names a victim already counted; "the man was shot", "the man died" tell what befell him
        kind = "killed" if match["killed"] else "injured"
        cue = _cue(match)
        found.append(TollFigure(1, kind, match.start(), match.end(), False, False, cue))
    return found


def _named_victims(text: str) -> list[TollFigure]:
    found = []
    for match in _NAMED_VICTIMS.finditer(text):
        count = len(_AGE.findall(match["list"]))
        if count:
            kind = "killed" if match["killed"] else "injured"
            cue = _cue(match)
            found.append(TollFigure(count, kind, match.start(), match.end(), False, False, cue))
    return found


# Two groups of victims counted apart: "three children and two adults were found dead", "seven
# soldiers and at least 20 militants were killed" (a lower bound on either makes the sum one).
_PAIR_BOUND = r"(?:(?:at least|no fewer than|more than|over)\s+)"
# A group's noun is no casualty word, in a pair or a list of victims: "left four people dead and six
# others wounded" tells two figures (four killed, six wounded), not ten wounded.
_NOT_A_CASUALTY = r"(?!(?:dead|wounded|injured)\b)"
# A figure counting part of a side: "two of the attackers", "three of its fighters".
_PART_OF = r"(?:\s+of\s+(?:the|its|their|his|her|our))"
_PAIRED_FIGURES = re.compile(
    rf"(?<![\w$£€#.,-])(?P<bound>{_PAIR_BOUND})?(?P<num>{NUMBER})(?:{_PART_OF}|\s+[\w-]+)?\s+{_NOT_A_CASUALTY}{_PEOPLE},?\s+and\s+"
    rf"(?P<bound2>{_PAIR_BOUND})?(?P<num2>{NUMBER})"
    rf"(?:{_PART_OF}|\s+[\w-]+)?\s+{_PEOPLE}{_AUX}{_ADVERB}\s+(?:(?P<killed>{_KILLED_WORDS})|(?P<injured>{_INJURED_WORDS}))\b"
    r"(?!(?<=shot)\s+at\b)", re.IGNORECASE)


def _paired_figures(text: str) -> list[TollFigure]:
    found = []
    for match in _PAIRED_FIGURES.finditer(text):
        first, second = _figure_value(match["num"]), _figure_value(match["num2"])
        if first is None or second is None:
            continue
        kind = "killed" if match["killed"] else "injured"
        cue = _cue(match)
        found.append(TollFigure(first[0] + second[0], kind, match.start(), match.end(),
                                bool(match["bound"] or match["bound2"]), first[1] or second[1], cue))
    return found


# Victims listed one by one: "a mother, father and toddler were found dead", "a man and his two
# kids were killed", "a couple and their two children". Each singular victim counts one, a couple
# two, a counted group its number; a group without a number ("his parents") leaves the list
# uncounted.
_COUPLE = re.compile(r"\b(?:couple|pair)$", re.IGNORECASE)
# In a list of victims, a word for someone by what they do ("a rubber tapper", "a schoolteacher", "a
# taxi rider"), not a thing ending so.
_AGENT_NOUN = (r"(?-i:(?!(?:number|other|order|border|water|power|quarter|corner|center|centre|matter|river|"
               r"earlier|later|after|further|rather|together|never|ever|however|former|latter|whether)\b)"
               r"[a-z]+(?:er|or|ist))")
# Words before the noun: one, or two after an article ("a suspected fuel smuggler"), none a verb
# ("wounding a child") or a joining word ("including a woman").
_ITEM_WORD = r"(?!(?:including|among|and|or|with|of)\b|[\w-]+ing\s)[\w-]+\s+"
# A counted group may be of any plural noun but animals': "two dacoits and a constable were killed"
# (not "20 cows and a herder were killed": one dead).
_NOT_ANIMALS = r"(?!(?:cows|goats|camels|donkeys|horses|animals|pigs|dogs|chickens|heads|livestock)\b)"
_LIST_ITEM = (rf"(?:(?:(?:a|an|his|her|their|the)\s+(?:{_ITEM_WORD}){{0,2}}?"
              rf"|(?:(?:one|his|her|their|the)\s+)?(?:(?:{NUMBER}){_PART_OF}?\s+)?(?:{_ITEM_WORD})?)"
              rf"{_NOT_A_CASUALTY}(?:{_SINGULAR_NOUN}|toddler|couple|pair|{_PEOPLE}|{_AGENT_NOUN})"
              rf"|(?:{NUMBER}){_NOT_A_COUNT}\s+(?:{_ITEM_WORD})?{_NOT_A_CASUALTY}{_NOT_ANIMALS}[a-z]+s\b)")
_LISTED_VICTIMS = re.compile(
    rf"\b(?P<list>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+and\s+{_LIST_ITEM}){_AUX}{_ADVERB}\s+"
    rf"(?:(?P<killed>{_KILLED_WORDS})|(?P<injured>{_INJURED_WORDS}))\b(?!(?<=shot)\s+at\b)", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_SINGULAR_ITEM = re.compile(rf"(?:{_SINGULAR_NOUN}|toddler|\b{_AGENT_NOUN})$", re.IGNORECASE)
_AGE_WORDS = re.compile(r"\b[\w]+[- ](?:years?|months?|weeks?|days?)[- ]old\b", re.IGNORECASE)
_ITEM_NUMBER = re.compile(rf"\b(?P<num>{NUMBER})\b", re.IGNORECASE)


# A victim named in a list ("killed John Smith, 30, and Mary Jones"): capitalised words that
# are not a day or a month, an age after them.
_NAME_ITEM = (r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
              r"May|June|July|August|September|October|November|December)\b)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
              r"(?:,\s+\d{1,3}(?=,|\s+and\b|\s*$))?")
_NAME_ONLY = re.compile(rf"^{_NAME_ITEM}$")
# A victim the list opens with a pronoun: "killed him, his two brothers and a guard".
_PRONOUN_ITEM = r"(?:him|her)(?=\s*,)"
_OBJECT_ITEM = rf"(?:{_LIST_ITEM}|{_NAME_ITEM}|{_PRONOUN_ITEM})"
# The same list as the object of a killing: "shot and killed his girlfriend and her baby daughter",
# "killed A and B and C".
_KILLED_LIST = re.compile(
    rf"\b(?P<killed>shot and killed|fatally shot|shot dead|killed|kills|killing|murdered|murdering)\s+"
    rf"(?P<list>{_OBJECT_ITEM}(?:(?:\s*,\s*|\s+and\s+){_OBJECT_ITEM})*\s*,?\s+and\s+{_OBJECT_ITEM})\b",
    re.IGNORECASE)


def _listed_victims(text: str) -> list[TollFigure]:
    found = []
    for match in (*_LISTED_VICTIMS.finditer(text), *_KILLED_LIST.finditer(text)):
        counts = [_item_count(item) for item in _ITEM_SPLIT.split(_AGE.sub("", match["list"]).strip())]
        if len(counts) > 1 and all(count is not None for count in counts):
            kind = "killed" if match["killed"] else "injured"  # "a man and a boy were shot": both hit
            found.append(TollFigure(sum(counts), kind, match.start(), match.end(), False, False, _cue(match)))
    return found


def _item_count(item: str) -> int | None:
    if _NAME_ONLY.match(item) or item.lower() in {"him", "her"}:
        return 1
    number = _ITEM_NUMBER.search(_AGE_WORDS.sub("", item))
    if number is not None and number["num"].lower() not in {"one"} | set(VAGUE_FIGURES):
        parsed = _figure_value(number["num"])
        return parsed[0] if parsed else None
    if _COUPLE.search(item):
        return 2
    return 1 if _SINGULAR_ITEM.search(item) else None


# A figure right after a month's name is its day ("on Monday, December 21 after a teen was shot").
_DAY_OF_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*|\.)\s+\Z",
                           re.IGNORECASE)


def _is_day_of_month(text: str, figure: TollFigure) -> bool:
    return text[figure.start:figure.start + 1].isdigit() and bool(_DAY_OF_MONTH.search(text, 0, figure.start))


def find_tolls(text: str) -> list[TollFigure]:
    """Every killed / injured figure in `text`, in text order; overlapping finds keep the first
    (most specific) reading. Never negative; never raises for a string."""
    if not isinstance(text, str):
        raise EventwireError(f"find_tolls needs text as str, got {type(text).__name__}")
    if not _PREFILTER.search(text):
        return []
    candidates = (_described_figures(text) + _died_of_wounds(text) + _paired_figures(text) + _listed_victims(text) + _named_victims(text) + _fatally_clauses(text) + _subject_figures(text) + _object_figures(text)
                  + _bodies(text) + _single_victims(text) + _multiple_victims(text) + _one_killed(text) + _one_hurt(text))
    kept: list[TollFigure] = []
    for figure in candidates:
        if figure.figure < 0 or _is_day_of_month(text, figure):
            continue
        if any(figure.start < other.end and other.start < figure.end for other in kept):
            continue
        kept.append(replace(figure, vague=is_vague(text[figure.start:figure.end])))
    kept.sort(key=lambda figure: figure.start)
    return kept


# Headline style: no articles, ages between commas, the present tense ("Boy, 4, dies").
_HEADLINE_AGE = re.compile(r",\s*\d{1,3},")
_HEADLINE_SHOT_KILLED = re.compile(r"\b(?:shot|shoots),?\s+(?:and\s+)?(?:killed|kills)\b")
_HEADLINE_VICTIM_NOUN = rf"(?:teen|toddler|infant|baby|child|man|woman|boy|girl|{_SINGULAR_NOUN})\b"
# A bare victim opening the headline or a clause of it, or after a casualty verb ("injures
# child"); at the headline's start one word may qualify it ("bakery worker hurt").
_HEADLINE_BARE_VICTIM = re.compile(rf"(?:^|(?<=[:;,|]\s)|(?<=\band\s)|(?<=\binjured\s)|(?<=\bwounded\s)"
                                   rf"|(?<=\bkilled\s)|(?<=\bhurt\s))(?=(?:\d{{1,3}}|[a-z]+)-year-old\b|"
                                   rf"{_HEADLINE_VICTIM_NOUN})|^(?=[a-z][a-z-]*\s+{_HEADLINE_VICTIM_NOUN})")
_HEADLINE_PRESENT = {"dies": "died", "die": "died", "&": "and", "injures": "injured", "wounds": "wounded",
                     "kills": "killed", "hurts": "hurt"}
# Two bare victims a comma lists before their casualty word: "teen, man shot" ("a teen and a man").
_HEADLINE_PAIR = re.compile(r"(?P<first>\ban?\s+[\w-]+),\s+(?=an?\s+[\w-]+\s+(?:shot|injured|hurt|wounded|killed|dead)\b)")
# A casualty verb in the present tense before a victim it names bare ("shooting injures child"); one
# before a figure ("kills 3") is read as it stands.
_HEADLINE_VERB = re.compile(rf"(?<!\w)(?:injures|wounds|kills|hurts)(?=\s+(?:(?:a|an|another)\s"
                            rf"|(?:[\w-]+\s+)?{_HEADLINE_VICTIM_NOUN}))")


def headline_prose(headline: str) -> str:
    """A headline rewritten as prose for `find_tolls`: lower-cased (its capitals are not
    names), a bare victim given an article ("teen killed, another wounded" -> "a teen killed,
    another wounded", "shooting injures child" -> "shooting injured a child"), ages dropped,
    "teen, man shot" as "a teen and a man shot", "shot, killed" as "shot and killed" and "dies",
    "injures", "kills" ... in the past."""
    prose = _HEADLINE_SHOT_KILLED.sub("shot and killed", _HEADLINE_AGE.sub("", headline.lower()))
    prose = re.sub(r"(?<!\w)(?:dies|die|&)(?!\w)", lambda match: _HEADLINE_PRESENT[match[0]], prose)
    prose = _HEADLINE_VERB.sub(lambda match: _HEADLINE_PRESENT[match[0]], prose)
    return _HEADLINE_PAIR.sub(r"\g<first> and ", _HEADLINE_BARE_VICTIM.sub("a ", prose))


# The cue of a figure of dead besides those the act's other figures count: the other side's dead
# in a side's answer to the act ("Gunmen attacked a checkpoint, killing two soldiers. Troops
# returned fire, killing three attackers"), or dead a sentence says were "also" killed ("Security
# forces killed 12 rebels ... Two officers were also killed"). Such a figure adds to the others.
ADDED_CUE = "added"


def added_dead(figures: Iterable[TollFigure | FatalityClaim]) -> int:
    """The dead counted besides those the other figures count (`ADDED_CUE`): they add to them."""
    return sum(f.figure for f in figures if f.kind == "killed" and f.cue == ADDED_CUE)


def report_toll(figures: Sequence[TollFigure]) -> tuple[int, int]:
    """(killed, injured) for one report: its largest figure of each kind.

    Within one report the smaller figures are usually parts of the larger one. People "shot"
    count as injured, less those the report says were killed ("three were shot; one died"). A
    killer's suicide adds one to his victims, not to a count of the dead ("three dead in a
    murder-suicide"). Dead besides those the other figures count (`ADDED_CUE`) add to them.
    """
    added = added_dead(figures)
    killed, injured = _own_toll([f for f in figures if f.cue != ADDED_CUE])
    return killed + added, injured


def _own_toll(figures: Sequence[TollFigure]) -> tuple[int, int]:
    counted = [f for f in figures if f.kind == "killed" and f.cue != "self"]
    # A number before a vague quantity ("seven soldiers were killed and several attackers
    # neutralised": 7), as across reports (`conservative_fatalities`).
    counted = [f for f in counted if not f.vague] or counted
    # Of equal figures, a count of victims before a count of everyone dead: the killer adds to it.
    largest = max(counted, key=lambda f: (f.figure, f.cue not in DEATH_TOTAL_CUES), default=None)
    killed = largest.figure if largest else 0
    # "Killed two, then himself", "killed two in a murder-suicide": the attacker is not among his victims.
    if any(f.cue in {"self", "murder-suicide"} for f in figures) and (largest is None or largest.cue not in DEATH_TOTAL_CUES):
        killed += 1
    injured = max((f.figure for f in figures if f.kind == "injured" and f.cue != "shot"), default=0)
    shot = max((f.figure for f in figures if f.kind == "injured" and f.cue == "shot"), default=0)
    injured = max(injured, shot - killed)
    return max(killed, 0), max(injured, 0)


def conservative_fatalities(figures: Sequence[TollFigure]) -> int:
    """ACLED's fatality count for one event from the figures its reports give.

    The lowest credible figure: each killed figure is taken as one report's count; precise
    figures ("at least 12" counts as 12) are preferred over vague ones ("dozens"), which are
    used only when nothing precise is reported. No figure: 0. Never negative.
    """
    killed = [figure for figure in figures if figure.kind == "killed" and figure.figure >= 0]
    precise = [figure.figure for figure in killed if not figure.approximate]
    if precise:
        return min(precise)
    return max(0, min((figure.figure for figure in killed), default=0))


# Words that name no one: "nobody was hurt", "none were injured".
NO_ONE_WORDS = frozenset({"nobody", "none", "noone"})
# Lemmas of the words that tell people killed or hurt ("injured", "wounded": read as adjectives).
CASUALTY_LEMMAS = frozenset({"kill", "die", "hurt", "injure", "wound", "injured", "wounded"})


def tells_no_casualties(span: Span) -> bool:
    """Whether a parsed span tells that no one was killed or hurt: a verb of casualties done by no
    one (`done_by_no_one`: "no one was injured", "nobody died", "no civilians had been hurt", "none
    of the passengers was hurt"), read from the parse, not from the words' order ("no one knew who
    killed him" tells no such thing)."""
    return any(t.lemma_.lower() in CASUALTY_LEMMAS and done_by_no_one(t) for t in span)


def done_by_no_one(verb: Token) -> bool:
    """Whether the verb's subject is no one: "no one was killed", "nobody was hurt", "no soldiers were
    injured", "none were injured"."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in NO_ONE_WORDS or any(
        g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in verb.children)
