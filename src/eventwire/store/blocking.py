"""Blocking keys: which stored events a new event could join, read through indexed columns.

`merge.merge_reason` joins two events of one type family and date window only when their
places agree (the same place or place name, a region holding the other, or within
`merge.PLACE_RADIUS_KM`), when one report's people are named in the other, or when they come
from one report. Each of those ways has its key here, so the store reads the events a new one
could join and not every event of the window.
"""

from __future__ import annotations

import math

from eventwire import merge
from eventwire.records import Place

# Cells are squares of this many degrees of latitude and longitude.
CELL_DEGREES = 2.0
# The farthest two places of one event may lie apart (region-level precision).
REACH_KM = max(merge.PLACE_RADIUS_KM.values())
_KM_PER_DEGREE = 111.0
_COLUMNS = int(360 / CELL_DEGREES)


def cell(place: Place | None) -> str | None:
    """The cell a place's coordinates fall in, as "row:column"."""
    if place is None:
        return None
    return _key(_row(place.latitude), _column(place.longitude))


def cells_within_reach(place: Place) -> list[str] | None:
    """Every cell holding a point within `REACH_KM` of the place, or None near a pole (where
    that is most of a ring of cells: the caller reads the place's country instead)."""
    span = REACH_KM / _KM_PER_DEGREE
    low, high = max(-90.0, place.latitude - span), min(90.0, place.latitude + span)
    widest = math.cos(math.radians(max(abs(low), abs(high))))
    if widest < 0.1:
        return None
    lon_span = span / widest
    rows = range(_row(low), _row(high) + 1)
    columns = {_column(place.longitude + step * CELL_DEGREES)
               for step in range(-math.ceil(lon_span / CELL_DEGREES) - 1, math.ceil(lon_span / CELL_DEGREES) + 2)}
    return [_key(row, column) for row in rows for column in sorted(columns)]


def region_iso(place: Place | None) -> str | None:
    """The country of a place told as a region (`merge.places_agree` reads such a place as
    agreeing with any place of its country and state)."""
    if place is None or not place.iso:
        return None
    regional = place.geo_precision >= 3 or place.feature in merge.REGION_FEATURES
    return place.iso if regional else None


def place_name(place: Place | None) -> str | None:
    return place.name.casefold() if place is not None and place.name else None


def _row(latitude: float) -> int:
    return math.floor(latitude / CELL_DEGREES)


def _column(longitude: float) -> int:
    return math.floor(((longitude + 180.0) % 360.0) / CELL_DEGREES) % _COLUMNS


def _key(row: int, column: int) -> str:
    return f"{row}:{column}"
