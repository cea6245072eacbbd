"""The API's routes and their dependencies (the store of the calling thread, the write token).

Every reader goes through `reviews.apply_reviews`, so what the API shows is what analysts
corrected; writes (reviews, new reports) need the bearer token.
"""

from __future__ import annotations

import hmac
import threading
from collections import Counter
from pathlib import Path
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse

from eventwire import export
from eventwire.api.convert import article_spans, detail, from_record, summary
from eventwire.api.filters import EventCache, EventFilters, SortKey, event_filters, select_events, sort_events
from eventwire.api.models import (
    ArticleIn, ArticleView, DayCount, EventDetail, EventPage, FeatureCollection, IngestResult, Problem,
    ReviewOut, ReviewRequest, ReviewResult, Stats,
)
from eventwire.api.tokens import configured_token, token_id
from eventwire.errors import EventwireError, IngestError
from eventwire.ingest.common import make_article
from eventwire.store import open_store, reviews
from eventwire.store.sqlite import SQLiteStore

WEB_DIR = Path(__file__).parents[1] / "web"
MAX_PAGE = 10_000
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem}}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": Problem}, 413: {"model": Problem}}

router = APIRouter()


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


def event_cache(request: Request) -> EventCache:
    return cast(EventCache, request.app.state.events)


StoreDep = Annotated[SQLiteStore, Depends(store_of)]
FiltersDep = Annotated[EventFilters, Depends(event_filters)]
WriterDep = Annotated[str, Depends(writer)]
CacheDep = Annotated[EventCache, Depends(event_cache)]


@router.get("/events", response_model=EventPage, summary="List events (reviewed values)")
def list_events(
    store: StoreDep, filters: FiltersDep, cache: CacheDep,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    sort: SortKey = "-date",
) -> EventPage:
    found = sort_events(select_events(store, filters, cache), sort)
    return EventPage(total=len(found), offset=offset, limit=limit,
                     events=[summary(item) for item in found[offset : offset + limit]])

@router.get("/events.geojson", response_model=FeatureCollection, summary="Events as GeoJSON (ACLED columns)")
def events_geojson(store: StoreDep, filters: FiltersDep, cache: CacheDep) -> FeatureCollection:
    found = sort_events(select_events(store, filters, cache), "-date")
    collection = export.geojson((item.event for item in found), {item.event.event_id: item.status for item in found})
    return FeatureCollection.model_validate(collection)

@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND, summary="One event in full")
def get_event(event_id: str, store: StoreDep) -> EventDetail:
    item = reviews.reviewed_event(store, event_id)
    if item is None:
        raise HTTPException(404, f"no event {event_id!r}; list events with GET /events")
    return detail(store, item)

@router.post("/events/{event_id}/review", response_model=ReviewResult, responses={**NOT_FOUND, **WRITE_ERRORS},
          summary="Accept, correct or reject an event (needs the bearer token)")
def review_event(event_id: str, body: ReviewRequest, store: StoreDep, who: WriterDep) -> ReviewResult:
    corrections = body.corrections.model_dump(exclude_none=True) if body.corrections else {}
    review = reviews.record_review(store, event_id, body.action, corrections, body.reviewer, body.comment, who)
    item = reviews.reviewed_event(store, event_id)
    assert item is not None  # it was just reviewed
    return ReviewResult(review=from_record(ReviewOut, review), event=detail(store, item))

@router.get("/articles/{article_id}", response_model=ArticleView, responses=NOT_FOUND,
         summary="An article's text with its typed spans")
def get_article(article_id: str, store: StoreDep) -> ArticleView:
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    spans, event_ids = article_spans(store, article_id)
    return ArticleView(id=article.id, title=article.title, date=article.date, url=article.url,
                       outlet=article.outlet, text=article.text, spans=spans, event_ids=event_ids)

@router.post("/articles", response_model=IngestResult, responses=WRITE_ERRORS,
          summary="Ingest one report: extract, merge, store, and return its events (needs the token)")
def post_article(body: ArticleIn, store: StoreDep, who: WriterDep, request: Request) -> IngestResult:
    return ingest_report(store, body, request.app.state.pipeline_lock)

@router.get("/stats", response_model=Stats, summary="Counts by type, country and day")
def stats(store: StoreDep, filters: FiltersDep, cache: CacheDep) -> Stats:
    found = select_events(store, filters, cache)
    by_day = Counter((item.event.date, item.event.event_type) for item in found if item.event.date)
    return Stats(
        total=len(found),
        by_type=dict(Counter(item.event.event_type for item in found).most_common()),
        by_country=dict(Counter(item.event.place.country for item in found if item.event.place).most_common()),
        by_day=[DayCount(date=day, event_type=kind, count=count) for (day, kind), count in sorted(by_day.items())],
    )

@router.get("/", include_in_schema=False)
def index() -> FileResponse:
    return FileResponse(WEB_DIR / "index.html", media_type="text/html")

@router.get("/favicon.ico", include_in_schema=False, status_code=204)
def favicon() -> None:
    return None


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
