"""Scores a train.py predictions file with the project's own attribution counting
(eventwire.evaluate.attribution.count_document / score_counts, as `eventwire evaluate attribution`),
pooled over the documents in the file (the held-out folds).

The tagger finds spans per role, not whole attributions, while count_document takes attributions
(it keeps one per cue and counts one span per role per attribution, as the gold does). They are
grouped thus, within one paragraph (text between newlines) of the cue:
  - every predicted cue becomes one attribution;
  - its source is the nearest predicted source (character gap, 0 when touching), possibly shared by
    several cues ("X said A, adding B" holds X twice in the gold too), or none;
  - contents go to cues one-to-one, nearest gap first (a content given to two cues would count
    as a false positive); a cue left without one gets none.
Sources and contents that no cue in their paragraph takes are dropped. The roles' spans are also
scored ungrouped (each predicted span once) with the same span matcher, for comparison.

Usage: .venv/bin/python .ft/score.py PREDS.jsonl [PREDS_b.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.evaluate import attribution as scorer
from eventwire.evaluate.metrics import match_spans

GOLD = Path(__file__).resolve().parent / "polnear_dev.jsonl"
Span = tuple[int, int]


def paragraph(text: str, position: int) -> Span:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def gap(a: Span, b: Span) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def group(text: str, predicted: dict[str, list[list[int]]]) -> list[dict[str, Span | None]]:
    """The tagged spans as attributions, one per cue (see the module docstring)."""
    cues = [tuple(c) for c in predicted["cue"]]
    near = [paragraph(text, c[0]) for c in cues]

    def candidates(role: str, k: int) -> list[Span]:
        p0, p1 = near[k]
        return [tuple(s) for s in predicted[role] if s[0] < p1 and s[1] > p0]

    sources = [min(candidates("source", k), key=lambda s: gap(s, cue), default=None) for k, cue in enumerate(cues)]
    contents: list[Span | None] = [None] * len(cues)
    pairs = sorted((gap(s, cue), k, s) for k, cue in enumerate(cues) for s in candidates("content", k))
    taken: set[Span] = set()
    for _, k, span in pairs:
        if contents[k] is None and span not in taken:
            contents[k] = span
            taken.add(span)
    return [{"source": s, "cue": c, "content": t} for s, c, t in zip(sources, cues, contents)]


def score(path: Path, documents: dict[str, dict]) -> dict[str, dict[str, float]]:
    keys = ("gold", "predicted", "overlap", "exact")
    grouped = {role: dict.fromkeys(keys, 0) for role in scorer.ROLES}
    ungrouped = {role: dict.fromkeys(keys, 0) for role in scorer.ROLES}
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in lines:
        document = documents[line["id"]]
        text, gold = document["text"], scorer.gold_spans(document)
        for role, counts in scorer.count_document(text, gold, group(text, line["spans"])).items():
            for key, value in counts.items():
                grouped[role][key] += value
        for role in scorer.ROLES:
            gold_role = [scorer._trim(text, s) for s in gold[role]]
            predicted_role = [scorer._trim(text, tuple(s)) for s in line["spans"][role]]
            matched = match_spans(gold_role, predicted_role)
            counts = {"gold": len(gold_role), "predicted": len(predicted_role), "overlap": len(matched),
                      "exact": sum(gold_role[g] == predicted_role[p] for g, p in matched)}
            for key, value in counts.items():
                ungrouped[role][key] += value
    result = {}
    for name, totals in (("grouped", grouped), ("ungrouped", ungrouped)):
        figures = scorer.score_counts(totals, len(lines))
        result[name] = {key: round(figures[key], 4) for key in
                        ("source_f1", "cue_f1", "content_f1", "cue_precision", "cue_recall",
                         "source_exact_f1", "cue_exact_f1", "content_exact_f1", "documents")}
    return result


def main() -> None:
    documents = {d["id"]: d for d in scorer.read_documents(GOLD)}
    for path in sys.argv[1:]:
        print(path, json.dumps(score(Path(path), documents), indent=1))


if __name__ == "__main__":
    main()
