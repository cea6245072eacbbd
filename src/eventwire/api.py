"""The analyst's desk over HTTP: a typed JSON API, the offline page, and the review workflow.

Why FastAPI with pydantic response models: the OpenAPI document at `/openapi.json` is then
exact, so clients and the fuzz tests (schemathesis) work from the same contract the page uses.

Every reader goes through `reviews.apply_reviews`, so what the API shows is what analysts
corrected. Writes (reviews, new reports) need the bearer token: `$EVENTWIRE_TOKEN`, or the
token file `make_token()` writes (`$EVENTWIRE_TOKEN_FILE`, default ~/.config/eventwire/token).
Article text is untrusted: the API returns it as JSON data only, the page renders it with
textContent, and a strict Content-Security-Policy forbids inline script and style.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any, Literal, cast

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from eventwire import export, taxonomy
from eventwire.errors import EventwireError, IngestError
from eventwire.ingest.common import MAX_ARTICLE_CHARS, make_article
from eventwire.records import Event, Span
from eventwire.store import open_store, reviews
from eventwire.store.sqlite import SQLiteStore

WEB_DIR = Path(__file__).parent / "web"
MAX_BODY_BYTES = 8 * 1024 * 1024  # 1,000,000 characters of JSON-escaped text fit
MAX_PAGE = 10_000
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


# -- tokens ----------------------------------------------------------------------------------


def token_path() -> Path:
    """Where the write token lives: $EVENTWIRE_TOKEN_FILE, else $XDG_CONFIG_HOME/eventwire/token."""
    if os.environ.get("EVENTWIRE_TOKEN_FILE"):
        return Path(os.environ["EVENTWIRE_TOKEN_FILE"])
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return config / "eventwire" / "token"


def make_token(rotate: bool = False) -> str:
    """The write token, created (owner-only file) when missing or when `rotate` asks for a new one."""
    path = token_path()
    if path.exists() and not rotate:
        existing = path.read_text(encoding="utf-8").strip()
        if existing:
            return existing
    token = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
    os.chmod(path, 0o600)
    return token


def configured_token() -> str | None:
    """The token writes must present: $EVENTWIRE_TOKEN, else the token file; None when neither is set."""
    if os.environ.get("EVENTWIRE_TOKEN"):
        return os.environ["EVENTWIRE_TOKEN"]
    path = token_path()
    if path.exists():
        return path.read_text(encoding="utf-8").strip() or None
    return None


def token_id(token: str) -> str:
    """A fingerprint of the token for the audit trail: tells tokens apart without storing them."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


# -- response and request models -------------------------------------------------------------


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanOut(Model):
    start: int
    end: int
    text: str


class PlaceOut(Model):
    name: str
    latitude: float
    longitude: float
    geo_precision: int
    country: str
    iso: str
    admin1: str
    admin2: str
    geonameid: int | None
    feature: str
    evidence: SpanOut | None


class ActorOut(Model):
    name: str
    inter: int
    evidence: SpanOut | None


class ClaimOut(Model):
    claimant: str
    channel: str
    stance: str
    verification: str
    modality: str
    hedges: list[str]
    article_id: str
    outlet: str
    scope: str
    sentence: str
    start: int
    end: int


class FatalityClaimOut(Model):
    figure: int
    kind: str
    claimant: str
    evidence: SpanOut
    article_id: str
    lower_bound: bool
    approximate: bool


class MentionOut(Model):
    mention_id: str
    article_id: str
    sentence: SpanOut
    event_type: str
    sub_event_type: str
    confidence: float
    trigger: SpanOut | None
    date: dt.date | None
    time_precision: int
    date_evidence: SpanOut | None
    historical: bool
    outlet: str


class ReviewOut(Model):
    review_id: int
    event_id: str
    action: str
    reviewer: str
    token_id: str
    at: str
    before: dict[str, Any]
    after: dict[str, Any]
    comment: str


