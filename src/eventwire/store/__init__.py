"""Stores: SQLite by default. `open_store` picks the backend from the location given."""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.errors import ConfigError
from eventwire.store.sqlite import SQLiteStore

DEFAULT_DB = "eventwire.db"


def default_location() -> str:
    return os.environ.get("EVENTWIRE_DB") or DEFAULT_DB


def open_store(location: str | Path | None = None) -> SQLiteStore:
    """A store for `location`: a file path (SQLite); `EVENTWIRE_DB` or ./eventwire.db when omitted."""
    location = str(location or default_location())
    if "://" in location and not location.startswith("sqlite://"):
        raise ConfigError(f"unsupported database {location!r}: give a SQLite file path")
    return SQLiteStore(location.removeprefix("sqlite://"))
