"""Claims (issue #5, session 25). Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claims import accounts_of_previous, contrasted, find_attributions
from extraction_helpers import event_of, events_of


def _sentence(text: str):
    return next(iter(load_language()(text).sents))


def _account_sources(text: str) -> list[str]:
    return [a.source.text for a in accounts_of_previous(find_attributions(_sentence(text)))]


def test_a_search_that_found_no_bodies_tells_nothing_of_the_event_before():
    """"Police said no bodies were found": a search that came to nothing names no dead of the
    event told before, where "the bodies were taken to the morgue" does."""
    assert _account_sources("Rescuers said no bodies had been recovered from the river.") == []
    assert _account_sources("The police said they found no victims at the farm.") == []
    assert _account_sources("Rescuers said the bodies were taken to the morgue in Tembo.") == ["Rescuers"]


def test_a_group_saying_it_holds_the_people_taken_tells_the_abduction_again():
    """"The group said it was holding them", "said on Telegram that it held the two men": the
    speaker tells that it holds people, which goes on with the abduction told before; holding
    talks or a town is no such account."""
    assert _account_sources("The Sahel Liberation Front said it was holding them.") == ["The Sahel Liberation Front"]
    assert _account_sources("The movement said in a post on Telegram that it held the two men.") == ["The movement"]
    assert _account_sources("The rebels said they were holding four soldiers and a nurse.") == ["The rebels"]
    assert _account_sources("The rebels said they held talks with the governor.") == []
    assert _account_sources("The rebels said they still held the town.") == []


def test_a_speaker_set_against_another_with_while_is_not_part_of_the_first_content():
    """"The army said it repelled the attack, while the rebels said they overran the post": the
    rebels' words are their own attribution, not part of what the army said, and their channel
    ("on X") is not the army's."""
    found = {a.source.text: a for a in find_attributions(_sentence(
        "The army said it repelled the attack on Dorvan, while the rebels said on X they overran the post."))}
    army, rebels = found["The army"], found["the rebels"]
    assert army.content.text == "it repelled the attack on Dorvan"
    assert rebels.content.text == "they overran the post"
    assert contrasted(army, rebels) and contrasted(rebels, army)


def test_a_speaker_after_while_keeps_its_channel_to_itself():
    """"The government blamed X, while the rebels said on X that ...": the government's words were
    no post on social media."""
    text = ("Gunmen killed two policemen near Dorvan in Mali on Friday. "
            "The government blamed the rebels for the deaths, while the rebels said on X that the police fired first.")
    channels = {claim.claimant: claim.channel for event in events_of(text) for claim in event.claims}
    assert channels.get("Government of Mali") == "statement"


def test_an_adverbial_clause_without_a_speaker_of_its_own_is_no_contrast():
    """"The army said soldiers repelled the attack while villagers fled": the clause after "while"
    is part of what the army said."""
    found = find_attributions(_sentence("The army said soldiers repelled the attack while villagers fled into the hills."))
    assert [a.content.text for a in found if a.source is not None and a.source.text == "The army"] == [
        "soldiers repelled the attack while villagers fled into the hills"]


def test_the_speaker_of_a_relative_clause_on_the_event_noun_claims_it():
    """"an ambush that local officials said killed seven", "the raid, which the army says killed
    12": the speaker of a clause on the event's noun claims the event and its figure."""
    ambush = event_of(events_of("Gunmen ambushed a convoy near Dorvan in Mali on Friday, "
                                "an ambush that local officials said killed seven."), "Gunmen ambushed")
    assert [(f.figure, f.claimant) for f in ambush.fatality_claims] == [(7, "Government of Mali")]
    raid = event_of(events_of("Soldiers raided the village of Dorvan in Mali on Friday in a raid which residents "
                              "claim left nine civilians dead."), "Soldiers raided")
    assert [(f.figure, f.claimant) for f in raid.fatality_claims] == [(9, "Civilians (Mali)")]


