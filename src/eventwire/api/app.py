"""The FastAPI app: its state, security headers, the body limit, error handlers, and `serve`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire.api.filters import EventCache
from eventwire.api.routes import WEB_DIR, StorePerThread, router
from eventwire.api.tokens import configured_token, make_token, token_path
from eventwire.errors import EventwireError, UnknownEventError

MAX_BODY_BYTES = 8 * 1024 * 1024  # 1,000,000 characters of JSON-escaped text fit
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
    app.state.pipeline_lock = threading.Lock()  # one model run at a time for posted reports

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

    app.include_router(router)
    app.mount("/web", StaticFiles(directory=WEB_DIR), name="web")
    app.add_middleware(BodyLimit)
    return app


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
