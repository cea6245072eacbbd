"""Actor choice (s25): a global group's name stands for the one regional affiliate of it the report
names; a known name opened by a lower-case Arabic article ("al Qaeda in the ...") is read whole; counted militants
killed in a report of one armed group are that group; police who detain, beat or drive back a crowd in a
clause joined after its protest are its actor2; an act found at what it was done with ("with burning tyres")
is the act's; an air strike no one is named for is the military's of the country it struck in; the
name whose site is fought over or struck ("X's airport") is no actor, a demonym's village is civilians; an
abduction found at "hostage" is the taking's; an army unit's commander is the army's."""

from __future__ import annotations

from who_helpers import actors_at, resolved


def test_a_global_group_is_the_affiliate_the_report_names():
    text = ("Nine farmers were killed when insurgents loyal to Islamic State raided the village of Kandolo on "
            "Monday. Islamic State Mozambique Province said its men had burned a chapel.")
    assert actors_at(text, "raided", "Mozambique")[0] == "Islamic State Mozambique Province (ISMP)"


def test_a_global_group_stays_itself_without_an_affiliate():
    # (where one of its branches acts, the global group is that branch: see test_who_s34)
    text = "Nine farmers were killed when insurgents loyal to Islamic State raided the village of Kandolo on Monday."
    assert actors_at(text, "raided", "Iraq")[0] == "Islamic State (ISIS)"


def test_a_name_opened_by_a_lower_case_al_is_read_whole():
    text = ("Fighters from al Qaeda in the Arabian Peninsula stormed a checkpoint near Bir Harun on Sunday, killing "
            "four soldiers.")
    assert actors_at(text, "stormed", "Yemen")[0] == "Al Qaeda in the Arabian Peninsula (AQAP)"


def test_counted_militants_killed_are_the_one_group_the_report_names():
    text = ("Fighters of the Lokoro Liberation Front (LLF) ambushed an army convoy near Dembo on Monday, killing five "
            "soldiers. On Tuesday, troops raided a camp near Gashi and killed six militants, the army said.")
    assert actors_at(text, "killed", "Uganda")[1] == "Lokoro Liberation Front"


def test_counted_militants_in_a_report_of_no_group_stay_unidentified():
    text = "On Tuesday, troops raided a camp near Gashi and killed six militants, the army said."
    assert actors_at(text, "killed", "Uganda")[1] == "Unidentified Armed Group (Uganda)"


def test_police_detaining_a_gathered_crowd_face_the_protesters():
    text = ("On Friday, dozens of residents of Kelvo gathered outside the governor's office to demand compensation, "
            "and police detained several of them, local media said.")
    assert actors_at(text, "detained", "Ukraine") == ("Protesters (Ukraine)", "Police Forces of Ukraine")


def test_police_beating_marchers_face_the_protesters():
    text = "In Kambia, hundreds of traders marched to the market hall on Monday, and police beat several of them."
    assert actors_at(text, "marched", "Ghana") == ("Protesters (Ghana)", "Police Forces of Ghana")


def test_police_driving_back_a_crowd_burning_tyres_face_the_rioters():
    text = ("On Tuesday, residents of a suburb of Ruma burned tyres on the main road to protest a shooting, and police "
            "drove them back with tear gas.")
    assert actors_at(text, "burned", "Peru") == ("Rioters (Peru)", "Police Forces of Peru")


def test_a_crowd_barricading_a_road_with_burning_tyres_riots_against_the_police():
    text = ("Residents of Tembe barricaded the town's main road with burning tyres on Friday, demanding water, and "
            "police fired tear gas to clear them.")
    assert actors_at(text, "tyres", "Zambia") == ("Rioters (Zambia)", "Police Forces of Zambia")


def test_an_unowned_drone_strike_is_the_military_of_the_country_it_struck():
    text = "Later that day, a drone struck a bus on the road between Kolo and Mesha, killing nine passengers."
    assert actors_at(text, "struck", "Ethiopia") == ("Military Forces of Ethiopia", "Civilians (Ethiopia)")


def test_a_drone_a_group_owns_stays_the_group():
    text = ("Fighters of the Lokoro Liberation Front (LLF) said an LLF drone struck an army post near Dembo on "
            "Monday, killing two soldiers.")
    assert actors_at(text, "struck", "Uganda")[0] == "Lokoro Liberation Front"


def test_an_unowned_drone_strike_blamed_on_a_neighbour_is_the_neighbour_s():
    text = ("Late last month, a drone strike hit a farm near Sarobi, killing four members of one family, officials "
            "said, blaming Pakistan's military.")
    assert actors_at(text, "hit", "Afghanistan")[0] == "Military Forces of Pakistan"


def test_a_town_s_airport_fought_over_names_no_actor():
    text = "Heavy fighting for Kalaw's airport resumed on Tuesday, residents said."
    assert actors_at(text, "fighting", "Myanmar") == (None, None)


def test_a_village_a_demonym_qualifies_is_that_country_s_civilians():
    text = "Army gunners shelled a Tajik border village near Ravat on Monday."
    assert actors_at(text, "shelled", "Kyrgyzstan")[1] == "Civilians (Tajikistan)"


def test_an_abduction_found_at_hostage_is_the_taking():
    text = "On Sunday, a nurse and two teachers were taken hostage by armed men outside the town of Bemba."
    assert actors_at(text, "hostage", "Chad") == ("Unidentified Armed Group (Chad)", "Civilians (Chad)")


def test_a_battalion_s_commander_is_the_army_not_a_civilian():
    assert resolved("Four soldiers died, according to the battalion's commander, Major Tomas Reyes.", "commander",
                    "Philippines") == "Military Forces of Philippines"
