"""Merging: mentions of the same real-world event, within and across articles, become one Event.

Two mentions are the same event when their types agree, their places agree (distance
scaled by precision: a town-level place must be close, a region-level place only in the same
region), their dates agree within the window their precisions allow, and their actors do
not contradict each other. Every decision records a reason so `eventwire show` can say why
reports were merged.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import replace

from eventwire import taxonomy
from eventwire.extract.claims import consistent_verification
from eventwire.extract.what import cue_classes
from eventwire.extract.toll import (
    ADDED_CUE, NUMBER, QUALIFIER_WORDS, TollFigure, added_dead, conservative_fatalities, is_vague, report_toll,
    without_asides,
)
from eventwire.gazetteer.distance import km_between
from eventwire.records import OUTLET, Actor, Claim, Event, EventMention, FatalityClaim, Place

# How far apart two places may be and still be one event, by the coarser geo_precision.
PLACE_RADIUS_KM = {1: 15.0, 2: 40.0, 3: 250.0}
# How many days apart two dates may be, by the coarser time_precision.
DATE_WINDOW_DAYS = {1: 1, 2: 7, 3: 31}
# Features that name a region, whatever the precision a report gives them ("in northern Ohio"
# is near part of a state, not near the state's centre).
REGION_FEATURES = frozenset({"admin1", "country", "region", "continent"})


def places_agree(a: Place | None, b: Place | None, same_article: bool, coarse_date: bool = False) -> str | None:
    """Why two places can be the same event's, or None when they cannot. With only a month to
    tie two mentions (`coarse_date`; across reports it ties none, see `dates_agree`), sharing a
    region is not enough: one dated "in March" and placed in a state would otherwise join every
    event of that state's month."""
    if a is None or b is None or (same_article and (a.evidence is None or b.evidence is None)):
        # Within one article a place inherited from the article's context is no evidence of a
        # different place.
        return "one report names no place of its own" if same_article else None
    same = same_place(a, b)
    if same is not None:
        return same
    precision = max(a.geo_precision, b.geo_precision)
    regional = precision >= 3 or a.feature in REGION_FEATURES or b.feature in REGION_FEATURES
    if regional and not coarse_date and a.iso and a.iso == b.iso \
            and (not a.admin1 or not b.admin1 or a.admin1 == b.admin1):
        return f"same region ({a.admin1 or a.country})"
    distance = km_between(a, b)
    if distance <= PLACE_RADIUS_KM[min(precision, 2 if coarse_date else 3)]:
        return f"places {distance:.0f} km apart"
    return None


def same_place(a: Place, b: Place) -> str | None:
    """Why two places are one by identity, or None: the same gazetteer entry, or the same name
    (one toponym in two reports read as two namesakes: the gazetteer's guess differs, the
    reports name the same place)."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return f"same place ({a.name})"
    if a.name and a.name.casefold() == b.name.casefold():
        return f"same place name ({a.name})"
    return None


def dates_agree(a: EventMention | Event, b: EventMention | Event, same_article: bool) -> str | None:
    if a.date is None or b.date is None:
        return "one report gives no date" if same_article else None
    precision = max(a.time_precision, b.time_precision)
    if precision >= 3 and not same_article:
        # Across reports a month or a year ties no two events of one place: a town has several
        # shootings a month, and a roundup's "in 2015" would join whichever came first.
        return None
    window = DATE_WINDOW_DAYS[min(precision, 3)]
    gap = abs((a.date - b.date).days)
    if same_article and gap and precision == 1 and (_dated_here(a) or _dated_here(b)):
        return None  # the writer gives one its own day ("on Wednesday"), the other another: two events
    if same_article and precision == 2 and any(
            r.time_precision == 2 and _dated_here(r) and isinstance(o, EventMention) and not _dated_here(o)
            and _week(r.date) != _week(o.date) for r, o in ((a, b), (b, a))):
        # The writer gives one its own week ("Last week, ..."), the other only a day outside it that
        # it takes from the sentences around it: two events. (A day the other gives itself may be
        # the week's loosely: "last week" in a Saturday's report of Monday's shooting.)
        return None
    return f"dates {gap} days apart" if gap <= window else None


def _week(day: dt.date) -> tuple[int, int]:
    return day.isocalendar()[:2]


def _dated_here(record: EventMention | Event) -> bool:
    return isinstance(record, EventMention) and dated_by_itself(record)


def actors_agree(a: EventMention | Event, b: EventMention | Event, same_article: bool = False) -> bool:
    """Actors contradict only when both sides name a different organised actor (an armed or
    political group, not civilians, a person or an unknown) in the same role: reports of one
    killing name its victim, a relative or a street in that role as often as each other. Two
    reports that name the same two sides the other way round tell one clash from either side;
    within one report the writer tells each side's own act apart ("troops killed three
    fighters in a follow-up operation" after the fighters' ambush), and a side's account of the
    act before it takes that act's sides (`mentions._accounts_of_previous`)."""
    if same_article and a.disorder_type == b.disorder_type == taxonomy.DEMONSTRATIONS:
        return _crowd_and_force_agree(a, b)
    for left, right, others in ((a.actor1, b.actor1, (a.actor2, b.actor2)), (a.actor2, b.actor2, (a.actor1, b.actor1))):
        if same_article and (_refines(left, right, others) or _refines(right, left, others)):
            continue  # ("Suspected X fighters killed two teachers", then "Gunmen stormed the school")
        if organised(left) and organised(right) and left.name != right.name:
            swapped = (_name(a.actor1), _name(a.actor2)) == (_name(b.actor2), _name(b.actor1))
            if same_article or not swapped:
                return False
    return True


