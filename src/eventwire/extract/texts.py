"""A Doc's text and its spans' texts, joined once per Doc.

spaCy joins `doc.text` and `span.text` anew from the tokens on every read (0.6 ms for a
1,300-token report, 0.7 ms for all its sentences), and extraction reads the article's text and
its sentences' texts many times over. A span's text is the Doc's text between the span's
first and last character: spaCy's token offsets are the running sum of the tokens' texts and
their trailing spaces, so the slice is exactly what `span.text` joins.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.records import Span as TextSpan

# Where a Doc keeps its text in its `user_data` (which lives and dies with it): a dictionary look-up,
# where a WeakKeyDictionary made a weak reference on each of the ~250 reads per report.
_TEXT_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (or as `record_text` recorded it)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def record_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from, which is its `doc.text` (spaCy's tokenizer keeps
    every character), so that `doc_text` never joins it from the tokens (~0.3 ms a report)."""
    doc.user_data[_TEXT_KEY] = text


def span_text(span: Span | Doc) -> str:
    """`span.text`, cut from the Doc's text joined once."""
    if isinstance(span, Doc):
        return doc_text(span)
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_span(token: Token) -> TextSpan:
    """A token's characters in its Doc's text, as a record's evidence span."""
    return TextSpan(token.idx, token.idx + len(token.text), token.text)
