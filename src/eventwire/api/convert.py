"""Stored records to response models: summaries, full events, field evidence, article spans."""

from __future__ import annotations

from typing import Any

from eventwire.api.models import (
    ActorOut, ClaimOut, EventDetail, EventSummary, FatalityClaimOut, FieldEvidence, MentionOut, Model, PlaceOut,
    ReviewOut, SourceOut, SpanOut, TypedSpan,
)
from eventwire.records import Event, Span
from eventwire.store import reviews
from eventwire.store.sqlite import SQLiteStore


def _span(span: Span | None) -> SpanOut | None:
    return SpanOut(start=span.start, end=span.end, text=span.text) if span else None


def summary(item: reviews.ReviewedEvent) -> EventSummary:
    event, place = item.event, item.event.place
    return EventSummary(
        event_id=event.event_id, date=event.date, time_precision=event.time_precision,
        event_type=event.event_type, sub_event_type=event.sub_event_type, disorder_type=event.disorder_type,
        actor1=event.actor1.name if event.actor1 else "", actor2=event.actor2.name if event.actor2 else "",
        location=place.name if place else "", country=place.country if place else "",
        iso=place.iso if place else "", admin1=place.admin1 if place else "",
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None, fatalities=event.fatalities,
        claims=len(event.claims), articles=len(event.article_ids), historical=event.historical,
        confidence=event.confidence, review_status=item.status,
    )


def detail(store: SQLiteStore, item: reviews.ReviewedEvent) -> EventDetail:
    event = item.event
    sources = []
    for article_id in event.article_ids:
        article = store.article(article_id)
        if article is not None:
            sources.append(SourceOut(article_id=article.id, title=article.title, outlet=article.outlet,
                                     url=article.url, date=article.date))
    return EventDetail(
        **summary(item).model_dump(),
        place=_place(event), actor1_detail=_actor(event.actor1), actor2_detail=_actor(event.actor2),
        assoc_actor_1=[_actor(actor) for actor in event.assoc_actor_1],
        assoc_actor_2=[_actor(actor) for actor in event.assoc_actor_2],
        claims_detail=[from_record(ClaimOut, claim, hedges=list(claim.hedges)) for claim in event.claims],
        fatality_claims=[
            from_record(FatalityClaimOut, figure, evidence=_span(figure.evidence)) for figure in event.fatality_claims
        ],
        mentions=[_mention(mention) for mention in event.mentions],
        sources=sources,
        evidence=field_evidence(item),
        merge_reasons=list(event.merge_reasons),
        corrected_fields=list(item.corrected_fields),
        reviews=[from_record(ReviewOut, review) for review in item.reviews],
    )


def from_record(model: type[Model], record: Any, **overrides: Any) -> Any:
    """A response model from a record's fields; fields the model does not publish are left out."""
    values = {name: getattr(record, name) for name in model.model_fields if hasattr(record, name)}
    return model(**{**values, **overrides})


def _place(event: Event) -> PlaceOut | None:
    place = event.place
    if place is None:
        return None
    return from_record(PlaceOut, place, evidence=_span(place.evidence))


def _actor(actor: Any) -> Any:
    return ActorOut(name=actor.name, inter=actor.inter, evidence=_span(actor.evidence)) if actor else None


def _mention(mention: Any) -> MentionOut:
    return MentionOut(
        mention_id=mention.mention_id, article_id=mention.article_id, sentence=_span(mention.sentence),
        event_type=mention.event_type, sub_event_type=mention.sub_event_type, confidence=mention.confidence,
        trigger=_span(mention.trigger), date=mention.date, time_precision=mention.time_precision,
        date_evidence=_span(mention.date_evidence), historical=mention.historical, outlet=mention.outlet,
    )


def field_evidence(item: reviews.ReviewedEvent) -> list[FieldEvidence]:
    """Each field with its evidence span and the sentence it sits in (so the page can mark it)."""
    event = item.event
    lead = event.mentions[0] if event.mentions else None
    place, corrected = event.place, set(item.corrected_fields)

    def sentence_of(span: Span | None) -> tuple[SpanOut | None, str | None]:
        for mention in event.mentions:
            if span and mention.sentence.start <= span.start and span.end <= mention.sentence.end:
                return _span(mention.sentence), mention.article_id
        return (_span(lead.sentence), lead.article_id) if lead else (None, None)

    rows: list[tuple[str, str, Span | None, tuple[str, ...]]] = [
        ("sub_event_type", f"{event.sub_event_type} ({event.event_type})", lead.trigger if lead else None,
         ("sub_event_type", "event_type")),
        ("date", event.date.isoformat() if event.date else "", lead.date_evidence if lead else None,
         ("event_date", "time_precision")),
        ("place", place.label() if place else "",
         place.evidence if place else None, reviews.PLACE_FIELDS),
        ("actor1", event.actor1.name if event.actor1 else "", event.actor1.evidence if event.actor1 else None,
         ("actor1", "inter1")),
        ("actor2", event.actor2.name if event.actor2 else "", event.actor2.evidence if event.actor2 else None,
         ("actor2", "inter2")),
    ]
    figures = [figure for figure in event.fatality_claims if figure.kind == "killed"]
    rows.append(("fatalities", str(event.fatalities), figures[0].evidence if figures else None, ("fatalities",)))
    found = []
    for name, value, span, fields in rows:
        sentence, article_id = sentence_of(span)
        found.append(FieldEvidence(field=name, value=value, evidence=_span(span), sentence=sentence,
                                   article_id=article_id, corrected=bool(corrected & set(fields))))
    return found


def article_spans(store: SQLiteStore, article_id: str) -> tuple[list[TypedSpan], list[str]]:
    """Typed spans of one article (triggers, dates, places, actors, figures, event sentences)."""
    spans: dict[tuple[str, int, int], TypedSpan] = {}

    def add(kind: str, span: Span | None, label: str, event_id: str | None) -> None:
        if span is not None and span.end > span.start:
            spans.setdefault((kind, span.start, span.end), TypedSpan(
                kind=kind, start=span.start, end=span.end, text=span.text, label=label, event_id=event_id))

    event_ids: list[str] = []
    for event_id, mention in reviews.article_mentions(store, article_id):
        event_ids.append(event_id)
        add("sentence", mention.sentence, mention.sub_event_type, event_id)
        add("trigger", mention.trigger, mention.sub_event_type, event_id)
        add("date", mention.date_evidence, mention.date.isoformat() if mention.date else "", event_id)
        for actor in (mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2):
            if actor is not None:
                add("actor", actor.evidence, actor.name, event_id)
        for figure in mention.fatality_claims:
            add("figure", figure.evidence, f"{figure.figure} {figure.kind} according to {figure.claimant}", event_id)
        if mention.place is not None:
            add("place", mention.place.evidence, mention.place.label(), event_id)
    for place in store.article_places(article_id):
        add("place", place.evidence, place.label(), None)
    ordered = sorted(spans.values(), key=lambda span: (span.start, -span.end, span.kind))
    return ordered, list(dict.fromkeys(event_ids))

