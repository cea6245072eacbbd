"""Session 28: a toll over many acts or over a span of time is no event ("Attacks killed 100 people
last year", "weeks of fighting killed dozens", "were killed in violence around the vote in 2019",
"were killed in the first six months of the year"), while one act in a past month or year, and a
few days of fighting, stay events; someone unheard of since an act is no running tally."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions_of

OPENING = "Gunmen killed four herders near the village of Tamba in Niger on Sunday, officials said."


@pytest.mark.parametrize("aggregate", [
    "Attacks in the region killed more than 150 people last year, according to a monitoring group.",
    "Last October, weeks of fighting between the two groups killed dozens of people.",
    "In 2019, more than 100 people were killed in violence around the regional elections.",
    "In March 2024, riots over fuel prices left 9 people dead.",
    "More than 300 people were killed in the province in the first six months of the year, the United Nations said.",
    "The group has abducted more than 30 people over the year.",
])
def test_a_toll_over_many_acts_is_no_event(aggregate: str):
    assert [m.sentence.text[:12] for m in mentions_of(f"{OPENING} {aggregate}")] == ["Gunmen kille"]


@pytest.mark.parametrize("single", [
    "In May last year, gunmen killed 20 villagers in an attack on the market town of Dosso.",
    "In April, more than 50 people were killed in attacks on several villages in the neighbouring district.",
    "In June 2024, several days of fighting near the border killed at least nine people.",
    "Two soldiers were killed in the fighting, a regional official said.",
])
def test_one_act_in_a_past_month_or_year_stays_an_event(single: str):
    assert len(mentions_of(f"{OPENING} {single}")) == 2


def test_someone_unheard_of_since_an_act_is_no_tally():
    text = ("Nothing has been heard of a teacher and his brother since soldiers took them from a checkpoint "
            "outside the town of Koro in Mali on the 4th, relatives said.")
    assert len(mentions_of(text)) == 1
