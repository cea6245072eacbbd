"""Session 32: "since" in a relative clause that closes the sentence dates no event; a bare season
that is the subject of its clause is a time expression; a day that names an act ("the June 2
shooting death") is that act's day, and dates the act a charge report tells without a day; a side
event told with an earlier bare month beside the report's present-day event is background, and so
is the sentence that goes on telling it (extract.mentions)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, named_act_day, resolve_event_date
from extraction_helpers import mention_of, mentions_of

ARTICLE = dt.date(2025, 11, 20)


def test_since_in_a_relative_clause_closing_the_sentence_dates_no_event():
    sentence = "Villagers blamed the border guards, who have shelled farms along the river since 2022."
    resolved = resolve_event_date(sentence, ARTICLE)
    assert resolved.expression is None and not resolved.historical


def test_a_relative_clause_closing_the_sentence_gives_way_to_the_main_clause_day():
    sentence = "On Monday rebels raided the depot, which soldiers have guarded since August."
    assert resolve_event_date(sentence, ARTICLE).date == dt.date(2025, 11, 17)


def test_since_in_the_main_clause_closing_the_sentence_is_still_history():
    resolved = resolve_event_date("The rebels have held the two valleys since 2019.", ARTICLE)
    assert resolved.historical and resolved.date.year == 2019


APRIL = dt.date(2019, 4, 3)


def values(text: str) -> list[tuple[str, str]]:
    return [(expression.text, expression.value) for expression in find_time_expressions(text, APRIL)]


@pytest.mark.parametrize(("text", "found"), [
    ("Sales were slow, but spring brought the first orders in months.", ("spring", "2019-SP")),
    ("Shelters fill up as winter approaches.", ("winter", "2019-WI")),
    ("The wells dry up, and summer is when the herders move.", ("summer", "2019-SU")),
])
def test_a_bare_season_before_its_verb_is_a_date(text: str, found: tuple[str, str]):
    assert found in values(text)


@pytest.mark.parametrize("text", [
    "Summer said she had seen the convoy.",  # a name
    "Villagers queue where spring water is sold.",  # another sense
    "Prices fall when the harvest comes in.",
    "Hail flattened fields, and winter wheat was lost.",
])
def test_other_senses_of_a_season_word_are_no_dates(text: str):
    assert values(text) == []


JUNE = dt.date(2019, 6, 20)


@pytest.mark.parametrize(("sentence", "day"), [
    ("Prosecutors charged the uncle in connection with the June 2 shooting death of the boy.", dt.date(2019, 6, 2)),
    ("The parents of a teen charged in the May 4 death of his friend will not be charged.", dt.date(2019, 5, 4)),
    ("Police arrested a neighbour in Saturday's shooting.", dt.date(2019, 6, 15)),
])
def test_a_day_naming_an_act_is_the_acts_day(sentence: str, day: dt.date):
    named = named_act_day(sentence, JUNE)
    assert named is not None and named.date == day and named.time_precision == 1


@pytest.mark.parametrize("sentence", [
    "The hearing in the case is set for the June 28 trial.",  # a step of the case, not the act
    "He was charged on June 2 with murder.",  # the day of the charge
    "The family will hold a vigil on the June 30 anniversary.",
])
def test_a_day_that_names_no_act_is_not_the_acts_day(sentence: str):
    assert named_act_day(sentence, JUNE) is None


def test_the_act_of_a_charge_report_takes_the_day_the_charge_names_it_by():
    text = ("LAKEVILLE – Prosecutors on Wednesday charged the uncle of a six-year-old over the "
            "June 2 shooting death of the child, who found a loaded pistol in a kitchen drawer.\n\n"
            "The uncle, 41, faces one count of involuntary manslaughter. He is to be arraigned Friday.\n\n"
            "The boy was visiting his uncle's apartment on Pine Street when he shot himself in the chest.")
    act = mention_of(mentions_of(text, dt.date(2019, 6, 20)), "The boy was visiting")
    assert (act.date, act.time_precision) == (dt.date(2019, 6, 2), 1)


def test_an_earlier_month_beside_the_present_day_event_is_background_and_so_is_its_sequel():
    text = ("KADUNA, Nigeria – Gunmen killed seven farmers near the village of Tsohon Gari on Sunday, police said. "
            "Soldiers of an army mobile unit looted three shops in the market town of Zangon in March, before "
            "the dry-season offensive, a local rights monitor said on Monday. The monitor said the same soldiers "
            "had also burned a grain store and seized two motorcycles.")
    found = mentions_of(text, dt.date(2026, 4, 14))
    assert not mention_of(found, "KADUNA").historical
    assert mention_of(found, "Soldiers of an army").historical
    assert mention_of(found, "The monitor said").historical


def test_an_earlier_month_that_is_the_reports_own_event_stays_news():
    text = ("A man was shot dead outside his shop in Millbrook in March, police said. "
            "Detectives are still looking for the gunman.")
    found = mentions_of(text, dt.date(2026, 4, 14))
    assert not mention_of(found, "A man was shot").historical