# An armed side no report names, and the names of armed sides that say only their role and country.
UNIDENTIFIED = "Unidentified Armed Group"
_ROLE_ONLY_ARMED = re.compile(r"^(?:Rebels|Militia|Unidentified Armed Group) \((.+)\)$")
_NON_STATE_ARMED = frozenset({taxonomy.REBEL_GROUPS, taxonomy.POLITICAL_MILITIAS, taxonomy.IDENTITY_MILITIAS})


def _refines(specific: Actor | None, unnamed: Actor | None, others: Iterable[Actor | None] = ()) -> bool:
    """Whether `specific` says more of the same side than `unnamed`, an unidentified armed group:
    a named non-state armed group, or one of the same country named by its role ("Rebels (X)" for
    "Unidentified Armed Group (X)"). Within one report the writer names the gunmen of an act in one
    sentence and not in another; not a group that is the other side (`others`) of either telling."""
    if unnamed is None or specific is None or not unnamed.name.startswith(UNIDENTIFIED) \
            or specific.inter not in _NON_STATE_ARMED or specific.name.startswith(UNIDENTIFIED) \
            or any(other is not None and other.name == specific.name for other in others):
        return False
    role_only = _ROLE_ONLY_ARMED.match(specific.name)
    return role_only is None or role_only.group(1) == unnamed.name[len(UNIDENTIFIED) + 2 : -1]


def _crowd_and_force_agree(a: EventMention | Event, b: EventMention | Event) -> bool:
    """Within one report, two sentences about a protest or a riot name the crowd and the force
    facing it in either order ("police fired tear gas at the marchers", "the students said
    officers had beaten them"), or one of them alone ("34 protesters were hurt", "12 officers
    were hurt by stones"): they contradict each other only when each names an organised side
    the other does not. A crowd only one of them names is no such side: the other tells of the
    force alone. (Protesters and rioters both named stay two crowds: the writer who tells
    "protesters set fire to a police post" after the march tells a riot of its own.)"""
    ours, theirs = _organised_names(a), _organised_names(b)
    if not (_crowd_names(a) and _crowd_names(b)):
        ours, theirs = ours - _crowd_names(a), theirs - _crowd_names(b)
    return ours <= theirs or theirs <= ours


# The crowd of a protest or a riot.
_CROWD_INTERS = frozenset({taxonomy.PROTESTERS, taxonomy.RIOTERS})


def _organised_names(record: EventMention | Event) -> set[str]:
    return {actor.name for actor in (record.actor1, record.actor2) if organised(actor)}


def _crowd_names(record: EventMention | Event) -> set[str]:
    return {actor.name for actor in (record.actor1, record.actor2) if actor is not None and actor.inter in _CROWD_INTERS}


