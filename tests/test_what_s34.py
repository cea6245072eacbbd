"""Session 34: sentences that tell nothing ACLED codes are no events (a diplomatic step, a drug
seizure in which no one was hurt, a coup told as history, a campaign's start told by its own name);
a side's account that the other side fired first tells the battle; a post stormed is a battle;
fire from a downed drone's debris is the strike's; forces shooting protesters, or opening fire on a
chanting crowd, use excessive force; fighting between rival armed groups is a battle; a sentence
that only says who a battle killed keeps the battle's class."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.what import Classification, default_classifier, in_report
from eventwire.pipeline import extract_article
from eventwire.records import Article


def _mentions(text: str) -> dict[str, str]:
    article = Article(id="t", text=text, title="", date=dt.date(2026, 4, 14))
    return {m.sentence.text.split(",")[0]: m.sub_event_type for m in extract_article(article)}


def _codes(texts: list[str]) -> list[str]:
    return [label.code for label in in_report(texts, default_classifier().classify(texts))]


def test_a_diplomatic_step_is_no_event():
    labels = [Classification("ATTACK", 0.9), Classification("DIPLO", 0.8)]
    texts = ["Gunmen killed four traders near Kindu on Sunday, officials said.",
             "The prime minister condemned the killings and recalled his envoy from the neighbouring capital."]
    assert [label.code for label in in_report(texts, labels)] == ["ATTACK", "NONE"]


def test_a_drug_seizure_that_hurt_no_one_is_no_event():
    labels = [Classification("ORG_CRIME", 0.9)]
    texts = ["Customs officers said they had found two tonnes of heroin hidden in a lorry at the port on Friday."]
    assert [label.code for label in in_report(texts, labels)] == ["NONE"]


def test_crime_that_killed_stays_an_event():
    labels = [Classification("ORG_CRIME", 0.9)]
    texts = ["Cartel gunmen killed two drug couriers on a highway outside the city on Friday."]
    assert [label.code for label in in_report(texts, labels)] == ["ORG_CRIME"]


def test_a_coup_told_as_history_takes_no_territory():
    labels = [Classification("GOV_REGAINS_TERIT", 0.6)]
    texts = ["The army took power in a coup in May 2021, dissolving parliament."]
    assert [label.code for label in in_report(texts, labels)] == ["NONE"]


def test_a_town_seized_stays_territory():
    labels = [Classification("NON_STATE_ACTOR_OVERTAKES_TER", 0.8)]
    texts = ["Rebels seized the town of Walikale on Friday after the army withdrew, residents said."]
    assert [label.code for label in in_report(texts, labels)] == ["NON_STATE_ACTOR_OVERTAKES_TER"]


def test_a_campaign_begun_told_by_its_name_is_no_event():
    assert _codes(["The strikes started a month ago over unpaid wages at the state mines."]) == ["NONE"]


def test_a_war_begun_with_an_attack_is_that_attack():
    codes = _codes(["The war started when militiamen attacked a border village in June 2019, killing 40 people."])
    assert codes != ["NONE"]


def test_a_side_saying_the_other_fired_first_tells_the_battle():
    types = _mentions(
        "Four soldiers and two rebels have been killed in a gun battle in the hills of Abra province, the army says. "
        "The rebels said in a pamphlet that the troops had opened fire first.")
    assert list(types.values()) == ["Armed clash", "Armed clash"]


def test_a_post_stormed_is_a_battle():
    codes = _codes(["The insurgents crossed the river at night and stormed the outpost near Kalemie on Friday."])
    assert codes == ["ARMED_CLASH"]


def test_a_fire_from_a_downed_drones_debris_is_the_strike():
    codes = _codes(["The mayor said wreckage from a downed drone had set off a blaze at a grain silo overnight."])
    assert codes == ["AIR_STRIKE"]


def test_forces_shooting_protesters_use_excessive_force():
    codes = _codes(["Soldiers in Guinea have shot dead two protesters in the town of Labe, an opposition party says."])
    assert codes == ["FORCE_AGAINST_PROTEST"]


def test_police_opening_fire_on_a_chanting_crowd_use_excessive_force():
    codes = _codes(["Riot police opened fire late on Friday as marchers sang songs against the governor outside "
                    "the city hall, witnesses said."])
    assert codes == ["FORCE_AGAINST_PROTEST"]


def test_fighting_between_rival_armed_groups_is_a_battle():
    codes = _codes(["Clashes pitting rival armed factions against each other have left five people dead in Misrata, "
                    "a child among them, hospital officials say."])
    assert codes == ["ARMED_CLASH"]


def test_who_a_battle_killed_keeps_the_battles_class():
    types = _mentions(
        "On Saturday, troops killed four suspected rebels when they raided a camp outside Kumba, the army said. "
        "Villagers insist that two of those killed were fishermen.")
    assert list(types.values()) == ["Armed clash", "Armed clash"]


def test_troops_firing_at_suspects_attack_them():
    labels = default_classifier().classify(
        ["The border police said officers shot at \"suspects\" approaching the fence and did not stop."])
    assert labels[0].code != "ARMED_CLASH"


def test_a_place_told_by_the_war_it_has_seen_is_no_event():
    labels = [Classification("ARMED_CLASH", 0.7), Classification("ARMED_CLASH", 0.7)]
    texts = ["The delta was the scene of a long naval campaign in the 1990s that emptied its fishing villages.",
             "The hill districts have been torn by fighting between two rival clans since 2015."]
    assert [label.code for label in in_report(texts, labels)] == ["NONE", "NONE"]


def test_fighting_told_by_the_people_it_uprooted_is_no_event():
    labels = [Classification("ARMED_CLASH", 0.7), Classification("ARMED_CLASH", 0.7)]
    texts = ["Clashes between the two militias forced 9,000 villagers from their homes in the district last year.",
             "A militia offensive on the lakeshore killed 30 people and forced 9,000 from their homes in 2022."]
    assert [label.code for label in in_report(texts, labels)] == ["NONE", "ARMED_CLASH"]


def test_civilians_caught_in_the_crossfire_died_in_the_battle():
    codes = _codes(["Eleven people were killed on the ridge, among them a shepherd hit in the crossfire, the mayor said."])
    assert codes == ["ARMED_CLASH"]


def test_background_fighting_told_by_the_people_it_uprooted_is_no_event():
    types = _mentions(
        "Gunmen killed six farmers near the town of Kaga on Sunday, officials said. Fighting between the army and "
        "the militia, which began in March 2021, has uprooted two million people. In March 2021, militants seized "
        "the town of Kaga, killing dozens of people.")
    assert list(types) == ["Gunmen killed six farmers near the town of Kaga on Sunday", "In March 2021"]
