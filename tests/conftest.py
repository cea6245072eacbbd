"""Shared fixtures: the report fixtures written for the tests, the gazetteer, and the gold-data folder."""

from __future__ import annotations

import functools
import os
import threading
import uuid
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from eventwire.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    # Built once per machine at the default path (the install step normally does this).
    return Gazetteer.open()


def shared_eval_file(relative: str) -> Path:
    """A gold file from ../shared/eval, or skip the test when the folder is absent."""
    path = SHARED_EVAL / relative
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on a free loopback port: (folder, base URL)."""
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield root, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# -- stores: SQLite always, PostgreSQL when a server is given ----------------------------------

POSTGRES_SERVER_VARIABLE = "EVENTWIRE_TEST_POSTGRES"


def fresh_postgres_database() -> Iterator[str]:
    """A URL to a new, empty database on the test server, dropped afterwards; skips without a server."""
    server = os.environ.get(POSTGRES_SERVER_VARIABLE)
    if not server:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_SERVER_VARIABLE} (scripts/with_postgres.sh does)")
    psycopg = pytest.importorskip("psycopg")
    name = f"eventwire_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url() -> Iterator[str]:
    yield from fresh_postgres_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path: Path) -> Iterator[str]:
    """Where a test's store lives: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "x.db")
    else:
        yield from fresh_postgres_database()
