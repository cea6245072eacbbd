"""Session 33: a sentence that turns the report to another story ("Separately, ...", "Elsewhere,
...", "In another incident ...") and gives no day of its own is not dated by the lead's day, nor
is any sentence after the turn (extract.mentions, `_lead_date`); an arrest told in one clause with
a use of force is dated by its day, not as a later step of a case; "a day when ..." is no
duration; "the deadliest attack this year" is not dated by the year; "a video shared on social
media on Monday" gives the day it was shared, as a statement's."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date
from extraction_helpers import mention_of, mentions_of

WEDNESDAY = dt.date(2026, 5, 13)

DRONE_THEN_CLAIM = (
    "A drone strike on a crowded market in the east of Norland has killed six people, local officials say. "
    "The drone struck stalls in Velmora at about noon on Saturday, a trader told reporters. "
    "Separately, the Free Hills Brigade announced in a video that its units had seized a police post near the "
    "town of Ostrava after a long battle. The claim could not be verified.")


def test_the_lead_dates_its_own_story():
    lead = mention_of(mentions_of(DRONE_THEN_CLAIM, WEDNESDAY), "A drone strike")
    assert (lead.date, lead.time_precision) == (dt.date(2026, 5, 9), 1)


def test_an_undated_claim_told_separately_keeps_the_article_date():
    claim = mention_of(mentions_of(DRONE_THEN_CLAIM, WEDNESDAY), "Separately,")
    assert (claim.date, claim.time_precision) == (WEDNESDAY, 2)


def test_the_sentences_after_the_turn_are_not_dated_by_the_lead():
    text = ("Shelling of a village in the north of Kenya has killed three people, officials say. "
            "The shells hit the village of Kargi on Friday night, the mayor said. "
            "Elsewhere, the army said its drones had hit a militia fuel depot in the south of the country. "
            "In Garissa, a militia commander confirmed that drones had struck a depot but said none of his "
            "men were hurt.")
    found = mentions_of(text, WEDNESDAY)
    assert mention_of(found, "The shells hit").date == dt.date(2026, 5, 8)
    assert mention_of(found, "Elsewhere,").date == WEDNESDAY
    assert mention_of(found, "In Garissa,").date == WEDNESDAY  # a place of its own: no continuation either


def test_a_turn_to_another_time_of_the_same_story_keeps_the_leads_day():
    text = ("Gunmen have killed four farmers in the south of Norland, police say. "
            "The attackers opened fire on the men in their fields near the village of Halder on Monday, "
            "a police spokesman said. Meanwhile, soldiers arrested two suspects hiding in a nearby forest.")
    arrest = mention_of(mentions_of(text, WEDNESDAY), "Meanwhile,")
    assert arrest.date == dt.date(2026, 5, 11)


@pytest.mark.parametrize("sentence", [
    "Officers used tear gas and detained 40 students on Monday, the university said.",
    "Soldiers raided the market and arrested a dozen traders on Monday, witnesses said.",
])
def test_an_arrest_told_with_the_force_used_is_dated_by_its_day(sentence: str):
    resolved = resolve_event_date(sentence, WEDNESDAY)
    assert (resolved.date, resolved.statement_day) == (dt.date(2026, 5, 11), False)


@pytest.mark.parametrize("sentence", [
    "The driver was arrested on Monday, the police said.",
    "He stabbed a guard and was arrested on Monday.",
    "Detectives arrested the woman on Monday after she shot her husband.",
])
def test_an_arrest_alone_is_still_a_later_step(sentence: str):
    assert resolve_event_date(sentence, WEDNESDAY).statement_day


@pytest.mark.parametrize("text", [
    "She said she hoped a day when the border reopens would come soon.",
    "It was not a day anyone in the village will forget.",
])
def test_a_day_a_clause_tells_of_is_no_duration(text: str):
    assert not any(e.type == "DURATION" for e in find_time_expressions(text, WEDNESDAY))


def test_a_day_measured_is_still_a_duration():
    found = find_time_expressions("The road was closed for a day and reopened.", WEDNESDAY)
    assert [(e.text, e.value) for e in found] == [("a day", "P1D")]


@pytest.mark.parametrize(("sentence", "day"), [
    ("A car bomb outside a police station has killed 14 people, the deadliest attack in the province this "
     "year, officials say.", None),
    ("Thursday's raid was the bloodiest in the valley this month.", dt.date(2026, 5, 7)),
])
def test_the_span_a_superlative_ranks_the_act_in_does_not_date_it(sentence: str, day: dt.date | None):
    resolved = resolve_event_date(sentence, WEDNESDAY)
    assert (resolved.expression.date if resolved.expression else None) == day


def test_a_month_told_after_a_superlative_act_still_dates_it():
    resolved = resolve_event_date("The worst of the raids came in February, when 30 died.", WEDNESDAY)
    assert resolved.expression is not None and resolved.expression.value == "2026-02"


@pytest.mark.parametrize("sentence", [
    "A video shared on social media on Monday showed gunmen marching hostages along a river bank.",
    "Footage circulating online on Monday appeared to show the looted warehouse.",
])
def test_the_day_a_video_was_shared_is_a_statements_day(sentence: str):
    resolved = resolve_event_date(sentence, WEDNESDAY)
    assert (resolved.date, resolved.statement_day) == (dt.date(2026, 5, 11), True)


def test_things_shared_on_a_day_are_no_statement():
    assert not resolve_event_date("The rebels shared out the seized grain on Monday.", WEDNESDAY).statement_day
