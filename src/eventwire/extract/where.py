"""Toponyms in an article -> resolved `Place`s with ACLED geo-precision.

Recognition starts from spaCy's GPE/LOC/FAC entities and repairs what the small model gets
wrong in conflict reporting: villages tagged PERSON or ORG, names after "the village of" that
it misses, "X, Y" pairs merged into one entity, and state abbreviations after a comma. Every
candidate span is checked against the gazetteer, so recognition and resolution agree.
Resolution is joint over the article (`eventwire.gazetteer.resolve`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Span as SpacySpan

from eventwire.extract.entities import entities
from eventwire.extract.when.dates import MONTHS, WEEKDAYS
from eventwire.gazetteer import Candidate, Gazetteer
from eventwire.gazetteer.context import COMPASS, SITE_OF_SETTLEMENT, Cues, read_cues
from eventwire.gazetteer.names import LOWER_ARTICLE, capitalised
from eventwire.gazetteer.resolve import (
    INNER_CITY_POPULATION, Mention, Resolution, clean_name, contained_score, container_place, generic_stripped,
    resolve_mentions,
)
from eventwire.records import Article, Place, Span

__all__ = ["find_places", "recognise_headline", "recognise_toponyms", "resolve_toponym", "to_place"]

PLACE_LABELS = frozenset({"GPE", "LOC"})
MISLABELLED = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_LEADING = re.compile(r"^(?:the|The)\s+")
_TRAILING = re.compile(r"(?:'s|’s|'|’)$")
_CAPITALISED_RUN = re.compile(rf"(?:\b{LOWER_ARTICLE})?(?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|al|el|de|la|na|on|upon|-))*")
# "in X", and "south of X", "on the outskirts of X": where something happened, said of a place.
# A word saying who holds or besieges the place may come between ("in occupied X", "near
# rebel-held X", "in besieged X"). A town's residents are of it too ("Residents of X marched"), as
# are its areas and suburbs ("a strike on a residential area of X").
_LOCATIVE_BEFORE = re.compile(
    r"(?:(?:^|[.!?]\s+|\n\s*)(?:In|Near|Outside|At)|\b(?:in|near|outside|at|from|across|outskirts of|(?:area|suburb)s?\s+of)|"
    r"\b(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants)\s+of|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s+"
    r"(?:(?:\w+-)?(?:occupied|held|controlled|besieged|embattled)\s+)?$"
)
# "marched through X", "advanced towards X", "retook X", "had fled to X": where people went, or
# what an army took; not before a possessive ("pressed his weapon into Bell's back": a person's).
_MOVEMENT_BEFORE = re.compile(r"\b(?:through|into|towards?|retook|recaptured|overran|(?:fled|marched|returned)\s+to)\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_SETTLEMENT_CUE = re.compile(
    r"\b(?:city|town|village|settlement|hamlet|township|municipality|suburb|outskirts|region|province|district|"
    rf"enclave|exclave|{SITE_OF_SETTLEMENT}|"
    r"(?-i:department|governorate|prefecture|territory|port(?:\s+city)?|rural\s+area))\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Jackson Boulevard", "Chicago Ave.": a name the tagger cut off its street type names a street,
# not the town; left in, it drags the article's other street names to a namesake town.
_STREET_AFTER = re.compile(
    r"\s+(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Rd\.|Drive|Dr\.|Lane|Ln\.|Parkway|Pkwy\.?|"
    r"Highway|Hwy\.?|Expressway|Terrace|Place|Circle|Trail)(?!\w)"
)
# "Nelson Court" is a street; "Benton County Court" and "Arkansas Court of Appeals" are courts of
# the place named, so only a one-word name before a bare "Court" is taken for a street.
_COURT_AFTER = re.compile(r"\s+(?:Court|Ct\.)(?!\s+(?:of|House)\b)")
_NUMBERED_STREET_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:and|&)\s+$")
_NUMBERED_STREET_AFTER = re.compile(r"\s+(?:and|&)\s+\d+(?:st|nd|rd|th)\b")
# "was shot on Elm Crossing", "it happened on Larkin": a town is where something happens "in", a
# street where it happens "on" (not "fired on X": fired at it; not "shot on X's north side").
_ON_STREET_BEFORE = re.compile(r"\b(?:shot|killed|wounded|stabbed|injured|happened|occurred|crashed)\s+on\s+$")
# "the corner of Jenkins and Maple Road": a name joined by "and" to a named street is the other street.
_NAMED_STREET_AFTER = re.compile(r"\s+and\s+[A-Z][\w-]+\s+(?:Road|Street|Avenue|Drive|Lane|Boulevard)s?\b")
# "it happened near Main and Racine", "at the corner of Elm and Lake": two names joined
# at a spot where something happened are the streets that cross there, whatever towns share them.
_CROSSING_BEFORE = re.compile(r"\b(?:(?:happened|occurred)\s+(?:near|at)|intersection\s+of|corner\s+of)\s+$")
_CROSSING_SECOND_BEFORE = re.compile(
    r"\b(?:(?:happened|occurred)\s+(?:near|at)|intersection\s+of|corner\s+of)\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:and|&)\s+$")
_CROSSING_FIRST_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z\d]")
# "IRONDALE, Ala. -", "AMARILLO, Texas (KVII) —", "NEW DELHI: ...": a wire dateline, an upper-case
# place name opening a paragraph or a sentence (after an optional weekday date) before a comma,
# a bracket, a dash or a colon. The tagger reads such names as organisations or misses them.
_DATELINE = re.compile(
    r"(?:^|\n|[.!?”\"]\s+)[ \t]*(?:[A-Z][a-z]+day,?\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s+)?"
    r"([A-Z][A-Z.'’]*[A-Z.](?:[ -][A-Z][A-Z.'’]*[A-Z.])*)(?=\s*(?:,|\(|—|–|--|-\s|:\s))"
)

# "a Pensacola teen", "an 18-year-old Elkhart man": local news names people by their town.
_A_BEFORE = re.compile(r"(?:\b(?:a|an|A|An)|-year-old)\s+$")
_RESIDENT_AFTER = re.compile(
    r"^\s+(?:man|woman|teen|teenager|boy|girl|resident|native|couple|family|mother|father|student)\b"
)


@dataclass(frozen=True)
class Toponym:
    """A recognised toponym span (offsets into the article text)."""

    start: int
    end: int
    demonym: bool = False


def find_places(
    article: Article, doc: Doc, gazetteer: Gazetteer | None = None, include_demonyms: bool = False
) -> list[Place]:
    """Every resolvable toponym of the article, in text order, as a `Place` with evidence.

    `include_demonyms` also returns nationality adjectives ("Turkish troops" -> Turkey), which
    some gold corpora count as toponyms; event locations never come from them, hence off by default.
    """
    gazetteer = gazetteer or Gazetteer.open()
    toponyms = recognise_toponyms(article.text, doc, gazetteer, include_demonyms)
    mentions = [Mention(article.text[t.start : t.end], t.start, t.end, read_cues(article.text, t.start, t.end)) for t in toponyms]
    context = headline_mentions(article.title, article.text, len(article.text) + 1, gazetteer)
    resolutions = resolve_mentions(mentions + context, gazetteer, article.text, outlet=article.url or article.outlet)
    return [to_place(resolution) for resolution in resolutions[: len(mentions)] if resolution is not None]


def headline_mentions(title: str, text: str, offset: int, gazetteer: Gazetteer) -> list[Mention]:
    """The headline's toponyms, placed after the text (from `offset`) so they count only as
    context: a headline names the town a local report is about ("Chapel Hill drive-by shooting"),
    which settles the county or the namesake the text names ("Orange County", "Madisonville").
    The site's name after it is kept: a local station's ("WLIO - Lima, OH News") says which
    Lima the text means."""
    headline = (title or "").strip()
    if not headline:
        return []
    return [
        Mention(headline[t.start : t.end], offset + t.start, offset + t.end, read_cues(headline, t.start, t.end))
        for t in recognise_headline(headline, text, gazetteer)
    ]


def recognise_headline(headline: str, text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """A headline's toponyms: the tagger's, and the towns it misses in title-case words
    ("Chapel Hill Drive-By Shooting", "Teens Shot In Southeast Columbus")."""
    from eventwire.annotate import load_language  # the tagger is loaded once per process

    # A page's curly apostrophe a feed turned into "?" ("Shot On Springfield?s North Side") hides
    # the name from the tagger; one character for one keeps the offsets the callers slice by.
    headline = _LOST_APOSTROPHE.sub("’", headline)
    doc = load_language()(headline)
    found = recognise_toponyms(headline, doc, gazetteer)
    return _without_overlaps(found + _headline_towns(doc, text, found, gazetteer))


_LOST_APOSTROPHE = re.compile(r"(?<=[a-z])\?(?=(?:s|t|ll|re|ve|d)\b)")
# A town missed in a headline must be this big: title case makes every word a candidate name.
HEADLINE_TOWN_POPULATION = 20_000
_HEADLINE_WORD = re.compile(r"[A-Z][\w'’-]*")


def _headline_towns(doc: Doc, text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Runs of one to three capitalised headline words, tagged proper nouns, that are a sizeable
    town's own name and none of which the article writes in lower case (that makes "Police",
    "Man" or "Mobile" common words there), outside the toponyms already found; a compass word
    before it ("Southeast") stays out, since the gazetteer lists the town, not its side."""
    headline = doc.text
    proper = {token.idx for token in doc if token.pos_ == "PROPN"}
    words = [word for word in _HEADLINE_WORD.finditer(headline) if word.start() in proper]
    taken = [(t.start, t.end) for t in found]
    extra: list[Toponym] = []
    for first in range(len(words)):
        for size in (3, 2, 1):
            run = words[first : first + size]
            if len(run) < size or any(headline[a.end() : b.start()] != " " for a, b in zip(run, run[1:])):
                continue
            start, end = _trim(headline, run[0].start(), run[-1].end())
            if any(start < e and s < end for s, e in taken) or any(
                next(word_starts(text, word.group().lower()), None) is not None for word in run
            ):
                continue
            if any(c.kind == 0 and c.feature == "city" and c.population >= HEADLINE_TOWN_POPULATION
                   for c in gazetteer.candidates(headline[start:end])):
                taken.append((start, end))
                extra.append(Toponym(start, end))
                break
    return extra


