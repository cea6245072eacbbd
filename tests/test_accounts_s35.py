"""One act, one set of sides across its sentences: a sentence that names the act's weapon or doers
again, a speaker who confirms the act, a later sentence that names the armed group the lead knows
only by its role, blame that tells no event, and the day the sentence after the lead gives."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from extraction_helpers import event_of

from eventwire.annotate import load_language
from eventwire.extract import mentions
from eventwire.extract.who import build_context
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article

MONDAY = dt.date(2025, 5, 5)


def events_of(text: str):
    """The merged events of one report published on a Monday."""
    return merge_mentions(extract_article(Article(id="t", text=text, title="", date=MONDAY)))


def _name(actor):
    return actor.name if actor is not None else None


def _claimants(event):
    return {claim.claimant for claim in event.claims}


def test_the_weapon_named_again_goes_on_telling_the_strike():
    events = events_of("Russian guided bombs have killed three people in a village in Ukraine's north-eastern Sumy "
                       "region, officials say. The bombs struck a bakery and a school on Tuesday morning, the "
                       "regional head wrote on Telegram.")
    strike = event_of(events, "The bombs struck")
    assert len(events) == 1
    assert strike.sub_event_type == "Air/drone strike"
    assert _name(strike.actor1) == "Military Forces of Russia"
    assert strike.fatalities == 3


def test_the_kidnappers_named_again_tell_the_abduction_and_police_confirm_it():
    events = events_of("Armed men have abducted more than 30 people in night raids on two villages in Nigeria's "
                       "Kogi state, residents say. The gunmen rode into the villages on motorcycles late on Friday "
                       "and went door to door, a local chief told Reuters. Police confirmed the abductions but said "
                       "22 people had been taken.")
    assert len(events) == 1
    (event,) = events
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert _name(event.actor1).startswith("Unidentified Armed Group")
    assert "Police Forces of Nigeria" in _claimants(event)


def test_a_later_sentence_names_the_militia_the_lead_knows_only_by_its_role():
    events = events_of("Fighting between soldiers and an ethnic militia in the Central African Republic's Ouham "
                       "prefecture has left at least 14 people dead, a UN official says. Anti-Balaka militiamen raided "
                       "a military camp outside Bossangoa on Saturday, and the shooting lasted for hours, the local "
                       "mayor told Radio Ndeke Luka. Army officers said their men had pushed the assailants back.")
    fighting = event_of(events, "Fighting between soldiers")
    assert (_name(fighting.actor1), _name(fighting.actor2)) == ("Anti-Balaka",
                                                                "Military Forces of Central African Republic")


def test_blame_that_tells_no_event_names_the_unnamed_gunmen():
    events = events_of("Gunmen have killed at least 12 herders in Burkina Faso's north, the government says. The "
                       "attackers surrounded a camp near the town of Djibo on Saturday morning and started shooting, "
                       "a district official told AFP. The regional governor blamed JNIM, which is active across the "
                       "region.")
    assert _name(event_of(events, "Gunmen have killed").actor1).endswith("(JNIM)")


def test_an_act_that_bore_a_groups_hallmarks_is_that_groups_and_the_remark_is_no_event():
    events = events_of("Suspected jihadists have killed seven fishermen on an island in Lake Chad, in Cameroon's far "
                       "north, local sources say. The assailants came ashore at dawn on Sunday and set huts alight, a "
                       "fisherman told the AFP news agency. Officials said the raid bore the hallmarks of Boko Haram, "
                       "which has waged an insurgency around the lake for years.")
    assert _name(event_of(events, "Suspected jihadists").actor1) == "Boko Haram"
    assert not any(m.sentence.text.startswith("Officials said") for e in events for m in e.mentions)


def test_the_sentence_after_the_lead_dates_it_before_a_later_acts_day():
    events = events_of("Gang members have killed at least nine people in a raid on a market town east of Haiti's "
                       "capital, aid workers say. Armed men from the Gran Grif alliance stormed Mirebalais on Friday "
                       "afternoon, torching houses and shooting people as they ran, a local priest said. Police said "
                       "officers had killed two gang members in a raid on Saturday.")
    attack = event_of(events, "Gang members have killed")
    assert attack.date == dt.date(2025, 5, 2)
    assert _name(attack.actor1) == "Gran Grif"
    assert event_of(events, "Armed men from") is attack


def test_a_claim_of_responsibility_names_the_group_that_made_it():
    doc = load_language()("In a message to journalists, the Balochistan Liberation Front, which Pakistan has banned, "
                          "claimed responsibility for the shootings.")
    view = SimpleNamespace(actors=build_context(doc, "Pakistan"))
    assert _name(mentions._claimed_by(next(doc.sents), view)) == "Balochistan Liberation Front (BLF)"


def test_the_states_own_word_for_the_crowd_tells_the_force_it_used():
    events = events_of("Riot police in Kenya have shot dead two protesters in the western city of Kisumu, a rights "
                       "group says. Officers fired live rounds on Tuesday afternoon as crowds blocked a highway, the "
                       "group said. State television said \"rioters\" had torched a police post and that two "
                       "officers had been injured.")
    assert len(events) == 1
    (event,) = events
    assert event.sub_event_type == "Excessive force against protesters"
    assert "Government of Kenya" in _claimants(event)


def test_a_counter_attack_targets_the_gang_named_for_the_raid():
    events = events_of("Gang members have killed at least nine people in a raid on a market town east of Haiti's "
                       "capital, aid workers say. Armed men from the Gran Grif alliance stormed Mirebalais on Friday "
                       "afternoon, torching houses and shooting people as they ran, a local priest said. Officers "
                       "shot dead six suspected gang members in a counter-offensive on Saturday, police said.")
    assert _name(event_of(events, "Officers shot dead").actor2) == "Gran Grif"
