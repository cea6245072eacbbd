"""One rule for a state body named with its country's or capital's possessive ("Chad's inspectorate
of mines", "Niamey's interior ministry"): the government it speaks for, whether the body is
an event's side (`who.resolve_actor`) or a claim's source (`claim_sources`)."""

from __future__ import annotations

import pytest
from extraction_helpers import claim_for

from eventwire.annotate import load_language
from eventwire.extract.who import build_context, noun_phrase, resolve_actor, state_body


def body_at(text: str, head: str):
    doc = load_language()(text)
    return state_body(noun_phrase(next(t for t in doc if t.text == head)))


@pytest.mark.parametrize(
    ("text", "head", "government"),
    [
        ("Chad's inspectorate of mines closed the site on Monday.", "inspectorate", "Government of Chad"),
        ("Niger's National Security Council met on Monday.", "Council", "Government of Niger"),
        ("Niamey's interior ministry said on Monday that the border was closed.", "ministry", "Government of Niger"),
    ],
)
def test_a_body_a_country_or_capital_owns_is_its_government(text: str, head: str, government: str):
    assert body_at(text, head).name == government


def test_a_body_no_state_owns_is_none():
    assert body_at("The company's security department said on Monday that the mine was closed.",
                   "department") is None
    assert body_at("Chad's largest bank said on Monday that it was closed.", "bank") is None


def test_an_event_side_and_a_claims_source_name_the_same_government():
    text = "Chad's National Security Agency said gunmen had killed 14 traders near the town."
    doc = load_language()(text)
    agency = noun_phrase(next(t for t in doc if t.text == "Agency"))
    assert resolve_actor(agency, build_context(doc, "Chad")).name == "Government of Chad"
    assert claim_for(text, 0, "killed", "Chad").claimant == "Government of Chad"
    lower = "Gunmen killed 14 traders near the town, Chad's national security agency said."
    assert claim_for(lower, 0, "killed", "Chad").claimant == "Government of Chad"