class EventSummary(Model):
    """One event as the list, the map and the timeline need it."""

    event_id: str
    date: dt.date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    disorder_type: str
    actor1: str
    actor2: str
    location: str
    country: str
    iso: str
    admin1: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    claims: int
    articles: int
    historical: bool
    confidence: float
    review_status: str


class EventPage(Model):
    total: int
    offset: int
    limit: int
    events: list[EventSummary]


class FieldEvidence(Model):
    """A field's value with the text that supports it, inside its source sentence."""

    field: str
    value: str
    evidence: SpanOut | None
    sentence: SpanOut | None
    article_id: str | None
    corrected: bool


class SourceOut(Model):
    article_id: str
    title: str
    outlet: str
    url: str
    date: dt.date | None


class EventDetail(EventSummary):
    place: PlaceOut | None
    actor1_detail: ActorOut | None
    actor2_detail: ActorOut | None
    assoc_actor_1: list[ActorOut]
    assoc_actor_2: list[ActorOut]
    claims_detail: list[ClaimOut]
    fatality_claims: list[FatalityClaimOut]
    mentions: list[MentionOut]
    sources: list[SourceOut]
    evidence: list[FieldEvidence]
    merge_reasons: list[str]
    corrected_fields: list[str]
    reviews: list[ReviewOut]


class TypedSpan(Model):
    kind: Literal["trigger", "date", "place", "actor", "figure", "sentence"]
    start: int
    end: int
    text: str
    label: str
    event_id: str | None


class ArticleView(Model):
    id: str
    title: str
    date: dt.date | None
    url: str
    outlet: str
    text: str
    spans: list[TypedSpan]
    event_ids: list[str]


class DayCount(Model):
    date: dt.date
    event_type: str
    count: int


class Stats(Model):
    total: int
    by_type: dict[str, int]
    by_country: dict[str, int]
    by_day: list[DayCount]


class PointGeometry(Model):
    type: Literal["Point"]
    coordinates: list[float]


class Feature(Model):
    type: Literal["Feature"]
    id: str
    geometry: PointGeometry | None
    properties: dict[str, Any]


class FeatureCollection(Model):
    type: Literal["FeatureCollection"]
    features: list[Feature]


