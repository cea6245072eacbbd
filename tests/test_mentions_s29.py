"""Session 29: a killing verb is no class word of an account a side of the act gives ("X said its
bomber had killed 30 soldiers"), but another source's sentence that tells the act by it ("was also one
of the shooters at the party that also killed Y, a police sergeant said") keeps it: after a sentence
read as a weapon's act, it is the shooting's, not a toll of that weapon's act."""

from __future__ import annotations

from extraction_helpers import events_of


def test_a_shooter_in_the_incident_that_killed_someone_stays_with_the_shooting():
    text = ("Seven people were shot, two fatally, at a birthday party in Millbrook late on Saturday. "
            "A man firing at guests was one of the two who were killed in the barrage of gunfire. "
            "Carl Jones, 30, was also one of the shooters at the party that also killed a doorman, Ed Hill, 41, "
            "and left five others injured, a police sergeant said.")
    shooting = next(e for e in events_of(text) if e.mentions[0].sentence.text.startswith("Seven people"))
    assert any(m.sentence.text.startswith("Carl Jones") for m in shooting.mentions)
    assert (shooting.fatalities, shooting.injured) == (2, 5)


def test_a_side_of_the_act_telling_its_toll_with_a_killing_verb_joins_the_act():
    text = ("BANGUI, Central African Republic – Fighters of the Return, Reclamation and Rehabilitation (3R) group "
            "took control of the town of Koui in Ouham-Pende prefecture on Saturday after a three-hour battle with "
            "the army unit there, a local official said. The official said two soldiers had been killed, while 3R, "
            "in a post on Facebook, said its men had \"freed\" Koui and killed six soldiers.")
    events = [e for e in events_of(text) if not e.historical]
    assert len(events) == 1
    assert events[0].fatalities == 2


def test_a_group_claiming_the_act_in_a_statement_joins_it():
    text = ("GUWAHATI, India – Two soldiers were wounded when grenades were thrown at an army camp at Doomdooma in "
            "Assam's Tinsukia district on Monday night, police said. In an emailed statement, the banned NSCN-K, "
            "the outfit led by Arun Bora, claimed the attack and said four \"occupation soldiers\" had died.")
    events = [e for e in events_of(text) if not e.historical]
    assert len(events) == 1
    assert "National Socialist Council of Nagaland-Khaplang (NSCN-K)" in {c.claimant for c in events[0].claims}
