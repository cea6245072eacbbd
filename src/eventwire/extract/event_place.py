"""Event place: where an article's events happen, read from the places it names.

`read_places` reads once per article what every event sentence needs (the places the text
names, set right where the report says more than the gazetteer knows, its dateline, the place
it is mostly about, its country); `place_for` picks an event sentence's own place among them.
The checks that tell a place named as where something happened from one named for something
else (someone's home town, the hospital the wounded were taken to, a bureau's dateline, a
capital speaking for its government) live here, beside the ranking that uses them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire.extract import claims as claims_module
from eventwire.extract import where
from eventwire.extract.texts import doc_text
from eventwire.extract.who import country_tables
from eventwire.gazetteer import Candidate, Gazetteer
from eventwire.gazetteer.context import read_cues, settlement_cue
from eventwire.gazetteer.distance import km_between
from eventwire.gazetteer.names import LOWER_ARTICLE, capitalised, normalize
from eventwire.gazetteer.resolve import Resolution, make_mention
from eventwire.records import Article, Place, Span

# Finer places first when a sentence names several.
FEATURE_RANK = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}
COARSE_FEATURES = frozenset({"admin1", "region", "country", "continent"})


@dataclass(frozen=True)
class ArticlePlaces:
    """What an article's places say, read once for all its event sentences."""

    text: str
    places: list[Place]
    main_place: Place | None
    dateline: Place | None
    # national capitals named as a dateline ("KHARTOUM, Sudan (AP) —"): where wire bureaus file from
    capital_datelines: frozenset[int]
    country: str  # the country most of its places lie in, "" if none
    the_city: Place | None = None  # the town the text calls "the city" (`_the_city`)
    capital: Place | None = None  # the capital of the country most of its places lie in
    state_capital: Place | None = None  # the town the text calls "the state capital" (`_state_capital`)
    # the places the report names only in background it tells of an earlier year (`_in_background`)
    background: frozenset[tuple[int, int]] = frozenset()

    def in_background(self, place: Place) -> bool:
        """Whether `place` is named only in background of an earlier year (`_in_background`)."""
        return _key(place) in self.background


def read_places(article: Article, doc: Doc, gazetteer: Gazetteer) -> ArticlePlaces:
    """The places `article` names (`where.find_places`), a town read in the state the article
    names (`_in_named_states`) and a settlement the gazetteer lacks under its own name
    (`_named_settlements`), with its dateline, national-capital datelines, main place and country."""
    dateline = dateline_place(article.text, gazetteer)
    places = _in_named_states(where.find_places(article, doc, gazetteer), dateline, gazetteer)
    # One name, one place (`_same_name_as_settlements`) before a settlement the gazetteer lacks
    # is put where the text puts it ("the village of X west of Y", Y named a settlement before),
    # and again after.
    places = _same_name_as_settlements(_named_settlements(places, article.text, gazetteer))
    places, inferred = _with_unknown_settlements(places, article.text, doc, gazetteer)
    places = _same_name_as_settlements(places)
    places = _in_owning_cities(places, article.text, gazetteer)
    places = _districts_of_the_city(places, article.text, doc)
    # The article's country is that of the towns and states it names: a country named as a
    # modifier the fast path left unparsed ("About 900 US troops are based ...") must not
    # outvote them; ties go to the first named.
    # A settlement the text puts in no named place has the country of the article's other places
    # (`_in_main_place_so_far`): it adds no evidence of its own.
    voting = [place for place in places if is_location(place, doc)
              and not (place.evidence is not None and (place.evidence.start, place.evidence.end) in inferred)]
    countries = Counter(place.country for place in _local_first([place for place in voting if place.country]))
    capitals = _capital_datelines(places, article.text, gazetteer)
    isos = Counter(place.iso for place in _local_first([place for place in voting if place.iso]))
    background = _in_background(places, doc, article.date.year if article.date else None)
    main = _main_place([p for p in places if _key(p) not in background], doc, capitals)
    return ArticlePlaces(
        text=article.text,
        places=places,
        main_place=main,
        dateline=dateline,
        capital_datelines=capitals,
        country=countries.most_common(1)[0][0] if countries else "",
        the_city=_the_city(places, article.text, doc),
        capital=_capital(isos.most_common(1)[0][0], gazetteer) if isos else None,
        state_capital=_state_capital(places, main, article.text),
        background=background,
    )


# A sentence opening on an earlier year: "In August 2019, ...", "In 2015 the group ...", "Last
# year, ...", "In June last year, ...".
_EARLIER_YEAR_OPENING = re.compile(r"\W*(?:(?:[Bb]ack\s+)?[Ii]n|By|During)\s+(?:(?:early|late|mid-?)\s*)?"
                                   r"(?:[A-Z][a-z]+\s+)?(?P<year>\d{4})\b"
                                   r"|\W*(?:In\s+(?:(?:early|late|mid-?)\s*)?[A-Z][a-z]+\s+)?[Ll]ast\s+year\b")


def _key(place: Place) -> tuple[int, int] | None:
    return (place.evidence.start, place.evidence.end) if place.evidence is not None else None


def _in_background(places: Sequence[Place], doc: Doc, year: int | None) -> frozenset[tuple[int, int]]:
    """The evidence spans of places named only in sentences opening on an earlier year ("In
    August 2019, fighters killed 70 soldiers around the town of X"): background the report tells
    behind its news, so such a town is not where the report's own events are when a sentence
    names no place of its own (`_main_place`), though it stays the place of that past event."""
    if year is None:
        return frozenset()
    text = doc_text(doc)
    spans = []
    for sentence in doc.sents:
        opening = _EARLIER_YEAR_OPENING.match(text, sentence.start_char)
        if opening is None or (opening["year"] is not None and int(opening["year"]) >= year):
            continue
        spans.extend(_key(p) for p in places if _told_in(p, sentence))
    return frozenset(spans)


def _capital(iso: str, gazetteer: Gazetteer) -> Place | None:
    """The capital of country `iso` as an event's place ("In the capital, police detained ...")."""
    capital = gazetteer.capital(iso)
    if capital is None:
        return None
    return replace(where.to_place(Resolution(make_mention(capital.name, 0, len(capital.name)), capital, margin=1.0)),
                   evidence=None, geo_precision=1)


def _state_capital(places: Sequence[Place], main: Place | None, text: str) -> Place | None:
    """The town a report calls "the state capital" ("the provincial capital"): its dateline's
    town, where that lies in the state of the article's main place: a correspondent files from
    the state's capital and names it so when an event of the report happens there."""
    if main is None or not main.admin1:
        return None
    town = next((p for p in places if p.feature == "city" and p.evidence is not None and _in_dateline(p, text)), None)
    if town is None or (town.iso, town.admin1) != (main.iso, main.admin1):
        return None
    return replace(town, evidence=None, geo_precision=1)


# "in the state capital", "through the provincial capital", with no name after it.
_THE_STATE_CAPITAL = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Tt]hrough)\s+the\s+"
                                r"(?:state|provincial|regional)\s+capital\b(?![\s,]+(?:of\b|city\b|[A-Z]))")
# "in the capital", with no name after it: the capital of the report's country.
_THE_CAPITAL = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round)\s+the\s+capital\b(?![\s,]+(?:of\b|city\b|[A-Z]))")


# "the city" standing for a town named before it ("The city's mayor said", "in the city", "the
# city council"), not one it introduces ("the city of X").
_THE_CITY = re.compile(r"\b[Tt]he\s+city\b(?!\s+of\b)")


# "the town" standing for the town named last before it ("set fire to offices in the town's
# centre"), not one it introduces ("the town of X"); "the village" only as an owner ("found behind
# the village's fire station"): "in the village", "the village clinic" are as often the report's
# own village, one the gazetteer may lack, told after other places.
_THE_TOWN = re.compile(r"\b[Tt]he\s+(?:town\b(?!\s+of\b)|village['’]s\b)")


def _town_before(sentence: SpacySpan, placing: ArticlePlaces) -> Place | None:
    """The town named last before `sentence`, which "the town" in it stands for: a report says so
    of the town it has just told of, where "the city" keeps to the report's own (`_the_city`). A
    town the text called one ("the town of X, north of the capital Y") goes before the towns
    its sentence names after it to say where it lies."""
    before = [p for p in _without_qualifiers(placing.places, placing.text)
              if p.feature == "city" and p.evidence is not None and p.evidence.end <= sentence.start_char
              and is_location(p, sentence.doc) and not is_incidental(p, sentence.doc)]
    if not before:
        return None
    last = max(before, key=lambda p: p.evidence.start)
    told = sentence.doc.char_span(last.evidence.start, last.evidence.end, alignment_mode="expand")
    called = [p for p in before if named_as_settlement(p, placing.text) and told is not None and _told_in(p, told.sent)]
    return replace(max(called, key=lambda p: p.evidence.start) if called else last, geo_precision=1, evidence=None)


def _told_in(place: Place, sentence: SpacySpan) -> bool:
    """Whether `sentence` names `place` (its evidence starts there)."""
    return place.evidence is not None and sentence.start_char <= place.evidence.start < sentence.end_char


def _sentence_before(sentence: SpacySpan) -> SpacySpan | None:
    """The sentence right before `sentence`, or None for the first."""
    return sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None


# "in the area", "near the village": a sentence naming no place of its own that tells of "the
# area" tells of the place the sentence before it named.
_THE_AREA = re.compile(r"\b(?:in|near|around)\s+the\s+(?:area|vicinity)\b(?!\s+of\b)", re.IGNORECASE)


def _area_before(sentence: SpacySpan, placing: ArticlePlaces) -> Place | None:
    """The town (else the district) the sentence right before `sentence` names first, which "in
    the area" stands for ("a raid on the village of X in Y territory"); None where that sentence
    names none. No finer than near it (precision 2)."""
    previous = _sentence_before(sentence)
    if previous is None:
        return None
    named = [p for p in _without_qualifiers(placing.places, placing.text)
             if p.feature in LOCAL_FEATURES and _told_in(p, previous) and not _in_dateline(p, placing.text)
             and is_location(p, sentence.doc) and not is_incidental(p, sentence.doc)]
    if not named:
        return None
    place = min(named, key=lambda p: (p.feature != "city", p.evidence.start))
    return replace(place, geo_precision=max(place.geo_precision, 2), evidence=None)


