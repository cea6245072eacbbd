"""Helpers shared by the tests that resolve a few toponyms of a short invented text."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.where import Toponym, _towns_near_known_places
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import decide, make_mention, prepare_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article, Place


def resolved(text: str, names: list[str], gazetteer: Gazetteer) -> dict[str, object]:
    """Each of `names` (found by its first occurrence in `text`) resolved together with the others,
    as the article's places are: the chosen place, or None."""
    mentions = [make_mention(text, text.index(name), text.index(name) + len(name)) for name in names]
    resolutions = decide(prepare_mentions(mentions, gazetteer, text))
    return {name: r.place if r else None for name, r in zip(names, resolutions)}


def towns_near(text: str, known: list[str], gazetteer: Gazetteer) -> list[str]:
    """The towns the tagger missed that `where` adds after "near"/"between", given the article's
    recognised places `known` (each found by its first occurrence in `text`)."""
    found = [Toponym(text.index(name), text.index(name) + len(name)) for name in known]
    return [text[t.start : t.end] for t in _towns_near_known_places(text, found, gazetteer)]


def mention_places(text: str) -> dict[str, Place | None]:
    """Each event mention's sentence opening (four words) -> its place, the text read as a report
    of 10 March 2026."""
    mentions = extract_article(Article(id="t", text=text, title="", date=dt.date(2026, 3, 10)))
    return {" ".join(m.sentence.text.split()[:4]): m.place for m in mentions}


def place_name(place: Place | None) -> str:
    return place.name if place else ""
