"""Session 23: a protest's crowd told alone and the force told alone do not contradict, its
destruction the night after goes on telling it, one report's figures of two sides' dead sum up, and
history told over years is no event."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from eventwire import taxonomy
from eventwire.extract.mentions import _on_its_day
from eventwire.extract.toll import find_tolls
from eventwire.merge import actors_agree
from eventwire.records import Actor
from extraction_helpers import mentions_of

PROTESTERS = Actor("Protesters (Kenya)", taxonomy.PROTESTERS)
RIOTERS = Actor("Rioters (Kenya)", taxonomy.RIOTERS)
POLICE = Actor("Police Forces of Kenya", taxonomy.STATE_FORCES)
ARMY = Actor("Military Forces of Kenya", taxonomy.STATE_FORCES)


def _demonstration(actor1: Actor | None, actor2: Actor | None) -> SimpleNamespace:
    return SimpleNamespace(disorder_type=taxonomy.DEMONSTRATIONS, actor1=actor1, actor2=actor2)


def test_protesters_and_rioters_both_named_stay_two_crowds():
    assert not actors_agree(_demonstration(PROTESTERS, POLICE), _demonstration(RIOTERS, POLICE), same_article=True)


def test_the_crowd_alone_and_the_force_alone_do_not_contradict():
    assert actors_agree(_demonstration(PROTESTERS, None), _demonstration(None, POLICE), same_article=True)


def test_two_forces_facing_a_crowd_still_contradict():
    assert not actors_agree(_demonstration(PROTESTERS, POLICE), _demonstration(RIOTERS, ARMY), same_article=True)


def test_part_of_a_side_and_another_victim_sum_up():
    found = find_tolls("The rebels said troops had killed three of their fighters and a herder near Lokori.")
    assert [(f.figure, f.kind) for f in found] == [(4, "killed")]


def test_both_sides_dead_sum_up():
    found = find_tolls("An army officer said three soldiers and five of the raiders had died in the fighting.")
    assert [(f.figure, f.kind) for f in found] == [(8, "killed")]


def test_a_count_put_at_a_figure_is_a_toll():
    found = find_tolls("A district officer put the number of dead at 17, while the army put its losses at three soldiers.")
    assert [(f.figure, f.kind) for f in found] == [(17, "killed"), (3, "killed")]


def test_traders_and_shepherds_are_people_a_toll_counts():
    assert [f.figure for f in find_tolls("A drone killed six shepherds near the wells.")] == [6]
    assert [f.figure for f in find_tolls("Five traders and a porter were killed on the road.")] == [6]


def test_destruction_the_night_after_a_protest_goes_on_telling_it():
    protest = SimpleNamespace(disorder_type=taxonomy.DEMONSTRATIONS, date=dt.date(2026, 3, 4))
    assert _on_its_day(SimpleNamespace(date=dt.date(2026, 3, 5)), protest)
    assert not _on_its_day(SimpleNamespace(date=dt.date(2026, 3, 6)), protest)
    raid = SimpleNamespace(disorder_type=taxonomy.POLITICAL_VIOLENCE, date=dt.date(2026, 3, 4))
    assert not _on_its_day(SimpleNamespace(date=dt.date(2026, 3, 5)), raid)


def test_history_over_years_is_no_event():
    text = ("Gunmen killed four herders near the village of Tamboli on Tuesday, police said. Separatist rebels have "
            "fought for self-rule since soon after the country's independence in 1961. The valley has been torn by "
            "fighting among rival militias for two decades. The army has held most of the province since the first "
            "days of its offensive in 2019. The region's murder rate has doubled since 2021.")
    assert [m.sentence.text[:12] for m in mentions_of(text)] == ["Gunmen kille"]