# "the city of X": the words by which a sentence introduces X as a city.
_CITY_OF = re.compile(r"\b[Tt]he\s+city\s+of\s+$")


def _city_called_before(sentence: SpacySpan, placing: ArticlePlaces) -> Place | None:
    """The town the sentence right before `sentence` introduced as "the city of X", which "the city"
    in `sentence` stands for ("repelled an attack on the city of X on Sunday. ... positions on the
    city's outskirts"), however the report called its own city before (`_the_city`). None where
    that sentence introduces none."""
    previous = _sentence_before(sentence)
    if previous is None:
        return None
    called = [p for p in placing.places if p.feature == "city" and _told_in(p, previous)
              and _CITY_OF.search(placing.text[max(previous.start_char, p.evidence.start - 20):p.evidence.start])]
    return replace(called[0], evidence=None) if len(called) == 1 else None


def _the_city(places: Sequence[Place], text: str, doc: Doc) -> Place | None:
    """The town a report calls "the city": the last one it names before it first says so ("A
    bomb hit a block in X ... The city's mayor said ..."). A report keeps that word for its own
    city, however many other towns it names later, so later sentences that say only "in the city"
    mean that one too. None where no town is named before it."""
    first = _THE_CITY.search(text)
    if first is None:
        return None
    # Not a town named only to say where the one before it lies ("X, west of Y").
    before = [p for p in _without_qualifiers(places, text) if p.feature == "city" and p.evidence is not None
              and p.evidence.end <= first.start() and is_location(p, doc) and not is_incidental(p, doc)]
    if not before:
        return None
    return replace(max(before, key=lambda p: p.evidence.start), geo_precision=1, evidence=None)


# "in the city's X district", "the city's northern X neighbourhood": a part of the report's own city.
_THE_CITYS_BEFORE = re.compile(r"\b[Tt]he\s+city['’]s\s+(?:[a-z-]+\s+)?$")


def _districts_of_the_city(places: list[Place], text: str, doc: Doc) -> list[Place]:
    """A district named as a part of "the city" ("struck a bus in the city's X district") lies in
    the town the report calls so (`_the_city`): where the gazetteer knows that name only for a
    place far from it (a namesake district of another city) or not at all, the event's place is
    that town, told by the district's name."""
    the_city = _the_city(places, text, doc)
    if the_city is None:
        return places
    return [replace(the_city, evidence=p.evidence) if p.evidence is not None and p.feature in LOCAL_FEATURES
            and _THE_CITYS_BEFORE.search(text, max(0, p.evidence.start - 40), p.evidence.start) is not None
            and (p.geonameid is None or km_between(p, the_city) > _PART_OF_TOWN_KM) else p for p in places]


def _capital_datelines(places: Sequence[Place], text: str, gazetteer: Gazetteer) -> frozenset[int]:
    """The bureaus the text names as its dateline (`_in_dateline`): a national capital, or a town
    the dateline follows with its country's name ("ZAMBOANGA CITY, Philippines –"), as a
    correspondent abroad files from a regional hub; a local paper's dateline names the town's
    state ("SPOKANE, Wash."), or nothing."""
    return frozenset(p.geonameid for p in places if p.geonameid is not None and p.evidence is not None
                     and p.feature == "city" and _in_dateline(p, text)
                     and (_country_after(p, text, gazetteer)
                          or any(c.capital and c.geonameid == p.geonameid for c in gazetteer.candidates(p.name))))


# The name after a dateline's town, before its dash: "ZACATECAS, Mexico –", "SPOKANE, Wash. (AP) —".
_DATELINE_AFTER_TOWN = re.compile(r",\s*(?P<name>[A-Z][\w. ]{1,30}?)\s*(?:\([\w .]+\)\s*)?(?:—|–|--|-)\s")


def _country_after(town: Place, text: str, gazetteer: Gazetteer) -> bool:
    """Whether the dateline names the town's country after it ("ZACATECAS, Mexico –")."""
    found = _DATELINE_AFTER_TOWN.match(text, town.evidence.end)
    return found is not None and any(c.feature == "country" and c.iso == town.iso
                                     for c in gazetteer.candidates(found["name"]))


# A wire dateline opening the text or one of its first lines (after a headline, a photo caption
# or a byline): "SPOKANE, Wash. (AP) —", "(Springfield, IL)--".
_DATELINE = re.compile(r"^\W{0,3}(?P<name>[A-Z][\w.'’ -]{1,40}?),\s*(?P<state>[A-Z][\w. ]{0,15}?)\)?\s*"
                       r"(?:\([\w .,]+\)\s*)?(?:—|–|--|-)", re.MULTILINE)
# The same dateline after a headline the page ran into the text's first line, upper case to
# tell it from a name in the headline ("Man shot at party SPRINGFIELD, Ill. -- A man was ...").
_RUN_IN_DATELINE = re.compile(r"(?<=[a-z] )(?P<name>[A-Z][A-Z.'’ -]{1,40}?),\s*(?P<state>[A-Z][\w. ]{0,15}?)\)?\s*"
                              r"(?:\([\w .,]+\)\s*)?(?:—|–|--|-)")
DATELINE_REACH = 400  # characters: a dateline further in is a quoted report, not this one's
LOCAL_FEATURES = frozenset({"city", "admin2"})


def dateline_place(text: str, gazetteer: Gazetteer) -> Place | None:
    """The town or county of the article's dateline, read in the state the dateline names (a
    dateline names its state because towns share names: "Springfield, Ill.")."""
    matches = [*_DATELINE.finditer(text, 0, DATELINE_REACH), *_RUN_IN_DATELINE.finditer(text, 0, DATELINE_REACH)]
    return next(filter(None, (_dateline_town(match, text, gazetteer) for match in matches)), None)


def _dateline_town(match: re.Match[str], text: str, gazetteer: Gazetteer) -> Place | None:
    states = [c for c in gazetteer.candidates(match["state"]) if c.feature == "admin1"]
    towns = [c for c in gazetteer.candidates(match["name"]) if c.feature in LOCAL_FEATURES
             and any(c.iso == state.iso and c.admin1 == state.name for state in states)]
    if not towns:
        return None
    # "ST. LOUIS, Mo." is the city, not the larger county that shares its name.
    name = normalize(match["name"])
    town = min(towns, key=lambda c: (normalize(c.name) != name, -c.population))
    return _as_place(town, text, *match.span("name"))


def _as_place(candidate: Candidate, text: str, start: int, end: int) -> Place:
    return where.to_place(Resolution(make_mention(text, start, end), candidate, margin=1.0))


# Where the text puts a settlement it names bare and then says where that lies ("in X, Y state",
# "near X in Y province"), not a feature ("in the X River") or a part of a region ("in Central X").
_LOCATIVE_JUST_BEFORE = re.compile(r"\b(?:in|at|near|around|outside|inside|through|from)\s+$", re.IGNORECASE)
_CONTAINER_JUST_AFTER = re.compile(r"^(?:,|\s+in)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z]")
_NOT_A_SETTLEMENT = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|lake)\b"
                               r"|\b(?:river|lake|creek|mountains?|hills?|valley|forest|park|island|bay|coast|road|"
                               r"highway|street|airport|base|camp|school|church|mosque|market)$", re.IGNORECASE)


# A valley or range the gazetteer lacks, named after the settlement or district it holds: "in
# the X valley", "in the X hills". The report's place is that landform, an area as a district is
# (a town the sentence names beside it is finer: "in the X forest near Y"), named X as "X district"
# is: the landform's word, like the unit's, is no part of the place's name.
_LANDFORM_AFTER = re.compile(r"\s+(?:valley|hills|mountains|forest|plain|plateau)\b")


def _landform_end(text: str, start: int, end: int) -> int | None:
    """Where "the X valley" ends, for the name X at text[start:end]; None where no landform word
    follows the name or no "the" comes before it."""
    after = _LANDFORM_AFTER.match(text, end)
    return after.end() if after is not None and text[max(0, start - 4) : start].lower() == "the " else None


def _named_settlements(places: list[Place], text: str, gazetteer: Gazetteer) -> list[Place]:
    """A village or town the gazetteer does not know by the name the report gives it ("the
    village of X in Y state") is placed where the resolver's fallback puts it (the state or
    district the report names, else the article's focus), but keeps its own name: the report's
    village, at the fallback's coordinates and precision 2 (near), not the state it lies in
    (which the event's other sentences may name for other villages). Only a name the text calls
    a settlement ("the town of X"), or one it puts a thing in, at or near when the fallback is a
    region; a bare name placed at a town ("in Midtown": a part of the city) keeps the town, unless
    the gazetteer knows no place of the fallback's country by that name ("a raid in X" where the
    fallback took the report's other town) and it does not name that town itself ("in Southwest
    Springfield"): the name is then the report's own place, near that town. A valley or range
    the gazetteer lacks ("in the X valley") keeps the report's name X for it (`_landform_end`)."""
    return [_as_named_settlement(p, text, gazetteer) for p in places]


