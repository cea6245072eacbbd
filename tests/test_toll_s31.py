"""Session 31: victims a report tells without a figure (the victim "then shot", one named in an
aside, "the teenager had been found shot", a surname and "died", one "taken to" a named hospital,
one a stabbing "left in serious condition"), the doer of "a gunman shot a clerk" is not counted (the
clerk is), and numbers that are no count: a time of day, a "non-fatal shooting", the dead of "four
inmates dead and six others wounded" read as wounded."""

from __future__ import annotations

import pytest

from eventwire.extract.toll import find_tolls, report_toll


def toll_of(text: str) -> tuple[int, int]:
    return report_toll(find_tolls(text))


@pytest.mark.parametrize(("text", "toll"), [
    ("A cashier said the victim was then shot twice near the till.", (0, 1)),
    ("The victim, a 31-year-old welder, sustained a graze wound to the neck.", (0, 1)),
    ("Deputies said the 16-year-old had been found shot near a garage.", (0, 1)),
    ("Medics said the driver was taken to Saint Clare Regional Hospital by ambulance.", (0, 1)),
    ("The stabbing outside the bar left the victim in serious condition.", (0, 1)),
    ("Okafor died at a clinic on Friday, his cousin said.", (1, 0)),
    ("Brandt has since died, the family said.", (1, 0)),
    ("A farmer said the man found dead near the creek was a stranger.", (1, 0)),
])
def test_a_victim_told_without_a_figure_is_counted(text: str, toll: tuple[int, int]):
    assert toll_of(text) == toll


@pytest.mark.parametrize("text", [
    "Others died later.", "Nobody died.", "Residents said the protest died down by noon.",
])
def test_a_common_word_before_died_is_no_victim(text: str):
    assert toll_of(text) == (0, 0)


@pytest.mark.parametrize(("text", "toll"), [
    ("A gunman shot a store clerk on Tuesday.", (0, 1)),
    ("A retired trucker shot his cousin during a quarrel.", (0, 1)),
    ("A gunman shot several rounds into the empty house.", (0, 0)),
    ("A man shot himself by accident while cleaning a rifle.", (0, 1)),
])
def test_the_doer_of_a_shooting_is_no_victim(text: str, toll: tuple[int, int]):
    assert toll_of(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("A waiter was wounded around 11:40 p.m. in a non-fatal shooting.", (0, 1)),
    ("The riot left four inmates dead and six others wounded.", (4, 6)),
])
def test_numbers_that_are_no_count_of_the_kind(text: str, toll: tuple[int, int]):
    assert toll_of(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Two poachers and a ranger died when the patrol came under fire.", (3, 0)),
    ("Gunmen killed three loggers and a driver on the river road.", (4, 0)),
])
def test_a_counted_group_of_any_plural_noun_joins_a_list_of_victims(text: str, toll: tuple[int, int]):
    assert toll_of(text) == toll


def test_animals_killed_are_no_victims_in_a_list():
    assert toll_of("Raiders killed 20 cows and a goatherd near the well.")[0] < 20


def test_one_of_a_counted_group_counts_the_group():
    assert toll_of("Ortiz was one of four people hurt in the brawl outside the arena.") == (0, 4)


def test_a_number_before_a_verb_in_the_singular_is_an_age():
    assert toll_of("Lena Moss, 31 was shot in the arm and tom reed, 19 was shot in the hip.") == (0, 1)
