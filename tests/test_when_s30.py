"""When/ rules of session 30: a victim's later death told with a clock time ("died around 4 a.m. Oct. 3 at
the county medical center") dates the death, not the attack the report is about; an event named first in
passing takes the day the next sentence gives the same kind of act, not a day of the page's earlier items."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import resolve_event_date
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article

ARTICLE = dt.date(2026, 11, 27)  # a Friday


@pytest.mark.parametrize("sentence, text", [
    ("A cook hit by a stray bullet outside the depot, Ana Rivas of Millbrook, died around 5 a.m. Nov. 19 at the "
     "county medical center.", "5 a.m. Nov. 19"),
    ("The second guard died shortly after 9 p.m. Sunday at a hospital in the provincial capital.", "9 p.m. Sunday"),
    ("The courier succumbed about noon on Tuesday to wounds from the ambush.", "noon on Tuesday"),
])
def test_a_later_death_at_a_clock_time_is_the_deaths_day(sentence, text):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is not None and resolved.expression.text == text
    assert resolved.statement_day


@pytest.mark.parametrize("sentence", [
    "Two guards died around dawn on Sunday when rockets struck the depot outside Tarvel.",
    "Four miners died at 3 a.m. Monday when the gallery they were guarding was dynamited.",
])
def test_a_death_in_the_attack_itself_keeps_its_day(sentence):
    assert not resolve_event_date(sentence, ARTICLE).statement_day


def test_an_event_named_in_passing_takes_the_day_the_next_sentence_gives_it():
    text = ("The county library extended its opening hours on Thursday. A new bakery on Front Street sold out of "
            "bread by noon on Tuesday. A nine-year-old boy shot and killed outside his grandmother's house has left "
            "the village of Dunmore in shock. The boy was shot on Wednesday evening on Mill Lane, the county coroner "
            "said. Deputies have not named a suspect.")
    events = merge_mentions(extract_article(Article(id="s30-1", text=text, title="", date=ARTICLE)))
    attacks = [event for event in events if event.sub_event_type == "Attack"]
    assert [event.date for event in attacks] == [dt.date(2026, 11, 25)]