def _as_named_settlement(place: Place, text: str, gazetteer: Gazetteer) -> Place:
    evidence = place.evidence
    if evidence is None:
        return place
    name = evidence.text.strip()
    if place.feature == "admin1" and _UNIT_WORD_END.search(name) and not gazetteer.candidates(name):
        return _as_named_district(place, name, gazetteer)  # "in Pine Township": the resolver fell back on the state
    if " and " in name or not capitalised(name) or normalize(name) == normalize(place.name) \
            or _NOT_A_SETTLEMENT.search(name) or any(w in _NOT_SETTLEMENT_WORDS for w in name.lower().split()):
        return place  # "from Greencrest Drive": a street, a building or a body, not a settlement
    if _landform_end(text, evidence.start, evidence.end) is not None and not gazetteer.candidates(name):
        return replace(place, name=name, feature="admin2", geonameid=None, geo_precision=max(place.geo_precision, 2))
    cues = read_cues(text, evidence.start, evidence.end)
    if cues.admin and place.feature in {"city", "admin1", "country"} and not cues.institution \
            and not _ADMIN1_WORD_AFTER.match(text, evidence.end):
        return _as_named_district(place, name, gazetteer)
    if cues.admin or cues.institution or cues.street or cues.organisation:
        return place
    located = _LOCATIVE_JUST_BEFORE.search(text, max(0, evidence.start - 20), evidence.start) is not None
    bare = located and _CONTAINER_JUST_AFTER.match(text[evidence.end : evidence.end + 40]) is not None
    near = _after_near(text, evidence.start, evidence.end)
    # Unknown in the country the fallback placed it in: the namesakes the index knows lie abroad.
    unknown = located and not any(c.iso == place.iso for c in gazetteer.candidates(name)) \
        and normalize(place.name) not in normalize(name)
    if not (cues.settlement or near or unknown or (bare and place.feature in COARSE_FEATURES | {"admin2"})):
        return place  # "near X": X is a place apart from any town the resolver fell back on
    if _spelled_alike(name, place.name) or any(c.geonameid == place.geonameid for c in gazetteer.candidates(name)):
        return place  # another name or spelling of the place the resolver chose ("Hodeidah", "Dansadau")
    return replace(place, name=name, feature="city", geonameid=None, geo_precision=3 if place.feature == "country" else 2,
                   admin2=place.admin2 if place.feature not in {"admin1", "country"} else "")


# A county or township named with its unit word ("X Township", "X County", "X Parish").
_UNIT_WORD_END = re.compile(r"\s(?:Township|County|Parish|Borough)$")
# A settlement's own name: capitalised words, perhaps opened by an Arabic article ("al-Udhaim")
# or joined by an Arabic, Spanish or French particle ("Vizcatan del Ene", "Ras al-Ain", "Pont-Sonde",
# "Saut-d'Eau"). Inside a name only these particles join words: the article's other spellings
# ("at", "en") are English or French words between two names.
_SETTLEMENT_NAME = re.compile(rf"(?:\b{LOWER_ARTICLE})?[A-Z][\w'’]*"
                              r"(?:(?:[ -](?:al|el|ad|as|ash|an|ar|de|del|la|le|du|des|da|do|di|ul))?[ -][A-Z][\w'’]*"
                              r"|[ -][dl]['’][A-Z][\w'’]*){0,3}")
# Words that make a capitalised run the name of a building, a body or a feature, not a settlement.
_NOT_SETTLEMENT_WORDS = frozenset(
    "hospital clinic school college university academy church mosque temple cathedral market mall airport base camp "
    "station prison jail court hotel street road avenue highway bridge river lake creek mountains mountain hills "
    "valley forest park island bay coast army police forces force front movement party council ministry state "
    "cafe café restaurant bar club store shop mart inn motel hotel apartments plaza center centre lounge grill pub "
    "tavern salon stadium arena field office building company corporation group house home residence "
    "dr drive st ave blvd boulevard rd ln lane hwy pkwy parkway ct court pl ter terrace cir circle way trail "
    "province region district county department territory governorate township".split())
# "near X", "on the outskirts of X", "in the hills around X", "residents of X": where only a
# place, not a body, can stand.
_NEAR_JUST_BEFORE = re.compile(r"\b(?:near|around|(?:outskirts|edges?)\s+of|(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants)\s+of(?:\s+the)?)\s+$")
# "dropped barrel bombs on X", "air strikes on X", "a raid on X": what weapons or a raid fall on
# is a place (an attack "on" someone may be on a person, and is left out).
_STRUCK_JUST_BEFORE = re.compile(r"\b(?:bombs|shells|rockets|missiles|(?:air\s*|drone\s+)?strikes|raids?)\s+on\s+$")
# What may open a district's name the text gives with its unit word: "the X district", "villages
# of X woreda" (with "in", "near" and the like: `_LOCATIVE_JUST_BEFORE`).
_DISTRICT_OPENER = re.compile(r"\b(?:the|of)\s+$", re.IGNORECASE)
# "stormed a military camp at X", "the army base at X": a garrison is named by the settlement it stands at.
_GARRISON_AT_BEFORE = re.compile(r"\b(?:base|camp|post|outpost|barracks|garrison|position)\s+at\s+$")
# "an outpost on a hill overlooking X": what a height overlooks is a settlement (a person is looked
# at, not overlooked so).
_OVERLOOKING_BEFORE = re.compile(r"\boverlooking\s+$")
# "a strike on a market in X", "the cattle market in X", "a clinic in X": a public place in X, which
# only a settlement (or a district) can hold, whatever the tagger read X as.
_FACILITY_IN_BEFORE = re.compile(r"\b(?:market|mosque|church|school|clinic|camp|checkpoint|prison|station|square"
                                 r"|stadium|compound|villages?|homes)\s+in\s+$")
# "a market in Nigeria's central X state": a possessive owner, not the settlement.
_POSSESSIVE_END = re.compile(r"['’]s$")
# "opened fire on residents of X": only a settlement has residents, whatever the tagger read X as.
_RESIDENTS_OF_BEFORE = re.compile(r"\b(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants)\s+of\s+$")
# "near the X crossing", "at the X border crossing", "on the X front": a border post, a checkpoint
# or a front line named by the town it serves or runs by.
_CROSSING_AFTER = re.compile(r"\s+(?:(?:border\s+)?crossing|checkpoint|front)\b")
# "on the island of X": a settlement cue of its own.
_ISLAND_JUST_BEFORE = re.compile(r"\b(?:island|peninsula|oasis)\s+of\s+$")
# A district's unit word after its name: "in Yala's X district", "in X regency", "Y's X township",
# "in X local government area" (Nigeria's second level).
_DISTRICT_AFTER = re.compile(r"\s+(?:district|regency|township|territory|county|municipality|commune|sub-?district"
                             r"|tehsil|woreda|raion|upazila|[Ll]ocal\s+[Gg]overnment(?:\s+[Aa]rea)?|LGA)\b")
_POSSESSIVE_INSIDE = re.compile(r"['’]s\s+(?=[A-Z])")
# "in the X area": a locality the text names as an area, as it names a district.
_AREA_AFTER = re.compile(r"\s+area\b")
# Between a state and a district it owns: "Yala's X district", "Sagaing region's X township".
_OWNER_GAP = re.compile(r"(?:\s+(?:region|province|state|governorate|division))?['’]s?\s+(?:[a-z-]+\s+){0,2}")
_AND_NAME_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z]")
_OPENING_WORD = re.compile(r"(?:In|At|Near|Outside|Around|From|The|A)\s+(?=[A-Z])")
# What lies between an unknown settlement and the place the text puts it in: "X, Y state", "X in
# central Y", "X near Y", "X, north of Y", "X in Y's Z district", "X, in the district of Y".
_CONTAINER_GAP = re.compile(
    r"(?:,\s+(?:in\s+)?|\s+(?:in|near|outside|close\s+to)\s+"
    r"|,?\s+(?:(?:about|some)\s+)?(?:[\d.,]+\s*(?:km|kilometers?|kilometres?|miles?)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+)"
    r"(?:the\s+)?(?:(?:[a-z]+-)?(?:north|south|east|west)(?:ern)?\s+|central\s+|neighbou?ring\s+|nearby\s+|restive\s+"
    r"|remote\s+|rural\s+|volatile\s+)?(?:(?:city|town|capital|district|province|state|region)\s+of\s+)?")
UNKNOWN_NAME_SPAN = 40  # characters between the name and the place the text puts it in


