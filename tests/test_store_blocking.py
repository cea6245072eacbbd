"""Blocking keys: every place a stored event could join lies in the cells read for it."""

from __future__ import annotations

import math
import random

from eventwire.gazetteer.distance import haversine_km
from eventwire.records import Place
from eventwire.store import blocking


def place(latitude: float, longitude: float, precision: int = 1, feature: str = "city") -> Place:
    return Place("X", latitude, longitude, precision, "Country", "XX", "State", "", None, feature, None)


def test_every_point_within_reach_lies_in_a_cell_read_for_the_place():
    rng = random.Random(7)
    for _ in range(300):
        here = place(rng.uniform(-70, 70), rng.uniform(-180, 180))
        cells = blocking.cells_within_reach(here)
        assert cells is not None
        for _ in range(20):
            bearing, km = rng.uniform(0, 2 * math.pi), rng.uniform(0, blocking.REACH_KM)
            there = place(here.latitude + km / 111.2 * math.cos(bearing),
                          here.longitude + km / 111.2 * math.sin(bearing) / math.cos(math.radians(here.latitude)))
            there = place(there.latitude, (there.longitude + 180) % 360 - 180)
            if haversine_km(here.latitude, here.longitude, there.latitude, there.longitude) <= blocking.REACH_KM:
                assert blocking.cell(there) in cells


def test_cells_wrap_at_the_antimeridian():
    assert blocking.cell(place(0, 179.5)) in blocking.cells_within_reach(place(0, -179.5))


def test_near_a_pole_the_whole_country_is_read_instead():
    assert blocking.cells_within_reach(place(88, 10)) is None


def test_a_place_told_as_a_region_is_keyed_by_its_country():
    assert blocking.region_iso(place(40, -100, precision=3)) == "XX"
    assert blocking.region_iso(place(40, -100, feature="admin1")) == "XX"
    assert blocking.region_iso(place(40, -100)) is None