def resolve_toponym(name: str, context: Article | str = "", gazetteer: Gazetteer | None = None) -> Place | None:
    """One name resolved with the article's text as context (used by `--gold-toponyms` scoring)."""
    from eventwire.gazetteer.resolve import make_mention

    gazetteer = gazetteer or Gazetteer.open()
    text = context.text if isinstance(context, Article) else context
    start = text.find(name) if text else -1
    mention = make_mention(text, start, start + len(name)) if start >= 0 else Mention(name, 0, len(name))
    resolution = resolve_mentions([mention], gazetteer, text, fallback=False)[0]
    return to_place(resolution) if resolution else None


def to_place(resolution: Resolution) -> Place:
    """The record form of a resolution, with ACLED geo-precision from feature class and cues."""
    place, mention = resolution.place, resolution.mention
    return Place(
        name=place.name,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=geo_precision(place, resolution),
        country=place.country,
        iso=place.iso,
        admin1=place.admin1 if place.feature != "admin1" else place.name,
        admin2=place.admin2,
        geonameid=place.geonameid,
        feature=place.feature,
        evidence=Span(mention.start, mention.end, mention.text),
    )


def geo_precision(place: Candidate, resolution: Resolution) -> int:
    """1 the town itself; 2 near a town, a district, or part of a province; 3 anything larger."""
    cues = resolution.mention.cues
    if place.feature == "city":
        # a name the index lacks, placed at the town the text puts it near or in ("Kalokot,
        # north of Mingora"), is somewhere there, not that town itself
        return 2 if cues.near or resolution.fallback else 1
    if place.feature == "admin2" or (place.feature == "admin1" and cues.part):
        return 2
    return 3


def recognise_toponyms(text: str, doc: Doc, gazetteer: Gazetteer, include_demonyms: bool = False) -> list[Toponym]:
    """Toponym spans in text order, without overlaps."""
    found: list[Toponym] = []
    for entity in entities(doc):
        found.extend(_from_entity(text, entity, gazetteer, include_demonyms))
    people = _surnames(doc) | _titled_names(text, found) | _named_groups(text, found)
    found = [t for t in found if text[t.start : t.end] not in people and not _is_street(text, t)]
    found.extend(_same_name_elsewhere(text, doc, found))
    found.extend(_listed_with_places(text, doc, found, gazetteer))
    found.extend(_after_settlement_cues(text, gazetteer))
    found.extend(_after_locative_words(text, found, gazetteer))
    found.extend(_before_unit_words(text, gazetteer))
    found.extend(_datelines(text, gazetteer))
    found.extend(_containers(text, found, gazetteer))
    found.extend(_towns_near_known_places(text, found, gazetteer))
    found.extend(_towns_before_care(text, found, gazetteer))
    found = _towns_after_streets(text, doc, found, gazetteer)
    found.extend(_towns_before_states(text, found, gazetteer))
    found.extend(_towns_before_hosts(text, found, gazetteer))
    found = [Toponym(t.start, t.end, demonym=True) if _speaks_for_a_state(text, t, gazetteer) else t
             for t in _without_overlaps(_joined_names(text, _without_overlaps(found), gazetteer))]
    return [t for t in found if include_demonyms or not t.demonym]


