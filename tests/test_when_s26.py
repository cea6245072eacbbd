"""A sentence opening with a count of days from the event told before ("Two days after the
fighting, ...") is dated from that event's day; inside a sentence the count stays a duration."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2025, 3, 12)  # a Wednesday


def _values(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.value, e.type) for e in find_time_expressions(text, ARTICLE)]


def test_an_opening_count_after_the_event_before_counts_from_its_day():
    text = ("Rebels stormed the garrison at Kodok on Sunday. Three days after the attack, a helicopter "
            "fired on a market near the river.")
    assert _values(text)[-1] == ("Three days after", "2025-03-12", "DATE")


def test_an_opening_count_before_the_event_counts_back_from_its_day():
    text = "Militiamen raided the village of Loma on Monday. A day before the raid, they had blocked the road."
    assert _values(text)[-1] == ("A day before", "2025-03-09", "DATE")


def test_after_a_dateline_dash_the_count_opens_the_sentence():
    text = "Gunmen ambushed a convoy on Saturday. JUBA – Two days after the ambush, soldiers burned a camp."
    assert _values(text)[-1] == ("Two days after", "2025-03-10", "DATE")


def test_alone_the_count_does_not_date_the_sentence():
    sentence = "Two days after the fighting, an army helicopter fired rockets at a cattle camp, officials said."
    expression = find_time_expressions(sentence, ARTICLE)[0]
    assert expression.unanchored
    assert resolve_event_date(sentence, ARTICLE).expression is None


def test_inside_a_sentence_the_count_stays_a_duration():
    sentence = "Elders said 14 villagers had died and accused the army of arriving two days after the killings."
    assert _values(sentence) == [("two days", "P2D", "DURATION")]


def test_a_count_after_anything_but_an_event_stays_a_duration():
    assert _values("Five years after its launch, the store sells more songs than any other.")[0][2] == "DURATION"


def test_the_early_hours_of_a_day_of_the_month_date_the_event():
    resolved = resolve_event_date("Gunmen killed five farmers in the early hours of the 9th, police said.", ARTICLE)
    assert (resolved.date, resolved.time_precision) == (dt.date(2025, 3, 9), 1)


def test_the_past_weekend_is_the_weekend_before_the_report():
    resolved = resolve_event_date("Rebels shelled the town over the past weekend, residents said.", ARTICLE)
    assert (resolved.date, resolved.time_precision) == (dt.date(2025, 3, 8), 2)
    assert _values("Troops raided the camp over the past weekend.") == [("over the past weekend", "2025-W10-WE", "DATE")]
