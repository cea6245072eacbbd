"""Speed changes to extraction answer exactly what the slower code they replace answered."""

import pytest

from eventwire.gazetteer.context import read_cues, settlement_cue

SETTLEMENT_TEXTS = [
    "Gunmen attacked the village of Mardon on Monday.",
    "Troops entered Mardon town after a week of fighting.",
    "Mardon, a small town near the border, was shelled.",
    "Officials in Mardon said two people died.",
    "Mardon",
]


@pytest.mark.parametrize("text", SETTLEMENT_TEXTS)
def test_the_settlement_cue_alone_is_read_cues_own(text: str) -> None:
    start = text.index("Mardon")
    assert settlement_cue(text, start, start + len("Mardon")) == read_cues(text, start, start + len("Mardon")).settlement


def test_the_settlement_cue_says_so_before_and_after_a_name() -> None:
    assert settlement_cue(SETTLEMENT_TEXTS[0], 31, 37) and settlement_cue(SETTLEMENT_TEXTS[2], 0, 6)
    assert not settlement_cue(SETTLEMENT_TEXTS[3], 13, 19)
