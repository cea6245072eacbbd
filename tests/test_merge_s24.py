"""Session 24: a remark that only checks what was told is no event, nor does it assert the event;
a war named by its toll is no event; a side's lower count of the dead is the lowest credible one,
even when it comes to one; tolls read past an aside, of more kinds of people, and "neutralised"."""

from __future__ import annotations

from eventwire.extract.toll import find_tolls
from eventwire.merge import conservative_figure
from eventwire.records import FatalityClaim, Span
from extraction_helpers import events_of, mentions_of


def test_a_check_that_was_not_done_is_no_event():
    text = ("Rebels shelled a clinic in the town of Morandi on Tuesday, wounding three nurses, the health ministry "
            "said. The news agency was unable to confirm that report, and an army officer said only rebel positions "
            "had been targeted.")
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Rebels shell"]


def test_a_search_that_found_nothing_is_no_event_and_asserts_nothing():
    text = ("A gang posted a video on Monday in which its members said they had killed four rivals in the town of "
            "Palmira Baja. Police said they had found no bodies in the town and were checking whether the footage "
            "was real.")
    events = events_of(text)
    assert [m.sentence.text[:12] for e in events for m in e.mentions] == ["A gang poste"]
    assert not any("Police" in claim.claimant for e in events for claim in e.claims)


def test_a_war_named_by_its_toll_is_no_event():
    text = ("Militiamen attacked a cattle camp near Lokwamor on Saturday, killing nine herders, a local official "
            "said. The raid has deepened fears of a return to the civil war that killed about 200,000 people "
            "between 1990 and 1998.")
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Militiamen a"]


def test_a_sides_lower_count_of_its_victims_stays_as_the_lowest():
    text = ("Police shot dead two young men in the town of Kemora on Thursday as they broke up a march against "
            "fuel prices, an opposition party said. A government spokesman said one protester had died and "
            "accused the marchers of throwing stones.")
    events = events_of(text)
    assert [e.fatalities for e in events] == [1]


def _figure(figure: int, claimant: str, words: str, start: int) -> FatalityClaim:
    return FatalityClaim(figure=figure, kind="killed", claimant=claimant, evidence=Span(start, start + len(words), words),
                         article_id="a1", cue="died")


def test_a_count_of_one_is_a_rival_count_a_lone_victim_is_not():
    two = _figure(2, "Party", "two young men were killed", 0)
    counted = _figure(1, "Government", "one protester had died", 100)
    victim = _figure(1, "Government", "a man died", 100)
    starts = {"a1": [0, 100]}
    assert conservative_figure([two, counted], "killed", {}, starts) == 1
    assert conservative_figure([two, victim], "killed", {}, starts) == 2


def test_a_toll_reads_past_an_aside_on_its_victims():
    found = find_tolls("At least 11 farmers, including three boys, were killed when the bridge was shelled.")
    assert [(f.figure, f.kind) for f in found] == [(11, "killed")]
    assert [f.figure for f in find_tolls("Nine people, most of them pilgrims, died in the blast.")] == [9]


def test_mourners_supporters_teachers_and_cadres_are_people_a_toll_counts():
    assert [f.figure for f in find_tolls("The party said 14 of its supporters had been shot dead.")] == [14]
    assert [f.figure for f in find_tolls("Gunmen killed five teachers near the school.")] == [5]
    assert [f.figure for f in find_tolls("Relatives said six mourners had died.")] == [6]
    assert [f.figure for f in find_tolls("The rebels said four of their cadres had been killed.")] == [4]


def test_neutralised_enemies_are_dead_but_not_neutralised_bombs():
    assert [(f.figure, f.kind) for f in find_tolls('The army said 23 attackers had been "neutralised".')] == [(23, "killed")]
    assert [f.figure for f in find_tolls("Troops said they had neutralised 17 militants near the river.")] == [17]
    assert find_tolls("Engineers neutralised two bombs near the road.") == []


def test_a_remark_that_gives_no_figure_is_no_event():
    text = ("Rebels overran an army post near Sawaba on Monday, the army said, adding that six soldiers were killed. "
            "It gave no figure for the rebels' losses.")
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Rebels overr"]


def test_a_higher_figure_is_a_toll_but_not_of_arrests():
    assert [f.figure for f in find_tolls("Local leaders gave a higher figure of 31, saying bodies lay in the fields.")] == [31]
    assert find_tolls("Police gave a higher figure of 300 arrests after the bodies were found.") == []


def test_beheaded_victims_and_quoted_figures_are_dead():
    assert [(f.figure, f.kind) for f in find_tolls("Seven farmers were shot or beheaded in the raid.")] == [(7, "killed")]
    assert [f.figure for f in find_tolls('The rebels said they had killed "about thirty" soldiers.')] == [30]
    assert [f.figure for f in find_tolls('The front said it had killed six "enemy troops" near the pass.')] == [6]
    assert [f.figure for f in find_tolls("The group said it had killed four Taliban and two rangers.")] == [6]


def test_a_count_summed_over_sides_is_a_rival_count():
    claimed = _figure(41, "Rebels", "its fighters had killed 41 soldiers", 0)
    summed = _figure(27, "Army", "seven soldiers and at least 20 militants were killed", 100)
    starts = {"a1": [0, 100]}
    assert conservative_figure([claimed, summed], "killed", {}, starts) == 27