def _plain_text(value: str | None) -> str | None:
    """Text must be encodable (no lone surrogates): the database stores UTF-8."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    return value


class EventCorrection(Model):
    """The fields a reviewer may correct; omitted fields keep their value."""

    event_type: Literal[tuple(taxonomy.EVENT_TYPES)] | None = None  # type: ignore[valid-type]
    sub_event_type: Literal[tuple(taxonomy.BY_NAME)] | None = None  # type: ignore[valid-type]
    event_date: dt.date | None = None
    time_precision: int | None = Field(None, ge=1, le=3)
    actor1: str | None = Field(None, max_length=300)
    inter1: int | None = Field(None, ge=0, le=8)
    actor2: str | None = Field(None, max_length=300)
    inter2: int | None = Field(None, ge=0, le=8)
    location: str | None = Field(None, max_length=300)
    country: str | None = Field(None, max_length=200)
    iso: str | None = Field(None, max_length=2)
    admin1: str | None = Field(None, max_length=200)
    admin2: str | None = Field(None, max_length=200)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geo_precision: int | None = Field(None, ge=1, le=3)
    fatalities: int | None = Field(None, ge=0, le=10_000_000)
    injured: int | None = Field(None, ge=0, le=10_000_000)
    historical: bool | None = None

    _text = field_validator("actor1", "actor2", "location", "country", "iso", "admin1", "admin2")(_plain_text)


class ReviewRequest(Model):
    action: Literal["accept", "correct", "reject"]
    corrections: EventCorrection | None = None
    comment: str = Field("", max_length=5000)
    reviewer: str = Field("analyst", min_length=1, max_length=100)

    _text = field_validator("comment", "reviewer")(_plain_text)

    @model_validator(mode="after")
    def _corrections_fit_action(self) -> ReviewRequest:
        given = self.corrections.model_dump(exclude_none=True) if self.corrections else {}
        if self.action == "correct" and not given:
            raise ValueError("action 'correct' needs at least one field in 'corrections'")
        if self.action != "correct" and given:
            raise ValueError(f"action {self.action!r} takes no corrections; use action 'correct'")
        return self


class ReviewResult(Model):
    review: ReviewOut
    event: EventDetail


class ArticleIn(Model):
    text: str = Field(..., min_length=1, max_length=MAX_ARTICLE_CHARS)
    date: dt.date | None = None
    title: str = Field("", max_length=2000)
    url: str = Field("", max_length=2000)
    outlet: str = Field("", max_length=300)

    _text = field_validator("text", "title", "url", "outlet")(_plain_text)


class IngestResult(Model):
    article_id: str
    already_stored: bool
    events: list[EventSummary]


class Problem(Model):
    detail: str


# -- converting records ----------------------------------------------------------------------


def _span(span: Span | None) -> SpanOut | None:
    return SpanOut(start=span.start, end=span.end, text=span.text) if span else None


def summary(item: reviews.ReviewedEvent) -> EventSummary:
    event, place = item.event, item.event.place
    return EventSummary(
        event_id=event.event_id, date=event.date, time_precision=event.time_precision,
        event_type=event.event_type, sub_event_type=event.sub_event_type, disorder_type=event.disorder_type,
        actor1=event.actor1.name if event.actor1 else "", actor2=event.actor2.name if event.actor2 else "",
        location=place.name if place else "", country=place.country if place else "",
        iso=place.iso if place else "", admin1=place.admin1 if place else "",
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None, fatalities=event.fatalities,
        claims=len(event.claims), articles=len(event.article_ids), historical=event.historical,
        confidence=event.confidence, review_status=item.status,
    )


def detail(store: SQLiteStore, item: reviews.ReviewedEvent) -> EventDetail:
    event = item.event
    sources = []
    for article_id in event.article_ids:
        article = store.article(article_id)
        if article is not None:
            sources.append(SourceOut(article_id=article.id, title=article.title, outlet=article.outlet,
                                     url=article.url, date=article.date))
    return EventDetail(
        **summary(item).model_dump(),
        place=_place(event), actor1_detail=_actor(event.actor1), actor2_detail=_actor(event.actor2),
        assoc_actor_1=[_actor(actor) for actor in event.assoc_actor_1],
        assoc_actor_2=[_actor(actor) for actor in event.assoc_actor_2],
        claims_detail=[_out(ClaimOut, claim, hedges=list(claim.hedges)) for claim in event.claims],
        fatality_claims=[
            _out(FatalityClaimOut, figure, evidence=_span(figure.evidence)) for figure in event.fatality_claims
        ],
        mentions=[_mention(mention) for mention in event.mentions],
        sources=sources,
        evidence=field_evidence(item),
        merge_reasons=list(event.merge_reasons),
        corrected_fields=list(item.corrected_fields),
        reviews=[_out(ReviewOut, review) for review in item.reviews],
    )


def _out(model: type[Model], record: Any, **overrides: Any) -> Any:
    """A response model from a record's fields; fields the model does not publish are left out."""
    values = {name: getattr(record, name) for name in model.model_fields if hasattr(record, name)}
    return model(**{**values, **overrides})


def _place(event: Event) -> PlaceOut | None:
    place = event.place
    if place is None:
        return None
    return _out(PlaceOut, place, evidence=_span(place.evidence))


def _actor(actor: Any) -> Any:
    return ActorOut(name=actor.name, inter=actor.inter, evidence=_span(actor.evidence)) if actor else None


def _mention(mention: Any) -> MentionOut:
    return MentionOut(
        mention_id=mention.mention_id, article_id=mention.article_id, sentence=_span(mention.sentence),
        event_type=mention.event_type, sub_event_type=mention.sub_event_type, confidence=mention.confidence,
        trigger=_span(mention.trigger), date=mention.date, time_precision=mention.time_precision,
        date_evidence=_span(mention.date_evidence), historical=mention.historical, outlet=mention.outlet,
    )


