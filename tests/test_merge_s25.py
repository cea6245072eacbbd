"""Session 25: a sentence that only gives the toll of the act before it tells that act, at its place
and on its day, and its count stands beside the act's own (the lowest credible one wins); a march
met with force in the next sentence is one protest with intervention; within one report a number
wins over a vague quantity; tolls read in more ways."""

from __future__ import annotations

from eventwire.extract.toll import TollFigure, find_tolls, is_vague, report_toll
from eventwire.merge import conservative_figure
from eventwire.records import FatalityClaim, Span
from extraction_helpers import events_of, mentions_of


def test_a_toll_given_by_a_source_tells_the_act_before_it():
    text = ("Bandits ambushed a bus carrying traders near the town of Garissa on Friday, killing three of them, "
            "the district commissioner said. The county health office put the toll at six, including a child.")
    events = events_of(text)
    assert [[m.sentence.text[:12] for m in e.mentions] for e in events] == [["Bandits ambu", "The county h"]]
    assert events[0].fatalities == 3
    assert events[0].place is not None and events[0].place.name == "Garissa"


def test_a_toll_sentence_after_a_background_event_is_no_event():
    text = ("Rebels burned the market of Kelemba in 2019, killing four traders. A local charity later put the "
            "toll at nine.")
    assert [m.sentence.text[:12] for e in events_of(text) for m in e.mentions] == ["Rebels burne"]


def test_a_march_met_with_force_in_the_next_sentence_is_one_protest_with_intervention():
    text = ("Several thousand nurses marched through central Lusaka on Tuesday to demand unpaid wages. "
            "Police fired tear gas to disperse the marchers outside the health ministry.")
    assert {m.sub_event_type for m in mentions_of(text)} == {"Protest with intervention"}


def test_a_source_naming_its_own_day_gives_the_toll_of_the_act_before_it():
    text = ("Gunmen raided the village of Tanout in Niger on Monday, killing 14 civilians, residents said. "
            "The defence ministry, in a statement on Wednesday, put the toll at eight civilians.")
    events = events_of(text)
    assert [len(e.mentions) for e in events] == [2]
    assert events[0].fatalities == 8


def test_a_number_before_a_vague_quantity_in_one_report():
    seven = TollFigure(7, "killed", 0, 0, cue="killed")
    several = TollFigure(10, "killed", 0, 0, approximate=True, cue="neutralised", vague=True)
    about = TollFigure(160, "killed", 0, 0, approximate=True, cue="massacred")
    assert report_toll([seven, several]) == (7, 0)
    assert report_toll([TollFigure(1, "killed", 0, 0, cue="someone"), about]) == (160, 0)
    assert is_vague("several attackers had been neutralised") and not is_vague("as many as 12 people were killed")


def test_tolls_read_in_more_ways():
    cases = {
        "Nine people, most of them farmers and herders, were burned or shot to death.": (9, "killed"),
        "Three traders were kidnapped and later killed near the river.": (3, "killed"),
        "Five members of a local youth club were shot dead on Friday.": (5, "killed"),
        "The governor put the number of guards killed at six.": (6, "killed"),
    }
    for text, expected in cases.items():
        assert [(f.figure, f.kind) for f in find_tolls(text)] == [expected], text


def test_an_aside_on_the_victims_is_no_list_of_named_people():
    named = FatalityClaim(9, "killed", "Mayor", Span(0, 60, "Nine people, most of them farmers and herders, were killed"),
                          article_id="a1", cue="killed")
    army = FatalityClaim(4, "killed", "Army", Span(100, 120, "toll at four"), article_id="a1", cue="toll at")
    assert conservative_figure([named, army], "killed", {}, {"a1": [0, 100]}) == 4


def test_bodies_recovered_after_an_act_are_its_toll():
    text = ("Gunmen attacked the village of Tanout in Niger on Monday, killing at least 14 civilians, residents said. "
            "A rescue worker in Niamey said on Wednesday that 20 bodies had been recovered from the houses.")
    events = events_of(text)
    assert [[m.sentence.text[:12] for m in e.mentions] for e in events] == [["Gunmen attac", "A rescue wor"]]
