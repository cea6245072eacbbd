"""A Doc's words as plain strings (lower case, lemma, part of speech), read once from its arrays.

Iterating a Doc builds a `Token` object for each word (about 1 µs each), and the rules that
scan a whole report or sentence for a few cue words ("group", "claim", a verb before a colon)
read most words only to pass over them: on a throughput-corpus report that was a fifth of
extraction. `words(doc)` answers "which positions hold such a word" from the Doc's arrays, so
the rules build tokens only where something can match.
"""

from __future__ import annotations

from dataclasses import dataclass
import numpy as np
from spacy.attrs import IS_ALPHA, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc


@dataclass(frozen=True)
class Words:
    """Per token of a Doc: `text`, `lower` (`Token.lower_`), `lemma` (`Token.lemma_.lower()`), `pos`
    (`Token.pos_`) and `alpha` (`Token.is_alpha`)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    alpha: list[bool]


# Each Doc's words, read once and kept in its `user_data` (which lives and dies with it: a
# dictionary look-up, where a WeakKeyDictionary made a weak reference on each read). Extraction
# reads a Doc only once the pipeline has annotated it, and no rule changes a Doc's tags;
# re-validating the tags on every read (a copy of the Doc's arrays) cost more than the scans it spares.
_WORDS_KEY = "eventwire.words"
_STRINGS: dict[int, tuple[str, str]] = {}  # hash -> (its string, lower-cased): the same for every Doc of a vocab
_STRINGS_SIZE = 200_000  # cleared when full: a long run meets ever more words


def words(doc: Doc) -> Words:
    """The Doc's words, the same strings its tokens give, read once per Doc (annotate it first:
    tags set after the first read are not seen)."""
    found = doc.user_data.get(_WORDS_KEY)
    if found is not None:
        return found
    columns = doc.to_array([LOWER, LEMMA, POS, ORTH, IS_ALPHA])
    strings = doc.vocab.strings
    if len(_STRINGS) > _STRINGS_SIZE:
        _STRINGS.clear()
    lower, lemma, pos, text = (_strings(strings, columns[:, 0], 1), _strings(strings, columns[:, 1], 1),
                               _strings(strings, columns[:, 2], 0), _strings(strings, columns[:, 3], 0))
    found = doc.user_data[_WORDS_KEY] = Words(text, lower, lemma, pos, (columns[:, 4] != 0).tolist())
    return found


def _strings(strings, column: np.ndarray, which: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The string (`which` 0) or its lower case (1) of each hash: each distinct hash looked up once."""
    keys, inverse = np.unique(column, return_inverse=True)
    values = [_string(strings, key)[which] for key in keys.tolist()]
    return [values[index] for index in inverse.tolist()]


def _string(strings, key: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    known = _STRINGS.get(key)
    if known is None:
        text = strings[key] if key else ""
        known = _STRINGS[key] = (text, text.lower())
    return known
