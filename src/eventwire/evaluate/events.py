"""Event detection on articles with sentence-level gold: which sentences report an event at all,
and, where the gold gives them, what a user gets for each found event.

The gold format (see bench/gold/README.md) lists, per article, each sentence that reports an
event and its ACLED sub-event type, and optionally the event's `date`, `place`, `fatalities`,
`actor1`, `actor2`, `claimed_by` and `historical`. The pipeline's own `process` extracts the
mentions; a gold sentence is found when a mention's sentence covers it, and a mention is right
when it covers a gold sentence. The fields are scored on the event a found sentence ends in
once the article's mentions are merged (`merge.merge_mentions`), the record a user sees: a
continuation sentence ("The rebels said three civilians were killed in the strike") is judged
by the event it joined.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError, IngestError
from eventwire.evaluate.gold import folded_name, read_jsonl
from eventwire.evaluate.metrics import prf_from_counts
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.distance import haversine_km
from eventwire.ingest.common import make_article
from eventwire.merge import merge_mentions
from eventwire.pipeline import process
from eventwire.records import Event, Place

PLACE_KM = 25.0
# The gold fields scored on a found sentence's event, in the order the scores list them.
FIELDS = ("date", "place", "fatalities", "actor1", "actor2", "historical")


def _normal(text: str) -> str:
    return " ".join(text.split())


def score_file(path: Path) -> dict[str, Any]:
    started = time.perf_counter()
    rows = list(read_jsonl(path, "one article with its event sentences per line"))
    try:
        articles = [make_article(f"{path}:{row.get('id')}", row["text"], row.get("title") or "", row.get("date"))
                    for row in rows]
    except (IngestError, KeyError) as error:
        raise EvaluationError(f"{path}: a gold article cannot be read ({error})") from error
    found = gold_total = predicted_total = right = typed = 0
    hits: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    failures: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []  # gold sentences no mention covers, and mentions covering none
    mistyped: list[dict[str, Any]] = []
    for row, result in zip(rows, process(articles)):
        gold_events = row.get("events", [])
        gold = {_normal(event["sentence"]): event.get("sub_event_type", "") for event in gold_events}
        predicted = [(_normal(m.sentence.text), m.sub_event_type) for m in result.mentions]
        gold_total += len(gold)
        predicted_total += len(predicted)
        for (text, kind), mention in zip(predicted, result.mentions):
            if any(sentence in text for sentence in gold):
                right += 1
            else:
                missed.append({"article": row.get("id"), "sentence": mention.sentence.text, "gold": None, "ours": kind})
        for sentence, sub_event_type in gold.items():
            covering = [kind for text, kind in predicted if sentence in text]
            if not covering:
                missed.append({"article": row.get("id"), "sentence": sentence, "gold": sub_event_type, "ours": None})
                continue
            found += 1
            typed += sub_event_type in covering
            if sub_event_type not in covering:
                mistyped.append({"article": row.get("id"), "sentence": sentence, "gold": sub_event_type,
                                 "ours": covering})
        merged = merge_mentions(result.mentions)
        for event in gold_events:
            ours = _event_of(_normal(event["sentence"]), event.get("sub_event_type", ""), merged)
            if ours is None:
                continue
            try:
                verdicts = _field_verdicts(event, ours)
            except EvaluationError as error:
                raise EvaluationError(f"{path}: article {row.get('id')}: {error}; fix the gold line") from error
            for name, gold_value, verdict, shown in verdicts:
                asked[name] += 1
                hits[name] += verdict
                if verdict < 1:
                    failures.append({"article": row.get("id"), "sentence": event["sentence"], "field": name,
                                     "gold": gold_value, "ours": shown})
    recall = prf_from_counts(found, 0, gold_total - found).recall
    precision = prf_from_counts(right, predicted_total - right, 0).precision
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields = {f"{name}_{'recall' if name == 'claimant' else 'accuracy'}": hits[name] / asked[name] if asked[name] else 0.0
              for name in (*FIELDS, "claimant")}
    counts = {f"n_{name}": asked[name] for name in (*FIELDS, "claimant")}
    return {
        "detection_precision": precision,
        "detection_recall": recall,
        "detection_f1": f1,
        "type_accuracy": typed / found if found else 0.0,
        "n_gold": gold_total,
        "n_predicted": predicted_total,
        "n_articles": len(rows),
        **fields,
        **counts,
        "seconds": round(time.perf_counter() - started, 1),
        "field_failures": failures,
        "detection_failures": missed,
        "type_failures": mistyped,
    }


def _event_of(sentence: str, sub_event_type: str, events: list[Event]) -> Event | None:
    """The event a found gold sentence ended in: of those with a mention covering it, the first of
    the gold's type, else the first."""
    covering = [event for event in events if any(sentence in _normal(m.sentence.text) for m in event.mentions)]
    return next((event for event in covering if event.sub_event_type == sub_event_type),
                covering[0] if covering else None)


