"""A running tally ("has killed 7,000 people since 2004") is not an event; a deed counted over a
few days of one incident ("have killed 12 people since Sunday") still is."""

from __future__ import annotations

from extraction_helpers import mentions_of


def test_a_present_perfect_deed_counted_since_a_year_or_month_is_a_tally():
    for text in ("The insurgency has killed more than 7,000 people since 2004, officials said.",
                 "Attacks by the militia have killed hundreds of civilians since September.",
                 "The group has carried out dozens of raids since it emerged in 2019.",
                 "Bandits have killed more than 200 villagers in the state over the past year."):
        assert mentions_of(text) == [], text


def test_a_deed_counted_since_a_weekday_or_told_in_the_past_is_an_event():
    for text in ("Gunmen have killed 12 people since Sunday in raids on three villages, police said.",
                 "Gunmen killed 12 villagers on Sunday, police said.",
                 "The militia, which has been active since 2019, killed five farmers on Monday."):
        assert len(mentions_of(text)) == 1, text
