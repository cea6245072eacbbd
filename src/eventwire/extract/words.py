"""A Doc's words as plain strings (lower case, lemma, part of speech), read once from its arrays.

Iterating a Doc builds a `Token` object for each word (about 1 µs each), and the rules that
scan a whole report or sentence for a few cue words ("group", "claim", a verb before a colon)
read most words only to pass over them: on a throughput-corpus report that was a fifth of
extraction. `words(doc)` answers "which positions hold such a word" from the Doc's arrays, so
the rules build tokens only where something can match.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc


@dataclass(frozen=True)
class Words:
    """Per token of a Doc: `lower` (`Token.lower_`), `lemma` (`Token.lemma_.lower()`), `pos` (`Token.pos_`)."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]


# The last few Docs read, most recent first: (doc, its tag and lemma arrays, its words). A Doc is
# read by one report's extraction at a time (and by a headline's or a re-cased line's Doc in
# between); the arrays tell whether its annotation changed since it was read.
_RECENT_SIZE = 4
_recent: list[tuple[Doc, bytes, Words]] = []
_STRINGS: dict[int, tuple[str, str]] = {}  # hash -> (its string, lower-cased): the same for every Doc of a vocab


def words(doc: Doc) -> Words:
    """The Doc's words, the same strings the tokens give, read once per Doc annotation."""
    columns = doc.to_array([LOWER, LEMMA, POS])
    annotation = columns[:, 1:].tobytes()
    for entry in _recent:
        if entry[0] is doc and entry[1] == annotation:
            return entry[2]
    strings = doc.vocab.strings
    lower, lemma, pos = ([_string(strings, int(value))[1] for value in columns[:, 0]],
                         [_string(strings, int(value))[1] for value in columns[:, 1]],
                         [_string(strings, int(value))[0] for value in columns[:, 2]])
    found = Words(lower, lemma, pos)
    _recent[:] = [(doc, annotation, found), *(entry for entry in _recent if entry[0] is not doc)][:_RECENT_SIZE]
    return found


def _string(strings, key: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    known = _STRINGS.get(key)
    if known is None:
        text = strings[key] if key else ""
        known = _STRINGS[key] = (text, text.lower())
    return known
