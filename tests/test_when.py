"""Time expressions against the article date (eventwire.extract.when)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import EventwireError
from eventwire.extract.when import (
    NO_EXPRESSION_PRECISION,
    find_time_expressions,
    resolve_event_date,
)

SUNDAY = dt.date(2023, 6, 4)


def resolved(sentence: str, article_date: dt.date | None = SUNDAY):
    result = resolve_event_date(sentence, article_date)
    return result.date, result.time_precision, result.historical


def test_weekday_named_on_the_article_day_is_that_day():
    assert resolved("Officials said on Sunday that troops shelled the town.") == (SUNDAY, 1, False)


def test_weekday_is_the_most_recent_such_day():
    assert resolved("The convoy was hit on Friday night.")[:2] == (dt.date(2023, 6, 2), 1)
    assert resolved("Rebels attacked the post on Monday.")[:2] == (dt.date(2023, 5, 29), 1)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Two people died yesterday.", (dt.date(2023, 6, 3), 1)),
    ("A market was bombed last night.", (dt.date(2023, 6, 3), 1)),
    ("Protesters gathered today in the square.", (SUNDAY, 1)),
    ("Gunmen stormed a school this morning.", (SUNDAY, 1)),
    ("The village was raided two days ago.", (dt.date(2023, 6, 2), 1)),
    ("The bridge was destroyed on June 1.", (dt.date(2023, 6, 1), 1)),
    ("The bridge was destroyed on 1 June 2023.", (dt.date(2023, 6, 1), 1)),
    ("The bridge was destroyed on June 1, 2023.", (dt.date(2023, 6, 1), 1)),
    ("The bridge was destroyed on 06/01/2023.", (dt.date(2023, 6, 1), 1)),
])
def test_day_expressions_resolve_to_a_day(sentence, expected):
    assert resolved(sentence)[:2] == expected


def test_last_week_has_week_precision():
    date, precision, _ = resolved("Militants ambushed a patrol last week.")
    assert precision == 2 and dt.date(2023, 5, 22) <= date <= dt.date(2023, 5, 28)


def test_over_the_weekend_is_the_weekend_just_passed():
    date, precision, _ = resolved("Clashes broke out over the weekend.")
    assert precision == 2 and date in {dt.date(2023, 6, 3), dt.date(2023, 6, 4)}


def test_earlier_this_month_is_month_precision_and_not_after_the_article():
    date, precision, _ = resolved("Shelling hit the port earlier this month.")
    assert precision == 3 and date.month == 6 and date <= SUNDAY


def test_late_last_month_is_the_end_of_last_month():
    date, precision, historical = resolved("A raid late last month left the depot in ruins.")
    assert precision in {2, 3} and date.month == 5 and date.day >= 20 and not historical


def test_mid_month_is_the_middle_of_that_month():
    date, precision, _ = resolved("Fighting resumed in mid-May.")
    assert precision == 2 and date.month == 5 and 10 <= date.day <= 20


def test_bare_month_is_the_most_recent_one_at_month_precision():
    date, precision, historical = resolved("The militia first appeared in March with a raid.")
    assert (date.year, date.month, precision, historical) == (2023, 3, 3, False)
    date, precision, _ = resolved("The militia first appeared in October with a raid.")
    assert (date.year, date.month, precision) == (2022, 10, 3)


def test_month_of_last_year_is_background_history():
    date, precision, historical = resolved("The offensive he launched in February last year stalled.")
    assert (date.year, date.month, precision, historical) == (2022, 2, 3, True)


@pytest.mark.parametrize("sentence", [
    "The region has been contested since 2014.",
    "Veterans of the 2011 uprising met the envoy.",
])
def test_history_is_flagged(sentence):
    assert resolved(sentence)[2] is True


def test_last_year_is_coarse():
    date, precision, _ = resolved("The party won the vote last year.")
    assert date.year == 2022 and precision == 3


def test_future_dates_never_become_the_event_date():
    date, _, _ = resolved("Talks will resume on June 20.")
    assert date <= SUNDAY
    date, _, _ = resolved("Elections are planned for next year.")
    assert date <= SUNDAY


def test_no_expression_gives_the_article_date_at_the_documented_precision():
    assert resolve_event_date("Troops shelled the town.", SUNDAY).date == SUNDAY
    assert resolve_event_date("Troops shelled the town.", SUNDAY).time_precision == NO_EXPRESSION_PRECISION
    assert resolve_event_date("Troops shelled the town.", SUNDAY).expression is None


def test_a_clock_time_alone_does_not_fix_the_day():
    assert resolve_event_date("The blast came at 6 p.m.", SUNDAY).expression is None


def test_undated_article_relative_dates_are_unknown_absolute_ones_resolve():
    assert resolve_event_date("Police said the attack happened on Friday.", None).date is None
    assert resolve_event_date("The attack happened on 4 June 2021.", None).date == dt.date(2021, 6, 4)


@pytest.mark.parametrize(("text", "value"), [
    ("last week", "2023-W21"),
    ("in 2014", "2014"),
    ("in May 2021", "2021-05"),
    ("yesterday", "2023-06-03"),
    ("for three years", "P3Y"),
    ("the first quarter of 2022", "2022-Q1"),
    ("now", "PRESENT_REF"),
    ("at 6 p.m. Friday", "2023-06-02T18:00"),
])
def test_timex_values(text, value):
    expressions = find_time_expressions(text, SUNDAY)
    assert [e.value for e in expressions] == [value]


def test_offsets_index_the_text():
    text = "Shelling on Friday and again yesterday."
    for expression in find_time_expressions(text, SUNDAY):
        assert text[expression.start:expression.end] == expression.text


def test_ages_and_quantities_are_not_time_expressions():
    assert find_time_expressions("A 25-year-old man and 2,000 people marched.", SUNDAY) == []


def test_wrong_argument_types_raise_eventwire_errors():
    with pytest.raises(EventwireError):
        resolve_event_date(None, SUNDAY)  # type: ignore[arg-type]
    with pytest.raises(EventwireError):
        resolve_event_date("on Friday", "2023-06-04")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_resolved_date_never_after_the_article_date(sentence, article_date):
    result = resolve_event_date(sentence, article_date)
    assert result.date is None or result.date <= article_date
    assert result.time_precision in {1, 2, 3}


_WORDS = st.sampled_from([
    "on", "Friday", "Sunday", "night", "last", "week", "month", "year", "in", "March", "May", "June",
    "4", "31", "2023", "1999", "06/04/2023", "13/13/2020", "2/30/2021", "ago", "two", "days", "late",
    "early", "mid-", "this", "morning", "yesterday", "today", "next", "the", "weekend", "at", "6",
    "p.m.", "18:00", "UTC", "February", "29", "quarter", "first", "since", ",", ".",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, max_size=14), st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1),
                                                                      max_value=dt.date(9999, 12, 31))))
def test_date_like_word_salad_never_crashes_or_leaves_the_past(words, article_date):
    result = resolve_event_date(" ".join(words), article_date)
    if article_date is not None and result.date is not None:
        assert result.date <= article_date


@pytest.mark.parametrize(("text", "value"), [
    ("the mid-1980s", "198"),
    ("the first half of 2022", "2022-H1"),
    ("fiscal 2021", "FY2021"),
    ("the 19th century", "18"),
    ("the current quarter", "2023-Q2"),
    ("daily", "P1D"),
    ("in recent days", "PXD"),
    ("very soon", "FUTURE_REF"),
    ("over the long term", "FUTURE_REF"),
    ("on the 2nd", "2023-06-02"),
    ("on the 20th", "2023-05-20"),
    ("on Thanksgiving", "2022-11-24"),
    ("on Christmas Eve", "2022-12-24"),
    ("the day after Memorial Day", "2023-05-30"),
    ("Easter 2021", "2021-04-04"),
    ("the '80s", "198"),
])
def test_more_timex_values(text, value):
    assert [e.value for e in find_time_expressions(text, SUNDAY)] == [value]


@pytest.mark.parametrize("text", [
    "as soon as possible", "the Daily Courier", "the now-closed mill", "a street named for Martin Luther King",
    "on the 2nd floor", "scored in the second half", "a man between 16 and 18 years old",
    "a man in his early 30s", "selling Christmas trees", "the car soon became stuck", "too soon",
])
def test_lookalikes_are_not_time_expressions(text):
    assert find_time_expressions(text, SUNDAY) == []


def test_the_first_number_of_a_range_shares_the_unit():
    assert [e.value for e in find_time_expressions("It will take between 30 and 45 days.", SUNDAY)] == ["P30D", "P45D"]
    assert [e.value for e in find_time_expressions("two to three years", SUNDAY)] == ["P2Y", "P3Y"]


def test_a_clock_time_takes_the_day_of_its_sentence_not_of_the_line_before():
    text = "June 4, 2023\nAt a briefing at 14:30 UTC, June 1, officials spoke."
    values = {e.text: e.value for e in find_time_expressions(text, SUNDAY)}
    assert values["14:30 UTC"] == "2023-06-01T14:30Z" and values["June 1"] == "2023-06-01"


def test_late_last_week_is_late_in_that_week():
    date, precision, _ = resolved("A patrol was ambushed late last week.")
    assert precision == 2 and date == dt.date(2023, 6, 2) - dt.timedelta(days=7)


def test_this_week_said_early_in_the_week_is_the_article_date_at_week_precision():
    monday = dt.date(2023, 6, 5)
    assert resolved("Police made an arrest this week.", monday)[:2] == (monday, 2)


def test_a_holiday_beside_a_weekday_is_the_occasion_not_the_event_date():
    thursday = dt.date(2022, 11, 24)
    assert resolved("Home for Thanksgiving, a teenager was shot Friday.", dt.date(2022, 11, 28))[0] == thursday + dt.timedelta(days=1)
    assert resolved("A man was shot on Thanksgiving.", dt.date(2022, 11, 28))[0] == thursday


def test_undated_article_keeps_what_a_holiday_says():
    assert [e.value for e in find_time_expressions("on New Year's Eve", None)] == ["XXXX-12-31"]


def test_the_end_of_a_month_or_year_is_late_in_it():
    assert resolved("The depot burned at the end of last month.")[:2] == (dt.date(2023, 5, 25), 2)
    assert resolved("The depot burned at the end of 2022.")[:2] == (dt.date(2022, 11, 1), 3)


@pytest.mark.parametrize(("text", "value"), [
    ("He was shot on Friday and died the next day.", "2023-06-03"),
    ("Sales in 2019 fell from the previous year.", "2018"),
    ("Sales fell from the previous year.", "2022"),
    ("The club opened on May 1. That night a fire broke out.", "2023-05-01TNI"),
    ("He moved in 2010 and left three years later.", "2013"),
    ("Sales rose in March against the same month a year ago.", "2022-03"),
    ("Profit rose last year and fell the year before.", "2021"),
    ("It lost money in the fourth quarter of 2020 and over the entire year.", "2020"),
])
def test_anaphoric_expressions_count_from_the_last_date_given(text, value):
    assert find_time_expressions(text, SUNDAY)[-1].value == value


def test_later_than_is_a_comparison_not_a_shift():
    assert [e.value for e in find_time_expressions("It arrived on May 3, two days later than planned.", SUNDAY)] == [
        "2023-05-03", "P2D"]


def test_an_anaphoric_expression_without_its_anchor_does_not_date_the_event():
    result = resolve_event_date("Three people were shot that night.", SUNDAY)
    assert result.expression is None and result.time_precision == NO_EXPRESSION_PRECISION
    assert resolved("He was shot on Friday and died the next day.")[:2] == (dt.date(2023, 6, 2), 1)


@pytest.mark.parametrize("sentence", [
    "Police said Saturday that the man was shot.",
    "Officials on Saturday identified the man who was shot.",
    "The police chief addressed reporters again Saturday about the shooting.",
    "Medical examiners conducted autopsies Saturday on the two people found shot.",
    "Prosecutors Saturday charged a man who shot his neighbor.",
    "Authorities said in a statement Saturday that the man was shot.",
    "Last updated at 10:39 a.m. on Saturday, June 3",
    "Posted: Saturday, June 3, 2023 5:29 PM EDT",
])
def test_the_day_a_statement_was_made_is_flagged(sentence):
    result = resolve_event_date(sentence, SUNDAY)
    assert result.statement_day and result.date == dt.date(2023, 6, 3)


def test_the_event_day_beside_a_statement_day_wins():
    assert resolved("Police said Saturday that the man was shot Friday night.")[:2] == (dt.date(2023, 6, 2), 1)
    assert not resolve_event_date("Police said Saturday that the man was shot Friday night.", SUNDAY).statement_day
    assert resolved("The family of a man shot Friday said he is recovering.")[:2] == (dt.date(2023, 6, 2), 1)
    assert not resolve_event_date("A man was charged with murder in the shooting Saturday.", SUNDAY).statement_day


def test_an_event_day_beside_a_day_opening_the_sentence_before_its_speaker_wins():
    sentence = "On Saturday the council denied that guards beat the inmates last week."
    assert resolved(sentence)[:2] == (dt.date(2023, 5, 24), 2)  # the middle of the week before
    sentence = "On Saturday, a spokesman for the rebels claimed the town had fallen on Friday."
    assert resolved(sentence)[:2] == (dt.date(2023, 6, 2), 1)


def test_a_day_opening_the_sentence_before_its_speaker_alone_still_dates_the_event():
    result = resolve_event_date("On Saturday the ministry said its jets had struck a depot.", SUNDAY)
    assert result.date == dt.date(2023, 6, 3) and not result.statement_day


def test_a_month_followed_by_a_beginning_is_history():
    assert resolve_event_date("In March, the rebels launched a new campaign in the hills.", SUNDAY).historical
    assert resolve_event_date("The rebels launched a new campaign in the hills in March.", SUNDAY).historical
    assert not resolve_event_date("The rebels attacked a convoy in the hills in March.", SUNDAY).historical


def test_last_and_next_before_a_month_name_the_nearest_past_or_coming_one():
    values = {e.text: e.value for e in find_time_expressions(
        "The dam burst last September; it opens next May, last May's floods aside.", dt.date(2024, 5, 20))}
    assert values["last September"] == "2023-09" and values["next May"] == "2025-05"
    assert values["last May"] == "2023-05"


def test_an_earlier_month_opening_the_sentence_is_history():
    assert resolve_event_date("In April, soldiers burnt a market in the east.", SUNDAY).historical
    assert resolve_event_date("Last November, the militia seized two towns.", SUNDAY).historical
    assert not resolve_event_date("In June, soldiers burnt a market in the east.", SUNDAY).historical
    assert not resolve_event_date("Soldiers burnt a market in April, residents said.", SUNDAY).historical


@pytest.mark.parametrize("later", ["Hours later", "A few hours later", "Minutes later", "Several hours later"])
def test_hours_later_is_the_narratives_day(later: str):
    text = f"Gunmen attacked a bus on Tuesday. {later}, police killed two suspects, police said on Thursday."
    found = {e.text: e for e in find_time_expressions(text, SUNDAY)}
    assert found[later].date == dt.date(2023, 5, 30) and not found[later].unanchored
