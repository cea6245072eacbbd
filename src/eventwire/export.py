"""Exports: ACLED-style CSV, GeoJSON, JSONL and Parquet, all from the same rows.

The CSV keeps ACLED's column names and order, then adds what ACLED does not keep
(claims, fatality claims, evidence, GeoNames id, historical flag) as extra columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import pycountry

from eventwire import taxonomy
from eventwire.errors import ConfigError
from eventwire.records import Actor, Event, to_jsonable

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS = (
    "reviewed", "geonameid", "historical", "confidence", "article_ids", "injured", "claims", "fatality_claims",
    "evidence",
)
UNREVIEWED = "unreviewed"


def acled_row(event: Event, reviewed: str = UNREVIEWED) -> dict[str, Any]:
    """One event as a flat row: ACLED's columns, then eventwire's. `reviewed` is the human
    review status (unreviewed, accepted, corrected); `event` already carries reviewed values."""
    place = event.place
    inter1 = event.actor1.inter if event.actor1 else 0
    inter2 = event.actor2.inter if event.actor2 else 0
    lead = event.mentions[0] if event.mentions else None
    row: dict[str, Any] = {
        "event_id_cnty": event.event_id,
        "event_date": event.date.isoformat() if event.date else "",
        "year": event.date.year if event.date else "",
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": _name(event.actor1),
        "assoc_actor_1": "; ".join(actor.name for actor in event.assoc_actor_1),
        "inter1": inter1 or "",
        "actor2": _name(event.actor2),
        "assoc_actor_2": "; ".join(actor.name for actor in event.assoc_actor_2),
        "inter2": inter2 or "",
        "interaction": taxonomy.interaction_code(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if inter2 == taxonomy.CIVILIANS else "",
        "iso": _iso_numeric(place.iso) if place else "",
        "region": "",
        "country": place.country if place else "",
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": place.latitude if place else "",
        "longitude": place.longitude if place else "",
        "geo_precision": place.geo_precision if place else "",
        "source": "; ".join(dict.fromkeys(claim.claimant for claim in event.claims)),
        "source_scale": "",
        "notes": lead.sentence.text.strip() if lead else "",
        "fatalities": event.fatalities,
        "tags": "historical" if event.historical else "",
        "timestamp": int(dt.datetime.now(dt.timezone.utc).timestamp()),
        "reviewed": reviewed,
        "geonameid": place.geonameid if place and place.geonameid else "",
        "historical": event.historical,
        "confidence": round(event.confidence, 3),
        "article_ids": "; ".join(event.article_ids),
        "injured": event.injured,
        "claims": json.dumps(to_jsonable(event.claims), ensure_ascii=False),
        "fatality_claims": json.dumps(to_jsonable(event.fatality_claims), ensure_ascii=False),
        "evidence": json.dumps(_evidence(event), ensure_ascii=False),
    }
    return row


def _name(actor: Actor | None) -> str:
    return actor.name if actor else ""


def _iso_numeric(alpha2: str) -> str:
    country = pycountry.countries.get(alpha_2=alpha2) if alpha2 else None
    return str(int(country.numeric)) if country else ""


def _evidence(event: Event) -> dict[str, Any]:
    lead = event.mentions[0] if event.mentions else None
    if lead is None:
        return {}
    fields = {
        "trigger": lead.trigger,
        "date": lead.date_evidence,
        "place": event.place.evidence if event.place else None,
        "actor1": event.actor1.evidence if event.actor1 else None,
        "actor2": event.actor2.evidence if event.actor2 else None,
        "sentence": lead.sentence,
    }
    return {name: to_jsonable(span) for name, span in fields.items() if span is not None}


Statuses = Mapping[str, str]  # event_id -> review status; absent means unreviewed


def write_csv(events: Iterable[Event], handle: IO[str], statuses: Statuses) -> int:
    writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(acled_row(event, statuses.get(event.event_id, UNREVIEWED)))
        count += 1
    return count


def write_jsonl(events: Iterable[Event], handle: IO[str], statuses: Statuses) -> int:
    count = 0
    for event in events:
        record = {**to_jsonable(event), "reviewed": statuses.get(event.event_id, UNREVIEWED)}
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def geojson(events: Iterable[Event], statuses: Statuses) -> dict[str, Any]:
    """A FeatureCollection (RFC 7946); events without a place have a null geometry."""
    features = []
    for event in events:
        row = acled_row(event, statuses.get(event.event_id, UNREVIEWED))
        geometry = (
            {"type": "Point", "coordinates": [event.place.longitude, event.place.latitude]} if event.place else None
        )
        features.append({"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": row})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(events: Iterable[Event], handle: IO[str], statuses: Statuses) -> int:
    collection = geojson(events, statuses)
    json.dump(collection, handle, ensure_ascii=False)
    return len(collection["features"])


def write_parquet(events: Sequence[Event], path: Path, statuses: Statuses) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [acled_row(event, statuses.get(event.event_id, UNREVIEWED)) for event in events]
    columns = ACLED_COLUMNS + EXTRA_COLUMNS
    table = pa.table({name: [_text_or_value(row[name]) for row in rows] for name in columns})
    pq.write_table(table, path)
    return len(rows)


def _text_or_value(value: Any) -> Any:
    """Parquet columns need one type: empty strings in numeric columns become nulls."""
    return None if value == "" else value


TEXT_WRITERS: dict[str, Callable[[Iterable[Event], IO[str], Statuses], int]] = {
    "acled-csv": write_csv,
    "jsonl": write_jsonl,
    "geojson": write_geojson,
}
FORMATS = (*TEXT_WRITERS, "parquet")


def export(
    events: Sequence[Event], format: str, output: Path | None, stdout: IO[str], statuses: Statuses | None = None
) -> int:
    """Write `events` in `format` to `output` (or stdout for text formats). Returns the count.

    `statuses` gives each reviewed event's review status for the `reviewed` column."""
    statuses = statuses or {}
    if format == "parquet":
        if output is None:
            raise ConfigError("parquet is binary: give an output file with -o FILE.parquet")
        return write_parquet(events, output, statuses)
    if format not in TEXT_WRITERS:
        raise ConfigError(f"unknown export format {format!r}: use one of {', '.join(FORMATS)}")
    if output is None:
        return TEXT_WRITERS[format](events, stdout, statuses)
    with output.open("w", encoding="utf-8", newline="") as handle:
        return TEXT_WRITERS[format](events, handle, statuses)
