"""Helpers shared by the tests that resolve a few toponyms of a short invented text."""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import decide, make_mention, prepare_mentions


def resolved(text: str, names: list[str], gazetteer: Gazetteer) -> dict[str, object]:
    """Each of `names` (found by its first occurrence in `text`) resolved together with the others,
    as the article's places are: the chosen place, or None."""
    mentions = [make_mention(text, text.index(name), text.index(name) + len(name)) for name in names]
    resolutions = decide(prepare_mentions(mentions, gazetteer, text))
    return {name: r.place if r else None for name, r in zip(names, resolutions)}