# "the Kabul government", "the Caracas regime": a capital named for the state's rulers is used
# as a nationality adjective is, not as the place where anything happened.
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|regime|administration)\b")


def _speaks_for_a_state(text: str, toponym: Toponym, gazetteer: Gazetteer) -> bool:
    if toponym.demonym or not _GOVERNMENT_AFTER.match(text, toponym.end):
        return False
    candidates = gazetteer.candidates(clean_name(text[toponym.start : toponym.end]))
    return bool(candidates) and candidates[0].capital


def _is_street(text: str, toponym: Toponym) -> bool:
    """"Jackson Boulevard", "Nelson Court", and "99th and Oklahoma", "Oklahoma and 35th", "Jenkins and Maple Road": one
    side of an intersection with a numbered or named street is a street too; so is a name a
    shooting happened on (`_ON_STREET_BEFORE`), and either name of a crossing where it happened
    (`_CROSSING_BEFORE`)."""
    return bool(
        _STREET_AFTER.match(text, toponym.end)
        or _ON_STREET_BEFORE.search(text[max(0, toponym.start - 16) : toponym.start])
        and not _POSSESSIVE_AFTER.match(text, toponym.end)
        or " " not in text[toponym.start : toponym.end] and _COURT_AFTER.match(text, toponym.end)
        or _NUMBERED_STREET_BEFORE.search(text[max(0, toponym.start - 16) : toponym.start])
        or _NUMBERED_STREET_AFTER.match(text, toponym.end)
        or _NAMED_STREET_AFTER.match(text, toponym.end)
        or _CROSSING_BEFORE.search(text[max(0, toponym.start - 30) : toponym.start])
        and _CROSSING_FIRST_AFTER.match(text, toponym.end)
        or _CROSSING_SECOND_BEFORE.search(text[max(0, toponym.start - 80) : toponym.start])
    )


def _surnames(doc: Doc) -> set[str]:
    """Last names of the people the tagger found by full name ("Mohamed Salah" -> "Salah"): the
    bare surname later in the article is that person, even where it is tagged a place. Only the
    tag is overruled; a cue ("Preston, Lancashire", a list of towns) still makes it a place."""
    return {
        entity[-1].text for entity in entities(doc)
        if entity.label_ == "PERSON" and len(entity) >= 2 and all(token.is_title for token in entity)
    }


# "President X", "his daughter X", "said X.": a person's title, kin or quoted speech before a name.
_PERSON_BEFORE = re.compile(
    r"\b(?:(?:President|Governor|Senator|Mr|Mrs|Ms|Dr|Sgt)\.?|daughter|son|brother|sister|wife|husband|"
    r"father|mother|girlfriend|boyfriend|cousin|uncle|aunt)\s+$"
)
_SPEECH_AROUND = re.compile(r"\b(?:said|says|told|added|asked)\s+$")


_BOUNDARY = re.compile(r"\b")


def word_starts(text: str, word: str) -> Iterator[int]:
    """Where `re.finditer(rf"\\b{re.escape(word)}\\b", text)` finds `word`, without compiling a
    pattern per word: a report's names are new to the regex module's cache, and compiling a
    pattern costs far more than the search. As there, matches do not overlap (an empty word,
    which the regex finds at every boundary, is found nowhere here), and `\\b` lies between a
    word character and another: a word that begins or ends in a bracket ("(XF)") is found only
    next to a word character there, unlike a `(?<!\\w)`/`(?!\\w)` search."""
    start = text.find(word) if word else -1
    while start >= 0:
        end = start + len(word)
        if _BOUNDARY.match(text, start) and _BOUNDARY.match(text, end):
            yield start
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def _titled_names(text: str, found: list[Toponym]) -> set[str]:
    """Names that somewhere follow a title or a kin word ("President X", "daughter X") or close
    a quote's attribution ("..., said X."): people, wherever else the tagger calls them places."""
    people = set()
    for name in {text[t.start : t.end] for t in found if not t.demonym}:
        for start in word_starts(text, name):
            before = text[max(0, start - 25) : start]
            after = text[start + len(name) : start + len(name) + 1]
            if _PERSON_BEFORE.search(before) or (_SPEECH_AROUND.search(before) and after in (".", ",", "")):
                people.add(name)
                break
    return people


# "X, the country's largest gang", "X, a drug cartel", "X, an armed group": an apposition that
# calls the name an armed group's (not "X, a town the gang holds": no settlement word before the
# group's; not "X, an umbrella group": a bare "group" may be any body's).
_GROUP_APPOSITION_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[a-z]+['’]s\s+)?(?:(?!(?:town|city|village|area|district|base|stronghold|home)\b)[a-z-]+\s+){0,2}"
    r"(?:gang|cartel|militia|faction|(?:armed|rebel|militant|criminal|jihadist|insurgent|separatist)\s+group)s?\b")
# A capitalised word right before a name: the name ends a longer one ("Local X, an umbrella group").
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def _named_groups(text: str, found: list[Toponym]) -> set[str]:
    """Names the text somewhere calls an armed group's by an apposition ("X, the country's largest
    gang"), not as the end of a longer name: a group's, wherever else the tagger calls them places
    ("X inmates killed ...", "X members"), however a town somewhere shares the name."""
    return {name for name in {text[t.start : t.end] for t in found if not t.demonym}
            if any(_GROUP_APPOSITION_AFTER.match(text, start + len(name))
                   and not _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
                   for start in word_starts(text, name))}


# "Valle del Cauca", "Rio de Janeiro", "Saint-Louis du Sud": the tagger often stops a Romance
# name at its particle, or just after it (`_PARTICLE_END`).
_PARTICLES = r"(?:del|de la|de los|de las|de|do|da|dos|das|di|du|des)"
_PARTICLE_TAIL = re.compile(rf"\s+{_PARTICLES}\s+[A-Z][\w'’-]*")
_PARTICLE_END = re.compile(rf"\s+{_PARTICLES}$")


