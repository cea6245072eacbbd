"""Session 25: a sentence that only gives the toll of the act before it tells that act, at its place
and on its day, and its count stands beside the act's own (the lowest credible one wins)."""

from __future__ import annotations

from extraction_helpers import events_of


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
