"""The actor candidate ceiling: can extract.who even resolve the gold actor?

For every gold event sentence (with actor1/actor2) of the given event gold files, this says
whether the gold actor is among the actors `who.resolve_actor` resolves anywhere in the
sentence, in it or the two sentences before it, or anywhere in the article (three ceilings per
role), beside what the pipeline gives (the merged event's actor, as `eventwire evaluate events`
scores it). A gold actor extract.who resolves nowhere in its article cannot be chosen by any rule
that picks among its candidates: those are listed, grouped by the form the text names them in,
to say where the gap is.

    .venv/bin/python bench/actor_candidates.py bench/gold/events_own.jsonl bench/gold/events_actors5.jsonl
    .venv/bin/python bench/actor_candidates.py --misses bench/gold/events_actors5.jsonl

The candidates are read on a fully parsed article (the pipeline parses only the sentences it
chose), with the actor context built as the pipeline builds it (its article country).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.annotate import load_language
from eventwire.evaluate.events import _event_of, _normal, _same_actor
from eventwire.evaluate.gold import read_jsonl
from eventwire.extract import mentions as mentions_module
from eventwire.extract.who import build_context, noun_phrase, resolve_actor
from eventwire.ingest.common import make_article
from eventwire.merge import merge_mentions
from eventwire.pipeline import process

ROLES = ("actor1", "actor2")
LEVELS = ("sentence", "window", "article")
FORCE_WORDS = r"(?:army|military|forces?|troops|soldiers?|police(?:men)?|officers|gendarmes?|navy|drones?|jets?|airstrikes?)"


def _countries_by_article(rows: list[dict], path: str) -> tuple[list[str], list]:
    """The article country the pipeline's actor context is built with (in the rows' order), and
    the pipeline's results."""
    countries: dict[str, str] = {}
    original = mentions_module._view

    def spy(article, doc, sentences, context):
        view = original(article, doc, sentences, context)
        countries[article.id] = view.placing.country
        return view

    mentions_module._view = spy
    try:
        articles = [make_article(f"{path}:{row['id']}", row["text"], row.get("title") or "", row.get("date"))
                    for row in rows]
        results = list(process(articles))
    finally:
        mentions_module._view = original
    return [countries.get(article.id, "") for article in articles], results


def _resolved_in(sentence, context) -> set[str]:
    """Every actor name extract.who resolves from a word, its noun phrase or an entity of the sentence."""
    names: set[str] = set()
    for token in sentence:
        if token.pos_ not in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"} and not token.ent_type_:
            continue
        for phrase in (token, noun_phrase(token)):
            try:
                actor = resolve_actor(phrase, context)
            except Exception:  # a partial parse may trip a rule: no candidate then
                actor = None
            if actor is not None:
                names.add(actor.name)
    for entity in sentence.ents:
        try:
            actor = resolve_actor(entity, context)
        except Exception:
            actor = None
        if actor is not None:
            names.add(actor.name)
    return names


def _among(gold: str, names: set[str]) -> bool:
    return any(_same_actor(gold, name) for name in names)


def form_of(gold: str, text: str) -> str:
    """The form in which an article names an actor extract.who never resolves in it (a guess from the
    gold name and the text, to group the misses)."""
    bare = re.sub(r"\s*\([^)]*\)$", "", gold)
    acronym = re.search(r"\(([^)]+)\)$", gold)
    if acronym and f"({acronym[1]})" in text:
        letters = acronym[1]
        if letters != letters.upper() or len(letters) > 6:
            return "acronym defined (mixed-case or long)"
        return "acronym defined in the article"
    if re.match(r"(?:Military|Police) Forces of ", gold):
        country = gold.split(" of ", 1)[1]
        return "demonym/country + force noun" if re.search(
            rf"\b{re.escape(country[:5])}\w*\s+{FORCE_WORDS}", text) else "state forces (bare or earlier sentence)"
    if gold.startswith("Government of"):
        return "office holder / government"
    if gold.startswith(("Civilians", "Protesters", "Rioters")):
        return "unnamed crowd / residents"
    if gold.startswith("Unidentified Armed Group") or re.search(r"\bthe (?:group|militants|rebels)\b|\bthey\b", text):
        if gold.startswith("Unidentified Armed Group"):
            return "unnamed armed group"
    words = bare.split()
    if bare in text and len(words) in {2, 3} and all(word[:1].isupper() for word in words) and not re.search(
            r"\b(?:Front|Army|Movement|Party|Forces?|Union|Group|Brigades?|Militia|Council|Alliance)\b", bare):
        return "named person"
    if bare in text:
        return "group named in full"
    if re.search(r"\bthe (?:group|militants|rebels|fighters)\b", text):
        return "'the group' / 'the militants' / pronoun"
    return "other"


