"""Claims (issue #5, session 29). Each fixture is a short report written for these tests."""

from __future__ import annotations

from extraction_helpers import event_of, events_of


def _claimants(text: str, start: str) -> list[str]:
    return [claim.claimant for claim in event_of(events_of(text), start).claims if claim.stance != "denies"]


def test_a_ransom_demanded_by_the_captors_is_more_of_what_the_witnesses_say():
    """"X said gunmen had taken two nurses ... and demanded money for their release": the captors
    demanded it, so the demand (the event's word) is held by X's saying, not X's own attribution."""
    text = ("KHARTOUM, Sudan – Villagers who escaped to the city said fighters had seized three teachers from a "
            "school in Um Ruwaba in February and demanded money for their release.")
    assert _claimants(text, "KHARTOUM") == ["Civilians (Sudan)"]


def test_a_second_speaker_after_a_semicolon_tells_the_act_too():
    """"X shot dead Y, his brother said; the ministry said the officers had been shot at first": each
    speaker tells the act in their own words, so both claim it."""
    text = ("MEXICO CITY, Mexico – Police shot dead a driver at a checkpoint outside Morelia on Monday, his brother "
            "said; the interior ministry said the officers had been shot at first.")
    assert _claimants(text, "MEXICO CITY") == ["Civilians (Mexico)", "Government of Mexico"]


def test_a_signed_note_that_tells_the_event_is_its_signers_claim():
    """"A note signed by X, left beside the bodies, said ...": the event was read from the note's own
    words, so the note's signer claims it."""
    text = "A note signed by the Gulf Cartel, left beside the bodies the next morning, said the dead men were thieves."
    assert _claimants(text, "A note") == ["Gulf Cartel"]


def test_a_body_whose_spokesman_speaks_is_the_claimant():
    """"... were confirmed by the state police command, whose spokesman, Superintendent X, said ...":
    the spokesman speaks for the command, the state's police."""
    text = ("KADUNA, Nigeria – Worshippers leaving a church service in Kauru were attacked by gunmen on Sunday, and at "
            "least seven of them were shot dead, a community leader said. Five deaths were confirmed by the state "
            "police command, whose spokesman, Superintendent Mansir Hassan, said tactical teams had been deployed.")
    assert _claimants(text, "KADUNA") == ["Civilians (Nigeria)", "Police Forces of Nigeria"]


def test_each_group_of_a_joint_statement_claims_when_one_is_named_by_its_fighters():
    """"X fighters and the Y Army attacked ..., the two groups said in a joint statement": the claim built
    from the whole coordinated source names its first speaker, X, and Y claims on its own."""
    text = ("YANGON, Myanmar – Two bombs dropped by a junta aircraft on a village near Hakha killed six people on "
            "Sunday, the Chin National Front (CNF) said. CNF fighters and the Arakan Army attacked a police station "
            "on the edge of Paletwa on Tuesday and held it for several hours, the two groups said in a joint statement.")
    assert _claimants(text, "CNF fighters") == ["Chin National Front", "Arakan Army (AA)"]


def test_parishioners_are_civilian_witnesses():
    """"..., parishioners said": members of a congregation are civilians speaking as witnesses."""
    text = ("BANGUI, Central African Republic – Gunmen abducted a priest on the road between Obo and Mboki last week, "
            "parishioners said.")
    assert _claimants(text, "BANGUI") == ["Civilians (Central African Republic)"]


def test_a_closing_speaker_with_a_hyphenated_word_is_the_speaker():
    """"..., killing two fighters, the mayor of the sub-district said.": a hyphen inside a word of the
    closing tag is no break between the content and its speaker."""
    text = ("ERBIL, Iraq – Turkey and the PKK have been in talks since March. Despite the talks, a Turkish drone struck "
            "a car near the village of Sidakan in Erbil province on Saturday, killing two PKK fighters, the mayor of "
            "the sub-district said.")
    assert _claimants(text, "Despite") == ["Government of Iraq"]
