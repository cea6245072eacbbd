"""How far a claim is verified when its claimer names itself the doer (issue #5): each fixture is
a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claims import build_claim, find_attributions
from eventwire.extract.who import build_context


def test_a_claim_of_a_deed_is_its_claimers_own_word_whatever_the_acts_type():
    text = "A gang claimed the killings of two bus drivers in a video posted online."
    doc = load_language()(text)
    sentence = next(iter(doc.sents))
    context = build_context(doc, "Guatemala")
    claimed = next(t for t in sentence if t.text == "claimed")
    holding = next(a for a in find_attributions(sentence) if a.cue == claimed)
    claim = build_claim(holding, claimed, sentence, "", context, "a1", "", (), False, {})
    assert (claim.stance, claim.verification) == ("asserts", "unverified")
