from __future__ import annotations

import datetime as dt
from dataclasses import replace

from eventwire.merge import build_event, merge_mentions, merge_reason
from eventwire.store import open_store
from eventwire.records import Actor, FatalityClaim, Span

from records_factory import BUKAVU, GOMA, MUGUNGA, article, mention


def test_reports_of_one_clash_from_two_articles_merge_with_all_claims_and_figures():
    first = mention("m1", "a1", killed=(12,), claimant="Military Forces of DR Congo")
    second = mention("m2", "a2", date=dt.date(2024, 6, 2), killed=(15,), claimant="M23")
    (event,) = merge_mentions([first, second])
    assert event.article_ids == ("a1", "a2")
    assert {c.claimant for c in event.claims} == {"Military Forces of DR Congo", "M23"}
    assert sorted(f.figure for f in event.fatality_claims) == [12, 15]
    assert event.fatalities == 12  # the lowest credible figure


def test_nearby_towns_merge_but_distant_ones_do_not():
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", place=MUGUNGA), same_article=False)
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", place=BUKAVU), same_article=False) is None


def test_dates_far_apart_or_other_types_do_not_merge():
    base = mention("m1", "a1")
    assert merge_reason(base, mention("m2", "a2", date=dt.date(2024, 6, 9)), same_article=False) is None
    other = mention("m2", "a2", sub_event_type="Peaceful protest", event_type="Protests")
    assert merge_reason(base, other, same_article=False) is None


def test_across_articles_a_missing_place_or_date_never_merges():
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", place=None), same_article=False) is None
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", date=None), same_article=False) is None
    assert merge_reason(mention("m1", "a1"), mention("m2", "a1", place=None), same_article=True)


def test_contradicting_actors_keep_events_apart():
    army = Actor("Military Forces of DR Congo", 1)
    rebels = Actor("M23", 2)
    assert merge_reason(mention("m1", actor1=army), mention("m2", "a2", actor1=rebels), same_article=False) is None


def test_a_denial_makes_unconfirmed_assertions_disputed():
    asserted = mention("m1", "a1")
    denied = mention("m2", "a1", claimant="Government of Rwanda", stance="denies", start=40)
    event = build_event("EV1", [asserted, denied])
    by_stance = {c.stance: c.verification for c in event.claims}
    assert by_stance == {"asserts": "disputed", "denies": "unverified"}


def test_the_same_reporter_raising_its_toll_counts_its_latest_figure():
    update = mention("m1", "a1", killed=(3, 5))
    assert build_event("EV1", [update]).fatalities == 5


def test_event_ids_are_stable_and_derive_from_the_founding_mention():
    one = merge_mentions([mention("m1"), mention("m2", "a2")])
    two = merge_mentions([mention("m1"), mention("m2", "a2")])
    assert one[0].event_id == two[0].event_id
    assert replace(one[0]) == one[0]


def test_an_attack_and_an_armed_clash_in_one_place_and_day_are_one_event_across_articles():
    clash = mention("m1", "a1")
    attack = mention("m2", "a2", sub_event_type="Attack", event_type="Violence against civilians")
    assert merge_reason(clash, attack, same_article=False)
    protest = mention("m3", "a2", sub_event_type="Peaceful protest", event_type="Protests")
    assert merge_reason(clash, protest, same_article=False) is None


def test_a_report_of_a_murder_suicide_counts_the_attacker_among_the_dead():
    first = mention("m1", "a1", killed=(2,))
    suicide = replace(first.fatality_claims[0], figure=1, cue="self",
                      evidence=replace(first.fatality_claims[0].evidence, text="shot himself"))
    event = build_event("E1", [replace(first, fatality_claims=first.fatality_claims + (suicide,))])
    assert event.fatalities == 3


def test_one_toponym_read_as_two_namesakes_is_one_place():
    namesake = replace(BUKAVU, name="Goma", geonameid=999, latitude=40.0, longitude=-80.0, iso="US")
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", place=namesake), same_article=False)


def test_a_named_victim_or_a_bystander_does_not_contradict_an_organised_actor():
    army = Actor("Military Forces of DR Congo", 1)
    victim = Actor("Jane Roe", 7)
    unknown = Actor("Main Street", 0)
    assert merge_reason(mention("m1", actor1=army), mention("m2", "a2", actor1=victim), same_article=False)
    assert merge_reason(mention("m1", actor1=army), mention("m2", "a2", actor1=unknown), same_article=False)


