"""The page in a real browser (Debian's chromium driven by Playwright) against a live server.

Skips cleanly when chromium or playwright is missing. Screenshots go to test-artifacts/, and
one to docs/screenshot.png for the README when EVENTWIRE_UPDATE_SCREENSHOT=1.
"""

from __future__ import annotations

import os

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
TOKEN = "browser-test-token"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The API over the sample report, run through the real pipeline, on a free loopback port."""
    from eventwire.api import create_app
    from eventwire.pipeline import run
    from eventwire.store import open_store

    path = tmp_path_factory.mktemp("desk") / "events.db"
    store = open_store(path)
    summary = run([ROOT / "samples"], store)
    assert summary.stored >= 1 and store.counts()["events"] >= 1
    store.close()
    port = free_port()
    config = uvicorn.Config(create_app(path, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    live = uvicorn.Server(config)
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not live.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    live.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        except sync_api.Error as error:
            pytest.skip(f"chromium could not start: {error}")
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.problems = []  # console errors, CSP violations and uncaught exceptions
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("dialog", lambda dialog: (page.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(server + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def located_events(server: str) -> list[dict]:
    events = httpx.get(server + "/events", params={"limit": 1000}).json()["events"]
    return [event for event in events if event["latitude"] is not None]


def open_a_marker(page) -> None:
    """Click a marker; clusters are clicked first (they zoom in or spread out) until one shows."""
    for _ in range(8):
        marker = page.locator(".ev-marker").first
        if marker.count() and marker.is_visible():
            marker.click()
            return
        page.locator(".marker-cluster").first.click()
        page.wait_for_timeout(600)
    pytest.fail("no single marker became clickable")


def test_the_map_shows_the_samples_markers_without_errors(page, server: str):
    expected = located_events(server)
    assert expected, "the sample should give located events"
    assert page.get_attribute("#map", "data-markers") == str(len(expected))
    page.wait_for_selector(".ev-marker, .marker-cluster")
    # Markers on screen, single or inside a cluster's count, once the zoom animation is over.
    page.wait_for_function(
        "n => document.querySelectorAll('.ev-marker').length + Array.from(document.querySelectorAll("
        "'.marker-cluster span')).reduce((sum, node) => sum + Number(node.textContent), 0) === n",
        arg=len(expected), timeout=5_000)
    assert page.locator("#map path.leaflet-interactive, #map path").count() > 100  # the offline borders
    assert int(page.get_attribute("#timeline", "data-days")) >= 1
    assert page.locator("#event-list .event-row").count() == len(httpx.get(server + "/events").json()["events"])
    screenshot(page, "map.png")
    assert page.problems == []


def test_clicking_a_marker_opens_the_event_with_its_evidence(page, server: str):
    open_a_marker(page)
    page.wait_for_selector("#event-view:not([hidden]) table.fields")
    event_id = page.locator("#event-view .event-id code").text_content()
    detail = httpx.get(f"{server}/events/{event_id}").json()
    assert page.locator("#event-view h2").text_content().startswith(detail["sub_event_type"])
    marked = page.locator("#event-view table.fields mark").all_text_contents()
    expected = [row["evidence"]["text"] for row in detail["evidence"] if row["evidence"]]
    assert marked and set(marked) <= set(expected)
    assert page.locator("#event-view table.claims tbody tr").count() == len(detail["claims_detail"])
    screenshot(page, "event.png")
    page.locator("#event-view button.open-article").first.click()
    page.wait_for_selector("#article-view:not([hidden]) #article-text mark")
    screenshot(page, "article.png")
    assert page.problems == []


def test_a_review_with_the_token_changes_the_event_and_enters_the_audit_trail(page, server: str):
    event_id = located_events(server)[0]["event_id"]
    page.evaluate("id => window.eventwireDesk.openEvent(id)", event_id)
    form = page.locator("#review-form")
    form.wait_for()
    form.locator("input[name=fatalities]").fill("17")
    form.locator("textarea[name=comment]").fill("figure from the hospital")
    form.locator("button.correct").click()
    assert "token" in page.locator("#review-result").text_content().lower()  # refused without the token
    page.fill("#token", TOKEN)
    page.dispatch_event("#token", "change")
    page.locator("#review-form input[name=fatalities]").fill("17")
    page.locator("#review-form textarea[name=comment]").fill("figure from the hospital")
    page.locator("#review-form button.correct").click()
    page.wait_for_selector("#audit li")
    assert "figure from the hospital" in page.locator("#audit").text_content()
    assert page.locator("#review-status").text_content() == "corrected"
    assert page.locator("tr[data-field=fatalities] .value").text_content() == "17"
    detail = httpx.get(f"{server}/events/{event_id}").json()
    assert detail["fatalities"] == 17 and detail["reviews"][-1]["comment"] == "figure from the hospital"
    screenshot(page, "review.png")
    page.locator("#panel").evaluate("panel => { panel.scrollTop = 0; }")
    # The README's picture; rewritten only on request so a test run leaves the checkout clean.
    target = ROOT / "docs" if os.environ.get("EVENTWIRE_UPDATE_SCREENSHOT") else ARTIFACTS
    target.mkdir(exist_ok=True)
    page.screenshot(path=str(target / "screenshot.png"))
    assert page.problems == []


def test_a_hostile_report_is_shown_as_text(page, server: str):
    hostile = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
               "Rebels attacked army positions near Goma on Monday, killing 12 soldiers, the army said.")
    response = httpx.post(server + "/articles", timeout=60, headers={"Authorization": f"Bearer {TOKEN}"},
                          json={"text": hostile, "title": "<b onmouseover=alert(1)>Goma</b>", "date": "2024-06-05"})
    assert response.status_code == 200, response.text
    page.evaluate("id => window.eventwireDesk.openArticle(id)", response.json()["article_id"])
    page.wait_for_selector("#article-view:not([hidden]) #article-text")
    text = page.locator("#article-text").text_content()
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned = 2"' in text
    assert page.locator("#article-view h2").text_content() == "<b onmouseover=alert(1)>Goma</b>"
    assert page.locator("#article-view img, #article-view script, #article-view b").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    screenshot(page, "hostile.png")
    assert page.problems == []


def test_the_desk_is_usable_by_keyboard(page):
    first_row = page.locator("#event-list .event-row").first
    first_row.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#event-view:not([hidden])")
    assert page.evaluate("() => document.getElementById('panel').contains(document.activeElement)")
    page.focus("#timeline")
    page.keyboard.press("ArrowLeft")
    assert page.locator("#selection").text_content().startswith("Selected")
    page.keyboard.press("Escape")
    assert page.locator("#selection").text_content() == "All days"
    marker = page.locator(".ev-marker, .marker-cluster").first
    assert marker.get_attribute("tabindex") == "0"


def test_brushing_the_timeline_filters_the_map(page):
    total = int(page.get_attribute("#map", "data-markers"))
    days, events = page.evaluate("() => [window.eventwireDesk.state.days, window.eventwireDesk.state.events]")
    located = [event["date"] for event in events if event["latitude"] is not None and event["date"]]
    earliest = min(located)
    box = page.locator("#timeline").bounding_box()
    x = box["x"] + (days.index(earliest) + 0.5) * box["width"] / len(days)
    page.mouse.move(x, box["y"] + 30)
    page.mouse.down()
    page.mouse.move(x + 0.2, box["y"] + 40)
    page.mouse.up()
    assert page.locator("#selection").text_content().startswith(f"Selected {earliest}")
    assert int(page.get_attribute("#map", "data-markers")) == located.count(earliest) <= total
    page.click("#clear-selection")
    assert int(page.get_attribute("#map", "data-markers")) == total


def test_chromium_is_not_fetched_from_the_network():
    """Playwright's own browser download does not work here: the system chromium is the one used."""
    assert shutil.which("chromium") or CHROMIUM.exists()
