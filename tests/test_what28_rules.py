"""ACLED's ordered rules applied after the model (`what.refine`): a disaster the words do not
name but a protest's, and crime in which rival organised groups kill each other."""

from __future__ import annotations

from eventwire.extract import what


def refined(code: str, text: str) -> str:
    return what.refine(code, text, what.cue_lexicon().matches(text))


def test_a_disaster_read_into_a_protest_dispersed_with_injuries_is_the_protest():
    text = "Police fired tear gas at hundreds of garment workers demanding unpaid wages, injuring 20."
    assert refined("MAN_MADE_DISASTER", text) == "PROTEST_WITH_INTER"


def test_a_disaster_the_words_name_stays_a_disaster():
    text = "A gas leak at a factory injured 20 workers as police fired tear gas at looters nearby."
    assert refined("MAN_MADE_DISASTER", text) == "MAN_MADE_DISASTER"


def test_rival_gangs_killing_each_other_in_a_prison_riot_is_an_armed_clash():
    text = "Inmates of one gang killed 17 prisoners from a rival gang during a riot at the prison on Monday."
    assert refined("ORG_CRIME", text) == "ARMED_CLASH"
    assert refined("ORG_CRIME", "A riot between rival gangs at the jail left 12 prisoners dead.") == "ARMED_CLASH"


def test_crime_with_no_fighting_between_groups_stays_crime():
    assert refined("ORG_CRIME", "Police seized two tonnes of cocaine from a rival cartel's warehouse.") == "ORG_CRIME"
    assert refined("ORG_CRIME", "Gang members extorted shopkeepers and killed a trader who refused to pay.") \
        == "ORG_CRIME"
