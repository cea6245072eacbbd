"""Claim sources (issue #5): a newspaper named after its noun, and a statement's maker who goes on
to accuse. Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import channel_of, source_actor
from eventwire.extract.claims import find_attributions
from eventwire.extract.who import build_context


def attributions(text: str):
    doc = load_language()(text)
    return doc, [a for sentence in doc.sents for a in find_attributions(sentence)]


def test_the_newspaper_x_is_x_and_its_report_is_a_media_report():
    doc, found = attributions("The newspaper Northern Herald reported that gunmen abducted 20 students on Sunday.")
    reported = next(a for a in found if a.cue.text == "reported")
    actor = source_actor(reported.source, build_context(doc, "Nigeria"), {})
    assert actor is not None and actor.name == "Northern Herald"
    assert channel_of("", reported.source.text) == "media"


def test_an_outlet_described_as_a_daily_reports_through_the_media():
    assert channel_of("", "Morning Courier, a local daily") == "media"
    assert channel_of("", "the daily") == "media"
    assert channel_of("", "the army's daily briefing") != "media"


def test_a_statement_s_maker_is_the_one_who_accuses_in_the_clause_coordinated_with_it():
    _, found = attributions("The rebel front said in a statement that three of its fighters had died and "
                            "accused police of killing two farmers.")
    accused = next(a for a in found if a.cue.text == "accused")
    said = next(a for a in found if a.cue.text == "said")
    assert accused.source is not None and accused.source.text == "The rebel front"
    assert "accused" not in said.content.text


def test_a_second_cue_coordinated_inside_a_nested_claim_stays_with_the_nearer_speaker():
    _, found = attributions("The rebels said they seized the town and warned residents to stay inside.")
    warned = next(a for a in found if a.cue.text == "warned")
    assert warned.source is not None and warned.source.text == "The rebels"


def test_a_person_titled_by_a_police_rank_speaks_for_the_police():
    text = ("Commandos surrounded a camp in Kenya before dawn, inspector general Peter Mwangi told reporters. "
            "Police Superintendent Mary Atieno said two men were arrested in Kenya.")
    doc, found = attributions(text)
    context = build_context(doc, "Kenya")
    for cue in ("told", "said"):
        attribution = next(a for a in found if a.cue.text == cue)
        actor = source_actor(attribution.source, context, {})
        assert actor is not None and actor.name == "Police Forces of Kenya"


def claimant_of(text: str, trigger: str, country: str) -> str:
    from eventwire.extract.claims import attribution_for, build_claim

    doc = load_language()(text)
    sentence = next(iter(doc.sents))
    word = next(t for t in sentence if t.text == trigger)
    attribution = attribution_for(word, find_attributions(sentence))
    claim = build_claim(attribution, word, sentence, "", build_context(doc, country), "a1", "", (), True, {})
    return claim.claimant


def test_an_account_of_a_party_set_in_a_relative_clause_claims_the_event():
    text = ("Two men were shot dead by police who, according to the interior ministry, were defending a "
            "police station that rioters had tried to storm in the town of Kisumu in western Kenya.")
    assert claimant_of(text, "shot", "Kenya") == "Government of Kenya"


def test_a_party_s_own_words_in_a_relative_clause_do_not_claim_what_was_done_to_it():
    text = "Gunmen killed a reporter who said last year that he had received threats in Kenya."
    assert claimant_of(text, "killed", "Kenya") == "the outlet"


def test_a_party_named_beside_its_noun_is_that_party_and_the_party_refers_back_to_it():
    text = ("The main opposition party, Chama cha Wananchi Huru (CWH), said on Facebook that 12 of its "
            "supporters had been shot dead by police in Kenya. Hours later, police arrested the CWH's deputy "
            "chairman at his home, the party said in a statement.")
    doc, found = attributions(text)
    context = build_context(doc, "Kenya")
    claimants = [source_actor(a.source, context, {}) for a in found if a.cue.text == "said"]
    names = [actor.name if actor else None for actor in claimants]
    # (how much of a name in another language `who` keeps is its own matter; "the party" is the same party)
    assert len(names) == 2 and names[0] is not None and "Wananchi Huru" in names[0] and names[1] == names[0]
