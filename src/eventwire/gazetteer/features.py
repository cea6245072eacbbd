"""What the article says for or against each candidate place, as numbers for the ranker.

A bare name is ambiguous ("Dublin", "Paris", "Henry County"); the article usually settles it.
Each candidate of each toponym gets one feature vector: its size prior (population, feature
class, how the name matched), the cues around the mention ("X, Y", "the X region"), whether the
names of its containers occur in the text, and how well it agrees with the *other* toponyms of
the article — softly with every candidate they have (first pass), then with what they were
resolved to (second pass). The weights come from `ranker.py`; nothing here is corpus-specific.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from eventwire.gazetteer import Candidate
from eventwire.gazetteer.distance import EARTH_RADIUS_KM

STATIC_FEATURES = (
    "log_population", "country", "admin1", "admin2", "region", "alternate_name", "short_name", "capital",
    "cue", "contained", "most_populous", "relative_population", "log_ambiguity",
    "admin1_in_text", "country_in_text", "admin2_in_text",
    "names_nearby", "names_nearby_share", "names_same_country_share", "names_same_admin1_share",
    "log_renown", "most_renowned", "names_same_admin2_share", "outlet_country",
    "outlet_home_admin1", "outlet_home_nearby",
)
PICK_FEATURES = (
    "picks_same_country_share", "picks_named_admin1", "picks_same_admin1_share", "picks_nearby_share",
    "log_min_pick_km", "no_point_picks", "picks_same_admin2_share",
)
NEARBY_KM = 161.0
POINT_FEATURES = frozenset({"city", "admin2"})


@dataclass(frozen=True)
class MentionOptions:
    """One mention's candidates with the mention-level facts the features need."""

    group: str  # normalised name: mentions of one name share context and, finally, a place
    candidates: list[Candidate]
    cue_scores: list[float]  # 1 where a cue ("the X region", "the town of X") fits the candidate
    contained: list[float]  # 1 where the candidate lies in the place named after a comma


def unit_vectors(candidates: list[Candidate]) -> np.ndarray:
    if not candidates:
        return np.zeros((0, 3))
    lat = np.radians(np.array([c.latitude for c in candidates]))
    lon = np.radians(np.array([c.longitude for c in candidates]))
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


