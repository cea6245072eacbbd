"""How fast the analyst's desk renders many events, in headless chromium.

Builds a temporary database of N synthetic events (no language model: records are made
directly), serves it on a free loopback port, opens the page in Debian's chromium and reports
the page's own timings (fetch, first render) plus the cost of a timeline brush and of opening
one event. Runnable alone:

    .venv/bin/python bench/web_render.py --events 2000 [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from eventwire import taxonomy
from eventwire.api import create_app
from eventwire.records import Actor, Article, Claim, EventMention, Place, Span
from eventwire.store import open_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
START = dt.date(2024, 1, 1)


def synthetic_report(index: int, rng: random.Random) -> tuple[Article, list[EventMention], list[Place]]:
    """One article with one event at a random place and day: distinct enough not to merge."""
    sub = rng.choice(taxonomy.SUB_EVENT_TYPES)
    date = START + dt.timedelta(days=rng.randrange(365))
    latitude, longitude = rng.uniform(-40, 60), rng.uniform(-100, 140)
    name = f"Town {index}"
    text = f"Fighters clashed with police in {name} on Monday, killing {index % 7} people, officials said."
    place = Place(name, latitude, longitude, 1, "Testland", "TL", f"Province {index % 40}", "", None, "city",
                  Span(text.index(name), text.index(name) + len(name), name))
    sentence = Span(0, len(text), text)
    claim = Claim("officials", "statement", "asserts", "unverified", "happened", (), f"a{index}", "Bench Wire",
                  sentence=text, start=0, end=len(text))
    mention = EventMention(
        mention_id=f"m{index}", article_id=f"a{index}", sentence=sentence, event_type=sub.event_type,
        sub_event_type=sub.name, disorder_type=sub.disorder_type, confidence=0.8, trigger=Span(9, 16, "clashed"),
        actor1=Actor("Fighters", 2, Span(0, 8, "Fighters")), date=date, time_precision=1, place=place,
        claims=(claim,),
    )
    article = Article(f"a{index}", text, f"Report {index}", date, "", "Bench Wire", "bench")
    return article, [mention], [place]


def build_database(path: Path, count: int) -> int:
    rng = random.Random(7)
    store = open_store(path)
    reports = [synthetic_report(index, rng) for index in range(count)]
    for start in range(0, count, 250):
        store.store_batch(reports[start : start + 250])
    events = store.counts()["events"]
    store.close()
    return events


def measure(url: str, repeat: int) -> dict[str, float]:
    runs: dict[str, list[float]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("body[data-ready=true]", timeout=60_000)
            ready = (time.perf_counter() - started) * 1000
            timings = page.evaluate("() => window.eventwireDesk.state.timings")
            page.focus("#timeline")
            page.keyboard.press("ArrowLeft")
            page.keyboard.press("Shift+ArrowLeft")
            brush = page.evaluate("() => window.eventwireDesk.state.timings.lastFilterMs")
            opened = time.perf_counter()
            first = page.evaluate("() => window.eventwireDesk.state.events[0].event_id")
            page.evaluate("id => window.eventwireDesk.openEvent(id)", first)
            page.wait_for_selector("#event-view:not([hidden]) table.fields")
            open_ms = (time.perf_counter() - opened) * 1000
            markers = int(page.get_attribute("#map", "data-markers") or 0)
            for name, value in (("page_ready_ms", ready), ("fetch_ms", timings["fetchMs"]),
                                ("first_render_ms", timings["renderMs"]), ("brush_filter_ms", brush),
                                ("open_event_ms", open_ms), ("markers_after_brush", markers)):
                runs.setdefault(name, []).append(value)
            page.close()
        browser.close()
    # The first load parses every stored event (cold server cache); later loads reuse them.
    result = {"cold_page_ready_ms": round(runs["page_ready_ms"][0], 1), "cold_fetch_ms": round(runs["fetch_ms"][0], 1)}
    result.update({f"median_{name}": round(statistics.median(values), 1) for name, values in runs.items()})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        built = time.perf_counter()
        events = build_database(path, options.events)
        build_s = time.perf_counter() - built
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            timings = measure(f"http://127.0.0.1:{port}/", options.repeat)
            result = {"events": events, "build_db_s": round(build_s, 1), **timings}
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    if options.json:
        print(json.dumps(result))
    else:
        for name, value in result.items():
            print(f"{name:>22}  {value}")


if __name__ == "__main__":
    main()
