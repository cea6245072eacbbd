"""Analysts' reviews: an append-only audit trail applied to events at read time.

Why a separate table, applied on read: extraction rebuilds an event row whenever a mention
joins it, and a re-run may rebuild every row. A human correction stored in the event row
would be lost then; stored as its own row keyed by `event_id`, it survives any re-run and
is laid over the machine's values by `apply_reviews`, which every reader that shows or
exports events (the API, the page, the ACLED export) calls.

Each review is one row: who (reviewer name and the token's fingerprint), when, the action
(accept / correct / reject), the values before and after, and a comment. Rows are only
ever inserted; the latest action gives the event's review status and the corrections of
every `correct` review are laid over the event in order (later wins).

When the store folds one event into another (`SQLStore._fold`, which keeps a reviewed
event's id), the absorbed event's reviews stay as written and belong to the survivor: they
are read with its own, in the order they were made, and a review asked for under the absorbed
id is recorded under the survivor's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire import taxonomy
from eventwire.errors import ReviewError, UnknownEventError
from eventwire.records import Actor, Event, EventMention, Place, from_jsonable
from eventwire.store.sqlite import SQLiteStore

ACTIONS = ("accept", "correct", "reject")
STATUS_OF_ACTION = {"accept": "accepted", "correct": "corrected", "reject": "rejected"}
UNREVIEWED = "unreviewed"
STATUSES = (UNREVIEWED, *STATUS_OF_ACTION.values())

PLACE_FIELDS = ("location", "country", "iso", "admin1", "admin2", "latitude", "longitude", "geo_precision")
ACTOR_FIELDS = ("actor1", "inter1", "actor2", "inter2")
# Every field a reviewer may correct, in the order the page shows them.
CORRECTABLE_FIELDS = (
    "event_type", "sub_event_type", "event_date", "time_precision", *ACTOR_FIELDS, *PLACE_FIELDS,
    "fatalities", "injured", "historical",
)


@dataclass(frozen=True)
class Review:
    """One audit row, as stored."""

    review_id: int
    event_id: str
    action: str
    reviewer: str
    token_id: str
    at: str
    before: dict[str, Any]
    after: dict[str, Any]
    comment: str


@dataclass(frozen=True)
class ReviewedEvent:
    """An event with every review laid over it: what readers show and export."""

    event: Event  # the reviewed values
    status: str  # unreviewed | accepted | corrected | rejected
    reviews: tuple[Review, ...] = ()
    corrected_fields: tuple[str, ...] = ()


# -- writing ---------------------------------------------------------------------------------


def record_review(
    store: SQLiteStore,
    event_id: str,
    action: str,
    corrections: Mapping[str, Any] | None = None,
    reviewer: str = "analyst",
    comment: str = "",
    token_id: str = "",
) -> Review:
    """Append one review of `event_id` and return its audit row.

    Raises UnknownEventError for an unknown event and ReviewError for a bad action or
    correction, so nothing half-valid is ever stored.
    """
    if action not in ACTIONS:
        raise ReviewError(f"unknown review action {action!r}: use one of {', '.join(ACTIONS)}")
    corrections = dict(corrections or {})
    if action == "correct" and not corrections:
        raise ReviewError("a 'correct' review needs at least one corrected field")
    if action != "correct" and corrections:
        raise ReviewError(f"an {action!r} review takes no corrections; use action 'correct'")
    with store.transaction() as db:
        current = _reviewed_in(store, event_id)
        if current is None:
            raise UnknownEventError(f"no event {event_id!r} in the database; list them with GET /events")
        event_id = current.event.event_id  # the survivor, when `event_id` was folded into it
        corrections = validate_corrections(current.event, corrections)
        before_values = reviewed_values(current.event)
        before = {"status": current.status, **{name: before_values[name] for name in corrections}}
        after = {"status": STATUS_OF_ACTION[action], **corrections}
        at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")
        cursor = db.execute(
            "INSERT INTO reviews (event_id, action, reviewer, token_id, at, before, after, comment)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, action, reviewer, token_id, at, json.dumps(before), json.dumps(after), comment),
        )
        return Review(int(cursor.lastrowid or 0), event_id, action, reviewer, token_id, at, before, after, comment)


def validate_corrections(event: Event, corrections: Mapping[str, Any]) -> dict[str, Any]:
    """Corrections checked against the taxonomy and ranges; raises ReviewError saying what is wrong."""
    unknown = sorted(set(corrections) - set(CORRECTABLE_FIELDS))
    if unknown:
        raise ReviewError(
            f"cannot correct {', '.join(unknown)}: correctable fields are {', '.join(CORRECTABLE_FIELDS)}"
        )
    clean = {name: corrections[name] for name in CORRECTABLE_FIELDS if name in corrections}
    sub_name = clean.get("sub_event_type")
    if sub_name is not None and sub_name not in taxonomy.BY_NAME:
        raise ReviewError(
            f"unknown sub-event type {sub_name!r}: use an ACLED sub-event type name such as 'Armed clash'"
        )
    event_type = clean.get("event_type")
    if event_type is not None and event_type not in taxonomy.EVENT_TYPES:
        raise ReviewError(f"unknown event type {event_type!r}: use one of {', '.join(taxonomy.EVENT_TYPES)}")
    sub = taxonomy.BY_NAME.get(sub_name or event.sub_event_type)
    if event_type is not None and (sub is None or sub.event_type != event_type):
        current = sub_name or event.sub_event_type
        raise ReviewError(f"event type {event_type!r} does not fit sub-event type {current!r}: correct sub_event_type too")
    if "event_date" in clean and clean["event_date"] is not None:
        clean["event_date"] = _date(clean["event_date"])
    _check_ranges(clean)
    if event.place is None and any(name in clean for name in PLACE_FIELDS):
        if clean.get("latitude") is None or clean.get("longitude") is None:
            raise ReviewError("this event has no place yet: give latitude and longitude with the location")
    return clean


def _date(value: Any) -> str:
    try:
        return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).isoformat()
    except ValueError:
        raise ReviewError(f"event_date {value!r} is not a YYYY-MM-DD date") from None


RANGES: dict[str, tuple[float, float]] = {
    "time_precision": (1, 3), "geo_precision": (1, 3), "inter1": (0, 8), "inter2": (0, 8),
    "latitude": (-90, 90), "longitude": (-180, 180), "fatalities": (0, 10_000_000), "injured": (0, 10_000_000),
}


def _check_ranges(clean: Mapping[str, Any]) -> None:
    for name, (low, high) in RANGES.items():
        value = clean.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise ReviewError(f"{name} must be a number from {low:g} to {high:g}, not {value!r}")


# -- reading ---------------------------------------------------------------------------------


def reviews_for(store: SQLiteStore, event_ids: Sequence[str]) -> dict[str, list[Review]]:
    """Every review of each event and of the events folded into it, oldest first."""
    found: dict[str, list[Review]] = {}
    for start in range(0, len(event_ids), 500):
        chunk = list(event_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        owner = dict(store.connection.execute(
            f"SELECT event_id, into_id FROM merged_events WHERE into_id IN ({marks})", chunk).fetchall())
        rows = store.connection.execute(
            "SELECT review_id, event_id, action, reviewer, token_id, at, before, after, comment FROM reviews"
            f" WHERE event_id IN ({marks}) OR event_id IN (SELECT event_id FROM merged_events WHERE into_id IN"
            f" ({marks})) ORDER BY review_id",
            chunk + chunk,
        )
        for row in rows:
            review = Review(*row[:6], json.loads(row[6]), json.loads(row[7]), row[8])
            found.setdefault(owner.get(review.event_id, review.event_id), []).append(review)
    return found


def reviewed_event_ids(store: SQLiteStore) -> list[str]:
    """Ids of every event with at least one review (its own or of an event folded into it):
    the ones whose stored row may be stale."""
    rows = store.connection.execute(
        "SELECT DISTINCT coalesce(merged_events.into_id, reviews.event_id) AS event_id FROM reviews"
        " LEFT JOIN merged_events ON merged_events.event_id = reviews.event_id ORDER BY event_id")
    return [row[0] for row in rows]


def apply_reviews(store: SQLiteStore, events: Iterable[Event], include_rejected: bool = True) -> list[ReviewedEvent]:
    """The events as reviewed: corrections laid over, with status and audit trail.

    Exporters call this on `store.events()` so files carry the analysts' values; rejected
    events are kept unless `include_rejected` is False.
    """
    events = list(events)
    trail = reviews_for(store, [event.event_id for event in events])
    reviewed = [fold_reviews(event, trail.get(event.event_id, ())) for event in events]
    return [item for item in reviewed if include_rejected or item.status != "rejected"]


def reviewed_event(store: SQLiteStore, event_id: str) -> ReviewedEvent | None:
    return _reviewed_in(store, event_id)


def _reviewed_in(store: SQLiteStore, event_id: str) -> ReviewedEvent | None:
    event = store.event(event_id)  # also the survivor of an event folded into another
    if event is None:
        return None
    return fold_reviews(event, reviews_for(store, [event.event_id]).get(event.event_id, ()))


def fold_reviews(event: Event, reviews: Sequence[Review]) -> ReviewedEvent:
    """Lay `reviews` (oldest first) over `event`: later corrections win, the last action sets the status."""
    corrections: dict[str, Any] = {}
    status = UNREVIEWED
    for review in reviews:
        status = STATUS_OF_ACTION.get(review.action, status)
        if review.action == "correct":
            corrections.update({name: value for name, value in review.after.items() if name in CORRECTABLE_FIELDS})
    return ReviewedEvent(apply_corrections(event, corrections), status, tuple(reviews), tuple(corrections))


def apply_corrections(event: Event, corrections: Mapping[str, Any]) -> Event:
    """`event` with corrected fields replaced; evidence is kept only where the value is unchanged."""
    if not corrections:
        return event
    changes: dict[str, Any] = {}
    for name in ("event_type", "sub_event_type", "time_precision", "fatalities", "historical"):
        if name in corrections:
            changes[name] = corrections[name]
    if "injured" in corrections and "injured" in {field.name for field in dataclasses.fields(Event)}:
        changes["injured"] = corrections["injured"]
    sub = taxonomy.BY_NAME.get(corrections.get("sub_event_type", ""))
    if sub is not None:
        changes["event_type"], changes["disorder_type"] = sub.event_type, sub.disorder_type
    if "event_date" in corrections:
        value = corrections["event_date"]
        changes["date"] = dt.date.fromisoformat(value) if value else None
    for role in ("1", "2"):
        if f"actor{role}" in corrections or f"inter{role}" in corrections:
            changes[f"actor{role}"] = _corrected_actor(getattr(event, f"actor{role}"), corrections, role)
    if any(name in corrections for name in PLACE_FIELDS):
        changes["place"] = _corrected_place(event.place, corrections)
    return dataclasses.replace(event, **changes)


def _corrected_actor(actor: Actor | None, corrections: Mapping[str, Any], role: str) -> Actor | None:
    name = corrections.get(f"actor{role}", actor.name if actor else "")
    if not name:
        return None
    inter = corrections.get(f"inter{role}", actor.inter if actor else 0)
    evidence = actor.evidence if actor and actor.name == name else None
    return Actor(name, int(inter or 0), evidence)


def _corrected_place(place: Place | None, corrections: Mapping[str, Any]) -> Place:
    base = place or Place("", 0.0, 0.0, 3)
    moved = any(
        name in corrections and corrections[name] != current
        for name, current in (("location", base.name), ("latitude", base.latitude), ("longitude", base.longitude))
    )
    return dataclasses.replace(
        base,
        name=corrections.get("location", base.name) or "",
        country=corrections.get("country", base.country) or "",
        iso=corrections.get("iso", base.iso) or "",
        admin1=corrections.get("admin1", base.admin1) or "",
        admin2=corrections.get("admin2", base.admin2) or "",
        latitude=float(corrections.get("latitude", base.latitude)),
        longitude=float(corrections.get("longitude", base.longitude)),
        geo_precision=int(corrections.get("geo_precision", base.geo_precision)),
        geonameid=None if moved else base.geonameid,
        evidence=None if moved else base.evidence,
    )


def reviewed_values(event: Event) -> dict[str, Any]:
    """The correctable fields of `event` as flat JSON values: the audit trail's before/after."""
    place = event.place
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "event_date": event.date.isoformat() if event.date else None,
        "time_precision": event.time_precision,
        "actor1": event.actor1.name if event.actor1 else "",
        "inter1": event.actor1.inter if event.actor1 else 0,
        "actor2": event.actor2.name if event.actor2 else "",
        "inter2": event.actor2.inter if event.actor2 else 0,
        "location": place.name if place else "",
        "country": place.country if place else "",
        "iso": place.iso if place else "",
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else None,
        "fatalities": event.fatalities,
        "injured": getattr(event, "injured", 0),
        "historical": event.historical,
    }


# -- desk read helpers -----------------------------------------------------------------------


def event_rows(store: SQLiteStore) -> Iterable[tuple[str, str]]:
    """(event_id, stored JSON) of every event, for readers that cache parsed events."""
    return store.connection.execute("SELECT event_id, data FROM events")


def parse_event(data: str) -> Event:
    return from_jsonable(Event, json.loads(data))


def article_mentions(store: SQLiteStore, article_id: str) -> list[tuple[str, EventMention]]:
    """Every (event_id, mention) extracted from one article: the spans its reading view marks."""
    rows = store.connection.execute(
        "SELECT event_id, data FROM mentions WHERE article_id = ? ORDER BY mention_id", (article_id,)
    )
    return [(row[0], from_jsonable(EventMention, json.loads(row[1]))) for row in rows]