def distances_km(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle distances between two sets of unit vectors (rows of `a` x rows of `b`)."""
    if len(a) == 0 or len(b) == 0:
        return np.zeros((len(a), len(b)))
    return np.arccos(np.clip(a @ b.T, -1.0, 1.0)) * EARTH_RADIUS_KM


class TextPresence:
    """Whether a container's name occurs in the article beyond the mentions that are that name."""

    def __init__(self, text: str, group_sizes: dict[str, int]) -> None:
        self.text = text
        self.group_sizes = group_sizes
        self._cache: dict[str, bool] = {}

    def __call__(self, name: str, own_group: str) -> float:
        if not name or not self.text:
            return 0.0
        key = name + "\0" + own_group
        if key not in self._cache:
            from eventwire.gazetteer.names import normalize

            count = self.text.count(name)
            own = self.group_sizes.get(normalize(name), 0)
            self._cache[key] = count > own
        return 1.0 if self._cache[key] else 0.0


def static_features(
    options: list[MentionOptions], text: str, outlet_iso: str = "", home: Candidate | None = None
) -> list[np.ndarray]:
    """First-pass features: priors, cues, text presence, the outlet's country (ISO code from its
    web address, "" if unknown), the town or state it is named after (`home`, see `outlet.py`)
    and soft agreement with other names."""
    groups: dict[str, int] = {}
    sizes: dict[str, int] = {}
    for index, option in enumerate(options):
        sizes[option.group] = sizes.get(option.group, 0) + 1
        if option.candidates:
            groups.setdefault(option.group, index)
    presence = TextPresence(text, sizes)
    group_names = list(groups)
    points = {g: [c for c in options[i].candidates if c.feature in POINT_FEATURES] for g, i in groups.items()}
    vectors = {g: unit_vectors(points[g]) for g in group_names}
    isos = {g: {c.iso for c in options[i].candidates if c.iso} for g, i in groups.items()}
    admin1s = {g: {(c.iso, c.admin1 if c.feature != "admin1" else c.name) for c in options[i].candidates} for g, i in groups.items()}
    admin2s = {g: {key for c in options[i].candidates if (key := _admin2_key(c))} for g, i in groups.items()}
    cache: dict[str, np.ndarray] = {}
    result = []
    for option in options:
        if option.group in cache and len(cache[option.group]) == len(option.candidates):
            base = cache[option.group].copy()
            base[:, 8] = option.cue_scores
            base[:, 9] = option.contained
            result.append(base)
            continue
        matrix = _static_matrix(option, presence, group_names, vectors, isos, admin1s, admin2s, outlet_iso, home)
        cache[option.group] = matrix
        result.append(matrix)
    return result


def _static_matrix(
    option: MentionOptions, presence: TextPresence, group_names: list[str],
    vectors: dict[str, np.ndarray], isos: dict[str, set], admin1s: dict[str, set], admin2s: dict[str, set],
    outlet_iso: str, home: Candidate | None,
) -> np.ndarray:
    found = option.candidates
    matrix = np.zeros((len(found), len(STATIC_FEATURES)))
    if not found:
        return matrix
    others = [g for g in group_names if not same_name(g, option.group)]
    own = unit_vectors(found)
    nearby = np.zeros(len(found))
    for group in others:
        if len(vectors[group]):
            nearby += distances_km(own, vectors[group]).min(axis=1) <= NEARBY_KM
    top = max(c.population for c in found)
    log_top = math.log10(top + 10)
    ambiguity = math.log(len(found))
    famous = max(c.renown for c in found)
    home_vector = unit_vectors([home]) if home is not None and home.feature in POINT_FEATURES else None
    home_km = distances_km(own, home_vector)[:, 0] if home_vector is not None else None
    home_state = (home.iso, home.name if home.feature == "admin1" else home.admin1) if home is not None else None
    # How many other names have a candidate in each country, state and second-level unit:
    # counted once per mention rather than once per candidate.
    countries: dict[str, int] = {}
    states: dict[tuple[str, str], int] = {}
    units: dict[tuple[str, str, str], int] = {}
    for group in others:
        for tally, keys in ((countries, isos[group]), (states, admin1s[group]), (units, admin2s[group])):
            for key in keys:
                tally[key] = tally.get(key, 0) + 1
    rows = []
    for row, candidate in enumerate(found):
        is_point = candidate.feature in POINT_FEATURES
        same_country = countries.get(candidate.iso, 0) if candidate.iso else 0
        admin1 = (candidate.iso, candidate.admin1 if candidate.feature != "admin1" else candidate.name)
        same_admin1 = states.get(admin1, 0) if candidate.admin1 and candidate.feature != "country" else 0
        admin2 = _admin2_key(candidate)
        same_admin2 = units.get(admin2, 0) if admin2 else 0
        log_population = math.log10(candidate.population + 10)
        rows.append((
            log_population,
            candidate.feature == "country",
            candidate.feature == "admin1",
            candidate.feature == "admin2",
            candidate.feature in ("region", "continent"),
            candidate.kind == 1,
            candidate.kind == 2,
            candidate.capital,
            option.cue_scores[row],
            option.contained[row],
            candidate.population == top,
            log_population - log_top,
            ambiguity,
            presence(candidate.admin1, option.group) if is_point else 0.0,
            presence(candidate.country, option.group) if candidate.feature != "country" else 0.0,
            presence(_bare_unit(candidate.admin2), option.group) if candidate.feature == "city" else 0.0,
            math.log1p(nearby[row]) if is_point else 0.0,
            nearby[row] / len(others) if is_point and others else 0.0,
            same_country / len(others) if others else 0.0,
            same_admin1 / len(others) if others else 0.0,
            math.log1p(candidate.renown),
            famous > 0 and candidate.renown == famous,
            same_admin2 / len(others) if others else 0.0,
            bool(outlet_iso) and candidate.iso == outlet_iso,
            home_state is not None and bool(home_state[1]) and candidate.feature != "country" and admin1 == home_state,
            home_km is not None and is_point and home_km[row] <= NEARBY_KM,
        ))
    matrix[:] = rows
    return matrix


def same_name(group: str, other: str) -> bool:
    """"vermont" and "vermont~admin" ("Vermont State Police ... in Vermont") are one name: its
    candidates would vouch for themselves, lifting a far-off namesake town over the state."""
    return group.split("~")[0] == other.split("~")[0]


def _admin2_key(candidate: Candidate) -> tuple[str, str, str] | None:
    """The second-level unit a town lies in, or that a unit is: "Paris" and "Henry County"
    agree when one of the Parises lies in one of the Henry Counties."""
    if candidate.feature == "admin2":
        return (candidate.iso, candidate.admin1, candidate.name)
    if candidate.feature == "city" and candidate.admin2:
        return (candidate.iso, candidate.admin1, candidate.admin2)
    return None


def _bare_unit(name: str) -> str:
    """"Franklin County" -> "Franklin County" (kept: the bare "Franklin" would match people)."""
    return name if len(name) > 3 else ""


def pick_features(options: list[MentionOptions], picks: list[Candidate | None]) -> list[np.ndarray]:
    """Second-pass features: agreement with what the other names were resolved to."""
    chosen: dict[str, Candidate] = {}
    for option, pick in zip(options, picks):
        if pick is not None:
            chosen.setdefault(option.group, pick)
    point_groups = [g for g, p in chosen.items() if p.feature in POINT_FEATURES]
    point_vectors = unit_vectors([chosen[g] for g in point_groups])
    tallies: dict[str, _PickTallies] = {}  # the other picks' counts, the same for each mention of a name
    result = []
    for option in options:
        found = option.candidates
        matrix = np.zeros((len(found), len(PICK_FEATURES)))
        mask = np.array([not same_name(g, option.group) for g in point_groups], dtype=bool)
        if found:
            base = option.group.split("~")[0]
            tally = tallies.get(base)
            if tally is None:
                tally = tallies[base] = _PickTallies.of([p for g, p in chosen.items() if not same_name(g, option.group)])
            others = tally.count
            distances = distances_km(unit_vectors(found), point_vectors[mask]) if mask.any() else None
            if distances is not None:  # per candidate: the other towns picked within reach, the nearest
                near_counts, nearest_km = (distances <= NEARBY_KM).sum(axis=1).tolist(), distances.min(axis=1).tolist()
            point_others = int(mask.sum())
            rows = []
            for row, candidate in enumerate(found):
                is_point = candidate.feature in POINT_FEATURES
                same_country = tally.countries.get(candidate.iso, 0) if candidate.iso else 0
                named = (candidate.iso, candidate.admin1) in tally.named_admin1s
                same_admin1 = tally.point_admin1s.get((candidate.iso, candidate.admin1), 0) if candidate.admin1 else 0
                admin2 = _admin2_key(candidate)
                same_admin2 = tally.admin2s.get(admin2, 0) if admin2 else 0
                if distances is not None and is_point:
                    near_share = float(near_counts[row]) / point_others
                    min_km = math.log10(1 + nearest_km[row]) / 4
                else:
                    near_share, min_km = 0.0, 1.0 if is_point else 0.0
                rows.append((
                    same_country / others if others else 0.0,
                    named and is_point,
                    same_admin1 / point_others if point_others and is_point else 0.0,
                    near_share,
                    min_km,
                    is_point and point_others == 0,
                    same_admin2 / others if others else 0.0,
                ))
            matrix[:] = rows
        result.append(matrix)
    return result


@dataclass(frozen=True)
class _PickTallies:
    """The picks of a mention's other names, counted the ways `pick_features` compares a
    candidate with them: by country, by named state, by a town's state, by second-level unit.
    Counted once per name instead of once per candidate (40 candidates a name at most)."""

    count: int
    countries: dict[str, int]  # ISO code -> picks in that country
    named_admin1s: frozenset[tuple[str, str]]  # (ISO code, name) of each state picked
    point_admin1s: dict[tuple[str, str], int]  # (ISO code, state) -> towns and counties picked in it
    admin2s: dict[tuple[str, str, str], int]  # `_admin2_key` -> picks in or of that unit

    @classmethod
    def of(cls, others: list[Candidate]) -> _PickTallies:
        countries: dict[str, int] = {}
        point_admin1s: dict[tuple[str, str], int] = {}
        admin2s: dict[tuple[str, str, str], int] = {}
        for pick in others:
            if pick.iso:
                countries[pick.iso] = countries.get(pick.iso, 0) + 1
            if pick.feature in POINT_FEATURES:
                point_admin1s[(pick.iso, pick.admin1)] = point_admin1s.get((pick.iso, pick.admin1), 0) + 1
            key = _admin2_key(pick)
            if key:
                admin2s[key] = admin2s.get(key, 0) + 1
        named = frozenset((p.iso, p.name) for p in others if p.feature == "admin1")
        return cls(len(others), countries, named, point_admin1s, admin2s)
