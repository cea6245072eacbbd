"""A denial told of a charge is not a denial of the arrest or act the sentence reports (issue #5):
each fixture is a short report written for these tests."""

from __future__ import annotations

import pytest

from extraction_helpers import mention_of, mentions_of


@pytest.mark.parametrize("text", [
    "Police arrested an opposition leader in Arusha on Tuesday and charged him with treason, which he denies, "
    "his party said.",
    "Police detained three reporters in Arusha on Tuesday on terrorism charges, which they deny, their editor said.",
])
def test_a_denied_charge_does_not_dispute_the_arrest(text):
    (mention,) = [m for m in mentions_of(text) if m.sub_event_type == "Arrests"]
    assert [c.stance for c in mention.claims] == ["asserts"]


def test_a_denied_act_is_still_disputed():
    mention = mention_of(mentions_of(
        "The air strike on the market in Idlib on Tuesday, which the army denies, killed three people, "
        "residents said."), "The air strike")
    assert "denies" in [c.stance for c in mention.claims]
