"""The FastAPI app: routes, security headers, the body limit, and a store per thread."""

from __future__ import annotations

import hmac
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, cast

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire import export
from eventwire.api.convert import article_spans, detail, from_record, summary
from eventwire.api.filters import EventCache, EventFilters, SortKey, event_filters, select_events, sort_events
from eventwire.api.models import (
    ArticleIn, ArticleView, DayCount, EventDetail, EventPage, FeatureCollection, IngestResult, Problem,
    ReviewOut, ReviewRequest, ReviewResult, Stats,
)
from eventwire.api.tokens import configured_token, make_token, token_id, token_path
from eventwire.errors import EventwireError, IngestError, UnknownEventError
from eventwire.ingest.common import make_article
from eventwire.store import open_store, reviews
from eventwire.store.sqlite import SQLiteStore

WEB_DIR = Path(__file__).parents[1] / "web"
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

    @app.exception_handler(UnknownEventError)
    async def unknown_event(request: Request, error: UnknownEventError) -> JSONResponse:
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
        return ReviewResult(review=from_record(ReviewOut, review), event=detail(store, item))

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
