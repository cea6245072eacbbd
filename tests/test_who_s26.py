"""Actor choice (s26): passive participles coordinated after another share its sufferers and its
late agent; a participle that qualifies its sufferer ("a driver abducted near X") names them; people
taken away ("taken from their camp", "snatched by masked men", "seized at gunpoint") are abducted;
a demonym naming victims is its country's civilians; civilians called armed are an armed group; the
report's "unknown assailants" are no group it names; two groups coordinated after "gunmen of" are
the two sides; a reduced relative's subject is the phrase's head noun."""

from __future__ import annotations

from who_helpers import actors_at


def test_a_second_passive_verb_shares_the_victims_and_the_late_agent():
    text = ("At least nine people were hacked and shot to death at a market in the village of Kadoro late on "
            "Tuesday by suspected rebels who crossed from the hills, police said.")
    assert actors_at(text, "shot", "Uganda") == ("Rebels (Uganda)", "Civilians (Uganda)")
    assert actors_at(text, "hacked", "Uganda") == ("Rebels (Uganda)", "Civilians (Uganda)")


def test_people_kidnapped_and_killed_are_killed_by_their_abductors():
    text = "Five farmers were kidnapped and killed near Tala on Monday."
    assert actors_at(text, "killed", "Peru") == ("Unidentified Armed Group (Peru)", "Civilians (Peru)")


def test_a_second_passive_verb_takes_the_when_clause():
    text = "Eleven villagers were burned or shot to death on Wednesday when gunmen set fire to the village of Moro."
    assert actors_at(text, "shot", "Mali") == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_a_participle_names_the_abducted_noun_it_qualifies():
    text = "A Kenyan bus driver abducted near the village of Tala last week was freed on Wednesday after a ransom."
    assert actors_at(text, "abducted", "Somalia") == ("Unidentified Armed Group (Somalia)", "Civilians (Kenya)")


def test_a_participle_names_the_detained_noun_it_qualifies():
    text = "Lawyers said three farmers detained by soldiers in a village near Tala on the 9th had not been charged."
    assert actors_at(text, "detained", "Philippines") == ("Military Forces of Philippines", "Civilians (Philippines)")


def test_the_bodies_of_people_kidnapped_are_the_abducted_people():
    text = "The bodies of six miners kidnapped from a copper mine near Tala were found in a ditch on Monday, police said."
    assert actors_at(text, "kidnapped", "Peru") == ("Unidentified Armed Group (Peru)", "Civilians (Peru)")


