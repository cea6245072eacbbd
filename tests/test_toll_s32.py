"""Session 32: victims a round hit ("struck by gunfire", "a bullet hitting a clerk", "opened fire and
struck the driver", "returned fire and the man was struck"), a surname or a pronoun then shot or wounded,
one found and "pronounced dead", one who "was the victim slain"; and rounds that are no victims ("fired one
shot"), nor a car, a house or a deal that was struck; the dead a charge counts ("two counts of homicide"), one an
update says has died ("UPDATE 9:30 p.m.: Ortega has died")."""

from __future__ import annotations

import pytest

from eventwire.extract.toll import find_tolls, report_toll


def toll_of(text: str) -> tuple[int, int]:
    return report_toll(find_tolls(text))


@pytest.mark.parametrize(("text", "toll"), [
    ("A 19-year-old man was struck by gunfire while walking home.", (0, 1)),
    ("Two neighbours were hit by stray bullets during the dispute.", (0, 2)),
    ("Shots were traded, with one bullet hitting a 30-year-old cook in the left arm.", (0, 1)),
    ("A stray bullet struck a girl sleeping in her bed.", (0, 1)),
    ("Two deputies fired and struck the driver, who was taken to a clinic.", (0, 1)),
    ("Rangers opened fire, hitting him in the shoulder.", (0, 1)),
    ("The tenant returned fire and the man was struck.", (0, 1)),
    ("Dorsey was shot at least once.", (0, 1)),
    ("He was wounded in the shoulder, a cousin said.", (0, 1)),
    ("Pablo Reyes, 41, was found lying on the porch and pronounced dead at the scene.", (1, 0)),
    ("Ray Olin, 52, was the victim slain near the feed store on Pike Road, deputies said.", (1, 0)),
])
def test_a_victim_hit_or_named_without_a_figure_is_counted(text: str, toll: tuple[int, int]):
    assert toll_of(text) == toll


@pytest.mark.parametrize("text", [
    "Asked to leave, he fired one shot into the ceiling and ran.",
    "Neighbours heard one shot shortly after midnight.",
    "The boy was struck by a car while crossing the road.",
    "Shots hit the house and a parked car, but no one was hurt.",
    "A bullet struck the driver's door.",
    "Police fired tear gas and struck a deal with the leaders later.",
    "Officers said he was shot at but not hit.",
    "The firing went on for an hour, hitting several homes.",
])
def test_rounds_and_things_struck_are_no_victims(text: str):
    assert toll_of(text) == (0, 0)


def test_one_hit_and_then_killed_counts_dead_not_hurt():
    text = ("Ray Olin, 52, was the victim slain near the feed store. His brother fired one shot, and a round "
            "hitting him in the neck felled him, a deputy said.")
    assert toll_of(text) == (1, 0)


@pytest.mark.parametrize(("text", "toll"), [
    ("He was being held without bail on two counts of homicide, jail records show.", (2, 0)),
    ("She was charged with three counts of first-degree murder and one count of arson.", (3, 0)),
    ("He faces two counts of attempted murder.", (0, 0)),
    ("UPDATE 9:30 p.m.: Ortega has died of his wounds, the clinic said.", (1, 0)),
])
def test_the_dead_a_charge_counts_and_an_update_that_a_victim_died(text: str, toll: tuple[int, int]):
    assert toll_of(text) == toll