def _from_entity(text: str, entity: SpacySpan, gazetteer: Gazetteer, include_demonyms: bool) -> list[Toponym]:
    start, end = _trim(text, entity.start_char, entity.end_char)
    if start >= end:
        return []
    cut = _PARTICLE_END.search(text, start, end)
    tail = _PARTICLE_TAIL.match(text, cut.start() if cut else end)
    if tail and gazetteer.candidates(text[start : tail.end()]):
        end = tail.end()
    name = text[start:end]
    if name.islower():
        return []  # "bang, bang": English writes a place's name capitalised, whatever the tagger says
    if entity.label_ in PLACE_LABELS or entity.label_ == "NORP":
        if gazetteer.country_for_demonym(name) is not None:
            # "Turkish troops" names a country; "Turks", "Nigerians" name people.
            people = name.endswith("s") and gazetteer.country_for_demonym(name[:-1]) is not None
            return [Toponym(start, end, demonym=True)] if include_demonyms and not people else []
    if entity.label_ in PLACE_LABELS:
        if name.lower() in _GENERIC_WORDS and text[max(0, start - 4) : start].lower() == "the ":
            return []  # "the Centre" (a federal government), "the West" (an alliance)
        if "," in name:
            return _split_pairs(text, start, end, gazetteer)
        if (_INSTITUTION_END.search(name) or _FORCE_END.search(name)) and not gazetteer.candidates(clean_name(name)):
            # "the Ada County Jail", "Milwaukee County Sheriff's Office", "the X People's Defence
            # Forces" tagged as places: the county or country they are named after is the place,
            # not the article's focus.
            return _place_in_a_name(text, start, end, gazetteer, include_demonyms)
        return [Toponym(start, end)] if _known_or_placed(text, name, gazetteer) else []
    if (entity.label_ in MISLABELLED or _name_read_as_date(entity)) and _looks_like_place(text, start, end, gazetteer):
        return [Toponym(start, end)]
    if entity.label_ in MISLABELLED and entity.label_ not in ("PERSON", "NORP"):
        return _place_in_a_name(text, start, end, gazetteer, include_demonyms)
    if entity.label_ == "PERSON":
        return _officers_town(text, start, end, gazetteer)
    return []


# "Springfield Officer John Doe", tagged as one person: the town titles its own police officer.
_OFFICER_TITLE = re.compile(r"\s+Officer\s+[A-Z]")


def _officers_town(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Toponym]:
    """The town whose police officer a person's name is titled with ("the death of Springfield
    Officer John Doe"): the place that officer's department serves, of any size."""
    title = _OFFICER_TITLE.search(text, start, end)
    if title is None or title.start() == start:
        return []
    name = text[start : title.start()]
    return [Toponym(start, title.start())] if any(_serves(c) for c in gazetteer.candidates(clean_name(name))) else []


# The months' and weekdays' full names, from the date reader's tables (`MONTHS` also holds the
# abbreviations, "mar", "sept": the longest name of each month is its full name).
MONTHS_AND_DAYS = frozenset({max((name for name in MONTHS if MONTHS[name] == month), key=len)
                             for month in set(MONTHS.values())} | set(WEEKDAYS))
# A capitalised name the tagger read as a date ("marched in Toribío"): no digit, month, weekday or feast.
_NAME_AS_DATE = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?")
_FEASTS = frozenset({"christmas", "easter", "lent", "ramadan", "eid", "passover", "hanukkah", "diwali", "tet", "nowruz",
                     "ashura", "thanksgiving", "halloween", "sabbath", "advent", "pentecost", "holi", "dashain"})


def _name_read_as_date(entity: SpacySpan) -> bool:
    """Whether a DATE entity is a capitalised name, not a date; `_looks_like_place` then asks
    what a mislabelled entity must show to be a place."""
    words = entity.text.lower().split()
    return entity.label_ == "DATE" and _NAME_AS_DATE.fullmatch(entity.text) is not None \
        and not any(word in _FEASTS or word in MONTHS_AND_DAYS for word in words)


# Head words of a public office or building named after the town or county it serves.
_INSTITUTION_END = re.compile(
    r"\s(?:Jail|Prison|Courthouse|Court|Office|Department|Dept\.?|Police|Sheriff|Coroner|Detention Center|"
    r"Correctional (?:Center|Facility))$"
)
_GENERIC_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "national", "state", "union",
})
_NAME_TOKEN = re.compile(r"[A-Z][\w.&’'-]*")
_WHOLE_NAME_BEFORE = re.compile(r"\b(?:University|Republic)\s+of\b")


def _place_in_a_name(text: str, start: int, end: int, gazetteer: Gazetteer, include_demonyms: bool) -> list[Toponym]:
    """"The Washington Post", "Japan's Ministry of Agriculture", "Air Zimbabwe", "the Central
    Bank of Malta", "the Hall County Sheriff's Office": an organisation named after a
    well-known place names that place
    (GeoWebNews' associative toponyms). Only a leading run, or a last run, that is a country,
    a first-level unit or a big city's own name counts; a last run only for a country or a
    first-level unit ("Rainbow Kitten Surprise" is a band), and not after "University of" or
    "Republic of", which name the university or the state itself."""
    tokens = list(_NAME_TOKEN.finditer(text, start, end))
    if len(tokens) < 2 or tokens[0].start() != start or _given_an_age(text, text[start:end]):
        return []
    spans = [(0, size) for size in range(min(3, len(tokens) - 1), 0, -1)]
    spans += [(len(tokens) - size, len(tokens)) for size in range(min(3, len(tokens) - 1), 0, -1)]
    for first, last in spans:
        if any(text[tokens[i].end() : tokens[i + 1].start()] != " " for i in range(first, last - 1)):
            continue
        name_start, name_end = _trim(text, tokens[first].start(), tokens[last - 1].end())
        name = text[name_start:name_end]
        if name.lower() in _GENERIC_WORDS:
            continue
        if first > 0 and _WHOLE_NAME_BEFORE.search(text[start:name_start]):
            continue
        if gazetteer.country_for_demonym(name) is not None:
            if first == 0:
                return [Toponym(name_start, name_end, demonym=True)] if include_demonyms else []
            continue
        known = _well_known if first == 0 else partial(_well_known_last, name)
        if first == 0 and _INSTITUTION_END.search(text[start:end]):
            known = _serves  # "the Juneau Police Department" names a town of any size
        if first == 0 and _FORCE_END.search(text[start:end]):
            known = _not_continent(known)
        if any(known(candidate) for candidate in gazetteer.candidates(name)):
            return [Toponym(name_start, name_end)]
    return []


# "John Doe, 22,": a person's age right after the name, between commas or before a full stop.
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*[,.;)]")


def _given_an_age(text: str, name: str) -> bool:
    """Whether the text gives the name an age somewhere ("the death of Edison Doe, 22,"): a
    person the tagger took for an organisation, whose first name is a town's."""
    return any(_AGE_AFTER.match(text, start + len(name)) for start in word_starts(text, name))


