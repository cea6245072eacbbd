"""Stores: SQLite by default, PostgreSQL for teams. `open_store` picks the backend from the location.

A location is a file path (SQLite, also `sqlite:///path`) or a URL whose scheme names a
backend (`postgresql://user:password@host/database`). Backends register an opener under
their URL schemes in `BACKENDS`; every backend is a `Store` (`SQLStore`) with the same methods.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path, PurePath

from eventwire.errors import ConfigError
from eventwire.store.sql import SQLStore
from eventwire.store.sqlite import SQLiteStore

DEFAULT_DB = "eventwire.db"

Store = SQLStore
BACKENDS: dict[str, Callable[[str], SQLStore]] = {}


def register_backend(schemes: tuple[str, ...], opener: Callable[[str], SQLStore]) -> None:
    """Make `open_store` give `opener(location)` for locations `scheme://...`."""
    for scheme in schemes:
        BACKENDS[scheme.lower()] = opener


def _open_sqlite(location: str) -> SQLStore:
    return SQLiteStore(location.removeprefix("sqlite://"))


def _open_postgres(location: str) -> SQLStore:
    try:
        from eventwire.store.postgres import PostgresStore
    except ImportError as error:
        raise ConfigError(
            f"a PostgreSQL database needs psycopg ({error}): install it with pip install 'eventwire[postgres]'"
        ) from error
    return PostgresStore(location)


register_backend(("sqlite",), _open_sqlite)
register_backend(("postgresql", "postgres"), _open_postgres)


def default_location() -> str:
    return os.environ.get("EVENTWIRE_DB") or DEFAULT_DB


def is_database_url(location: str | PurePath) -> bool:
    """Whether `location` names a database server (a backend URL) rather than a SQLite file:
    for callers that look at files (`eventwire doctor`'s checks, free-disk checks)."""
    scheme, separator, _ = _as_location(location).partition("://")
    return bool(separator) and scheme.lower() in BACKENDS and scheme.lower() != "sqlite"


def open_store(location: str | Path | None = None) -> SQLStore:
    """A store for `location`: a file path (SQLite) or a backend URL; `EVENTWIRE_DB` or ./eventwire.db when omitted."""
    location = _as_location(location or default_location())
    scheme, separator, _ = location.partition("://")
    if not separator:
        return _open_sqlite(location)
    opener = BACKENDS.get(scheme.lower())
    if opener is None:
        raise ConfigError(
            f"unsupported database {_redacted(location)!r}: give a SQLite file path or a URL starting with "
            f"{' or '.join(f'{name}://' for name in sorted(BACKENDS))}"
        )
    return opener(location)


def _as_location(location: str | PurePath) -> str:
    """The location as text. A URL that went through Path() lost a slash ('postgresql:/u@h/db');
    for a registered scheme it is put back, so `Path(url)` still names the database."""
    text = str(location)
    if isinstance(location, PurePath):
        match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):/(?!/)", text)
        if match and match.group(1).lower() in BACKENDS and match.group(1).lower() != "sqlite":
            text = f"{match.group(1)}://{text[match.end():]}"
    return text


def _redacted(location: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", location)