def _after_near(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] follows "near", "around", "outskirts of", "the edge of" or "residents of", and is not one of two
    streets that cross there ("near Main and Racine")."""
    return _NEAR_JUST_BEFORE.search(text, max(0, start - 30), start) is not None \
        and not _AND_NAME_AFTER.match(text, end)


def _with_unknown_settlements(places: list[Place], text: str, doc: Doc,
                              gazetteer: Gazetteer) -> tuple[list[Place], frozenset[tuple[int, int]]]:
    """A village, town or district the gazetteer does not know (or knows only in countries the
    article does not name), which the recogniser therefore passed over, where the text says it is
    one ("the village of X", "the port town of X", "in Y's X district", "in X regency") or puts
    it in a place it names ("near X in Y province", "in X, Y state"), and again where the text
    names it after "in" later on ("the village of X ... beat men in X"): a place of the report's
    own name, at the point of the place the text puts it in (else the article's main place, and
    its span among the returned spans of places so put, whose country is the article's, not theirs) and
    no finer than that allows (precision 2 by a town, 3 in a region; a district is 3). Without it
    the event of "captured a police outpost near the town of X" is placed at the state or at
    another town of the report. A person's name, a month or a day, or a name with a word of a
    building, a body or a unit ("X Hospital", "X Province") is none; a place the recogniser read
    inside the name ("Ban" of "Ban X") gives way to it. A valley or range the text names ("in the
    X valley": `_landform_end`) is an area of that name, as a district is."""
    countries = frozenset(p.iso for p in places if p.iso)
    added: list[Place] = []
    for match in _SETTLEMENT_NAME.finditer(text):
        start, end = match.span()
        opening = _OPENING_WORD.match(text, start, end)
        if opening:  # "In X in Y province": the name after the sentence's opening word
            start = opening.end()
        possessive = _POSSESSIVE_INSIDE.search(text, start, end)
        if possessive:  # "Marib's X district": the name after the possessive
            start = possessive.end()
        district = _DISTRICT_AFTER.match(text, end) is not None or _AREA_AFTER.match(text, end) is not None
        bare = _LOCATIVE_JUST_BEFORE.search(text, max(0, start - 20), start) is not None
        landform = _landform_end(text, start, end)
        struck = text.startswith("on ", max(0, start - 3)) \
            and _STRUCK_JUST_BEFORE.search(text, max(0, start - 30), start) is not None
        called = (settlement_cue(text, start, end) or district or landform is not None
                  or _ISLAND_JUST_BEFORE.search(text, max(0, start - 30), start) is not None or struck
                  or _GARRISON_AT_BEFORE.search(text, max(0, start - 20), start) is not None
                  or _OVERLOOKING_BEFORE.search(text, max(0, start - 20), start) is not None
                  or _RESIDENTS_OF_BEFORE.search(text, max(0, start - 30), start) is not None
                  or (_FACILITY_IN_BEFORE.search(text, max(0, start - 30), start) is not None
                      and not _POSSESSIVE_END.search(text, start, end))
                  or (text[max(0, start - 4) : start].lower() == "the " and _CROSSING_AFTER.match(text, end) is not None)
                  or _entered(text, start, end, doc)
                  or bare and any(normalize(p.name) == normalize(text[start:end]) for p in added))
        near = _after_near(text, start, end) and not read_cues(text, start, end).street
        # "near X in Y region", "in X, in Y department": a name the text puts something in or
        # near and places inside a place it names is a settlement's, whatever the tagger read it
        # as (most often a person's).
        after = _containers_after(places, text, end) if near or bare else None
        unit_after = bare and _unit_named_after(text, end)
        if not _unknown_settlement_name(text, start, end, doc, gazetteer, called or bool(after) or unit_after,
                                        countries, near):
            continue
        if landform is not None:
            after = _landform_containers(places, text, landform)
        elif after is None:
            after = _containers_after(places, text, end)
        inside = [p for p in places if p.evidence and start <= p.evidence.start and p.evidence.end <= end]
        if any(p.evidence and p.evidence.start < end and start < p.evidence.end and p not in inside for p in places) \
                or any(p.evidence.start == start and p.evidence.end == end for p in inside):
            continue
        owner = [p for p in places if p.evidence and p.evidence.end < start
                 and _OWNER_GAP.fullmatch(text, p.evidence.end, start) is not None]
        if district and not (bare or owner or possessive or struck or _DISTRICT_OPENER.search(text, max(0, start - 4), start)):
            continue
        if not (called or near or (bare and after) or unit_after):
            continue
        container = owner[-1] if district and owner else after[0] if after else None
        places = [p for p in places if p not in inside]
        added.append(_unknown_settlement(text[start:end], Span(start, end, text[start:end]), container, district,
                                         landform is not None))
    if not added:
        return places, frozenset()
    located = [_in_main_place_so_far(p, places, doc) if p.iso == "" else p for p in added]
    inferred = frozenset((p.evidence.start, p.evidence.end) for p in added if p.iso == "")
    return sorted([*places, *(p for p in located if p.iso)], key=lambda p: p.evidence.start if p.evidence else -1), inferred


def _in_main_place_so_far(place: Place, places: list[Place], doc: Doc) -> Place:
    """An unknown settlement or district the text puts in no named place, at the article's main
    place as far as the report has told it (`_main_place_before`): "a village in X township" after
    "in the central Y region" lies in Y, not in the town of a later event of the report."""
    main = _main_place_before(places, _main_place(places, doc, frozenset()), place.evidence.start, doc, frozenset())
    if main is None:
        return place
    return replace(place, latitude=main.latitude, longitude=main.longitude, iso=main.iso, country=main.country,
                   admin1=main.admin1, admin2=place.admin2 or (main.admin2 if main.feature in LOCAL_FEATURES else ""),
                   geo_precision=2 if main.feature in LOCAL_FEATURES and place.feature == "city" else 3)


# "troops entered X", "rebels overran X": what only a town or a position can be.
_ENTERED_JUST_BEFORE = re.compile(r"\b(?:entered|retook|recaptured|overran)\s+$")
# How the tagger may read such a name: as a person's (most unknown names), a place's, or none.
_ENTERED_LABELS = frozenset({"PERSON", "GPE", "LOC", ""})


# "the troops came to X on Monday", "gunmen went to X": where attackers arrived, told as the
# scene. No body or building is said to be come to so, so the tagger's reading of the name as an
# organisation's (it reads unknown villages so as often as a person's) does not count against it.
_ARRIVED_JUST_BEFORE = re.compile(r"\b(?:came|went)\s+to\s+$")
# How the tagger may read a name arrived at: any way but as a time, a number or an amount.
_NOT_ARRIVED_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LAW", "EVENT"})


def _entered(text: str, start: int, end: int, doc: Doc) -> bool:
    """Whether text[start:end] is what troops entered, retook or overran ("entered X on Monday"),
    or came or went to (`_ARRIVED_JUST_BEFORE`): a settlement, however the tagger read the name,
    unless it read a body's or a building's ("entered Parliament"), the name owns what follows
    ("entered X's house") or is an acronym ("went to NATO")."""
    if text.startswith(("'s", "’s"), end) or text[start:end].isupper():
        return False
    arrived = _ARRIVED_JUST_BEFORE.search(text, max(0, start - 12), start) is not None
    if not arrived and _ENTERED_JUST_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(token.ent_type_ not in _NOT_ARRIVED_LABELS if arrived
                                    else token.ent_type_ in _ENTERED_LABELS for token in span)


def _containers_after(places: list[Place], text: str, end: int) -> list[Place]:
    """The places named just after text[:end] as where it lies ("X in Y province", "X, Y state")."""
    return [p for p in places if p.evidence and end < p.evidence.start <= end + UNKNOWN_NAME_SPAN
            and p.feature != "continent" and _CONTAINER_GAP.fullmatch(text, end, p.evidence.start) is not None]


def _unit_named_after(text: str, end: int) -> bool:
    """Whether a unit named by its unit word follows text[:end] as where it lies ("at X, in Y
    territory", "in X, Y district"), a unit the gazetteer may lack as the name before it."""
    gap = _CONTAINER_GAP.match(text, end)
    name = _SETTLEMENT_NAME.match(text, gap.end()) if gap is not None else None
    return name is not None and name.end() - end <= UNKNOWN_NAME_SPAN and (
        _DISTRICT_AFTER.match(text, name.end()) is not None or _ADMIN1_WORD_AFTER.match(text, name.end()) is not None)


# Between a landform and the region it lies in: "the X mountains of Y's Z region", "the X valley in Y".
_LANDFORM_CONTAINER_GAP = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?")


def _landform_containers(places: list[Place], text: str, end: int) -> list[Place]:
    """The place named just after a landform that ends at `end` as the region it lies in."""
    gap = _LANDFORM_CONTAINER_GAP.match(text, end)
    return [p for p in places if gap is not None and p.evidence and p.evidence.start == gap.end()
            and p.feature != "continent"]


def _same_name_as_settlements(places: list[Place]) -> list[Place]:
    """A name the resolver fell back on another place for ("from Nasir" read as the country),
    which the report calls a settlement or district of its own name elsewhere ("the village of
    Mading near Nasir"), is that settlement: one name, one place in one report."""
    named = {normalize(p.name): p for p in places if p.geonameid is None and p.evidence is not None
             and p.feature in LOCAL_FEATURES and normalize(p.name) == normalize(p.evidence.text)}
    if not named:
        return places
    return [replace(named[normalize(p.evidence.text)], evidence=p.evidence)
            if p.evidence is not None and normalize(p.evidence.text) in named
            and normalize(p.name) != normalize(p.evidence.text) and not _spelled_alike(p.evidence.text, p.name)
            else p for p in places]


def _unknown_settlement_name(text: str, start: int, end: int, doc: Doc, gazetteer: Gazetteer, called: bool,
                             countries: frozenset[str], near: bool) -> bool:
    """Whether text[start:end] may be a settlement the gazetteer lacks: not a name it knows in
    a country the article names (any country, if it names none), a month or a day, nor a
    building's, a body's or a unit's; the tagger's reading of it as a person's name counts only
    where the text does not call it a settlement (it reads most unknown names as people's), and
    its reading as a nationality only where the name follows no "near" and is not called a
    settlement, or is a demonym."""
    words = re.split(r"[ -]", text[start:end].lower())
    if len(words) > 4 or words[0] in where.MONTHS_AND_DAYS or any(w in _NOT_SETTLEMENT_WORDS for w in words):
        return False
    if start == 0 or text[start - 1] not in " \t":
        return False  # the sentence's first word, or a word joined to the one before
    if not called and re.search(r"['’]s\b", text[start:end]):
        return False  # "outside Shenk's Cafe in X": a business, whatever word follows the owner's name
    span = doc.char_span(start, end, alignment_mode="expand")
    refused = {"DATE", "TIME", "EVENT", "LAW"} | (set() if called else {"PERSON"})
    if not ((near or called) and gazetteer.country_for_demonym(text[start:end]) is None):
        refused.add("NORP")  # "near X", "the village of X", where X names no people: a place the tagger misread
    if span is not None and any(t.ent_type_ in refused for t in span):
        return False
    return not any(not countries or c.iso in countries for c in gazetteer.candidates(text[start:end]))


def _unknown_settlement(name: str, evidence: Span, container: Place | None, district: bool, landform: bool) -> Place:
    """The settlement, district or landform area `name` at `container`'s point (see
    `_with_unknown_settlements`); without a container, a place of no country yet, which the
    article's main place then locates. A landform is an area as a district is, but no
    administrative unit: its district is the container's, where that is one."""
    feature = "admin2" if district or landform else "city"
    if container is None:
        return Place(name=name, latitude=0.0, longitude=0.0, geo_precision=3, feature=feature, evidence=evidence,
                     admin2=name if district and not landform else "")
    local = container.feature in LOCAL_FEATURES
    return replace(container, name=name, feature=feature, geonameid=None, evidence=evidence,
                   geo_precision=max(container.geo_precision, 2 if feature == "city" else 3),
                   admin2=name if district and not landform else container.admin2 if local else "")


# A unit word of a first-level unit after a name: "X province", "X state", "X region".
_ADMIN1_WORD_AFTER = re.compile(r"\s+(?:province|state|region|governorate|oblast|prefecture|department)\b", re.IGNORECASE)


# "Kharkiv's ": the possessor just before a name.
_POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+$")
# A city this large is divided into districts of its own, which reports name by its possessive
# ("Kharkiv's X district"); a smaller provincial capital's possessive names its province's
# districts ("Mopti's X district").
DISTRICTED_CITY_POPULATION = 250_000


def _in_owning_cities(places: list[Place], text: str, gazetteer: Gazetteer) -> list[Place]:
    """A district the gazetteer lacks, named by the possessive of a large city that shares its
    province's name ("in Kharkiv's X district"), which the text read as the province's: a
    district of the city, at the city's point (precision 2), not at the province's middle."""
    return [_in_owning_city(p, text, gazetteer) for p in places]


def _in_owning_city(place: Place, text: str, gazetteer: Gazetteer) -> Place:
    if place.feature != "admin2" or place.geonameid is not None or place.evidence is None:
        return place
    owner = _POSSESSOR_BEFORE.search(text, max(0, place.evidence.start - 40), place.evidence.start)
    if owner is None or not _spelled_alike(owner.group(1), place.admin1):
        return place
    city = next((c for c in gazetteer.candidates(owner.group(1)) if c.feature == "city" and c.iso == place.iso
                 and c.admin1 == place.admin1 and c.population >= DISTRICTED_CITY_POPULATION), None)
    if city is None:
        return place
    return replace(place, latitude=city.latitude, longitude=city.longitude, geo_precision=2)


def _as_named_district(place: Place, name: str, gazetteer: Gazetteer) -> Place:
    """A district the gazetteer does not know ("a raid in X district"), which the resolver's
    fallback put at a town (the article's focus, or one the text names near it), at the state
    that owns it ("in Pattani's X district") or at the report's country: the district
    the report names, in that town's state, at the state's coordinates and region precision (3),
    not the town, which may lie far from it. A name the gazetteer knows for that town ("Kohat
    district" read as Kohat) keeps the town."""
    if _spelled_alike(name, place.name) or any(c.geonameid == place.geonameid for c in gazetteer.candidates(name)):
        return place
    state = next((c for c in gazetteer.candidates(place.admin1) if c.feature == "admin1" and c.iso == place.iso), None)
    latitude, longitude = (state.latitude, state.longitude) if state is not None else (place.latitude, place.longitude)
    return replace(place, name=name, feature="admin2", admin2=name, geonameid=None, geo_precision=3,
                   latitude=latitude, longitude=longitude)


SPELLING_SIMILARITY = 80  # rapidfuzz ratio of two names less their spaces: one name spelled two ways


def _spelled_alike(one: str, other: str) -> bool:
    from rapidfuzz import fuzz  # the gazetteer's own dependency

    return fuzz.ratio(normalize(one).replace(" ", ""), normalize(other).replace(" ", "")) >= SPELLING_SIMILARITY


def _in_named_states(places: list[Place], dateline: Place | None, gazetteer: Gazetteer) -> list[Place]:
    """A town read in a state the article never names, when a town of the same name lies in a
    state it does name (in its dateline or text), is that one: "Wilmington" in an article about
    Delaware is Delaware's."""
    named = {(p.iso, p.admin1) for p in places if p.feature == "admin1"}
    if dateline is not None:
        named.add((dateline.iso, dateline.admin1))
    if not named:
        return places
    return [_in_named_state(p, named, gazetteer) for p in places]


def _in_named_state(place: Place, named: set[tuple[str, str]], gazetteer: Gazetteer) -> Place:
    if place.feature != "city" or place.evidence is None or (place.iso, place.admin1) in named:
        return place
    candidates = gazetteer.candidates(place.name)
    if any(c.capital and c.geonameid == place.geonameid for c in candidates):
        return place  # a capital is named without its state ("Washington")
    namesakes = [c for c in candidates if c.feature == "city" and c.name == place.name and (c.iso, c.admin1) in named]
    if not namesakes:
        return place
    evidence = place.evidence
    return replace(_as_place(namesakes[0], evidence.text, 0, len(evidence.text)), evidence=evidence,
                   geo_precision=place.geo_precision)


def _main_place(places: Sequence[Place], doc: Doc, capitals: frozenset[int]) -> Place | None:
    """The place the article is mostly about: the most mentioned sub-country place of the article's
    own country (a qualifier such as the state in "Tulsa, Oklahoma" counts for the place it
    qualifies), else the country; ties go to the first named (the dateline)."""
    places = _coherent([p for p in places if is_location(p, doc)])
    # Someone's home town or a hospital's says little of where the article's event happened, nor
    # does the seat of those who tell it ("officials in the capital said": `_places_speaker`).
    places = [p for p in places if not is_incidental(p, doc) and not _places_speaker(p, doc)] or places
    # Nor does a bureau dateline whose lead names the scene apart from it (`_with_dateline_aside`).
    text = doc_text(doc)
    places = [p for p in places if not _is_bureau(p, places, doc, text, capitals)] or places
    qualified = _without_qualifiers(places, text)
    local = _local_first(qualified)
    if not local:
        return None
    counts = Counter(p.geonameid or p.name for p in local)
    top = max(local, key=lambda p: (counts[p.geonameid or p.name], FEATURE_RANK.get(p.feature, 6) == 0,
                                    -local.index(p)))
    return replace(top, geo_precision=3, evidence=None)


def _local_first(places: Sequence[Place]) -> list[Place]:
    """The places below country level (towns, counties, states), or all of them if none is."""
    return [p for p in places if p.feature not in {"country", "continent", "region"}] or list(places)


def _coherent(places: Sequence[Place]) -> list[Place]:
    """Without stray readings: a place that is the only one of its country in an article whose
    places mostly lie in one other country (a surname that is also a foreign town) is dropped."""
    countries = Counter(p.iso for p in places if p.iso)
    if not countries or countries.most_common(1)[0][1] < 3:
        return list(places)
    return [p for p in places if not p.iso or countries[p.iso] > 1]


def _without_qualifiers(places: Sequence[Place], text: str) -> list[Place]:
    """Drop a place that only qualifies the one named just before it ("Tulsa, Oklahoma",
    "Dayton, Ohio"), or only says where that one lies ("in X, north of Y", "in X, in Y district",
    "X, 40 km outside Y"): the event is in the first, and the second may have been read as a town."""
    kept = []
    for place in places:
        before = next((p for p in places if p is not place and p.evidence and place.evidence
                       and (0 < place.evidence.start - p.evidence.end <= 2 and _is_qualifier_gap(p, place)
                            or _locates(p, place, text))), None)
        if before is None:
            kept.append(place)
    return kept


# What lies between a place and another that says where it lies: "X, north of Y", "X, some 40 km
# south-east of the capital Y", "X, in Y district", "X near Y", "X, outside the city of Y".
_LOCATOR_GAP = re.compile(
    r",?\s+(?:in|near|outside"
    r"|(?:(?:about|some|around|nearly|roughly)\s+)?(?:[\d.,]+\s*(?:km|kilometers?|kilometres?|miles?)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    r"\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:(?:city|town|capital|district|province|state|region)\s+(?:of\s+)?)?",
    re.IGNORECASE)


def _locates(first: Place, second: Place, text: str) -> bool:
    """Whether `second`, named right after `first`, only says where `first` lies (see above): a
    town or region no finer than `first`, which is below country level and a place the gazetteer
    knows by the name the text gives it (not a region it lacks, which the resolver put at a town:
    "in Kordofan near the town of X" names the region and then the town)."""
    return first.evidence.end < second.evidence.start \
        and first.feature not in {"country", "continent", "region"} \
        and FEATURE_RANK.get(first.feature, 6) <= FEATURE_RANK.get(second.feature, 6) \
        and _LOCATOR_GAP.fullmatch(text, first.evidence.end, second.evidence.start) is not None \
        and _spelled_alike(first.evidence.text, first.name)


def _is_qualifier_gap(first: Place, second: Place) -> bool:
    gap_ok = first.evidence is not None and second.evidence is not None and \
        second.evidence.start - first.evidence.end in (1, 2)
    return gap_ok and FEATURE_RANK.get(first.feature, 6) <= FEATURE_RANK.get(second.feature, 6) + 2 and (
        second.feature in {"admin1", "country"} or (bool(first.admin1) and first.admin1 == second.admin1)
        or second.feature == "city")


def place_for(sentence: SpacySpan, trigger: Token, placing: ArticlePlaces) -> Place | None:
    """The place named in the trigger's own clause, the finest and nearest first; else any place
    in the sentence; else the article's main place (no evidence of its own, region precision).

    A place that only qualifies the one before it ("Tulsa, Oklahoma") or the one it possesses
    ("Marib's Sirwah district") is not a candidate, nor one people fled or were moved to ("fled
    towards the border with X": the sentence goes on telling the event where it happened), nor a
    place outside the article's own country when the sentence also names one inside it. A town
    the sentence names as one ("near the town of X", "the village of Y") goes before other
    places of the clause."""
    text = placing.text
    located = [p for p in placing.places if _told_in(p, sentence)
               and is_location(p, sentence.doc) and not _places_speaker(p, sentence.doc)
               and not _names_destination(p, text) and not _of_answered_act(p, text)]
    inside = _without_possessors(_without_qualifiers(located, text), text)
    coherent = _coherent([p for p in placing.places if is_location(p, sentence.doc)])
    home = [p for p in inside if p in coherent]
    if home or (inside and placing.main_place is not None and placing.main_place.iso):
        inside = home
    if not inside:
        # "struck a railway station in the city": the report's own city (`_the_city`); "in the
        # town's centre": the town named last before (`_town_before`); "in the state capital": its
        # dateline's (`_state_capital`); "In the capital, police detained ...": its country's.
        # The words are the place's evidence.
        for anaphor, meant in ((_THE_CITY, _city_called_before(sentence, placing) or placing.the_city),
                               (_THE_TOWN, _town_before(sentence, placing)),
                               (_THE_STATE_CAPITAL, placing.state_capital), (_THE_CAPITAL, placing.capital),
                               (_THE_AREA, _area_before(sentence, placing))):
            found = anaphor.search(sentence.text) if meant is not None else None
            if found is not None:
                start = sentence.start_char + found.start()
                return replace(meant, evidence=Span(start, start + len(found.group()), found.group()))
        return _main_place_so_far(sentence, placing)
    clause = claims_module.governing_verb(trigger) if trigger.pos_ != "VERB" else trigger
    scope = clause if clause is not None else trigger
    in_clause = {t.idx for t in scope.subtree}
    incidental = [is_incidental(p, sentence.doc) for p in inside]
    filed_from = _dateline_apart_from_homes(inside, incidental, sentence.doc, placing)
    if filed_from is not None:
        return filed_from
    if not any(p.feature in LOCAL_FEATURES and not aside for p, aside in zip(inside, incidental)):
        # Someone's home town is a better guess than the state alone ("two St. Louis County boys"),
        # but someone's home state is not ("a sheriff in Montana says a Colorado woman shot ...").
        incidental = [aside and p.feature not in LOCAL_FEATURES for p, aside in zip(inside, incidental)]
    incidental = _with_dateline_aside(inside, incidental, placing.text, placing.capital_datelines)
    if any(_of_closing_source(p, sentence.doc) for p, aside in zip(inside, incidental) if not aside):
        # "X (Reuters) - ..., said John Doe in Y": the source's town, not the bureau's.
        incidental = [aside or _in_dateline(p, text) for p, aside in zip(inside, incidental)]
    ranked = zip(incidental, inside)
    # A continent is no event's place where the sentence names anything finer ("mercenaries of
    # the Africa Corps who raided the village"), nor a road's end ("In X, youths blocked the Y road"). Nearness counts from the clause's verb: a noun
    # trigger ("shot during a robbery in X") reads the same clause as its verb would.
    place = min(ranked, key=lambda pair: (pair[0], pair[1].feature == "continent", _names_road(pair[1], text),
                                          pair[1].evidence.start not in in_clause,
                                          not named_as_settlement(pair[1], text),
                                          FEATURE_RANK.get(pair[1].feature, 6),
                                          abs(pair[1].evidence.start - scope.idx)))[1]
    # "kidnapped from a mine in the province of X were found near the town of Y": the town the
    # sentence names inside the unit it names is the finer place of the same event.
    towns = [p for aside, p in zip(incidental, inside)
             if not aside and _town_inside(p, place) and not _in_dateline(p, text)]
    if towns:
        place = min(towns, key=lambda p: abs(p.evidence.start - scope.idx))
    # The town of the hospital the wounded were taken to ("died at Springfield Memorial
    # Hospital") is only near the event: ACLED's precision 2, so the event's own county or
    # town, where another mention gives it, wins the merge.
    return replace(place, geo_precision=max(place.geo_precision, HOSPITAL_PRECISION)) \
        if _names_hospital(place, sentence.doc) else place


def _main_place_so_far(sentence: SpacySpan, placing: ArticlePlaces) -> Place | None:
    """The article's main place for a sentence that names none (`_main_place_before`): a sentence
    that goes on about an event ("Most of the dead were children") is about a place told before
    it, not the town of a later, separate event of the report."""
    current = [p for p in placing.places if not placing.in_background(p)]
    return _main_place_before(current, placing.main_place, sentence.end_char, sentence.doc, placing.capital_datelines)


def _main_place_before(places: Sequence[Place], main: Place | None, end: int, doc: Doc,
                      capitals: frozenset[int]) -> Place | None:
    """The article's main place `main` where the report has named it before `end`, else the main
    place of the places it has named by then (`main` where it has named none below a country's
    level, its dateline aside): a report tells its events in turn, and what it says before naming
    a later event's town is not about that town."""
    text = doc_text(doc)
    told = [p for p in places if p.evidence is not None and p.evidence.start < end]
    if main is None or any((p.geonameid or p.name) == (main.geonameid or main.name) for p in told):
        return main
    told = [p for p in _without_qualifiers(told, text) if not _in_dateline(p, text)]
    if not any(p.feature not in {"country", "continent", "region"} for p in told):
        return main
    return _main_place(told, doc, capitals) or main


def _dateline_apart_from_homes(inside: Sequence[Place], incidental: Sequence[bool], doc: Doc,
                               placing: ArticlePlaces) -> Place | None:
    """A local report's dateline town (`_local_dateline`) where every town or county the
    sentence names is someone's home ("shot John Doe, also of Springfield, in a parking lot",
    "SHELBYVILLE, Ind. --"): the report is filed from the town its event happened in, and a home
    is no place of the event. None where the sentence names another town, where its only towns
    are hospitals' (the hospital's town, at precision 2, leaves the merge a finer place), or
    where the dateline is one of those homes."""
    local = [(p, aside) for p, aside in zip(inside, incidental) if p.feature in LOCAL_FEATURES]
    if not local or not all(aside for _, aside in local) or all(_names_hospital(p, doc) for p, _ in local):
        return None
    filed_from = _local_dateline(placing)
    if filed_from is None or filed_from.feature not in LOCAL_FEATURES \
            or any((p.geonameid, p.name) == (filed_from.geonameid, filed_from.name) for p, _ in local):
        return None
    return filed_from


def _local_dateline(placing: ArticlePlaces) -> Place | None:
    """The town or county a local report is filed from: its dateline's ("SPRINGFIELD, Ill. --"),
    or the place the text names there when the gazetteer knows it only under another form
    ("PINE TOWNSHIP, Mich. --")."""
    if placing.dateline is not None:
        return placing.dateline
    found = _DATELINE.search(placing.text, 0, DATELINE_REACH)
    return next((p for p in placing.places if found is not None and p.evidence is not None
                 and p.evidence.start == found.start("name")), None)


# A town a road is named after or leads to: "blocked the X road", "the road to X".
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|motorway)\b")
_ROAD_BEFORE = re.compile(r"\b(?:road|highway|motorway|route)\s+(?:to|from|towards)\s+$")


