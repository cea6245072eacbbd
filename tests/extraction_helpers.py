"""Helpers shared by the tests that run extraction on a short report written for them."""

from __future__ import annotations

import datetime as dt

from eventwire.annotate import load_language
from eventwire.extract.claims import attribution_for, build_claim, find_attributions, posted_by
from eventwire.extract.where import recognise_toponyms
from eventwire.extract.who import build_context
from eventwire.gazetteer import Gazetteer
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article, Event

THURSDAY = dt.date(2025, 1, 16)


def mentions_of(text: str, day: dt.date = THURSDAY):
    """The event mentions extraction finds in `text`, a report dated `day`."""
    return extract_article(Article(id="t", text=text, title="", date=day))


def mention_of(mentions, words: str):
    """The first mention whose sentence opens with `words`."""
    found = [m for m in mentions if m.sentence.text.startswith(words)]
    assert found, words
    return found[0]


def attributed_claim(text: str, sentence_index: int, trigger: str, country: str):
    """The attribution holding the event at `trigger` in the report's sentence `sentence_index`,
    and the claim made of that event."""
    doc = load_language()(text)
    sentence = list(doc.sents)[sentence_index]
    context = build_context(doc, country)
    event = next(t for t in sentence if t.text == trigger)
    holding = attribution_for(event, find_attributions(sentence))
    return holding, build_claim(holding, event, sentence, "", context, "a1", "", (), True, posted_by(doc, context))


def claim_for(text: str, sentence_index: int, trigger: str, country: str):
    """The claim made of the event at `trigger` in the report's sentence `sentence_index`."""
    return attributed_claim(text, sentence_index, trigger, country)[1]


def claim_on(text: str, trigger: str, country: str, conflict: bool = True):
    """The claim made of the event at `trigger` in the report's first sentence, with no statement
    posted by anyone."""
    doc = load_language()(text)
    sentence = next(iter(doc.sents))
    word = next(t for t in sentence if t.text == trigger)
    holding = attribution_for(word, find_attributions(sentence))
    return build_claim(holding, word, sentence, "", build_context(doc, country), "a1", "", (), conflict, {})


def toponyms(text: str, gazetteer: Gazetteer) -> list[str]:
    """The names `recognise_toponyms` finds in `text`, as written."""
    return [text[t.start : t.end] for t in recognise_toponyms(text, load_language()(text), gazetteer)]


def events_of(text: str, title: str = "") -> list[Event]:
    """The merged events of one report dated 14 March 2025."""
    return merge_mentions(extract_article(Article(id="t", text=text, title=title, date=dt.date(2025, 3, 14))))


def event_of(events: list[Event], opening: str) -> Event:
    """The event one of whose sentences opens with `opening`."""
    return next(e for e in events if any(m.sentence.text.startswith(opening) for m in e.mentions))
