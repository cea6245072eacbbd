"""Session 33: a sentence that tells a weapon's act again with no weapon named ("The raid started
before dawn", "The van was hit near the bridge", "its army said its units had struck \"command
posts\"") takes the act's class, not a class the model read with no word of its own; a place
taken told by its name and what it is ("captured X, the province's main town"); people herded
into the bush are abducted; a crowd that gathers to demand something protests."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.what import Classification, cue_classes, default_classifier, in_report
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
        "The van was hit on a mountain road outside Sidakan on Tuesday morning, a local mayor said.")
    assert set(types.values()) == {"Air/drone strike"}


def test_an_act_of_its_own_after_a_weapons_act_keeps_its_class():
    codes = _codes([
        "A drone strike on a market in Kutum killed six people on Monday, residents said.",
        "Rebels attacked an army post near Kutum, killing two soldiers, the army said.",
        "In June 2019, a mortar bomb hit the same market.",
    ])
    assert codes[0] == "AIR_STRIKE" and codes[1] != "AIR_STRIKE" and codes[2] != "AIR_STRIKE"


def test_a_place_told_by_its_name_and_what_it_is_was_taken():
    codes = _codes(["The rebels captured Masisi, the main town of the territory, in March 2023."])
    assert codes == ["NON_STATE_ACTOR_OVERTAKES_TER"]


def test_a_person_seized_is_no_place_taken():
    codes = _codes(["Police seized Ochieng, the leader of the cell, in a raid on Monday."])
    assert codes[0] not in ("NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT")


def test_people_herded_into_the_bush_are_abducted():
    codes = _codes(["The bandits ringed the church in a hamlet near Tsafe during mass on Sunday and herded "
                    "the congregants into the bush, a priest said."])
    assert codes == ["ABDUCT_DISSAP"]


def test_a_crowd_that_gathers_to_demand_something_protests():
    codes = _codes(["Several hundred farmers gathered in front of the district office on Friday to demand "
                    "compensation for their burned crops."])
    assert codes == ["PEACE_PROTEST"]


def test_control_regained_of_nothing_named_is_no_territory():
    codes = _codes(["Inmates of one faction stabbed three prisoners in the east block on Sunday, and guards "
                    "regained control after an hour, the prison service said."])
    assert codes[0] != "GOV_REGAINS_TERIT"


def test_someone_pulled_from_the_rubble_after_shelling_is_that_shelling():
    texts = ["Artillery shells hit a block of flats in Kherson overnight, killing two people, the governor said.",
             "Rescue workers lifted a boy alive out of the debris, she added."]
    labels = [Classification("ART_MISS_ATTACK", 0.9), Classification("ABDUCT_DISSAP", 0.4)]
    assert [label.code for label in in_report(texts, labels)] == ["ART_MISS_ATTACK", "ART_MISS_ATTACK"]


def test_the_new_cues_hold_on_other_wordings_and_not_on_near_misses():
    assert "ABDUCT_DISSAP" in cue_classes("The raiders herded them into the woods on Friday.")
    assert "ABDUCT_DISSAP" in cue_classes("Gunmen led 12 farmers away into the forest on Monday night.")
    assert "ABDUCT_DISSAP" not in cue_classes("Troops marched deep into the forest on Tuesday.")
    assert "PEACE_PROTEST" in cue_classes("Relatives assembled outside the court on Tuesday demanding justice for the boy.")
    assert "PEACE_PROTEST" in cue_classes("About 200 nurses converged on the health ministry calling for unpaid wages.")
    assert "PEACE_PROTEST" not in cue_classes("Hundreds gathered at the cemetery to mourn the victims.")
    assert "NON_STATE_ACTOR_OVERTAKES_TER" in cue_classes("The jihadists took Djibo, a regional capital, after a siege.")
    assert "NON_STATE_ACTOR_OVERTAKES_TER" not in cue_classes("The army seized Hassan, the leader of the gang, on Monday.")
    assert "GOV_REGAINS_TERIT" not in cue_classes("Guards regained control after an hour.")
    assert "GOV_REGAINS_TERIT" in cue_classes("Troops regained control of the border town on Friday.")


def test_unnamed_gunmen_storming_a_place_with_no_one_fighting_back_attack_it():
    types = _types("Last year, masked gunmen raided a radio studio in Beni during a phone-in programme, and the "
                   "mayor called for calm.")
    assert list(types.values()) == ["Attack"]


def test_a_side_that_repelled_gunmen_fought_them():
    types = _types("The militia said it had beaten back an assault on its roadblock near Tal Abyad on Sunday and "
                   "detained several gunmen.")
    assert "Attack" not in types.values()