def _name(actor: Actor | None) -> str | None:
    """An actor's name: two reports (or sentences) name one actor with other words, so its
    evidence differs."""
    return actor.name if actor is not None else None


def organised(actor: Actor | None) -> bool:
    """Whether an actor is an organised side (an armed or political group, a state's force), not
    civilians or an unknown actor."""
    return actor is not None and actor.inter not in {taxonomy.UNKNOWN_ACTOR, taxonomy.CIVILIANS}


# Sub-event types that one act of armed violence is reported as, depending on the writer's
# view: a shooting is an attack in one report and an armed clash in another, an accident
# (man-made disaster) while its cause is unclear, a suicide bombing or mob violence when the
# attacker killed himself or came in a crowd.
ARMED_VIOLENCE = frozenset({"Armed clash", "Attack", "Suicide bomb", "Man-made disaster", "Mob violence"})
# Across reports, also an abduction or sexual violence: another writer dwells on what else was
# done to the victims of the same attack (ACLED codes such a mixed attack on civilians as one
# event). Within one report the writer's own distinction between the acts stands.
REPORTED_AS_ARMED_VIOLENCE = ARMED_VIOLENCE | {"Abduction/forced disappearance", "Sexual violence"}


ARMED_VIOLENCE_FAMILY = "Armed violence"


def type_family(record: EventMention | Event) -> str:
    """The family two reports of one event share: armed violence (`REPORTED_AS_ARMED_VIOLENCE`,
    and any act of political violence whose class the classifier only guessed: a shooting read
    as a roadside bomb for want of a cue), else the ACLED event type."""
    if record.disorder_type == taxonomy.POLITICAL_VIOLENCE and _guessed_class(record):
        return ARMED_VIOLENCE_FAMILY
    return family_of(record.sub_event_type, record.event_type)


def family_of(sub_event_type: str, event_type: str) -> str:
    return ARMED_VIOLENCE_FAMILY if sub_event_type in REPORTED_AS_ARMED_VIOLENCE else event_type


def family_event_types(record: EventMention | Event) -> set[str]:
    """The ACLED event types a record's family spans (for blocking candidates in a store)."""
    if type_family(record) == ARMED_VIOLENCE_FAMILY:
        return {record.event_type} | {taxonomy.BY_NAME[name].event_type for name in REPORTED_AS_ARMED_VIOLENCE}
    return {record.event_type}


def types_agree(a: EventMention | Event, b: EventMention | Event, same_article: bool) -> bool:
    """Within one article the sub-event types must agree (or both be armed violence, or both a
    protest or a riot: one crowd's march, the force that met it and the stones it threw are one
    event, which ACLED codes by its gravest part; or one be
    a class the classifier only guessed within the family: "one female had a bullet wound" read
    as sexual violence is no act of the writer's own); across articles the families must."""
    if same_article:
        # Here a guess agrees only within its own class's family: a report's sentences are
        # summed into its event's toll, so a guessed act joins the report's event only where
        # the writer's words leave room for it.
        return a.sub_event_type == b.sub_event_type or {a.sub_event_type, b.sub_event_type} <= ARMED_VIOLENCE \
            or a.disorder_type == b.disorder_type == taxonomy.DEMONSTRATIONS or (
            _class_family(a) == _class_family(b) and (_guessed_class(a) or _guessed_class(b)))
    return type_family(a) == type_family(b)


def _class_family(record: EventMention | Event) -> str:
    return family_of(record.sub_event_type, record.event_type)


# Below this confidence, a class the classifier gives a sentence with no cue of that class is
# a guess: a victim's description read as sexual violence, a bodies-found line as an abduction.
GUESS_FLOOR = 0.4


# Classes ACLED's rules (`what.refine`) read from another class's cue: an attack on state forces
# by an armed group ("troops attacked a rebel base, killing three rebels") is an armed clash.
_REFINED_FROM = {"ARMED_CLASH": frozenset({"ATTACK"})}


def has_own_cue(mention: EventMention) -> bool:
    """Whether the mention's sentence holds a cue of the mention's own class, or of the class
    ACLED's rules refined into it (`_REFINED_FROM`)."""
    return named_by(mention.sub_event_type, cue_classes(mention.sentence.text))


