"""Places (s32): the lower-case Arabic article is one list (`names.ARABIC_ARTICLES`) that the
variant key, the resolver and the recogniser all read.

Fixtures are short invented texts.
"""

from __future__ import annotations

import re

from eventwire.extract import event_place, where
from eventwire.gazetteer import resolve
from eventwire.gazetteer.names import ARABIC_ARTICLES, LOWER_ARTICLE, variant_key


def test_every_spelling_of_the_article_opens_a_name_in_lower_case() -> None:
    for word in ARABIC_ARTICLES:
        name = f"{word}-Qarnah"
        assert re.fullmatch(LOWER_ARTICLE, word + "-")
        assert where._ARTICLE_OPENING.match(name) and event_place._ARABIC_ARTICLE.match(name)
        assert resolve._capitalised(name)


def test_the_variant_key_drops_the_same_article() -> None:
    assert variant_key("ez-Zubayrat") == variant_key("Az Zubayrat") == variant_key("Zubayrat") != ""