# Head words of an armed force's name. A continent has no forces of its own, so one heading such a
# name ("the Africa Corps", a Russian force) names where the force serves, not a place of the
# report; a country does ("the Kenya Defence Forces" are Kenya's).
_FORCE_END = re.compile(r"\s(?:Corps|Brigades?|Battalions?|Regiments?|Legion|Division|Army|Forces?|Group)$")


def _not_continent(known: Callable[[Candidate], bool]) -> Callable[[Candidate], bool]:
    return lambda candidate: candidate.feature != "continent" and known(candidate)


def _well_known(candidate: Candidate) -> bool:
    """A country, state, region, big city, or a county by its full name: "the Volusia County
    Sheriff's Office" names the county whose towns the report is about."""
    if candidate.kind != 0:
        return False
    if candidate.feature in ("country", "admin1", "continent", "region"):
        return True
    if candidate.feature == "admin2":
        return " " in candidate.name
    return candidate.feature == "city" and candidate.population >= 100_000


def _serves(candidate: Candidate) -> bool:
    """A town, county or state a public office is named after: its own name, with people."""
    return candidate.kind == 0 and (
        _well_known(candidate) or candidate.feature == "city" and candidate.population >= 1_000
    )


def _well_known_last(name: str, candidate: Candidate) -> bool:
    """A name closing an organisation's ("Air Zimbabwe", "FrontCounter BC") is a place only when
    it is a country or a populous first-level unit: its own name, or an upper-case short form
    ("Co.", "Mass" close firm and church names)."""
    short = candidate.kind == 2 and name.isalpha() and name.isupper()
    if not (candidate.kind == 0 or short) or candidate.feature not in ("country", "admin1"):
        return False
    return candidate.feature == "country" or candidate.population >= 300_000


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive: evidence is the name itself."""
    leading = _LEADING.match(text[start:end])
    if leading:
        start += leading.end()
    trailing = _TRAILING.search(text[start:end])
    if trailing:
        end = start + trailing.start()
    return start, end


_PLACED_BEFORE = re.compile(r"\b(?:in|near|from|into|outside|across|around|through|towards?)\s+(?:the\s+)?$")


def _known_or_placed(text: str, name: str, gazetteer: Gazetteer) -> bool:
    """A one-word name the tagger calls a place but the gazetteer does not know ("Wedbush",
    "Guhdar") is more often a firm or a person: it stays a place only where the article puts
    something in, at or near it, or gives it a container or a settlement cue, at least once.
    Longer names ("Catawba River", "West Elm Street") name features the gazetteer lacks."""
    if " " in name.strip() or gazetteer.candidates(clean_name(name)) or gazetteer.fuzzy_candidates(clean_name(name)):
        return True
    for start in word_starts(text, name):
        cues = read_cues(text, start, start + len(name))
        if cues.settlement or cues.admin or cues.near or cues.containers:
            return True
        if _PLACED_BEFORE.search(text[max(0, start - 20) : start]):
            return True
    return False


def _split_pairs(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Toponym]:
    """"Macon, Ga." tagged as one entity -> two toponyms, when each part is a known place."""
    parts, offset = [], start
    for piece in text[start:end].split(","):
        lead = len(piece) - len(piece.lstrip())
        piece_start, piece_end = offset + lead, offset + len(piece.rstrip())
        if piece_end > piece_start:
            parts.append(Toponym(piece_start, piece_end))
        offset += len(piece) + 1
    if all(gazetteer.candidates(clean_name(text[p.start : p.end])) for p in parts):
        return parts
    return [Toponym(start, end)]


# "the mayor of X": only a town has a mayor, whatever the tagger read its name as (a person's,
# most often). Not a settlement cue (`read_cues`): the mayor's town is not always the scene
# ("the mayor of X was shot dead in Y"), see `event_place.is_incidental`.
_MAYOR_OF_BEFORE = re.compile(r"\b[Mm]ayors?\s+of\s+$")


def _looks_like_place(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A PERSON/ORG entity is a place when a cue says so or it is exactly a country/state name."""
    candidates = gazetteer.candidates(clean_name(text[start:end]))
    if not candidates:
        return False
    cues = read_cues(text, start, end)
    if cues.settlement or (cues.admin and any(c.feature.startswith("admin") for c in candidates)):
        return True
    if _MAYOR_OF_BEFORE.search(text, max(0, start - 20), start) and any(
            c.kind == 0 and c.feature == "city" for c in candidates):
        return True
    if _inside_named_container(cues, candidates, gazetteer):
        return True
    if cues.institution and any(c.kind == 0 and c.feature == "city" for c in candidates):
        return True
    if _A_BEFORE.search(text[max(0, start - 10) : start]) and _RESIDENT_AFTER.match(text[end : end + 20]) and any(
        c.kind == 0 and c.feature == "city" and c.population >= 1_000 for c in candidates
    ):
        return True
    # The largest place of that very name: a bloc's alternate name ("Western" for the Western
    # world) says nothing about whether the word is used as a place.
    top = max(candidates, key=lambda c: (c.kind == 0, c.population))
    window = text[max(0, start - 40) : start]
    located = _LOCATIVE_BEFORE.search(window) or _MOVEMENT_BEFORE.search(window) and not _POSSESSIVE_AFTER.match(text, end)
    if located and top.kind == 0 and top.population >= 2_000:
        return True
    if located and any(c.feature == "city" and c.population >= INNER_CITY_POPULATION for c in candidates):
        return True  # a city's other spelling ("Zaporizhzhia"), whose own name a village has
    if located and _PARTICLE_TAIL.search(text, start, end) and any(c.feature == "city" for c in candidates):
        return True  # a town's full name joined by a particle ("at Saint-Louis du Sud"), which no person has
    return top.kind == 0 and top.population > 1_000_000 and top.feature in ("country", "admin1", "continent", "city")


def _inside_named_container(cues: Cues, candidates: list[Candidate], gazetteer: Gazetteer) -> bool:
    """"Boise, Idaho", "Matias Romero, Oaxaca": a town of that name lies in the state or country
    named after the comma, which a person or a company rarely does."""
    container = container_place(cues, gazetteer)
    return container is not None and any(
        c.feature == "city" and contained_score(c, container) > 0 for c in candidates
    )


def _same_name_elsewhere(text: str, doc: Doc, found: list[Toponym]) -> list[Toponym]:
    """A name the tagger called a place once is a place wherever else it appears as an entity
    ("Kharkiv" GPE in one sentence, PERSON or NORP in the next)."""
    names = {text[t.start : t.end] for t in found if not t.demonym}
    extra = []
    for entity in entities(doc):
        if entity.label_ in MISLABELLED:
            start, end = _trim(text, entity.start_char, entity.end_char)
            if text[start:end] in names:
                extra.append(Toponym(start, end))
    return extra


