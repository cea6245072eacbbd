"""Session 35: detection in reports whose lead tells an act with no day and whose next sentence tells how
and when (a verb of striking, a crowd's moving, with the day); a side's claim of the act told before is an
event sentence of that act; a claim no one made, and a place held for a time, are no events."""

from __future__ import annotations

import datetime as dt

from eventwire.extract.what import Classification, default_classifier, in_report
from eventwire.pipeline import extract_article
from eventwire.records import Article


def _codes(texts: list[str]) -> list[str]:
    return [label.code for label in in_report(texts, default_classifier().classify(texts))]


def _types(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text, title="", date=dt.date(2026, 5, 12))
    return [(m.sentence.text.split(" ")[1], m.sub_event_type) for m in extract_article(article)]


def test_the_day_told_after_an_attack_by_a_verb_of_striking_is_the_attack():
    none, attack = Classification("NONE", 0.6), Classification("ATTACK", 0.9)
    texts = ["Gunmen have killed four herders in the hills of the north, the governor says.",
             "The herders were fired upon from a ridge above their camp on Saturday night, a relative said."]
    assert [label.code for label in in_report(texts, [attack, none])] == ["ATTACK", "ATTACK"]


def test_a_crowd_setting_off_on_the_day_is_the_protest_told_before():
    none, met = Classification("NONE", 0.6), Classification("PROTEST_WITH_INTER", 0.9)
    texts = ["Police have used water cannon on nurses marching to the health ministry, unions say.",
             "The nurses, who want their unpaid wages, set off from the main hospital on Monday morning, a union leader said."]
    assert [label.code for label in in_report(texts, [met, none])] == ["PROTEST_WITH_INTER", "PROTEST_WITH_INTER"]


def test_no_day_no_verb_or_a_negation_tells_no_act_again():
    none, attack = Classification("NONE", 0.6), Classification("ATTACK", 0.9)
    lead = "Gunmen have killed four herders in the hills of the north, the governor says."
    for text in ("The herders were fired upon from a ridge above their camp, a relative said.",
                 "The herders had moved to the camp on Saturday, a relative said.",
                 "The nearby village was not attacked on Saturday, a relative said.",
                 "The herders were fired upon on Saturday in 2019 as well, a relative said."):
        assert [label.code for label in in_report([lead, text], [attack, none])] == ["ATTACK", "NONE"], text


def test_a_claim_of_the_act_told_before_is_an_attribution():
    assert _codes(["Gunmen have killed six road workers in the south of the province, officials say.",
                   "In a note sent to a local radio station, the Free Hills Front claimed responsibility for the killings."]
                  ) == ["ATTACK", "ATTRIB"]
    assert _codes(["A bomb has killed three people at a bus station in the north, police say.",
                   "The Free Hills Front said on a channel run by its supporters that it had targeted tax collectors "
                   "who use the station."])[1] == "ATTRIB"


def test_a_claim_of_responsibility_joins_the_attack():
    types = _types("Gunmen have killed six road workers in the south of the province, officials say. "
                   "The workers were shot near a quarry on Sunday, a police officer said. "
                   "In a note sent to a local radio station, the Free Hills Front claimed responsibility for the killings.")
    assert [kind for _, kind in types] == ["Attack", "Attack", "Attack"]


def test_a_claim_no_one_made_is_no_event():
    labels = [Classification("ATTACK", 0.9), Classification("ATTRIB", 0.9), Classification("ARMED_CLASH", 0.6)]
    texts = ["Gunmen have killed a judge outside his home in the capital, police say.",
             "The gang has not said whether its members shot him.",
             "No faction has said it killed the judge, but gangs often threaten the courts."]
    assert [label.code for label in in_report(texts, labels)] == ["ATTACK", "NONE", "NONE"]


def test_a_place_held_for_a_time_is_no_event():
    labels = [Classification("OTHER", 0.4), Classification("NON_STATE_ACTOR_OVERTAKES_TER", 0.7)]
    texts = ["The valley was under rebel control for two years until 2019.",
             "Rebels seized the valley town of Mukoro on Friday, residents said."]
    assert [label.code for label in in_report(texts, labels)] == ["NONE", "NON_STATE_ACTOR_OVERTAKES_TER"]


def test_the_act_told_again_with_its_day_takes_the_sides_it_does_not_name_and_the_act_place():
    article = Article(id="t", title="", date=dt.date(2026, 5, 12), text=(
        "Soldiers have shot dead five gold miners near the town of Kouri in the east, a rights group says. "
        "The miners were fired on at the pit on Saturday afternoon, a survivor told reporters."))
    first, second = extract_article(article)
    assert second.sub_event_type == first.sub_event_type == "Attack"
    assert second.actor1 is not None and second.actor1.name == first.actor1.name  # the doers it does not name
    assert second.actor2.name == first.actor2.name
    assert second.place == first.place


def test_a_crowd_gathering_elsewhere_is_a_protest_of_its_own():
    none, met = Classification("NONE", 0.6), Classification("VIOL_DEMONSTR", 0.9)
    texts = ["Protesters have burned tyres and thrown stones at police in the capital, officials say.",
             "In Portsmouth, about 500 people gathered outside the town hall on Sunday and left after an hour, police said."]
    assert [label.code for label in in_report(texts, [met, none])] == ["VIOL_DEMONSTR", "PEACE_PROTEST"]


def test_people_who_fled_since_the_act_is_no_event():
    labels = [Classification("ATTACK", 0.9), Classification("ATTACK", 0.6)]
    texts = ["Militiamen have killed nine villagers in a raid in the north, officials say.",
             "Aid agencies said more than 3,000 people had fled the area since the raid."]
    assert [label.code for label in in_report(texts, labels)] == ["ATTACK", "NONE"]


def test_a_campaign_begun_in_a_year_is_history():
    labels = [Classification("PEACE_PROTEST", 0.6)]
    texts = ["The rebellion began in 2016, when herders rose up following arrests of fishermen at a march."]
    assert [label.code for label in in_report(texts, labels)] == ["NONE"]


def test_a_campaign_begun_in_a_year_with_a_place_taken_is_an_event():
    labels = [Classification("NON_STATE_ACTOR_OVERTAKES_TER", 0.8)]
    texts = ["The war began in 2019, when rebels seized the port town of Lisako and two villages nearby."]
    assert [label.code for label in in_report(texts, labels)] == ["NON_STATE_ACTOR_OVERTAKES_TER"]
