"""Sentences that tell no single act of their own are no events: a denial on its own (a claim on
the event it denies), a count of many acts or a war's toll, a call or a plan, an offer made on a
condition, a government's measure. And two tolls: a headline's figure that counts another event
of the report, and victims listed without a figure."""

from __future__ import annotations

import datetime as dt

from eventwire.merge import merge_mentions
from eventwire.records import Article
from eventwire.pipeline import extract_article

from tests.extraction_helpers import mentions_of

FRIDAY = dt.date(2025, 6, 20)


def _openings(text: str) -> list[str]:
    return [m.sentence.text[:30] for m in mentions_of(text, FRIDAY)]


def test_a_denial_alone_is_a_claim_on_the_event_before_it():
    text = ("Soldiers opened fire on a crowd of farmers in the village of Kurundi, in Niger's Tillaberi region, "
            "on Tuesday, killing six people, residents said. The defence ministry denied that any farmers "
            "had been killed.")
    mentions = mentions_of(text, FRIDAY)
    assert [m.sentence.text[:8] for m in mentions] == ["Soldiers"]
    assert "denies" in {c.stance for c in mentions[0].claims}


def test_a_denial_of_membership_is_no_crime():
    text = ("Police shot dead three men in a raid on a house in the town of Varnel, in Jamaica's St Ann "
            "parish, on Wednesday, saying they were gang members. Their relatives denied that the men had "
            "belonged to any gang.")
    assert not any(o.startswith("Their relatives") for o in _openings(text))


def test_a_denial_joined_to_an_account_still_tells_the_act():
    text = ("Rebels said they had overrun an army post near the town of Baroua, in Niger's Diffa region, on "
            "Monday. The army denied losing the post and said its troops had killed 14 attackers.")
    assert any(o.startswith("The army denied") for o in _openings(text))


def test_counts_of_many_acts_and_a_wars_toll_are_no_events():
    text = ("Gunmen killed four traders at a market in the town of Maridi, in South Sudan, on Tuesday, "
            "police said. Cattle raiders are blamed for hundreds of killings in the region in the past "
            "decade. The civil war, which ended with a peace deal in 2018, killed some 400,000 people. "
            "The militia has fought the army for years in the hills around the town.")
    assert _openings(text) == ["Gunmen killed four traders at "]


def test_a_tally_this_year_gives_no_toll_to_the_event_it_names():
    text = ("Gunmen shot dead two men outside a shop in the town of Sangre Grande, in Trinidad, on Sunday. "
            "Police said the Sangre Grande shooting was part of a land dispute that has killed 23 people in the east "
            "this year.")
    assert _openings(text) == ["Gunmen shot dead two men outsi"]
    events = merge_mentions(mentions_of(text, FRIDAY))
    assert len(events) == 1
    assert events[0].fatalities == 2


def test_calls_plans_and_measures_are_no_events():
    text = ("Police fired tear gas at hundreds of teachers marching on parliament in the city of Lilongwe "
            "in Malawi on Thursday. The teachers' union has called a national strike for next Monday. The "
            "interior minister has warned that officers will arrest the organisers, and the cabinet said it "
            "was considering a state of emergency. The government has also imposed an overnight curfew on the "
            "capital.")
    assert _openings(text) == ["Police fired tear gas at hundr"]


def test_an_offer_made_on_a_condition_is_no_second_abduction():
    text = ("Gunmen kidnapped two engineers from a road camp near the town of Okene, in Nigeria's Kogi "
            "state, on Tuesday, police said. The state governor said he had agreed to meet the kidnappers "
            "if the engineers were unharmed.")
    events = merge_mentions(mentions_of(text, FRIDAY))
    assert len(events) == 1


def test_a_headline_figure_of_another_event_is_not_the_leads():
    article = Article(id="t", title="Mali: rebels kill soldiers near Lere; army drone strike kills 9 near Niono",
                      text="Rebels attacked an army post near the town of Lere, in Mali's Timbuktu region, on "
                           "Sunday, killing at least five soldiers, security sources said. On Tuesday, an army drone "
                           "struck a rebel camp near the town of Niono, killing nine fighters, the army said.",
                      date=FRIDAY)
    events = merge_mentions(extract_article(article))
    lead = next(e for e in events if e.mentions[0].sentence.text.startswith("Rebels attacked"))
    assert lead.fatalities == 5


def test_victims_listed_by_trade_are_counted():
    text = "Gunmen killed a singer and his bodyguard on a road outside the town of Mafeteng on Sunday."
    mentions = mentions_of(text, FRIDAY)
    assert [(f.figure, f.kind) for f in mentions[0].fatality_claims] == [(2, "killed")]


def test_running_states_threats_and_sides_past_deeds_are_no_events():
    text = ("Soldiers clashed with smugglers near the town of Ubari, in Libya's Fezzan region, on Monday, "
            "the army said. The border area has been a centre of kidnapping and extortion since 2015. Cattle "
            "raids have killed hundreds of herders in the south over the past decade. The army has warned that "
            "it will arrest anyone who hides smugglers. The brigade broke away from the militia that signed a "
            "truce with the government in 2020.")
    assert _openings(text) == ["Soldiers clashed with smuggler"]


def test_the_dead_a_protest_mourns_are_not_its_toll():
    text = ("On Wednesday, hundreds of people protested in the town of Saqqez, in Iran, after the funeral of a "
            "student who died in police custody, and police fired tear gas, a rights group said.")
    mentions = mentions_of(text, FRIDAY)
    assert mentions and not any(m.fatality_claims for m in mentions)


def test_a_past_event_told_in_a_when_clause_is_still_an_event():
    text = ("Students marched in the city of Bouake, in Ivory Coast, on Tuesday. The unrest began in March, "
            "when soldiers fired on a crowd of students, killing 12 people.")
    assert any(o.startswith("The unrest began") for o in _openings(text))


def test_a_sides_word_on_what_the_attack_was_still_tells_it():
    text = ("Rebels attacked a police post near the town of Mitu, in Colombia's Vaupes province, on Monday, "
            "killing two officers, the army said. The rebels said in a statement that the attack was revenge "
            "for army raids on their camps.")
    assert any(o.startswith("The rebels said") for o in _openings(text))
