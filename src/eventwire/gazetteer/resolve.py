"""Rank gazetteer candidates for the toponyms of one article, jointly.

A bare name is ambiguous ("Alexandria", "Georgia"); the article usually settles it. The score of
a candidate adds a size prior (population, feature class, how the name matched) to what the text
says: a container after a comma ("Macon, Ga."), a cue ("the X region", "the town of X"), the
countries and admin1 units the other toponyms resolve to, and distance to the other places.
Resolution runs twice, so confident places (countries, "X, Y" pairs) steer the ambiguous ones.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from eventwire.gazetteer import Candidate, Gazetteer
from eventwire.gazetteer.distance import haversine_km
from eventwire.gazetteer.context import Cues, read_cues
from eventwire.gazetteer.names import normalize, strip_admin_suffix

FEATURE_PRIOR = {"continent": 3.0, "country": 3.0, "admin1": 1.5, "region": 1.0, "admin2": -0.5, "city": 0.0}
KIND_PRIOR = {0: 0.0, 1: -1.5, 2: -1.5}
CAPITAL_BONUS = 2.5
CONTAINED_BONUS = 6.0
CUE_BONUS = 3.0
SAME_COUNTRY_BONUS = 2.0
NAMED_ADMIN1_BONUS = 5.0
SAME_ADMIN1_BONUS = 0.5
NEARBY_BONUS = 1.0
NEARBY_KM = 250.0
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


def candidates_for(name: str, cues: Cues, gazetteer: Gazetteer) -> tuple[list[Candidate], bool]:
    """Candidates for a name, widening step by step; the flag says they came from a demonym."""
    name = clean_name(name)
    demonym = gazetteer.country_for_demonym(name)
    country = gazetteer.country(demonym[0]) if demonym else None
    if country is not None:
        # "Canadian", "German": a nationality word means the country, not a village named so.
        return [country], True
    found = list(gazetteer.candidates(name))
    if cues.admin or not found:
        found += _admin_candidates(name, found, gazetteer)
    elif found:
        found = _without_namesake_units(found)
    for widen in (_direction_stripped, _generic_stripped):
        if not found:
            found = widen(name, gazetteer)
    if not found and len(normalize(name)) >= 5 and name[:1].isupper():
        found = gazetteer.fuzzy_candidates(name)
    return _deduplicate(found)[:MAX_CANDIDATES], False


def _without_namesake_units(found: list[Candidate]) -> list[Candidate]:
    """Drop an admin unit named after a big city inside it ("Moscow" the federal city, "Paris"
    the department) unless the text says "region": a bare name means the city."""
    cities = [c for c in found if c.feature == "city"]

    def namesake(unit: Candidate) -> bool:
        return any(
            city.iso == unit.iso
            and city.kind == 0
            and (city.admin1 == unit.name if unit.feature == "admin1" else city.admin2 == unit.name)
            and city.population >= 0.2 * unit.population
            for city in cities
        )

    return [c for c in found if c.feature not in ("admin1", "admin2") or not namesake(c)]


_GENERIC_WORDS = {"river", "lake", "valley", "township", "park", "station", "island", "islands", "creek",
                  "county", "co", "borough", "village", "city", "mountain", "mount", "bay", "beach", "heights"}


def _generic_stripped(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """"Neches River", "Readington Township", "Lake Vermont": fall back to the named place,
    which lies within the 161 km that matter far more often than not."""
    words = name.split()
    if len(words) < 2:
        return []
    if normalize(words[-1]) in _GENERIC_WORDS:
        rest = " ".join(words[:-1])
    elif normalize(words[0]) in _GENERIC_WORDS:
        rest = " ".join(words[1:])
    else:
        return []
    return [Candidate(**{**c.__dict__, "kind": 2}) for c in gazetteer.candidates(rest)]


def _admin_candidates(name: str, found: list[Candidate], gazetteer: Gazetteer) -> list[Candidate]:
    """For "X region": admin units named X (suffix stripped) and the admin1 around city X."""
    extra = list(gazetteer.candidates(strip_admin_suffix(name)))
    for city in [c for c in found + extra if c.feature == "city"][:5]:
        unit = gazetteer.admin1(city.iso, city.admin1)
        if unit is not None and (_shares_stem(unit.name, city.name) or city.population >= 0.1 * unit.population):
            extra.append(Candidate(**{**unit.__dict__, "population": max(unit.population, city.population)}))
    return extra


def _shares_stem(unit: str, city: str) -> bool:
    """"Belgorodskaya" and "Belgorod" share a stem: oblasts are named after their capitals."""
    unit_key, city_key = normalize(unit), normalize(city)
    stem = min(len(city_key), 5)
    return len(city_key) >= 4 and unit_key[:stem] == city_key[:stem]


def _direction_stripped(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """"Eastern Ukraine" -> Ukraine, when the whole phrase names no place itself."""
    words = name.split()
    directions = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
                  "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"}
    if len(words) > 1 and words[0].lower() in directions:
        return list(gazetteer.candidates(" ".join(words[1:])))
    return []


def _deduplicate(found: list[Candidate]) -> list[Candidate]:
    best: dict[int, Candidate] = {}
    for candidate in found:
        if candidate.id not in best or candidate.kind < best[candidate.id].kind:
            best[candidate.id] = candidate
    return sorted(best.values(), key=lambda c: (-c.population, c.id))


def prior(candidate: Candidate) -> float:
    """How likely a bare mention means this place, before the article says anything."""
    score = math.log10(candidate.population + 10) + FEATURE_PRIOR.get(candidate.feature, 0.0)
    return score + KIND_PRIOR.get(candidate.kind, -1.5) + (CAPITAL_BONUS if candidate.capital else 0.0)


def cue_score(candidate: Candidate, cues: Cues) -> float:
    if cues.admin and candidate.feature in ("admin1", "admin2", "region"):
        return CUE_BONUS
    if cues.settlement and candidate.feature == "city":
        return CUE_BONUS
    return 0.0


@dataclass
class ArticleContext:
    """What the article's other toponyms currently resolve to, for coherence bonuses."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    named_admin1s: Counter = field(default_factory=Counter)
    points: list[tuple[int, float, float]] = field(default_factory=list)

    def add(self, index: int, place: Candidate) -> None:
        self.countries[place.iso] += 1
        if place.feature == "admin1":
            self.named_admin1s[(place.iso, place.name)] += 1
        elif place.admin1:
            self.admin1s[(place.iso, place.admin1)] += 1
        if place.feature in ("city", "admin2"):
            self.points.append((index, place.latitude, place.longitude))


