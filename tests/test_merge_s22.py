"""Session 22: one report's rival tolls give the lowest, and nobody hurt is no figure."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.toll import find_tolls
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article, Event


def _events(text: str) -> list[Event]:
    return merge_mentions(extract_article(Article(id="t", text=text, title="", date=dt.date(2025, 3, 14))))


def _event_of(events: list[Event], opening: str) -> Event:
    return next(e for e in events if any(m.sentence.text.startswith(opening) for m in e.mentions))


def test_nobody_hurt_is_no_figure():
    assert find_tolls("No one was injured when the roof fell in.") == []
    assert find_tolls("Not one guard was hurt, the warden said.") == []
    assert [(f.figure, f.kind) for f in find_tolls("One guard was hurt, the warden said.")] == [(1, "injured")]


def test_two_offices_rival_tolls_in_one_report_give_the_lowest():
    events = _events("Rebels attacked a police station in the town of Velmora in Cauca department on Saturday, "
                     "killing two officers, the defence ministry said. The governor of Cauca said five officers "
                     "had been killed in the attack.")
    attack = _event_of(events, "Rebels attacked")
    assert attack is _event_of(events, "The governor")
    assert attack.fatalities == 2
