"""Actor choice (s34): a global group's name in a country where one of its branches acts is that
branch; the words reports of a country use for one armed group ("Maoists" in India, "separatists" in
Cameroon) name it unless the report names another group; an attack a side says it beat off is the
attackers' against that side; the force among people killed is the target; the dead of both sides of
a fight are its sides; a demonym on a place is no actor; ground a state retook was taken by its
military from those who held it; bare "militants" in a report of one armed group are that group; a
report's unnamed gunmen and the group it names for the same act are one side."""

from __future__ import annotations

from extraction_helpers import event_of, events_of, mentions_of
from who_helpers import actors_at, resolved


def test_the_global_group_in_a_country_of_one_of_its_branches_is_that_branch():
    text = ("Jihadists raided a market in northern Mozambique's Niassa province before dawn. A statement from the "
            "Islamic State group took credit for the raid.")
    assert resolved(text, "group", "Mozambique") == "Islamic State Mozambique Province (ISMP)"
    assert resolved(text, "group", "Iraq") == "Islamic State (ISIS)"


def test_a_branch_the_report_names_wins_over_the_country_s():
    text = ("The Islamic State Sahel Province claimed an ambush on a convoy near Tera in a post. "
            "The Islamic State group has grown stronger in the region.")
    assert resolved(text, "group", "Nigeria") == "Islamic State Sahel Province"


def test_maoists_in_india_are_the_maoist_party():
    text = "On Friday, paramilitary police killed four Maoists in a gunfight in the hills of Malkangiri district."
    assert actors_at(text, "killed", "India") == ("Police Forces of India", "Communist Party of India (Maoist)")
    assert resolved("Maoist guerrillas torched two lorries near the mine.", "guerrillas", "India") \
        == "Communist Party of India (Maoist)"


def test_maoists_elsewhere_are_no_party_of_india():
    assert resolved("Maoist guerrillas torched two lorries near the mine.", "guerrillas", "Peru") \
        != "Communist Party of India (Maoist)"


def test_separatists_in_cameroon_are_the_ambazonian_separatists():
    text = "Suspected separatist gunmen shot dead a nurse outside a clinic near Kumbo on Tuesday, the army said."
    assert actors_at(text, "shot", "Cameroon")[0] == "Ambazonian Separatists"


def test_a_group_the_report_names_is_whom_its_separatists_are():
    text = ("Separatist fighters ambushed a gendarmerie patrol near Kumbo on Tuesday. The Bui Warriors Front (BWF) "
            "claimed the attack in a video.")
    assert actors_at(text, "ambushed", "Cameroon")[0] == "Bui Warriors Front"


def test_the_attackers_of_an_attack_a_side_beat_off_are_actor1():
    [mention] = mentions_of("Chad's army said its soldiers had repelled a Boko Haram attack on Kadima on Sunday, killing "
                            "twenty of the attackers.")
    assert (mention.actor1.name, mention.actor2.name) == ("Boko Haram", "Military Forces of Chad")
    text = "Bandits raided a police post in Tsafe overnight, and policemen fought them off for an hour, police said."
    assert actors_at(text, "fought", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria")


def test_the_force_among_the_dead_is_the_target():
    text = "A car bomb has killed eleven people, including five soldiers, at a market in the town of Tarmil."
    assert actors_at(text, "killed", "Somalia")[1] == "Military Forces of Somalia"


def test_the_dead_of_both_sides_of_a_fight_are_its_sides():
    text = "Three soldiers and six NPA guerrillas were killed in a gunfight near the town of Lianga, the army said."
    assert actors_at(text, "killed", "Philippines") == ("New People's Army (NPA)", "Military Forces of Philippines")


def test_a_demonym_on_a_place_is_no_actor():
    text = "Two soldiers were hurt in a clash on the northern Ugandan border with rebels."
    assert "Ugandan" not in actors_at(text, "clash", "Uganda")


def test_ground_a_state_retook_was_taken_by_its_army_from_those_who_held_it():
    text = "Lysychansk, which Russian troops seized in the summer of 2022, was recaptured by Ukraine in May 2025."
    assert actors_at(text, "recaptured", "Ukraine") == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_bare_militants_in_a_report_of_one_armed_group_are_that_group():
    text = ("Al-Shabaab said its fighters had stormed a military base near Bardera on Friday. In 2019, militants "
            "seized the nearby town of Kurtun.")
    assert actors_at(text, "seized", "Somalia")[0] == "Al Shabaab"


def test_the_unnamed_gunmen_and_the_group_named_for_one_attack_are_one_side():
    events = events_of("Suspected separatist fighters have shot dead a headmaster in Cameroon's North-West region, "
                       "officials say. Gunmen burst into his school in the town of Kumbo on Monday and shot him in "
                       "front of his pupils, a teacher said.")
    event = event_of(events, "Suspected separatist")
    assert len(event.mentions) == 2 and event.actor1.name == "Ambazonian Separatists"


def test_an_invasion_a_head_of_state_launched_is_his_state_s_forces_against_the_invaded_one_s():
    text = ("Exiled activists accuse President Vladimir Putin of war crimes and condemn the invasion of Ukraine that he "
            "launched three years ago.")
    assert actors_at(text, "invasion", "Russia") == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_gang_members_of_a_sentence_set_in_another_time_are_no_gang_s_the_report_named():
    text = ("Residents of Mirebalais said the attackers belonged to the Kraze Baryè gang. In January, gang members "
            "killed nine farmers near the river.")
    assert actors_at(text, "killed", "Haiti")[0] != "Kraze Baryè"
    text = ("Residents of Mirebalais said the attackers belonged to the Kraze Baryè gang. Police said gang members "
            "killed nine farmers near the river on Friday.")
    assert actors_at(text, "killed", "Haiti")[0] == "Kraze Baryè"


def test_a_fight_that_pitted_two_sides_has_them_as_its_sides():
    text = "The battle pitted the Haraka Brigade (HB) against a rival militia that guards the port of Zuwara."
    assert actors_at(text, "battle", "Libya") == ("Haraka Brigade", "Militia (Libya)")


def test_the_dead_of_fighting_between_rival_groups_are_the_toll_of_their_fight():
    text = "Clashes between rival armed groups near the port of Zuwara have killed five people, medics say."
    assert actors_at(text, "killed", "Libya") == ("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")


def test_a_part_of_a_country_attacked_is_where_not_whom():
    text = "Militants of the Harakat group stormed southern Chad in 2020, killing 40 villagers."
    assert actors_at(text, "stormed", "Chad")[1] == "Civilians (Chad)"


def test_the_group_that_killed_is_the_armed_group_named_last():
    text = ("Al-Shabaab fighters ambushed a convoy near Jowhar on Friday, the police said. In 2022, the group "
            "killed 30 soldiers at a base in the same district.")
    assert actors_at(text, "killed", "Somalia")[0] == "Al Shabaab"


def test_a_crowd_a_force_dispersed_is_actor1_where_the_sentence_names_only_the_force():
    events = events_of("Riot police fired tear gas on Tuesday to break up a march by hundreds of nurses in the "
                       "Chilean city of Valparaíso, witnesses said.")
    event = event_of(events, "Riot police fired")
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1.name, event.actor2.name) == ("Protesters (Chile)", "Police Forces of Chile")
