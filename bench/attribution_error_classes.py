"""Where the stance scope's cue F1 is lost, under the cue detector's cross-validation, and whether
two proposed remedies survive it.

Reads the same PolNeAR dev file, parse and folds as bench/train_attribution_cues.py (seed 13, 5
folds over articles; each held-out article under the models trained without it) and counts:

- false cues: a kept cue no gold cue overlaps, inside a gold content (the gold keeps the outer
  level) or outside every gold content;
- missed cues: a gold cue no kept cue overlaps, by cause (`train_attribution_cues._missed_because`:
  not proposed, rejected by the rule or the candidate model, nested under a found cue, cut off
  by a content's extent, inside a quotation);
- boundary: overlap-matched cues whose characters differ (these cost the exact F1 only; the
  issue's `cue_f1` is the overlap F1): the gold longer ('told reporters', 'said in a statement'),
  ours longer, or shifted;
- the candidate model's ranking of the verbs the rules pass over (ROC AUC, average precision),
  its share of cues, and the slice the rules might still take: a clause complement with a person,
  organisation or pronoun subject.

Two remedies can be switched on for the cross-validated scores (averaged over `--seeds` fold
splits, as `train_attribution_cues.py --seeds`); neither changes the shipped model:
`--wordnet DIR` adds the cue word's WordNet lexicographer classes (first sense, and any of the
first three) as features (DIR holds WordNet 3.0's index.verb, data.verb, index.noun, data.noun,
e.g. /usr/share/wordnet from Debian's wordnet-base); `--noun-candidates` lets the candidate
model also judge each noun the rules passed over that governs a content ("the claim that ...",
"disdain for ..."), with its possessor or "by" phrase as the source.

Usage: .venv/bin/python bench/attribution_error_classes.py [GOLD.jsonl] [--parsed CACHE.spacy]
       [--vectors CACHE.npz] [--seeds N] [--wordnet DIR] [--noun-candidates]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_attribution_cues as trainer  # noqa: E402  (the trainer's folds, examples and scoring)

from eventwire.evaluate import attribution as scorer  # noqa: E402
from eventwire.evaluate.metrics import match_spans  # noqa: E402
from eventwire.extract import claims  # noqa: E402

SPEAKER_KINDS = {"subject=PERSON", "subject=ORG", "subject=PRON", "subject=NORP", "subject=GPE"}
WORDNET_CLASSES_READ = 3  # senses whose lexicographer class counts as "any"


def wordnet_classes(directory: Path) -> dict[str, dict[str, list[str]]]:
    """Per part of speech ('verb', 'noun'), each lemma's senses' lexicographer classes, most
    frequent sense first ('say' -> ['communication', ...])."""
    names = {int(code): name for code, name in enumerate([
        "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute",
        "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group",
        "noun.location", "noun.motive", "noun.object", "noun.person", "noun.phenomenon", "noun.plant",
        "noun.possession", "noun.process", "noun.quantity", "noun.relation", "noun.shape", "noun.state",
        "noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition", "verb.communication",
        "verb.competition", "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
        "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl"])}
    tables = {}
    for pos in ("verb", "noun"):
        lexfile = {}
        with open(directory / f"data.{pos}", encoding="latin-1") as data:
            for line in data:
                if not line.startswith("  "):
                    offset, code = line.split(" ", 2)[:2]
                    lexfile[offset] = names[int(code)].split(".")[1]
        table = {}
        with open(directory / f"index.{pos}", encoding="latin-1") as index:
            for line in index:
                if not line.startswith("  "):
                    parts = line.split()
                    table[parts[0]] = [lexfile[offset] for offset in parts[-int(parts[2]):]]
        tables[pos] = table
    return tables


def with_wordnet(tables: dict[str, dict[str, list[str]]]) -> None:
    """Make `claims.learned_features` also emit the cue word's WordNet classes."""
    plain = claims.learned_features

    def learned_features(attribution: claims.Attribution, proposer: str | None = None) -> list[str]:
        parsed = attribution.parsed_as or attribution
        token = parsed.cue
        table = tables["verb"] if token.pos_ in {"VERB", "AUX"} else tables["noun"] if token.pos_ == "NOUN" else None
        extra: list[str] = []
        if table is not None:
            senses = table.get(claims.cue_lemma(token), [])
            extra = ([f"wordnet_first={senses[0]}"] + [f"wordnet_any={c}" for c in set(senses[:WORDNET_CLASSES_READ])]
                     if senses else ["wordnet=none"])
        return plain(attribution, proposer) + extra

    claims.learned_features = learned_features