def named_by(sub_event_type: str, cues: Set[str]) -> bool:
    """Whether cue classes (`what.cue_classes`) name a sub-event type: its own class, or the class
    ACLED's rules refined into it (`_REFINED_FROM`)."""
    code = taxonomy.BY_NAME[sub_event_type].code
    return code in cues or not cues.isdisjoint(_REFINED_FROM.get(code, ()))


def is_guess(mention: EventMention) -> bool:
    """Whether the mention's class is a guess: below `GUESS_FLOOR`, with no cue of that class."""
    return mention.confidence < GUESS_FLOOR and not has_own_cue(mention)


def _guessed_class(record: EventMention | Event) -> bool:
    mentions = record.mentions if isinstance(record, Event) else (record,)
    return bool(mentions) and all(is_guess(m) for m in mentions)


# The people a record's reports name. By default those its own sentences name; a store holding
# the whole reports reads them from every event sentence of those reports, since a follow-up
# often names the victim only in a sentence about the arrest or the funeral.
People = Callable[[EventMention | Event], Set[str]]


def merge_reason(a: EventMention | Event, b: EventMention | Event, same_article: bool,
                 people: People | None = None) -> str | None:
    """Why `a` and `b` report the same event, or None when they do not."""
    if a.historical != b.historical or not types_agree(a, b, same_article):
        return None
    kind = a.sub_event_type if a.sub_event_type == b.sub_event_type else type_family(a)
    coarse_date = a.date is not None and b.date is not None and max(a.time_precision, b.time_precision) >= 3
    place = places_agree(a.place, b.place, same_article, coarse_date) if not (same_article and _next_elsewhere(a, b)) \
        else None
    date = dates_agree(a, b, same_article)
    if place is not None and date is not None and actors_agree(a, b, same_article):
        return f"{kind}; {place}; {date}"
    if same_article or a.date is None or b.date is None or abs((a.date - b.date).days) > FOLLOW_UP_DAYS:
        return None
    named = names_agree(a, b, people) or victim_agrees(a, b)
    return f"{kind}; {named}; dates {abs((a.date - b.date).days)} days apart" if named is not None else None


# Words opening a sentence that tells what happened next in a report's narrative: "Hours later,
# ...", "Later that day", "The next morning", "Shortly afterwards".
_NEXT_HAPPENING = re.compile(
    r"^\W*(?:(?:hours|minutes|moments|shortly|soon|a\s+(?:few\s+)?hours?|an\s+hour)\s+(?:later|after(?:wards)?)\b"
    r"|later\b|the\s+(?:next|following)\s+(?:day|morning|night|evening)\b)", re.IGNORECASE)


def _next_elsewhere(a: EventMention | Event, b: EventMention | Event) -> bool:
    """Whether, of two sentences of one report, the later one tells what happened next ("Hours
    later, aircraft struck hideouts near the village of X") at a town of its own other than the
    town the earlier one names: another happening, however near (ACLED codes each place's act
    as its own event), which the radius of a same-day place would otherwise join."""
    if not isinstance(a, EventMention) or not isinstance(b, EventMention):
        return False
    first, later = sorted((a, b), key=lambda m: m.sentence.start)
    if _NEXT_HAPPENING.match(later.sentence.text) is None:
        return False
    places = [_own_town(m) for m in (first, later)]
    return None not in places and same_place(places[0], places[1]) is None


def _own_town(mention: EventMention) -> Place | None:
    """The town the mention's own sentence names for its act (not a region, nor a place the
    sentence inherits), or None."""
    place = mention.place
    if place is None or not placed_by_itself(mention) or place.feature in REGION_FEATURES or place.geo_precision > 2:
        return None
    return place


# A follow-up report (an arrest, a funeral, a victim named or dead in hospital) comes days or
# weeks after the event and is dated by its own news; the people it names, or the victim it
# describes (`victim_agrees`), tie it to the event.
FOLLOW_UP_DAYS = 31
_PERSON_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}\b")
# Capitalised words that make a name an institution, a place, a title or a date, not a person.
_NOT_A_PERSON = frozenset("""
police county sheriff sheriff's department office street avenue road drive boulevard lane court city
village crime stoppers inc rights reserved
hospital medical center centre school airport high university college news court attorney general district
chief officer detective sergeant lieutenant captain deputy trooper mayor governor president minister
north south east west new fire state patrol park lake river mount saint st fort the a an and of in on
at for to his her their this that but after before when while with from by he she they it police's
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december christmas day night morning evening year old
association church army forces force ministry government national international united security
image video photo caption close view full story gallery press update breaking side
""".split())


