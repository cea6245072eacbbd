"""Actor choice (s31): each of those a casualty clause names is a candidate victim ("killing himself
and nine porters"); rangers and a garrison are a state's forces, wildlife rangers civilians; a fight
an attack set off ("sparking hours of fighting") is fought by the attack's sides; ground taken is
taken from those who gave it up just before, or whom the taker fought for it, and ground retaken
from the armed group told before."""

from __future__ import annotations

from who_helpers import actors_at, resolved


def test_the_victims_past_a_bomber_killing_himself_are_the_target():
    text = ("A man detonated explosives strapped to his chest at a bus station in Zaria on Friday, killing himself "
            "and nine porters, a police spokesman said.")
    assert actors_at(text, "explosives", "Nigeria")[1] == "Civilians (Nigeria)"


def test_rangers_are_a_state_s_forces_unless_they_guard_a_park():
    text = "Militants hurled a grenade into a camp in Bannang Sata district on Friday, wounding three rangers."
    assert actors_at(text, "grenade", "Thailand")[1] == "Military Forces of Thailand"
    text = "A bomb exploded as a ranger patrol drove by in Raman on Friday, killing two rangers and a girl."
    assert actors_at(text, "bomb", "Thailand")[1] == "Military Forces of Thailand"
    text = "Poachers shot dead two rangers inside the game reserve on Friday, the wildlife service said."
    assert resolved(text, "rangers", "Kenya") == "Civilians (Kenya)"


def test_a_fight_an_attack_set_off_for_hours_is_fought_by_the_attack_s_sides():
    text = ("Al-Shabaab fighters stormed an army base near the town of Wajid on Friday, sparking hours of fighting, "
            "an officer said.")
    assert actors_at(text, "fighting", "Somalia") == ("Al Shabaab", "Military Forces of Somalia")


def test_ground_taken_after_its_holders_pulled_out_is_taken_from_them():
    text = "Kurdish fighters entered the village of Tal Rifaat unopposed on Friday after government soldiers pulled out."
    assert actors_at(text, "entered", "Syria")[1] == "Military Forces of Syria"
    text = "Jihadist fighters took control of the town of Banibangou on Friday after the garrison pulled out."
    assert actors_at(text, "took", "Niger")[1] == "Military Forces of Niger"


def test_ground_taken_after_a_withdrawal_found_at_the_withdrawal_is_the_taking():
    text = ("Malian troops took over a fort near Ansongo on Friday after fighters of the Azawad Liberation Front "
            "withdrew from it.")
    assert actors_at(text, "withdrew", "Mali") == ("Military Forces of Mali", "Azawad Liberation Front (FLA)")


def test_ground_seized_after_days_of_fighting_with_the_army_is_taken_from_it():
    text = ("Rebels of the Congo River Alliance seized the town of Walikale on Friday after three days of fighting "
            "with the Congolese army.")
    assert actors_at(text, "seized", "Democratic Republic of the Congo")[1] == \
        "Military Forces of Democratic Republic of the Congo"


def test_ground_retaken_is_retaken_from_the_armed_group_told_before():
    text = ("Al-Shabaab fighters overran the town of Moqokori on Monday, residents said. Somali troops launched a "
            "counterattack on Thursday and retook the town.")
    assert actors_at(text, "retook", "Somalia") == ("Military Forces of Somalia", "Al Shabaab")
