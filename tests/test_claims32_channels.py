"""The channel of a claim whose words name none (issue #5): each fixture is a short report written
for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for


def test_a_civilians_word_with_no_channel_named_is_what_they_told_the_reporter():
    text = "Soldiers burned 30 houses in the village on Monday, residents said."
    assert claim_for(text, 0, "burned", "Chad").channel == "interview"


def test_a_bodys_word_with_no_channel_named_stays_its_statement():
    assert claim_for("Soldiers burned 30 houses in the village on Monday, the army said.", 0, "burned",
                     "Chad").channel == "statement"
    said = "Soldiers burned 30 houses in the village on Monday, a community leader said in a statement."
    assert claim_for(said, 0, "burned", "Chad").channel == "statement"
