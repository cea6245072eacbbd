"""Score time-expression recognition and normalisation against MEANTIME-style gold.

Gold format (`shared/eval/claims/meantime_dev.jsonl`): one article per line with `text`,
`date` (the article date), `date_span` (the dateline, which is not a timex to find),
`annotated_end` (only `text[:annotated_end]` is annotated) and `timexes` with `start`, `end`,
`type` and TIMEX3 `value`.

Recognition is scored by overlap (TempEval-3 "relaxed" match), one prediction per gold span;
value F1 counts a gold span as found only when the matched prediction's value is exactly right
(TempEval-3's value F1 is computed the same way over relaxed matches).

Before matching, the predictions are rewritten into the gold file's annotation convention
(`timex_conventions`: MEANTIME's differs from TimeML on a few expression forms); the scores
name the convention they were measured under.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.gold import read_jsonl
from eventwire.evaluate.metrics import match_spans, prf_from_counts
from eventwire.evaluate.timex_conventions import Convention, Rule, adapt, resolve_convention
from eventwire.extract.when import TimeExpression, find_time_expressions

__all__ = ["score_file", "score_documents", "read_documents"]


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """The gold documents of a JSON Lines file."""
    return read_jsonl(path, "one MEANTIME-style document per line")


def _predictions(document: dict[str, Any], convention: Convention,
                 rules: Sequence[Rule] | None = None) -> list[TimeExpression]:
    text = document["text"]
    end = int(document.get("annotated_end") or len(text))
    date_text = document.get("date")
    article_date = dt.date.fromisoformat(date_text) if date_text else None
    dateline = document.get("date_span") or (0, 0)
    return [expression for expression in adapt(text, find_time_expressions(text, article_date), convention, rules)
            if expression.start < end
            and not (expression.start < dateline[1] and dateline[0] < expression.end)]


def _match(gold: list[dict[str, Any]], predicted: list[TimeExpression]) -> list[tuple[dict[str, Any], TimeExpression]]:
    """Greedy one-to-one overlap matching, largest overlap first."""
    pairs = match_spans([(item["start"], item["end"]) for item in gold], [(e.start, e.end) for e in predicted])
    return [(gold[g], predicted[p]) for g, p in pairs]


def score_documents(documents: list[dict[str, Any]], errors: list[dict[str, Any]] | None = None,
                    convention: Convention | str = Convention.auto,
                    rules: Sequence[Rule] | None = None) -> dict[str, Any]:
    """Scores over already-read documents under `convention` (`auto`: told from the file);
    `errors`, if given, collects the misses for study; `rules` overrides the convention's
    rewriting rules (to measure them one by one)."""
    convention = resolve_convention(convention, documents)
    n_gold = n_predicted = n_matched = n_value = n_type = 0
    for document in documents:
        try:
            gold = list(document["timexes"])
            predicted = _predictions(document, convention, rules)
        except (KeyError, TypeError, ValueError) as error:
            raise EvaluationError(f"document {document.get('id', '?')}: malformed gold record "
                                  f"({error}); expected text, date, annotated_end, timexes") from error
        matched = _match(gold, predicted)
        n_gold += len(gold)
        n_predicted += len(predicted)
        n_matched += len(matched)
        n_value += sum(item["value"] == expression.value for item, expression in matched)
        n_type += sum(item["type"] == expression.type for item, expression in matched)
        if errors is not None:
            matched_gold = {id(item) for item, _ in matched}
            matched_predicted = {id(expression) for _, expression in matched}
            for item, expression in matched:
                if item["value"] != expression.value:
                    errors.append({"kind": "value", "date": document["date"], "gold": item,
                                   "predicted": (expression.text, expression.value)})
            errors.extend({"kind": "missed", "date": document["date"], "gold": item}
                          for item in gold if id(item) not in matched_gold)
            errors.extend({"kind": "spurious", "date": document["date"],
                           "predicted": (expression.text, expression.value)}
                          for expression in predicted if id(expression) not in matched_predicted)
    recognition = prf_from_counts(n_matched, n_predicted - n_matched, n_gold - n_matched)
    value = prf_from_counts(n_value, n_predicted - n_value, n_gold - n_value)
    return {
        "timex_f1": recognition.f1,
        "timex_precision": recognition.precision,
        "timex_recall": recognition.recall,
        "value_f1": value.f1,
        "value_precision": value.precision,
        "value_recall": value.recall,
        "value_accuracy_on_matched": n_value / n_matched if n_matched else 0.0,
        "type_accuracy_on_matched": n_type / n_matched if n_matched else 0.0,
        "n": n_gold,
        "n_predicted": n_predicted,
        "documents": len(documents),
        "convention": convention.value,
    }


def score_file(path: Path, convention: Convention | str = Convention.auto) -> dict[str, Any]:
    """Recognition P/R/F1 (overlap) and value F1 of `find_time_expressions` on a gold file,
    the predictions written in the file's annotation `convention`."""
    return score_documents(list(read_documents(Path(path))), convention=convention)
