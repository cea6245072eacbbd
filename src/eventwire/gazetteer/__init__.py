"""The offline place index: GeoNames-derived, one SQLite file, queried by normalised name.

Workers share nothing but the file: each process opens it read-only and keeps only a small
lookup cache plus the few thousand countries, first-level units and demonyms in memory (the
resolver asks for those for nearly every toponym), so two workers cost little memory. `Gazetteer.open()` builds the index first when
it is missing, so tests and fresh checkouts work without a separate install step.
"""

from __future__ import annotations

import fcntl
import math
import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.gazetteer.build import SCHEMA_VERSION, build_gazetteer
from eventwire.gazetteer.names import normalize, variant_key

__all__ = ["Candidate", "Gazetteer", "build_gazetteer", "default_path", "normalize"]

FILE_NAME = f"gazetteer-v{SCHEMA_VERSION}.sqlite"  # a new version installs beside the old, built on first use
_CACHE_SIZE = 50_000
_LARGEST_ONE_BY_ONE = 8  # units whose largest town is looked up alone before the whole table is read
# "-o" ends a combining form ("Austro-", "Franco-", "Russo-"), named after the country too.
_RESIDENT_SUFFIXES = ("ians", "ans", "ns", "ian", "an", "n", "s", "o")
_COLUMNS = "p.id, p.geonameid, p.name, p.feature, p.latitude, p.longitude, p.iso, p.country, p.admin1, p.admin2, p.population, p.capital, p.renown"


def default_path() -> Path:
    """`$EVENTWIRE_GAZETTEER`, else the index installed beside the interpreter's prefix."""
    configured = os.environ.get("EVENTWIRE_GAZETTEER")
    if configured:
        return Path(configured)
    return Path(sys.prefix) / "share" / "eventwire" / FILE_NAME


@dataclass(frozen=True)
class Candidate:
    """One place a name may refer to; `kind` says how the name matched (0 own name, 1 alternate, 2 short)."""

    id: int
    geonameid: int | None
    name: str
    feature: str
    latitude: float
    longitude: float
    iso: str
    country: str
    admin1: str
    admin2: str
    population: int
    capital: bool = False
    kind: int = 0
    renown: int = 0  # GeoNames' count of the place's names (cities only): fame beyond population