def names_agree(a: EventMention | Event, b: EventMention | Event, people: People | None = None) -> str | None:
    """Why two reports name the same people ("same people named (Jane Roe)"), or None: a
    person's full name in both (as `people` reads them), not a place either report gives its event."""
    people = people or _names
    places = {p.name for p in (a.place, b.place) if p is not None}
    shared = sorted(set(people(a)) & set(people(b)) - places)
    return f"same people named ({shared[0]})" if shared else None


# A victim's age as reports give it: "a 2-year-old girl", "the 15 year old".
_AGE = re.compile(r"\b(\d{1,3})[- ](year|month|week)s?[- ]old\b", re.IGNORECASE)


def victim_agrees(a: EventMention | Event, b: EventMention | Event) -> str | None:
    """Why two reports that name nobody in common tell of one victim ("the same 2-year-old,
    1 hurt"), or None: both give the same age and count as many people hurt (killed or injured:
    the wounded of the first report may have died by the second), and their places agree as
    closely as for reports tied only by a month (a town, not just its state). An age alone is
    common; with the count and the town it is one family's news."""
    hurt = _hurt(a)
    if hurt < 1 or hurt != _hurt(b) or places_agree(a.place, b.place, same_article=False, coarse_date=True) is None:
        return None
    shared = sorted(_ages(a) & _ages(b))
    return f"the same {shared[0]}, {hurt} hurt" if shared else None


def _hurt(record: EventMention | Event) -> int:
    mentions = record.mentions if isinstance(record, Event) else (record,)
    outlets, sentences = report_outlets(mentions), report_sentences(mentions)
    return conservative_figure(record.fatality_claims, "killed", outlets, sentences) \
        + conservative_figure(record.fatality_claims, "injured", outlets, sentences)


def report_outlets(mentions: Iterable[EventMention]) -> dict[str, str]:
    """Each report's outlet by article id: the name its own words are claimed under."""
    return {m.article_id: m.outlet for m in mentions if m.outlet}


def report_sentences(mentions: Iterable[EventMention]) -> dict[str, list[int]]:
    """Where each report's event sentences start, by article id, in order: a figure lies in the
    last one that starts at or before it."""
    starts: dict[str, set[int]] = {}
    for mention in mentions:
        starts.setdefault(mention.article_id, set()).add(mention.sentence.start)
    return {article: sorted(found) for article, found in starts.items()}


def _ages(record: EventMention | Event) -> frozenset[str]:
    mentions = record.mentions if isinstance(record, Event) else (record,)
    return frozenset(f"{int(n)}-{unit.lower()}-old" for m in mentions for n, unit in _AGE.findall(m.sentence.text))


def person_names(sentences: Iterable[str]) -> frozenset[str]:
    """Full names of people in `sentences`: capitalised words that name no institution, place,
    title or date."""
    return frozenset(name for text in sentences for name in _PERSON_NAME.findall(text)
                     if not any(word.lower().strip("'’") in _NOT_A_PERSON or word.lower() in _NOT_A_PERSON
                                for word in name.split()))


def _names(record: EventMention | Event) -> frozenset[str]:
    mentions = record.mentions if isinstance(record, Event) else (record,)
    return person_names(m.sentence.text for m in mentions)


def event_id_for(mention: EventMention) -> str:
    """An event's id derives from its founding mention, so re-runs give the same ids."""
    return "EW" + hashlib.sha256(mention.mention_id.encode()).hexdigest()[:14].upper()


