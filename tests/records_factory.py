"""Small builders of records for tests that need no language model."""

from __future__ import annotations

import datetime as dt

from eventwire.records import Actor, Article, Claim, EventMention, FatalityClaim, Place, Span

GOMA = Place("Goma", -1.6792, 29.2228, 1, "DR Congo", "CD", "North Kivu", "", 217831, "city", Span(0, 4, "Goma"))
MUGUNGA = Place("Mugunga", -1.6506, 29.1594, 1, "DR Congo", "CD", "North Kivu", "", 205000, "city", Span(0, 7, "Mugunga"))
BUKAVU = Place("Bukavu", -2.5083, 28.8608, 1, "DR Congo", "CD", "South Kivu", "", 217562, "city", None)


def article(text: str = "Troops clashed with rebels near Goma.", date: dt.date = dt.date(2024, 6, 1),
            article_id: str = "a1") -> Article:
    return Article(article_id, text, "title", date, "", "Test Wire", "test")


def mention(
    mention_id: str = "m1",
    article_id: str = "a1",
    sub_event_type: str = "Armed clash",
    event_type: str = "Battles",
    date: dt.date | None = dt.date(2024, 6, 1),
    place: Place | None = GOMA,
    killed: tuple[int, ...] = (),
    claimant: str = "Military Forces of DR Congo",
    stance: str = "asserts",
    start: int = 0,
    actor1: Actor | None = None,
) -> EventMention:
    claim = Claim(claimant, "statement", stance, "unverified", "happened", (), article_id, "Test Wire",
                  sentence="Troops clashed with rebels near Goma.", start=start, end=start + 37)
    figures = tuple(FatalityClaim(k, "killed", claimant, Span(start, start + 2, str(k)), article_id) for k in killed)
    return EventMention(
        mention_id=mention_id, article_id=article_id, sentence=Span(start, start + 37, "Troops clashed."),
        event_type=event_type, sub_event_type=sub_event_type, disorder_type="Political violence", confidence=0.8,
        actor1=actor1, date=date, time_precision=1, place=place, fatality_claims=figures, claims=(claim,),
    )
