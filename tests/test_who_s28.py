"""Actor choice (s28): a known armed group the data file marks as a community's or the state's
guards (`defends`) is not the doer of unnamed militants' attacks; a capital in the dateline is no
subject a joined passive killing inherits; "X's news agency" speaks for X; people a community's name
qualifies and a village's or council's office holders are civilians when harmed."""

from __future__ import annotations

import json

import pytest
from who_helpers import actors_at, resolved

from eventwire.extract.who import tables

TABLES = (tables._actor_rows, tables.known_actors, tables.known_armed_groups, tables.known_affiliates,
          tables.known_by_last_word, tables.missions_by_country, tables.defending_actors)


@pytest.fixture
def extra_actors(tmp_path, monkeypatch):
    """Writes rows to an `$EVENTWIRE_ACTORS` file read on top of the packaged data file."""
    def write(rows: list[dict]) -> None:
        path = tmp_path / "actors.json"
        path.write_text(json.dumps(rows), encoding="utf-8")
        monkeypatch.setenv("EVENTWIRE_ACTORS", str(path))
        for table in TABLES:
            table.cache_clear()
    yield write
    monkeypatch.delenv("EVENTWIRE_ACTORS", raising=False)
    for table in TABLES:
        table.cache_clear()


ROW = {"name": "Velmo Guard Force (VGF)", "inter": 3, "aliases": ["VGF", "Velmo Guard Force"]}
TEXT = ("Fighters of the Velmo Guard Force (VGF) patrol the farms around Kiral, a village in central Mali. On Sunday the militants "
        "stormed Kiral and killed six villagers.")


def test_the_one_armed_group_named_before_does_the_unnamed_militants_attack(extra_actors):
    extra_actors([ROW])
    assert actors_at(TEXT, "stormed", "Mali")[0] == "Velmo Guard Force (VGF)"


def test_a_group_the_data_file_marks_as_guards_does_not(extra_actors):
    extra_actors([{**ROW, "defends": True}])
    assert actors_at(TEXT, "stormed", "Mali")[0] == "Unidentified Armed Group (Mali)"
    assert "Velmo Guard Force (VGF)" in tables.defending_actors()


def test_a_report_opening_with_a_capital_dateline_leaves_the_town_out_of_a_joined_passive_killing():
    text = ("BAMAKO, Mali – Armed men attacked a cattle market near Kiral in the south on the 3rd, and at least seven "
            "traders were killed, officials said.")
    assert actors_at(text, "killed", "Mali") == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")


def test_a_group_s_outlet_named_with_a_possessive_speaks_for_the_group(extra_actors):
    extra_actors([{"name": "Al-Kiral Brigade", "inter": 2, "aliases": ["Al-Kiral Brigade"]}])
    assert resolved("Al-Kiral Brigade's news agency said its fighters had killed 37 militiamen.", "agency",
                    "Chad") == "Al-Kiral Brigade"


def test_people_a_community_s_name_qualifies_are_civilians_when_harmed():
    assert actors_at("Soldiers detained five young Peul men at the market in Kiral and beat them.", "detained",
                     "Mali")[1] == "Civilians (Mali)"
    assert actors_at("Armed men seized a Yazidi teacher at a checkpoint near Kiral.", "seized", "Iraq")[1] == "Civilians (Iraq)"


def test_a_village_or_council_office_holder_harmed_is_a_civilian():
    assert actors_at("Gunmen shot dead a village council secretary in Kiral on Sunday.", "shot",
                     "Ukraine")[1] == "Civilians (Ukraine)"
    assert actors_at("Masked men abducted a local council member near Kiral on Friday.", "abducted",
                     "Syria")[1] == "Civilians (Syria)"


def test_a_capital_in_the_dateline_is_no_victim_of_a_casualty_clause():
    text = ("NEW DELHI, India – Three soldiers were wounded when grenades were thrown at an army camp at Kiral on Monday, "
            "police said.")
    assert actors_at(text, "grenades", "India")[1] == "Military Forces of India"


def test_forces_a_known_armed_group_s_name_qualifies_are_that_group_s(extra_actors):
    extra_actors([{"name": "Velmo Rebels", "inter": 2, "aliases": ["Velmo"]}])
    assert resolved("Velmo artillery pounded the town of Kiral on Sunday.", "artillery", "Chad") == "Velmo Rebels"
    assert resolved("Chadian artillery pounded the town of Kiral on Sunday.", "artillery", "Chad") == "Military Forces of Chad"
