"""A Doc's named entities, read once for the many questions extraction asks of them.

spaCy builds every entity's `Span` anew on each read of `doc.ents`, and `span.ents` reads the
whole Doc's to pick its own: on a 1,300-token report with 170 entities either read costs about
0.3 ms, and the actor and place rules read them dozens of times per report. `entities(doc)`
answers those reads from one read per Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# The last few Docs read, most recent first: (doc, its entities). A Doc is read by one report's
# extraction at a time (and by a headline's or a re-cased line's Doc in between), so a few
# entries serve every repeat. Not a WeakKeyDictionary: the spans hold their Doc, which would
# then never be freed. As `words.py` does, the entities are read once: extraction reads a Doc
# only once the pipeline has set its entities, and no rule changes them; re-validating the
# entity tags on every read (a copy of two token arrays, ~43 reads per extracted report) cost
# about a twentieth of extraction.
_RECENT_SIZE = 4
_recent: list[tuple[Doc, tuple[Span, ...]]] = []


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, the same spans in the same order, read once per Doc (set its entities first:
    entities set after the first read are not seen while the Doc is among the last few read)."""
    for entry in _recent:
        if entry[0] is doc:
            return entry[1]
    found = doc.ents
    _recent[:] = [(doc, found), *_recent][:_RECENT_SIZE]
    return found


def entities_in(span: Span | Doc) -> list[Span]:
    """`span.ents`: the Doc's entities that lie wholly inside the span, in order."""
    if isinstance(span, Doc):
        return list(entities(span))
    start, end = span.start, span.end
    return [entity for entity in entities(span.doc) if entity.start >= start and entity.end <= end]
