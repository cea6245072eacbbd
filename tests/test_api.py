"""The HTTP API: filters, detail with evidence, articles with typed spans, reviews behind a token, limits."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire import api
from eventwire.records import Actor, Span
from eventwire.store import open_store
from records_factory import BUKAVU, GOMA, article, mention

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
KYIV = GOMA.__class__("Kyiv", 50.45, 30.52, 1, "Ukraine", "UA", "Kyiv City", "", 703448, "city", Span(0, 4, "Kyiv"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Three events, no language model: a clash in Goma, a protest in Bukavu, a strike on Kyiv."""
    path = tmp_path / "events.db"
    store = open_store(path)
    m23 = Actor("M23", 2, Span(0, 6, "Troops"))
    store.store_batch([
        (article(article_id="a1"), [mention("m1", "a1", killed=(4,), actor1=m23)], [GOMA]),
        (article("Crowds marched in Bukavu.", dt.date(2024, 6, 3), "a2"),
         [mention("m2", "a2", "Peaceful protest", "Protests", dt.date(2024, 6, 3), BUKAVU)], [BUKAVU]),
        (article("<script>alert(1)</script> Drones hit Kyiv.", dt.date(2024, 7, 1), "a3"),
         [mention("m3", "a3", "Air/drone strike", "Explosions/Remote violence", dt.date(2024, 7, 1), KYIV,
                  killed=(2,), claimant="Government of Ukraine")], [KYIV]),
    ])
    store.close()
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(api.create_app(db, token=TOKEN))


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [event["location"] for event in response.json()["events"]]


def event_id_at(client: TestClient, location: str) -> str:
    (event,) = [e for e in client.get("/events").json()["events"] if e["location"] == location]
    return event["event_id"]


def test_events_are_listed_newest_first_with_a_total(client: TestClient):
    page = client.get("/events").json()
    assert page["total"] == 3
    assert [event["location"] for event in page["events"]] == ["Kyiv", "Bukavu", "Goma"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "Battles"}, ["Goma"]),
        ({"type": "peaceful protest"}, ["Bukavu"]),
        ({"sub_type": "Air/drone strike"}, ["Kyiv"]),
        ({"country": "UA"}, ["Kyiv"]),
        ({"country": "dr congo"}, ["Bukavu", "Goma"]),
        ({"admin1": "South Kivu"}, ["Bukavu"]),
        ({"actor": "m23"}, ["Goma"]),
        ({"since": "2024-06-02", "until": "2024-06-30"}, ["Bukavu"]),
        ({"bbox": "28,-3,30,-1.6"}, ["Bukavu", "Goma"]),
        ({"bbox": "29,-2,30,-1"}, ["Goma"]),
        ({"q": "drones"}, []),  # the factory's sentence text is "Troops clashed."
        ({"q": "troops clashed"}, ["Kyiv", "Bukavu", "Goma"]),
        ({"sort": "fatalities"}, ["Bukavu", "Kyiv", "Goma"]),
        ({"sort": "-fatalities", "limit": 1}, ["Goma"]),
        ({"sort": "date", "offset": 1, "limit": 1}, ["Bukavu"]),
    ],
)
def test_events_filter_sort_and_page(client: TestClient, params, expected):
    assert ids(client.get("/events", params=params)) == expected


@pytest.mark.parametrize(
    "params",
    [{"bbox": "1,2,3"}, {"bbox": "0,10,5,-10"}, {"since": "2024-13-01"}, {"sort": "random"}, {"limit": 0},
     {"limit": 100_000}, {"review_status": "maybe"}],
)
def test_bad_query_parameters_get_a_clear_422(client: TestClient, params):
    response = client.get("/events", params=params)
    assert response.status_code == 422
    (problem, *_) = response.json()["detail"]
    assert problem["loc"][0] == "query" and problem["msg"]


