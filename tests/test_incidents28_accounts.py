"""A report going on from an event its statement's day re-dated ("The army said on Tuesday it had
retaken the town. Later that day, ...") is dated from that day; a named group's claim of
responsibility for "the attack" tells the attack before it, whatever came between."""

from __future__ import annotations

import datetime as dt

from eventwire.merge import merge_mentions
from extraction_helpers import mention_of, mentions_of


STATEMENT_THEN_LATER = (
    "Rebels stormed the town of Beni on Monday and freed dozens of prisoners, residents said. "
    "The army said on Tuesday it had retaken the town. "
    "Later that day, a drone struck a bus on the road out of Beni, killing nine passengers, relatives said."
)


def test_later_that_day_counts_from_the_day_the_statement_gives_the_event_before_it():
    mentions = mentions_of(STATEMENT_THEN_LATER)
    assert mention_of(mentions, "The army said").date == dt.date(2025, 1, 14)
    assert mention_of(mentions, "Later that day").date == dt.date(2025, 1, 14)


def test_a_claim_of_responsibility_after_other_sentences_joins_the_attack_it_refers_to():
    mentions = mentions_of(
        "Separatists attacked a convoy of the Frontier Corps near the town of Mastung on Tuesday, killing six "
        "soldiers, the military said. Security forces later arrested two suspects in a raid in Quetta. "
        "The Baloch Liberation Army (BLA) claimed responsibility for the attack.")
    claim = mention_of(mentions, "The Baloch")
    assert claim.sub_event_type == "Armed clash"
    (event,) = [e for e in merge_mentions(mentions) if claim in e.mentions]
    assert len(event.mentions) == 2 and event.fatalities == 6
    assert "Baloch Liberation Army (BLA)" in {c.claimant for c in event.claims}


def test_a_claim_of_responsibility_with_no_attack_before_it_stays_a_claim():
    mentions = mentions_of("Security forces arrested two suspects in a raid in Quetta on Tuesday. "
                           "The Baloch Liberation Army (BLA) claimed responsibility for the attack.")
    assert mention_of(mentions, "The Baloch").sub_event_type == "Attribution of responsibility"


def test_a_sentence_referring_back_to_the_attack_keeps_the_attacks_day_after_a_re_dated_statement():
    mentions = mentions_of("Rebels ambushed an army convoy near the town of Beni on Sunday, killing three soldiers, "
                           "residents said. Soldiers returned fire and the attackers fled, the army said in a "
                           "statement on Monday. The group claimed the attack on its media channels.")
    assert mention_of(mentions, "Rebels ambushed").date == dt.date(2025, 1, 12)
    assert mention_of(mentions, "The group claimed").date == dt.date(2025, 1, 12)
