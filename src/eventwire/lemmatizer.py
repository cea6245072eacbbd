"""spaCy's English rule lemmatizer, applied from a Doc's arrays.

The rule lemmatizer already caches each word's lemma by (word, part of speech, morphology), but
it walks the Doc token by token to read those keys and write the lemmas: a `Token` object built
per word and three attribute reads, about a twentieth of the whole pipeline's CPU on the
throughput corpus. `ArrayLemmatizer` reads the keys from the Doc's arrays and writes the lemmas
back in one `from_array`; only a key it has not met yet goes through spaCy's own
`rule_lemmatize`, token by token as before, so every lemma is the one spaCy would set: its
result depends on the word, its part of speech and its morphology alone (spaCy's own cache key),
but spaCy caches only the words it looks up in its tables, not the base forms (most words), for
which it reads the morphology anew each time.

spaCy's rule lemmatizer also asks whether each form a suffix rule makes is a known word of the
part of speech with `form in index`, where `index` is the lookup table's list of that part of
speech's words (57,528 nouns): a linear scan per rule, 0.2 ms per new word. `use_array_lemmatizer`
makes those lists sets, which hold the same words, so every answer and every lemma is the same.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc


_KNOWN_SIZE = 500_000  # keys kept; cleared when full, as a long run meets ever more words


class ArrayLemmatizer(EnglishLemmatizer):
    """`EnglishLemmatizer` in rule mode with the same lemmas, set from the Doc's arrays."""

    _lemma_ids: dict[tuple[int, int, int], int]  # (orth, pos, morph) -> the lemma's string id

    def __call__(self, doc: Doc) -> Doc:
        if self.overwrite or not self._validated or self.mode != "rule" or len(doc) == 0:
            return super().__call__(doc)
        known = self.__dict__.setdefault("_lemma_ids", {})
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if not lemma:
                lemma = known.get((orth, pos, morph), 0)
                if not lemma:
                    token = doc[i]
                    token.lemma_ = self.lemmatize(token)[0]
                    lemma = token.lemma
                    if pos:  # a word without a part of speech warns on each lemmatisation, as in spaCy
                        if len(known) >= _KNOWN_SIZE:
                            known.clear()
                        known[(orth, pos, morph)] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64))
        return doc


def use_array_lemmatizer(nlp: Language) -> None:
    """Swap the pipeline's English rule lemmatizer for `ArrayLemmatizer`, keeping its tables and
    cache, with each part of speech's known words as a set rather than a list."""
    if "lemmatizer" in nlp.pipe_names and type(nlp.get_pipe("lemmatizer")) is EnglishLemmatizer:
        lemmatizer = nlp.get_pipe("lemmatizer")
        lemmatizer.__class__ = ArrayLemmatizer
        if lemmatizer.lookups.has_table("lemma_index"):
            index = lemmatizer.lookups.get_table("lemma_index")
            for key, words in list(index.items()):
                if isinstance(words, list):
                    index[key] = frozenset(words)  # only ever asked `form in words`
