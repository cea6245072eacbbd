"""ACLED's rules after the model (`what.refine`) and the cues they read, on short invented
reports: force on a marching crowd that the model read as a clash, people seized by gunmen or at
gunpoint, an army's bombing, soldiers who arrested men and burned houses."""

from __future__ import annotations

from eventwire.extract import what


def refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


def test_police_firing_on_a_marching_crowd_is_force_against_protesters_not_a_clash():
    text = ("Three backers of the losing opposition candidate were shot dead in Banda on Friday when police "
            "opened fire on a crowd marching to the electoral commission.")
    assert refined("ARMED_CLASH", text) == "FORCE_AGAINST_PROTEST"
    assert refined("ATTACK", text) == "FORCE_AGAINST_PROTEST"  # "opposition" supporters are no armed group
    # Where the sentence tells two sides fighting, the clash stands.
    fought = "Police and armed opposition forces fought near a march in Banda on Friday, leaving three dead."
    assert refined("ARMED_CLASH", fought) == "ARMED_CLASH"


def test_people_seized_by_gunmen_or_at_gunpoint_are_abducted():
    assert refined("ATTACK", "Three teachers were seized by gunmen outside Lokam on Tuesday, the education office said.") \
        == "ABDUCT_DISSAP"
    assert refined("DISR_WEAP", "An engineer and his driver were seized at gunpoint near the quarry last week.") \
        == "ABDUCT_DISSAP"
    # Weapons seized are still weapons seized.
    assert refined("DISR_WEAP", "Troops seized 40 rifles and a mortar in a raid on a depot near Lokam.") == "DISR_WEAP"


def test_an_army_that_bombed_a_camp_made_an_air_strike():
    assert "AIR_STRIKE" in what.cue_classes("On Friday, the armed forces bombed a rebel camp near Selva Alta, killing six.")
    assert "AIR_STRIKE" in what.cue_classes("Air force jets pounded an island where the attackers had withdrawn.")


def test_soldiers_who_arrested_men_and_burned_houses_made_arrests():
    text = "Soldiers arrested 14 young men in the village and burned several houses, residents said."
    assert refined("PROPERTY_DISTRUCT", text) == "ARREST"
    assert refined("PROPERTY_DISTRUCT", "Gunmen burned several houses in the village overnight.") == "PROPERTY_DISTRUCT"


def test_a_crowd_that_set_fire_to_an_office_rioted():
    text = "In Velmo, traders who could not cross the border blocked the road on Monday and set fire to a customs office."
    assert refined("PROPERTY_DISTRUCT", text) == "VIOL_DEMONSTR"
    # A crowd named only as the victims of the arson did not riot.
    assert refined("PROPERTY_DISTRUCT", "Arsonists set fire to the homes of farmers in Velmo overnight.") == "PROPERTY_DISTRUCT"


def test_live_rounds_fired_into_the_air_at_a_march_that_hurt_no_one_are_intervention():
    text = ("In Tesso, hundreds of residents marched to the town hall on Monday, and soldiers fired live rounds "
            "into the air to scatter them, witnesses said.")
    assert refined("PEACE_PROTEST", text) == "PROTEST_WITH_INTER"
    hurt = text.replace("witnesses said", "and two marchers were wounded")
    assert refined("PEACE_PROTEST", hurt) == "FORCE_AGAINST_PROTEST"


def test_batons_and_rubber_bullets_are_intervention_and_stun_grenades_no_grenade_attack():
    cues = what.cue_classes("In Tesso, several hundred women marched to the district office on Monday, and police "
                            "pushed them back with batons at the gate.")
    assert "PROTEST_WITH_INTER" in cues
    cues = what.cue_classes("Students who marched on the ministry were scattered by police firing stun grenades.")
    assert "GRENADE" not in cues
    assert "GRENADE" in what.cue_classes("A man hurled a grenade into the crowded market.")


def test_residents_who_tell_of_an_arson_did_not_riot():
    text = "Residents said the same group burned the market and a clinic in Tesso."
    assert refined("PROPERTY_DISTRUCT", text) == "PROPERTY_DISTRUCT"


def test_looting_after_which_no_one_was_arrested_stays_looting():
    text = "No arrests have been made since about 20 shops were looted in Tesso on Monday night."
    assert refined("PROPERTY_DISTRUCT", text) == "PROPERTY_DISTRUCT"


def test_an_armed_group_s_attack_on_an_army_barracks_is_a_battle():
    from eventwire import taxonomy
    from eventwire.records import Actor

    text = "Armed youths of the Oria militia attacked an army barracks at Tesso on Saturday."
    militia, army = Actor("Oria Militia", taxonomy.IDENTITY_MILITIAS), Actor("Military Forces of Oria", taxonomy.STATE_FORCES)
    assert what.by_sides("ATTACK", militia, army, text) == "ARMED_CLASH"
    # A state's officials or a party are no armed side.
    officials = Actor("Government of Oria", taxonomy.STATE_FORCES)
    assert what.by_sides("ATTACK", militia, officials, text) == "ATTACK"
