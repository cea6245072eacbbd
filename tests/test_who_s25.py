"""Actor choice (s25): a global group's name stands for the one regional affiliate of it the report
names; a known name opened by a lower-case Arabic article ("al Qaeda in the ...") is read whole; counted militants
killed in a report of one armed group are that group."""

from __future__ import annotations

from who_helpers import actors_at


def test_a_global_group_is_the_affiliate_the_report_names():
    text = ("Nine farmers were killed when insurgents loyal to Islamic State raided the village of Kandolo on "
            "Monday. Islamic State Mozambique Province said its men had burned a chapel.")
    assert actors_at(text, "raided", "Mozambique")[0] == "Islamic State Mozambique Province (ISMP)"


def test_a_global_group_stays_itself_without_an_affiliate():
    text = "Nine farmers were killed when insurgents loyal to Islamic State raided the village of Kandolo on Monday."
    assert actors_at(text, "raided", "Mozambique")[0] == "Islamic State (ISIS)"


def test_a_name_opened_by_a_lower_case_al_is_read_whole():
    text = ("Fighters from al Qaeda in the Arabian Peninsula stormed a checkpoint near Bir Harun on Sunday, killing "
            "four soldiers.")
    assert actors_at(text, "stormed", "Yemen")[0] == "Al Qaeda in the Arabian Peninsula (AQAP)"


def test_counted_militants_killed_are_the_one_group_the_report_names():
    text = ("Fighters of the Lokoro Liberation Front (LLF) ambushed an army convoy near Dembo on Monday, killing five "
            "soldiers. On Tuesday, troops raided a camp near Gashi and killed six militants, the army said.")
    assert actors_at(text, "killed", "Uganda")[1] == "Lokoro Liberation Front"


def test_counted_militants_in_a_report_of_no_group_stay_unidentified():
    text = "On Tuesday, troops raided a camp near Gashi and killed six militants, the army said."
    assert actors_at(text, "killed", "Uganda")[1] == "Unidentified Armed Group (Uganda)"
