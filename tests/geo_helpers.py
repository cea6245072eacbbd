"""Helpers shared by the tests that resolve a few toponyms of a short invented text."""

from __future__ import annotations

from eventwire.extract.where import Toponym, _towns_near_known_places
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import decide, make_mention, prepare_mentions


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