def _field_verdicts(gold: dict[str, Any], event: Event) -> list[tuple[str, Any, float, Any]]:
    """(field, gold value, 1 right / 0 wrong (claimants: the share found), what we gave) for each
    field the gold gives a value for."""
    checks: dict[str, tuple[Callable[[Any], bool], Any]] = {
        "date": (lambda value: date_matches(value, event.date), event.date.isoformat() if event.date else None),
        "place": (lambda value: place_matches(value, event.place), event.place.label() if event.place else None),
        "fatalities": (lambda value: int(value) == event.fatalities, event.fatalities),
        "actor1": (lambda value: _same_actor(value, event.actor1.name if event.actor1 else None),
                   event.actor1.name if event.actor1 else None),
        "actor2": (lambda value: _same_actor(value, event.actor2.name if event.actor2 else None),
                   event.actor2.name if event.actor2 else None),
        "historical": (lambda value: bool(value) == event.historical, event.historical),
    }
    verdicts = [(name, gold[name], float(check(gold[name])), shown)
                for name, (check, shown) in checks.items() if gold.get(name) is not None]
    claimants = [claim.claimant for claim in event.claims if claim.stance != "denies"]
    for source in gold.get("claimed_by") or []:
        verdicts.append(("claimant", source, float(any(_same_actor(source, ours) for ours in claimants)), claimants))
    return verdicts


def date_matches(gold: str, ours: dt.date | None) -> bool:
    """Whether our date lies in the gold's: a day ("2024-05-12") must be that day; an ISO week
    ("2024-W19"), a month ("2024-05") or a year ("2024") only bounds it, for events the report
    dates no closer ("last week", "late last month", "in March")."""
    if ours is None:
        return False
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold):
        return ours.isoformat() == gold
    week = re.fullmatch(r"(\d{4})-W(\d{2})", gold)
    if week:
        return ours.isocalendar()[:2] == (int(week[1]), int(week[2]))
    if re.fullmatch(r"\d{4}(?:-\d{2})?", gold):
        return ours.isoformat().startswith(gold)
    raise EvaluationError(f"gold date {gold!r} is none of YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY")


def place_matches(gold: str, ours: Place | None, gazetteer: Gazetteer | None = None) -> bool:
    """Whether our place is the gold's: the same name (case, accents and spaces folded), a place
    inside the gold's region (its admin1 or admin2), or within 25 km of a place the gazetteer
    knows by the gold's name, or by a near spelling of it where it knows none by that name
    (a gold "Kyaukphyu" is GeoNames' "Kyaukpyu"), or else by another transliteration of it in
    our place's country (a gold "al-Gadaref" is GeoNames' "Al Qadarif": `Gazetteer.variant_candidates`)."""
    if ours is None:
        return False
    wanted = folded_name(gold)
    if wanted in {folded_name(name) for name in (ours.name, ours.admin1, ours.admin2) if name}:
        return True
    gazetteer = gazetteer or Gazetteer.open()
    known = gazetteer.candidates(gold) or gazetteer.fuzzy_candidates(gold) \
        or [candidate for candidate in gazetteer.variant_candidates(gold) if candidate.iso == ours.iso]
    return any(haversine_km(ours.latitude, ours.longitude, candidate.latitude, candidate.longitude) <= PLACE_KM
               for candidate in known)


# A group's acronym after its name: "New People's Army (NPA)" names the group "New People's Army"
# does. An acronym is capitals and digits ("(3R)"), capitals, a hyphen and a word
# ("(RED-Tabara)"), or one word with two or more capitals ("(JeM)"); a country or one capitalised
# word in brackets ("Rebels (Chad)", "(Timor-Leste)", "(Maoist)") is part of the name.
ACRONYM = re.compile(
    r"\s*\((?:[A-Z0-9][A-Z0-9-]{1,7}|[A-Z][A-Z0-9]+-[A-Z][A-Za-z0-9]*|(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,9})\)$"
)


def _same_actor(gold: str, ours: str | None) -> bool:
    """The same name once case, accents and spaces are folded, with or without the group's
    acronym after it."""
    return ours is not None and folded_name(ACRONYM.sub("", gold)) == folded_name(ACRONYM.sub("", ours))
