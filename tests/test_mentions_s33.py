"""Session 33: a habit told by how often a side acts ("often shells the hills") is no event; an
agreement named in passing ("the militants have breached the ceasefire", "A truce agreed last year has failed
to halt the raids", "after the 2018 peace accord") is no agreement made; a sentence saying no one
owned the act told before ("Nobody has claimed the bombing") tells no event of its own."""

from __future__ import annotations

import datetime as dt

from eventwire.pipeline import extract_article
from eventwire.records import Article


def _sentences(text: str) -> list[str]:
    article = Article(id="t", text=text, title="", date=dt.date(2026, 3, 10))
    return [m.sentence.text for m in extract_article(article)]


LEAD = "Mortar shells struck the main market of Baidoa on Monday, wounding five people, police said."


def test_a_habit_is_no_event():
    found = _sentences(f"{LEAD} The militants frequently shell the town's army barracks, which also hold a clinic.")
    assert found == [LEAD]


def test_an_agreement_named_in_passing_is_no_agreement_made():
    found = _sentences(f"{LEAD} The regional government says the militants have breached the ceasefire. A truce "
                       "brokered by elders in 2023 has failed to halt the raids.")
    assert found == [LEAD]


def test_an_agreement_signed_stays():
    signed = "The two clans signed a ceasefire in Baidoa on Tuesday."
    found = _sentences(f"{LEAD} {signed}")
    assert signed in found


def test_no_one_owning_the_act_told_before_tells_no_event():
    found = _sentences(f"{LEAD} Nobody has claimed the shelling, but the militants have often been blamed for "
                       "such raids.")
    assert found == [LEAD]


def test_no_one_owning_the_act_in_other_words_tells_no_event():
    found = _sentences(f"{LEAD} No faction has said it fired the shells.")
    assert found == [LEAD]