def field_evidence(item: reviews.ReviewedEvent) -> list[FieldEvidence]:
    """Each field with its evidence span and the sentence it sits in (so the page can mark it)."""
    event = item.event
    lead = event.mentions[0] if event.mentions else None
    place, corrected = event.place, set(item.corrected_fields)

    def sentence_of(span: Span | None) -> tuple[SpanOut | None, str | None]:
        for mention in event.mentions:
            if span and mention.sentence.start <= span.start and span.end <= mention.sentence.end:
                return _span(mention.sentence), mention.article_id
        return (_span(lead.sentence), lead.article_id) if lead else (None, None)

    rows: list[tuple[str, str, Span | None, tuple[str, ...]]] = [
        ("sub_event_type", f"{event.sub_event_type} ({event.event_type})", lead.trigger if lead else None,
         ("sub_event_type", "event_type")),
        ("date", event.date.isoformat() if event.date else "", lead.date_evidence if lead else None,
         ("event_date", "time_precision")),
        ("place", _place_label(place) if place else "",
         place.evidence if place else None, reviews.PLACE_FIELDS),
        ("actor1", event.actor1.name if event.actor1 else "", event.actor1.evidence if event.actor1 else None,
         ("actor1", "inter1")),
        ("actor2", event.actor2.name if event.actor2 else "", event.actor2.evidence if event.actor2 else None,
         ("actor2", "inter2")),
    ]
    figures = [figure for figure in event.fatality_claims if figure.kind == "killed"]
    rows.append(("fatalities", str(event.fatalities), figures[0].evidence if figures else None, ("fatalities",)))
    found = []
    for name, value, span, fields in rows:
        sentence, article_id = sentence_of(span)
        found.append(FieldEvidence(field=name, value=value, evidence=_span(span), sentence=sentence,
                                   article_id=article_id, corrected=bool(corrected & set(fields))))
    return found


def article_spans(store: SQLiteStore, article_id: str) -> tuple[list[TypedSpan], list[str]]:
    """Typed spans of one article (triggers, dates, places, actors, figures, event sentences)."""
    spans: dict[tuple[str, int, int], TypedSpan] = {}

    def add(kind: str, span: Span | None, label: str, event_id: str | None) -> None:
        if span is not None and span.end > span.start:
            spans.setdefault((kind, span.start, span.end), TypedSpan(
                kind=kind, start=span.start, end=span.end, text=span.text, label=label, event_id=event_id))

    event_ids: list[str] = []
    for event_id, mention in reviews.article_mentions(store, article_id):
        event_ids.append(event_id)
        add("sentence", mention.sentence, mention.sub_event_type, event_id)
        add("trigger", mention.trigger, mention.sub_event_type, event_id)
        add("date", mention.date_evidence, mention.date.isoformat() if mention.date else "", event_id)
        for actor in (mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2):
            if actor is not None:
                add("actor", actor.evidence, actor.name, event_id)
        for figure in mention.fatality_claims:
            add("figure", figure.evidence, f"{figure.figure} {figure.kind} according to {figure.claimant}", event_id)
        if mention.place is not None:
            add("place", mention.place.evidence, _place_label(mention.place), event_id)
    for place in store.article_places(article_id):
        add("place", place.evidence, _place_label(place), None)
    ordered = sorted(spans.values(), key=lambda span: (span.start, -span.end, span.kind))
    return ordered, list(dict.fromkeys(event_ids))


def _place_label(place: Any) -> str:
    return ", ".join(part for part in (place.name, place.admin1, place.country) if part)


# -- filtering -------------------------------------------------------------------------------


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


# -- the app ---------------------------------------------------------------------------------


