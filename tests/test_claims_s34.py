"""Claimants (issue #5, session 34), for reports in a broadcaster's style: a body described in the lead
and named after it, a struck side's official after the striking side's account, an officer of the
force the lead named. Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.claims import find_attributions
from eventwire.extract.who import build_context
from extraction_helpers import events_of


def _source_actors(text: str, country: str) -> list[str | None]:
    doc = load_language()(text)
    context = build_context(doc, country)
    found = [a for sentence in doc.sents for a in find_attributions(sentence) if a.source is not None]
    return [getattr(source_actor(a.source, context, {}), "name", None) for a in found]


def test_the_region_s_governor_after_a_strike_across_the_border_is_the_struck_state_s():
    """"the region's governor" after a sentence that set the place in Russia: Russia's government,
    though the report is about Ukraine."""
    text = ("Kyiv's navy says its sea drones set a fuel depot ablaze in the Russian port town of Yeysk overnight. "
            "The region's governor wrote that two warehouses had burned down and nobody had been wounded.")
    assert _source_actors(text, "Ukraine")[-1] == "Government of Russia"


def test_a_named_place_s_governor_is_the_government_of_the_country_the_text_set_it_in():
    text = ("Kyiv's navy said its drones had set a depot ablaze in Russia's Bryansk region on Sunday. "
            "Bryansk's governor, Oleg Ivanov, wrote that nobody had been hurt.")
    assert _source_actors(text, "Ukraine")[-1] == "Government of Russia"


def test_a_city_s_mayor_whose_own_sentence_names_the_city_stays_the_report_s():
    """The city the mayor's own sentence names first is the one meant, not the foreign one before."""
    text = ("Kyiv's navy said its drones had set a depot ablaze in Russia's Bryansk region on Sunday. "
            "In Poltava, the city's mayor wrote that a glide bomb had wrecked a school on Monday.")
    assert _source_actors(text, "Ukraine")[-1] == "Government of Ukraine"


def test_a_described_body_named_by_its_noun_in_the_next_sentence_is_that_body():
    """"a Kurdish rights group says" ... "the X group said": X, in both sentences."""
    text = ("A Kurdish rights group says troops killed two marchers in the town of Saqqez. "
            "Soldiers fired into the crowd on Friday afternoon, the Nardin group said.")
    assert _source_actors(text, "Iran") == ["Nardin", "Nardin"]


def test_a_described_body_named_in_the_next_sentence_by_a_name_no_list_holds_is_that_body():
    text = ("A medical charity says nine people died when an air strike hit a clinic outside Tawila. "
            "The bombs fell as patients queued outside, the Tawila Health Volunteers said on Facebook.")
    assert _source_actors(text, "Sudan") == ["Tawila Health Volunteers", "Tawila Health Volunteers"]


def test_an_unnamed_local_rights_group_is_the_country_s_civilians():
    text = "Two traders died when a mortar round hit a market in Mukalla on Friday, a local rights group said."
    assert _source_actors(text, "Yemen") == ["Civilians (Yemen)"]


def test_an_officer_after_a_lead_the_police_told_speaks_for_the_police():
    text = ("Police say six of their officers died in a rebel ambush in the east of the country. A senior officer "
            "told reporters the gunmen had fired on their truck near the town of Ketu on Monday.")
    assert _source_actors(text, "Kenya")[-1] == "Police Forces of Kenya"


def test_an_officer_whose_sentence_names_two_forces_speaks_for_neither():
    text = "Soldiers and police fought off gunmen near the town of Ketu on Monday, a senior officer said."
    assert _source_actors(text, "Kenya") == [None]


def test_an_accusation_coordinated_in_a_relative_clause_is_the_clause_subject_s():
    """"blamed the militia, which said ... and accused troops of the shooting": the militia accuses,
    not the leaders whose object the clause describes."""
    doc = load_language()("Local leaders blamed the Kuru Vanguard, which said it had no part in the raid "
                          "and accused troops of the shooting.")
    accusing = [a for a in find_attributions(next(doc.sents)) if a.cue.lemma_ == "accuse"]
    assert [a.source.text for a in accusing] == ["which"]


def test_a_blamed_group_that_accuses_another_of_the_act_claims_it():
    """The blamed group denies its part; its accusation of the troops tells the act happened."""
    text = ("Five herders were shot dead near the village of Ruma in Nigeria's Kaduna state on Sunday, police said. "
            "Local leaders blamed the Kuru Vanguard, which said it had no part in the raid and accused "
            "troops of the shooting.")
    claims = [c for e in events_of(text) for c in e.claims if c.sentence.startswith("Local leaders")]
    assert ("Kuru Vanguard", "asserts") in {(c.claimant, c.stance) for c in claims}


def test_officials_on_both_sides_are_each_side_s_claim():
    text = ("Officials on both sides said Taliban gunmen and Pakistani troops battled for most of Tuesday over "
            "a hill post above the Kurram valley.")
    claimants = {c.claimant for e in events_of(text) for c in e.claims}
    assert {"Taliban", "Government of Pakistan"} <= claimants


def test_a_society_named_after_the_people_it_serves_is_that_body():
    """"the X Detainees' Society said": a body's name, not the people a word of it names."""
    text = "Police detained eleven students in Kisumu on Monday night, the Lakeside Detainees' Society said."
    assert _source_actors(text, "Kenya") == ["Lakeside Detainees' Society"]


def test_it_after_a_state_body_in_its_own_sentence_is_that_state():
    text = ("Two teachers died when a glide bomb hit a school in Kupiansk on Monday, Ukrainian officials say. "
            "Moscow gave no comment, though it says its forces strike only military sites.")
    assert _source_actors(text, "Ukraine")[-1] == "Government of Russia"
