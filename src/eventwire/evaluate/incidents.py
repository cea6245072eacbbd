"""Incident-level scoring: the whole pipeline on real news, against incidents labelled by others.

`score_incidents` (GVC-style: articles grouped into incidents) measures clustering as
B-cubed over articles and, per gold incident, whether the event most of its articles ended in
has the right date, place, killed and injured. `score_articles` (GVDB-style: per-article
gold) measures the main event's place and figures. Both run `eventwire.pipeline.run` into
a fresh database, the same path as `eventwire run`.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import IngestError
from eventwire.evaluate.gold import folded_name, read_jsonl
from eventwire.gazetteer.distance import haversine_km
from eventwire.extract.mentions import main_mention
from eventwire.ingest.common import make_article
from eventwire.pipeline import run
from eventwire.records import Article, Event
from eventwire.store.sqlite import SQLiteStore

PLACE_KM = 25.0


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    """Gold rows, each with `_line`: its line number, which is how the pipeline names its origin."""
    return read_jsonl(path, "one article or incident per line", line_key="_line")


def _stored_ids(store: SQLiteStore, rows: dict[str, dict[str, Any]]) -> dict[str, str | None]:
    """Gold article id -> the id eventwire stored it under.

    Found through the origin (`path:line`) the reader recorded, so whatever the reader did to
    the text (encoding repair changes the content id) the gold article finds its report; an
    article stored from elsewhere is found by its content id.
    """
    by_line: dict[int, str] = {}
    for our_id, origin in store.connection.execute("SELECT id, origin FROM articles"):
        _, _, line = (origin or "").rpartition(":")
        if line.isdigit():
            by_line.setdefault(int(line), our_id)
    return {gold_id: by_line.get(row["_line"]) or _our_article_id(row, gold_id) for gold_id, row in rows.items()}


def _our_article_id(row: dict[str, Any], origin: str) -> str | None:
    """The id eventwire gives this report (content-derived), or None if it cannot be ingested."""
    try:
        article: Article = make_article(origin, row.get("text") or "", row.get("title") or "", row.get("date"))
    except IngestError:
        return None
    return article.id


def _main_events(store: SQLiteStore, article_ids: dict[str, str | None]) -> dict[str, Event | None]:
    """Gold article id -> the event its main mention (`mentions.main_mention`) joined."""
    events: dict[str, Event | None] = {}
    for gold_id, our_id in article_ids.items():
        pairs = store.article_mentions(our_id) if our_id else []
        chosen = main_mention([mention for mention, _ in pairs])
        event_id = next((event_id for mention, event_id in pairs if mention is chosen), None)
        events[gold_id] = store.event(event_id) if event_id else None
    return events


def _run_pipeline(path: Path, store_dir: str) -> SQLiteStore:
    store = SQLiteStore(Path(store_dir) / "evaluate.db")
    run([path], store)
    return store


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of items, against gold clusters."""
    precision = recall = 0.0
    for item in gold:
        same_predicted = {other for other in gold if predicted[other] == predicted[item]}
        same_gold = {other for other in gold if gold[other] == gold[item]}
        overlap = len(same_predicted & same_gold)
        precision += overlap / len(same_predicted)
        recall += overlap / len(same_gold)
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def place_matches(event: Event | None, city: str | None, state: str | None, lat: Any, lon: Any) -> bool:
    """Same city and state, or within 25 km of the gold coordinates."""
    place = event.place if event else None
    if place is None:
        return False
    if city and state and _same_name(place.name, city) and _same_name(place.admin1, state):
        return True
    if lat is None or lon is None:
        return False
    return haversine_km(place.latitude, place.longitude, float(lat), float(lon)) <= PLACE_KM


# A crowd-sourced city field that caught the scraped page around the name: a header
# ("publication date: 1/2/2016"), the page's title run into the name, or a year glued to it.
_PUBLICATION_HEADER = re.compile(r"^\s*publication date:\s*\S+", re.IGNORECASE)
_GLUED_YEAR = re.compile(r"^(?:19|20)\d\d(?=[A-Za-z])")


def gold_city(city: str | None, title: str | None = None) -> str | None:
    """The city an annotator meant where the field holds scraped page text with it: the name is
    what follows the last line break, the page's title and a "publication date" header
    ("publication date: 1/2/2016Man shot downtown\nSPRINGFIELD" -> "SPRINGFIELD"), without a year
    glued to its front ("2016Springfield"). A clean field is returned as it is."""
    if not city:
        return city
    name = _PUBLICATION_HEADER.sub("", city.replace("\r", "").rpartition("\n")[2])
    if title and title.strip() and title.strip() in name:
        name = name.rpartition(title.strip())[2]
    return _GLUED_YEAR.sub("", name).strip() or city