class BodyLimit:
    """ASGI middleware: refuse request bodies over `limit` bytes with 413, before reading them all."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await _too_large(send, self.limit)
        seen = 0

        async def counted_receive() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _BodyTooLarge
            return message

        try:
            await self.app(scope, counted_receive, send)
        except _BodyTooLarge:
            await _too_large(send, self.limit)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Callable, limit: int) -> None:
    response = JSONResponse({"detail": f"request body over {limit:,} bytes"}, status_code=413,
                            headers=SECURITY_HEADERS)
    await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})


class StorePerThread:
    """One SQLite connection per worker thread: sqlite3 connections must stay in their thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.local = threading.local()
        open_store(path).close()  # create and migrate once, up front

    def __call__(self) -> SQLiteStore:
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = open_store(self.path)
        return store


class ThreadStore:
    """Stands for the store of whichever thread uses it.

    FastAPI may resolve a dependency in one worker thread and run the endpoint in another,
    so the connection is looked up at each use, not when the dependency is resolved.
    """

    def __init__(self, stores: StorePerThread) -> None:
        self._stores = stores

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stores(), name)


def store_of(request: Request) -> SQLiteStore:
    """The app's database, for the thread that uses it."""
    return cast(SQLiteStore, ThreadStore(request.app.state.stores))


def writer(request: Request, authorization: Annotated[str | None, Header()] = None) -> str:
    """The caller's token fingerprint, or 401: every write needs the bearer token."""
    expected = request.app.state.token or configured_token()
    scheme, _, given = (authorization or "").partition(" ")
    if expected is None:
        raise HTTPException(401, "writes are disabled: no token is set; run `eventwire token` "
                                 "or set EVENTWIRE_TOKEN", headers={"WWW-Authenticate": "Bearer"})
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is needed: send 'Authorization: Bearer TOKEN' "
                                 "(see `eventwire token`)", headers={"WWW-Authenticate": "Bearer"})
    return token_id(expected)


StoreDep = Annotated[SQLiteStore, Depends(store_of)]
FiltersDep = Annotated[EventFilters, Depends(event_filters)]
WriterDep = Annotated[str, Depends(writer)]