def _names_road(place: Place, text: str) -> bool:
    """Whether the place only names a road ("the X road", "the road to X"): the road may run far
    from it, so another place the sentence names says better where the event is."""
    return _ROAD_AFTER.match(text, place.evidence.end) is not None \
        or _ROAD_BEFORE.search(text, max(0, place.evidence.start - 20), place.evidence.start) is not None


# How far from a region's point (a lake, a desert, a border area) a town may lie and be in it.
REGION_REACH_KM = 300.0


def near_region(town: Place, region: Place) -> bool:
    """Whether `town` lies in `region`, a region known only by a point ("on the shores of Lake
    X"): in its country, where it has one, and within `REGION_REACH_KM` of the point."""
    return (not region.iso or town.iso == region.iso) and km_between(town, region) <= REGION_REACH_KM


def _town_inside(town: Place, unit: Place) -> bool:
    """Whether `town` is a town lying in `unit`, a first- or second-level unit."""
    return town.feature == "city" and unit.feature in {"admin1", "admin2"} and bool(town.admin1) \
        and (town.iso, town.admin1) == (unit.iso, unit.admin1) \
        and (unit.feature == "admin1" or town.admin2 in {"", unit.admin2})


# A possessive naming the region a place lies in: "Marib's Sirwah district", "Syria's southern Sweida".
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}$")


