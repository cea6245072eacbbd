"""Conflict reports tell several events, each in a run of sentences: a sentence that gives no date
or place of its own goes on telling the event just before it, not the lead's; a capital's dateline
is the bureau's; "X's Y district" places the event in Y."""

from __future__ import annotations

import datetime as dt

from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article

MONDAY = dt.date(2025, 3, 10)


def mentions_of(text: str):
    return extract_article(Article(id="t", text=text, title="", date=MONDAY))


def starting(mentions, words: str):
    found = [m for m in mentions if m.sentence.text.startswith(words)]
    assert found, words
    return found[0]


TWO_EVENTS = (
    "Gunmen killed four soldiers at a checkpoint in the town of Kumbo on Saturday, an official said. "
    "In the Far North region, militants attacked a police post near the town of Mora on Friday, an official said. "
    "The region borders Nigeria. "
    "Two police officers were wounded, he said. "
    "A day later, the militants burned a market in the town of Kousseri, residents said."
)


def test_a_sentence_without_date_or_place_goes_on_telling_the_event_before_it_not_the_lead():
    mentions = mentions_of(TWO_EVENTS)
    wounded = starting(mentions, "Two police officers")
    assert wounded.date == dt.date(2025, 3, 7)  # Friday's attack, not the lead's Saturday
    assert wounded.place is not None and wounded.place.name == "Mora"
    (event,) = [e for e in merge_mentions(mentions) if wounded in e.mentions]
    assert any(m.sentence.text.startswith("In the Far North") for m in event.mentions)


def test_a_day_later_counts_from_the_day_of_the_event_before():
    burned = starting(mentions_of(TWO_EVENTS), "A day later")
    assert burned.date == dt.date(2025, 3, 8)  # the day after Friday's attack, not after the article's date
    assert burned.time_precision == 1


def test_a_lead_sentence_with_its_own_day_is_not_continued():
    lead = starting(mentions_of(TWO_EVENTS), "In the Far North")
    assert lead.date == dt.date(2025, 3, 7)


def test_a_national_capitals_dateline_is_the_bureaus_when_the_lead_names_a_town_of_another_state():
    mentions = mentions_of("KHARTOUM, Sudan (AP) — Paramilitary fighters shelled a camp for displaced people on the "
                           "outskirts of El Fasher on Thursday, killing 17 people, medics said. "
                           "The medics said most of the dead were women.")
    assert all(m.place is not None and m.place.name == "El Fasher" for m in mentions)


def test_a_place_named_as_whose_district_it_is_gives_way_to_the_district():
    (mention,) = mentions_of("Rebels shelled army positions in Marib's Sirwah district on Saturday, "
                             "killing four soldiers, an officer said.")
    assert mention.place is not None and mention.place.name == "Sirwah"


def test_a_town_named_as_a_town_beats_another_place_of_the_clause():
    (mention,) = mentions_of("A drone struck a fuel truck in Kordofan near the town of En Nahud on Saturday, "
                             "killing five civilians.")
    assert mention.place is not None and mention.place.feature == "city"
    assert mention.place.evidence is not None and mention.place.evidence.text == "En Nahud"


def test_a_statements_day_dates_its_event_before_a_day_a_later_sentence_gives_another():
    mentions = mentions_of("Gunmen killed nine people in an overnight raid on a village in Zamfara state, residents "
                           "said on Sunday. Police confirmed the attack. The governor said he would meet security "
                           "chiefs. In neighbouring Borno state, insurgents stormed the town of Damboa on Friday "
                           "night and burned homes, a militia leader said.")
    assert starting(mentions, "Gunmen").date == dt.date(2025, 3, 9)  # Sunday, not Damboa's Friday
    assert starting(mentions, "Police confirmed").date == dt.date(2025, 3, 9)
    assert starting(mentions, "In neighbouring").date == dt.date(2025, 3, 7)


def test_a_sentence_naming_the_event_before_its_town_again_keeps_its_own_words():
    mentions = mentions_of("Gunmen killed four soldiers at a checkpoint in the town of Kumbo on Saturday, an official "
                           "said. In the Far North region, militants attacked a police post near the town of Mora on "
                           "Friday, an official said. Two police officers were wounded in Mora, he said.")
    wounded = starting(mentions, "Two police officers")
    assert wounded.date == dt.date(2025, 3, 7)
    assert wounded.place is not None and wounded.place.evidence is not None
    assert wounded.place.evidence.start > wounded.sentence.start  # "in Mora" of this sentence, not the one before
