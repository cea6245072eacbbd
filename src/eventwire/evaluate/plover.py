"""Score actor (source / target) extraction and the PLOVER mapping of our taxonomy.

Gold format (`shared/eval/events/plover_gsr_cameo.txt`, PLOVER gold-standard records): one JSON
array of records with `text`, `source` and `target` (lists of `{actorText, ...}`, or an empty
string) and `event` (a PLOVER category); records whose `event` is `DOCUMENT` document the file
and are skipped.

For each record the text is parsed and classified as the pipeline does it. PLOVER codes one event
per text, the one its main clause reports, so the actors are read at the text's main event verb
(under "..., officials said" the reported verb, not "said"), not at the classifier's cue, which
may name another event of the sentence ("X killed 23 people in a bombing"; "ministers agreed").
actor1 and actor2, each with the associated actors coordinated with it ("X and Y agreed"), come
from `who.event_actor_groups` at that trigger, with the attribution holding it as the claimant, as
in `extract.mentions` (which keeps actor1 and actor2 of the same call, `who.event_actors`).

Actor text is matched by token overlap: a predicted actor (the text span it was resolved from)
matches a gold actor of the same role when they share a content word; each gold actor is matched
at most once. `source_f1` / `target_f1` are the F1 of that matching; `*_token_f1` is the stricter
bag-of-words F1 (extra words in the predicted span count against it). The event category is our
classifier's code mapped through `data/plover_map.json` (`codes`), with the trigger's lemma
(`verbs`) for texts our taxonomy leaves unlabelled or labels only broadly (`broad_codes`); an act
only promised or threatened, or refused, is recoded as the codebook does (`promised`, `refused`);
a statement of what another must do is a demand; `event_accuracy` is its accuracy over all records.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.metrics import prf_from_counts

__all__ = ["score_file", "score_records", "read_records", "plover_category", "main_event", "plover_map"]

ROLES = ("source", "target")
# Auxiliaries and predicates that make an act promised rather than done: "will send", "is ready to".
PROMISING_AUX = {"will", "would", "shall", "'ll", "wo"}
READY_WORDS = {"ready", "willing", "prepared", "determined"}
PLANNING_LEMMAS = {"plan", "intend", "prepare"}
# "X said Y must withdraw": what X says another must do is X's demand, whatever the act.
DEMAND_MODALS = {"must", "should"}
STOPWORDS = {"the", "a", "an", "of", "and", "'s", "’s", "its", "their", "his", "her", "in", "for", "to", "on", "at",
             "by", "with", "from", "some", "two", "three", "several", "senior", "top", "that", "this", "these"}


def read_records(path: Path) -> list[dict[str, Any]]:
    """The event records of a PLOVER gold file (the documenting `DOCUMENT` records left out)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise EvaluationError(f"cannot read PLOVER gold file {path}: {error.strerror}; "
                              "check the path (shared/eval/events/plover_gsr_cameo.txt)") from error
    except json.JSONDecodeError as error:
        raise EvaluationError(f"{path}: not JSON ({error.msg}); expected one JSON array of PLOVER records") from error
    if not isinstance(data, list):
        raise EvaluationError(f"{path}: expected a JSON array of PLOVER records, found {type(data).__name__}")
    return [record for record in data if isinstance(record, dict) and record.get("event") != "DOCUMENT"]


@dataclass(frozen=True)
class PloverMap:
    """The packaged `data/plover_map.json`: see its `_about`."""

    codes: dict[str, str | None]  # CASE code -> PLOVER category
    verbs: dict[str, str]  # trigger lemma -> PLOVER category
    broad_codes: frozenset[str]
    light_verbs: frozenset[str]
    promised: dict[str, str]  # category of an act -> category of its promise or threat
    refused: dict[str, str]  # category of an act -> category of its refusal


@lru_cache(maxsize=1)
def plover_map() -> PloverMap:
    """Our taxonomy's PLOVER mapping, from the packaged data file."""
    data = json.loads((resources.files("eventwire") / "data" / "plover_map.json").read_text(encoding="utf-8"))
    verbs = {lemma: category for category, lemmas in data["verbs"].items() for lemma in lemmas}
    return PloverMap(dict(data["codes"]), verbs, frozenset(data["broad_codes"]), frozenset(data["light_verbs"]),
                     dict(data["promised"]), dict(data["refused"]))


def plover_category(code: str, trigger: Any | None) -> str:
    """The PLOVER category of an event our classifier labelled `code`, triggered by `trigger`."""
    mapping = plover_map()
    if trigger is not None and trigger.lemma_.lower() not in mapping.verbs and _demands(trigger):
        return "DEMAND"  # a speech verb, not "agreed that Y should"
    category = mapping.codes.get(code)
    chain = _lexical_chain(trigger, mapping.light_verbs) if trigger is not None else []
    if not category or code in mapping.broad_codes:
        category = next((mapping.verbs[t.lemma_.lower()] for t in chain if t.lemma_.lower() in mapping.verbs), category)
    if not category:
        return "NONE"
    stance = _stance(chain)
    if stance == "refused":
        return mapping.refused.get(category, category)
    if stance == "promised":
        return mapping.promised.get(category, category)
    return category


def _lexical_chain(trigger: Any, light_verbs: frozenset[str]) -> list[Any]:
    """The trigger, then what completes it: 'agreed to set up', 'imposed sanctions', 'is ready
    to withdraw'; a light verb's object first ('declared a ceasefire')."""
    complements = [c for c in trigger.children if c.dep_ in {"xcomp", "dobj"}]
    complements += [g for c in trigger.children if c.dep_ == "acomp" for g in c.children if g.dep_ == "xcomp"]
    if trigger.lemma_.lower() in light_verbs:
        return [*complements, trigger]
    return [trigger, *complements]