# Speakers whose place is their jurisdiction, where the events they tell happen ("A sheriff in
# central Wyoming says ...").
_JURISDICTION_NOUNS = frozenset({
    "sheriff", "police", "deputy", "officer", "chief", "coroner", "prosecutor", "attorney", "trooper", "marshal",
    "investigator", "detective", "authority", "department", "office", "constable", "commander",
})


def _places_speaker(place: Place, doc: Doc) -> bool:
    """Whether the place only says where the one who tells the event is ("A local official in
    Bol told Reuters that ...", "a rights group in X said"): the speaker, not the event, is there.
    Not a sheriff's or a police officer's (`_JURISDICTION_NOUNS`), even named by its title
    ("said regional police commander John Doe in X"), nor that of a person named in an attribution
    closing the sentence ("..., said John Doe in X"): a report names a source's town so only
    where its events are there, and the dateline before it is only the bureau's."""
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in {"in", "from", "at"} or preposition.dep_ != "prep":
        return False
    speaker = preposition.head
    if speaker.dep_ != "nsubj" or speaker.head.lemma_.lower() not in claims_module.SPEECH_LEMMAS \
            or _closing_source(speaker):
        return False
    titles = [speaker, *(t for t in speaker.children if t.dep_ in {"compound", "appos"})]
    return not any(t.lemma_.lower() in _JURISDICTION_NOUNS for t in titles)


def _closing_source(speaker: Token) -> bool:
    """A person named after the speech verb, in the attribution closing a sentence ("..., said John Doe")."""
    return _is_person(speaker) and speaker.head.i < speaker.i


def _of_closing_source(place: Place, doc: Doc) -> bool:
    """Whether the place says where the person named in the sentence's closing attribution is
    ("..., said John Doe in X"): where the report puts its events (`_places_speaker`)."""
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    preposition = root.head
    return root.dep_ == "pobj" and preposition.lower_ in {"in", "from", "at"} and preposition.dep_ == "prep" \
        and preposition.head.dep_ == "nsubj" and preposition.head.head.lemma_.lower() in claims_module.SPEECH_LEMMAS \
        and _closing_source(preposition.head)


def _without_possessors(places: Sequence[Place], text: str) -> list[Place]:
    """Drop a place that only says whose a place named right after it is ("in Marib's Sirwah
    district", "North Kivu's Lubero territory"): the event is in the possessed, finer one."""
    return [place for place in places if not any(
        other is not place and other.evidence.start > place.evidence.end
        and _POSSESSIVE_AFTER.fullmatch(text, place.evidence.end, other.evidence.start)
        for other in places)]


def named_as_settlement(place: Place, text: str) -> bool:
    """Whether the text names the place as a town or village ("near the town of X", "the village of Y")."""
    return place.feature == "city" and read_cues(text, place.evidence.start, place.evidence.end).settlement


HOSPITAL_PRECISION = 2  # ACLED: near the named town


