"""Actor choice (s28): a known armed group the data file marks as a community's or the state's
guards (`defends`) is not the doer of unnamed militants' attacks."""

from __future__ import annotations

import json

import pytest
from who_helpers import actors_at

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
