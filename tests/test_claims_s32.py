"""Claims (issue #5, session 32): a side's statement given on a day of its own joins the act it
tells when it names the act's target again; a body's name keeps its name as claimant; resolving a
source never walks back to a phrase it is resolving. Each fixture is a short report written for
these tests."""

from __future__ import annotations

from extraction_helpers import event_of, events_of

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import source_actor
from eventwire.extract.who import ActorContext


def _claimants(text: str, start: str) -> set[str]:
    return {claim.claimant for claim in event_of(events_of(text), start).claims if claim.stance != "denies"}


def test_a_statement_of_a_later_day_that_names_the_acts_target_joins_the_act():
    """The group speaks on Wednesday of what it targeted: the ferries its mortars hit on Tuesday.
    The statement's day is not the act's; what it says was done decides."""
    text = ("Fighters of al-Shabaab fired mortars at a ferry on the Shabelle river near Jowhar on Tuesday, killing "
            "at least nine passengers, a district commissioner said. Al-Shabaab said on Wednesday that its fighters "
            "had targeted ferries carrying soldiers, and warned boat owners.")
    events = events_of(text)
    assert len(events) == 1
    assert _claimants(text, "Fighters of al-Shabaab") >= {"Al Shabaab"}


def test_a_statement_of_a_later_day_that_tells_other_targets_stays_apart():
    """The army's own toll of militants is no account of the militants' raid on its base."""
    text = ("KABUL – Militants stormed an army base in Kunar province on Tuesday, killing four soldiers, officials "
            "said. The army said on Wednesday that it had killed 30 militants.")
    assert len(events_of(text)) == 2


def test_a_statement_of_a_later_day_summing_up_its_own_days_stays_apart():
    text = ("KABUL – Militants stormed an army base in Kunar province on Tuesday, killing four soldiers, officials "
            "said. The army said on Wednesday that it had killed 30 militants in operations at their bases over "
            "the past week.")
    assert len(events_of(text)) == 2


def test_a_body_whose_name_holds_a_word_for_people_keeps_its_name():
    """"The Citizens Renewal Coalition said": a party's name, not the civilians a word of it names;
    it speaks for its supporters the police met, so its count of arrests is the protest's."""
    text = ("HARARE, Zimbabwe – Police fired tear gas at opposition supporters who marched in Gweru on Saturday, and "
            "12 people were hurt. The Citizens Renewal Coalition said 40 of its supporters had been arrested.")
    events = events_of(text)
    assert len(events) == 1
    assert "Citizens Renewal Coalition" in _claimants(text, "HARARE")


def test_resolving_a_source_stops_at_a_phrase_it_is_already_resolving():
    """A step that leads back to a phrase on the way (a parse in which a writing is its own
    verb's subject once did) names no one instead of recursing without end."""
    doc = load_language()("A spokesman for the Hill Rangers said the road was closed.")
    source = doc[0:2]
    context = ActorContext(country="Kenya")
    assert source_actor(source, context, {}) is not None
    assert source_actor(source, context, {}, frozenset({source.root.i})) is None


def test_a_sentence_whose_subject_is_the_strike_told_before_tells_that_strike():
    """"They say the strike hit the market ...": whatever class its words are read as, a sentence
    whose subject names the act again gives that act its day, town and sources."""
    text = ("A drone strike on a crowded cattle market in Ethiopia's Tigray region has killed at least 20 people, "
            "residents have told reporters. They say the strike hit the market in the village of Mehoni on "
            "Thursday morning, as herders from nearby farms gathered.")
    events = events_of(text)
    assert len(events) == 1
    assert events[0].fatalities == 20


def test_a_strike_by_the_acts_target_on_its_doers_is_an_act_of_its_own():
    """The army's account of the assault goes on to its own air strike on the fleeing fighters,
    with its own toll: ACLED codes that strike apart from the assault."""
    text = ("NIAMEY (Reuters) – Hundreds of jihadist fighters stormed an army camp near Tillaberi on Thursday, "
            "killing 14 soldiers, the army said. Islamic State Sahel Province said it had carried out the assault. "
            "The army said it had pushed the attackers back. It added that an air strike on the fleeing militants "
            "had killed about 40 of them.")
    strike = event_of(events_of(text), "It added")
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.fatalities == 40
    assert event_of(events_of(text), "NIAMEY").fatalities == 14