def test_an_act_named_in_a_relative_clause_without_that_is_claimed_by_its_speaker():
    """"killing nine people, in an attack the army blamed on jihadists": the clause's speaker
    tells the event their way; an earlier act the event answers ("in retaliation for an attack
    the army blamed on them") is another event."""
    text = "Gunmen attacked the village of Dorvan in Mali on Friday, killing nine people, in an attack the army blamed on jihadists."
    assert "Military Forces of Mali" in {claim.claimant for claim in event_of(events_of(text), "Gunmen").claims}
    other = "Gunmen killed nine people in Dorvan, Mali, on Friday in retaliation for an attack that the army blamed on them."
    assert "Military Forces of Mali" not in {claim.claimant for claim in event_of(events_of(other), "Gunmen").claims}


def test_a_speaker_set_off_before_how_it_spoke_is_the_speaker():
    """"..., a local official, speaking on condition of anonymity, said": the parser hangs the
    official on the content; the words between the first two commas are who speaks."""
    found = find_attributions(_sentence("Gunmen burned the market of Dorvan on Friday, killing two traders, "
                                        "a local official, speaking on condition of anonymity, said."))
    said = next(a for a in found if a.cue.text == "said")
    assert said.source.text == "a local official"
    assert said.content.text == "Gunmen burned the market of Dorvan on Friday, killing two traders"


def test_figures_or_data_from_a_body_are_that_body_s_claim():
    """"according to figures from the health ministry", "data from the ministry showed": the body
    that keeps the count is the claimant, not the word "figures"."""
    for tail in ("according to figures from the health ministry.", "data from the health ministry showed."):
        event = event_of(events_of("Gunmen attacked the village of Dorvan in Mali on Friday, killing nine people, " + tail),
                         "Gunmen")
        assert [(f.figure, f.claimant) for f in event.fatality_claims] == [(9, "Government of Mali")]


def test_a_general_staff_speaks_for_its_army():
    """"the general staff said", "Ruritania's General Staff said": an army's command, so its forces;
    other staff ("the hospital staff") is no army."""
    for tail, claimant in ((", the general staff said.", "Military Forces of Mali"),
                           (", Algeria's General Staff said.", "Military Forces of Algeria")):
        event = event_of(events_of("Drones struck a rebel column near Dorvan in Mali on Friday, killing six fighters" + tail),
                         "Drones struck")
        assert claimant in {claim.claimant for claim in event.claims}
    event = event_of(events_of("Drones struck a rebel column near Dorvan in Mali on Friday, killing six fighters, "
                               "the hospital staff said."), "Drones struck")
    assert not any(claim.claimant.startswith("Military") for claim in event.claims)


def test_the_party_s_spokesman_speaks_for_the_party_named_before():
    """"..., members of the opposition party, the X (XY), ..., the party's spokesman said": the party,
    not the state a spokesman is most often for."""
    text = ("Riot police arrested 30 activists of the main opposition party, the Union for Lakeland Renewal (ULR), "
            "at a rally in Harare, Zimbabwe, on Thursday, the party's spokesman said.")
    assert {claim.claimant for claim in event_of(events_of(text), "Riot police").claims} == {
        "Union for Lakeland Renewal"}


def test_the_name_after_according_to_an_office_is_the_speaker_s_not_the_content():
    """"..., according to the county administrator, Jane Doe, who said ...": the name and its
    relative clause say who the source is; what is attributed is the clause before."""
    found = find_attributions(_sentence("Nine bodies were pulled from the river, according to the county "
                                        "administrator, Grace Atim, who said most of the dead were fishermen."))
    according = next(a for a in found if a.cue.text == "according")
    assert according.content.text == "Nine bodies were pulled from the river"
    found = find_attributions(_sentence("According to the mayor, Paul Okello, gunmen burned ten homes."))
    assert next(a for a in found if a.cue.text == "According").content.text == "gunmen burned ten homes"
