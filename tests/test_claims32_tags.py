"""A speech tag that closes its sentence, however the parser hung it (issue #5): each fixture is a
short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for

from eventwire.annotate import load_language
from eventwire.extract.claims import find_attributions


def test_a_telling_after_a_comma_reports_the_words_before_it_however_it_was_parsed():
    text = "The attack killed 12 people, a senior security official told AFP on condition of anonymity."
    claim = claim_for(text, 0, "killed", "Niger")
    # a security official, like "security sources", speaks for the state's security forces
    assert (claim.claimant, claim.channel) == ("Military Forces of Niger", "interview")


def test_a_telling_that_goes_on_to_a_clause_is_no_closing_tag():
    doc = load_language()("In the capital last week, he told a meeting of chiefs that few people knew the stakes better.")
    told = next(a for a in find_attributions(next(iter(doc.sents))) if a.cue.text == "told")
    assert told.content.text != "In the capital last week"