_LIST_JOINER = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def _listed_with_places(text: str, doc: Doc, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """"stores in Zilina, Nitra, Presov and Kosice": a name the tagger missed, listed right
    beside a recognised toponym, is a place when the gazetteer knows a town or unit of that name.
    Repeated until the list is covered, since each name found may neighbour the next."""
    spans = {(t.start, t.end) for t in found if not t.demonym}
    names = [
        span for entity in entities(doc) if entity.label_ in MISLABELLED
        and (span := _trim(text, entity.start_char, entity.end_char))[0] < span[1]
    ]
    extra: list[Toponym] = []
    added = True
    while added:
        added = False
        for start, end in names:
            if (start, end) in spans or not _listed_beside(text, start, end, spans):
                continue
            if any(
                c.kind == 0 and c.feature in ("city", "admin1", "admin2", "country")
                for c in gazetteer.candidates(clean_name(text[start:end]))
            ):
                spans.add((start, end))
                extra.append(Toponym(start, end))
                added = True
    return extra


def _listed_beside(text: str, start: int, end: int, spans: set[tuple[int, int]]) -> bool:
    return any(
        (0 < start - e <= 6 and _LIST_JOINER.match(text[e:start])) or (0 < s - end <= 6 and _LIST_JOINER.match(text[end:s]))
        for s, e in spans
    )


def _after_settlement_cues(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """Capitalised names after "the village of", "the town of", ... that the tagger missed."""
    found = []
    for match in _CAPITALISED_RUN.finditer(text):
        if not _SETTLEMENT_CUE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        start, end = _trim(text, match.start(), match.end())
        words = text[start:end].split()
        for size in range(len(words), 0, -1):
            candidate_end = start + len(" ".join(words[:size]))
            known = gazetteer.candidates(text[start:candidate_end])
            # A run cut short inside a name (the next word capitalised) names a place by its own
            # name only: "the village of Ban Sako Tue" is not Van, Turkey, which GeoNames also
            # calls "Ban"; cut at a joiner ("the port of Hodeidah on Tuesday") any name counts.
            cut_inside = size < len(words) and words[size][:1].isupper()
            if known and (not cut_inside or any(c.kind == 0 for c in known)):
                found.append(Toponym(start, candidate_end))
                break
        else:
            # "the port town of Kyaukphyu on Saturday": the cue says the name is a settlement's,
            # so a near-miss spelling of a known one ("Kyaukpyu") stands; the resolver keeps such
            # a loose match only where the article's other places vouch for it.
            name = " ".join(itertools.takewhile(capitalised, words))
            if name and (gazetteer.fuzzy_candidates(name) or gazetteer.variant_candidates(name)):
                found.append(Toponym(start, start + len(name)))
    return found


# "positions around Sake", "a camp outside Kidal", "an ambush on the road to Sake": a name the
# tagger missed after lower-case words that put something around or on the way to a place.
# ("near" is left out: "shot along I-70 near Union" names an exit or a street as often as the town.)
# A garrison is named by the town it stands at: "overran the army base at X", "a military camp at X".
_BESIDE_BEFORE = re.compile(r"\b(?:around|outside|overlooking|(?:outskirts|(?:area|suburb)s?)\s+of|(?:road|highway|route)\s+(?:to|from)"
                            r"|(?:base|camp|post|outpost|barracks|garrison|position)\s+at)\s+$")
# "In Kyiv, thousands rallied ...": a sentence opening on "In" and a name closed by a comma says
# where the sentence's event is, whatever the tagger made of the name (it often tags none there).
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_OPENING_IN = re.compile(r"In\s+(?=[A-Z])")
BESIDE_TOWN_POPULATION = 2_000
_LOWER_JOINER = re.compile(r"\s+(?=[a-z])")
# "near Rivers and Stokes avenues": two streets named before their plural type.
_STREETS_AFTER = re.compile(r"\s+and\s+[A-Z][\w-]+\s+(?:streets|avenues|roads|boulevards|drives|lanes)\b", re.IGNORECASE)


def _after_locative_words(text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Towns the tagger missed after "around", "outside" ("drones struck rebel positions around
    Sake", "on the road to X") or named with a comma after a sentence's opening "In" ("In X,
    crowds marched ...", not a month): the whole run of capitalised words, where it is a town's
    own name or a spelling the index gives it (of `BESIDE_TOWN_POPULATION` people or more: "near
    Christmas" is no town), a first-level unit or
    a country, or its part before a lower-case joiner the run took in ("around Sake on
    Thursday"). A run that only opens with one names something else ("near Red Bank Road",
    "near Seoul's Jamsil Stadium"), and one side of a crossing is a street ("near Dayton and
    Millbrook Road", "near Rivers and Stokes avenues")."""
    taken = [(t.start, t.end) for t in found]
    added = []
    for match in _CAPITALISED_RUN.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        first = match.start()
        opening_in = _OPENING_IN.match(text, first, match.end())
        opening = opening_in is not None and text.startswith(",", match.end()) \
            and _SENTENCE_START.search(text, max(0, first - 5), first) is not None
        if opening:
            first = opening_in.end()
        elif not _BESIDE_BEFORE.search(text[max(0, first - 20) : first]):
            continue
        start, end = _trim(text, first, len(text[: match.end()].rstrip(" -")))
        if opening and text[start:end].lower() in MONTHS_AND_DAYS:
            continue  # "In March, ...": a month
        # The whole run, or its part before a lower-case joiner ("Sake on Thursday").
        ends = [end] + [start + cut.start() for cut in _LOWER_JOINER.finditer(text[start:end])][::-1]
        for name_end in ends:
            name = clean_name(text[start:name_end])
            if name.lower() in _GENERIC_WORDS:
                break  # "around East 14th Street"
            if start < name_end and any(_beside_place(c) for c in gazetteer.candidates(name)):
                if not _is_street(text, Toponym(start, name_end)) and not _STREETS_AFTER.match(text, name_end):
                    added.append(Toponym(start, name_end))
                break
    return added


# "a strike hit a car near Kani Masi", "the road between Bannu and Miranshah", "girls fetching
# water outside X", "Residents of X said": a name the tagger missed after "near", "outside",
# "around", "between" or a town's people, or after "and" closing a "between".
_NEAR_BEFORE = re.compile(r"(?:\b(?:near|between|outside|around|outskirts\s+of|(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants)\s+of)|\bbetween\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+and)\s+$")
# "between First and Herman streets", "between March 29 and April 30": streets and dates.
_NO_TOWN_AFTER = re.compile(r"\s+(?:(?:streets?|avenues?|roads?|boulevards?|drives?|lanes?)\b|\d)")


def _towns_near_known_places(text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Towns the tagger missed after "near", "outside", "residents of" or "between ... and", where the whole run of
    capitalised words (or its part before a lower-case joiner: "near Kani Masi on Monday") is,
    by its own name, a spelling the index gives it or a near miss of one, a town lying in a first-level unit that
    one of the article's recognised places lies in by its own name, or in the country or unit the
    text puts it in ("near X in northern Y": `_units_inside`). "near" names an exit, a
    street or a landmark as often as a town ("along I-70 near Union"), of any town of the name
    anywhere; a village of the very province the report is about is the place the text means."""
    taken = [(t.start, t.end) for t in found]
    units: set[tuple[str, str]] | None = None
    added = []
    for match in _CAPITALISED_RUN.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        if not _NEAR_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
            continue
        if units is None:  # most articles have no such run: look the units up only when one does
            units = {(c.iso, c.admin1) for t in found if not t.demonym
                     for c in gazetteer.candidates(clean_name(text[t.start : t.end]))
                     if c.kind == 0 and c.feature in ("city", "admin1", "admin2")}
        start, end = _trim(text, match.start(), len(text[: match.end()].rstrip(" -")))
        ends = [end] + [start + cut.start() for cut in _LOWER_JOINER.finditer(text[start:end])][::-1]
        for name_end in ends:
            name = clean_name(text[start:name_end])
            if name.lower() in _GENERIC_WORDS:
                break
            hosts = units | _units_inside(text, start, name_end, gazetteer)
            if start < name_end and any(c.kind in (0, 1) and c.feature == "city"
                                        and ((c.iso, c.admin1) in hosts or (c.iso, "") in hosts)
                                        for c in _own_or_near_spelling(name, gazetteer)):
                if not _is_street(text, Toponym(start, name_end)) and not _STREETS_AFTER.match(text, name_end) \
                        and not _NO_TOWN_AFTER.match(text, name_end):
                    added.append(Toponym(start, name_end))
                break
    return added


def _units_inside(text: str, start: int, end: int, gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """The country or first-level unit the text puts the name at text[start:end] in ("near X
    in northern Y"): (ISO code, "") for a country, (ISO code, unit) for a unit."""
    return {(c.iso, c.name if c.feature == "admin1" else "")
            for option in read_cues(text, start, end).inside
            for c in gazetteer.candidates(option) if c.kind == 0 and c.feature in ("country", "admin1")}


# "at a Springfield hospital": a town named before a care word in lower case, which the tagger
# rarely tags; it is the hospital's town, which `event_place` reads as only near the event.
_CARE_AFTER = re.compile(r"\s+(?:hospital|clinic|medical cent(?:er|re)|trauma cent(?:er|re))\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")


def _towns_before_care(text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """Towns (of `BESIDE_TOWN_POPULATION` people or more) named as "a X hospital"."""
    taken = [(t.start, t.end) for t in found]
    added = []
    for match in _CAPITALISED_RUN.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken) \
                or not _CARE_AFTER.match(text, match.end()) \
                or not _INDEFINITE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        name = clean_name(text[match.start() : match.end()])
        if any(c.kind == 0 and c.feature == "city" and c.population >= BESIDE_TOWN_POPULATION
               for c in gazetteer.candidates(name)):
            added.append(Toponym(match.start(), match.end()))
    return added


def _own_or_near_spelling(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The name's candidates, else those of a near-miss spelling ("Sheikh Zuweid" for GeoNames'
    "Sheikh Zuwayid") or of another transliteration ("al-Gadaref" for Al Qadarif): towns that
    transliterations spell several ways. Only a spelling the index lacks outright is widened,
    so a known name keeps its own places."""
    return gazetteer.candidates(name) or gazetteer.fuzzy_candidates(name) + gazetteer.variant_candidates(name)


def _beside_place(candidate: Candidate) -> bool:
    """A country or state by its own name, or a town by its own name or another spelling the
    index gives it ("outside Las Anod", GeoNames' Laascaanood)."""
    if candidate.feature == "city":
        return candidate.kind in (0, 1) and candidate.population >= BESIDE_TOWN_POPULATION
    return candidate.kind == 0 and candidate.feature in ("country", "admin1")


# "in the Timbuktu region", "in Hodeidah province", "Mali's Mopti region", "in neighbouring Ituri
# province", "in the Timbuktu area": a unit word (or "area") in lower case after a name ("Islamic
# State" is no state), itself after "the", "in" or a possessive, and perhaps a compass word or
# "neighbouring".
_UNIT_WORD_AFTER = re.compile(
    r"\s+(?:region|province|state|governorate|district|oblast|prefecture|department|territory|area)\b")
_UNIT_NAME_BEFORE = re.compile(
    rf"(?:\b(?:the|in)|['’]s)\s+(?:(?:{COMPASS}|neighbou?ring|nearby|restive|volatile|troubled)\s+)?$", re.IGNORECASE
)
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s+(?=[A-Z])")


def _before_unit_words(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """Names of units the tagger missed: a known name before a lower-case unit word."""
    found = []
    for match in _CAPITALISED_RUN.finditer(text):
        if not _UNIT_WORD_AFTER.match(text, match.end()) or not _UNIT_NAME_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue
        start, end = _trim(text, match.start(), match.end())
        owner = _POSSESSIVE_INSIDE.search(text, start, end)
        if owner:  # "Mozambique's Cabo Delgado province": the unit is the name after the possessive
            start = owner.end()
        if start < end and gazetteer.candidates(clean_name(text[start:end])):
            found.append(Toponym(start, end))
    return found


def _datelines(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """Dateline places ("DUNCANNON, Pa. -", "HANOVER TOWNSHIP, Pa-") the gazetteer knows as a town or
    unit of that name, or of that name less a generic word."""
    found = []
    for match in _DATELINE.finditer(text):
        start, end = match.span(1)
        exact = gazetteer.candidates(text[start:end])
        if any(c.kind == 0 and c.feature != "continent" for c in exact) or (
            not exact and generic_stripped(text[start:end], gazetteer)
        ):
            found.append(Toponym(start, end))
    return found


def _containers(text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """"Macon, Ga.": the state or country after a recognised toponym and a comma is one too."""
    extra = []
    for toponym in found:
        cues = read_cues(text, toponym.start, toponym.end)
        container = container_place(cues, gazetteer)
        if container is None:
            continue
        for option in cues.containers:
            if any(c.id == container.id for c in gazetteer.candidates(clean_name(option))):
                start = text.index(option, toponym.end)
                end = start + len(option) - (1 if option.endswith(".") and not _is_abbreviation(option) else 0)
                extra.append(Toponym(start, end))
                break
    return extra


def _named_states(text: str, found: list[Toponym], gazetteer: Gazetteer) -> set[tuple[str, str]]:
    """The first-level units the toponyms found name, by any of their names ("NC", "Ohio")."""
    return {
        (c.iso, c.name) for t in found
        for c in gazetteer.candidates(clean_name(text[t.start : t.end])) if c.feature == "admin1"
    }


# A street type inside a name, other than "St." (also "Saint"): "Andrews Circle Mount Olive".
_STREET_INSIDE = re.compile(
    r"\s(?:Street|Avenue|Ave\.?|Boulevard|Blvd\.?|Road|Rd\.|Drive|Dr\.|Lane|Ln\.|Parkway|Pkwy\.?|"
    r"Highway|Hwy\.?|Terrace|Circle|Trail)\s+(?=[A-Z])"
)


def _towns_after_streets(text: str, doc: Doc, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """"of Andrews Circle Mount Olive", "at 400 Oak Road Smithfield": an address run into its
    town, tagged as one name. The words after the street type are the place when they are a
    town of a state the article names ("NC"); the address is no place of its own."""
    streets = [(entity, street) for entity in entities(doc)
               if (street := _STREET_INSIDE.search(text, entity.start_char, entity.end_char)) is not None]
    if not streets:  # most articles: no state lookups
        return found
    states = _named_states(text, found, gazetteer)
    towns: list[tuple[int, int, int]] = []  # the entity's start, the town's start and end
    for entity, street in streets:
        start, end = _trim(text, street.end(), entity.end_char)
        if any(c.kind == 0 and c.feature == "city" and (c.iso, c.admin1) in states
               for c in gazetteer.candidates(clean_name(text[start:end]))):
            towns.append((entity.start_char, start, end))
    if not towns:
        return found
    kept = [t for t in found if not any(t.start < end and entity_start < t.end for entity_start, _, end in towns)]
    return kept + [Toponym(start, end) for _, start, end in towns]


# The one to three capitalised words right before a comma: "... 117 Alternate Dudley, ".
_WORDS_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*),\s*$")


def _towns_before_states(text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """"dispatched to 3511 US Hwy 117 Alternate Dudley, NC": a town the tagger missed before a
    recognised state and a comma, when a town of that name lies in that state: the longest run
    of words that is one ("Mount Olive", not "Olive"), the words before it being the street's."""
    taken = {t.end for t in found}
    extra = []
    for toponym in found:
        states = [c for c in gazetteer.candidates(clean_name(text[toponym.start : toponym.end])) if c.feature == "admin1"]
        before = _WORDS_BEFORE_COMMA.search(text, max(0, toponym.start - 60), toponym.start)
        if not states or before is None or before.end(1) in taken:
            continue
        words = list(re.finditer(r"\S+", before.group(1)))
        for first in range(len(words)):
            start = before.start(1) + words[first].start()
            if any(c.kind == 0 and c.feature == "city" and any((c.iso, c.admin1) == (s.iso, s.name) for s in states)
                   for c in gazetteer.candidates(text[start : before.end(1)])):
                extra.append(Toponym(start, before.end(1)))
                break
    return extra


_WORDS_BEFORE_IN = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+in\s+(?:the\s+)?$")
_LOCATIVE_WORD_BEFORE = re.compile(r"\b(?:near|around|outside|in|at|into|from|towards?)\s+$")


def _towns_before_hosts(text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """"near Tal Tamr in Hasakah province": a town the tagger missed, after a locative word and
    before "in" and a recognised place, when a town of that whole name lies in the same
    first-level unit as that place (the text and the index agree, which a person's, a street's
    or a building's name seldom does: "Terry Collins in Oakland", "Edwards Street in Mount
    Pleasant" follow no locative word or are no town's name)."""
    taken = {t.end for t in found}
    extra = []
    for toponym in found:
        before = _WORDS_BEFORE_IN.search(text, max(0, toponym.start - 60), toponym.start)
        if before is None or before.end(1) in taken \
                or not _LOCATIVE_WORD_BEFORE.search(text[max(0, before.start(1) - 12) : before.start(1)]):
            continue
        units = {(c.iso, c.name if c.feature == "admin1" else c.admin1)
                 for c in gazetteer.candidates(clean_name(text[toponym.start : toponym.end])) if c.admin1 or c.feature == "admin1"}
        if any(c.kind == 0 and c.feature == "city" and (c.iso, c.admin1) in units
               for c in gazetteer.candidates(before.group(1))):
            extra.append(Toponym(before.start(1), before.end(1)))
    return extra


def _is_abbreviation(option: str) -> bool:
    """"Ga." keeps its period (it is part of the name); "Texas." at a sentence end does not."""
    return len(option.rstrip(".")) <= 5 or "." in option.rstrip(".")


# A town this big, named by two words the tagger split ("Boa" and "Vista"), is one toponym.
JOINED_TOWN_POPULATION = 1_000


def _joined_names(text: str, found: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """"Trinidad and Tobago", "Bosnia and Herzegovina": two names joined by "and" that together
    are a country's or a state's own name are one toponym, though the tagger may split them; so
    are two names side by side that together are a town's or a unit's own name ("Boa Vista",
    tagged "Boa" and "Vista")."""
    joined = list(found)
    for left, right in zip(found, found[1:]):
        between = text[left.end : right.start]
        if between not in (" and ", " ") or between == " " and not _capitalised(text[left.start : right.end]):
            continue
        if any(
            c.kind == 0 and (c.feature in ("country", "admin1") or between == " " and (
                c.feature == "city" and c.population >= JOINED_TOWN_POPULATION or c.feature == "admin2"))
            for c in gazetteer.candidates(text[left.start : right.end])
        ):
            joined.append(Toponym(left.start, right.end))
    return joined


def _capitalised(name: str) -> bool:
    """Every word capitalised: "Boa Vista", not "City of Richmond" (a body's name and a town's)."""
    return all(word[:1].isupper() for word in name.split())


def _without_overlaps(found: list[Toponym]) -> list[Toponym]:
    """Text order; of overlapping spans keep the first-starting, then the longest."""
    kept: list[Toponym] = []
    for toponym in sorted(found, key=lambda t: (t.start, -(t.end - t.start))):
        if kept and toponym.start < kept[-1].end:
            continue
        kept.append(toponym)
    return kept
