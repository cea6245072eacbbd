"""A Doc's text and its spans' texts, joined once per Doc.

spaCy joins `doc.text` and `span.text` anew from the tokens on every read (0.6 ms for a
1,300-token report, 0.7 ms for all its sentences), and extraction reads the article's text and
its sentences' texts many times over. A span's text is the Doc's text between the span's
first and last character: spaCy's token offsets are the running sum of the tokens' texts and
their trailing spaces, so the slice is exactly what `span.text` joins.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

_DOC_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (kept while the Doc lives)."""
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text


def span_text(span: Span | Doc) -> str:
    """`span.text`, cut from the Doc's text joined once."""
    if isinstance(span, Doc):
        return doc_text(span)
    return doc_text(span.doc)[span.start_char : span.end_char]
