"""Casualty figures (eventwire.extract.toll)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.errors import EventwireError
from eventwire.extract.toll import TollFigure, conservative_fatalities, find_tolls, headline_prose, report_toll


def figures(text: str) -> list[tuple[int, str]]:
    return [(figure.figure, figure.kind) for figure in find_tolls(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two teenagers were shot dead outside the club.", [(2, "killed")]),
    ("A man was shot dead at the checkpoint.", [(1, "killed")]),
    ("At least 12 people were killed in the blast.", [(12, "killed")]),
    ("The strike hit a bus station, killing three.", [(3, "killed")]),
    ("The raid ended in the deaths of 40 fighters.", [(40, "killed")]),
    ("The clash left 3 dead and 2 injured.", [(3, "killed"), (2, "injured")]),
    ("A 31-year-old woman died in hospital.", [(1, "killed")]),
    ("Two were killed and a third was critically wounded.", [(2, "killed"), (1, "injured")]),
    ("Ana Lopez, 41, and Tom Berg, 19, were killed.", [(2, "killed")]),
    ("Dozens were wounded in the stampede.", [(12, "injured")]),
    ("Twenty-five people were injured.", [(25, "injured")]),
    # a killing verb before its victims
    ("Gunmen shot dead two guards at the depot.", [(2, "killed")]),
    ("The attackers gunned down four farmers.", [(4, "killed")]),
])
def test_casualty_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Police arrested 12 people and searched 5 houses.",
    "The 25-year-old suspect was charged in 2019.",
    "He had served 20 years in the army.",
    "He was charged in the death of 54-year-old John Doe.",  # not "5" cut from "54-year-old"
])
def test_other_numbers_are_not_casualties(text):
    assert find_tolls(text) == []


def test_qualifiers():
    (lower,) = find_tolls("At least 7 soldiers were killed.")
    assert lower.lower_bound and not lower.approximate
    (upper,) = find_tolls("Shelling killed up to 30 civilians.")
    assert upper.figure == 30 and upper.approximate
    (vague,) = find_tolls("Dozens of villagers were wounded.")
    assert vague.figure == 12 and vague.approximate


def test_two_groups_with_a_lower_bound_are_one_lower_bound_sum():
    (total,) = find_tolls("Four police officers and at least 15 gunmen were killed in the raid.")
    assert (total.figure, total.kind, total.lower_bound) == (19, "killed", True)


def test_offsets_cover_the_figure():
    text = "Witnesses said five people were killed."
    (figure,) = find_tolls(text)
    assert "five" in text[figure.start:figure.end]


def test_shot_one_fatally_splits_killed_and_injured():
    assert report_toll(find_tolls("Two men were shot, one fatally.")) == (1, 1)


def test_attacker_who_killed_himself_is_counted():
    assert report_toll(find_tolls("He killed two neighbours and then shot himself.")) == (3, 0)


def test_conservative_rule_takes_the_lowest_precise_report():
    reports = [TollFigure(12, "killed", 0, 1), TollFigure(9, "killed", 0, 1, lower_bound=True),
               TollFigure(12, "killed", 0, 1, approximate=True), TollFigure(40, "injured", 0, 1)]
    assert conservative_fatalities(reports) == 9


def test_conservative_rule_uses_vague_figures_only_when_nothing_precise():
    assert conservative_fatalities([TollFigure(12, "killed", 0, 1, approximate=True)]) == 12
    assert conservative_fatalities([]) == 0
    assert conservative_fatalities([TollFigure(5, "injured", 0, 1)]) == 0


def test_non_text_raises_an_eventwire_error():
    with pytest.raises(EventwireError):
        find_tolls(None)  # type: ignore[arg-type]


_WORDS = st.sampled_from([
    "at least", "12", "two", "dozens", "people", "were", "was", "killed", "injured", "dead",
    "wounded", "a", "man", "25-year-old", "killing", "the deaths of", "up to", "-3", "and", ",",
    "shot", "himself", "one", "fatally", "third", "Ana Lopez, 41,", "1,000", "hundreds of", ".",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=16).map(" ".join)))
def test_figures_and_totals_are_never_negative(text):
    found = find_tolls(text)
    assert all(figure.figure >= 0 and figure.kind in {"killed", "injured"} for figure in found)
    assert conservative_fatalities(found) >= 0
    assert min(report_toll(found)) >= 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.builds(TollFigure, st.integers(-5, 10_000), st.sampled_from(["killed", "injured"]),
                          st.just(0), st.just(1), st.booleans(), st.booleans())))
def test_conservative_fatalities_never_negative(reports):
    assert conservative_fatalities(reports) >= 0


def test_two_groups_of_victims_are_added_up():
    (figure,) = [f for f in find_tolls("Three children and two adults were found dead at the home.") if f.kind == "killed"]
    assert figure.figure == 5


def test_shot_in_the_head_and_killed_is_a_death_not_an_injury():
    assert report_toll(find_tolls("A 15-year-old boy was shot in the head and killed on Friday.")) == (1, 0)


@pytest.mark.parametrize(("headline", "expected"), [
    ("Teen killed, another wounded in park shooting", (1, 1)),
    ("Boy, 4, dies after shooting", (1, 0)),
    ("3-year-old shot, killed while riding in car", (1, 0)),
    ("4 found shot dead in apartment", (4, 0)),
    ("1 dead, 3 wounded in shooting at college", (1, 3)),
])
def test_headlines_read_as_prose(headline, expected):
    assert report_toll(find_tolls(headline_prose(headline))) == expected


def test_a_count_of_the_dead_includes_a_killer_who_killed_himself():
    assert report_toll(find_tolls("Three people were found dead in a murder-suicide.")) == (3, 0)
    assert report_toll(find_tolls("A woman shot her son and then herself in an apparent murder-suicide.")) == (2, 0)
    assert report_toll(find_tolls("He killed two children, then himself, in a murder-suicide.")) == (3, 0)
    assert report_toll(find_tolls("He killed two children, then killed himself.")) == (3, 0)


def test_a_child_who_shot_himself_is_counted_once():
    assert report_toll(find_tolls("A 4-year-old boy died after he accidentally shot himself.")) == (1, 0)


def test_a_killing_figure_may_end_its_clause():
    assert figures("The shooting killed one, injured 4 others.") == [(1, "killed"), (4, "injured")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Detectives are investigating the fatal shooting on Elm Street.", (1, 0)),
    ("The woman was charged with murder.", (1, 0)),
    ("The man was charged with attempted murder.", (0, 0)),
    ("Police are investigating a double shooting.", (0, 2)),
    ("Three people were killed in the fatal shooting.", (3, 0)),
])
def test_a_death_without_a_figure_is_one_and_a_double_shooting_two(text, expected):
    assert report_toll(find_tolls(text)) == expected


def test_a_killer_listed_after_his_victims_is_counted():
    assert report_toll(find_tolls("Police say the mother killed 2 children, then herself.")) == (3, 0)


@pytest.mark.parametrize("text, expected", [
    ("Officers found a 30-year-old man suffering from a gunshot wound.", (0, 1)),
    ("The attack left a woman with non-life-threatening injuries.", (0, 1)),
    ("The robbery left a clerk in critical condition.", (0, 1)),
    ("Police are looking for the gunman who injured a taxi driver.", (0, 1)),
    ("A hunter accidentally shot a man in the arm.", (0, 1)),
    # Found shot, then died: one killed, nobody injured.
    ("Officers found a man suffering from a gunshot wound. He was pronounced dead at the scene.", (1, 0)),
    ("He is accused of fatally shooting a deputy.", (0, 0)),
    ("A jogger found the body of a man with a gunshot wound.", (1, 0)),  # one dead, not one hurt
])
def test_one_victim_hurt_without_a_figure(text, expected):
    assert report_toll(find_tolls(text)) == expected


@pytest.mark.parametrize("text, killed", [
    ("A mother, father, and toddler were found dead in the house.", 3),
    ("A man and his two kids were found dead on Thursday.", 3),
    ("A 25-year-old man and a 30-year-old woman were shot dead.", 2),
    ("Two soldiers and a civilian were killed in the strike.", 3),
    ("Police say he shot and killed his neighbour and her teenage son at the farm.", 2),
    ("The gunman killed two guards and a driver before fleeing.", 3),
    ("The gunman killed Anna Weber, 34, and Paul Stone, 41, at the depot.", 2),
    ("He shot and killed Ann Ross and Ben Ross and Carl Ross inside the house.", 3),
    ("Neighbours found both dead inside the house.", 2),
])
def test_victims_listed_one_by_one_are_added_up(text, killed):
    assert report_toll(find_tolls(text))[0] == killed


def test_a_victim_who_has_died_is_counted_dead():
    assert report_toll(find_tolls("A three-year-old girl has died after being shot at home.")) == (1, 0)


@pytest.mark.parametrize("text", [
    "A teenager who was critically wounded in a drive-by shooting last week has died, his family said.",
    "Mara Quill, 27, who was shot outside a bar on Friday, died Sunday.",
    "The clerk was flown to a trauma centre where she later died of her wounds.",
    "The driver was taken to hospital where he was pronounced dead.",
])
def test_a_victim_wounded_earlier_who_died_is_one_dead_not_one_hurt(text):
    assert report_toll(find_tolls(text)) == (1, 0)


def test_a_victim_still_alive_after_the_relative_clause_stays_hurt():
    assert report_toll(find_tolls("A man who was shot twice is in stable condition.")) == (0, 1)


def test_one_who_kills_himself_counts_dead():
    assert report_toll(find_tolls(headline_prose("Farmer, 60, kills himself with a shotgun"))) == (1, 0)


def test_victims_after_a_possessive_are_counted_and_the_killer_killing_himself_adds_one():
    assert report_toll(find_tolls("The father shot and killed his three sons before killing himself.")) == (4, 0)
    assert report_toll(find_tolls("He was charged with killing their two children.")) == (2, 0)


def test_a_murder_suicide_adds_the_killer_to_a_count_of_his_victims_only():
    assert report_toll(find_tolls("Two brothers and their father were killed; police call it a murder-suicide.")) \
        == (4, 0)
    assert report_toll(find_tolls("Three people were found dead in an apparent murder-suicide.")) == (3, 0)
    assert report_toll(find_tolls("Detectives are looking into a murder-suicide at the farm.")) == (2, 0)


def test_taking_his_own_life_after_the_killing_counts_the_killer():
    assert report_toll(find_tolls("The man killed his neighbour before taking his own life.")) == (2, 0)


def test_a_bare_suicide_is_one_death_not_a_killer_added_to_it():
    assert report_toll(find_tolls("A 40-year-old man died at the range; deputies believe it was a suicide.")) == (1, 0)
    assert report_toll(find_tolls("He killed his brother and then committed suicide.")) == (2, 0)
    assert report_toll(find_tolls("She survived a suicide attempt last year.")) == (0, 0)


def test_the_day_after_a_month_name_is_no_figure():
    assert report_toll(find_tolls("Officers came on Friday, March 14 after a boy was shot in the arm.")) == (0, 1)
    assert report_toll(find_tolls("Police arrest a suspect in a March homicide.")) == (1, 0)


def test_victims_found_together_are_at_least_two():
    assert find_tolls("She was holding her baby when police found them shot to death.")[0] == \
        TollFigure(2, "killed", 37, 61, True, False, "dead")


@pytest.mark.parametrize("text, killed", [
    ("A couple and their two young children were found dead inside their home.", 4),
    ("A young couple and their 8-week-old baby were killed in a motel room.", 3),
    ("A 3-month-old girl and her mother were killed.", 2),
])
def test_a_couple_in_a_list_of_victims_counts_two_and_an_age_in_weeks_is_no_count(text, killed):
    assert report_toll(find_tolls(text))[0] == killed


@pytest.mark.parametrize("text, toll", [
    ("A waitress was shot outside a bar on Sunday.", (0, 1)),
    ("A 45-year-old cashier was wounded in the robbery.", (0, 1)),
    ("A store employee was shot and killed.", (1, 0)),
])
def test_a_victim_told_by_their_work_counts_one(text, toll):
    assert report_toll(find_tolls(text)) == toll


@pytest.mark.parametrize("text, toll", [
    ("Police found the body of a 25-year-old woman on Sunday.", (1, 0)),
    ("A mother of three was shot and killed on Friday.", (1, 0)),
    ("A father of four was killed in a crash on the highway.", (1, 0)),
    ("family of father of 4 killed in shooting speaks out", (0, 0)),
])
def test_a_body_found_is_one_dead_and_a_parents_children_are_no_toll(text, toll):
    assert report_toll(find_tolls(text)) == toll


def test_news_that_the_victim_died_counts_one_dead():
    assert figures("The 2-year-old toddler died from a single gunshot wound to the chest.") == [(1, "killed")]
    assert figures("The boy died Sunday.") == [(1, "killed")]
    # told in the passive, what befell the man: one hit (a repeat counts no more: a report's figure is its largest)
    assert figures("The man was shot in the leg.") == [(1, "injured")]


def test_a_victim_named_by_whose_relative_they_were_is_one_dead():
    assert figures(headline_prose("Accidental gun discharge kills police officer's son")) == [(1, "killed")]


def test_suffering_injuries_is_being_hurt_not_yet_surviving():
    assert report_toll(find_tolls("A 16-year-old girl suffered minor injuries when a hunter fired.")) == (0, 1)
    assert report_toll(find_tolls("The victim suffered a gunshot wound to his stomach and was taken to a hospital, "
                                  "where he died.")) == (1, 0)


def test_a_count_of_those_killed_among_a_group_named_before_is_a_figure():
    assert figures("Troops clashed with the guerrillas near the town and killed two of them.") == [(2, "killed")]


def test_beheading_is_killing():
    assert figures("Gunmen beheaded two farmers at their homestead.") == [(2, "killed")]


def test_a_village_head_is_one_victim_but_a_head_wound_is_none():
    assert figures("Rebels abducted and killed a village head in the district.") == [(1, "killed")]
    assert figures("He was shot in the head and killed.") == []