def test_an_event_comes_with_claims_evidence_sources_and_reviews(client: TestClient):
    detail = client.get(f"/events/{event_id_at(client, 'Goma')}").json()
    assert detail["fatalities"] == 4 and detail["review_status"] == "unreviewed" and detail["reviews"] == []
    (claim,) = detail["claims_detail"]
    assert (claim["claimant"], claim["stance"], claim["verification"]) == (
        "Military Forces of DR Congo", "asserts", "unverified")
    assert detail["sources"] == [
        {"article_id": "a1", "title": "title", "outlet": "Test Wire", "url": "", "date": "2024-06-01"}]
    evidence = {row["field"]: row for row in detail["evidence"]}
    assert evidence["place"]["evidence"]["text"] == "Goma" and evidence["place"]["sentence"] is not None
    assert evidence["actor1"]["value"] == "M23" and evidence["actor1"]["evidence"]["text"] == "Troops"
    assert evidence["fatalities"]["evidence"]["text"] == "4"


def test_unknown_ids_are_404(client: TestClient):
    assert client.get("/events/EWNOPE").status_code == 404
    assert client.get("/articles/nope").status_code == 404
    assert client.post("/events/EWNOPE/review", json={"action": "accept"}, headers=AUTH).status_code == 404


def test_an_article_comes_back_as_text_with_typed_spans(client: TestClient):
    view = client.get("/articles/a3").json()
    assert view["text"].startswith("<script>alert(1)</script>")  # data, returned as given
    kinds = {span["kind"] for span in view["spans"]}
    assert {"sentence", "place", "figure"} <= kinds
    assert view["event_ids"] == [event_id_at(client, "Kyiv")]


def test_stats_count_by_type_country_and_day(client: TestClient):
    stats = client.get("/stats").json()
    assert stats["total"] == 3
    assert stats["by_type"] == {"Battles": 1, "Protests": 1, "Explosions/Remote violence": 1}
    assert stats["by_country"] == {"DR Congo": 2, "Ukraine": 1}
    assert {"date": "2024-07-01", "event_type": "Explosions/Remote violence", "count": 1} in stats["by_day"]


def test_geojson_has_points_acled_columns_and_the_review_status(client: TestClient):
    collection = client.get("/events.geojson", params={"country": "UA"}).json()
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [30.52, 50.45]}
    assert feature["properties"]["sub_event_type"] == "Air/drone strike"
    assert feature["properties"]["reviewed"] == "unreviewed"