def test_an_accidental_shooting_and_an_attack_reported_apart_are_one_event():
    accident = mention("m2", "a2", sub_event_type="Man-made disaster", event_type="Non-conflict")
    assert merge_reason(mention("m1", "a1", sub_event_type="Attack", event_type="Violence against civilians"),
                        accident, same_article=False)


def test_a_follow_up_weeks_later_joins_the_event_when_it_names_the_same_person():
    first = replace(mention("m1", "a1"), sentence=Span(0, 40, "Jane Roe, 29, was shot dead in Goma on Friday."))
    later = replace(mention("m2", "a2", date=dt.date(2024, 6, 20), place=BUKAVU),
                    sentence=Span(0, 40, "A man was charged on Thursday with the murder of Jane Roe."))
    assert "same people named (Jane Roe)" in merge_reason(first, later, same_article=False)
    stranger = replace(later, sentence=Span(0, 40, "Police Chief John Doe said the man was charged on Thursday."))
    assert merge_reason(first, stranger, same_article=False) is None


def test_an_event_is_dated_by_its_earliest_day_precise_report():
    shot = mention("m1", "a1", date=dt.date(2024, 6, 1))
    named = mention("m2", "a1", date=dt.date(2024, 6, 3), start=50)
    assert build_event("E1", [named, shot]).date == dt.date(2024, 6, 1)


def test_an_abduction_and_an_attack_reported_apart_in_one_place_and_day_are_one_event():
    attack = mention("m1", "a1", sub_event_type="Attack", event_type="Violence against civilians")
    abduction = mention("m2", "a2", sub_event_type="Abduction/forced disappearance",
                        event_type="Violence against civilians")
    assert merge_reason(attack, abduction, same_article=False)


def test_part_of_a_province_agrees_with_a_town_in_it_but_not_with_one_elsewhere():
    north_kivu = replace(GOMA, name="North Kivu", latitude=-0.5, longitude=29.0, geo_precision=2, geonameid=1,
                         feature="admin1")
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", place=north_kivu), same_article=False)
    south_kivu = replace(north_kivu, name="South Kivu", admin1="South Kivu", geonameid=2)
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", place=south_kivu), same_article=False) is None


def test_a_report_dated_only_by_its_month_or_year_joins_no_other_reports_event_by_place():
    # A roundup's "four children died in the county last year" is no report of one of them.
    in_june = replace(mention("m2", "a2", date=dt.date(2024, 6, 15)), time_precision=3)
    north_kivu = replace(GOMA, name="North Kivu", latitude=-0.5, longitude=29.0, geo_precision=3, geonameid=1,
                         feature="admin1")
    assert merge_reason(mention("m1", "a1"), replace(in_june, place=MUGUNGA), same_article=False) is None
    assert merge_reason(mention("m1", "a1"), replace(in_june, place=GOMA), same_article=False) is None
    assert merge_reason(mention("m1", "a1"), replace(in_june, place=north_kivu), same_article=False) is None
    # Within one report the month still ties a nearby town, and across reports a day the same region.
    assert merge_reason(mention("m1", "a2"), replace(in_june, place=MUGUNGA), same_article=True)
    assert merge_reason(mention("m1", "a1"), mention("m2", "a2", place=north_kivu), same_article=False)


def test_an_organisation_named_in_both_reports_ties_no_follow_up():
    first = replace(mention("m1", "a1"), sentence=Span(0, 40, "Anyone with information may call Crime Stoppers."))
    later = replace(mention("m2", "a2", date=dt.date(2024, 6, 20), place=BUKAVU), sentence=first.sentence)
    assert merge_reason(first, later, same_article=False) is None


def test_people_named_anywhere_in_the_reports_tie_a_follow_up_when_the_reader_says_so():
    first = mention("m1", "a1")
    later = mention("m2", "a2", date=dt.date(2024, 6, 20), place=BUKAVU)
    assert merge_reason(first, later, same_article=False) is None
    reports = {"a1": {"Jane Roe"}, "a2": {"Jane Roe", "John Doe"}}
    reason = merge_reason(first, later, same_article=False, people=lambda record: reports[record.article_id])
    assert reason and "same people named (Jane Roe)" in reason


