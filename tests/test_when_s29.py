"""When/ rules of session 29: a day counted from the narrative that dates a statement ("the governor said
the following day that ...") does not move the act the sentence goes on telling."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.when import narrative_shifts
from eventwire.merge import merge_mentions
from eventwire.pipeline import extract_article
from eventwire.records import Article

ARTICLE = dt.date(2026, 3, 12)  # a Thursday


@pytest.mark.parametrize("sentence", [
    "The district commissioner said the following day that eleven traders had been killed.",
    "The interior ministry said the next day that its troops had \"neutralised\" four gunmen.",
    "Police told reporters two days later that the bodies had been identified.",
])
def test_a_speakers_day_counted_from_the_narrative_is_no_shift_of_the_act(sentence):
    assert narrative_shifts(sentence, ARTICLE) == []


@pytest.mark.parametrize("sentence, text", [
    ("A day later, the raiders burned the market of Koyeri.", "A day later"),
    ("Hours later, soldiers stormed the camp, residents said.", "Hours later"),
    ("The next day, gunmen abducted two nurses on the road to Belta.", "The next day"),
])
def test_a_day_counted_from_the_narrative_that_dates_the_act_is_kept(sentence, text):
    assert [e.text for e in narrative_shifts(sentence, ARTICLE)] == [text]


def test_a_toll_the_governor_gave_the_following_day_keeps_the_attacks_day():
    text = ("Gunmen on motorbikes attacked the village of Tamou on Sunday, killing several farmers, residents said. "
            "The regional governor said the following day that twelve farmers had been killed in the attack. "
            "On Tuesday, hundreds of women marched through the town of Kelbo to demand protection.")
    events = merge_mentions(extract_article(Article(id="s29-1", text=text, title="", date=ARTICLE)))
    toll = next(e for e in events if any("governor" in m.sentence.text for m in e.mentions))
    assert toll.date == dt.date(2026, 3, 8)


def test_a_lead_told_by_a_statements_day_keeps_it_before_a_later_event_of_the_report():
    text = ("Militiamen armed with machetes killed 14 people in the fishing village of Lobeke, the district "
            "administrator said on Monday. "
            "Residents said more bodies were still being found in the river. "
            "Soldiers clashed with the militia near the town of Sakoro on Tuesday, the army said.")
    events = merge_mentions(extract_article(Article(id="s29-2", text=text, title="", date=ARTICLE)))
    lead = next(e for e in events if any("Lobeke" in m.sentence.text for m in e.mentions))
    assert lead.date == dt.date(2026, 3, 9)
