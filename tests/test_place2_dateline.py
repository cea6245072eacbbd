"""A wire dateline names the bureau the report was filed from; a lead that names its scene as a
town or state of another state places the event there."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.mentions import main_mention
from eventwire.pipeline import extract_article
from eventwire.records import Article


def main_place(text: str):
    article = Article(id="t", text=text, title="", date=dt.date(2025, 3, 10))
    main = main_mention(extract_article(article))
    assert main is not None and main.place is not None
    return main.place


def test_a_town_the_lead_calls_a_town_of_another_state_beats_the_bureau_dateline():
    place = main_place("YAOUNDE, Cameroon (Reuters) – Gunmen killed three soldiers at a checkpoint in the town of "
                       "Kumbo on Saturday, an official said. The army sent reinforcements.")
    assert place.name == "Kumbo"


def test_a_state_the_lead_names_as_a_state_beats_the_bureau_dateline_of_another_state():
    place = main_place("KANO, Nigeria (Reuters) – Gunmen killed five farmers in an attack in Zamfara state on "
                       "Sunday, residents said. Police confirmed the attack.")
    assert place.name == "Zamfara"


def test_a_bare_town_of_another_state_does_not_displace_the_dateline():
    place = main_place("CHICAGO (WXYZ) — A man was shot during a robbery Sunday in Kokomo, police said.")
    assert place.name == "Chicago"


def test_a_sentence_naming_no_place_takes_the_leads_scene_not_the_bureau_dateline():
    article = Article(id="t", title="", date=dt.date(2025, 3, 10), text=(
        "YAOUNDE, Cameroon (Reuters) – Gunmen killed three soldiers at a checkpoint in the town of Kumbo on "
        "Saturday, an official said. Separatist fighters said on Sunday they had attacked the checkpoint."))
    later = [m for m in extract_article(article) if m.sentence.text.startswith("Separatist")]
    assert later and all(m.place is not None and m.place.name == "Kumbo" for m in later)


def test_a_sentence_naming_no_place_goes_on_telling_the_town_of_the_sentence_before():
    article = Article(id="t", title="", date=dt.date(2025, 3, 10), text=(
        "KANO, Nigeria (Reuters) – Gunmen killed nine villagers in Zamfara state on Sunday, residents said. "
        "Police in Zamfara confirmed the attack. In neighbouring Borno state, insurgents stormed the town of "
        "Damboa on Friday night and burned homes, a militia leader said. "
        "Soldiers repelled the attackers after a two-hour gunfight, the army said."))
    later = [m for m in extract_article(article) if m.sentence.text.startswith("Soldiers")]
    assert later and all(m.place is not None and m.place.name == "Damboa" for m in later)
