"""Event places (s22): names the tagger missed after "in the X area", "on the road to X",
"outside X" (by another spelling the index gives a town), read as a date ("marched in X") or
as a nationality after "near"; an unknown village named again after "through".

Fixtures are short invented texts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.annotate import load_language
from eventwire.extract.event_place import place_for, read_places
from eventwire.gazetteer import Gazetteer
from eventwire.pipeline import extract_article
from eventwire.records import Article, EventMention
from extraction_helpers import toponyms


def _article(text: str) -> Article:
    return Article(id="t", text=text, title="", date=dt.date(2016, 1, 10))


def _mention_of(text: str, words: str) -> EventMention:
    return next(m for m in extract_article(_article(text)) if words in m.sentence.text)


def _place_of(text: str, trigger: str, gazetteer: Gazetteer) -> str | None:
    """The place `place_for` gives the sentence holding the word `trigger`, read from it."""
    doc = load_language()(text)
    token = next(t for t in doc if t.text == trigger)
    place = place_for(token.sent, token, read_places(_article(text), doc, gazetteer))
    return place.name if place is not None else None


@pytest.mark.parametrize("text, name", [
    ("The air force said its jets struck a bandit camp in the Argungu area on Tuesday.", "Argungu"),
    ("Gunmen ambushed a bus on the road to Bouake on Tuesday and wounded two passengers.", "Bouake"),
    ("Armed men kidnapped a doctor from a clinic outside Galkayo last week, his family said.", "Galkayo"),
])
def test_a_known_town_after_area_and_road_words_is_a_toponym(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert name in toponyms(text, gazetteer)


def test_a_town_the_tagger_reads_as_a_date_is_a_toponym_after_in() -> None:
    text = ("POPAYAN, Colombia (Reuters) - Gunmen killed five farmers in an attack on the town of Morales in Cauca "
            "province on Sunday, the police said. On Friday, about two hundred teachers marched in Toribío to "
            "demand higher pay, and police fired shots near the march, organisers said.")
    assert _mention_of(text, "marched").place.name == "Toribío"


def test_an_unknown_name_read_as_a_nationality_after_near_is_a_settlement() -> None:
    text = ("POPAYAN, Colombia (Reuters) - Gunmen killed five farmers in an attack on the town of Morales in Cauca "
            "province on Sunday, the police said. Rebels said they had beaten back a raid by soldiers near Djaiba "
            "last month, killing three of them.")
    assert _mention_of(text, "beaten back").place.name == "Djaiba"


def test_a_village_the_text_named_is_that_village_again_after_through(gazetteer: Gazetteer) -> None:
    text = ("KITALE, Kenya (AP) - Raiders killed four herders in an attack near the village of Kamsoi in West "
            "Pokot county on Sunday, police said. On Monday, angry residents blocked the road through Kamsoi and "
            "burned a police car, witnesses said.")
    assert _place_of(text, "blocked", gazetteer) == "Kamsoi"
