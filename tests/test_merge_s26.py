"""Session 26: a conflict's running history is no event (a deed that runs on since a year or in
recent years, an era dated by its decade)."""

from __future__ import annotations

from extraction_helpers import mentions_of


def test_a_conflict_told_as_history_is_no_event():
    text = ("Gunmen killed four farmers near the village of Tandou in Niger on Saturday, police said. "
            "The army has been battling jihadist groups in the region since 2015. "
            "Disputes over grazing land have killed hundreds of people in recent years. "
            "The militia first took up arms as a self-defence force in the 1980s.")
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Gunmen kille"]


def test_a_deed_of_recent_days_is_still_an_event():
    text = "Soldiers have been fighting rebels around the town of Bossembele in the Central African Republic since Sunday."
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Soldiers hav"]
