""""On the night of the 12th" is that day; a date in a relative clause set off by commas ("The
militants, who pledged allegiance to the group in 2014, killed ...") yields to the main clause's."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import find_time_expressions, resolve_event_date

ARTICLE = dt.date(2026, 8, 21)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Gunmen abducted a farmer near the town on the night of the 12th, his family said.",
         "the night of the 12th", "2026-08-12TNI"),
        ("On the morning of the 3rd, soldiers shelled the village.", "the morning of the 3rd", "2026-08-03TMO"),
        # a night that runs into the next day is the night it began
        ("Gunmen raided the village on the night of the 12th to the 13th.", "the night of the 12th",
         "2026-08-12TNI"),
        # a day still to come this month is last month's
        ("Rebels raided the camp on the evening of the 30th.", "the evening of the 30th", "2026-07-30TEV"),
    ],
)
def test_a_part_of_a_numbered_day_is_that_day(sentence: str, text: str, value: str):
    assert [(e.text, e.value) for e in find_time_expressions(sentence, ARTICLE)] == [(text, value)]


def test_the_night_of_the_12th_dates_the_event():
    resolved = resolve_event_date("Gunmen killed a councillor in front of his house on the night of the 12th, "
                                  "his family said.", ARTICLE)
    assert (resolved.date, resolved.time_precision) == (dt.date(2026, 8, 12), 1)


@pytest.mark.parametrize("sentence", ["The fire spread to the night of the 5th floor.",
                                      "The fire spread from the 5th to the 6th floors."])
def test_a_numbered_day_before_a_noun_is_no_date(sentence: str):
    assert find_time_expressions(sentence, ARTICLE) == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # both dates are history: the main clause's wins
        ("The militants, who pledged allegiance to the group in 2014, killed 30 worshippers at a mosque "
         "in November 2017.", dt.date(2017, 11, 15)),
        ("In 2019, the rebels, who had taken the town in 2017, were driven out.", dt.date(2019, 7, 1)),
        # a clause that does not close with a comma is not set off: the first date stays first
        ("The rebels took the town in 2017, which the army retook in 2019.", dt.date(2017, 7, 1)),
        # a current date still beats history in the clause
        ("The group, which was founded in 2008, attacked the town on Tuesday.", dt.date(2026, 8, 18)),
    ],
)
def test_a_date_in_a_relative_clause_yields_to_the_main_clause(sentence: str, day: dt.date):
    assert resolve_event_date(sentence, ARTICLE).date == day
