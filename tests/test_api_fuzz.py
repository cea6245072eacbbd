"""Fuzz the served OpenAPI with schemathesis: whatever a client sends, the server never answers 5xx.

Bounded so it stays a unit test: at most 25 examples per operation, no shrinking budget to
speak of. Writes are sent with the token, so the review and ingest paths are fuzzed past
authentication; the language pipeline is swapped for a stub here (its own robustness is
tested with the pipeline), which keeps the run fast and model-free.
"""

from __future__ import annotations

import datetime as dt
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed")

from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from eventwire import pipeline  # noqa: E402
from eventwire.api import create_app  # noqa: E402
from eventwire.store import open_store  # noqa: E402
from records_factory import BUKAVU, GOMA, article, mention  # noqa: E402

TOKEN = "fuzz-token"


def _no_extraction(articles):
    """The pipeline stub: every article yields no mentions."""
    return [pipeline.ArticleResult(item) for item in articles]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("fuzz") / "events.db"
    store = open_store(path)
    store.store_batch([
        (article(article_id="a1"), [mention("m1", "a1", killed=(3,))], [GOMA]),
        (article("Crowds marched in Bukavu.", dt.date(2024, 6, 3), "a2"),
         [mention("m2", "a2", "Peaceful protest", "Protests", dt.date(2024, 6, 3), BUKAVU)], [BUKAVU]),
    ])
    store.close()
    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline, "process", _no_extraction)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(path, token=TOKEN), host="127.0.0.1", port=port,
                                           log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the fuzz server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    patch.undo()


@pytest.fixture(scope="module")
def api_schema(served: str):
    return schemathesis.openapi.from_url(served + "/openapi.json")


# The schema is the app's own document (the one it serves at /openapi.json); requests go to
# the live server (`base_url` below). Loaded at import because schemathesis parametrizes then.
with tempfile.TemporaryDirectory() as _folder:
    schema = schemathesis.openapi.from_dict(create_app(Path(_folder) / "schema.db", token=TOKEN).openapi())


@schema.parametrize()
@settings(
    max_examples=25, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_request_makes_the_server_fail(case, served: str):
    case.call_and_validate(
        base_url=served, headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error], timeout=20
    )


def test_the_served_schema_is_the_one_fuzzed(api_schema):
    served = api_schema.raw_schema
    assert served["paths"].keys() == schema.raw_schema["paths"].keys()


def test_the_served_schema_lists_every_operation(api_schema):
    paths = {operation.path for operation in (result.ok() for result in api_schema.get_all_operations())}
    assert {"/events", "/events/{event_id}", "/events.geojson", "/articles/{article_id}", "/stats",
            "/events/{event_id}/review", "/articles"} <= paths
