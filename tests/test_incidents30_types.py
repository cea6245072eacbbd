"""Types that a sentence's words alone get wrong: what a crowd demands is not how its protest
went ("to demand the release of detained activists", "to demand protection from extortion
gangs"); a toll of a protest counts its victims; property burned in an attack or after a protest
is part of that attack, or a riot."""

from __future__ import annotations

from extraction_helpers import mention_of, mentions_of

from eventwire.extract.what import cue_lexicon, own_cues


def test_an_arrest_a_crowd_demands_to_end_is_no_intervention_in_its_protest():
    mentions = mentions_of("In the northern town of Dapaong, about 200 students marched peacefully on Friday to demand "
                           "the release of detained activists.")
    mention = mention_of(mentions, "In the northern")
    assert mention.sub_event_type == "Peaceful protest"
    assert mention.actor1 is not None and mention.actor1.name.startswith("Protesters")


def test_workers_who_block_a_road_to_demand_protection_from_gangs_protest():
    mentions = mentions_of("On Monday, hundreds of taxi drivers blocked the main highway near Arequipa to demand "
                           "protection from extortion gangs.")
    assert mention_of(mentions, "On Monday").sub_event_type == "Peaceful protest"


def test_a_ransom_demanded_is_no_protest():
    text = "Gunmen kidnapped three farmers near Kaduna on Monday, demanding a ransom of five million naira."
    assert own_cues(text, cue_lexicon().matches(text)) == cue_lexicon().matches(text)
    assert mention_of(mentions_of(text), "Gunmen").sub_event_type == "Abduction/forced disappearance"


def test_a_demand_clause_ends_at_the_next_clause():
    text = ("Thousands of students marched in Kathmandu to demand the release of detained activists, and police "
            "fired tear gas and arrested 20 of them.")
    own = own_cues(text, cue_lexicon().matches(text))
    assert "ARREST" in own and own["ARREST"][0] > text.index(", and police")


def test_a_protests_toll_in_the_next_sentence_is_that_protest():
    mentions = mentions_of("Thousands of protesters marched on parliament in Kathmandu on Thursday, and police fired "
                           "tear gas and water cannon to disperse them. At least 23 people were injured, a hospital "
                           "official said.")
    protest = mention_of(mentions, "Thousands")
    toll = mention_of(mentions, "At least 23")
    assert protest.sub_event_type == "Protest with intervention"
    assert toll.sub_event_type == protest.sub_event_type and toll.actor1 == protest.actor1


def test_a_fire_set_after_a_protest_by_people_of_no_armed_group_is_a_riot():
    mentions = mentions_of("Thousands of protesters marched on parliament in Kathmandu on Thursday, and police fired "
                           "tear gas and water cannon to disperse them. Later in the evening, a group of young men set "
                           "fire to the office of a ruling party lawmaker in the city, local media reported.")
    assert mention_of(mentions, "Later in the evening").sub_event_type == "Violent demonstration"


def test_a_fire_the_attackers_set_is_part_of_their_attack():
    mentions = mentions_of("Gang members fought rival inmates with knives and guns at the prison in Guayaquil on "
                           "Tuesday, killing 11 prisoners, officials said. They then set fire to mattresses in two "
                           "wings of the prison, officials said.")
    fight = mention_of(mentions, "Gang members")
    fire = mention_of(mentions, "They then")
    assert fire.sub_event_type == fight.sub_event_type != "Looting/property destruction"


def test_a_fire_an_armed_group_sets_in_a_town_of_its_own_stays_destruction():
    mentions = mentions_of("Gunmen killed two soldiers at a checkpoint in Maiduguri on Friday, the army said. "
                           "On Sunday, Boko Haram fighters stormed the town of Damasak and set fire to dozens of homes, "
                           "a militia leader said.")
    assert mention_of(mentions, "On Sunday").sub_event_type == "Looting/property destruction"
