"""Claims (issue #5, session 26). Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claims import accounts_of_previous, find_attributions
from extraction_helpers import event_of, events_of


def _sentence(text: str):
    return next(iter(load_language()(text).sents))


def test_a_gerund_renaming_the_event_is_claimed_by_the_speaker_who_blamed_it():
    """"..., a killing the regional bloc blamed on hunters": the parser reads "killing" as a verb,
    still the noun that renames the event; whoever blamed it tells the event their way."""
    text = ("In June 2017, about 40 herders were massacred in Tombali, Mali, "
            "a killing the African Union blamed on local hunters.")
    assert "African Union" in {claim.claimant for claim in event_of(events_of(text), "In June").claims}


def test_a_blamer_the_parser_reads_as_the_act_s_object_still_claims_it():
    """"..., a killing the United Nations blamed on hunters": parsed as "killing the United Nations"
    with "blamed" a clause on them; the UN is still who blamed the killing. A participle on the
    act itself ("The attack blamed on the rebels ...") names no blamer."""
    text = ("In March 2019, about 160 herders were massacred in Tombali, Mali, "
            "a killing the United Nations blamed on hunters.")
    assert "United Nations" in {claim.claimant for claim in event_of(events_of(text), "In March").claims}
    found = find_attributions(_sentence("The attack blamed on the rebels killed nine villagers in Tombali."))
    assert [a.source for a in found if a.cue.text == "blamed" and a.source is not None] == []


_FOUND_BY_THURSDAY = ("Twelve bodies had been found by Thursday morning, according to the resident district "
                      "commissioner, Peter Odongo, who said most of the victims were women.")


def test_a_time_after_by_is_no_source():
    """"had been found by Thursday morning": the day the bodies were found by is no one who says so."""
    found = find_attributions(_sentence(_FOUND_BY_THURSDAY))
    assert [a.source.text for a in found if a.cue.text == "found" and a.source is not None] == []


def test_the_source_after_according_to_ends_before_its_relative_clause():
    """"according to the district commissioner, X, who said ...": who X is, not what X said, names
    the source, so the office and name give the state's claim, not the victims' words."""
    found = find_attributions(_sentence(_FOUND_BY_THURSDAY))
    according = next(a for a in found if a.cue.text == "according")
    assert according.source.text == "the resident district commissioner, Peter Odongo"
    text = ("Twelve bodies had been found in Kasota, Uganda, by Thursday morning, according to the resident district "
            "commissioner, Peter Odongo, who said most of the victims were women.")
    assert "Government of Uganda" in {claim.claimant for claim in event_of(events_of(text), "Twelve").claims}


def _account_sources(text: str) -> list[str]:
    return [a.source.text for a in accounts_of_previous(find_attributions(_sentence(text)))]


def test_a_judge_of_the_act_named_again_tells_the_act_before():
    """"Ruritania condemned the strike": the judge takes the strike told before as done, so it is
    an account of that act; judging something else names no act."""
    assert _account_sources("Ruritania condemned the strike as a violation of its sovereignty.") == ["Ruritania"]
    assert _account_sources("The regional bloc denounced Friday's attack on the convoy.") == ["The regional bloc"]
    assert _account_sources("The opposition condemned the government's silence.") == []


def test_a_group_acknowledging_the_deaths_tells_the_killing_again():
    """"The rebels' zonal committee acknowledged the deaths of its fighters": the deaths told before."""
    assert _account_sources("The rebels' zonal committee acknowledged the deaths of its fighters in a pamphlet.") == [
        "The rebels' zonal committee"]


def test_the_jihadist_group_names_the_group_told_before():
    """"Through its news outlet, the jihadist group put the number ... at 31": the group named before,
    though the parser tags "group" as a name and "jihadist" as a nationality."""
    text = ("Fighters of the Islamic State West Africa Province (ISWAP) overran an army base near Damasak, Nigeria, "
            "on Saturday, killing nine soldiers, military sources said. "
            "Through its Amaq news outlet, the jihadist group put the number of soldiers killed at 31.")
    assert "Islamic State West Africa Province (ISWAP)" in {
        claim.claimant for claim in event_of(events_of(text), "Fighters").claims}


def test_a_volunteer_or_colleagues_are_civilian_witnesses():
    """"A volunteer who works at the camp told ...", "their colleagues said": civilians, as residents are."""
    text = ("Gunmen killed four guards at a camp near Monguno, Nigeria, on Sunday. "
            "A volunteer who works at the camp told Reuters that two children had died. "
            "Their colleagues said the guards had been shot in the head.")
    claimants = {claim.claimant for event in events_of(text) for claim in event.claims}
    assert "Civilians (Nigeria)" in claimants
    assert not claimants & {"A volunteer", "Their colleagues"}


def test_the_opposition_group_s_spokesman_speaks_for_the_armed_group_named_before():
    """"The opposition group's military spokesman, Colonel X, said": the armed opposition named
    before, not the state's military his title would otherwise name."""
    text = ("Fighters of the Sudan People's Liberation Movement-in-Opposition (SPLM-IO) attacked an army base near "
            "Nzara, South Sudan, on Monday, the army said. "
            "The opposition group's military spokesman, Colonel Deng Akol, said its fighters had captured the base.")
    claimants = {claim.claimant for event in events_of(text) for claim in event.claims}
    assert "Sudan People's Liberation Movement-in-Opposition (SPLM-IO)" in claimants


def test_a_speaker_named_by_its_tie_to_the_victim_tells_the_event_on():
    """"..., and his family says it has received a ransom demand": the family of the man taken
    tells the abduction on, though its words name neither him nor the act."""
    text = ("A shopkeeper was dragged from his car in Tafila, Jordan, by masked gunmen last week, "
            "and his family says it has received a ransom demand.")
    assert "Civilians (Jordan)" in {claim.claimant for claim in event_of(events_of(text), "A shopkeeper").claims}


def test_a_figure_set_by_its_giver_as_the_event_word_is_the_giver_s_claim():
    """"Through its news outlet, the group put the number of soldiers it had killed at 23": when the
    figure's verb is the event's word, the figure and the event are the group's claim, as a speech
    verb's would be."""
    text = ("Fighters of the Islamic State West Africa Province (ISWAP) overran an army post near Bosso, Niger, "
            "on Monday, and eight soldiers died, the defence ministry said. "
            "Through its Amaq news outlet, the jihadist group put the number of soldiers it had killed at 23.")
    claimants = {claim.claimant for event in events_of(text) for claim in event.claims}
    assert "Islamic State West Africa Province (ISWAP)" in claimants
