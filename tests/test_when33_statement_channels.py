"""A day given for a statement made on a channel or in a medium ("said on X on Monday", "in a
Telegram post on Monday", "according to a statement issued on Monday") is the statement's day."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import resolve_event_date

ARTICLE = dt.date(2026, 5, 15)  # a Friday
TUESDAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers returned fire, the army said late on Tuesday.",
        "Soldiers returned fire, the army said on X on Tuesday.",
        "Soldiers returned fire, the army wrote on Facebook on Tuesday.",
        "Soldiers returned fire, the army said on its Telegram channel on Tuesday.",
        "Soldiers returned fire, the military said in a Telegram post on Tuesday.",
        "Soldiers returned fire, the army said in a statement issued on Tuesday.",
        "Soldiers returned fire, according to a statement issued on Tuesday.",
        "Soldiers returned fire, a spokesman said by phone on Tuesday.",
        "Soldiers returned fire, the governor told a news conference on Tuesday.",
        "Soldiers returned fire, the army tweeted on Tuesday.",
        "In a statement on Tuesday, the army said soldiers had returned fire.",
        "Soldiers returned fire, the group said in a statement posted online on Tuesday.",
        "Soldiers returned fire, a local official told The Associated Press on Tuesday.",
        "Soldiers returned fire, according to local officials on Tuesday.",
        "Soldiers returned fire, the UN said in a report on Tuesday.",
        "Speaking to reporters on Tuesday, the governor said soldiers had returned fire.",
    ],
)
def test_a_day_given_for_a_statement_on_a_channel_is_the_statements(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.statement_day and resolved.date == TUESDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops posted on the border on Tuesday came under fire.",
        "In a raid on Tuesday, soldiers killed five militants.",
        "Soldiers killed five militants on Tuesday, the army said.",
        "Protesters marched on Tuesday after a video posted on X went viral.",
        "Police raided the camp according to orders on Tuesday.",
        "Speaking to reporters, the governor said gunmen attacked on Tuesday.",
    ],
)
def test_an_event_day_near_channel_words_stays_the_events(sentence: str):
    resolved = resolve_event_date(sentence, ARTICLE)
    assert not resolved.statement_day and resolved.date == TUESDAY


def test_an_event_day_goes_before_a_statements_day_in_one_sentence():
    resolved = resolve_event_date(
        "Gunmen killed five, the army said on X on Tuesday, adding that troops pursued them on Monday.", ARTICLE)
    assert resolved.date == dt.date(2026, 5, 11) and not resolved.statement_day
