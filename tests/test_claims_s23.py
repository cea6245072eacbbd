"""Claims (issue #5, session 23). Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import accounts_of_previous, find_attributions, tells_no_casualties
from eventwire.extract.who import build_context
from extraction_helpers import claim_on, event_of, events_of

LEAD = "Shells hit the border town of Grayvo on Monday, local officials said. "


def claims_of(text: str, opening: str) -> dict[str, tuple[str, str]]:
    event = event_of(events_of(LEAD + text), opening)
    return {claim.claimant: (claim.stance, claim.verification) for claim in event.claims}


def test_the_outlet_telling_an_event_in_its_own_voice_confirms_only_that_it_happened():
    """"..., including an incursion last week which Moscow said ended in the deaths of 70
    insurgents": the outlet tells the incursion itself, so its report stands confirmed; the toll
    is the speaker's word, unverified, and its figure is the speaker's."""
    text = ("There have been several raids near Grayvo, including a cross-border incursion last week "
            "which Moscow said ended in the deaths of 70 insurgents.")
    event = event_of(events_of(LEAD + text), "There have been")
    claims = {claim.claimant: (claim.stance, claim.verification) for claim in event.claims}
    assert claims == {"the outlet": ("reports", "confirmed"), "Government of Russia": ("asserts", "unverified")}
    assert [(f.figure, f.claimant) for f in event.fatality_claims] == [(70, "Government of Russia")]


def test_the_outlet_relaying_a_party_s_account_confirms_nothing():
    """The same incursion told only as the party tells it, whatever the wording, is the party's
    unverified claim: the outlet restating it makes no confirmed report of its own."""
    for text in ("Moscow said 70 insurgents died in a cross-border incursion last week.",
                 "A cross-border incursion last week ended in the deaths of 70 insurgents, Moscow said.",
                 "The incursion last week ended in the deaths of 70 insurgents, according to Moscow.",
                 "Insurgents crossed the border near Grayvo last week, an incursion Moscow said ended in "
                 "the deaths of 70 of them."):
        assert claims_of(text, text[:12]) == {"Government of Russia": ("asserts", "unverified")}, text


def test_no_casualties_is_read_from_the_parse():
    nlp = load_language()
    told = ["Nobody was hurt.", "No civilians had been hurt, the army said.", "None of the passengers was hurt.",
            "Police said no one was killed."]
    untold = ["No one knew who killed him.", "Five people were killed."]
    assert [tells_no_casualties(nlp(text)[:]) for text in told] == [True] * len(told)
    assert [tells_no_casualties(nlp(text)[:]) for text in untold] == [False] * len(untold)


def test_a_speaker_saying_no_civilians_were_hurt_gives_an_account_of_the_event_before():
    """"The army said no civilians had been hurt": a sentence with no event of its own that tells
    the toll of the event before it, none, goes on with that event (`accounts_of_previous`); a
    remark on something else does not."""
    nlp = load_language()
    told = next(iter(nlp("The army said it had targeted a rebel camp and that no civilians had been hurt.").sents))
    other = next(iter(nlp("The army said no one knew who had fired first.").sents))
    assert [a.source.text for a in accounts_of_previous(find_attributions(told))] == ["The army"]
    assert accounts_of_previous(find_attributions(other)) == []


def test_a_spokesman_for_the_forces_speaks_for_the_forces_named_before():
    """"a spokesman for the forces" after "the Popular Mobilization Forces": those forces, not the
    state forces the report names later; "the army" stays the state's."""
    text = ("Gunmen attacked a checkpoint of the Popular Mobilization Forces near the town of Kalo on Sunday. "
            "A spokesman for the forces said four fighters had died. "
            "The US military said it had not carried out any strike in the area.")
    doc = load_language()(text)
    context = build_context(doc, "Iraq")
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    names = [actor.name if actor else "" for actor in (source_actor(a.source, context, {}) for a in found)]
    assert names == ["Popular Mobilization Forces (PMF)", "Military Forces of United States"]


def test_an_armed_kind_of_group_names_the_group_told_before():
    """"the rebel group said", "the separatist alliance said": the armed group the sentence is
    about, named by its kind; "the rights group" is no armed group and names none of them."""
    text = ("Kuro Liberation Army (KLA) fighters attacked an army outpost near Doumra on Sunday, the rebel group said. "
            "Fighters of the Wadi Liberation Front (WLF) ambushed a convoy near Tessa on Saturday, "
            "the separatist alliance said. Gunmen killed four farmers near Doumra on Monday, the rights group said.")
    doc = load_language()(text)
    context = build_context(doc, "Chad")
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    names = [actor.name if actor else "" for actor in (source_actor(a.source, context, {}) for a in found)]
    assert names == ["Kuro Liberation Army", "Wadi Liberation Front", ""]


def test_a_coordinated_speaker_naming_the_event_s_people_by_a_pronoun_claims_it():
    """"X seized a teacher ..., and his family says it has heard nothing from him": words that name
    the event's people again go on with the event, whichever their place in the clause."""
    lead = "Last week, armed men seized a teacher at a checkpoint near Doumra, and "
    assert claim_on(lead + "his family says it has heard nothing from him since.", "seized", "Chad").claimant \
        == "Civilians (Chad)"
    assert claim_on(lead + "the Kuro Liberation Front said in a post on X that it was holding him.", "seized",
                    "Chad").claimant == "Kuro Liberation Front"
    assert claim_on(lead + "the governor said the roads were unsafe.", "seized", "Chad").claimant == "the outlet"