def test_a_stored_follow_up_is_tied_by_a_name_in_another_event_sentence_of_each_report(tmp_path):
    store = open_store(str(tmp_path / "events.db"))
    shot = replace(mention("m1", "a1"), sentence=Span(0, 40, "A girl was shot dead in Goma on Friday."))
    named = replace(mention("m2", "a1", sub_event_type="Peaceful protest", event_type="Protests", start=50),
                    sentence=Span(50, 90, "Neighbours marched for Jane Roe, aged 9."))
    store.store_batch([(article(article_id="a1"), [shot, named], [])])
    charged = replace(mention("m3", "a2", date=dt.date(2024, 6, 20), place=BUKAVU),
                      sentence=Span(0, 40, "A man was charged on Thursday over the killing."))
    funeral = replace(mention("m4", "a2", sub_event_type="Peaceful protest", event_type="Protests",
                              date=dt.date(2024, 6, 20), place=BUKAVU, start=50),
                      sentence=Span(50, 90, "Jane Roe was buried on Thursday."))
    store.store_batch([(article("Other words.", article_id="a2"), [charged, funeral], [])])
    by_mention = {m.mention_id: e.event_id for e in store.events() for m in e.mentions}
    assert by_mention["m1"] == by_mention["m3"]
    stranger = replace(charged, mention_id="m5", article_id="a3")
    store.store_batch([(article("More words.", article_id="a3"), [stranger], [])])
    (alone,) = [e for e in store.events() if "a3" in e.article_ids]
    assert alone.article_ids == ("a3",)


def test_a_store_keeps_apart_the_acts_one_report_tells_apart(tmp_path):
    store = open_store(str(tmp_path / "events.db"))
    clash = mention("m1", "a1")
    capture = mention("m2", "a1", sub_event_type="Abduction/forced disappearance",
                      event_type="Violence against civilians", start=50)
    store.store_batch([(article(article_id="a1"), [clash, capture], [])])
    assert len(store.events()) == 2


def test_a_store_judges_one_reports_events_as_that_report_does_even_when_they_name_the_same_person(tmp_path):
    store = open_store(str(tmp_path / "events.db"))
    first = replace(mention("m1", "a1", date=dt.date(2024, 5, 25)),
                    sentence=Span(0, 40, "Troops led by Jane Roe clashed with rebels."))
    second = replace(mention("m2", "a1", date=dt.date(2024, 6, 4), place=BUKAVU, start=50),
                     sentence=Span(50, 90, "Jane Roe's troops clashed with rebels again."))
    store.store_batch([(article(article_id="a1"), [first, second], [])])
    assert len(store.events()) == 2


def test_a_report_total_reads_the_cue_each_figure_was_found_with():
    report = mention("m1", "a1", killed=(2,))
    shot = replace(report.fatality_claims[0], figure=3, kind="injured", cue="shot")
    event = build_event("E1", [replace(report, fatality_claims=report.fatality_claims + (shot,))])
    assert (event.fatalities, event.injured) == (2, 1)  # three shot, two of them dead


def with_figure(record, figure: int, kind: str, cue: str = ""):
    claim = FatalityClaim(figure, kind, "Police", Span(0, 2, str(figure)), record.article_id, cue=cue)
    return replace(record, fatality_claims=record.fatality_claims + (claim,))


def test_a_report_that_counts_everyone_shot_among_the_dead_says_nobody_was_injured():
    all_died = with_figure(mention("m1", "a1", killed=(4,)), 4, "injured", cue="shot")
    one_wounded = with_figure(mention("m2", "a2", killed=(4,)), 1, "injured")
    assert build_event("E1", [all_died, one_wounded]).injured == 0
    assert build_event("E1", [one_wounded]).injured == 1


def test_the_wounded_of_an_early_report_who_died_later_are_not_injured():
    early = with_figure(mention("m1", "a1"), 1, "injured")  # "in critical condition"
    later = mention("m2", "a2", killed=(1,))  # "has died"
    event = build_event("E1", [early, later])
    assert (event.fatalities, event.injured) == (1, 0)
    assert build_event("E1", [early]).injured == 1


def test_among_equally_precise_places_and_dates_an_event_takes_those_most_reports_give():
    misread = replace(GOMA, name="Goma", geonameid=999, latitude=40.0, longitude=-80.0, iso="US")
    first = mention("m1", "a1", place=misread, date=dt.date(2024, 5, 31))
    second = mention("m2", "a2")
    third = mention("m3", "a3")
    event = build_event("E1", [first, second, third])
    assert event.place == GOMA
    assert event.date == dt.date(2024, 6, 1)


def test_an_event_placed_in_a_county_takes_a_town_inside_it_that_another_report_gives():
    goma = replace(GOMA, admin2="Nyiragongo", geo_precision=3)
    county = replace(GOMA, name="Nyiragongo", admin2="Nyiragongo", feature="admin2", geo_precision=2, geonameid=3)
    elsewhere = replace(BUKAVU, admin2="Kabare", geo_precision=3)
    event = build_event("EV1", [mention("m1", "a1", place=county), mention("m2", "a1", place=goma, start=40)])
    assert event.place.name == "Goma"
    event = build_event("EV1", [mention("m1", "a1", place=county), mention("m2", "a1", place=elsewhere, start=40)])
    assert event.place.name == "Nyiragongo"


