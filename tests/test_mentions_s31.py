"""Session 31: a dateline the parser takes for the speaker ("CITY, Country – One man died ... when X
fought, police said" parses the event's verb under the country's name and "said" as the root): the
event's trigger is the first verb the speech verb holds, not the speech verb, so the speakers are
not taken for a side of the act. A dateline the parser splits off its lead with a dash and no
agency ("KORALA, Zambesia –") joins the lead, as one with an agency does."""

from __future__ import annotations

import datetime as dt

import spacy

from eventwire.annotate import annotate
from eventwire.extract import mentions
from eventwire.extract.what import Classification
from eventwire.pipeline import extract_article
from eventwire.records import Article


def test_a_dateline_sentence_takes_its_event_verb_not_the_speech_verb():
    text = ("KORALA, Zambesia – Two women died and eleven were hurt on Friday when rival traders fought with "
            "sticks and bottles near the bus depot, officials said.")
    ((_, doc),) = annotate([Article(id="t", text=text, title="", date=dt.date(2025, 3, 14))])
    sentence = next(iter(doc.sents))
    assert sentence.root.text == "said"  # the parse this test is about: no clause under the speech verb
    assert mentions._trigger(sentence, Classification("MOB_VIOL", 0.5)).text == "died"


def test_a_speech_verb_with_no_clause_and_no_dateline_stays_the_trigger():
    text = "The rebel group claimed the raid in a message to reporters on Friday."
    ((_, doc),) = annotate([Article(id="t", text=text, title="", date=dt.date(2025, 3, 14))])
    sentence = next(iter(doc.sents))
    assert mentions._trigger(sentence, Classification("ATTACK", 0.5)).text == sentence.root.text


def test_a_dateline_with_a_dash_and_no_agency_split_off_by_the_parser_joins_its_lead():
    doc = spacy.blank("en")("KORALA, Zambesia – Riot police fired tear gas at traders on Monday.")
    lead = next(t.i for t in doc if t.text == "Riot")
    for token in doc:
        token.is_sent_start = token.i in (0, lead)
    kept, datelines = mentions._without_datelines(list(doc.sents))
    assert [s.text for s in kept] == ["Riot police fired tear gas at traders on Monday."]
    assert datelines == {doc[lead].idx: 0}


def test_a_road_accident_told_first_is_not_the_reports_main_event():
    """A crash is no act of violence: the shooting told after it is what the report is about."""
    text = ("Two brothers were killed in a car crash on Route 9 near Elmwood on Thursday, state troopers said. "
            "Hours later, a man was shot dead outside a bar in the same town, police said.")
    found = extract_article(Article(id="t", text=text, title="", date=dt.date(2025, 3, 14)))
    assert mentions.main_mention(found).sentence.text.startswith("Hours later, a man was shot dead")