def build_event(event_id: str, mentions: Sequence[EventMention], reasons: Sequence[str] = ()) -> Event:
    """One Event from its mentions: the most precise field wins (among equally precise ones, the
    one most reports give: a follow-up's own news or a misread namesake is one report's; a county
    gives way to a town inside it that any mention gives), every claim and figure is kept."""
    ordered = sorted(mentions, key=lambda m: (m.article_id, m.sentence.start))
    lead = max(ordered, key=lambda m: m.confidence)
    dated = [m for m in ordered if m.date is not None]
    reports_of_date = _reports_giving(dated, lambda m: m.date)
    dating = min(dated, key=lambda m: (m.time_precision, -reports_of_date[m.date], m.date, not dated_by_itself(m),
                                       -m.confidence)) if dated else None
    placed = [m for m in ordered if m.place is not None]
    reports_of_place = _reports_giving(placed, _place_key)

    def place_rank(m: EventMention) -> tuple[int, int, float]:
        return m.place.geo_precision, -reports_of_place[_place_key(m)], -m.confidence

    placing = min(placed, key=place_rank) if placed else None
    if placing is not None and placing.place.feature in {"admin1", "country"}:
        # A town or district inside the state or country that a mention names in its own
        # sentence is the event's finer place ("villages in the east of X" told, then "the hills
        # of Y territory"), however coarse the point the gazetteer-less name was put at.
        inside = [m for m in placed if m.place.feature in {"city", "admin2"} and placed_by_itself(m)
                  and (m.place.lies_in(placing.place) if placing.place.feature == "admin1"
                       else m.place.iso == placing.place.iso)]
        placing = min(inside, key=place_rank) if inside else placing
    if placing is not None and placing.place.feature == "admin2":
        # A town inside the county is finer, even where a mention only inherits it from the
        # article's focus ("prosecutors in the county will decide ..." in a report about a town).
        towns = [m for m in placed if m.place.feature == "city" and m.place.lies_in(placing.place)]
        placing = min(towns, key=place_rank) if towns else placing
    figures = _unique(figure for m in ordered for figure in m.fatality_claims)
    outlets, sentences = report_outlets(ordered), report_sentences(ordered)
    actor1, actor2 = _first_actor(m.actor1 for m in ordered), _first_actor(m.actor2 for m in ordered)
    actor1, actor2 = _most_specific(actor1, [m.actor1 for m in ordered], actor2), \
        _most_specific(actor2, [m.actor2 for m in ordered], actor1)
    parties = tuple(actor.name for actor in (actor1, actor2) if actor is not None)
    return Event(
        event_id=event_id,
        event_type=lead.event_type,
        sub_event_type=lead.sub_event_type,
        disorder_type=lead.disorder_type,
        date=dating.date if dating else None,
        time_precision=dating.time_precision if dating else 3,
        place=placing.place if placing else None,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=_unique(actor for m in ordered for actor in m.assoc_actor_1),
        assoc_actor_2=_unique(actor for m in ordered for actor in m.assoc_actor_2),
        fatalities=conservative_figure(figures, "killed", outlets, sentences),
        injured=conservative_figure(figures, "injured", outlets, sentences),
        fatality_claims=figures,
        # (once one claimant's tellings of a sentence share a verification, two of them can be the same claim)
        claims=_unique(_with_disputes(consistent_verification(_unique(claim for m in ordered for claim in m.claims),
                                                              parties))),
        mentions=tuple(ordered),
        historical=lead.historical,
        confidence=max(m.confidence for m in ordered),
        merge_reasons=tuple(reasons),
    )


def _reports_giving(mentions: Sequence[EventMention], value: Callable[[EventMention], object]) -> Counter:
    """How many reports (articles) give each value."""
    return Counter(key for key, _ in {(value(m), m.article_id) for m in mentions})


def _place_key(mention: EventMention) -> object:
    place = mention.place
    return place.geonameid or place.name if place else None


def dated_by_itself(mention: EventMention) -> bool:
    """Whether the date comes from the mention's own sentence (not from the article's lead)."""
    evidence = mention.date_evidence
    return evidence is not None and mention.sentence.start <= evidence.start < mention.sentence.end


def placed_by_itself(mention: EventMention) -> bool:
    """Whether the place is one the mention's own sentence names (not one inherited from the
    article or from the sentence before)."""
    evidence = mention.place.evidence if mention.place else None
    return evidence is not None and mention.sentence.start <= evidence.start < mention.sentence.end


