"""Claims (issue #5, session 28). Each fixture is a short report written for these tests."""

from __future__ import annotations

import pytest

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import find_attributions
from eventwire.extract.who import build_context
from extraction_helpers import event_of, events_of


def _claims(text: str, start: str) -> list[tuple[str, str]]:
    return [(claim.claimant, claim.verification) for claim in event_of(events_of(text), start).claims
            if claim.stance != "denies"]


def _source_actors(text: str, country: str) -> list[str | None]:
    doc = load_language()(text)
    context = build_context(doc, country)
    found = [a for sentence in doc.sents for a in find_attributions(sentence) if a.source is not None]
    return [getattr(source_actor(a.source, context, {}), "name", None) for a in found]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Gunmen killed five traders near the village of Dorvi in Niger on Friday, the head of the local traders' "
     "association, Ali Garba, said.", "the head of the local traders' association, Ali Garba"),
    ("Gunmen killed six farmers near the town of Dorvi in Chad on Monday, the chairman of the regional farmers' "
     "cooperative, Moussa Idriss, said.", "the chairman of the regional farmers' cooperative, Moussa Idriss"),
])
def test_an_office_told_with_whom_it_serves_before_the_name_is_the_speaker(text: str, speaker: str):
    """"..., the head of the local X association, Name, said.": the parser hangs the office on a noun
    of the content and leaves "said" with no subject; the office and the name speak."""
    doc = load_language()(text)
    [said] = [a for a in find_attributions(next(iter(doc.sents))) if a.cue.text == "said"]
    assert said.source is not None and said.source.text == speaker
    assert speaker not in said.content.text


@pytest.mark.parametrize(("speaker", "country", "forces"), [
    ("a Somaliland security official", "Somalia", "Military Forces of Somaliland"),
    ("a Kenyan security official", "Kenya", "Military Forces of Kenya"),
    ("two security officials", "Niger", "Military Forces of Niger"),
])
def test_security_officials_speak_for_the_security_forces(speaker: str, country: str, forces: str):
    """Security officials, like "security sources", are the state's forces; a place or nationality
    before them names whose."""
    text = f"Militants attacked an army base near Tarvo on Sunday, killing six soldiers, {speaker} said."
    assert _source_actors(text, country) == [forces]


def test_a_police_chief_of_a_place_the_recognizer_misses_is_the_police():
    """"Velmora's police chief, Director General X, said": whatever the recognizer makes of the
    place, a police chief of a place speaks for the state's police, not for civilians."""
    text = ("Police fired on protesters in the town of Velmora in India on Monday. Velmora's police chief, "
            "Director General Ravi Sethi, said the officers had fired in self-defence.")
    assert _source_actors(text, "India") == ["Police Forces of India"]


@pytest.mark.parametrize("remark", ["a figure that could not be checked", "a toll that could not be independently "
                                    "checked", "which reporters were unable to check"])
def test_a_toll_that_could_not_be_checked_is_unverified(remark: str):
    """A monitor's word is confirmed unless the report says it could not be checked."""
    text = f"The United Nations said 30 villagers were killed near Kasota in Mali on Monday, {remark}."
    assert _claims(text, "The United Nations") == [("United Nations", "unverified")]



def test_a_clause_hung_on_a_closing_tag_is_more_of_what_its_speaker_says():
    """"A were seized ..., and their kidnappers have demanded a ransom, a colleague said": the parser
    hangs the second clause on "said" as a clause of its own; the colleague says both."""
    text = ("Three nurses from a local clinic were seized at gunpoint on the road between Dorvi and Kasota in Chad "
            "on the 12th, and their kidnappers have demanded a ransom, a colleague said.")
    assert ("Civilians (Chad)", "unverified") in _claims(text, "Three nurses")


def test_the_name_a_source_gives_the_act_claims_it():
    """"..., in what the ministry called a kidnapping": the act told as the ministry names it is the
    ministry's claim, not the outlet's report."""
    text = ("Forty police officers were surrounded by hundreds of farmers in the village of Dorvi in Colombia on "
            "Friday and held for a day, in what the interior ministry called a kidnapping ordered by a rebel front.")
    assert ("Government of Colombia", "unverified") in _claims(text, "Forty police")


def test_a_banner_signed_by_a_group_is_the_group_s_word():
    text = ("Gunmen shot dead five men at a bar in Dorvi, Mexico, on Saturday. A banner signed by the Sinaloa "
            "Cartel, left near the bar the next morning, said the dead were informers.")
    assert _source_actors(text, "Mexico") == ["Sinaloa Cartel"]


def test_putting_the_dead_at_a_number_gives_a_figure():
    doc = load_language()("An elder from the village put the dead at twenty.")
    [put] = find_attributions(next(iter(doc.sents)))
    assert put.source is not None and put.source.root.text == "elder" and "twenty" in put.content.text


def test_a_plural_witness_opening_the_sentence_is_a_witness_even_read_as_a_name():
    """"Medics at X hospital said ...": the tagger reads the opening plural as a proper name; they are
    still civilian witnesses, not a raw "Medics"."""
    text = ("Fighting between the army and rebels near Dorvi in Sudan killed 20 people on Monday. "
            "Medics at Dorvi teaching hospital said they had received 20 bodies.")
    assert ("Civilians (Sudan)", "unverified") in _claims(text, "Medics")


def test_a_bare_elder_speaks_for_the_community():
    text = ("Armed raiders killed 12 people in two villages near Dorvi in Ethiopia on Sunday. An elder from Dorvi "
            "said the raiders had come at dawn.")
    assert _source_actors(text, "Ethiopia") == ["Civilians (Ethiopia)"]