# Whom a place can describe as their home ("a Springfield man", "John Doe, of Springfield").
_RESIDENT_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "teen", "teenager", "youth", "child", "toddler", "baby", "resident", "native",
    "couple", "family", "student", "mother", "father", "son", "daughter", "husband", "wife", "victim", "person",
    "people", "men", "women", "homeowner", "motorist", "driver", "farmer",
})
# Where the wounded are taken for care ("Mercy Hospital", "a hospital in Springfield").
_CARE_NOUNS = frozenset({"hospital", "clinic", "infirmary"})
_CARE_QUALIFIERS = frozenset({"medical", "trauma", "health", "burn"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


# A name heading the title of the court, prosecutor or jail that takes the case on ("the Shelby
# County District Attorney's Office", "the Shelby County Jail"): these serve a whole county or
# region, and a report names them after the event. The tagger may have kept the title's first
# word with the name ("Shelby County District").
_AFTERMATH_TITLE_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z][\w'’]*\s+){0,2}(?:Attorney|Prosecutor|Court|Courthouse|Jail|Detention|Correctional)\b")
# A name in a newspaper's title ("the New York Times", "the Springfield Daily Herald", "the Fort
# Worth Star-Telegram", "the Springfield Journal-Constitution", "the Daily Nation", "China Daily"):
# where the paper is published, not where what it reports happened.
# The title ends at its last word ("the Bannu Press Club", "the Kabul Star Hotel" are no papers),
# and a post or station of the forces is none ("the Rafah Border Post").
_NEWSPAPER_TITLE_AFTER = re.compile(
    r"(?:[\s-]+(?!(?:Border|Police|Army|Military|Observation|Checkpoint)\b)[A-Z][\w'’]*){0,2}?[\s-]+"
    r"(?:Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Courier|Sentinel|Observer|Enquirer|Inquirer|Examiner|"
    r"Telegram|Telegraph|Globe|Dispatch|Register|Bulletin|Daily|Mail|Star|Standard|Monitor|Advocate|Press|Record|"
    r"Mirror|Ledger|Statesman|News|Constitution)\b(?![\s-]+[A-Z])")
_NEWSPAPER_TITLE_BEFORE = re.compile(r"\bDaily\s+$")


def is_incidental(place: Place, doc: Doc) -> bool:
    """A place a sentence names for something other than where its event happened: someone's
    home ("a 22-year-old Springfield man", "Jane Roe, of Springfield"), the hospital the
    wounded were taken to (`_names_hospital`), or a court, jail or newspaper named after it."""
    text = doc_text(doc)
    if read_cues(text, place.evidence.start, place.evidence.end).institution:
        return False  # "Springfield Police Chief John Doe": the town's own police
    if _names_struck_care(place, doc):
        return False
    if _names_home(place, doc, text) or _AFTERMATH_TITLE_AFTER.match(text, place.evidence.end) \
            or _names_destination(place, text):
        return True
    found = _name_and_noun(place, doc)
    if found is None:
        return False
    root, noun = found
    if _is_care_place(root, noun):
        return True
    if noun.i != root.i and (noun.lemma_.lower() in _RESIDENT_NOUNS or _is_person(noun)):
        return True
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ != "of" or _townsfolk_acting(preposition.head) \
            or _townsfolk_struck(preposition.head):
        return False
    return preposition.head.lemma_.lower() in _RESIDENT_NOUNS or _is_person(preposition.head)


# A town's people as a group: "Residents of X barricaded the main road" act in their own town.
_TOWNSFOLK_NOUNS = frozenset({"resident", "people", "villager", "inhabitant", "townspeople"})


# How many of a town's people act: "Hundreds of residents of X marched".
_CROWD_NOUNS = frozenset({"hundred", "dozen", "thousand", "score", "group", "crowd"})


def _townsfolk_acting(noun: Token) -> bool:
    """Whether `noun` is a town's people as a group ("residents", "villagers") doing the
    sentence's act ("Residents of X blocked the road", "Hundreds of residents of X marched") or
    telling it ("Residents of X said a drone struck the market there"): what a town's people tell
    as a group is what they saw at home, where a sentence names no other place for it."""
    if noun.lemma_.lower() not in _TOWNSFOLK_NOUNS or noun.tag_ != "NNS":
        return False
    subject = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.like_num or noun.head.head.lemma_.lower() in _CROWD_NOUNS):
        subject = noun.head.head
    return subject.dep_ == "nsubj" and subject.head.pos_ == "VERB"


def _townsfolk_struck(noun: Token) -> bool:
    """Whether `noun` is a town's people as a whole, uncounted, whom the sentence's act strikes
    ("opened fire on residents of X", "attacked villagers of X"): they were at home, in X. Not a
    count of them ("killed two residents of X in Y": people from X, struck wherever Y is)."""
    if noun.lemma_.lower() not in _TOWNSFOLK_NOUNS or noun.tag_ != "NNS" \
            or any(child.dep_ == "nummod" for child in noun.children):
        return False
    return (noun.dep_ == "dobj" and noun.head.pos_ == "VERB") or (
        noun.dep_ == "pobj" and noun.head.lower_ in {"on", "at"} and noun.head.head.pos_ == "VERB")


# Where people fled or were moved to ("families had fled towards X", "were evacuated to X", "fled
# towards the border with X"): not where the event that drove them happened.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:fled|flee|fleeing|escaped|displaced|evacuated|relocated)\s+(?:[\w-]+\s+){0,3}?(?:to|towards?|into)\s+"
    r"(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:town|city|village|capital)\s+(?:of\s+)?|(?:border|frontier)\s+with\s+)?$",
    re.IGNORECASE)
# "residents who had fled to X burned tyres": the people the sentence tells of are in X now.
_WHO_BEFORE = re.compile(r"\bwho\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE)


def _names_destination(place: Place, text: str) -> bool:
    """Whether the place is one people fled or were moved to (`_DESTINATION_BEFORE`), not one
    where those who fled there act ("residents who had fled to X burned tyres")."""
    found = _DESTINATION_BEFORE.search(text, max(0, place.evidence.start - 60), place.evidence.start)
    return found is not None and _WHO_BEFORE.search(text, max(0, found.start() - 20), found.start()) is None


# "in response to missile attacks on X", "in retaliation for a raid in X": the act an event
# answers, told with its own place.
_ANSWERED_BEFORE = re.compile(r"\bin\s+(?:response|retaliation|reprisal|revenge)\s+(?:to|for)\s+[^.;:,()\"“”]{0,60}$",
                              re.IGNORECASE)


def _of_answered_act(place: Place, text: str) -> bool:
    """Whether the place is that of the act the sentence's event answers (`_ANSWERED_BEFORE`):
    "struck the port in response to missile attacks on X" happened at the port, not in X."""
    return _ANSWERED_BEFORE.search(text, max(0, place.evidence.start - 90), place.evidence.start) is not None


_CARE_BEFORE = re.compile(r"\b(?:hospital|clinic|infirmary|medical cent(?:er|re))\s+(?:in|at)\s+$", re.IGNORECASE)
# People away from home, named by where they come from: "shot dead seven passengers from X
# province", "pilgrims from X": the victims' origin, not where they were attacked.
_TRAVELLERS_FROM_BEFORE = re.compile(
    r"\b(?:passengers|travell?ers|pilgrims|migrants|(?:migrant\s+|farm\s+|construction\s+)?workers|labou?rers|tourists"
    r"|truck\s+drivers|lorry\s+drivers)\s+from\s+(?:the\s+)?(?:[a-z-]+\s+)?$", re.IGNORECASE)
HOME_NOUN_AFTER = re.compile(rf"(?:-area)?\s+(?:{'|'.join(sorted(_RESIDENT_NOUNS))})\b")


def _names_home(place: Place, doc: Doc, text: str) -> bool:
    """Someone's home or hospital by the words alone, for a sentence the fast path did not parse:
    the name before a resident noun ("a Springfield man"), after a named person's "of"/"from",
    with their age or "also" between ("John Doe, 22, of Springfield", "Jane Roe, also of
    Springfield"), or after "hospital in"."""
    if HOME_NOUN_AFTER.match(text, place.evidence.end) or _CARE_BEFORE.search(
            text, max(0, place.evidence.start - 40), place.evidence.start) \
            or _TRAVELLERS_FROM_BEFORE.search(text, max(0, place.evidence.start - 50), place.evidence.start):
        return True
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].lower_ not in {"of", "from"}:
        return False
    before = [t for t in doc[max(0, span.start - 5) : span.start - 1]
              if not t.is_punct and not t.like_num and t.lower_ != "also"]
    return bool(before) and before[-1].ent_type_ == "PERSON"


def _names_hospital(place: Place, doc: Doc) -> bool:
    """The place names the hospital the wounded were taken to ("Springfield Memorial Hospital",
    "a hospital in Springfield", or "Saint Mary Hospital" read as a place itself), by the parse
    or, where the parse hangs the name elsewhere ("was flown to the X Medical Center in
    Springfield"), by the words before it (`_CARE_BEFORE`)."""
    if _names_struck_care(place, doc):
        return False
    if _CARE_BEFORE.search(doc_text(doc), max(0, place.evidence.start - 40), place.evidence.start):
        return True
    found = _name_and_noun(place, doc)
    return found is not None and _is_care_place(*found)


# What a hospital the event struck is to its verb: what it acts on ("shelled a hospital in X"),
# or the subject of a passive ("a clinic in X was bombed").
_TARGET_DEPS = frozenset({"dobj", "nsubjpass"})


def _names_struck_care(place: Place, doc: Doc) -> bool:
    """Whether the place is that of a hospital or clinic the event itself struck (`_TARGET_DEPS`,
    or what an act is on: "a strike on a hospital in X"): the scene, not where the wounded were
    taken."""
    if not _CARE_BEFORE.search(doc_text(doc), max(0, place.evidence.start - 40), place.evidence.start):
        return False  # no "hospital in", "clinic at" just before the name
    found = _name_and_noun(place, doc)
    if found is None:
        return False
    root = found[0]
    if root.dep_ != "pobj" or root.head.lower_ not in {"in", "at"} or not _is_care(root.head.head):
        return False
    care = root.head.head
    return (care.dep_ in _TARGET_DEPS and care.head.pos_ == "VERB") or (
        care.dep_ == "pobj" and care.head.lower_ == "on" and care.head.head.pos_ in {"NOUN", "VERB"})


def _name_and_noun(place: Place, doc: Doc) -> tuple[Token, Token] | None:
    """The root of a place's evidence and the noun the name modifies ("a 22-year-old
    Springfield [man]", "Springfield Memorial [Hospital]"), the root itself if none."""
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = token = span.root
    while token.dep_ in _MODIFIER_DEPS and token.head.i != token.i:
        token = token.head
    return root, token


def _is_care_place(root: Token, noun: Token) -> bool:
    """A name that is, or modifies, a hospital, or the place "a hospital in/at" names."""
    return _is_care(noun) or (root.dep_ == "pobj" and root.head.lower_ in {"in", "at"} and _is_care(root.head.head))


# What follows a dateline's town: its state, the outlet's call sign, then a dash
# ("CHICAGO (AP) —", "SPOKANE, Wash. --").
_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][\w. ]{0,15}?)?\)?\s*(?:\([\w .]+\)\s*)?(?:—|–|--|-)\s")


