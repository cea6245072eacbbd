"""The versioned schema. Each migration moves a database one version up, in place.

The list is append-only: a database records how many migrations it has had, so an existing
entry is never edited. Migrations are written once, in SQLite's SQL; each dialect translates
them (`eventwire.store.dialects`, `eventwire.store.postgres`). Where a change cannot be said
the same way everywhere, an entry may be a mapping with one script per dialect name,
e.g. {"sqlite": "...", "postgresql": "..."}.
"""

from __future__ import annotations

from typing import Any

from eventwire.errors import StoreError
from eventwire.store.dialects import SQLITE, Dialect, Migration

MIGRATIONS: tuple[Migration, ...] = (
    # 1: articles, mentions (the source of truth), events (derived from mentions), errors.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, date TEXT, title TEXT, url TEXT, outlet TEXT, origin TEXT,
        text TEXT NOT NULL, places TEXT, ingested_at TEXT NOT NULL
    );
    CREATE TABLE events (
        event_id TEXT PRIMARY KEY, event_date TEXT, event_type TEXT, sub_event_type TEXT,
        country TEXT, iso TEXT, admin1 TEXT, latitude REAL, longitude REAL,
        fatalities INTEGER NOT NULL DEFAULT 0, historical INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL, updated_at TEXT NOT NULL
    );
    CREATE TABLE mentions (
        mention_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        event_id TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE errors (origin TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL,
                         PRIMARY KEY (origin, message));
    CREATE INDEX events_by_type_date ON events (event_type, event_date);
    CREATE INDEX events_by_country ON events (country);
    CREATE INDEX mentions_by_event ON mentions (event_id);
    CREATE INDEX mentions_by_article ON mentions (article_id);
    """,
    # 2: reviews, the analysts' append-only audit trail. Keyed by event_id and applied at read
    # time, so re-running extraction (which rewrites events) never overwrites a correction.
    """
    CREATE TABLE reviews (
        review_id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL,
        action TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        token_id TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX reviews_by_event ON reviews (event_id, review_id);
    """,
    # 3: what `eventwire watch` has seen per source (a feed URL or a folder), so a restarted
    # watcher ingests nothing twice: item keys (feed item ids / links, file fingerprints,
    # article content ids) and, for feeds, the validators for conditional requests.
    """
    CREATE TABLE watch_sources (
        source TEXT PRIMARY KEY, etag TEXT NOT NULL DEFAULT '', last_modified TEXT NOT NULL DEFAULT '',
        polled_at TEXT NOT NULL
    );
    CREATE TABLE watch_seen (
        source TEXT NOT NULL, item_key TEXT NOT NULL, article_id TEXT NOT NULL DEFAULT '',
        seen_at TEXT NOT NULL, PRIMARY KEY (source, item_key)
    );
    """,
    # 4: blocking for merging, so a new report reads only the stored events it could join: each
    # event's coarse cell (`blocking.cell`), its country when its place is a region, its place
    # name folded; the people each report names. `SQLStore` fills them for rows stored before
    # (they are computed in Python).
    """
    ALTER TABLE events ADD COLUMN cell TEXT;
    ALTER TABLE events ADD COLUMN region_iso TEXT;
    ALTER TABLE events ADD COLUMN place_name TEXT;
    CREATE TABLE article_people (article_id TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (article_id, name));
    CREATE INDEX article_people_by_name ON article_people (name);
    CREATE INDEX events_by_type_cell_date ON events (event_type, cell, event_date);
    CREATE INDEX events_by_type_region_date ON events (event_type, region_iso, event_date);
    CREATE INDEX events_by_type_name_date ON events (event_type, place_name, event_date);
    CREATE INDEX events_by_type_iso_date ON events (event_type, iso, event_date);
    """,
    # 5: events folded into another when a report that joined one made it agree with the other
    # (`SQLStore._fold_agreeing`): the absorbed id -> the surviving one, so ids that reviews and
    # people already hold still find their event.
    """
    CREATE TABLE merged_events (event_id TEXT PRIMARY KEY, into_id TEXT NOT NULL, at TEXT NOT NULL);
    CREATE INDEX merged_events_by_into ON merged_events (into_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# The version that added the blocking columns, which rows stored before it lack.
BLOCKING_VERSION = 4


class SchemaTooNewError(StoreError):
    """The database was written by a newer eventwire; opening it could lose what it added."""


def current_version(db: Any, dialect: Dialect = SQLITE) -> int:
    return dialect.schema_version(db)


def migrate(db: Any, dialect: Dialect = SQLITE) -> None:
    """Apply every migration the database has not seen, inside the caller's (write) transaction."""
    version = current_version(db, dialect)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"schema version {version} is newer than this eventwire ({SCHEMA_VERSION}); upgrade eventwire"
        )
    for number in range(version, SCHEMA_VERSION):
        for statement in dialect.migration_statements(MIGRATIONS[number]):
            db.execute(statement)
        dialect.set_schema_version(db, number + 1)