def merge_mentions(mentions: Iterable[EventMention]) -> list[Event]:
    """Cluster mentions greedily, in order: each joins the first event it agrees with."""
    clusters: list[tuple[str, list[EventMention], list[str]]] = []
    for mention in mentions:
        for _, members, reasons in clusters:
            reason = _agreement(mention, members)
            if reason is not None:
                members.append(mention)
                reasons.append(reason)
                break
        else:
            clusters.append((event_id_for(mention), [mention], []))
    return [build_event(event_id, members, reasons) for event_id, members, reasons in clusters]


def _agreement(mention: EventMention, members: Sequence[EventMention]) -> str | None:
    """A mention joins a cluster only when it agrees with every member (complete linkage)."""
    reasons = []
    for member in members:
        reason = merge_reason(member, mention, same_article=member.article_id == mention.article_id)
        if reason is None:
            return None
        reasons.append(reason)
    return reasons[0]


def _first_actor(actors: Iterable[Actor | None]) -> Actor | None:
    return next((actor for actor in actors if actor is not None), None)


def _most_specific(first: Actor | None, told: Sequence[Actor | None], other: Actor | None) -> Actor | None:
    """For an unidentified armed group, the side another mention names in the same role
    (`_refines`): a named group before one named by its role."""
    better = [actor for actor in told if _refines(actor, first, (other,))]
    named = [actor for actor in better if not _ROLE_ONLY_ARMED.match(actor.name)]
    return (named or better or [first])[0]


def _unique(items: Iterable) -> tuple:
    return tuple(dict.fromkeys(items))


def conservative_figure(figures: Sequence[FatalityClaim], kind: str, outlets: Mapping[str, str] | None = None,
                        sentences: Mapping[str, Sequence[int]] | None = None) -> int:
    """ACLED's conservative count of `kind` (killed or injured) over every report of one event.
    `outlets` names each report's outlet by article id (`report_outlets`): a figure a report
    gives in its own words is claimed under its outlet's name, and is no rival source's.
    `sentences` gives where each report's event sentences start (`report_sentences`): one
    claimant's figures told in two sentences are two speakers' (`_lowest_count`).

    Within one report (one article: its claimants' figures are usually parts of one account,
    the police's count of the dead and a relative's of the wounded) the figures are summed up
    as `toll.report_toll` does: the highest figure is the total, the smaller ones usually its parts; an attacker who
    killed himself adds one to the dead; people "shot" are injured less those who died. Across
    reports the lowest credible total wins: a report that counted people of `kind` and came to
    none ("four were shot; all four died": nobody injured) is credible, one that gave no figure
    is not.
    """
    outlets, sentences = outlets or {}, sentences or {}
    totals = _report_totals(figures, kind, outlets, sentences)
    if kind == "injured":
        # A report that counts no dead was written before its wounded died ("in critical
        # condition"): those the other reports count dead are no longer injured.
        killed = conservative_figure(figures, "killed", outlets, sentences)
        counting_dead = {figure.article_id for figure in figures if figure.kind == "killed"}
        totals = [total if total.article_id in counting_dead else replace(total, figure=max(0, total.figure - killed))
                  for total in totals]
    return conservative_fatalities([replace(total, kind="killed") for total in totals])


def _report_totals(figures: Sequence[FatalityClaim], kind: str, outlets: Mapping[str, str],
                   sentences: Mapping[str, Sequence[int]]) -> list[FatalityClaim]:
    """One figure of `kind` per report: its total under `report_toll`'s rules."""
    reports: dict[str, list[FatalityClaim]] = {}
    for figure in figures:
        reports.setdefault(figure.article_id, []).append(figure)
    totals = []
    for members in reports.values():
        killed, injured = report_toll(_tolls(members))
        own = {OUTLET, outlets.get(members[0].article_id) or OUTLET}
        value = _lowest_count(members, killed, own, sentences.get(members[0].article_id, ())) if kind == "killed" \
            else injured
        of_kind = [f for f in members if f.kind == kind]
        if not of_kind and value <= 0:
            continue
        best = max(of_kind, key=lambda f: f.figure) if of_kind else members[0]
        totals.append(replace(best, figure=value, approximate=all(f.approximate for f in of_kind) if of_kind else False))
    return totals


def _tolls(figures: Sequence[FatalityClaim]) -> list[TollFigure]:
    return [TollFigure(f.figure, f.kind, 0, 0, f.lower_bound, f.approximate, f.cue, is_vague(f.evidence.text))
            for f in figures]


