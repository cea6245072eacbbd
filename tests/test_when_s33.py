"""Session 33: a sentence that turns the report to another story ("Separately, ...", "Elsewhere,
...", "In another incident ...") and gives no day of its own is not dated by the lead's day, nor
is any sentence after the turn (extract.mentions, `_lead_date`)."""

from __future__ import annotations

import datetime as dt

from extraction_helpers import mention_of, mentions_of

WEDNESDAY = dt.date(2026, 5, 13)

DRONE_THEN_CLAIM = (
    "A drone strike on a crowded market in the east of Norland has killed six people, local officials say. "
    "The drone hit the market in the town of Velmora at about noon on Saturday, a trader told reporters. "
    "Separately, the Free Hills Brigade said on Telegram that its fighters had seized a police post near the "
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