def _demands(trigger: Any) -> bool:
    """Whether the trigger states what another must do ("said that Y must withdraw")."""
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children)
               for c in trigger.children)


def _stance(chain: list[Any]) -> str:
    """'refused' when the act is negated ('will not accept'), 'promised' when it is only promised
    or threatened ('will send', 'is ready to withdraw', 'plans to impose'), else 'done'."""
    verbs = [t for t in chain if t.pos_ in {"VERB", "AUX"}]
    children = [c for verb in verbs for c in verb.children]
    if any(c.dep_ == "neg" for c in children):
        return "refused"
    if (any(c.dep_ == "aux" and c.lower_ in PROMISING_AUX for c in children)
            or any(c.dep_ == "acomp" and c.lower_ in READY_WORDS for c in children)
            or any(v.lemma_.lower() in PLANNING_LEMMAS for v in verbs)):
        return "promised"
    return "done"


def main_event(sentence: Any) -> Any:
    """The sentence's main event verb: its root, or under a speech verb the reported verb."""
    from eventwire.extract.claims import reported_event

    return reported_event(sentence.root)


def _words(text: str) -> list[str]:
    """Content words; a possessive is its owner's name ("Turkey's" matches "Turkey")."""
    words = (re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w'’-]+", text.lower()))
    return [w for w in words if w and w not in STOPWORDS]


def _gold_actors(record: dict[str, Any], role: str) -> list[str]:
    value = record.get(role) or []
    if isinstance(value, dict):
        value = [value]
    return [item["actorText"] for item in value if isinstance(item, dict) and item.get("actorText")]


def count_role(gold: list[str], predicted: list[str]) -> dict[str, int]:
    """Overlap matches (one per gold actor) and bag-of-words token counts for one role of one record."""
    used: set[int] = set()
    matched = 0
    for text in predicted:
        words = set(_words(text))
        for index, gold_text in enumerate(gold):
            if index not in used and words & set(_words(gold_text)):
                used.add(index)
                matched += 1
                break
    gold_words = [w for text in gold for w in _words(text)]
    predicted_words = [w for text in predicted for w in _words(text)]
    remaining = list(gold_words)
    token_matches = 0
    for word in predicted_words:
        if word in remaining:
            remaining.remove(word)
            token_matches += 1
    return {"gold": len(gold), "predicted": len(predicted), "matched": matched,
            "gold_tokens": len(gold_words), "predicted_tokens": len(predicted_words), "token_matches": token_matches}


def predict(doc: Any) -> tuple[tuple[Any, ...], tuple[Any, ...], Any]:
    """(actor1 and its associated actors, actor2 and its, trigger) for one parsed record: what
    `who.event_actor_groups` finds at the text's main event."""
    from eventwire.extract.claims import attribution_for, find_attributions
    from eventwire.extract.who import build_context, event_actor_groups

    sentences = [s for s in doc.sents if s.text.strip()]
    trigger = main_event(sentences[0])
    attributions = find_attributions(trigger.sent)
    holding = attribution_for(trigger, attributions)
    context = build_context(doc)
    # PLOVER's convention: the country an action happens in is its target ("arrived in X").
    side1, side2 = event_actor_groups(trigger, context, holding.source if holding is not None else None,
                                      convention="plover")
    return side1, side2, trigger


def score_records(records: list[dict[str, Any]], errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Scores over already-read PLOVER records; `errors`, if given, collects the records for study."""
    from eventwire.annotate import load_language
    from eventwire.extract.what import default_classifier

    try:
        texts = [record["text"] for record in records]
    except (KeyError, TypeError) as error:
        raise EvaluationError(f"malformed PLOVER record ({error!r}); expected text, source, target, event") from error
    labels = default_classifier().classify(texts)
    totals = {role: dict.fromkeys(("gold", "predicted", "matched", "gold_tokens", "predicted_tokens",
                                   "token_matches"), 0) for role in ROLES}
    correct_events = 0
    for record, doc, label in zip(records, load_language().pipe(texts, batch_size=32), labels):
        side1, side2, trigger = predict(doc)
        predicted = {"source": [actor.evidence.text for actor in side1 if actor.evidence],
                     "target": [actor.evidence.text for actor in side2 if actor.evidence]}
        for role in ROLES:
            for key, value in count_role(_gold_actors(record, role), predicted[role]).items():
                totals[role][key] += value
        category = plover_category(label.code, trigger)
        correct_events += category == record.get("event")
        if errors is not None:
            errors.append({"id": record.get("id"), "text": record["text"], "trigger": trigger.text,
                           "code": label.code, "event": record.get("event"), "predicted_event": category,
                           "gold_source": _gold_actors(record, "source"), "source": predicted["source"],
                           "gold_target": _gold_actors(record, "target"), "target": predicted["target"]})
    result: dict[str, Any] = {}
    for role in ROLES:
        total = totals[role]
        overlap = prf_from_counts(total["matched"], total["predicted"] - total["matched"],
                                  total["gold"] - total["matched"])
        tokens = prf_from_counts(total["token_matches"], total["predicted_tokens"] - total["token_matches"],
                                 total["gold_tokens"] - total["token_matches"])
        result[f"{role}_f1"] = overlap.f1
        result[f"{role}_precision"] = overlap.precision
        result[f"{role}_recall"] = overlap.recall
        result[f"{role}_token_f1"] = tokens.f1
    result["event_accuracy"] = correct_events / len(records) if records else 0.0
    result["n"] = len(records)
    return result


def score_file(path: Path) -> dict[str, Any]:
    """Source / target actor F1 (token overlap) and PLOVER event accuracy on a gold file."""
    return score_records(read_records(Path(path)))
