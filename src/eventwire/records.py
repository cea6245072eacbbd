"""The typed records that flow through the pipeline.

Every stage takes records and returns records; nothing reaches back into an earlier stage.
Records are frozen so a stage cannot quietly change what another stage produced, and they
are plain data (no spaCy objects) so they pickle cheaply across worker processes and Ray.

Character offsets (`start`, `end`) always index into `Article.text`.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news report. `id` derives from the content, so the same report has the same id."""

    id: str
    text: str
    title: str = ""
    date: dt.date | None = None
    url: str = ""
    outlet: str = ""
    origin: str = ""  # where it was read from: "path" or "path:line"


@dataclass(frozen=True)
class Span:
    """A piece of the article text that supports a field: the evidence."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    """A toponym resolved against the gazetteer.

    `geo_precision` follows ACLED: 1 the town itself, 2 near a town or a part of a region,
    3 a region or country (or anything coarser).
    """

    name: str
    latitude: float
    longitude: float
    geo_precision: int
    country: str = ""
    iso: str = ""  # ISO 3166-1 alpha-2
    admin1: str = ""
    admin2: str = ""
    geonameid: int | None = None
    feature: str = ""  # city, admin1, admin2, country, region, continent
    evidence: Span | None = None

    def label(self, *, admin1: bool = True) -> str:
        """"Town, State, Country" for people, each part once ("Ukraine", not "Ukraine, Ukraine")."""
        parts = (self.name, self.admin1 if admin1 else "", self.country)
        return ", ".join(dict.fromkeys(part for part in parts if part))

    def lies_in(self, region: Place) -> bool:
        """Whether this place is inside `region`, a state (admin1) or a county (admin2)."""
        return self.iso == region.iso and self.admin1 == region.admin1 and (
            region.feature == "admin1" or self.admin2 == region.admin2)


@dataclass(frozen=True)
class Actor:
    """A participant in an event, with its ACLED actor type code (inter code 1-8)."""

    name: str  # canonical name
    inter: int  # 1 state forces ... 8 external/other forces; 0 unknown
    evidence: Span | None = None


# The claimant of what a report without an outlet's name tells in its own words.
OUTLET = "the outlet"


@dataclass(frozen=True)
class Claim:
    """One report of an event: who says it, how, and how far it can be trusted."""

    claimant: str  # canonical actor, or the outlet itself
    channel: str  # statement, telegram, video, social media, press conference, outlet, ...
    stance: str  # asserts | denies | reports
    verification: str  # confirmed | unverified | disputed
    modality: str  # happened | possible | hypothetical | planned | negated
    hedges: tuple[str, ...] = ()
    article_id: str = ""
    outlet: str = ""
    # What a denial denies: that the event happened ("event") or only a part in it ("involvement").
    scope: str = "event"
    sentence: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class FatalityClaim:
    """One casualty figure as given in the text, with whoever gave it."""

    figure: int
    kind: str  # killed | injured
    claimant: str
    evidence: Span
    article_id: str = ""
    lower_bound: bool = False  # "at least 12"
    approximate: bool = False  # "dozens"
    cue: str = ""  # the casualty words that decided the kind ("shot dead", "wounding", "shot", "self")


@dataclass(frozen=True)
class EventMention:
    """One event as reported in one article (possibly across several of its sentences)."""

    mention_id: str
    article_id: str
    sentence: Span
    event_type: str
    sub_event_type: str
    disorder_type: str
    confidence: float
    trigger: Span | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: tuple[Actor, ...] = ()
    assoc_actor_2: tuple[Actor, ...] = ()
    date: dt.date | None = None
    time_precision: int = 3
    date_evidence: Span | None = None
    place: Place | None = None
    fatality_claims: tuple[FatalityClaim, ...] = ()
    claims: tuple[Claim, ...] = ()
    historical: bool = False
    outlet: str = ""


@dataclass(frozen=True)
class Event:
    """The same real-world event, merged from every mention that reports it."""

    event_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    date: dt.date | None
    time_precision: int
    place: Place | None
    actor1: Actor | None
    actor2: Actor | None
    assoc_actor_1: tuple[Actor, ...]
    assoc_actor_2: tuple[Actor, ...]
    fatalities: int
    fatality_claims: tuple[FatalityClaim, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[EventMention, ...]
    historical: bool
    confidence: float
    merge_reasons: tuple[str, ...] = field(default=())
    injured: int = 0  # the conservative injured figure, by the same rule as fatalities

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))


def to_jsonable(record: Any) -> Any:
    """A record as JSON-ready data: dates become ISO strings, tuples lists."""
    if isinstance(record, (str, int, float)) or record is None:
        return record  # most values: answered before the slower checks
    if hasattr(record, "__dataclass_fields__"):
        # One pass over the fields: `dataclasses.asdict` deep-copies first, which the store
        # paid for on every write.
        return {name: to_jsonable(getattr(record, name)) for name in _field_names(type(record))}
    if isinstance(record, dict):
        return {key: to_jsonable(value) for key, value in record.items()}
    if isinstance(record, (list, tuple)):
        return [to_jsonable(value) for value in record]
    if isinstance(record, (dt.date, dt.datetime)):
        return record.isoformat()
    return record


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(cls))


def from_jsonable(cls: Any, data: Any) -> Any:
    """Rebuild a record (or any typed value) from `to_jsonable` output, guided by type hints."""
    return _reader(cls)(data)


Reader = typing.Callable[[Any], Any]


@functools.cache
def _reader(cls: Any) -> Reader:
    """The function that rebuilds a value of type `cls`, worked out once per type.

    Reading the type hints on every value made rebuilding records most of the store's
    read time; the readers are built once and reused."""
    origin = typing.get_origin(cls)
    if origin in (types.UnionType, typing.Union):
        return _optional(_reader(next(kind for kind in typing.get_args(cls) if kind is not type(None))))
    if origin is tuple:
        read_item = _reader(typing.get_args(cls)[0])
        return _optional(lambda data: tuple(map(read_item, data)))
    if cls is dt.date:
        return _optional(dt.date.fromisoformat)
    if hasattr(cls, "__dataclass_fields__"):  # no record holds itself, so this recursion ends
        readers = {name: _reader(hint) for name, hint in typing.get_type_hints(cls).items()}
        return _optional(lambda data: cls(**{name: readers[name](value)
                                             for name, value in data.items() if name in readers}))
    return _identity


def _optional(read: Reader) -> Reader:
    return lambda data: None if data is None else read(data)


def _identity(data: Any) -> Any:
    return data
