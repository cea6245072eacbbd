"""Victims a report or its headline counts without a figure: two listed as shot ("a man and a boy were shot", "Teen, man shot near park"),
one named or told by a pronoun with a gunshot wound ("found Mark Ellison with a gunshot wound",
"she was shot twice in the leg"), and those "recovering" from their wounds."""

from __future__ import annotations

from eventwire.extract.toll import find_tolls, headline_prose, report_toll


def toll(text: str) -> tuple[int, int]:
    return report_toll(find_tolls(text))


def test_victims_listed_as_shot_are_each_hurt():
    assert toll("Officers said a 31-year-old woman and a 14-year-old girl were shot outside the store.") == (0, 2)


def test_a_named_victim_found_with_a_gunshot_wound_is_hurt():
    assert toll("Officers found 45-year-old Mark Ellison with a gunshot wound to the shoulder.") == (0, 1)
    assert toll("Dana Whitfield, 37, was suffering from a gunshot wound to the hip, a sheriff's spokesman said.") == (0, 1)


def test_a_victim_told_by_a_pronoun_as_shot_is_hurt():
    assert toll("After an argument in the parking lot, she was shot twice in the leg.") == (0, 1)


def test_a_pronoun_shot_dead_or_shot_at_is_no_one_hurt():
    assert toll("He was shot in the head and died at the scene.")[1] == 0
    assert toll("She was shot at but not hit.") == (0, 0)
    assert toll("He was shot dead on Sunday.") == (1, 0)


def test_the_recovering_are_hurt():
    assert toll("At least three people are recovering from their wounds after the gunfire at the party.") == (0, 3)
    assert toll("The 19-year-old victim is recovering after being shot in the foot.") == (0, 1)


def test_a_named_victim_found_shot_who_died_is_not_also_hurt():
    assert toll("Deputies found John Doe, 42, with multiple gunshot wounds. John Doe died at a hospital.") == (1, 0)


def headline_toll(headline: str) -> tuple[int, int]:
    return toll(headline_prose(headline))


def test_a_headlines_present_tense_verb_counts_its_bare_victim():
    assert headline_toll("Late-night shooting seriously injures child") == (0, 1)
    assert headline_toll("Fire kills woman in her home") == (1, 0)


def test_a_headlines_bare_victim_may_have_one_word_before_it():
    assert headline_toll("Bakery worker hurt in holdup") == (0, 1)


def test_two_bare_victims_a_headline_lists_with_a_comma_are_two():
    assert headline_toll("Teen, man shot near downtown park") == (0, 2)


def test_a_victim_who_died_or_was_gunned_down_is_killed():
    assert toll("Investigators named a 5-year-old girl who died in the house on Elm Street last week.") == (1, 0)
    assert toll("Police are hunting the man who gunned down a teacher late Friday.") == (1, 0)


def test_a_juvenile_or_a_male_is_one_victim():
    assert toll("Officers located a juvenile female with a gunshot wound to the arm.") == (0, 1)
    assert headline_toll("Millbrook Juvenile dead after gunshot wound") == (1, 0)


def test_a_victim_named_by_an_office_or_beaten_to_death_is_killed():
    assert toll("Unidentified gunmen killed a party councillor, John Doe, on Friday.") == (1, 0)
    assert toll("Fighters had also beaten an elderly man to death in the village.") == (1, 0)


def test_a_figure_given_in_a_sides_words_is_the_figure():
    assert toll("Aircraft struck hideouts near the village, killing what the army described as eight militants.") == (8, 0)
