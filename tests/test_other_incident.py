"""Another incident an article recalls lends the main event neither its toll nor its place."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.mentions import main_mention
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article, Event, EventMention


def mentions_of(text: str) -> list[EventMention]:
    return extract_article(Article(id="t", text=text, title="", date=dt.date(2016, 3, 10)))


def main_event(text: str) -> Event:
    mentions = mentions_of(text)
    main = main_mention(mentions)
    assert main is not None
    return next(event for event in merge_mentions(mentions) if main in event.mentions)


def test_toll_of_a_dated_shooting_the_sentence_recalls_is_not_the_main_events():
    event = main_event("A 7-year-old boy was shot Monday night in Springfield, Illinois, just down the street "
                       "from a July 2014 shooting that left a 12-year-old girl dead.")
    assert (event.fatalities, event.injured) == (0, 1)


def test_an_incursion_last_month_lends_no_toll_to_todays_shelling():
    event = main_event("Artillery shelled the town today, killing three civilians, the governor said. "
                       "The shelling today came after an incursion late last month that killed 70 fighters.")
    assert event.fatalities == 3


def test_another_shooting_on_another_day_joins_no_main_event():
    # Its own day keeps it apart from Monday's shooting in the merge (merge.dates_agree), so it
    # stays a present-day event of its own (as in the Peoria case below), not the main event's.
    mentions = mentions_of("A man was shot and killed Monday in Springfield, Illinois, police said. "
                           "Police are also investigating another shooting on Sunday in which two men were killed.")
    event = main_event(" ".join(m.sentence.text for m in mentions))
    assert event.fatalities == 1
    assert [m.sentence.text for m in event.mentions] == [mentions[0].sentence.text]


def test_a_killing_the_previous_month_in_the_same_town_is_background():
    mentions = mentions_of("A man was shot and killed Monday in Springfield, Illinois. "
                           "The previous month, two teens were shot and killed on the same street.")
    assert [m.historical for m in mentions] == [False, True]


def test_a_killing_dated_to_another_month_than_the_main_event_is_background():
    mentions = mentions_of("A man was shot and wounded Monday in Springfield, Illinois. "
                           "Last month a woman was shot and killed two blocks away.")
    assert [m.historical for m in mentions] == [False, True]


def test_a_follow_up_keeps_the_toll_of_the_shooting_it_is_about():
    mentions = mentions_of("Police arrested a man Tuesday in connection with a shooting last month "
                           "that killed two people in Springfield, Illinois.")
    main = main_mention(mentions)
    assert main is not None and not main.historical
    assert [(f.kind, f.figure) for f in main.fatality_claims] == [("killed", 2)]


def test_another_incident_the_merge_keeps_apart_stays_a_present_day_event():
    mentions = mentions_of("A man was shot and killed Monday in Springfield, Illinois. "
                           "The previous month, a teen was shot and killed in Peoria, Illinois.")
    assert [m.historical for m in mentions] == [False, False]


def test_a_victims_past_told_in_passing_is_not_another_incident():
    mentions = mentions_of("A man was shot and killed Monday in Springfield, Illinois. "
                           "A woman who had moved to the street the previous year was shot in the leg.")
    assert [m.historical for m in mentions] == [False, False]


def test_a_sentence_going_on_about_a_past_shooting_lends_its_toll_to_no_present_event():
    mentions = mentions_of("A 16-year-old girl was shot and killed Friday morning in Springfield, Illinois. "
                           "In August 2014, the suspect opened fire on a group of people at a cookout. "
                           "Six people were shot and wounded in the incident.")
    assert mentions[-1].historical
    assert main_event(" ".join(m.sentence.text for m in mentions)).injured == 0


def test_a_toll_told_in_a_sentence_of_its_own_counts_the_act_told_before_it():
    mentions = mentions_of("Shells hit a crowded market in Mosul on Saturday, killing at least 23 people, "
                           "volunteers said. The health ministry put the toll at 31 dead and more than 70 wounded.")
    events = merge_mentions(mentions)
    assert len(events) == 1
    assert (events[0].fatalities, events[0].injured) == (23, 70)


def test_another_event_dated_only_by_its_statement_takes_that_day_not_the_leads():
    mentions = extract_article(Article(id="t", title="", date=dt.date(2025, 1, 30), text=(
        "Shells hit a crowded market in the city on Sunday, killing at least 12 people, volunteers said. "
        "The army said on Tuesday its aircraft had struck rebel positions east of the city.")))
    dates = {m.sentence.text[:12]: m.date for m in mentions}
    assert dates == {"Shells hit a": dt.date(2025, 1, 26), "The army sai": dt.date(2025, 1, 28)}


def test_a_statement_going_on_about_the_leads_event_keeps_the_leads_date():
    mentions = extract_article(Article(id="t", title="", date=dt.date(2024, 7, 31), text=(
        "Gunmen killed at least 11 people in an attack on a farming village on Sunday night, police said. "
        "A rights group said on Tuesday that 19 people had died.")))
    assert {m.date for m in mentions} == {dt.date(2024, 7, 28)}


def test_air_raid_sirens_warn_of_an_attack_and_are_none():
    mentions = mentions_of("A missile strike on the city killed four people on Tuesday, the governor said. "
                           "Air raid sirens sounded across the region for much of the night.")
    assert [m.sentence.text[:9] for m in mentions] == ["A missile"]
    kept = mentions_of("Air raid sirens sounded as missiles struck the city on Tuesday, killing four people.")
    assert len(kept) == 1
