"""Actor choice (s27): one helper tells a state's forces by name; a capitalised "Group" inside a
name counts no one (no endless resolving); crowds: part of a crowd ("some")
is the crowd, civilians who attack people riot, blockades found at what they were made with,
strikers, firing into a crowd, a crowd marching, chanting, forces acting after a purpose clause or
a joined clause; a town is no target; a party's local leader is a civilian; an unnamed attack
with its toll is an unidentified armed group's; a strike or a "when" passive names its doer."""

from __future__ import annotations

from who_helpers import actors_at, resolved

from eventwire import taxonomy as tx
from eventwire.extract.who import is_state_forces
from eventwire.records import Actor


def test_a_state_s_military_and_police_are_its_forces():
    assert is_state_forces(Actor("Military Forces of Chad", tx.STATE_FORCES))
    assert is_state_forces(Actor("Police Forces of Chad", tx.STATE_FORCES))
    assert not is_state_forces(Actor("Police Forces of Chad", tx.STATE_FORCES), kinds=("Military",))
    assert not is_state_forces(Actor("Government of Chad", tx.STATE_FORCES))
    assert not is_state_forces(None)


def test_a_group_s_name_with_group_of_a_country_resolves_without_recursion():
    text = ("Overnight, five members of the Hunters Group of Nigeria were gunned down at their checkpoint near Mopeli by "
            "attackers, the group's state commander said.")
    assert actors_at(text, "gunned", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Hunters Group of Nigeria")


def test_part_of_a_crowd_that_burns_is_the_crowd_as_rioters():
    text = "Hundreds of people protested in Moro on Monday against water cuts, and some set fire to tyres and stormed a bank."
    assert actors_at(text, "set", "Kenya") == ("Rioters (Kenya)", None)


def test_villagers_who_attack_with_stones_are_rioters():
    text = "Villagers attacked a police team with stones and sticks in Moro on Monday."
    assert actors_at(text, "attacked", "Kenya") == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_the_armed_side_a_crowd_attacked_is_actor2_of_the_shooting_that_followed():
    text = ("In Moro district, farmers angered by the seizure of their cattle attacked a Taliban tax team with stones on "
            "Monday, and three farmers were shot dead when the guards opened fire.")
    assert actors_at(text, "shot", "Afghanistan") == ("Rioters (Afghanistan)", "Taliban")


def test_a_blockade_with_burning_tyres_found_at_the_tyres():
    text = ("Cane farmers blocked the highway near Moro with rocks and burning tyres on Monday, demanding better prices, "
            "and police cleared the road with tear gas.")
    assert actors_at(text, "tyres", "Kenya") == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_strikers_removed_by_police_are_protesters():
    text = "On Monday, hunger strikers were removed from their sit-in outside the county office in Moro by police."
    assert actors_at(text, "removed", "Kenya") == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_forces_firing_into_a_crowd_that_demands_something_face_protesters():
    text = "Security forces fired into a crowd of several hundred people gathered in Moro on Monday demanding the release of an elder."
    assert actors_at(text, "fired", "Kenya") == ("Protesters (Kenya)", "Military Forces of Kenya")


def test_a_crowd_marching_parsed_as_a_noun_is_a_protest():
    text = "Police fired on a crowd marching on the county office in Moro on Monday, killing two people."
    assert actors_at(text, "fired", "Kenya") == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_people_walking_and_chanting_protest():
    text = "Several hundred widows walked through Moro on Monday behind the coffins of their husbands, chanting against the killings."
    assert actors_at(text, "walked", "Kenya") == ("Protesters (Kenya)", None)


def test_forces_scattering_a_crowd_after_its_purpose_clause():
    text = "Hundreds of students blocked the main road in Moro and stoned a bus to demand lower fees until officers fired tear gas."
    assert actors_at(text, "blocked", "Kenya") == ("Rioters (Kenya)", "Police Forces of Kenya")


def test_the_crowd_of_a_joined_blockade_is_whom_police_scattered():
    text = "On Monday, hundreds of mourners carried the coffins to the market and blocked the road to Tala until police scattered them with tear gas."
    assert actors_at(text, "scattered", "Kenya") == ("Protesters (Kenya)", "Police Forces of Kenya")


def test_a_town_where_a_road_is_blocked_is_no_target():
    text = ("On Monday, displaced herders blocked the road at Malo, in Tala district, to demand food aid, and a boy was "
            "trampled to death when soldiers scattered them by firing into the air.")
    assert actors_at(text, "blocked", "Kenya") == ("Protesters (Kenya)", "Military Forces of Kenya")


def test_a_local_leader_of_a_party_is_a_civilian():
    assert resolved("A local leader of the Umoja party was snatched by masked men.", "leader", "Pakistan") \
        == "Civilians (Pakistan)"
    assert resolved("The commander of the rebel group said.", "commander", "Kenya") is None


def test_an_unnamed_attack_told_with_its_toll_is_an_unidentified_armed_group_s():
    text = "In May, an attack on a fishing boat near Tala killed nine traders, according to the authorities."
    assert actors_at(text, "attack", "Chad") == ("Unidentified Armed Group (Chad)", "Civilians (Chad)")
    text = "In May, a grenade thrown into a bar in Tala killed four people, the police said."
    assert actors_at(text, "grenade", "Chad") == ("Unidentified Armed Group (Chad)", "Civilians (Chad)")
    assert actors_at("A rebel attack on a village killed eleven people.", "attack", "Chad")[0] is None


def test_a_strike_as_a_passive_s_doer_names_who_struck():
    text = "On Monday, two men riding a motorcycle near Tala were killed by an Israeli drone strike, state media reported."
    assert actors_at(text, "strike", "Syria") == ("Military Forces of Israel", "Civilians (Syria)")


def test_a_passive_when_clause_with_its_doer_tells_who_killed():
    text = "Two rebel commanders were killed overnight when their vehicle was hit by a US drone near Tala, officials said."
    assert actors_at(text, "killed", "Somalia") == ("Military Forces of United States", "Rebels (Somalia)")
