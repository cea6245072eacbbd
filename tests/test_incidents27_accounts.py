"""Conflict reports tell one clash in the words of each side, a sentence each: the later side's
account joins the act told before it (its class and sides), so the event keeps both claimants;
a village the gazetteer does not know keeps its name; residents are people of the event's own
country."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from records_factory import GOMA, mention

from eventwire.extract.mentions import _people_of_place
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Actor, Article

WEDNESDAY = dt.date(2024, 9, 11)


def mentions_of(text: str):
    return extract_article(Article(id="t", text=text, title="", date=WEDNESDAY))


def event_of(mentions, words: str):
    found = [m for m in mentions if m.sentence.text.startswith(words)]
    assert found, words
    (event,) = [e for e in merge_mentions(mentions) if found[0] in e.mentions]
    return event


TWO_ACCOUNTS = (
    "Al-Shabaab militants attacked an army base near the town of Kismayo on Monday, the Somali army said. "
    "The group said on its radio station that its fighters had killed 30 soldiers and seized weapons."
)


def test_a_sides_account_in_a_sentence_of_its_own_joins_the_act_told_before_it():
    mentions = mentions_of(TWO_ACCOUNTS)
    event = event_of(mentions, "The group said")
    assert len(event.mentions) == 2
    assert event.sub_event_type == "Armed clash"
    claimants = {claim.claimant for claim in event.claims}
    assert {"Al Shabaab", "Military Forces of Somalia"} <= claimants
    # Its own words ("seized weapons") no longer make it a disrupted weapons use of its own.
    assert all(m.sub_event_type == "Armed clash" for m in mentions)


def test_a_claim_of_responsibility_that_refers_back_to_the_attack_joins_it():
    mentions = mentions_of("Suspected militants opened fire on a police post in the town of Gao on Tuesday, "
                           "killing two officers, police said. "
                           "A little-known group said on social media it had carried out the attack.")
    event = event_of(mentions, "A little-known group")
    assert len(event.mentions) == 2
    assert "A little-known group" in {claim.claimant for claim in event.claims}


def test_an_interested_partys_figure_does_not_raise_a_toll_another_source_gave():
    event = event_of(mentions_of(TWO_ACCOUNTS.replace("Monday, the Somali army said",
                                                      "Monday, killing four soldiers, the Somali army said")),
                     "The group said")
    assert event.fatalities == 4


def test_another_day_or_another_place_stays_another_event():
    mentions = mentions_of("Al-Shabaab militants attacked an army base near the town of Kismayo on Monday, the "
                           "Somali army said. The army said on Tuesday that its troops had clashed with the "
                           "militants near the town of Baidoa.")
    assert event_of(mentions, "The army said") is not event_of(mentions, "Al-Shabaab militants")


def test_a_village_the_gazetteer_does_not_know_keeps_its_name_in_the_region_the_report_names():
    mentions = mentions_of("On Tuesday, army drones struck a gathering of suspected militants in the village of "
                           "Kobassaba in the Mopti region, residents said.")
    place = mentions[0].place
    assert place is not None and place.name == "Kobassaba"  # not "Mopti"
    assert place.admin1 == "Mopti" and place.iso == "ML"
    assert place.geo_precision == 2 and place.geonameid is None


def test_a_village_spelled_apart_from_the_gazetteers_name_stays_that_place():
    mentions = mentions_of("Gunmen killed nine people in the village of Dansadau in Zamfara state on Sunday, "
                           "residents said.")
    assert mentions[0].place is not None and mentions[0].place.geonameid is not None


def test_residents_the_sentence_names_without_a_country_are_people_of_the_events_own_country():
    told = replace(mention("m1", claimant="Civilians (Rwanda)"), actor2=Actor("Civilians (Rwanda)", 7),
                   actor1=Actor("Unidentified Armed Group (Rwanda)", 3), place=GOMA)
    local = _people_of_place(told, "Rwanda")  # a DR Congo event in a report that mostly names Rwanda
    assert local.actor2.name == "Civilians (DR Congo)"
    assert local.actor1.name == "Unidentified Armed Group (DR Congo)"
    assert [claim.claimant for claim in local.claims] == ["Civilians (DR Congo)"]
    named = replace(told, actor2=Actor("Civilians (Burundi)", 7))  # the sentence's own "Burundian refugees"
    assert _people_of_place(named, "Rwanda").actor2.name == "Civilians (Burundi)"


def test_a_further_sentence_stays_in_the_village_the_sentence_before_names_not_the_reports_main_town():
    mentions = mentions_of("Gunmen killed 12 people in a raid on the village of Kobassaba near Mopti on Sunday, "
                           "officials in Mopti said. The attackers set fire to houses and a mosque, residents said. "
                           "Mopti's governor said troops had been sent to Mopti.")
    burned = [m for m in mentions if m.sentence.text.startswith("The attackers")][0]
    assert burned.place is not None and burned.place.name == "Kobassaba"


def test_a_second_speaker_coordinated_with_the_first_is_a_claimant_too():
    mentions = mentions_of("The army said its soldiers had repelled an attack on a base near the town of Kidal on Monday, "
                           "but the rebels said on Telegram that they now held the base.")
    claimants = {claim.claimant for m in mentions for claim in m.claims}
    assert claimants == {"Military Forces of Mali", "Rebels (Mali)"}
