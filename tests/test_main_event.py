"""The article's main event: its place from the dateline and the states the article names."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.mentions import main_mention
from eventwire.pipeline import extract_article, process
from eventwire.records import Article


def main_place(text: str, title: str = ""):
    article = Article(id="t", text=text, title=title, date=dt.date(2016, 1, 10))
    main = main_mention(extract_article(article))
    assert main is not None and main.place is not None
    return main.place


def test_dateline_town_read_in_its_state_places_a_vague_main_event():
    place = main_place("SPRINGFIELD, Ill. (AP) — A man was shot and killed late Saturday at a gas station, "
                       "police said. Officers found him lying near the pumps.")
    assert (place.name, place.admin1) == ("Springfield", "Illinois")


def test_dateline_after_a_caption_line_places_a_county_level_main_event():
    place = main_place("Photo: the gas station on Sunday.\n\nSPRINGFIELD, Mo. (AP) — Deputies are asking for the "
                       "public's help. A man was shot and killed late Saturday at a gas station in Greene County, "
                       "they said.")
    assert (place.name, place.admin1, place.feature) == ("Springfield", "Missouri", "city")


def test_dateline_names_the_city_not_the_county_of_that_name():
    place = main_place("ST. LOUIS, Mo. - A woman was wounded in a shooting on Sunday night, police said.")
    assert (place.name, place.feature) == ("St. Louis", "city")


def test_town_named_in_the_event_sentence_beats_the_dateline_in_the_same_state():
    place = main_place("SPRINGFIELD, Ill. — A man was shot dead on Friday in Peoria, police said.")
    assert (place.name, place.admin1) == ("Peoria", "Illinois")


def test_state_named_in_the_article_decides_between_towns_of_one_name():
    place = main_place("Police are investigating a shooting that left a man injured in Wilmington, Delaware. "
                       "The man was shot in the hand on Monday night in Wilmington.")
    assert (place.name, place.admin1) == ("Wilmington", "Delaware")


def test_a_victims_home_town_gives_way_to_the_dateline_town():
    place = main_place("SPRINGFIELD, Ill. (AP) — A 19-year-old Springfield man who police say shot and killed "
                       "a 22-year-old Peoria man last week has been charged with murder.")
    assert (place.name, place.admin1) == ("Springfield", "Illinois")


def test_the_hospital_the_wounded_were_taken_to_is_not_the_place_of_the_shooting():
    for text in ("SPRINGFIELD, Ill. (AP) — A woman was shot on Friday and taken to Saint Mary Hospital in Peoria, "
                 "police said.",
                 "SPRINGFIELD, Ill. (AP) — A woman was shot on Friday and flown to a Peoria hospital, police said."):
        assert main_place(text).name == "Springfield"


def test_a_home_town_is_kept_when_the_sentence_names_no_other_town():
    place = main_place("Two Peoria boys were shot and killed on Friday, Illinois police said.")
    assert place.name == "Peoria"


def main_date(text: str) -> dt.date | None:
    article = Article(id="t", text=text, date=dt.date(2016, 1, 10))
    main = main_mention(extract_article(article))
    assert main is not None
    return main.date


def test_the_day_of_a_statement_gives_way_to_the_day_the_lead_gives_the_event():
    assert main_date("Police said Sunday that a man was shot and killed at a gas station in Peoria. "
                     "The man was shot late Friday, officers said.") == dt.date(2016, 1, 8)


def test_an_undated_event_takes_the_day_a_later_sentence_gives_not_the_publication_day():
    # The lead names no day and its only event sentence gives none; the day comes two
    # sentences on, in a sentence that tells no act of its own.
    assert main_date("A woman was found shot to death in her home in Peoria. Officers went to the house after "
                     "a neighbor called. It happened at about 9 p.m. Friday.") == dt.date(2016, 1, 8)


def test_the_day_of_a_charge_elsewhere_in_the_article_does_not_date_the_event():
    assert main_date("A woman was found shot to death in her home in Peoria. Officers went to the house after "
                     "a neighbor called. Her husband was charged with murder on Friday.") == dt.date(2016, 1, 10)


def test_the_act_not_the_charge_that_followed_it_is_the_main_event():
    article = Article(id="t", title="", date=dt.date(2016, 1, 10), text=(
        "Prosecutors on Friday charged a man who shot his neighbor. "
        "The neighbor was shot in the chest on Tuesday night outside his home and died in hospital."))
    main = main_mention(extract_article(article))
    assert main is not None and main.sentence.text.startswith("The neighbor was shot")


def test_an_accidental_shooting_read_as_a_man_made_disaster_is_the_act_the_article_is_about():
    from dataclasses import replace

    from records_factory import mention

    accident = replace(mention("m1", sub_event_type="Man-made disaster", event_type="Non-conflict"),
                       disorder_type="Non-conflict")
    later = mention("m2", sub_event_type="Abduction/forced disappearance", event_type="Violence against civilians",
                    start=80)
    assert main_mention([accident, later]) is accident


def test_a_neighbourhood_listed_as_a_town_is_placed_in_the_city_whose_police_report_it():
    place = main_place("A man was shot and wounded Saturday night in Hyde Park, Chicago police said.")
    assert (place.name, place.admin1) == ("Chicago", "Illinois")


def test_a_town_with_police_of_its_own_is_not_taken_for_a_neighbourhood():
    place = main_place("A man was shot and wounded Saturday night in Oak Park. Oak Park and Chicago police "
                       "are investigating.")
    assert (place.name, place.admin1) == ("Oak Park", "Illinois")


def test_a_town_the_article_calls_a_neighbourhood_is_placed_in_the_city_it_names():
    place = main_place("A man was shot and wounded Saturday night in the Hyde Park neighborhood of Chicago, "
                       "police said.")
    assert (place.name, place.admin1) == ("Chicago", "Illinois")


def test_a_stateless_dateline_opening_the_event_sentence_gives_way_to_the_suburb_it_names():
    place = main_place("PEORIA (WXYZ) — A 25-year-old man was shot to death Sunday afternoon in south suburban "
                       "Bartonville. Officers found him near a gas station.")
    assert (place.name, place.admin1) == ("Bartonville", "Illinois")


def test_a_dateline_is_kept_when_the_other_town_read_lies_in_another_state():
    place = main_place("CHICAGO (WXYZ) — A man was shot during a robbery Sunday in Kokomo, police said.")
    assert (place.name, place.admin1) == ("Chicago", "Illinois")


def test_a_state_named_as_the_event_place_gives_way_to_the_town_the_next_sentence_places_it_in():
    place = main_place("A man wielding a knife was shot and killed at a store in Pennsylvania, authorities said. "
                       "The man walked into the store in Easton late Saturday night.")
    assert (place.name, place.admin1, place.feature) == ("Easton", "Pennsylvania", "city")


def test_a_town_the_next_sentence_names_without_a_locative_word_does_not_refine_the_county():
    place = main_place("A man was shot and killed in Northampton County on Saturday, deputies said. "
                       "Officials said Easton resident John Doe was a soldier.")
    assert place.feature == "admin2"


def test_a_neighbourhood_listed_as_a_town_is_placed_in_the_city_the_headline_names():
    place = main_place("Two cars were damaged after both men in a van had been shot, police say. It happened on a "
                       "street in Fishtown just after 5 p.m.",
                       title="Philadelphia shooting victims crash into parked cars in Fishtown")
    assert (place.name, place.admin1) == ("Philadelphia", "Pennsylvania")


def test_a_town_is_not_taken_for_a_neighbourhood_of_a_city_the_headline_does_not_name():
    place = main_place("Two cars were damaged after both men in a van had been shot, police say. It happened on a "
                       "street in Fishtown just after 5 p.m.", title="Shooting victims crash into parked cars")
    assert (place.name, place.admin1) == ("Fishtown", "Pennsylvania")


def test_shots_fired_alone_tell_an_attack():
    article = Article(id="t", date=dt.date(2016, 1, 10),
                      text="Officers said shots were fired from a passing car on Main Street early Sunday.")
    main = main_mention(extract_article(article))
    assert main is not None and main.sub_event_type == "Attack"


def test_a_report_telling_its_incident_only_as_a_shooting_has_that_main_event():
    article = Article(id="t", text="Springfield police are investigating a shooting on Elm Street on Saturday night. "
                                   "Detectives asked anyone with information to call.", date=dt.date(2016, 1, 10))
    for fast in (True, False):
        main = main_mention(process([article], fast=fast)[0].mentions)
        assert main is not None and main.event_type == "Violence against civilians"


def test_the_town_of_the_hospital_the_victim_died_in_is_only_near_the_event():
    article = Article(id="t", date=dt.date(2016, 1, 10),
                      text="A man was shot and killed in Greene County, Missouri, on Saturday, deputies said. "
                           "He died at Springfield Memorial Hospital.")
    mentions = extract_article(article)
    hospital = [m for m in mentions if "Hospital" in m.sentence.text and m.place is not None]
    assert hospital and all(m.place.geo_precision == 2 for m in hospital)
    assert main_mention(mentions).place.name == "Greene County"


def test_a_town_the_headline_names_refines_the_county_of_the_text():
    place = main_place("A woman was shot and wounded in Cleveland County on Saturday night, deputies said.",
                       title="Norman Shooting Leaves Woman Wounded")
    assert (place.name, place.admin1, place.feature) == ("Norman", "Oklahoma", "city")


def test_a_headline_town_outside_the_county_of_the_text_does_not_refine_it():
    place = main_place("A woman was shot and wounded in Sarpy County on Saturday night, deputies said.",
                       title="Omaha Shooting Leaves Woman Wounded")
    assert (place.name, place.feature) == ("Sarpy County", "admin2")


def test_a_town_named_only_as_someones_home_is_not_the_focus_an_unplaced_event_inherits():
    place = main_place("Police are searching for a Decatur man after Saturday's killing. The victim's car was "
                       "parked outside a Peoria business. Jane Roe, 37, was shot twice in the chest and died, the "
                       "coroner said.")
    assert (place.name, place.admin1) == ("Peoria", "Illinois")


def test_a_town_the_headline_and_the_text_name_beats_the_dateline_city_an_unplaced_event_inherits():
    place = main_place("CHICAGO (AP) — A woman was wounded by a stray bullet Wednesday evening in far south suburban "
                       "Oak Lawn. Three men confronted the owner of a home around 5:30 p.m. Wednesday. The homeowner "
                       "started closing the door, when one of the men pulled out a gun and fired a shot.",
                       title="Woman Shot In Oak Lawn")
    assert (place.name, place.admin1) == ("Oak Lawn", "Illinois")


def test_a_headline_town_named_as_someones_home_does_not_refine_the_county_of_the_text():
    place = main_place("A man was charged on Sunday after a woman was shot and wounded in McLean County, deputies "
                       "said.", title="Normal Man Charged In Shooting")
    assert (place.name, place.feature) == ("McLean County", "admin2")


def test_a_home_county_gives_way_to_the_town_the_next_sentence_places_the_event_in():
    place = main_place("A Peoria County man is accused of shooting and killing his stepson on Saturday. The shooting "
                       "happened around noon on Elm Street in Pekin, deputies said.")
    assert (place.name, place.admin1, place.feature) == ("Pekin", "Illinois", "city")


def test_a_dateline_with_the_date_in_brackets_is_read():
    from eventwire.extract.event_place import dateline_place
    from eventwire.gazetteer import Gazetteer

    place = dateline_place("SPRINGFIELD, Ill. (Jan. 15, 2016)– Police say a store clerk was shot.", Gazetteer.open())
    assert place is not None and (place.name, place.admin1) == ("Springfield", "Illinois")


def test_the_town_of_a_hospital_in_an_unparsed_sentence_is_not_the_articles_focus():
    place = main_place("A hunter accidentally shot a man in the arm on Saturday, deputies said. The two men were "
                       "tracking a deer near Oneida. Police say the hunter then aimed and fired his rifle. The man "
                       "was taken to a hospital in Syracuse and then to a trauma center in Syracuse.")
    assert place.name == "Oneida"


def test_someones_home_state_is_no_rival_to_the_state_the_sentence_places_its_speaker_in():
    text = ("A sheriff in central Wyoming says a 30-year-old Utah man shot his brother and then himself.\n\n"
            "The sheriff says the shooting happened at a home in Casper on Sunday night.")
    for dateline in ("", "CHEYENNE, Wyo. — "):
        place = main_place(dateline + text)
        assert (place.name, place.admin1) == ("Casper", "Wyoming")


def _told(mention_id: str, sub_event_type: str, text: str, confidence: float, start: int, killed=()):
    from dataclasses import replace

    from records_factory import mention

    from eventwire.records import Span

    told = mention(mention_id, sub_event_type=sub_event_type, event_type="Violence against civilians", start=start,
                   killed=killed)
    return replace(told, sentence=Span(start, start + len(text), text), confidence=confidence)


def test_an_unsure_class_with_no_cue_of_its_own_gives_way_to_a_cued_attack_with_a_toll():
    guess = _told("m1", "Sexual violence", "The woman, a mother of three, worked as a nurse at the clinic.", 0.3, 0)
    attack = _told("m2", "Attack", "A man was shot and killed outside a bar on Saturday.", 0.9, 80, killed=(1,))
    assert main_mention([guess, attack]) is attack


def test_a_sure_or_cued_first_act_stays_the_main_event():
    attack = _told("m2", "Attack", "A man was shot and killed outside a bar on Saturday.", 0.9, 80, killed=(1,))
    sure = _told("m1", "Sexual violence", "The woman, a mother of three, worked as a nurse at the clinic.", 0.8, 0)
    cued = _told("m1", "Peaceful protest", "Demonstrators staged a protest outside city hall on Monday.", 0.3, 0)
    assert main_mention([sure, attack]) is sure
    assert main_mention([cued, attack]) is cued


def test_an_unsure_class_that_carries_a_toll_of_its_own_stays_the_main_event():
    told = _told("m1", "Sexual violence", "Three women were wounded on Friday night.", 0.3, 0, killed=(3,))
    attack = _told("m2", "Attack", "A man was shot and killed outside a bar on Saturday.", 0.9, 80, killed=(1,))
    assert main_mention([told, attack]) is told


def test_an_arrest_sentence_that_tells_the_act_beats_acts_only_guessed_after_it():
    from dataclasses import replace

    from eventwire.records import FatalityClaim, Span
    from records_factory import mention

    told = mention("m1", sub_event_type="Attack", event_type="Violence against civilians")
    told = replace(told, confidence=0.41,
                   sentence=Span(0, 61, "A man was charged Monday after he shot a woman on Saturday."),
                   fatality_claims=(FatalityClaim(1, "injured", "police", Span(34, 43, "shot a woman"), "a1"),))
    guessed = replace(mention("m2", sub_event_type="Man-made disaster", event_type="Strategic developments", start=62),
                      confidence=0.25, sentence=Span(62, 101, "A friend drove the woman to a hospital."))
    assert main_mention([told, guessed]) is told


def test_a_county_named_only_in_its_prosecutors_and_jails_titles_is_not_the_articles_focus():
    place = main_place("A teen has been charged with murder in connection with a shooting south of Peoria. "
                       "She was charged Wednesday by the Tazewell County District Attorney's Office. "
                       "She reportedly shot the man once in the head with a rifle. "
                       "She was taken to the Tazewell County Juvenile Detention Center to await a court date.")
    assert place.name == "Peoria"


def test_a_town_named_only_in_a_newspapers_title_is_not_the_articles_focus():
    place = main_place("A man who stopped to help a stranded driver was shot and killed on Friday, the sheriff said. "
                       "Five people had stopped in Tazewell County during the storm. "
                       "The driver is held in Tazewell County, about an hour south of Peoria. "
                       "The victim's sister told the Peoria Sentinel he loved helping people.")
    assert place.name == "Tazewell County"


def test_where_the_victim_was_shot_beats_where_they_were_found():
    lead = "A teen was found shot to death Tuesday evening on the porch of a Peoria home, police said. "
    for follow_up in ("The shooting was first reported near Fifth Street in Pekin, deputies said.",
                      "Deputies believe he was shot along the river bank in Pekin."):
        assert main_place(lead + follow_up).name == "Pekin"
    assert main_place(lead + "Deputies say he lived in Pekin.").name == "Peoria"


def test_a_sentence_telling_only_the_care_given_is_not_the_act_another_sentence_tells():
    care = _told("m1", "Man-made disaster", "Roe was taken to a hospital in Peoria, where he was treated for a wound.",
                 0.6, 0)
    act = _told("m2", "Man-made disaster", "Investigators called both shootings accidents.", 0.45, 80)
    assert main_mention([care, act]) is act
    shot = _told("m3", "Attack", "Roe was shot in the arm and taken to a hospital in Peoria.", 0.6, 0)
    assert main_mention([shot, act]) is shot  # the act and the care told together
    assert main_mention([care]) is care  # nothing else to be the act


def test_a_dateline_run_in_after_a_headline_on_the_texts_first_line_is_read():
    from eventwire.extract.event_place import dateline_place
    from eventwire.gazetteer import Gazetteer

    text = "Hunter faces charge after deer mix-up SPRINGFIELD, Ill. -- A hunter who mistook his friend for a deer"
    place = dateline_place(text, Gazetteer.open())
    assert place is not None and (place.name, place.admin1) == ("Springfield", "Illinois")
    assert dateline_place("Hunter faces charge in Springfield, Ill. -- a deer mix-up", Gazetteer.open()) is None


def test_a_country_naming_the_attackers_is_not_where_the_strike_was():
    # "US" modifies nouns four times and the struck town is the article's only place in its
    # country: it is still the event's place, not a stray beside a "US" article.
    place = main_place("US drones struck a weapons depot in the town of Mosul on Monday, killing four people, "
                       "local officials said. The US military said the depot supplied fighters. US officials "
                       "gave no toll. A US defence spokesman said more strikes were possible.")
    assert (place.name, place.iso) == ("Mosul", "IQ")


def test_a_country_owning_the_speaker_is_not_where_its_forces_struck():
    article = Article(id="t", date=dt.date(2016, 1, 10), text=(
        "A drone struck a fuel depot in the city of Sumy on Monday, killing two workers, the regional governor "
        "said. Russia's defence ministry said its forces had hit a store of foreign weapons."))
    places = {m.sentence.text[:6]: m.place.name for m in extract_article(article) if m.place}
    assert places.get("Russia") != "Russia"


def test_the_article_country_is_that_of_its_towns_not_of_a_foreign_force_named_in_passing():
    article = Article(id="t", date=dt.date(2016, 1, 10), text=(
        "Gunmen attacked an army checkpoint near the town of Mopti on Monday, killing three soldiers, officials "
        "said. About 500 US troops are based in the north. Washington has urged all sides to show restraint."))
    (mention,) = extract_article(article)
    assert mention.actor1 is not None and mention.actor1.name == "Unidentified Armed Group (Mali)"


def test_a_prosecutor_who_tells_the_act_is_its_source_not_a_legal_step():
    article = Article(id="t", title="", date=dt.date(2024, 12, 5), text=(
        "Gunmen killed six people at a car wash on Tuesday, the state prosecutor's office said. "
        "Soldiers clashed with armed men in a village on Wednesday, the ministry said."))
    main = main_mention(extract_article(article))
    assert main is not None and main.sentence.text.startswith("Gunmen killed six")
