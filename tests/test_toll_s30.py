"""Session 30: a victim named by a longer noun phrase ("an off-duty transit police officer was shot"),
one who "sustained" a gunshot wound or was taken to hospital (hit, maybe not alive, read as "shot"),
someone shot told as the object ("shot the cashier") and one who shot himself by accident are counted;
so are a victim named by a longer phrase after a killing verb, wounds someone "had", one "fatally struck"."""

from __future__ import annotations

import pytest

from eventwire.extract.toll import find_tolls, report_toll


@pytest.mark.parametrize(("text", "kind", "figure"), [
    ("Late on Friday, an off-duty transit police officer was shot in the hip near the depot.", "injured", 1),
    ("A state highway trooper was wounded during the chase.", "injured", 1),
    ("A 31-year-old cook sustained a gunshot wound in the shoulder and was driven to Mercy Hospital.", "injured", 1),
])
def test_a_single_victim_is_counted(text: str, kind: str, figure: int):
    assert [(f.kind, f.figure) for f in find_tolls(text)][:1] == [(kind, figure)]


def test_sustained_wounds_count_the_hit_less_those_who_died():
    figures = find_tolls("Two men sustained gunshot wounds in the raid on the farm, and one of them died at the clinic.")
    assert report_toll(figures) == (1, 1)


@pytest.mark.parametrize("text", [
    "During the scuffle, the thief shot the shopkeeper and both men fled on foot.",
    "Deputies shot the suspect after he drew a knife at the bus stop.",
])
def test_someone_shot_told_as_the_object_is_hit(text: str):
    assert [(f.kind, f.figure, f.cue) for f in find_tolls(text)] == [("injured", 1, "shot")]


def test_a_child_who_shot_himself_by_accident_is_hit_and_one_who_killed_others_first_is_dead():
    assert report_toll(find_tolls("A 7-year-old boy accidentally shot himself in the foot at a farm.")) == (0, 1)
    assert report_toll(find_tolls("He killed his neighbour and then shot himself.")) == (2, 0)


def test_one_taken_to_hospital_who_died_there_counts_no_injured():
    assert report_toll(find_tolls("The clerk was taken to a hospital in Kelso, where she died.")) == (1, 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("Detectives are looking into a homicide after a driver was shot on Sunday.",
     [("killed", 1), ("injured", 1)]),
    ("The gunfire left another student badly wounded, with a bullet in the hip.", [("injured", 1)]),
])
def test_a_phrase_before_the_victim_is_no_modifier_of_him(text: str, expected: list):
    assert [(f.kind, f.figure) for f in find_tolls(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police are hunting whoever gunned down a Northfield community college student late on Friday.", [("killed", 1)]),
    ("Three of the customers had gunshot wounds to the legs, and a fourth escaped unhurt.", [("injured", 3)]),
    ("Two of the guards had no injuries, the warden said.", []),
])
def test_longer_victim_phrases_and_wounds_someone_had(text: str, expected: list):
    assert [(f.kind, f.figure) for f in find_tolls(text)] == expected


def test_one_fatally_struck_is_dead():
    text = "A man named Ed Novak, 52, was fatally struck when a gunman fired at the bus he was driving."
    assert [(f.kind, f.figure) for f in find_tolls(text)] == [("killed", 1)]
