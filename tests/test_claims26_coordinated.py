"""Each of several coordinated speakers ("residents and the army said") makes its own claim."""

from __future__ import annotations

import datetime as dt

from eventwire.pipeline import extract_article
from eventwire.records import Article


def test_each_coordinated_speaker_makes_its_own_claim():
    text = "Gunmen attacked an army post near the town of Mopti in Mali on Monday, residents and the army said."
    (mention,) = extract_article(Article(id="t", text=text, title="", date=dt.date(2025, 3, 12)))
    claimants = [claim.claimant for claim in mention.claims if claim.stance == "asserts"]
    assert len(claimants) == 2
    assert any(name.startswith("Civilians") for name in claimants)
    assert any(name.startswith("Military Forces") for name in claimants)
