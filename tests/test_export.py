from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.errors import ConfigError
from eventwire.export import ACLED_COLUMNS, export
from eventwire.merge import merge_mentions

from records_factory import mention


def events():
    return merge_mentions([mention("m1", "a1", killed=(3,)), mention("m2", "a9", place=None, date=None)])


def test_acled_csv_keeps_acled_columns_in_order_then_ours():
    out = io.StringIO()
    export(events(), "acled-csv", None, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = out.getvalue().splitlines()[0].split(",")
    assert header[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert rows[0]["sub_event_type"] == "Armed clash"
    assert rows[0]["fatalities"] == "3"
    assert rows[0]["location"] == "Goma" and rows[0]["geo_precision"] == "1"
    assert json.loads(rows[0]["claims"])[0]["claimant"] == "Military Forces of DR Congo"


def test_geojson_is_a_feature_collection_with_lon_lat_points():
    out = io.StringIO()
    export(events(), "geojson", None, out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    points = [f["geometry"] for f in collection["features"]]
    assert points[0] == {"type": "Point", "coordinates": [29.2228, -1.6792]}
    assert points[1] is None


def test_jsonl_round_trips_claims_and_evidence():
    out = io.StringIO()
    export(events(), "jsonl", None, out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["claims"][0]["stance"] == "asserts"
    assert first["fatality_claims"][0]["evidence"]["text"] == "3"


def test_parquet_needs_a_file_and_writes_every_event(tmp_path: Path):
    with pytest.raises(ConfigError, match="-o"):
        export(events(), "parquet", None, io.StringIO())
    path = tmp_path / "e.parquet"
    assert export(events(), "parquet", path, io.StringIO()) == 2
    assert pq.read_table(path).num_rows == 2


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ConfigError, match="unknown export format"):
        export(events(), "xlsx", None, io.StringIO())


def test_the_reviewed_column_carries_each_event_review_status():
    out = io.StringIO()
    found = events()
    export(found, "acled-csv", None, out, {found[0].event_id: "corrected"})
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [row["reviewed"] for row in rows] == ["corrected", "unreviewed"]