class Gazetteer:
    """Read-only lookups over the index. Use `Gazetteer.open()`; instances are cached per path."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._connection = _connect(self.path)
        self._lock = threading.Lock()
        self._cache: dict[str, list[Candidate]] = {}
        self._largest_asked: dict[tuple[str, str], Candidate | None] = {}  # see `largest_town`
        units = self._query(
            f"SELECT {_COLUMNS}, 0 FROM places p WHERE p.feature IN ('country', 'admin1', 'region') ORDER BY p.id", ()
        )
        self._countries = {c.iso: c for c in units if c.feature == "country"}
        self._admin1s = {(c.iso, c.name): c for c in units if c.feature == "admin1"}
        self._areas = [(normalize(c.name), c) for c in units]
        self._demonyms = dict(self._connection.execute("SELECT norm, target FROM demonyms").fetchall())

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """The gazetteer at `path` (default `default_path()`), building it first if missing."""
        return _open_cached(Path(path) if path is not None else default_path())

    def __reduce__(self) -> tuple:
        # Worker processes reopen the file instead of pickling a connection.
        return (Gazetteer.open, (self.path,))

    def candidates(self, name: str) -> list[Candidate]:
        """Every place called `name` (normalised), best size prior first."""
        key = normalize(name)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._query(
                f"SELECT {_COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place_id WHERE n.norm = ?",
                (key,),
            )
            cached.sort(key=lambda c: (-c.population, c.id))
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def fuzzy_candidates(self, name: str, cutoff: float = 90.0, limit: int = 5) -> list[Candidate]:
        """Near misses ("Kharkov" for "Kharkiv") among names sharing the first two letters."""
        key = normalize(name)
        if len(key) < 5:
            return []
        cache_key = f"~{key}~{cutoff}~{limit}"
        if cache_key not in self._cache:
            self._cache[cache_key] = self._fuzzy(key, cutoff, limit)
        return self._cache[cache_key]

    def _fuzzy(self, key: str, cutoff: float, limit: int) -> list[Candidate]:
        from rapidfuzz import fuzz, process

        upper = key[:2] + "\U0010ffff"
        # fuzz.ratio >= cutoff needs |len(a) - len(b)| <= share * (len(a) + len(b)): names outside
        # this length window cannot match, and SQLite skips them before Python sees them.
        share = 1 - cutoff / 100
        shortest = math.floor(len(key) * (1 - share) / (1 + share))
        longest = math.ceil(len(key) * (1 + share) / (1 - share)) if share < 1 else len(key) * 1000
        with self._lock:
            rows = self._connection.execute(
                "SELECT DISTINCT norm FROM names WHERE norm >= ? AND norm < ? AND length(norm) BETWEEN ? AND ?",
                (key[:2], upper, shortest, longest),
            ).fetchall()
        matches = process.extract(key, [row[0] for row in rows], scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        found: list[Candidate] = []
        for match, _score, _index in matches:
            found.extend(self.candidates(match))
        return found

    def variant_candidates(self, name: str) -> list[Candidate]:
        """Places known by another transliteration of `name` (`names.variant_key`: "al-Gadaref"
        for Al Qadarif), best size prior first; none for a name too short to have a key."""
        key = variant_key(name)
        if not key:
            return []
        cache_key = f"~variant~{key}"
        cached = self._cache.get(cache_key)
        if cached is None:
            cached = self._query(
                f"SELECT {_COLUMNS}, 1 FROM variants v JOIN places p ON p.id = v.place_id WHERE v.key = ?", (key,)
            )
            cached.sort(key=lambda c: (-c.population, c.id))
            self._cache[cache_key] = cached
        return cached

    def place(self, place_id: int) -> Candidate | None:
        rows = self._query(f"SELECT {_COLUMNS}, 0 FROM places p WHERE p.id = ?", (place_id,))
        return rows[0] if rows else None

    def country(self, iso: str) -> Candidate | None:
        """The country row for an ISO alpha-2 code."""
        return self._countries.get(iso)

    def admin1(self, iso: str, name: str) -> Candidate | None:
        """The admin1 unit `name` of country `iso` (as named on city rows)."""
        return self._admin1s.get((iso, name))

    def largest_town(self, iso: str, admin1: str) -> Candidate | None:
        """The most populous town of the admin1 unit `admin1` of country `iso` (of two as
        populous, the first in the index)."""
        key = (iso, admin1)
        if "_largest_towns" in self.__dict__ or (key not in self._largest_asked
                                                 and len(self._largest_asked) >= _LARGEST_ONE_BY_ONE):
            return self._largest_towns.get(key)
        if key not in self._largest_asked:
            # One unit's towns (a scan of the places, ~30 ms): most processes ask for a few units,
            # and the table of every unit's largest town costs ~450 ms.
            rows = self._query(
                f"SELECT {_COLUMNS}, 0 FROM places p WHERE p.feature = 'city' AND p.admin1 != '' "
                "AND p.iso = ? AND p.admin1 = ? ORDER BY p.population DESC, p.id LIMIT 1",
                key,
            )
            self._largest_asked[key] = rows[0] if rows else None
        return self._largest_asked[key]

    @cached_property
    def _largest_towns(self) -> dict[tuple[str, str], Candidate]:
        # One pass over the towns, once `_LARGEST_ONE_BY_ONE` units were asked for one by one:
        # SQLite returns each unit's row of max(population), of tied rows the first it reads.
        rows = self._query(
            f"SELECT {_COLUMNS}, 0, max(p.population) FROM places p WHERE p.feature = 'city' AND p.admin1 != '' "
            "GROUP BY p.iso, p.admin1",
            (),
        )
        return {(c.iso, c.admin1): c for c in rows}

    def capital(self, iso: str) -> Candidate | None:
        """The capital of country `iso` (the town the build flags as its capital)."""
        return self._capitals.get(iso)

    @cached_property
    def _capitals(self) -> dict[str, Candidate]:
        rows = self._query(f"SELECT {_COLUMNS}, 0 FROM places p WHERE p.capital = 1 ORDER BY p.id", ())
        return {c.iso: c for c in rows}

    def areas_of_residents(self, word: str) -> list[Candidate]:
        """"Ontarians" -> Ontario, "Texan" -> Texas, "Abkhaz" -> Abkhazia, "Austro" -> Austria: countries, first-level
        units and regions whose name the residents' word is formed from (its stem, up to three
        letters short); for the nationality words the demonym table lacks ("Saint Lucian")."""
        key = normalize(word)
        stems = {key} | {key[: -len(suffix)] for suffix in _RESIDENT_SUFFIXES if key.endswith(suffix)}
        stems = {stem for stem in stems if len(stem) >= 4}
        # Every stem is a prefix of `key` of four letters or more, so only the areas whose name
        # shares key's first four letters can match (`_areas_by_prefix`).
        return [
            unit for name, unit in self._areas_by_prefix.get(key[:4], ())
            if any(name.startswith(stem) and len(name) - len(stem) <= 3 for stem in stems)
        ]

    @cached_property
    def _areas_by_prefix(self) -> dict[str, list[tuple[str, Candidate]]]:
        """The areas grouped by their name's first four letters, as residents' words find them."""
        by_prefix: dict[str, list[tuple[str, Candidate]]] = {}
        for name, unit in self._areas:
            by_prefix.setdefault(name[:4], []).append((name, Candidate(**{**unit.__dict__, "kind": 2})))
        return by_prefix

    def country_for_demonym(self, word: str) -> tuple[str, str] | None:
        """"Turkish" -> ("TR", "Turkey"): the country an actor's nationality word points at."""
        target = self._demonyms.get(normalize(word))
        if target is None:
            return None
        iso = target.partition("/")[0]
        country = self.country(iso)
        return (iso, country.name if country else iso)

    def place_for_demonym(self, word: str) -> Candidate | None:
        """"Turkish" -> Turkey, "Welsh" -> Wales: the place a nationality word points at, the
        constituent country where the word names its people rather than the whole state's."""
        target = self._demonyms.get(normalize(word))
        if target is None:
            return None
        iso, _, unit = target.partition("/")
        return (self.admin1(iso, unit) if unit else None) or self.country(iso)

    def _query(self, sql: str, parameters: tuple) -> list[Candidate]:
        with self._lock:
            rows = self._connection.execute(sql, parameters).fetchall()
        return [Candidate(*row[:11], bool(row[11]), row[13], row[12]) for row in rows]


def _connect(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        version = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as error:
        raise ConfigError(
            f"the gazetteer at {path} cannot be read ({error}); rebuild it with `python -m eventwire.gazetteer build`"
        ) from error
    if version is None or version[0] != SCHEMA_VERSION:
        raise ConfigError(
            f"the gazetteer at {path} has schema {version and version[0]!r}, expected {SCHEMA_VERSION!r}; "
            "rebuild it with `python -m eventwire.gazetteer build`"
        )
    return connection


@lru_cache(maxsize=8)
def _open_cached(path: Path) -> Gazetteer:
    if not path.exists():
        _build_once(path)
    return Gazetteer(path)


def _build_once(path: Path) -> None:
    """Build under a lock file so parallel workers on a fresh install build the index once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(path.suffix + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            build_gazetteer(path)
