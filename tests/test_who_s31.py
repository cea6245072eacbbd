"""Actor choice (s31): each of those a casualty clause names is a candidate victim ("killing himself
and nine porters"); rangers and a garrison are a state's forces, wildlife rangers civilians; a fight
an attack set off ("sparking hours of fighting") is fought by the attack's sides; ground taken is
taken from those who gave it up just before, or whom the taker fought for it, and ground retaken
from the armed group told before."""

from __future__ import annotations

from extraction_helpers import events_of
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


def test_a_group_that_says_its_fighters_carried_out_the_shooting_is_the_gunmen():
    text = ("On Sunday, gunmen fired on a police car near Jenin, wounding two officers, the police said. The Al-Aqsa "
            "Martyrs' Brigades said in a Telegram post that its fighters had carried out the shooting.")
    assert actors_at(text, "fired", "Palestinian Territory")[0] == "Al Aqsa Martyrs Brigade"


def test_an_arrest_no_one_is_named_for_is_the_police_s():
    text = "Two activists were arrested at their homes in Kutaisi on Tuesday, their lawyer said."
    assert actors_at(text, "arrested", "Georgia") == ("Police Forces of Georgia", "Civilians (Georgia)")
    text = "Three bloggers were taken from their flats at dawn on Tuesday and charged with hooliganism."
    assert actors_at(text, "taken", "Georgia") == ("Police Forces of Georgia", "Civilians (Georgia)")


def test_people_picked_up_or_taken_from_their_homes_are_the_target():
    text = "Police picked up 20 young men in raids across the town on Thursday, an officer said."
    assert actors_at(text, "picked", "India") == ("Police Forces of India", "Civilians (India)")
    text = "Soldiers took a teacher from his home near Ndop on Sunday, his wife said."
    assert actors_at(text, "took", "Cameroon") == ("Military Forces of Cameroon", "Civilians (Cameroon)")


def test_their_abductors_refer_back_to_the_seizing_of_those_taken():
    text = ("Three nurses with a local clinic were seized at gunpoint on the road to Ndop on the 12th, and their "
            "abductors have asked for a ransom, a colleague said.")
    assert actors_at(text, "abductors", "Cameroon") == ("Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)")


def test_the_dateline_the_parser_hangs_on_the_doers_is_no_part_of_their_name():
    text = ("LARKANA, Pakistan – Bandits holed up in the riverine forest stopped a bus on the highway near Ratodero on "
            "Monday and abducted five passengers, police said.")
    assert actors_at(text, "abducted", "Pakistan") == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")


def test_militiamen_no_name_qualifies_are_an_unidentified_armed_group_where_they_open_the_report():
    text = "BUNIA, Congo – Militiamen armed with spears attacked a village near Djugu on Monday, killing seven people."
    assert actors_at(text, "attacked", "Democratic Republic of the Congo")[0] == \
        "Unidentified Armed Group (Democratic Republic of the Congo)"


def test_what_a_police_body_named_security_qualifies_is_the_state_s_police():
    text = ("A roadside bomb hit a minibus carrying members of the interior ministry's General Security service near "
            "Deraa on Monday, killing two of them.")
    assert actors_at(text, "bomb", "Syria")[1] == "Police Forces of Syria"


def test_them_taken_away_are_the_people_told_before_in_the_sentence():
    text = ("Nothing has been heard of a village teacher and her daughter since soldiers took them from a market near "
            "Lashio on the 4th, relatives said.")
    assert actors_at(text, "took", "Myanmar") == ("Military Forces of Myanmar", "Civilians (Myanmar)")
    text = "Police tracked the attackers to a house in Kano and killed them on Friday."
    assert actors_at(text, "killed", "Nigeria")[1] == "Unidentified Armed Group (Nigeria)"


def test_a_place_s_own_pharmacy_or_clinic_looted_or_stripped_is_its_civilians_property():
    text = "Residents who fled said the gunmen had looted the village's pharmacy before they left."
    assert actors_at(text, "looted", "Chad")[1] == "Civilians (Chad)"
    text = "Fighters stripped the town's clinic of its drugs and carried off its generator, a nurse said."
    assert actors_at(text, "stripped", "Sudan")[1] == "Civilians (Sudan)"


def test_missiles_downed_found_at_the_missiles_are_the_downing_by_the_air_defences():
    text = "Air defence units downed three Russian cruise missiles over Lviv late on Tuesday, the governor said."
    assert actors_at(text, "missiles", "Ukraine") == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_a_vehicle_rammed_into_a_site_s_gate_strikes_the_site_not_the_vehicle():
    text = ("At least nine people were killed on Friday when a suicide bomber rammed a lorry packed with explosives "
            "into the gate of a police station in Afmadow.")
    assert actors_at(text, "bomber", "Somalia")[1] == "Police Forces of Somalia"


def test_them_fired_on_in_an_exchange_are_those_chased_before():
    text = ("Police reservists chased the cattle raiders into the hills near Kapedo and exchanged fire with them for "
            "three hours, a police commander said.")
    assert actors_at(text, "exchanged", "Kenya") == ("Police Forces of Kenya", "Unidentified Armed Group (Kenya)")


def test_two_tribes_or_rival_gangs_that_fight_are_each_an_unidentified_armed_group():
    text = "In the Madina district, two tribes fought with rifles on Sunday over a disputed orchard, leaving four dead."
    assert actors_at(text, "fought", "Iraq") == ("Unidentified Armed Group (Iraq)", "Unidentified Armed Group (Iraq)")


def test_an_unclaimed_raid_or_an_ambush_that_cost_lives_is_an_unidentified_armed_group_s():
    assert actors_at("Last year, a raid on a border village left 12 dead, officials said.", "raid", "Somalia")[0] == \
        "Unidentified Armed Group (Somalia)"
    assert actors_at("Two years ago, an ambush near Ayorou cost the lives of 14 soldiers.", "ambush", "Niger") == \
        ("Unidentified Armed Group (Niger)", "Military Forces of Niger")


def test_them_scattered_with_tear_gas_are_left_to_the_crowd_rules():
    text = ("In the capital, several hundred vendors protested on Thursday against new market fees, and gendarmes "
            "fired tear gas to scatter them.")
    assert actors_at(text, "gas", "Benin") == ("Protesters (Benin)", "Police Forces of Benin")


def test_a_crowd_met_by_force_is_actor1_as_protesters_once_the_event_is_a_protest():
    """ACLED codes protesters as actor1 of every protest sub-event type, the force as actor2; the
    syntax gives the police as the shooter and the crowd as civilians, and a crowd of "people"
    banging pots as civilians."""
    [shot] = events_of("A marcher was shot dead on Monday when riot police opened fire on a crowd that had blocked "
                       "the road to a refinery west of Mosul over unpaid wages, an activist said.")
    assert shot.sub_event_type == "Excessive force against protesters"
    assert (shot.actor1.name, shot.actor2.name) == ("Protesters (Iraq)", "Police Forces of Iraq")
    [pots] = events_of("Hundreds of people banged pots and blocked streets in Camaguey, Cuba, on Tuesday night after a "
                       "long blackout, residents said.")
    assert pots.sub_event_type == "Peaceful protest" and pots.actor1.name == "Protesters (Cuba)"
