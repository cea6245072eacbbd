"""spaCy's attribute ruler with its pattern matches remembered per word.

The English pipeline's attribute ruler sets parts of speech, morphology and a few lemmas from
179 patterns of one or two tokens, which read only each token's own attributes (its tag,
lower-cased form, dependency label, whether it is whitespace). spaCy runs its `Matcher` over
every token of every parsed sentence to find them: ~15 µs a token, five sixths of the ruler's
cost. `CachedAttributeRuler` asks that same matcher once per distinct token (and, where a
two-token pattern can start, once per distinct pair of tokens) and remembers its answer, so
every match list, hence every attribute the ruler sets, is spaCy's own.

It gives the work back to spaCy's ruler when a pattern could read more than the two tokens
(an operator such as "?" or "*", or more than two tokens) or an attribute the Doc's arrays do
not hold.

Most words are named by no pattern: a token whose lower-cased form satisfies none of the
patterns' LOWER constraints is remembered under one key for every such word (with its tag,
dependency label and whitespace flag), as no pattern can tell those words apart; its matches
are still spaCy's matcher's on the first such token met.
"""

from __future__ import annotations

import re
from typing import TypeVar

from spacy.attrs import IDS, LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

_REMEMBERED = 200_000  # token (or pair) keys kept; cleared when full, as a long run meets ever more words
_UNNAMED = -1  # the LOWER key of every word no pattern names (no string id is negative)
Match = tuple[int, int, int, int]  # (attribute id, match id, start, end), as `AttributeRuler.match` gives them
_Value = TypeVar("_Value")


class CachedAttributeRuler(AttributeRuler):
    """`AttributeRuler` whose `match` reads each token's (and token pair's) matches from a cache
    filled by spaCy's own matcher on that token (or pair) alone."""

    def match(self, doc: Doc) -> list[Match]:
        plan = self.__dict__.get("_plan")
        if plan is None:
            plan = self.__dict__["_plan"] = _Plan.of(self)
        if not plan.usable or len(doc) == 0:
            return super().match(doc)
        rows = doc.to_array(plan.attributes).tolist()
        if plan.lower is not None:
            column, named = plan.lower, plan.named
            for row in rows:
                word = row[column]
                known = named.get(word)
                if known is None:
                    known = plan.remember_word(word, self.vocab.strings[word])
                row[column] = known
        rows = [tuple(row) for row in rows]
        found: list[Match] = []
        for i, row in enumerate(rows):
            single = plan.singles.get(row)
            if single is None:
                single = _remember(plan.singles, row, self._matches(doc, i, 1, plan))
            matches, may_start_pair = single
            found.extend((attribute, key, start + i, end + i) for attribute, key, start, end in matches)
            if may_start_pair and i + 1 < len(rows):
                pair_key = row + rows[i + 1]
                pair = plan.pairs.get(pair_key)
                if pair is None:
                    pair = _remember(plan.pairs, pair_key, self._matches(doc, i, 2, plan))
                found.extend((attribute, key, start + i, end + i) for attribute, key, start, end in pair[0])
        found.sort()
        return found

    def _matches(self, doc: Doc, i: int, length: int, plan: _Plan) -> tuple[tuple[Match, ...], bool]:
        """The matches of the ruler's patterns of `length` tokens that start at token `i`, found
        by spaCy's matcher in those tokens alone, and whether a longer pattern may start there."""
        window = doc[i : i + length]
        matches = tuple(sorted((int(self.vocab.strings[key]), key, start, end)
                               for key, start, end in self.matcher(window, allow_missing=True, as_spans=False)
                               if start == 0 and end == length))
        return matches, length == 1 and bool(plan.starts(window, allow_missing=True))


class _Plan:
    """What the cached matching needs from the ruler's patterns: the attributes they read, a
    matcher of the first token of each two-token pattern, and the caches."""

    def __init__(self, usable: bool, attributes: list[int], starts: Matcher | None,
                 words: frozenset[str] | None = None, regexes: tuple[re.Pattern[str], ...] = ()) -> None:
        self.usable, self.attributes = usable, attributes
        self.starts = starts
        self.singles: dict[tuple, tuple[tuple[Match, ...], bool]] = {}
        self.pairs: dict[tuple, tuple[tuple[Match, ...], bool]] = {}
        # The LOWER column is read through `named` (a word's own id where a pattern may name it,
        # `_UNNAMED` elsewhere) when every LOWER constraint is a word, a list or a regex.
        self.lower = attributes.index(LOWER) if words is not None and LOWER in attributes else None
        self.words, self.regexes = words or frozenset(), regexes
        self.named: dict[int, int] = {}

    def remember_word(self, word: int, text: str) -> int:
        """The key `word` is read under (`named`): its own id where a pattern may name it."""
        named = word if text in self.words or any(regex.search(text) for regex in self.regexes) else _UNNAMED
        return _remember(self.named, word, named)

    @classmethod
    def of(cls, ruler: AttributeRuler) -> _Plan:
        patterns = [pattern for entry in ruler.patterns for pattern in entry["patterns"]]
        names = {name for pattern in patterns for token in pattern for name in token}
        usable = (bool(patterns) and all(isinstance(pattern, list) and 1 <= len(pattern) <= 2 for pattern in patterns)
                  and all(name in IDS and name != "OP" for name in names))
        if not usable:
            return cls(False, [], None)
        starts = Matcher(ruler.vocab)
        starts.add("start", [[pattern[0]] for pattern in patterns if len(pattern) == 2] or [[{"ORTH": ""}]])
        return cls(True, [IDS[name] for name in sorted(names)], starts,
                   *_lower_constraints([token["LOWER"] for pattern in patterns for token in pattern if "LOWER" in token]))


def _remember(cache: dict, key: object, value: _Value) -> _Value:
    """`value`, kept in `cache` under `key`; the cache is cleared first when full."""
    if len(cache) >= _REMEMBERED:
        cache.clear()
    cache[key] = value
    return value


def _lower_constraints(constraints: list) -> tuple[frozenset[str] | None, tuple[re.Pattern[str], ...]]:
    """The words and regexes (searched, as spaCy's matcher does) of the patterns' LOWER
    constraints; no words (None) when a constraint is of another kind."""
    words: set[str] = set()
    regexes = []
    for constraint in constraints:
        if isinstance(constraint, str):
            words.add(constraint)
        elif isinstance(constraint, dict) and set(constraint) == {"IN"} and all(isinstance(w, str) for w in constraint["IN"]):
            words.update(constraint["IN"])
        elif isinstance(constraint, dict) and set(constraint) == {"REGEX"} and isinstance(constraint["REGEX"], str):
            regexes.append(re.compile(constraint["REGEX"]))
        else:
            return None, ()
    return frozenset(words), tuple(regexes)


def use_cached_attribute_ruler(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler for `CachedAttributeRuler`, keeping its patterns."""
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        nlp.get_pipe("attribute_ruler").__class__ = CachedAttributeRuler
