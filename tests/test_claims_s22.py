"""Claims (issue #5, session 22). Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import find_attributions, unproposed_cues
from eventwire.extract.who import build_context
from extraction_helpers import claim_on


def claimants(text: str, country: str) -> list[str]:
    doc = load_language()(text)
    context = build_context(doc, country)
    found = [a for sentence in doc.sents for a in find_attributions(sentence)]
    return [actor.name if actor else "" for actor in (source_actor(a.source, context, {}) for a in found)]


def test_a_person_named_thirty_times_with_no_title_stays_themself():
    """`claim_sources._office_of` once resolved every earlier naming of a person the text gave no
    title, each of which resolved every naming before it: exponential in how often a report names
    them (a report naming its speaker thirty times hung). It now reads only the first naming."""
    first = "Shells hit a grain store in Velkovo on Tuesday, said Anton Tolan. "
    later = [f"Mr Tolan said {count} more houses in Velkovo had lost power." for count in range(2, 31)]
    found = claimants(first + " ".join(later), "Ukraine")
    assert found == ["Anton Tolan"] * 30


def test_a_titled_person_named_thirty_times_speaks_for_the_office_every_time():
    first = "Shells hit a grain store in Velkovo on Tuesday, regional governor Anton Tolan said. "
    later = [f"Mr Tolan said {count} more houses in Velkovo had lost power." for count in range(2, 31)]
    assert claimants(first + " ".join(later), "Ukraine") == ["Government of Ukraine"] * 30


def test_a_noun_with_a_clause_of_its_own_is_a_candidate_cue():
    """The learned cue detector reads nouns as it reads verbs the lexicons lack: a noun with its
    own "that" clause is proposed, its holder the source and the clause the content; a noun with
    no clause is not."""
    doc = load_language()("The mayor's insinuation that the council had rigged the vote angered the opposition.")
    sentence = next(iter(doc.sents))
    candidates = {a.cue.text: a for a in unproposed_cues(sentence, [])}
    assert candidates["insinuation"].source.text == "The mayor's"
    assert candidates["insinuation"].content.text == "that the council had rigged the vote"
    assert "opposition" not in candidates


def test_a_second_clause_the_parser_hung_on_the_cue_is_still_what_is_said():
    """'A protested ..., and B fired ..., witnesses said', parsed with both clauses as contents of
    "said": the witnesses tell the second clause too."""
    text = ("On Monday, hundreds of Zomi residents protested in Kelmo against the forced recruitment of young men, "
            "and Kachin Army fighters fired into the air to scatter them, witnesses said.")
    assert claim_on(text, "fired", "Myanmar").claimant == "Civilians (Myanmar)"


def test_a_civil_society_leader_speaks_for_civilians():
    text = "Gunmen attacked a camp near Tovo on Sunday night, killing at least 18 people, a local civil society leader said."
    assert claim_on(text, "attacked", "Democratic Republic of the Congo").claimant \
        == "Civilians (Democratic Republic of the Congo)"


def test_a_message_attributed_to_a_group_is_the_group_s():
    text = ("Gunmen of the Zeta Brigade burned a bus near Arlo on Sunday, killing four people. "
            "A message attributed to the Zeta Brigade on social media denied that it had targeted civilians.")
    assert claimants(text, "Mexico")[-1] == "Zeta Brigade"


def test_a_speaker_who_goes_on_with_the_event_in_a_coordinated_clause_claims_it():
    """'X abducted ..., and a chief said they were being held': the chief's words go on with the
    event's people, so the chief tells the abduction, as does one who judges it by its name
    ('condemned the abduction': the judge takes it as done, session 26); a remark that does not
    ('the roads were unsafe') leaves it the outlet's report."""
    lead = "Last week, armed men abducted three traders from a market outside Kelo, and "
    assert claim_on(lead + "a village chief said they were being held for ransom.", "abducted", "Chad").claimant \
        == "Civilians (Chad)"
    assert claim_on(lead + "the governor said the kidnappers had demanded money.", "abducted", "Chad").claimant \
        == "Government of Chad"
    assert claim_on(lead + "the governor said the roads were unsafe.", "abducted", "Chad").claimant == "the outlet"
    assert claim_on(lead + "the governor condemned the abduction.", "abducted", "Chad").claimant == "Government of Chad"
