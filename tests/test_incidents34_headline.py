"""A headline's toll that another event of the body tells ("...; two killed in riots in the
north" over a report led by a peaceful march) is that event's, not the lead's."""

from __future__ import annotations

import datetime as dt

from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article


def test_a_headline_toll_the_body_gives_another_event_is_not_the_leads():
    text = ("Thousands of teachers marched peacefully through the capital on Thursday to demand higher pay, the "
            "union said. In the north, rioters burned a police station on Wednesday and two people were killed, "
            "police said.")
    article = Article(id="t", text=text, title="Teachers march in capital; two killed in riots in the north",
                      date=dt.date(2025, 6, 13))
    events = merge_mentions(extract_article(article))
    lead = next(e for e in events if any(m.sentence.text.startswith("Thousands") for m in e.mentions))
    riot = next(e for e in events if any(m.sentence.text.startswith("In the north") for m in e.mentions))
    assert lead is not riot
    assert (lead.fatalities, riot.fatalities) == (0, 2)
