"""Event detection on articles with sentence-level gold: which sentences report an event at all.

The gold format (see bench/gold/README.md) lists, per article, each sentence that reports an
event and its ACLED sub-event type. The pipeline's own `process` extracts the mentions; a gold
sentence is found when a mention's sentence covers it, and a mention is right when it covers
a gold sentence.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError, IngestError
from eventwire.evaluate.gold import read_jsonl
from eventwire.evaluate.metrics import prf_from_counts
from eventwire.ingest.common import make_article
from eventwire.pipeline import process


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
    for row, result in zip(rows, process(articles)):
        gold = {_normal(event["sentence"]): event.get("sub_event_type", "") for event in row.get("events", [])}
        predicted = [(_normal(m.sentence.text), m.sub_event_type) for m in result.mentions]
        gold_total += len(gold)
        predicted_total += len(predicted)
        right += sum(any(sentence in text for sentence in gold) for text, _ in predicted)
        for sentence, sub_event_type in gold.items():
            covering = [kind for text, kind in predicted if sentence in text]
            if covering:
                found += 1
                typed += sub_event_type in covering
    recall = prf_from_counts(found, 0, gold_total - found).recall
    precision = prf_from_counts(right, predicted_total - right, 0).precision
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "detection_precision": precision,
        "detection_recall": recall,
        "detection_f1": f1,
        "type_accuracy": typed / found if found else 0.0,
        "n_gold": gold_total,
        "n_predicted": predicted_total,
        "n_articles": len(rows),
        "seconds": round(time.perf_counter() - started, 1),
    }