def _with_dateline_aside(places: list[Place], incidental: list[bool], text: str,
                         capitals: frozenset[int]) -> list[bool]:
    """A sentence opening with a dateline that calls another town of the dateline's state a
    suburb or puts the event near it ("in forests near X"), or names a town or state of another
    state as one ("the town of X", "X state", "X's Y province"), tells an event there ("CHICAGO
    (AP) — A man was shot in south suburban Oak Lawn", "KANO, Nigeria (Reuters) – Gunmen raided
    a village in Zamfara state"): the dateline
    only says where the report was filed, so it is incidental too. A town of the dateline's state
    named without that word may be a part of the dateline's city the gazetteer lists as a town,
    and one of another state named bare may be a namesake of a town the report does not mean."""
    filed = [_in_dateline(p, text) for p in places]
    scenes = [p for p, aside, dated in zip(places, incidental, filed)
              if p.feature in _SCENE_FEATURES and not aside and not dated]
    return [aside or (dated and any(_names_scene_apart(t, p, text, p.geonameid in capitals) for t in scenes))
            for p, aside, dated in zip(places, incidental, filed)]


def _is_bureau(place: Place, places: Sequence[Place], doc: Doc, text: str, capitals: frozenset[int]) -> bool:
    """Whether `place` is a dateline whose sentence names the event's scene apart from it (the
    lead's sentence, where the parser split the dateline off as a sentence of its own)."""
    if place.evidence is None or not _in_dateline(place, text):
        return False
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    sentence = span.sent
    if sentence.end < len(doc) and _DATELINE_TAIL.fullmatch(text[place.evidence.end : sentence.end_char] + " "):
        sentence = doc[sentence.end].sent
    end = sentence.end_char
    return any(_names_scene_apart(p, place, text, place.geonameid in capitals) for p in places
               if p.evidence is not None and place.evidence.end < p.evidence.start < end
               and p.feature in _SCENE_FEATURES)


def _names_scene_apart(scene: Place, dateline: Place, text: str, capital: bool) -> bool:
    """Whether `scene` is named as the event's place rather than the dateline (see above). A
    national capital's dateline is a wire bureau's: a lead naming a town or state of any other
    state, however it names it ("on the outskirts of El Fasher"), tells an event there. A
    district of the dateline's own state named as one ("in the forests of X's Y district", "in
    the Y municipality") is the scene too: a state capital's dateline is the bureau's as well."""
    cues = read_cues(text, scene.evidence.start, scene.evidence.end)
    if (scene.iso, scene.admin1) == (dateline.iso, dateline.admin1):
        return scene.feature in LOCAL_FEATURES and (cues.district or _DISTRICT_AFTER.match(text, scene.evidence.end) or _SUBURB_BEFORE.search(
            text, max(0, scene.evidence.start - 40), scene.evidence.start) is not None
            or scene.feature == "city" and scene.geonameid is not None and km_between(scene, dateline) > _PART_OF_TOWN_KM)
    if capital:
        return True
    return cues.settlement or cues.admin


# Beyond this a town the gazetteer lists is no part of the dateline's city it may be filed from.
_PART_OF_TOWN_KM = 40.0


_SUBURB_BEFORE = re.compile(r"\bsuburban\s+$|\b(?:near|(?:outskirts|(?:area|suburb)s?)\s+of)\s+$", re.IGNORECASE)
# The places a lead can name as an event's scene apart from its dateline: a town, a county, a state.
_SCENE_FEATURES = LOCAL_FEATURES | {"admin1"}


def _in_dateline(place: Place, text: str) -> bool:
    """Whether the place is named as a dateline, opening one of the text's first lines."""
    start = place.evidence.start
    line = text.rfind("\n", 0, start) + 1
    return start < DATELINE_REACH and re.fullmatch(r"\W{0,3}", text[line:start]) is not None and \
        _DATELINE_TAIL.match(text, place.evidence.end) is not None


def _is_care(token: Token) -> bool:
    """A hospital: "hospital", "clinic", or a "Medical Center" / "Trauma Center"."""
    lemma = token.lemma_.lower()
    return lemma in _CARE_NOUNS or (lemma == "center" and any(
        child.lemma_.lower() in _CARE_QUALIFIERS for child in token.children if child.dep_ in _MODIFIER_DEPS))


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN"


# A possessive naming what a government asks, decides or sends ("Maputo's request", "Kyiv's
# forces", "at Kinshasa's invitation"), read by its words: the fast path leaves sentences unparsed.
_STANDS_FOR_GOVERNMENT = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:request|behest|invitation|approval|consent|permission|blessing|insistence|urging"
    r"|decision|demands?|policy|backing|support|allies|ally|envoys?|ambassadors?|government|regime"
    r"|army|military|forces|troops|navy|air\s+force)\b", re.IGNORECASE)


# A capital asked to act, standing for its government: "to demand that X stop the strikes",
# "urged X to withdraw", "called on X to act".
_ADDRESSED_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?)\s+(?:that\s+)?$")
_ADDRESSED_AFTER = re.compile(r"\s+[a-z]")
# A place accused or blamed, standing for its government: "accused X of sheltering", "blamed X for".
_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+$")
_ACCUSED_AFTER = re.compile(r"\s+(?:of|for)\b")
# A state that arms or pays for a force: "gangs backed by X", "rebels supported by X".
_BACKER_BEFORE = re.compile(r"\b(?:backed|supported|armed|funded|sponsored)\s+by\s+$")


# A place heading the name of an armed force ("the Assam Rifles", "the Punjab Regiment", "the
# Sindh Rangers") or of an armed group or party ("the Kurdistan Workers' Party", "the Tigray
# People's Liberation Front", "the X New Generation Cartel"): the force is named after it, and
# may be posted or fight anywhere.
_FORCE_NAME_AFTER = re.compile(r"\s+(?:Rifles|Regiment|Rangers|Corps|Brigade|Battalion|Legion|Light\s+Infantry"
                               r"|(?:[A-Z][\w'’]*\s+){0,3}(?:Party|Front|Movement|Army|Cartel)\b)\b")


# A country heading a national body's title ("the Freedonia National Commission on Human Rights",
# "the Freedonia Red Cross Society"): the body speaks for the whole country, wherever its event is.
_BODY_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’]*\s+){0,3}(?:Commission|Council|Committee|Society|Association"
                              r"|Federation|Institute|Authority|Agency|Bureau|Foundation|Organi[sz]ation|Network"
                              r"|Coalition)\b")


# "a Red Sea port", "a key Black Sea port", "an Adriatic island": a sea or a region heading a noun
# for a settlement after "a" says what kind of place that is; the settlement lies where the
# sentence or the report names it ("in western Yemen", "at the port of X"), not at the sea's point.
_A_KIND_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
_SETTLEMENT_NOUN_AFTER = re.compile(r"\s+(?:port|harbou?r|town|city|village|island|resort)\b")


def _names_a_kind(place: Place, text: str) -> bool:
    """Whether the place's name only says what kind of settlement the noun after it is (above)."""
    return _SETTLEMENT_NOUN_AFTER.match(text, place.evidence.end) is not None \
        and _A_KIND_BEFORE.search(text, max(0, place.evidence.start - 25), place.evidence.start) is not None


def names_newspaper(place: Place, text: str) -> bool:
    """Whether the place's name is part of a newspaper's title (`_NEWSPAPER_TITLE_AFTER`)."""
    return _NEWSPAPER_TITLE_AFTER.match(text, place.evidence.end) is not None \
        or _NEWSPAPER_TITLE_BEFORE.search(text, max(0, place.evidence.start - 10), place.evidence.start) is not None


def is_location(place: Place, doc: Doc) -> bool:
    """Not a demonym ("Ukrainian officials"), not a capital speaking for its government
    ("Moscow said") and not a country naming whose forces or policy a noun is ("US air strikes",
    "the US military", "Israel's army said": the strikes' target is where the event is), nor a
    place whose government's act or arm a possessive names ("at Maputo's request", "Kyiv's
    forces"), nor one asked to act ("demand that Baghdad stop the strikes": `_ADDRESSED_BEFORE`)
    or backing a force ("gangs backed by Belgrade": `_BACKER_BEFORE`), or accused of something
    ("accused Kabul of sheltering militants": `_ACCUSED_BEFORE`):
    the place stands for its government there, and the event may be far from it. Nor
    a name in a newspaper's title ("according to the New York Times": `names_newspaper`), an
    armed force's or group's ("the Assam Rifles", "the Kurdistan Workers' Party": `_FORCE_NAME_AFTER`)
    or a country's national body's (`_BODY_NAME_AFTER`)."""
    if place.evidence is None:
        return False
    if place.evidence.text.lower() in country_tables()[2]:
        return False
    text = doc_text(doc)
    if names_newspaper(place, text) or place.feature == "region" and _names_a_kind(place, text):
        return False
    if _STANDS_FOR_GOVERNMENT.match(text, place.evidence.end) or _FORCE_NAME_AFTER.match(text, place.evidence.end) \
            or place.feature == "country" and _BODY_NAME_AFTER.match(text, place.evidence.end):
        return False
    if _ADDRESSED_AFTER.match(text, place.evidence.end) \
            and _ADDRESSED_BEFORE.search(text, max(0, place.evidence.start - 20), place.evidence.start) \
            or _BACKER_BEFORE.search(text, max(0, place.evidence.start - 20), place.evidence.start) \
            or _ACCUSED_AFTER.match(text, place.evidence.end) \
            and _ACCUSED_BEFORE.search(text, max(0, place.evidence.start - 12), place.evidence.start):
        return False
    span = doc.char_span(place.evidence.start, place.evidence.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if place.feature == "country" and (
            (root.dep_ in {"compound", "amod"} and root.head.pos_ == "NOUN")
            or (root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"})):
        return False  # "Russia's defence ministry said ...": whose ministry, not where
    # A dateline ("SPRINGFIELD — A man was shot ..., police said") is where the report is filed
    # from, whatever the parser makes of the bare name opening the text (the speech verb's subject).
    return not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in claims_module.SPEECH_LEMMAS
                and not _in_dateline(place, text))