def with_noun_candidates() -> None:
    """Make `claims.unproposed_cues` also offer each noun the rules passed over that governs a content."""
    plain = claims.unproposed_cues

    def unproposed_cues(sentence: Any, found: list[claims.Attribution]) -> list[claims.Attribution]:
        result = plain(sentence, found)
        taken = {t.i for a in found for t in a.cue_span()}
        for token in sentence:
            if token.pos_ != "NOUN" or token.i in taken or any(a.content.start <= token.i < a.content.end for a in found):
                continue
            content = claims._noun_content(token)
            if content is not None:
                result.append(claims.Attribution(token, claims._noun_source(token),
                                                 claims._in_cue_paragraph(content, token), "asserts"))
        return result

    claims.unproposed_cues = unproposed_cues


def boundaries(documents: list[dict[str, Any]], docs: list[Any], found: list[Any], vectors: list[np.ndarray],
               models: dict[int, Any]) -> dict[str, int]:
    """Overlap-matched held-out cues by how their characters differ from the gold's."""
    counts: Counter[str] = Counter()
    for i, (document, doc, proposed) in enumerate(zip(documents, docs, found)):
        gold, _, kept = trainer.gold_and_kept(document, doc, proposed, models[i], vectors[i])
        for g, k in match_spans(gold, kept):
            (g0, g1), (k0, k1) = gold[g], kept[k]
            counts["exact" if (g0, g1) == (k0, k1) else "gold longer" if g0 <= k0 and k1 <= g1
                   else "ours longer" if k0 <= g0 and g1 <= k1 else "shifted"] += 1
    return dict(counts.most_common())


def candidate_ranking(data: list[list[trainer.Example]], models: dict[int, Any]) -> dict[str, Any]:
    """How the held-out candidate model ranks the verbs the rules passed over."""
    labels, scores, speaker_clause = [], [], Counter()
    for i, examples in enumerate(data):
        for features, vector, label, by_rule in examples:
            if by_rule:
                continue
            labels.append(label)
            scores.append(models[i].candidate.probability(features, vector))
            if "child=ccomp" in features and SPEAKER_KINDS & set(features):
                speaker_clause["candidates"] += 1
                speaker_clause["cues"] += label
    threshold = next(iter(models.values())).candidate.threshold
    accepted = [label for label, score in zip(labels, scores) if score >= threshold]
    return {"candidates": len(labels), "cues": int(sum(labels)), "roc_auc": round(roc_auc_score(labels, scores), 4),
            "average_precision": round(average_precision_score(labels, scores), 4),
            "accepted": len(accepted), "accepted_cues": int(sum(accepted)),
            "clause_complement_and_speaker_subject": dict(speaker_clause)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=trainer.GOLD)
    parser.add_argument("--parsed", type=Path, help="a DocBin file to keep the parsed articles in")
    parser.add_argument("--vectors", type=Path, help="an .npz file to keep the articles' token vectors in")
    parser.add_argument("--seeds", type=int, default=8, help="fold splits to average the scores over")
    parser.add_argument("--wordnet", type=Path, help="a WordNet 3.0 dict folder: add its classes as features")
    parser.add_argument("--noun-candidates", action="store_true", help="let the candidate model judge nouns too")
    args = parser.parse_args()
    if args.wordnet:
        with_wordnet(wordnet_classes(args.wordnet))
    if args.noun_candidates:
        with_noun_candidates()
    documents = list(scorer.read_documents(args.gold))
    docs = trainer.parse([document["text"] for document in documents], args.parsed)
    vectors = trainer.vectorise(docs, args.vectors)
    found = [trainer.rules(doc) for doc in docs]
    data = [trainer.examples(d, doc, f, v) for d, doc, f, v in zip(documents, docs, found, vectors)]
    held_out = trainer.cross_validate(data)
    print(json.dumps({
        "settings": {"wordnet": str(args.wordnet) if args.wordnet else None, "noun_candidates": args.noun_candidates},
        "held_out_cue_errors": trainer.errors(documents, docs, found, vectors, held_out),
        "matched_cue_boundaries": boundaries(documents, docs, found, vectors, held_out),
        "candidate_model": candidate_ranking(data, held_out),
        "learned": trainer.score(documents, docs, found, vectors, held_out),
        "learned_over_seeds": trainer.over_seeds(documents, docs, found, vectors, data, args.seeds),
    }, indent=1))


if __name__ == "__main__":
    main()
