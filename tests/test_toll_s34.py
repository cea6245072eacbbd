"""Session 34: "hundreds" after a verb of killing is the vague quantity (100), not the number word
"hundred" cut off before its plural."""

from __future__ import annotations

from eventwire.extract.toll import find_tolls


def test_killed_hundreds_counts_a_hundred():
    figures = find_tolls("In 2019, the militia killed hundreds of herders who were grazing cattle near the lake.")
    assert [(f.kind, f.figure, f.vague) for f in figures] == [("killed", 100, True)]


def test_a_number_word_ends_with_its_word():
    figures = find_tolls("A seventh victim died in hospital on Friday, and twenty-two people were wounded.")
    assert [(f.kind, f.figure) for f in figures] == [("killed", 1), ("injured", 22)]
