"""Request and response models: the OpenAPI contract the page and clients share."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from eventwire import taxonomy
from eventwire.ingest.common import MAX_ARTICLE_CHARS


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SpanOut(Model):
    start: int
    end: int
    text: str


class PlaceOut(Model):
    name: str
    latitude: float
    longitude: float
    geo_precision: int
    country: str
    iso: str
    admin1: str
    admin2: str
    geonameid: int | None
    feature: str
    evidence: SpanOut | None


class ActorOut(Model):
    name: str
    inter: int
    evidence: SpanOut | None


class ClaimOut(Model):
    claimant: str
    channel: str
    stance: str
    verification: str
    modality: str
    hedges: list[str]
    article_id: str
    outlet: str
    scope: str
    sentence: str
    start: int
    end: int


class FatalityClaimOut(Model):
    figure: int
    kind: str
    claimant: str
    evidence: SpanOut
    article_id: str
    lower_bound: bool
    approximate: bool


class MentionOut(Model):
    mention_id: str
    article_id: str
    sentence: SpanOut
    event_type: str
    sub_event_type: str
    confidence: float
    trigger: SpanOut | None
    date: dt.date | None
    time_precision: int
    date_evidence: SpanOut | None
    historical: bool
    outlet: str


class ReviewOut(Model):
    review_id: int
    event_id: str
    action: str
    reviewer: str
    token_id: str
    at: str
    before: dict[str, Any]
    after: dict[str, Any]
    comment: str


class EventSummary(Model):
    """One event as the list, the map and the timeline need it."""

    event_id: str
    date: dt.date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    disorder_type: str
    actor1: str
    actor2: str
    location: str
    country: str
    iso: str
    admin1: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    claims: int
    articles: int
    historical: bool
    confidence: float
    review_status: str


class EventPage(Model):
    total: int
    offset: int
    limit: int
    events: list[EventSummary]


class FieldEvidence(Model):
    """A field's value with the text that supports it, inside its source sentence."""

    field: str
    value: str
    evidence: SpanOut | None
    sentence: SpanOut | None
    article_id: str | None
    corrected: bool


class SourceOut(Model):
    article_id: str
    title: str
    outlet: str
    url: str
    date: dt.date | None


class EventDetail(EventSummary):
    place: PlaceOut | None
    actor1_detail: ActorOut | None
    actor2_detail: ActorOut | None
    assoc_actor_1: list[ActorOut]
    assoc_actor_2: list[ActorOut]
    claims_detail: list[ClaimOut]
    fatality_claims: list[FatalityClaimOut]
    mentions: list[MentionOut]
    sources: list[SourceOut]
    evidence: list[FieldEvidence]
    merge_reasons: list[str]
    corrected_fields: list[str]
    reviews: list[ReviewOut]


class TypedSpan(Model):
    kind: Literal["trigger", "date", "place", "actor", "figure", "sentence"]
    start: int
    end: int
    text: str
    label: str
    event_id: str | None


class ArticleView(Model):
    id: str
    title: str
    date: dt.date | None
    url: str
    outlet: str
    text: str
    spans: list[TypedSpan]
    event_ids: list[str]


class DayCount(Model):
    date: dt.date
    event_type: str
    count: int


class Stats(Model):
    total: int
    by_type: dict[str, int]
    by_country: dict[str, int]
    by_day: list[DayCount]


class PointGeometry(Model):
    type: Literal["Point"]
    coordinates: list[float]


class Feature(Model):
    type: Literal["Feature"]
    id: str
    geometry: PointGeometry | None
    properties: dict[str, Any]


class FeatureCollection(Model):
    type: Literal["FeatureCollection"]
    features: list[Feature]


def _plain_text(value: str | None) -> str | None:
    """Text must be encodable (no lone surrogates): the database stores UTF-8."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text must be valid Unicode (no lone surrogates)") from None
    return value


class EventCorrection(Model):
    """The fields a reviewer may correct; omitted fields keep their value."""

    event_type: Literal[tuple(taxonomy.EVENT_TYPES)] | None = None  # type: ignore[valid-type]
    sub_event_type: Literal[tuple(taxonomy.BY_NAME)] | None = None  # type: ignore[valid-type]
    event_date: dt.date | None = None
    time_precision: int | None = Field(None, ge=1, le=3)
    actor1: str | None = Field(None, max_length=300)
    inter1: int | None = Field(None, ge=0, le=8)
    actor2: str | None = Field(None, max_length=300)
    inter2: int | None = Field(None, ge=0, le=8)
    location: str | None = Field(None, max_length=300)
    country: str | None = Field(None, max_length=200)
    iso: str | None = Field(None, max_length=2)
    admin1: str | None = Field(None, max_length=200)
    admin2: str | None = Field(None, max_length=200)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geo_precision: int | None = Field(None, ge=1, le=3)
    fatalities: int | None = Field(None, ge=0, le=10_000_000)
    injured: int | None = Field(None, ge=0, le=10_000_000)
    historical: bool | None = None

    _text = field_validator("actor1", "actor2", "location", "country", "iso", "admin1", "admin2")(_plain_text)


class ReviewRequest(Model):
    action: Literal["accept", "correct", "reject"]
    corrections: EventCorrection | None = None
    comment: str = Field("", max_length=5000)
    reviewer: str = Field("analyst", min_length=1, max_length=100)

    _text = field_validator("comment", "reviewer")(_plain_text)

    @model_validator(mode="after")
    def _corrections_fit_action(self) -> ReviewRequest:
        given = self.corrections.model_dump(exclude_none=True) if self.corrections else {}
        if self.action == "correct" and not given:
            raise ValueError("action 'correct' needs at least one field in 'corrections'")
        if self.action != "correct" and given:
            raise ValueError(f"action {self.action!r} takes no corrections; use action 'correct'")
        return self


class ReviewResult(Model):
    review: ReviewOut
    event: EventDetail


class ArticleIn(Model):
    text: str = Field(..., min_length=1, max_length=MAX_ARTICLE_CHARS)
    date: dt.date | None = None
    title: str = Field("", max_length=2000)
    url: str = Field("", max_length=2000)
    outlet: str = Field("", max_length=300)

    _text = field_validator("text", "title", "url", "outlet")(_plain_text)


class IngestResult(Model):
    article_id: str
    already_stored: bool
    events: list[EventSummary]


class Problem(Model):
    detail: str