def test_reviews_need_the_bearer_token(client: TestClient):
    event_id = event_id_at(client, "Goma")
    body = {"action": "accept"}
    assert client.post(f"/events/{event_id}/review", json=body).status_code == 401
    wrong = client.post(f"/events/{event_id}/review", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "bearer token" in wrong.json()["detail"]
    assert client.post("/articles", json={"text": "Troops clashed."}).status_code == 401
    assert client.get(f"/events/{event_id}").json()["reviews"] == []


def test_a_correction_changes_what_every_reader_sees(client: TestClient):
    event_id = event_id_at(client, "Goma")
    body = {"action": "correct", "reviewer": "ana", "comment": "UN figure",
            "corrections": {"fatalities": 11, "location": "Rutshuru", "country": "Uganda", "latitude": -1.18,
                            "longitude": 29.45}}
    result = client.post(f"/events/{event_id}/review", json=body, headers=AUTH)
    assert result.status_code == 200, result.text
    review = result.json()["review"]
    assert review["before"]["fatalities"] == 4 and review["after"]["fatalities"] == 11
    assert review["reviewer"] == "ana" and review["token_id"] == api.token_id(TOKEN)
    detail = client.get(f"/events/{event_id}").json()
    assert (detail["fatalities"], detail["location"], detail["review_status"]) == (11, "Rutshuru", "corrected")
    assert [r["comment"] for r in detail["reviews"]] == ["UN figure"]
    assert ids(client.get("/events", params={"country": "Uganda"})) == ["Rutshuru"]  # filters see reviewed values
    assert ids(client.get("/events", params={"review_status": "corrected"})) == ["Rutshuru"]
    geojson = client.get("/events.geojson", params={"country": "Uganda"}).json()
    assert geojson["features"][0]["properties"]["fatalities"] == 11


def test_rejected_events_can_be_hidden(client: TestClient):
    event_id = event_id_at(client, "Bukavu")
    client.post(f"/events/{event_id}/review", json={"action": "reject", "comment": "duplicate"}, headers=AUTH)
    assert "Bukavu" not in ids(client.get("/events", params={"include_rejected": False}))


@pytest.mark.parametrize(
    "body",
    [
        {"action": "correct"},
        {"action": "correct", "corrections": {}},
        {"action": "accept", "corrections": {"fatalities": 3}},
        {"action": "correct", "corrections": {"fatalities": -1}},
        {"action": "correct", "corrections": {"sub_event_type": "Skirmish"}},
        {"action": "correct", "corrections": {"notes": "x"}},
        {"action": "delete"},
        {"action": "accept", "reviewer": ""},
    ],
)
def test_bad_review_bodies_get_a_clear_422(client: TestClient, body):
    event_id = event_id_at(client, "Goma")
    response = client.post(f"/events/{event_id}/review", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert client.get(f"/events/{event_id}").json()["reviews"] == []


def test_a_correction_that_does_not_fit_the_taxonomy_is_refused(client: TestClient):
    event_id = event_id_at(client, "Goma")
    response = client.post(f"/events/{event_id}/review", headers=AUTH,
                           json={"action": "correct", "corrections": {"event_type": "Riots"}})
    assert response.status_code == 422 and "sub_event_type" in response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [{"text": ""}, {"text": "   "}, {"title": "no text"}, {"text": "x", "date": "2024-02-30"},
     {"text": "x", "extra": 1}, {"text": "x" * 1_000_001}],
)
def test_bad_reports_get_a_clear_422(client: TestClient, body):
    assert client.post("/articles", json=body, headers=AUTH).status_code == 422


def test_oversized_bodies_are_refused_before_parsing(client: TestClient):
    response = client.post("/articles", content=b"{" + b" " * (api.MAX_BODY_BYTES + 1) + b"}", headers=AUTH)
    assert response.status_code == 413


def test_responses_carry_a_strict_content_security_policy(client: TestClient):
    for path in ("/", "/events", "/web/app.js"):
        response = client.get(path)
        assert response.status_code == 200
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy and "unsafe-inline" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"


def test_the_page_and_its_vendored_libraries_are_served_offline(client: TestClient):
    page = client.get("/").text
    assert "<script>" not in page and " style=" not in page and "http" not in page.replace("http-equiv", "")
    for name in ("leaflet.js", "leaflet.markercluster.js", "topojson-client.min.js", "countries-110m.json"):
        assert client.get(f"/web/vendor/{name}").status_code == 200


def test_openapi_types_every_operation(client: TestClient):
    spec = client.get("/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/events.geojson", "/articles/{article_id}", "/stats",
            "/events/{event_id}/review", "/articles"} <= set(spec["paths"])
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            assert "$ref" in schema, f"{method} {path} has an untyped response"


def test_make_token_writes_an_owner_only_file_the_app_reads(tmp_path: Path, db: Path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_TOKEN_FILE", str(tmp_path / "cfg" / "token"))
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    client = TestClient(api.create_app(db))
    assert client.post("/events/x/review", json={"action": "accept"}).status_code == 401  # no token at all
    token = api.make_token()
    assert api.make_token() == token and api.make_token(rotate=True) != token
    token = api.make_token()
    mode = stat.S_IMODE(os.stat(tmp_path / "cfg" / "token").st_mode)
    assert mode == 0o600
    event_id = event_id_at(client, "Goma")
    response = client.post(f"/events/{event_id}/review", json={"action": "accept"},
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    monkeypatch.setenv("EVENTWIRE_TOKEN", "from-env")
    assert client.post(f"/events/{event_id}/review", json={"action": "accept"},
                       headers={"Authorization": "Bearer from-env"}).status_code == 200


def test_posting_a_report_runs_the_pipeline_and_returns_its_events(client: TestClient):
    pytest.importorskip("spacy")
    text = ("Rebels of the M23 attacked army positions near Goma on Monday, killing 12 soldiers, "
            "the army said in a statement.")
    body = {"text": text, "date": "2024-06-05", "title": "Clashes near Goma", "outlet": "Test Wire"}
    first = client.post("/articles", json=body, headers=AUTH)
    assert first.status_code == 200, first.text
    result = first.json()
    assert result["already_stored"] is False and result["events"]
    again = client.post("/articles", json=body, headers=AUTH).json()
    assert again["already_stored"] is True and again["article_id"] == result["article_id"]
    assert client.get(f"/articles/{result['article_id']}").json()["text"] == text
