"""Score toponym recognition and resolution against geoparsing gold corpora.

Reads three XML layouts: LGL (`<toponym>` with `<phrase>` and a `<gaztag>` holding `<lat>`,
`<lon>`), GeoWebNews (`<toponym>` with `<extractedName>`, `<latitude>`, `<longitude>`) and
GeoVirus (`<location>` with `<name>`, `<lat>`, `<lon>`). Metrics follow Gritta et al.'s
"Pragmatic Guide to Geoparsing Evaluation": accuracy@161 km, the AUC of the log-error curve
(lower is better), mean and median error, and exact-span recognition precision/recall/F1.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import prf_from_counts
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.distance import haversine_km
from eventwire.gazetteer.resolve import make_mention, resolve_mentions
from eventwire.records import Article

MAX_ERROR_KM = 20039.0  # half the equator: the error charged for a toponym left unresolved
ACCURACY_KM = 161.0  # 100 miles, the field's standard threshold


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    latitude: float | None
    longitude: float | None
    counts_for_recognition: bool = True

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class GoldArticle:
    text: str
    toponyms: tuple[GoldToponym, ...]
    adjectival_toponyms: bool  # the corpus annotates "Turkish" etc. as toponyms (GeoWebNews)
    url: str = ""  # the outlet's web address where the corpus gives it (LGL <url>, GeoWebNews <link>)


def read_corpus(path: Path) -> list[GoldArticle]:
    """Every article of an LGL, GeoWebNews or GeoVirus XML file."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        raise EvaluationError(f"cannot read the geo gold file {path}: {error}") from error
    articles = [_read_article(node) for node in root.iter("article")]
    if not articles:
        raise EvaluationError(f"{path} holds no <article>; expected the LGL, GeoWebNews or GeoVirus layout")
    return articles


def _read_article(node: ElementTree.Element) -> GoldArticle:
    text = node.findtext("text") or ""
    url = next((value.strip() for tag in ("url", "link", "domain", "source") if (value := node.findtext(tag))), "")
    if node.find("locations") is not None:
        toponyms = [_geovirus_toponym(location) for location in node.iter("location")]
        return GoldArticle(text, tuple(toponyms), False, url)
    toponyms, adjectival = [], False
    for toponym in node.iter("toponym"):
        if toponym.find("extractedName") is not None:
            toponyms.append(_geowebnews_toponym(toponym))
            adjectival = True
        else:
            toponyms.append(_lgl_toponym(toponym))
    return GoldArticle(text, tuple(toponyms), adjectival, url)


def _number(node: ElementTree.Element | None, tag: str) -> float | None:
    value = node.findtext(tag) if node is not None else None
    try:
        return float(value) if value and value.strip() else None
    except ValueError:
        return None


def _offsets(node: ElementTree.Element) -> tuple[int, int]:
    try:
        return int(node.findtext("start") or ""), int(node.findtext("end") or "")
    except ValueError as error:
        raise EvaluationError(f"a toponym has no integer <start>/<end>: {ElementTree.tostring(node)[:200]!r}") from error


def _lgl_toponym(node: ElementTree.Element) -> GoldToponym:
    start, end = _offsets(node)
    gaztag = node.find("gaztag")
    return GoldToponym(start, end, node.findtext("phrase") or "", _number(gaztag, "lat"), _number(gaztag, "lon"))


def _geowebnews_toponym(node: ElementTree.Element) -> GoldToponym:
    """GeoWebNews marks non-toponyms too ("citizens", "lot"); only entries with coordinates are toponyms."""
    start, end = _offsets(node)
    latitude, longitude = _number(node, "latitude"), _number(node, "longitude")
    located = latitude is not None and longitude is not None
    return GoldToponym(start, end, node.findtext("extractedName") or "", latitude, longitude, located)


def _geovirus_toponym(node: ElementTree.Element) -> GoldToponym:
    start, end = _offsets(node)
    return GoldToponym(start, end, node.findtext("name") or "", _number(node, "lat"), _number(node, "lon"))