def _lowest_count(members: Sequence[FatalityClaim], killed: int, own: Set[str], starts: Sequence[int]) -> int:
    """The report's count of the dead where its sources give rival ones: two or more named
    sources that each count several dead (`_counts_dead`: "at least 23 killed, volunteers said";
    "the health ministry put the toll at 31") count the same dead, and ACLED takes the lowest
    credible count (a precise one before a vague "dozens"). One source's figures, the outlet's
    own account, or a lone victim beside a count are parts of one account: `killed`
    (`report_toll`) stands. `own` holds the names the report's own words are claimed under: the
    outlet's, or `OUTLET` where the report names none. Dead counted besides the act's (the
    attackers an answer killed, `toll.ADDED_CUE`) are no rival count: they add to the lowest.
    One claimant's figures in two sentences (`starts`: where the report's event sentences start)
    are two speakers' ("..., killing two officers, the defence ministry said. The governor said
    four officers had been killed": the state's two offices), rival counts as well."""
    by_speaker: dict[tuple[str, int], list[FatalityClaim]] = {}
    added = added_dead(members)
    for figure in members:
        if figure.claimant not in own and figure.cue != ADDED_CUE:
            by_speaker.setdefault((figure.claimant, bisect.bisect_right(starts, figure.evidence.start)), []).append(figure)
    counts = [
        TollFigure(report_toll(_tolls(figures))[0], "killed", 0, 0,
                   approximate=all(f.approximate for f in figures if _counts_dead(f)))
        for figures in by_speaker.values() if any(_counts_dead(f) for f in figures)
    ]
    return conservative_fatalities(counts) + added if len(counts) > 1 else killed


# Figures that count the dead by what befell them, not by how many: a murder-suicide or a
# "double murder" (a lower bound, or the victims without their killer), the killer's own death.
_STRUCTURAL_CUES = frozenset({"murder-suicide", "self", "someone", ""})


def _counts_dead(figure: FatalityClaim) -> bool:
    """Whether a figure is a source's count of the dead ("at least 23 people were killed",
    "put the toll at 31", "killed three bus drivers and a passenger", "one marcher had died":
    a count that came to one), not a lone victim ("a man died"), a figure read off the kind of
    crime, or a list of the people a source names ("my daughter and granddaughter were killed":
    those it knew; an aside on the victims is no list: "22 people, most of them women and elderly men";
    nor is a count that opens with a number of people: "three children and their grandmother")."""
    words = without_asides(figure.evidence.text)
    return figure.kind == "killed" and (figure.figure > 1 or _COUNTED_ONE.match(words) is not None) \
        and figure.cue not in _STRUCTURAL_CUES and (" and " not in words or _COUNTED.search(words) is not None
                                                    or _OPENS_WITH_COUNT.match(words) is not None)


# One counted by its numeral: "one marcher had died", "one of its men had been killed".
_COUNTED_ONE = re.compile(r"one\b", re.IGNORECASE)


# Counts joined in a figure's words: "three bus drivers and a passenger", "six rebels and one
# soldier" count four and seven, not a list of the people a source knew.
_COUNT = rf"(?:a|an|{NUMBER})"
_COUNTED = re.compile(rf"\b{_COUNT}\s+[a-z-]+(?:\s+[a-z-]+)?\s+and\s+(?:(?:{QUALIFIER_WORDS})\s+)?{_COUNT}\s", re.IGNORECASE)
# Words that open with a count of several people ("three children and their grandmother",
# "at least five soldiers and a driver"), not with whose they are ("his daughter and granddaughter").
_OPENS_WITH_COUNT = re.compile(rf"(?:(?:{QUALIFIER_WORDS})\s+)?(?!one\b){NUMBER}\s", re.IGNORECASE)


def _with_disputes(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """When anyone denies the event happened, every asserting claim not independently confirmed is
    disputed. Denying only a part in it ("denies any involvement") disputes nothing."""
    if not any(claim.stance == "denies" and claim.scope == "event" for claim in claims):
        return claims
    return tuple(
        claim if claim.stance == "denies" or claim.verification == "confirmed" else replace(claim, verification="disputed")
        for claim in claims
    )