def test_within_one_report_a_class_guessed_without_its_cue_is_no_act_of_its_own():
    attack = mention("m1", "a1", sub_event_type="Attack", event_type="Violence against civilians")
    guessed = replace(mention("m2", "a1", sub_event_type="Sexual violence", event_type="Violence against civilians",
                              start=50), confidence=0.25, sentence=Span(50, 84, "One woman had a wound to her arm."))
    assert merge_reason(attack, guessed, same_article=True)
    assert merge_reason(attack, replace(guessed, confidence=0.8), same_article=True) is None


def test_across_reports_an_act_of_violence_only_guessed_as_another_family_joins_a_shooting(tmp_path):
    shot = replace(mention("m1", "a1", sub_event_type="Attack", event_type="Violence against civilians"),
                   sentence=Span(0, 40, "A teen was shot in Goma on Saturday."))
    guessed = replace(mention("m2", "a2", sub_event_type="Remote explosive/landmine/IED",
                              event_type="Explosions/Remote violence"),
                      confidence=0.25, sentence=Span(0, 40, "A teenager was hurt in Goma on Saturday."))
    assert merge_reason(shot, guessed, same_article=False)
    assert merge_reason(shot, replace(guessed, confidence=0.8), same_article=False) is None
    assert merge_reason(shot, replace(guessed, article_id="a1"), same_article=True) is None  # the writer tells it apart
    store = open_store(str(tmp_path / "events.db"))
    store.store_batch([(article(article_id="a2"), [guessed], [])])
    store.store_batch([(article("Other words.", article_id="a1"), [shot], [])])
    assert len(store.events()) == 1


def test_a_follow_up_naming_nobody_joins_the_event_of_its_town_by_the_victims_age_and_count():
    wounded = replace(mention("m1", "a1"), sentence=Span(0, 40, "A 3-year-old boy was shot in Goma on Friday."),
                      fatality_claims=(FatalityClaim(1, "injured", "police", Span(2, 12, "3-year-old"), "a1"),))
    died = replace(mention("m2", "a2", date=dt.date(2024, 6, 12), place=MUGUNGA, killed=(1,)),
                   sentence=Span(0, 40, "The 3 year old boy shot last week has died."))
    assert "the same 3-year-old, 1 hurt" in merge_reason(wounded, died, same_article=False)
    assert merge_reason(wounded, replace(died, place=BUKAVU), same_article=False) is None  # another town
    assert merge_reason(wounded, replace(died, fatality_claims=()), same_article=False) is None  # nobody hurt
    two = replace(died, fatality_claims=(FatalityClaim(2, "killed", "police", Span(0, 3, "two"), "a2"),))
    assert merge_reason(wounded, two, same_article=False) is None
    older = replace(died, sentence=Span(0, 40, "The 4-year-old boy shot last week has died."))
    assert merge_reason(wounded, older, same_article=False) is None


def with_claimed_figure(record, figure: int, claimant: str, approximate: bool = False, cue: str = "killed",
                        words: str = "killed", counted: bool = True):
    """`record` with a figure of the dead: its words are "<figure> <words>", or only `words` where
    they give no `counted` number ("his daughter and granddaughter were killed")."""
    text = f"{figure} {words}" if counted else words
    claim = FatalityClaim(figure, "killed", claimant, Span(0, len(text), text), record.article_id,
                          approximate=approximate, cue=cue)
    return replace(record, fatality_claims=record.fatality_claims + (claim,))


def test_rival_counts_of_the_dead_in_one_report_give_its_lowest_credible_count():
    report = with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 23, "Volunteers"), 31, "Ministry of Health")
    assert build_event("E1", [report]).fatalities == 23
    vague = with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 9, "Army"), 12, "JNIM", approximate=True)
    assert build_event("E1", [vague]).fatalities == 9  # "dozens"


def test_a_named_outlets_own_figure_is_no_rival_source_of_its_report():
    # "Gunmen killed 3 people, Reuters reports; police put the toll at 5": one account, as when
    # the outlet is unnamed, so the report's total stands (5), not the lower of two "sources".
    unnamed = with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 5, "Police"), 3, "the outlet")
    named = replace(with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 5, "Police"), 3, "Reuters"),
                    outlet="Reuters")
    assert build_event("E1", [unnamed]).fatalities == 5
    assert build_event("E1", [named]).fatalities == 5
    # The same name quoted by another outlet's report is a rival source of that report.
    quoted = replace(named, outlet="Test Wire")
    assert build_event("E1", [quoted]).fatalities == 3


