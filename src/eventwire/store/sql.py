"""The store: idempotent upserts, one transaction per batch, the same on every database.

Mentions are the source of truth; an event row is derived from its mentions and rebuilt
whenever one joins it. Ids derive from content, so storing the same article twice adds
nothing. An event that grew is compared with its window again and folded together with the
events it now agrees with, so the reports' order does not decide which stay apart; an
absorbed id keeps leading to the event that holds its reports. Reviews (human corrections)
live in their own table and are never touched by extraction.

`SQLStore` holds all of that once. Its SQL is written in SQLite's dialect; a backend gives it
a connection that speaks it (sqlite3's own, or a translating one) and a `Dialect` for what
cannot be translated statement by statement: the write lock and the schema version. Backends:
`SQLiteStore` (sqlite.py) and `PostgresStore` (postgres.py), chosen by `open_store`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from eventwire import merge
from eventwire.gazetteer.distance import haversine_km, km_between
from eventwire.records import Article, Event, EventMention, Place, from_jsonable, to_jsonable
from eventwire.store import blocking
from eventwire.store.dialects import Connection, Dialect
from eventwire.store.schema import BLOCKING_VERSION, SCHEMA_VERSION, current_version, migrate

# Candidate events for a new mention: same event type, dates within this many days.
BLOCK_DAYS = 31
# An event without a place is compared with at most this many events of its date window: the
# window of a large store holds thousands, and a follow-up names an event close to it in time.
MAX_UNPLACED_CANDIDATES = 200
# A grown event folds in at most this many other events per report that joined it: each fold
# is a report's worth of evidence joining two events, and a longer chain is a runaway merge.
MAX_FOLDS = 10


@dataclass
class _Batch:
    """What merging one batch reads over and over: the people each report names (by article
    id), and events parsed from their stored JSON (by that JSON, so a row rebuilt since is
    parsed anew). A report's events, and the events it grew, are compared with the same
    neighbours."""

    people: dict[str, frozenset[str]] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    def parsed(self, data: str) -> Event:
        event = self.events.get(data)
        if event is None:
            event = self.events[data] = from_jsonable(Event, json.loads(data))
        return event


class SQLStore:
    """The store over an open `connection`; migrates the database to the current schema."""

    connection: Any  # sqlite3.Connection, or a connection with the same execute/executemany
    dialect: Dialect
    location: str  # where the data is, for people (a path, or a URL without its password)

    def __init__(self, connection: Connection, dialect: Dialect, location: str) -> None:
        self.connection = connection
        self.dialect = dialect
        self.location = location
        with self.transaction() as db:
            before = current_version(db, dialect)
            migrate(db, dialect)
            if 0 < before < BLOCKING_VERSION:
                self._index_for_blocking(db)

    def close(self) -> None:
        self.connection.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction holding the database's write lock from its start, so
        concurrent writers wait for each other instead of failing or merging twice."""
        with self.dialect.write_transaction(self.connection) as connection:
            yield connection

    # -- writing -------------------------------------------------------------------------

    def known_article_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self.connection.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def store_batch(self, results: Sequence[tuple[Article, Sequence[EventMention], Sequence[Place]]]) -> int:
        """Store articles with their mentions and merge the mentions into events, atomically.

        Returns the number of articles that were new.
        """
        with self.transaction() as db:
            new = 0
            batch = _Batch()
            for article, mentions, places in results:
                inserted = db.execute(
                    "INSERT OR IGNORE INTO articles (id, date, title, url, outlet, origin, text, places, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.id, _iso(article.date), article.title, article.url, article.outlet, article.origin,
                     article.text, json.dumps(to_jsonable(list(places))), _now("microseconds")),
                ).rowcount
                if not inserted:
                    continue
                new += 1
                batch.people[article.id] = merge.person_names(mention.sentence.text for mention in mentions)
                db.executemany("INSERT OR IGNORE INTO article_people (article_id, name) VALUES (?, ?)",
                               [(article.id, name) for name in sorted(batch.people[article.id])])
                for event in merge.merge_mentions(mentions):
                    self._attach(db, event, batch)
            return new

    def record_error(self, origin: str, message: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO errors (origin, message, at) VALUES (?, ?, ?)", (origin, message, _now())
            )

    def _attach(self, db: Any, event: Event, batch: _Batch) -> None:
        """Join an article's event to the stored event it agrees with best (nearest in time, then
        in space), or store it as new; an event that grew so folds in the stored events it now
        agrees with (`_fold_agreeing`). Follow-ups are tied by the people named anywhere in the
        reports' event sentences."""
        candidates = self._candidates(db, event, batch)
        named = self._people_of(db, candidates, batch.people)
        target_id, reason = event.event_id, None
        for candidate in candidates:
            agreed = merge.merge_reason(candidate, event, same_article=_share_a_report(candidate, event), people=named)
            if agreed is not None and (reason is None or candidate.sub_event_type == event.sub_event_type):
                target_id, reason = candidate.event_id, agreed
                if candidate.sub_event_type == event.sub_event_type:
                    break
        for mention in event.mentions:
            db.execute(
                "INSERT OR IGNORE INTO mentions (mention_id, article_id, event_id, data) VALUES (?, ?, ?, ?)",
                (mention.mention_id, mention.article_id, target_id, json.dumps(to_jsonable(mention))),
            )
        reasons = list(self._reasons(db, target_id)) + list(event.merge_reasons)
        if reason is not None:
            reasons.append(f"article {event.mentions[0].article_id} joined: {reason}")
        grown = self._rebuild(db, target_id, reasons)
        if reason is not None:
            self._fold_agreeing(db, grown, batch)

    def _fold_agreeing(self, db: Any, grown: Event, batch: _Batch) -> None:
        """Fold into an event that a report joined the stored events of its window (blocked as
        for a new report, `_candidates`) that it now agrees with (`merge.merge_reason`), until
        none does (at most `MAX_FOLDS`): a report naming a victim joined the event of the
        shooting's place, and an earlier report naming only the victim now agrees with it too.
        So the same reports give the same events whatever order they come in, as far as the
        pairwise rule allows."""
        for _ in range(MAX_FOLDS):
            self._read_people(db, set(grown.article_ids) - batch.people.keys(), batch.people)
            candidates = [c for c in self._candidates(db, grown, batch) if c.event_id != grown.event_id]
            named = self._people_of(db, candidates, batch.people)
            for candidate in candidates:
                agreed = merge.merge_reason(candidate, grown, same_article=_share_a_report(candidate, grown),
                                            people=named)
                if agreed is not None:
                    grown = self._fold(db, grown.event_id, candidate.event_id, agreed)
                    break
            else:
                return

    def _fold(self, db: Any, one_id: str, other_id: str, reason: str) -> Event:
        """Fold two stored events into one and return it. The survivor, whose id the event keeps,
        is the one analysts reviewed (directly or through an event it absorbed), else the older
        one (its first report stored first), else the smaller id. The other's mentions move to
        it, its row goes, and `merged_events` leads its id (and every id it had absorbed) to the
        survivor, which records "event X joined: <reason>"."""
        survivor, absorbed = sorted((one_id, other_id), key=lambda event_id: self._seniority(db, event_id))
        reasons = [*self._reasons(db, survivor), *self._reasons(db, absorbed), f"event {absorbed} joined: {reason}"]
        db.execute("UPDATE mentions SET event_id = ? WHERE event_id = ?", (survivor, absorbed))
        db.execute("DELETE FROM events WHERE event_id = ?", (absorbed,))
        db.execute("UPDATE merged_events SET into_id = ? WHERE into_id = ?", (survivor, absorbed))
        db.execute("INSERT OR REPLACE INTO merged_events (event_id, into_id, at) VALUES (?, ?, ?)",
                   (absorbed, survivor, _now()))
        return self._rebuild(db, survivor, reasons)

    @staticmethod
    def _seniority(db: Any, event_id: str) -> tuple[bool, str, str]:
        """Sorts the event to keep first: reviewed, then first stored, then by id."""
        reviewed = db.execute(
            "SELECT 1 FROM reviews WHERE event_id = ? OR event_id IN (SELECT event_id FROM merged_events"
            " WHERE into_id = ?) LIMIT 1", (event_id, event_id)).fetchone() is not None
        first = db.execute("SELECT min(articles.ingested_at) FROM mentions JOIN articles ON articles.id ="
                           " mentions.article_id WHERE mentions.event_id = ?", (event_id,)).fetchone()[0]
        return not reviewed, first or "", event_id

    def _people_of(self, db: Any, candidates: Sequence[Event],
                   people: dict[str, frozenset[str]]) -> merge.People:
        """The people a record's reports name, read through the `people` cache (every
        candidate's reports at once, when the first is missing)."""

        def named(record: EventMention | Event) -> frozenset[str]:
            article_ids = record.article_ids if isinstance(record, Event) else (record.article_id,)
            if not people.keys() >= set(article_ids):
                self._read_people(db, {a for c in candidates for a in c.article_ids} - people.keys(), people)
            return frozenset().union(*(people[article_id] for article_id in article_ids))

        return named

    def _candidates(self, db: Any, event: Event, batch: _Batch) -> list[Event]:
        """Blocking: only events of the same type family within the date window are compared,
        nearest in time and then in space first, and of those only the ones it could join
        (`_joinable`). A placed event is compared with those of its own country (or of none)
        and then with those among the window's nearest `MAX_UNPLACED_CANDIDATES` of other
        countries; an event without a place, such as a follow-up that names only the people
        involved, with those among the window's nearest of any country. Across countries
        `merge.merge_reason` joins mostly on shared names: one report's namesake read in the
        wrong country ("Toyota" for a street) is still the other reports' event."""
        if event.date is None:
            return []
        place = event.place
        joinable = self._joinable(db, event, batch.people)
        if place is None:
            nearest = self._nearest_ids(db, event, None) if joinable else set()
            ids = {event_id for event_id in joinable if event_id in nearest}
        else:
            abroad = {event_id for event_id, iso in joinable.items() if iso and place.iso and iso != place.iso}
            nearest = self._nearest_ids(db, event, place.iso) if abroad else set()
            ids = {event_id for event_id in joinable if event_id not in abroad or event_id in nearest}
        candidates = [c for c in self._events_by_id(db, ids, batch) if merge.type_family(c) == merge.type_family(event)]
        candidates.sort(key=lambda c: (abs((c.date - event.date).days) if c.date else BLOCK_DAYS,
                                       km_between(c.place, place) if c.place and place else 1e9, c.event_id))
        if place is None:
            return candidates
        return ([c for c in candidates if _same_country(c.place, place)]
                + [c for c in candidates if not _same_country(c.place, place)])

    @staticmethod
    def _window(event: Event) -> tuple[str, tuple[Any, ...]]:
        """The SQL condition (and its parameters) of the event's type and date window."""
        types = sorted(merge.family_event_types(event))
        low = _iso(event.date - dt.timedelta(days=BLOCK_DAYS))
        high = _iso(event.date + dt.timedelta(days=BLOCK_DAYS))
        return f"event_type IN ({','.join('?' * len(types))}) AND event_date BETWEEN ? AND ?", (*types, low, high)

    def _joinable(self, db: Any, event: Event, people: dict[str, frozenset[str]]) -> dict[str, str | None]:
        """The window's events `event` could join (`merge.merge_reason`), with their countries:
        those naming its reports' people or holding its own reports' other events and, when it
        has a place (`blocking`), those near it, named as its place is, or holding a region it
        lies in (for a region: those of its country)."""
        window, window_params = self._window(event)
        ways: list[tuple[str, Sequence[Any]]] = []
        place = event.place
        if place is not None:
            ways.append(("place_name = ?", (blocking.place_name(place),)))
            cells = blocking.cells_within_reach(place)
            if blocking.region_iso(place) or cells is None:
                ways.append(("iso = ?", (place.iso,)))
            else:
                ways.append((f"cell IN ({','.join('?' * len(cells))})", cells))
                ways.append(("region_iso = ?", (place.iso,)))
        names = sorted(frozenset().union(*(people.get(a, frozenset()) for a in event.article_ids)))
        for chunk_start in range(0, len(names), 500):
            chunk = names[chunk_start : chunk_start + 500]
            ways.append((f"event_id IN (SELECT event_id FROM mentions WHERE article_id IN (SELECT article_id"
                         f" FROM article_people WHERE name IN ({','.join('?' * len(chunk))})))", chunk))
        own = sorted(event.article_ids)
        ways.append((f"event_id IN (SELECT event_id FROM mentions WHERE article_id IN ({','.join('?' * len(own))}))",
                     own))
        found: dict[str, str | None] = {}
        for condition, params in ways:
            rows = db.execute(f"SELECT event_id, iso FROM events WHERE {window} AND {condition}",
                              (*window_params, *params))
            found.update((event_id, iso) for event_id, iso in rows)
        return found

    def _nearest_ids(self, db: Any, event: Event, other_than: str | None) -> set[str]:
        """The ids of the window's `MAX_UNPLACED_CANDIDATES` events nearest in time and then in
        space, of countries other than `other_than` (or of any, when None), read from their
        columns alone."""
        window, params = self._window(event)
        query = f"SELECT event_id, event_date, event_type, sub_event_type, latitude, longitude FROM events WHERE {window}"
        if other_than is not None:
            query += " AND iso IS NOT NULL AND iso <> '' AND iso <> ?"
            params = (*params, other_than)
        family = merge.type_family(event)
        place = event.place
        rows = [row for row in db.execute(query, params) if merge.family_of(row[3], row[2]) == family]
        rows.sort(key=lambda row: (abs((dt.date.fromisoformat(row[1]) - event.date).days),
                                   haversine_km(row[4], row[5], place.latitude, place.longitude)
                                   if place is not None and row[4] is not None else 1e9, row[0]))
        return {row[0] for row in rows[:MAX_UNPLACED_CANDIDATES]}

    @staticmethod
    def _events_by_id(db: Any, ids: set[str], batch: _Batch) -> list[Event]:
        ordered = sorted(ids)
        events = []
        for chunk_start in range(0, len(ordered), 500):
            chunk = ordered[chunk_start : chunk_start + 500]
            rows = db.execute(f"SELECT data FROM events WHERE event_id IN ({','.join('?' * len(chunk))})", chunk)
            events += [batch.parsed(row[0]) for row in rows]
        return events

    @staticmethod
    def _read_people(db: Any, article_ids: set[str], cache: dict[str, frozenset[str]]) -> None:
        """Cache the people each stored report names in its event sentences."""
        ordered = sorted(article_ids)
        for chunk_start in range(0, len(ordered), 500):
            chunk = ordered[chunk_start : chunk_start + 500]
            names: dict[str, set[str]] = {article_id: set() for article_id in chunk}
            marks = ",".join("?" * len(chunk))
            for article_id, name in db.execute(f"SELECT article_id, name FROM article_people WHERE article_id IN ({marks})",
                                               chunk):
                names[article_id].add(name)
            cache.update((article_id, frozenset(found)) for article_id, found in names.items())

    def _index_for_blocking(self, db: Any) -> None:
        """Fill the blocking columns and the people of every report stored before they existed."""
        article_ids = [row[0] for row in db.execute("SELECT id FROM articles")]
        for chunk_start in range(0, len(article_ids), 500):
            chunk = article_ids[chunk_start : chunk_start + 500]
            sentences: dict[str, list[str]] = {article_id: [] for article_id in chunk}
            marks = ",".join("?" * len(chunk))
            for article_id, data in db.execute(f"SELECT article_id, data FROM mentions WHERE article_id IN ({marks})",
                                               chunk):
                sentences[article_id].append(json.loads(data)["sentence"]["text"])
            db.executemany("INSERT OR IGNORE INTO article_people (article_id, name) VALUES (?, ?)",
                           [(article_id, name) for article_id, texts in sentences.items()
                            for name in sorted(merge.person_names(texts))])
        places = [(event_id, from_jsonable(Event, json.loads(data)).place)
                  for event_id, data in db.execute("SELECT event_id, data FROM events").fetchall()]
        db.executemany("UPDATE events SET cell = ?, region_iso = ?, place_name = ? WHERE event_id = ?",
                       [(blocking.cell(place), blocking.region_iso(place), blocking.place_name(place), event_id)
                        for event_id, place in places])

    @staticmethod
    def _reasons(db: Any, event_id: str) -> tuple[str, ...]:
        row = db.execute("SELECT data FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return tuple(json.loads(row[0])["merge_reasons"]) if row else ()

    def _rebuild(self, db: Any, event_id: str, reasons: Sequence[str]) -> Event:
        rows = db.execute("SELECT data FROM mentions WHERE event_id = ?", (event_id,))
        mentions = [from_jsonable(EventMention, json.loads(row[0])) for row in rows]
        event = merge.build_event(event_id, mentions, tuple(dict.fromkeys(reasons)))
        place = event.place
        db.execute(
            "INSERT OR REPLACE INTO events (event_id, event_date, event_type, sub_event_type, country, iso, admin1,"
            " latitude, longitude, fatalities, historical, data, updated_at, cell, region_iso, place_name)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, _iso(event.date), event.event_type, event.sub_event_type,
             place.country if place else None, place.iso if place else None, place.admin1 if place else None,
             place.latitude if place else None, place.longitude if place else None,
             event.fatalities, int(event.historical), json.dumps(to_jsonable(event)), _now(),
             blocking.cell(place), blocking.region_iso(place), blocking.place_name(place)),
        )
        return event

    # -- reading -------------------------------------------------------------------------

    def events(
        self,
        event_type: str | None = None,
        country: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        include_historical: bool = True,
        limit: int | None = None,
    ) -> list[Event]:
        clauses, params = [], []
        if event_type:
            clauses.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
            params += [event_type, event_type]
        if country:
            clauses.append("(lower(country) = lower(?) OR lower(iso) = lower(?))")
            params += [country, country]
        if since:
            clauses.append("event_date >= ?")
            params.append(_iso(since))
        if until:
            clauses.append("event_date <= ?")
            params.append(_iso(until))
        if not include_historical:
            clauses.append("historical = 0")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT data FROM events {where} ORDER BY event_date DESC NULLS LAST, event_id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [from_jsonable(Event, json.loads(row[0])) for row in self.connection.execute(sql, params)]

    def event(self, event_id: str) -> Event | None:
        """The event of this id, or of the event it was folded into (`merged_events`): the
        returned event's own id is then the survivor's."""
        row = self.connection.execute("SELECT data FROM events WHERE event_id = ?", (event_id,)).fetchone()
        if row is None:
            row = self.connection.execute("SELECT data FROM events WHERE event_id = (SELECT into_id FROM merged_events"
                                          " WHERE event_id = ?)", (event_id,)).fetchone()
        return from_jsonable(Event, json.loads(row[0])) if row else None

    def article(self, article_id: str) -> Article | None:
        row = self.connection.execute(
            "SELECT id, text, title, date, url, outlet, origin FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return Article(row[0], row[1], row[2], dt.date.fromisoformat(row[3]) if row[3] else None, *row[4:])

    def article_mentions(self, article_id: str) -> list[tuple[EventMention, str]]:
        """The article's mentions, in text order, each with the id of the event it joined."""
        rows = self.connection.execute(
            "SELECT data, event_id FROM mentions WHERE article_id = ?", (article_id,)
        ).fetchall()
        pairs = [(from_jsonable(EventMention, json.loads(data)), event_id) for data, event_id in rows]
        return sorted(pairs, key=lambda pair: pair[0].sentence.start)

    def article_places(self, article_id: str) -> list[Place]:
        """Every place the article names, resolved, with its evidence span."""
        row = self.connection.execute("SELECT places FROM articles WHERE id = ?", (article_id,)).fetchone()
        return [from_jsonable(Place, place) for place in json.loads(row[0])] if row and row[0] else []

    def counts(self) -> dict[str, int]:
        tables = ("articles", "mentions", "events", "errors")
        return {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}

    def schema_version(self) -> int:
        return SCHEMA_VERSION


def _share_a_report(a: Event, b: Event) -> bool:
    """Whether two events hold mentions of one report. They are judged as within one report:
    the writer's own distinction of acts, dates and places stands, and the people the report
    names everywhere tie nothing."""
    return bool(set(a.article_ids) & set(b.article_ids))


def _same_country(a: Place | None, b: Place | None) -> bool:
    """Whether two places may lie in one country (either unplaced or without a country counts)."""
    return a is None or b is None or not a.iso or not b.iso or a.iso == b.iso


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _now(timespec: str = "seconds") -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec=timespec)
