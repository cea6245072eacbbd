"""Places (s32): the lower-case Arabic article is one list (`names.ARABIC_ARTICLES`) that the
variant key, the resolver and the recogniser all read; a word the tagger calls a place but the
report writes in lower case is none; a US broadcaster's call sign in the dateline makes the
report's places American as a country's web domain does; a district the index lacks, named by the
possessive of a large city that shares its province's name, lies in the city.

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.annotate import annotate
from eventwire.extract import where
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.context import broadcaster_country
from eventwire.gazetteer.names import ARABIC_ARTICLES, LOWER_ARTICLE, capitalised, variant_key
from eventwire.pipeline import extract_article
from eventwire.records import Article


def test_every_spelling_of_the_article_opens_a_name_in_lower_case() -> None:
    for word in ARABIC_ARTICLES:
        name = f"{word}-Qarnah"
        assert re.fullmatch(LOWER_ARTICLE, word + "-")
        # The recogniser, the resolver and the event's place all ask `capitalised`.
        assert capitalised(name)


def test_the_variant_key_drops_the_same_article() -> None:
    assert variant_key("ez-Zubayrat") == variant_key("Az Zubayrat") == variant_key("Zubayrat") != ""


def test_a_lower_case_word_the_tagger_calls_a_place_is_none(gazetteer: Gazetteer) -> None:
    # Spoken gunfire ("bang, bang") is tagged a place by the small model; a town of that name
    # abroad then drew the report's real place to it.
    text = ('A teenager was shot dead in North Philadelphia on Sunday night. A neighbour said he heard '
            '"like four shots - bang, bang, bang, bang, you know?" and called the police.')
    article, doc = next(annotate([Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))]))
    places = where.find_places(article, doc, gazetteer)
    assert [p.evidence.text for p in places if p.evidence] == ["North Philadelphia"]
    assert places[0].name == "Philadelphia" and places[0].iso == "US"


def test_a_us_broadcasters_call_sign_in_the_dateline_settles_a_bare_name() -> None:
    # "St. Louis" alone is as much Senegal's city; a station's call sign says the report is American.
    mentions = extract_article(Article(id="t", text="ST. LOUIS (KXRT) – A man was shot dead on Sunday, police said.",
                                       title="", date=dt.date(2026, 3, 10)))
    assert mentions[0].place is not None and mentions[0].place.iso == "US"
    assert broadcaster_country("ST. LOUIS (KXRT) – A man was shot.") == "US"
    assert broadcaster_country("KUWAIT (KUNA) -- The cabinet met on Sunday.") == ""
    assert broadcaster_country("Fighters of the Karen Liberation Army (KXLA) attacked a post.") == ""


def test_a_district_named_by_a_large_citys_possessive_lies_in_the_city() -> None:
    # The province shares the city's name; the district the index lacks is one of the city's own.
    mentions = extract_article(Article(id="t", text="Russian shelling hit Kharkiv's Zhovtnevyi district on Sunday, "
                                       "killing two people, the regional governor said.",
                                       title="", date=dt.date(2026, 3, 10)))
    place = mentions[0].place
    assert place is not None and place.name == "Zhovtnevyi" and place.geo_precision == 2
    assert abs(place.latitude - 49.99) < 0.1 and abs(place.longitude - 36.23) < 0.1
