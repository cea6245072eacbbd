"""Session 32: no single act in a sentence that gives a toll of thousands counted by a quantity word
("thousands of villagers have been killed"), a war's toll told by a verb joined to the one that dates
the war ("began in 2021 and has killed tens of thousands"), or a movement told by its months ("months
of rallies brought millions onto the streets"); an act a verb asks for ("has called another day of
walkouts for Friday") has not happened."""

from __future__ import annotations

import datetime as dt

from eventwire.pipeline import extract_article
from eventwire.records import Article


def _sentences(text: str) -> list[str]:
    article = Article(id="t", text=text, title="", date=dt.date(2025, 3, 14))
    return [m.sentence.text for m in extract_article(article)]


def test_a_toll_of_thousands_or_a_wars_toll_is_no_event():
    lead = "A drone strike has killed nine people at a market in the north of the country, officials say."
    found = _sentences(f"{lead} Aid groups have accused both armies of abuses, and thousands of villagers have "
                       "been killed. The conflict between the junta and the rebels began in 2021 and has killed "
                       "tens of thousands of people.")
    assert found == [lead]


def test_a_movement_told_by_its_months_is_no_event():
    lead = "Thousands of workers have marched in Lyon against pension cuts, the unions say."
    found = _sentences(f"{lead} In 2019, months of rallies against the fuel tax brought millions onto the streets.")
    assert found == [lead]


def test_an_act_a_union_calls_for_has_not_happened():
    told = "Workers marched in Lyon on Tuesday."
    found = _sentences(f"The union has called another day of walkouts and rallies for Friday. {told}")
    assert found == [told]


def test_an_act_told_before_and_named_in_a_call_stays():
    lead = "Gunmen killed four people at a bar in Lagos on Tuesday."
    found = _sentences(f"{lead} Hundreds marched in the city on Wednesday and called for an end to the killings.")
    assert lead in found and len(found) == 2
