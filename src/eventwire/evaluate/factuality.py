"""Score event factuality (certainty x polarity x time) against MEANTIME-style gold.

Gold format (`shared/eval/claims/meantime_dev.jsonl`): one article per line with `text`,
`annotated_end` and `events`, each with `start`, `end` (character offsets of the event mention,
`parts` for discontinuous ones) and `certainty` (CERTAIN | PROBABLE | POSSIBLE |
UNDERSPECIFIED), `polarity` (POS | NEG | UNDERSPECIFIED) and `time` (NON_FUTURE | FUTURE |
UNDERSPECIFIED). Events with any of the three left empty are not scored.

The prediction for a mention is `claims.factuality` at the mention's head token (the syntactic
head of its first token run), which reads the clause for negation, modal and hedging words,
future markers and the verbs that embed it ("plans to", "expected to", "if ...").

An event is *factual* when it is a certain, positive, past-or-present event (CERTAIN, POS,
NON_FUTURE); everything else, including UNDERSPECIFIED values, is non-factual. `accuracy` is
the accuracy of that factual / non-factual decision and `nonfactual_f1` the F1 of the
non-factual class; the accuracy of each of the three attributes is reported beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.gold import read_jsonl
from eventwire.evaluate.metrics import prf_from_counts

__all__ = ["score_file", "score_documents", "read_documents", "is_factual", "FACTUAL"]

FACTUAL = ("CERTAIN", "POS", "NON_FUTURE")
ATTRIBUTES = ("certainty", "polarity", "time")


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """The gold articles of a MEANTIME-style JSON Lines file (shared/eval/claims/meantime_dev.jsonl)."""
    return read_jsonl(path, "one MEANTIME-style document per line")


def is_factual(values: tuple[str, str, str]) -> bool:
    return tuple(values) == FACTUAL


def head_token(doc: Any, event: dict[str, Any]) -> Any | None:
    """The token a gold event mention is anchored on (the head of its first token run)."""
    start, end = (event.get("parts") or [[event["start"], event["end"]]])[0]
    span = doc.char_span(int(start), int(end), alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def score_documents(documents: list[dict[str, Any]], errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Scores over already-read gold articles; `errors`, if given, collects the misses for study."""
    from eventwire.annotate import load_language
    from eventwire.extract.claims import factuality

    nlp = load_language()
    try:
        texts = [document["text"] for document in documents]
        events = [[e for e in document["events"] if all(e.get(a) for a in ATTRIBUTES)] for document in documents]
    except (KeyError, TypeError) as error:
        raise EvaluationError(f"malformed factuality gold record ({error!r}); "
                              "expected text and events with certainty, polarity, time") from error
    n = correct = 0
    attribute_correct = dict.fromkeys(ATTRIBUTES, 0)
    true_positive = false_positive = false_negative = 0
    for document, doc, gold_events in zip(documents, nlp.pipe(texts, batch_size=8), events):
        for event in gold_events:
            token = head_token(doc, event)
            predicted = factuality(token) if token is not None else FACTUAL
            gold = tuple(event[a] for a in ATTRIBUTES)
            n += 1
            for attribute, gold_value, predicted_value in zip(ATTRIBUTES, gold, predicted):
                attribute_correct[attribute] += gold_value == predicted_value
            gold_nonfactual, predicted_nonfactual = not is_factual(gold), not is_factual(predicted)
            correct += gold_nonfactual == predicted_nonfactual
            true_positive += gold_nonfactual and predicted_nonfactual
            false_positive += predicted_nonfactual and not gold_nonfactual
            false_negative += gold_nonfactual and not predicted_nonfactual
            if errors is not None and gold_nonfactual != predicted_nonfactual:
                sentence = token.sent.text if token is not None else ""
                errors.append({"id": document.get("id"), "event": event["text"], "gold": gold,
                               "predicted": predicted, "sentence": sentence})
    nonfactual = prf_from_counts(true_positive, false_positive, false_negative)
    result: dict[str, Any] = {
        "accuracy": correct / n if n else 0.0,
        "nonfactual_f1": nonfactual.f1,
        "nonfactual_precision": nonfactual.precision,
        "nonfactual_recall": nonfactual.recall,
    }
    for attribute in ATTRIBUTES:
        result[f"{attribute}_accuracy"] = attribute_correct[attribute] / n if n else 0.0
    result["n"] = n
    result["n_nonfactual"] = true_positive + false_negative
    result["documents"] = len(documents)
    return result


def score_file(path: Path) -> dict[str, Any]:
    """Factual / non-factual accuracy and non-factual F1 of `claims.factuality` on a gold file."""
    return score_documents(list(read_documents(Path(path))))