def _same_name(ours: str, gold: str) -> bool:
    """Names equal once case, accents, abbreviations ("St." = "Saint"), spaces ("DeSoto" = "De Soto")
    and a leading "The" are folded; a gold name with a bracketed part ("Queens (New York)") matches
    either part."""
    ours = folded_name(ours)
    parts = {folded_name(gold), *(folded_name(part) for part in re.split(r"[()]", gold))}
    return bool(ours) and ours in parts


def score_incidents(articles_path: Path, incidents_path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    gold_articles = {str(row["id"]): row for row in _rows(articles_path)}
    incidents = {str(row["incident"]): row for row in _rows(incidents_path)}
    with tempfile.TemporaryDirectory() as folder:
        store = _run_pipeline(articles_path, folder)
        main = _main_events(store, _stored_ids(store, gold_articles))
        store.close()
    return {
        **incident_figures(gold_articles, main, incidents),
        "n_articles": len(gold_articles),
        "n_incidents": len(incidents),
        "seconds": round(time.perf_counter() - started, 1),
    }


def incident_figures(gold_articles: dict[str, dict[str, Any]], main: dict[str, Event | None],
                     incidents: dict[str, dict[str, Any]]) -> dict[str, float]:
    """B-cubed clustering and per-incident accuracy of each gold article's main event (`main`,
    by gold article id); an incident is judged by the event most of its articles ended in."""
    gold_cluster = {gold_id: str(row["incident"]) for gold_id, row in gold_articles.items()}
    predicted = {gold_id: (event.event_id if event else f"none:{gold_id}") for gold_id, event in main.items()}
    precision, recall, f1 = bcubed(predicted, gold_cluster)
    hits = Counter()
    for incident_id, incident in incidents.items():
        members = [gold_id for gold_id in gold_cluster if gold_cluster[gold_id] == incident_id]
        votes = Counter(predicted[gold_id] for gold_id in members if main[gold_id] is not None)
        event = next((main[g] for g in members if votes and main[g] and main[g].event_id == votes.most_common(1)[0][0]),
                     None)
        hits["date"] += bool(event and event.date and event.date.isoformat() == incident["date"])
        hits["place"] += place_matches(event, gold_city(incident.get("city")), incident.get("state"), incident.get("lat"),
                                       incident.get("lon"))
        hits["killed"] += (event.fatalities if event else 0) == int(incident.get("killed") or 0)
        hits["injured"] += (event.injured if event else 0) == int(incident.get("injured") or 0)
    total = len(incidents) or 1
    return {
        "bcubed_precision": precision,
        "bcubed_recall": recall,
        "bcubed_f1": f1,
        "date_acc": hits["date"] / total,
        "place_acc25": hits["place"] / total,
        "killed_acc": hits["killed"] / total,
        "injured_acc": hits["injured"] / total,
    }


def score_articles(path: Path) -> dict[str, Any]:
    """Per-article gold (GVDB-style `gold` with city, state, killed, injured); empty fields skipped."""
    started = time.perf_counter()
    rows = {str(row["id"]): row for row in _rows(path)}
    with tempfile.TemporaryDirectory() as folder:
        store = _run_pipeline(path, folder)
        main = _main_events(store, _stored_ids(store, rows))
        store.close()
    return {**article_figures(rows, main), "seconds": round(time.perf_counter() - started, 1)}


def article_figures(rows: dict[str, dict[str, Any]], main: dict[str, Event | None]) -> dict[str, Any]:
    """Place, killed and injured accuracy of each gold article's main event (`main`, by gold
    article id), over the articles whose gold gives the field."""
    hits, counted = Counter(), Counter()
    for gold_id, row in rows.items():
        gold, event = row.get("gold") or {}, main[gold_id]
        if gold.get("city") and gold.get("state"):
            counted["place"] += 1
            hits["place"] += place_matches(event, gold_city(gold["city"], row.get("title")), gold["state"], None, None)
        for field, ours_value in (("killed", event.fatalities if event else 0), ("injured", event.injured if event else 0)):
            if gold.get(field) is not None:
                counted[field] += 1
                hits[field] += ours_value == int(gold[field])
    return {
        "place_acc25": hits["place"] / (counted["place"] or 1),
        "killed_acc": hits["killed"] / (counted["killed"] or 1),
        "injured_acc": hits["injured"] / (counted["injured"] or 1),
        "n": len(rows),
        "n_place": counted["place"],
        "n_killed": counted["killed"],
        "n_injured": counted["injured"],
    }