def geocoding_metrics(errors: list[float]) -> dict[str, float | int]:
    """accuracy@161, AUC of the log error curve (0 best, 1 worst), mean and median km."""
    if not errors:
        return {"acc161": 0.0, "auc": 1.0, "mean_km": 0.0, "median_km": 0.0, "n": 0}
    ordered = sorted(errors)
    logs = [math.log(error + 1) for error in ordered]
    if len(logs) > 1:
        area = sum((a + b) / 2 for a, b in zip(logs, logs[1:])) / ((len(logs) - 1) * math.log(MAX_ERROR_KM))
    else:
        area = logs[0] / math.log(MAX_ERROR_KM)
    return {
        "acc161": sum(1 for error in ordered if error <= ACCURACY_KM) / len(ordered),
        "auc": area,
        "mean_km": statistics.fmean(ordered),
        "median_km": statistics.median(ordered),
        "n": len(ordered),
    }


def _error(gold: GoldToponym, latitude: float | None, longitude: float | None) -> float:
    if latitude is None or longitude is None:
        return MAX_ERROR_KM
    return haversine_km(gold.latitude, gold.longitude, latitude, longitude)  # type: ignore[arg-type]


def gold_toponym_errors(article: GoldArticle, gazetteer: Gazetteer) -> list[float]:
    """Resolve the gold toponyms (those with coordinates: GeoWebNews also lists non-toponyms
    without) together, as one article, and measure each."""
    located = [t for t in article.toponyms if t.has_coordinates]
    mentions = [make_mention(article.text, t.start, t.end) for t in located]
    resolutions = resolve_mentions(mentions, gazetteer, article.text, outlet=article.url)
    return [
        _error(gold, *((r.place.latitude, r.place.longitude) if r else (None, None)))
        for gold, r in zip(located, resolutions)
    ]


def score_gold_toponyms(articles: Iterable[GoldArticle], gazetteer: Gazetteer) -> dict:
    errors = [error for article in articles for error in gold_toponym_errors(article, gazetteer)]
    return geocoding_metrics(errors)


def score_end_to_end(articles: list[GoldArticle], gazetteer: Gazetteer) -> dict:
    """Recognise and resolve from raw text; geocoding is scored on the gold toponyms found."""
    from eventwire.annotate import annotate
    from eventwire.extract.where import find_places, recognise_toponyms

    records = [Article(id=str(index), text=article.text, url=article.url) for index, article in enumerate(articles)]
    true_positives = false_positives = false_negatives = 0
    errors: list[float] = []
    for (record, doc), article in zip(annotate(records), articles):
        adjectival = article.adjectival_toponyms
        predicted = {(t.start, t.end) for t in recognise_toponyms(record.text, doc, gazetteer, adjectival)}
        gold = {(t.start, t.end) for t in article.toponyms if t.counts_for_recognition}
        true_positives += len(predicted & gold)
        false_positives += len(predicted - gold)
        false_negatives += len(gold - predicted)
        places = {(p.evidence.start, p.evidence.end): p for p in find_places(record, doc, gazetteer, adjectival) if p.evidence}
        errors += [
            _error(t, places[(t.start, t.end)].latitude, places[(t.start, t.end)].longitude)
            if (t.start, t.end) in places else MAX_ERROR_KM
            for t in article.toponyms
            if t.has_coordinates and (t.start, t.end) in predicted
        ]
    recognition = prf_from_counts(true_positives, false_positives, false_negatives)
    return {
        **geocoding_metrics(errors),
        "toponym_precision": recognition.precision,
        "toponym_recall": recognition.recall,
        "toponym_f1": recognition.f1,
    }


def score_file(path: Path, gold_toponyms: bool, gazetteer: Gazetteer | None = None) -> dict:
    """All metrics for one gold file; `gold_toponyms` scores resolution of the gold spans only."""
    articles = read_corpus(Path(path))
    gazetteer = gazetteer or Gazetteer.open()
    if gold_toponyms:
        return score_gold_toponyms(articles, gazetteer)
    return score_end_to_end(articles, gazetteer)
