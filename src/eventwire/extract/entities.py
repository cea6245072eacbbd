"""A Doc's named entities, read once for the many questions extraction asks of them.

spaCy builds every entity's `Span` anew on each read of `doc.ents`, and `span.ents` reads the
whole Doc's to pick its own: on a 1,300-token report with 170 entities either read costs about
0.3 ms, and the actor and place rules read them dozens of times per report. `entities(doc)`
answers those reads from one read, kept while the Doc's entity annotation is unchanged.
"""

from __future__ import annotations

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span

# The last few Docs read, most recent first: (doc, its entity annotation, its entities). A Doc
# is read by one report's extraction at a time (and by a headline's or a re-cased line's Doc in
# between), so a few entries serve every repeat; holding them keeps at most that many Docs alive.
_RECENT_SIZE = 4
_recent: list[tuple[Doc, bytes, tuple[Span, ...]]] = []


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, the same spans in the same order, from one read per Doc: the token-level
    entity tags (a 15 µs copy on that report) tell whether the Doc's entities changed since."""
    annotation = doc.to_array([ENT_IOB, ENT_TYPE]).tobytes()
    for entry in _recent:
        if entry[0] is doc and entry[1] == annotation:
            return entry[2]
    found = doc.ents
    _recent[:] = [(doc, annotation, found), *(entry for entry in _recent if entry[0] is not doc)][:_RECENT_SIZE]
    return found


def entities_in(span: Span | Doc) -> list[Span]:
    """`span.ents`: the Doc's entities that lie wholly inside the span, in order."""
    if isinstance(span, Doc):
        return list(entities(span))
    start, end = span.start, span.end
    return [entity for entity in entities(span.doc) if entity.start >= start and entity.end <= end]