def create_app(db_path: str | Path, token: str | None = None) -> FastAPI:
    """The API and page over the database at `db_path`.

    `token` fixes the write token (tests); otherwise it is read per request from
    $EVENTWIRE_TOKEN or the token file, so `eventwire token --rotate` needs no restart.
    """
    app = FastAPI(
        title="eventwire", version="0.1.0", docs_url=None, redoc_url=None,
        description="Geolocated, source-attributed events from news reports, with analysts' reviews.",
    )
    app.state.stores = StorePerThread(Path(db_path))
    app.state.token = token
    app.state.events = EventCache()
    pipeline_lock = threading.Lock()
    errors: dict[int | str, dict[str, Any]] = {404: {"model": Problem}}
    write_errors: dict[int | str, dict[str, Any]] = {401: {"model": Problem}, 413: {"model": Problem}}

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Any:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(reviews.UnknownEventError)
    async def unknown_event(request: Request, error: reviews.UnknownEventError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=404)

    @app.exception_handler(EventwireError)
    async def eventwire_error(request: Request, error: EventwireError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=422)

    @app.get("/events", response_model=EventPage, summary="List events (reviewed values)")
    def list_events(
        store: StoreDep, filters: FiltersDep,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        sort: SortKey = "-date",
    ) -> EventPage:
        found = sort_events(select_events(store, filters, app.state.events), sort)
        return EventPage(total=len(found), offset=offset, limit=limit,
                         events=[summary(item) for item in found[offset : offset + limit]])

    @app.get("/events.geojson", response_model=FeatureCollection, summary="Events as GeoJSON (ACLED columns)")
    def events_geojson(store: StoreDep, filters: FiltersDep) -> FeatureCollection:
        found = sort_events(select_events(store, filters, app.state.events), "-date")
        collection = export.geojson((item.event for item in found), {item.event.event_id: item.status for item in found})
        return FeatureCollection.model_validate(collection)

    @app.get("/events/{event_id}", response_model=EventDetail, responses=errors, summary="One event in full")
    def get_event(event_id: str, store: StoreDep) -> EventDetail:
        item = reviews.reviewed_event(store, event_id)
        if item is None:
            raise HTTPException(404, f"no event {event_id!r}; list events with GET /events")
        return detail(store, item)

    @app.post("/events/{event_id}/review", response_model=ReviewResult, responses={**errors, **write_errors},
              summary="Accept, correct or reject an event (needs the bearer token)")
    def review_event(event_id: str, body: ReviewRequest, store: StoreDep, who: WriterDep) -> ReviewResult:
        corrections = body.corrections.model_dump(exclude_none=True) if body.corrections else {}
        review = reviews.record_review(store, event_id, body.action, corrections, body.reviewer, body.comment, who)
        item = reviews.reviewed_event(store, event_id)
        assert item is not None  # it was just reviewed
        return ReviewResult(review=_out(ReviewOut, review), event=detail(store, item))

    @app.get("/articles/{article_id}", response_model=ArticleView, responses=errors,
             summary="An article's text with its typed spans")
    def get_article(article_id: str, store: StoreDep) -> ArticleView:
        article = store.article(article_id)
        if article is None:
            raise HTTPException(404, f"no article {article_id!r}")
        spans, event_ids = article_spans(store, article_id)
        return ArticleView(id=article.id, title=article.title, date=article.date, url=article.url,
                           outlet=article.outlet, text=article.text, spans=spans, event_ids=event_ids)

    @app.post("/articles", response_model=IngestResult, responses=write_errors,
              summary="Ingest one report: extract, merge, store, and return its events (needs the token)")
    def post_article(body: ArticleIn, store: StoreDep, who: WriterDep) -> IngestResult:
        return ingest_report(store, body, pipeline_lock)

    @app.get("/stats", response_model=Stats, summary="Counts by type, country and day")
    def stats(store: StoreDep, filters: FiltersDep) -> Stats:
        found = select_events(store, filters, app.state.events)
        by_day = Counter((item.event.date, item.event.event_type) for item in found if item.event.date)
        return Stats(
            total=len(found),
            by_type=dict(Counter(item.event.event_type for item in found).most_common()),
            by_country=dict(Counter(item.event.place.country for item in found if item.event.place).most_common()),
            by_day=[DayCount(date=day, event_type=kind, count=count) for (day, kind), count in sorted(by_day.items())],
        )

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False, status_code=204)
    def favicon() -> None:
        return None

    app.mount("/web", StaticFiles(directory=WEB_DIR), name="web")
    app.add_middleware(BodyLimit)
    return app


def ingest_report(store: SQLiteStore, body: ArticleIn, lock: threading.Lock) -> IngestResult:
    """Run the pipeline on one posted report and store it; the lock keeps one model run at a time."""
    from eventwire.pipeline import process

    try:
        article = make_article("api", body.text, body.title, body.date, body.url, body.outlet)
    except IngestError as error:
        _invalid_body("text", str(error))
    already = bool(store.known_article_ids([article.id]))
    if not already:
        with lock:
            (result,) = process([article])
        if result.error:
            raise EventwireError(f"extraction failed on the posted report: {result.error}")
        store.store_batch([(result.article, result.mentions, result.places)])
    event_ids = list(dict.fromkeys(event_id for event_id, _ in reviews.article_mentions(store, article.id)))
    items = reviews.apply_reviews(store, filter(None, (store.event(event_id) for event_id in event_ids)))
    return IngestResult(article_id=article.id, already_stored=already, events=[summary(item) for item in items])


def _invalid_body(name: str, message: str) -> Any:
    raise RequestValidationError([{"type": "value_error", "loc": ("body", name), "msg": message, "input": None}])


def serve(db: str | Path | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the API and the page until interrupted (`eventwire serve`)."""
    import uvicorn

    from eventwire.store import default_location

    location = Path(db or default_location())
    if configured_token() is None:
        make_token()
    print(f"eventwire desk on http://{host}:{port}/ over {location}; "
          f"writes need the token from `eventwire token` ({token_path()} or $EVENTWIRE_TOKEN)")
    uvicorn.run(create_app(location), host=host, port=port, log_level="info")
