"""Score attribution finding (source, cue, content) against PolNeAR-style gold.

Gold format (`shared/eval/claims/polnear_dev.jsonl`): one article per line with `text` and
`attributions`, each with `source` (`[start, end, text]` or null), `cue` and `content`
character spans (`content` may run over several fragments, listed in `content_parts`).

Each article is parsed once with the project's language pipeline and every sentence is given to
`claims.find_attributions` with the `stance` scope, PolNeAR's definition of attribution (belief,
evaluation and stance as well as speech; the pipeline's claims use the `speech` scope). PolNeAR
is univocal (a token has at most one role in at most one attribution), so only the outermost
attributions are scored: one whose cue lies inside the content of another predicted attribution,
or inside a quotation ("I think ..." within a quote, whether or not its speaker was found), is
left out, as the annotators left it out.

Every role is scored on its own, as PolNeAR's own scorer does: spans are matched one-to-one,
largest overlap first. Each attribution holds one span per role, in the gold as in the
prediction, so a source credited with two attributions ("X said A, adding B") counts twice. A
match is *exact* when both spans cover the same characters once surrounding spaces, quotes and
punctuation are trimmed, and an *overlap* match when they share at least one character.
`source_f1`, `cue_f1` and `content_f1` are the overlap scores.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from eventwire.errors import EvaluationError
from eventwire.evaluate.gold import read_jsonl
from eventwire.evaluate.metrics import match_spans, prf_from_counts

if TYPE_CHECKING:
    from eventwire.extract.claims import Attribution
    from eventwire.extract.stance import Scope

__all__ = ["score_file", "score_documents", "read_documents", "predict", "outermost", "ROLES"]

ROLES = ("source", "cue", "content")
TRIM = " \t\r\n\u00a0\"'“”‘’`,.;:!?—–-―()[]"

SpanTuple = tuple[int, int]
# PolNeAR counts belief, evaluation and stance as attribution, not only speech: the finder's
# broader scope is the corpus' definition (the pipeline's claims use the "speech" scope).
SCOPE: Scope = "stance"


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """The gold articles of a JSON Lines file."""
    return read_jsonl(path, "one PolNeAR-style article per line")


def predict(doc: Any, scope: Scope = SCOPE) -> list[dict[str, SpanTuple | None]]:
    """Outermost attributions found in a parsed document, as character spans per role."""
    from eventwire.extract.claims import find_attributions  # spaCy only when scoring

    found = [attribution for sentence in doc.sents for attribution in find_attributions(sentence, scope)]
    return outermost(doc.text, found)  # doc.text is built from the tokens on each access


def outermost(text: str, found: Iterable[Attribution]) -> list[dict[str, SpanTuple | None]]:
    """The attributions that are not nested in another one or in a quotation, as character spans."""
    from eventwire.extract.claims import quoted_regions

    spans = []
    for attribution in found:
        cue = attribution.cue_span()
        spans.append({
            "source": _chars(attribution.source) if attribution.source is not None else None,
            "cue": (cue.start_char, cue.end_char),
            "content": _chars(attribution.content),
        })
    quotes = quoted_regions(text)
    return [item for item in spans if not any(
        other is not item and other["content"][0] <= item["cue"][0] < other["content"][1]
        and not (item["content"][0] <= other["cue"][0] < item["content"][1])
        for other in spans
    ) and not any(_quoted(text, item, quote) for quote in quotes)]


def _quoted(text: str, item: dict[str, SpanTuple | None], quote: SpanTuple) -> bool:
    """Whether an attribution is said inside a quotation, so nested in the quote's own
    attribution (found or not); a quote that opens on a speaker's name and a colon ('"SMITH: ...')
    is a transcript line, not a nested attribution."""
    source, (start, end) = item["source"], item["cue"]
    transcript = source is not None and source[0] - quote[0] <= 1 and text[start:end] == ":"
    return quote[0] <= start < quote[1] and not transcript


def _chars(span: Any) -> SpanTuple:
    return (span.start_char, span.end_char)


def _trim(text: str, span: SpanTuple) -> SpanTuple:
    start, end = span
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return (start, end) if start < end else span


def gold_spans(document: dict[str, Any]) -> dict[str, list[SpanTuple]]:
    """Per role, the gold character spans of one article (null sources left out)."""
    spans: dict[str, list[SpanTuple]] = {role: [] for role in ROLES}
    for attribution in document["attributions"]:
        for role in ROLES:
            value = attribution.get(role)
            if value:
                spans[role].append((int(value[0]), int(value[1])))
    return spans


def count_document(text: str, gold: dict[str, list[SpanTuple]],
                   predicted: Iterable[dict[str, SpanTuple | None]]) -> dict[str, dict[str, int]]:
    """Per role: gold, predicted, overlap-matched and exactly matched span counts."""
    # one span per role per attribution, as in the gold ("X said A, adding B" holds X twice);
    # attributions found twice at the same cue count once
    predicted = list({_trim(text, item["cue"]): item for item in predicted}.values())
    counts = {}
    for role in ROLES:
        gold_role = [_trim(text, span) for span in gold[role]]
        predicted_role = [_trim(text, item[role]) for item in predicted if item[role] is not None]
        matched = match_spans(gold_role, predicted_role)
        exact = sum(gold_role[g] == predicted_role[p] for g, p in matched)
        counts[role] = {"gold": len(gold_role), "predicted": len(predicted_role), "overlap": len(matched),
                        "exact": exact}
    return counts


def score_counts(totals: dict[str, dict[str, int]], documents: int, scope: Scope = SCOPE) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for role in ROLES:
        total = totals[role]
        for kind in ("overlap", "exact"):
            prf = prf_from_counts(total[kind], total["predicted"] - total[kind], total["gold"] - total[kind])
            suffix = "" if kind == "overlap" else "_exact"
            result[f"{role}{suffix}_f1"] = prf.f1
            result[f"{role}{suffix}_precision"] = prf.precision
            result[f"{role}{suffix}_recall"] = prf.recall
    result["n"] = totals["cue"]["gold"]
    result["n_predicted"] = totals["cue"]["predicted"]
    result["documents"] = documents
    result["scope"] = scope
    return result


def score_documents(documents: list[dict[str, Any]], scope: Scope = SCOPE) -> dict[str, Any]:
    """Scores over already-read gold articles."""
    from eventwire.annotate import load_language

    nlp = load_language()
    totals = {role: {"gold": 0, "predicted": 0, "overlap": 0, "exact": 0} for role in ROLES}
    try:
        texts = [document["text"] for document in documents]
        golds = [gold_spans(document) for document in documents]
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise EvaluationError(f"malformed attribution gold record ({error!r}); "
                              "expected text and attributions with source, cue, content spans") from error
    for text, gold, doc in zip(texts, golds, nlp.pipe(texts, batch_size=8)):
        for role, counts in count_document(text, gold, predict(doc, scope)).items():
            for key, value in counts.items():
                totals[role][key] += value
    return score_counts(totals, len(documents), scope)


def score_file(path: Path, scope: Scope = SCOPE) -> dict[str, Any]:
    """Source, cue and content P/R/F1 (overlap and exact) of `find_attributions` on a gold file."""
    from eventwire.extract.stance import Scope as Scopes  # imported here: the language stack loads late

    if scope not in get_args(Scopes):
        raise EvaluationError(f"unknown attribution scope {scope!r}; use one of: {', '.join(get_args(Scopes))}")
    return score_documents(list(read_documents(Path(path))), scope)
