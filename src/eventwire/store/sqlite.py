"""The SQLite store: zero setup, a file, WAL mode, one transaction per batch.

The store's logic and SQL live in `eventwire.store.sql`; this backend opens the file and
speaks SQLite through `SQLiteDialect` (BEGIN IMMEDIATE, PRAGMA user_version).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from eventwire.errors import StoreError
from eventwire.store.dialects import SQLITE
from eventwire.store.sql import BLOCK_DAYS, SQLStore  # noqa: F401 - BLOCK_DAYS re-exported

__all__ = ["BLOCK_DAYS", "SQLiteStore"]


class SQLiteStore(SQLStore):
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        connection = None
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True)
            connection = sqlite3.connect(self.path, timeout=60.0, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA foreign_keys=ON")
            super().__init__(connection, SQLITE, str(self.path))
        except (sqlite3.DatabaseError, StoreError) as error:
            if connection is not None:
                connection.close()
            raise StoreError(
                f"cannot open the database {self.path}: {error} (is it an eventwire SQLite file? "
                "give another path with --db)"
            ) from error