def context_score(candidate: Candidate, own: Candidate | None, index: int, context: ArticleContext) -> float:
    """Bonuses for agreeing with the other toponyms (the mention's own current pick excluded)."""
    own_iso = own.iso if own else None
    countries = context.countries[candidate.iso] - (1 if own_iso == candidate.iso else 0)
    score = SAME_COUNTRY_BONUS if candidate.iso and countries > 0 else 0.0
    if candidate.admin1 and candidate.feature in ("city", "admin2"):
        key = (candidate.iso, candidate.admin1)
        if context.named_admin1s[key] > 0:
            score += NAMED_ADMIN1_BONUS
        elif context.admin1s[key] - (1 if own and own.feature != "admin1" and (own.iso, own.admin1) == key else 0) > 0:
            score += SAME_ADMIN1_BONUS
    if candidate.feature in ("city", "admin2") and any(
        other != index and haversine_km(candidate.latitude, candidate.longitude, lat, lon) < NEARBY_KM
        for other, lat, lon in context.points
    ):
        score += NEARBY_BONUS
    return score


def container_place(cues: Cues, gazetteer: Gazetteer) -> Candidate | None:
    """The country or admin1 named after the comma in "X, Y", if any."""
    for option in cues.containers:
        for candidate in gazetteer.candidates(clean_name(option)):
            if candidate.feature in ("country", "admin1", "admin2"):
                return candidate
    return None


def contained_score(candidate: Candidate, container: Candidate | None) -> float:
    if container is None or candidate.id == container.id or candidate.iso != container.iso:
        return 0.0
    if container.feature == "country":
        return CONTAINED_BONUS
    if container.feature == "admin1" and candidate.admin1 == container.name:
        return CONTAINED_BONUS
    if container.feature == "admin2" and candidate.admin2 == container.name:
        return CONTAINED_BONUS
    return 0.0


def resolve_mentions(mentions: list[Mention], gazetteer: Gazetteer, rounds: int = 2) -> list[Resolution | None]:
    """Resolve every mention of one article; None where the gazetteer knows no such place."""
    options = [candidates_for(m.text, m.cues, gazetteer) for m in mentions]
    static = [
        [prior(c) + cue_score(c, m.cues) + contained_score(c, container_place(m.cues, gazetteer)) for c in found]
        for m, (found, _) in zip(mentions, options)
    ]
    picks = [_best(found, scores) for (found, _), scores in zip(options, static)]
    for _ in range(rounds):
        context = ArticleContext()
        for index, pick in enumerate(picks):
            if pick is not None:
                context.add(index, pick[0])
        picks = [
            _best(found, [s + context_score(c, pick[0] if pick else None, i, context) for c, s in zip(found, scores)])
            for i, ((found, _), scores, pick) in enumerate(zip(options, static, picks))
        ]
    return [
        Resolution(m, pick[0], pick[1], via_demonym) if pick else None
        for m, pick, (_, via_demonym) in zip(mentions, picks, options)
    ]


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
    first = resolve_mentions(mentions, gazetteer)[0]
    return first.place if first else None
