"""Session 33: a sentence that tells a weapon's act again with no weapon named ("The raid started
before dawn", "The van was hit near the bridge", "its army said its units had struck \"command
posts\"", "lifted a boy out of the debris") takes the act's class, not a class the model read with
no word of its own."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.what import Classification, default_classifier, in_report
from eventwire.pipeline import extract_article
from eventwire.records import Article


def _types(text: str) -> dict[str, str]:
    article = Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))
    return {m.sentence.text.split(",")[0]: m.sub_event_type for m in extract_article(article)}


def _codes(texts: list[str]) -> list[str]:
    return [label.code for label in in_report(texts, default_classifier().classify(texts))]


def test_a_weapons_act_told_again_without_its_weapon_keeps_its_class():
    types = _types(
        "Armenian drones have struck a fuel depot and a school in the Georgian town of Sagarejo, killing three "
        "people, officials say. The raid started at about 04:00 on Monday and went on for two hours, the mayor wrote "
        "on Telegram.")
    assert list(types.values()) == ["Air/drone strike", "Air/drone strike"]


def test_a_sides_statement_of_what_it_struck_is_the_weapons_act():
    texts = ["Armenian drones have struck a fuel depot in Sagarejo, killing three people, officials say.",
             "Armenia's army said its units had hit \"sites used by the Georgian army\" in Sagarejo."]
    labels = [Classification("AIR_STRIKE", 0.9), Classification("GOV_REGAINS_TERIT", 0.3)]
    assert [label.code for label in in_report(texts, labels)] == ["AIR_STRIKE", "AIR_STRIKE"]


def test_a_vehicle_hit_after_a_drone_strike_is_that_strike():
    types = _types(
        "A Turkish drone strike on a van in northern Iraq has killed two people, local officials say. "
        "The van was hit on a track near the village of Sidakan on Tuesday morning, a local mayor said.")
    assert set(types.values()) == {"Air/drone strike"}


def test_an_act_of_its_own_after_a_weapons_act_keeps_its_class():
    codes = _codes([
        "A drone strike on a market in Kutum killed six people on Monday, residents said.",
        "Rebels attacked an army post near Kutum, killing two soldiers, the army said.",
        "In June 2019, a mortar bomb hit the same market.",
    ])
    assert codes[0] == "AIR_STRIKE" and codes[1] != "AIR_STRIKE" and codes[2] != "AIR_STRIKE"


def test_someone_pulled_from_the_rubble_after_shelling_is_that_shelling():
    texts = ["Artillery shells hit a block of flats in Kherson overnight, killing two people, the governor said.",
             "Rescue workers lifted a boy alive out of the debris, she added."]
    labels = [Classification("ART_MISS_ATTACK", 0.9), Classification("ABDUCT_DISSAP", 0.4)]
    assert [label.code for label in in_report(texts, labels)] == ["ART_MISS_ATTACK", "ART_MISS_ATTACK"]