def test_people_taken_from_their_camp_are_abducted():
    text = "Two quarry workers were taken from their camp near Tala last week, and police believe they crossed the border."
    assert actors_at(text, "taken", "Kenya") == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_people_carried_off_are_abducted():
    text = "Dozens of women and children were carried off during the raid, according to residents."
    assert actors_at(text, "carried", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_people_seized_at_gunpoint_are_abducted():
    text = "Two aid workers with a local charity were seized at gunpoint on the road between Moro and Tala on the 15th."
    assert actors_at(text, "seized", "Chad") == ("Unidentified Armed Group (Chad)", "Civilians (Chad)")


def test_a_person_snatched_by_masked_men_is_abducted_by_an_armed_group():
    text = "A pharmacist was snatched from his shop in Tala by masked men in a pick-up truck last week."
    assert actors_at(text, "snatched", "Syria") == ("Unidentified Armed Group (Syria)", "Civilians (Syria)")


def test_people_taken_from_their_homes_are_not_the_speaker():
    text = "A community leader said two teenagers had been taken from their homes by hooded men on the 14th."
    assert actors_at(text, "taken", "Brazil") == ("Unidentified Armed Group (Brazil)", "Civilians (Brazil)")


def test_soldiers_taking_a_headman_away_take_a_civilian():
    text = "Soldiers took away a village headman and his son from Tala, and they have not been seen since."
    assert actors_at(text, "took", "Myanmar") == ("Military Forces of Myanmar", "Civilians (Myanmar)")


def test_people_taken_to_hospital_are_no_abduction():
    assert actors_at("The wounded were taken to hospital in Tala.", "taken", "Kenya") == (None, None)


def test_men_who_gun_down_farmers_are_an_armed_group():
    text = "Three farmers were gunned down in their fields near Tala on Monday evening by men wearing military fatigues."
    assert actors_at(text, "gunned", "Syria") == ("Unidentified Armed Group (Syria)", "Civilians (Syria)")


def test_armed_herders_are_an_armed_group():
    text = "Armed herders on horseback attacked the farming village of Moro on Monday, leaving nine villagers dead."
    assert actors_at(text, "attacked", "Chad")[0] == "Unidentified Armed Group (Chad)"


def test_the_subject_of_a_reduced_relative_is_the_phrase_head():
    text = "Bandits on scores of motorcycles killed at least nine people in Tala on Sunday."
    assert actors_at(text, "killed", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_unknown_assailants_are_not_the_group_that_claims_another_attack():
    text = ("The Lokoro Liberation Front (LLF) said on Sunday that its fighters had killed three soldiers in an ambush "
            "near Dembo. Unknown assailants abducted a trader from his home in Dembo on Wednesday night.")
    assert actors_at(text, "abducted", "Uganda")[0] == "Unidentified Armed Group (Uganda)"


def test_fighters_of_two_named_groups_are_the_two_sides():
    text = "Fighters of Los Lobos and the Jalisco New Generation Cartel (CJNG) battled for hours on Monday near Vesta."
    assert actors_at(text, "battled", "Mexico") == ("Los Lobos", "Jalisco New Generation Cartel (CJNG)")


def test_police_dispersing_the_crowd_after_its_arson_face_the_rioters():
    text = ("The next day, hundreds of villagers marched through Tala carrying coffins, and some set fire to the house of "
            "a local chief before police dispersed the crowd with tear gas, residents said.")
    assert actors_at(text, "marched", "Chad") == ("Rioters (Chad)", "Police Forces of Chad")


def test_soldiers_restoring_order_after_a_riot_are_its_actor2():
    text = ("Youths angry over the killings burned a police van and looted a warehouse in Tala on Wednesday before "
            "soldiers restored order, witnesses said.")
    assert actors_at(text, "burned", "Nigeria") == ("Rioters (Nigeria)", "Military Forces of Nigeria")


def test_soldiers_scattering_the_crowd_are_its_actor2_not_the_burned_posts_owner():
    text = ("On Monday, youths enraged by the killings set a police outpost in Tala ablaze and blocked the road to Dembo "
            "with burning logs until soldiers scattered them by firing into the air.")
    assert actors_at(text, "set", "Nigeria") == ("Rioters (Nigeria)", "Military Forces of Nigeria")


def test_riot_police_removing_a_blockade_face_the_protesters():
    text = ("In Tala, striking teachers blocked the main boulevard on Thursday to demand higher pay, and riot police "
            "removed them with shields and batons, the union said.")
    assert actors_at(text, "blocked", "Mexico") == ("Protesters (Mexico)", "Police Forces of Mexico")


def test_police_acting_after_a_crowds_arson_face_the_rioters():
    text = "Police fired tear gas and arrested six riders in Tala last week after a crowd set fire to a tax office."
    assert actors_at(text, "set", "Uganda") == ("Rioters (Uganda)", "Police Forces of Uganda")


def test_a_passive_by_the_parser_took_for_a_preposition_names_the_agent():
    text = ("At least nine people were hacked and shot to death at a market in the village of Kadoro, in western "
            "Uganda's Kasese district, late on Tuesday by suspected Lokoro Liberation Front (LLF) rebels who crossed "
            "from Congo, police said.")
    assert actors_at(text, "shot", "Uganda") == ("Lokoro Liberation Front", "Civilians (Uganda)")


def test_the_subject_of_a_reduced_relative_opening_a_coordination_is_the_phrase_head():
    text = "Bandits on scores of motorcycles killed at least nine people and carried off more than 20 others in Tala."
    assert actors_at(text, "killed", "Nigeria") == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_bare_militiamen_are_an_unidentified_armed_group():
    text = "In August 2022, militiamen killed seven worshippers at a church near Tala."
    assert actors_at(text, "killed", "South Sudan") == ("Unidentified Armed Group (South Sudan)",
                                                        "Civilians (South Sudan)")


def test_a_groups_spokesman_speaks_for_the_group_not_the_military():
    text = ("Fighters of the Lokoro Liberation Front (LLF) attacked Tala. The opposition group's military spokesman, "
            "Colonel Ben Ado, said its fighters had raided army positions outside the town.")
    assert actors_at(text, "raided", "Uganda")[0] == "Lokoro Liberation Front"


def test_members_of_the_organisation_are_the_one_group_named_before():
    text = ("Gunmen of the Gulf Clan ambushed a patrol on Monday. Soldiers backed by a helicopter killed three members "
            "of the organisation in a firefight near Tala on Wednesday.")
    assert actors_at(text, "killed", "Colombia") == ("Military Forces of Colombia", "Gulf Clan")


def test_a_gathering_of_named_fighters_is_their_group():
    text = ("The Rapid Support Forces (RSF) have held the area since January. An army drone struck a gathering of RSF "
            "fighters near the town of Tala on Monday, killing nine of them.")
    assert actors_at(text, "struck", "Sudan") == ("Military Forces of Sudan", "Rapid Support Forces (RSF)")


def test_the_paramilitaries_are_the_one_group_named_before():
    text = ("The Rapid Support Forces (RSF) have held the area since January. In 2024, the paramilitaries shelled the "
            "town of Tala, killing nine civilians.")
    assert actors_at(text, "shelled", "Sudan") == ("Rapid Support Forces (RSF)", "Civilians (Sudan)")


def test_a_border_guard_is_the_states_military():
    text = "Late last month, a border guard was killed and two were wounded when gunmen fired on their post near Tala."
    assert actors_at(text, "killed", "Tajikistan") == ("Unidentified Armed Group (Tajikistan)",
                                                       "Military Forces of Tajikistan")


def test_shot_dead_with_dead_on_the_count_names_the_victims():
    text = "In 2024, gunmen shot dead two polio vaccinators and the constable guarding them near Tala."
    assert actors_at(text, "shot", "Pakistan") == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")


def test_a_dateline_the_parser_took_for_the_victims_is_no_target():
    text = ("KORO, Cameroon – Six supporters of a jailed opposition leader were shot dead on Friday when police fired "
            "on a crowd marching to the prefect's office in Koro, a rights lawyer said.")
    assert actors_at(text, "shot", "Cameroon")[1] != "KORO"


def test_unnamed_attackers_are_not_the_self_defence_militia_the_report_names():
    text = ("Fighters of the Kadoro Self-Defence Militia (KSDM) clashed with bandits near Tala on Monday. On Tuesday, "
            "suspected militants killed four farmers near Dembo.")
    assert actors_at(text, "killed", "Nigeria")[0] == "Unidentified Armed Group (Nigeria)"


def test_the_attackers_are_not_the_vigilantes_the_report_names():
    text = ("The Kadoro Vigilante Corps (KVC) said its men had repelled bandits near Tala on Monday. On Tuesday, the "
            "attackers killed four farmers near Dembo.")
    assert actors_at(text, "killed", "Nigeria")[0] == "Unidentified Armed Group (Nigeria)"
