"""Write the gazetteer index: one SQLite file, built offline and deterministically.

The file is written under a temporary name and renamed into place, so a reader (or a second
worker building at the same moment) never sees half an index.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import ConfigError
from eventwire.gazetteer.names import variant_key

if TYPE_CHECKING:
    from eventwire.gazetteer.assemble import PlaceRow

SCHEMA_VERSION = "24"  # bumped when the schema or the built data changes, so installed copies rebuild

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    feature TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    iso TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    admin2 TEXT NOT NULL,
    population INTEGER NOT NULL,
    capital INTEGER NOT NULL,
    renown INTEGER NOT NULL
);
CREATE TABLE names (norm TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL,
                    PRIMARY KEY (norm, place_id)) WITHOUT ROWID;
CREATE TABLE variants (key TEXT NOT NULL, place_id INTEGER NOT NULL, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE TABLE demonyms (norm TEXT PRIMARY KEY, target TEXT NOT NULL) WITHOUT ROWID;
"""


def build_gazetteer(path: Path) -> Path:
    """Build the index at `path` (atomically) and return the path."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError(f"cannot create the gazetteer folder {path.parent}: {error}") from error
    from eventwire.gazetteer.assemble import assemble  # numpy/scipy only when building

    started = time.perf_counter()
    rows, demonyms = assemble()
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        _write(Path(temporary), rows, demonyms, time.perf_counter() - started)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; every user of the install reads it
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def _write(path: Path, rows: list[PlaceRow], demonyms: dict[str, str], seconds: float) -> None:
    from eventwire.gazetteer.assemble import SHORT
    from eventwire.gazetteer.sources import transliterated_countries

    connection = sqlite3.connect(path)
    try:
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        rows = sorted(_unique(rows), key=lambda row: row.id)
        connection.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (r.id, r.geonameid, r.name, r.feature, round(r.latitude, 5), round(r.longitude, 5), r.iso,
                 r.country, r.admin1, r.admin2, r.population, int(r.capital), r.renown)
                for r in rows
            ),
        )
        names = sorted((alias, row.id, kind) for row in rows for alias, kind in row.aliases.items())
        connection.executemany("INSERT INTO names VALUES (?,?,?)", names)
        # Variants only of places in countries whose names reach reports transliterated: elsewhere
        # reports write a place's own name ("Anfield" is no variant of Enfield). A short form
        # ("Dauphin" for Dauphin County) is loose already: no variant of it is indexed.
        countries = transliterated_countries()
        transliterated = {row.id for row in rows if row.iso in countries}
        variants = sorted({(key, place_id) for alias, place_id, kind in names
                           if kind != SHORT and place_id in transliterated for key in (variant_key(alias),) if key})
        connection.executemany("INSERT INTO variants VALUES (?,?)", variants)
        connection.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(demonyms.items()))
        connection.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("schema_version", SCHEMA_VERSION), ("places", str(len(rows))), ("names", str(len(names)))],
        )
        connection.commit()
        connection.execute("VACUUM")
    finally:
        connection.close()


def _unique(rows: list[PlaceRow]) -> list[PlaceRow]:
    """Drop a second row with an id already seen (a GeoNames id listed in two sources)."""
    seen: dict[int, PlaceRow] = {}
    for row in rows:
        seen.setdefault(row.id, row)
    return list(seen.values())
