"""The filters and sort orders that /events, /events.geojson and /stats share."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.exceptions import RequestValidationError

from eventwire.api.models import Model
from eventwire.records import Event
from eventwire.store import reviews
from eventwire.store.sqlite import SQLiteStore


class EventFilters(Model):
    """The filters /events, /events.geojson and /stats share."""

    type: str | None = None
    sub_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    review_status: str | None = None
    include_historical: bool = True
    include_rejected: bool = True

    def matches(self, item: reviews.ReviewedEvent) -> bool:
        event, place = item.event, item.event.place
        checks = (
            self.type is None or _same(event.event_type, self.type) or _same(event.sub_event_type, self.type),
            self.sub_type is None or _same(event.sub_event_type, self.sub_type),
            self.country is None
            or (place is not None and (_same(place.country, self.country) or _same(place.iso, self.country))),
            self.admin1 is None or (place is not None and _same(place.admin1, self.admin1)),
            self.actor is None or any(self.actor.casefold() in name.casefold() for name in _actor_names(event)),
            self.since is None or (event.date is not None and event.date >= self.since),
            self.until is None or (event.date is not None and event.date <= self.until),
            self.bbox is None or (place is not None and _inside(place.longitude, place.latitude, self.bbox)),
            self.q is None or self.q.casefold() in _searchable(event).casefold(),
            self.review_status is None or item.status == self.review_status,
            self.include_historical or not event.historical,
            self.include_rejected or item.status != "rejected",
        )
        return all(checks)


def _same(value: str, wanted: str) -> bool:
    return value.casefold() == wanted.casefold()


def _actor_names(event: Event) -> list[str]:
    actors = (event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2)
    return [actor.name for actor in actors if actor is not None]


def _inside(longitude: float, latitude: float, bbox: tuple[float, float, float, float]) -> bool:
    west, south, east, north = bbox
    in_longitude = west <= longitude <= east if west <= east else (longitude >= west or longitude <= east)
    return in_longitude and south <= latitude <= north


def _searchable(event: Event) -> str:
    parts = [event.event_type, event.sub_event_type, *_actor_names(event)]
    if event.place:
        parts += [event.place.name, event.place.admin1, event.place.country]
    parts += [mention.sentence.text for mention in event.mentions]
    parts += [claim.claimant for claim in event.claims]
    return "\n".join(parts)


def event_filters(
    type: Annotated[str | None, Query(max_length=200, description="Event type or sub-event type.")] = None,
    sub_type: Annotated[str | None, Query(max_length=200, description="Sub-event type, e.g. 'Armed clash'.")] = None,
    country: Annotated[str | None, Query(max_length=200, description="Country name or ISO alpha-2 code.")] = None,
    admin1: Annotated[str | None, Query(max_length=200)] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of an actor's name.")] = None,
    since: Annotated[dt.date | None, Query(description="First date, YYYY-MM-DD.")] = None,
    until: Annotated[dt.date | None, Query(description="Last date, YYYY-MM-DD.")] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="west,south,east,north in degrees.",
                                      examples=["30,44,40,53"])] = None,
    q: Annotated[str | None, Query(max_length=500, description="Text in the sentences, actors or place.")] = None,
    review_status: Annotated[Literal["unreviewed", "accepted", "corrected", "rejected"] | None, Query()] = None,
    include_historical: bool = True,
    include_rejected: bool = True,
) -> EventFilters:
    return EventFilters(
        type=type, sub_type=sub_type, country=country, admin1=admin1, actor=actor, since=since, until=until,
        bbox=_parse_bbox(bbox) if bbox else None, q=q, review_status=review_status,
        include_historical=include_historical, include_rejected=include_rejected,
    )


def _parse_bbox(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        _invalid("bbox", "bbox must be four numbers: west,south,east,north (degrees)")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        _invalid("bbox", "bbox is out of range: longitudes -180..180, latitudes -90..90 with south <= north")
    return west, south, east, north


def _invalid(name: str, message: str) -> Any:
    """A 422 shaped like FastAPI's own validation errors."""
    raise RequestValidationError([{"type": "value_error", "loc": ("query", name), "msg": message, "input": None}])


class EventCache:
    """Parsed events by id, re-parsed only when their stored row changes.

    Why: turning stored JSON into records dominates a listing (about 0.25 ms an event), and
    the page asks for every event at once. Rows are still read on every request, and a row
    whose JSON differs from the cached one is parsed again, so the cache is never stale.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: dict[str, tuple[str, Event]] = {}

    def events(self, store: SQLiteStore) -> list[Event]:
        rows = list(reviews.event_rows(store))
        with self.lock:
            fresh: dict[str, tuple[str, Event]] = {}
            for event_id, data in rows:
                entry = self.entries.get(event_id)
                if entry is None or entry[0] != data:
                    entry = (data, reviews.parse_event(data))
                fresh[event_id] = entry
            self.entries = fresh
            return [event for _, event in fresh.values()]


def select_events(
    store: SQLiteStore, filters: EventFilters, cache: EventCache | None = None
) -> list[reviews.ReviewedEvent]:
    """Events matching `filters` on their reviewed values (a correction may move an event into a filter)."""
    events = (cache or EventCache()).events(store)
    return [item for item in reviews.apply_reviews(store, events) if filters.matches(item)]


SORTS: dict[str, Callable[[reviews.ReviewedEvent], Any]] = {
    "date": lambda item: (item.event.date or dt.date.min, item.event.event_id),
    "fatalities": lambda item: (item.event.fatalities, item.event.event_id),
    "type": lambda item: (item.event.event_type, item.event.sub_event_type, item.event.event_id),
    "country": lambda item: (item.event.place.country if item.event.place else "", item.event.event_id),
    "id": lambda item: item.event.event_id,
}
SortKey = Literal["date", "-date", "fatalities", "-fatalities", "type", "-type", "country", "-country", "id", "-id"]


def sort_events(items: Iterable[reviews.ReviewedEvent], sort: str) -> list[reviews.ReviewedEvent]:
    return sorted(items, key=SORTS[sort.lstrip("-")], reverse=sort.startswith("-"))
