"""Sources that `who` alone misreads or leaves unnamed (issue #5): a community's leader, a
protest's organisers, a group named after "another group", a body a country's possessive names,
and news media. Each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import claim_for

from eventwire.annotate import load_language
from eventwire.extract.claims import find_attributions


def test_a_leader_of_a_community_speaks_for_its_civilians_not_the_state():
    for source in ("A community leader", "A village elder", "A Fulani community leader, Amadou Sow,",
                   "The local religious leader"):
        claim = claim_for(f"{source} said soldiers had burned 30 houses in the village on Sunday.", 0, "burned",
                          "Chad")
        assert claim.claimant == "Civilians (Chad)", source
    # a leader of the state or of a named group is still theirs
    assert claim_for("A government leader said soldiers had burned 30 houses on Sunday.", 0, "burned",
                     "Chad").claimant != "Civilians (Chad)"


def test_a_protests_organisers_are_its_protesters():
    for source in ("the organisers", "a student organiser", "the march's organizers"):
        claim = claim_for(f"Police detained 30 people at the march on Sunday, {source} said.", 0, "detained", "Chad")
        assert claim.claimant == "Protesters (Chad)", source


def test_a_group_named_after_another_group_is_that_group():
    claim = claim_for("A farmer was shot dead in an ambush near the town in March, an attack later claimed by "
                      "another group, the Lake Shore Front (LSF).", 0, "shot", "Chad")
    assert claim.claimant.startswith("Lake Shore Front")
    # nothing named after it: the group stays unnamed
    assert claim_for("A farmer was shot dead in an ambush in March, an attack later claimed by another group.", 0,
                     "shot", "Chad").claimant == "another group"


def test_a_body_a_countrys_possessive_names_is_that_states_government():
    claim = claim_for("Police killed three gunmen in a village on Thursday, Chad's National Counter-Terrorism "
                      "Committee said in a statement.", 0, "killed", "Chad")
    assert claim.claimant == "Government of Chad"
    assert claim.channel == "statement"


def test_news_media_report_through_the_media_not_a_statement():
    for source in ("local media", "a news agency", "state media"):
        claim = claim_for(f"Gunmen killed five traders on the road on Friday, {source} reported.", 0, "killed", "Chad")
        assert claim.channel == "media", source
    # told to the media is still an interview
    claim = claim_for("Gunmen killed five traders on Friday, a police officer told local media.", 0, "killed", "Chad")
    assert claim.channel == "interview"


def test_a_medium_closing_a_denial_is_its_channel():
    text = ("Gunmen killed five traders on the road on Friday. The gang denied attacking civilians in a video posted "
            "on social media.")
    assert claim_for(text, 1, "attacking", "Chad").channel in {"video", "social media"}
    text = "Gunmen killed five traders on the road on Friday. The gang denied any involvement in a message on WhatsApp."
    assert claim_for(text, 1, "involvement", "Chad").channel == "social media"


def test_one_of_a_group_speaks_as_that_group():
    for source, claimant in (("one of the organisers", "Protesters (Chad)"), ("one of the survivors", "Civilians (Chad)"),
                             ("some of the soldiers", "Military Forces of Chad")):
        claim = claim_for(f"Gunmen killed five traders near the town on Friday, {source} said.", 0, "killed", "Chad")
        assert claim.claimant == claimant, source


def test_a_union_leader_is_a_civilian_not_an_official():
    claim = claim_for("Police detained 30 strikers on Sunday, a trade union leader said.", 0, "detained", "Chad")
    assert claim.claimant == "Civilians (Chad)"


def test_a_speaker_qualified_by_a_relative_clause_closing_the_sentence_is_the_speaker():
    for tag, source in ((", an army officer who asked not to be named said.", "an army officer"),
                        (", a resident who declined to be named told AFP.", "a resident")):
        sentence = list(load_language()(f"Gunmen killed five traders near the town on Friday{tag}").sents)[0]
        said = next(a for a in find_attributions(sentence) if a.cue.lemma_ in {"say", "tell"})
        assert said.source.text == source
        assert said.content.text == "Gunmen killed five traders near the town on Friday"
    claim = claim_for("Gunmen killed five traders on Friday, a resident who asked not to be named said.", 0, "killed",
                      "Chad")
    assert claim.claimant == "Civilians (Chad)"
