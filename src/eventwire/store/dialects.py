"""SQL dialects: the few things that differ between the databases eventwire stores into.

Why a dialect object: the store's logic (idempotent upserts, merging under one write lock, a
versioned schema) is the same on every database, and so is almost all of its SQL. The store,
and the helpers that query its connection (reviews, watch), write their SQL once, in SQLite's
dialect, the default backend's. A dialect says what differs: how a write transaction is
opened so that concurrent writers wait for each other, where the schema version is kept, and
how a migration reads in this database. A backend whose SQL differs (PostgreSQL) gives a
connection that translates each statement; see `eventwire.store.postgres`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Protocol

# A migration is SQL in SQLite's dialect, translated by each dialect; or, where a change cannot
# be said the same way everywhere, one script per dialect name ({"sqlite": ..., "postgresql": ...}).
Migration = str | Mapping[str, str]


class Cursor(Protocol):
    rowcount: int
    lastrowid: int | None

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store and its helpers use of a connection: sqlite3's own methods."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Cursor: ...
    def executemany(self, sql: str, parameters: Any, /) -> Cursor: ...
    def close(self) -> None: ...


class Dialect(Protocol):
    name: str

    def write_transaction(self, connection: Any) -> Any:
        """A context manager: one transaction that holds the database's write lock from its start.

        Taking the lock up front is what keeps concurrent writers from merging the same event
        twice: each sees every event the others committed before it compares.
        """
        ...

    def schema_version(self, connection: Any) -> int: ...
    def set_schema_version(self, connection: Any, version: int) -> None: ...
    def migration_statements(self, migration: Migration) -> list[str]: ...


def script_for(migration: Migration, dialect_name: str) -> str:
    """The migration's SQL for one dialect: its own script if it has one, else the shared SQL."""
    if isinstance(migration, str):
        return migration
    return migration.get(dialect_name, migration["sqlite"])


def split_statements(script: str) -> list[str]:
    return [statement for statement in script.split(";") if statement.strip()]


class SQLiteDialect:
    """SQLite: the store's SQL as written; BEGIN IMMEDIATE; the version in PRAGMA user_version."""

    name = "sqlite"

    @contextmanager
    def write_transaction(self, connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE takes the write lock up front, so concurrent writers wait, not fail."""
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def schema_version(self, connection: sqlite3.Connection) -> int:
        return connection.execute("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, connection: sqlite3.Connection, version: int) -> None:
        connection.execute(f"PRAGMA user_version = {int(version)}")

    def migration_statements(self, migration: Migration) -> list[str]:
        return split_statements(script_for(migration, self.name))


SQLITE = SQLiteDialect()
