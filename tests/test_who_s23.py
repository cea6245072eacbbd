"""Actor choice (s23): a site of forces a police body called "Security" holds, the forces an
interior ministry owns, bare police in a report of the army of a state GeoNames counts in another
(Somaliland, Puntland), "the fighting" after the act it names, victims as civilians, a vehicle
struck as those it carries, forces sent somewhere "after the attack" misparsed as its subject, two
groups coordinated before a fight (after a dateline) as its two sides, and a name found in a text
without a pattern per name."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.who.names import _holds_word
from who_helpers import actors_at, resolved


def test_a_checkpoint_of_general_security_forces_is_the_police():
    text = ("Tribal fighters stormed a post of the government's General Security forces outside Maarzaf on Friday, "
            "wounding two guards.")
    assert resolved(text, "post", "Syria") == "Police Forces of Syria"


def test_a_checkpoint_of_the_army_stays_the_military():
    text = "Tribal fighters stormed a post of the army outside Maarzaf on Friday, wounding two guards."
    assert resolved(text, "post", "Syria") == "Military Forces of Syria"


def test_members_of_an_interior_ministrys_forces_are_the_police():
    text = "The interior ministry said on Friday that six members of its forces had died in the ambush near Sabha."
    assert resolved(text, "members", "Libya") == "Police Forces of Libya"


def test_the_interior_ministrys_forces_are_the_police():
    text = "The Interior Ministry's forces clashed with smugglers near Sabha on Friday."
    assert resolved(text, "forces", "Libya") == "Police Forces of Libya"


def test_another_ministrys_forces_stay_the_military():
    text = "The defence ministry said on Friday that six members of its forces had died in the ambush near Sabha."
    assert resolved(text, "members", "Libya") == "Military Forces of Libya"


def test_bare_police_in_a_report_of_somalilands_army_are_somalilands():
    text = ("Clan militiamen overran a Somaliland army outpost near Erigavo on Sunday. On Monday, dozens of traders "
            "protested in the market, and police fired tear gas at them, witnesses said.")
    assert resolved(text, "police", "Somalia") == "Police Forces of Somaliland"


def test_bare_police_in_somalia_stay_somalias():
    text = "On Monday, dozens of traders protested in the market of Baidoa, and police fired tear gas at them."
    assert resolved(text, "police", "Somalia") == "Police Forces of Somalia"


def test_puntlands_forces_and_police_are_its_own():
    text = ("Militants killed four Puntland soldiers near Karin on Sunday. On Tuesday, traders angry over a new tax "
            "threw stones at police, who fired into the air.")
    assert resolved(text, "soldiers", "Somalia") == "Military Forces of Puntland"
    assert resolved(text, "police", "Somalia") == "Police Forces of Puntland"


def test_the_fighting_after_an_attack_is_fought_by_its_sides():
    text = ("Rebels of the Kalu Front (KF) stormed an army base near Sabo on Friday, and the fighting lasted "
            "until dawn, a local official said.")
    assert actors_at(text, "fighting", "Chad") == ("Kalu Front", "Military Forces of Chad")


def test_arrested_victims_are_civilians():
    text = "Police arrested three of the victims on Monday and accused them of helping the bandits."
    assert actors_at(text, "arrested", "Kenya") == ("Police Forces of Kenya", "Civilians (Kenya)")


def test_a_truck_carrying_soldiers_is_struck_as_the_soldiers():
    text = "Rebels ambushed a truck carrying soldiers near Sabo on Friday."
    assert actors_at(text, "ambushed", "Chad")[1] == "Military Forces of Chad"


@pytest.mark.parametrize("text, word", [
    ("the kalu front (kf) said", "kalu front (kf)"), ("(kf)x", "(kf)"), ("kf-led", "kf"), ("akf kf", "kf"),
    ("kfs", "kf"), ("_kf", "kf"), ("\u00e9kf", "kf"), ("", "kf"), ("kf", "kf"), ("u.n. staff", "u.n."),
])
def test_holds_word_finds_what_the_bounded_pattern_finds(text: str, word: str):
    assert _holds_word(text, word) == bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def test_forces_sent_after_an_attack_are_who_acts():
    text = "At night, troops flown into the valley after the ambush whipped four herders near Tsoelike, villagers said."
    assert actors_at(text, "whipped", "Lesotho") == ("Military Forces of Lesotho", "Civilians (Lesotho)")


def test_an_attack_that_kills_before_forces_are_sent_stays_unnamed():
    text = "After the attack killed ten people, troops were deployed to the town."
    assert actors_at(text, "killed", "Lesotho")[0] != "Military Forces of Lesotho"


def test_two_groups_that_fight_and_kill_people_are_the_fights_sides():
    text = ("BANGUI, Central African Republic (Reuters) – Kalu Front rebels and Daro militiamen fought for control of "
            "two hills near Sabo on Saturday, killing at least 14 people, residents said.")
    assert actors_at(text, "fought", "Central African Republic") == (
        "Kalu Front", "Militia (Central African Republic)")