def measure(path: str, show: bool) -> tuple[Counter, Counter, list[tuple[str, str, str, str]]]:
    rows = list(read_jsonl(Path(path), "events gold"))
    countries, results = _countries_by_article(rows, path)
    nlp = load_language()
    totals: Counter = Counter()
    misses: list[tuple[str, str, str, str]] = []
    for row, result, country in zip(rows, results, countries):
        doc = nlp(row["text"])
        context = build_context(doc, country)
        sentences = list(doc.sents)
        per_sentence = [_resolved_in(sentence, context) for sentence in sentences]
        for mention in result.mentions:  # what the event rules resolve beside the phrases
            at = next((i for i, s in enumerate(sentences) if s.start_char <= mention.sentence.start < s.end_char), None)
            if at is not None:
                per_sentence[at] |= {actor.name for actor in (mention.actor1, mention.actor2, *mention.assoc_actor_1,
                                                              *mention.assoc_actor_2) if actor is not None}
        everywhere: set[str] = set().union(*per_sentence) if per_sentence else set()
        merged = merge_mentions(result.mentions)
        for gold in row["events"]:
            wanted = _normal(gold["sentence"])
            at = next((i for i, s in enumerate(sentences) if wanted[:60] in _normal(s.text)
                       or _normal(s.text) in wanted), None)
            event = _event_of(wanted, gold.get("sub_event_type", ""), merged)
            for role in ROLES:
                name = gold.get(role)
                if not name:
                    continue
                totals[(role, "n")] += 1
                if event is not None and getattr(event, role) is not None \
                        and _same_actor(name, getattr(event, role).name):
                    totals[(role, "pipeline")] += 1
                if at is not None and _among(name, per_sentence[at]):
                    totals[(role, "sentence")] += 1
                if at is not None and _among(name, set().union(*per_sentence[max(at - 2, 0) : at + 1])):
                    totals[(role, "window")] += 1
                if _among(name, everywhere):
                    totals[(role, "article")] += 1
                else:
                    misses.append((row["id"], role, name, form_of(name, row["text"])))
                    if show:
                        print(f"  miss {row['id']} {role}: {name!r} [{form_of(name, row['text'])}] "
                              f"in: {wanted[:110]}")
    return totals, Counter(form for *_, form in misses), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--misses", action="store_true", help="print each gold actor never resolved")
    arguments = parser.parse_args()
    all_forms: Counter = Counter()
    unique: dict[str, set] = defaultdict(set)
    print(f"{'set':<10} {'role':<7} {'n':>4} {'pipeline':>9} {'sentence':>9} {'window':>9} {'article':>9}")
    for path in arguments.files:
        totals, forms, misses = measure(path, arguments.misses)
        label = Path(path).stem.removeprefix("events_")
        for role in ROLES:
            n = totals[(role, "n")] or 1
            cells = " ".join(f"{totals[(role, level)] / n:>9.3f}" for level in ("pipeline", *LEVELS))
            print(f"{label:<10} {role:<7} {totals[(role, 'n')]:>4} {cells}")
        all_forms += forms
        for article, _, name, form in misses:
            unique[form].add((label, article, name))
    print("\ngold actors never resolved in their article, by form: sentences (distinct actor-articles)")
    for form, count in all_forms.most_common():
        print(f"  {count:>4} ({len(unique[form]):>3})  {form}")


if __name__ == "__main__":
    main()