def test_one_sources_figures_the_outlets_own_a_lone_victim_or_a_named_list_are_parts_of_one_total():
    assert build_event("E1", [mention("m1", "a1", killed=(2, 5))]).fatalities == 5
    relative = with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 3, "Police"), 1, "Family")
    assert build_event("E1", [relative]).fatalities == 3
    outlet = with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 3, "Police"), 2, "the outlet")
    assert build_event("E1", [outlet]).fatalities == 3
    named = with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 4, "Police"), 2, "John Roe",
                                words="his daughter and granddaughter were killed", counted=False)
    assert build_event("E1", [named]).fatalities == 4
    crime = with_claimed_figure(with_claimed_figure(mention("m1", "a1"), 5, "Sheriff"), 2, "Police", cue="",
                                words="double murder")
    assert build_event("E1", [crime]).fatalities == 5


def test_within_a_report_a_sentence_giving_its_own_day_is_not_the_event_of_another_day():
    # "Clashes killed nine on Tuesday. ... Government forces came under fire on Wednesday": each
    # day the writer gives is its own event; a sentence that only inherits a day may join either.
    tuesday = replace(mention("m1", "a1", date=dt.date(2024, 6, 4), place=None), date_evidence=Span(5, 12, "Tuesday"))
    wednesday = replace(mention("m2", "a1", date=dt.date(2024, 6, 5), place=None, start=100),
                        date_evidence=Span(105, 114, "Wednesday"))
    inherited = replace(mention("m3", "a1", date=dt.date(2024, 6, 5), place=None, start=200),
                        date_evidence=Span(105, 114, "Wednesday"))
    assert merge_reason(tuesday, wednesday, same_article=True) is None
    assert merge_reason(tuesday, inherited, same_article=True) is None
    assert merge_reason(wednesday, inherited, same_article=True)
    # Across reports a day either way is one event.
    assert merge_reason(replace(tuesday, place=GOMA), replace(wednesday, article_id="a2", place=GOMA),
                        same_article=False)


def test_within_a_report_a_sentence_giving_its_own_week_is_not_the_event_of_a_day_outside_it():
    # "Last week, gunmen killed a trader ... Overnight, young men were beaten" (dated from the
    # sentence before: this week's Wednesday): two events, though the days lie within a week.
    last_week = replace(mention("m1", "a1", date=dt.date(2024, 5, 29), place=None),
                        time_precision=2, date_evidence=Span(0, 9, "Last week"))
    wednesday = replace(mention("m2", "a1", date=dt.date(2024, 6, 5), place=None, start=100),
                        date_evidence=Span(3, 12, "Wednesday"))
    same_week = replace(wednesday, date=dt.date(2024, 5, 31))
    assert merge_reason(last_week, wednesday, same_article=True) is None
    assert merge_reason(wednesday, last_week, same_article=True) is None
    assert merge_reason(last_week, same_week, same_article=True)


def test_two_reports_naming_the_sides_the_other_way_round_agree_whatever_words_name_them():
    army, rebels = "Military Forces of DR Congo", "M23"
    first = replace(mention("m1"), actor1=Actor(army, 1, Span(0, 6, "troops")),
                    actor2=Actor(rebels, 2, Span(12, 15, "M23")))
    second = replace(mention("m2", "a2"), actor1=Actor(rebels, 2, Span(50, 57, "rebels")),
                     actor2=Actor(army, 1, Span(30, 38, "soldiers")))
    assert merge_reason(first, second, same_article=False) is not None


def test_an_events_claims_are_judged_as_one_per_claimant_and_report():
    confirmed = mention("m1", "a1", claimant="Civilians (DR Congo)")
    confirmed = replace(confirmed, claims=tuple(replace(c, verification="confirmed") for c in confirmed.claims))
    told_again = mention("m2", "a1", claimant="Civilians (DR Congo)", start=40)
    event = build_event("EV1", [confirmed, told_again])
    assert [c.verification for c in event.claims] == ["unverified", "unverified"]
    # A party to the event is an interested one: its confirmation is its own word.
    army = Actor("Military Forces of DR Congo", 1)
    own = replace(mention("m3", "a2", actor1=army), claims=tuple(replace(c, verification="confirmed")
                                                                for c in mention("m3", "a2").claims))
    assert [c.verification for c in build_event("EV2", [own]).claims] == ["unverified"]
