"""Deeds that did not happen: what a side failed or refused to do, and what no one suffered
(issue #5: such events stay claims with their modality, not events that happened)."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.claims import factuality, modality


def modality_of(text: str, word: str) -> str:
    doc = load_language()(text)
    return modality(next(t for t in doc if t.text == word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The rebels failed to capture the bridge on Monday.", "capture", "negated"),
        ("The group refused to release the two hostages.", "release", "negated"),
        ("No one was killed in the blast.", "killed", "negated"),
        ("Nobody was hurt when the shell hit the school.", "hurt", "negated"),
        ("No soldiers were wounded in the ambush.", "wounded", "negated"),
        # an attempt is a deed that happened
        ("The militants tried to storm the prison on Monday.", "storm", "happened"),
        ("Two soldiers were killed in the ambush.", "killed", "happened"),
    ],
)
def test_what_failed_or_befell_no_one_did_not_happen(text: str, word: str, expected: str):
    assert modality_of(text, word) == expected


def test_a_failed_deed_is_negative_in_factuality():
    doc = load_language()("No one was killed in the blast.")
    assert factuality(next(t for t in doc if t.text == "killed"))[1] == "NEG"
