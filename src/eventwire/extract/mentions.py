"""Mentions: one parsed article -> its event mentions, each field with its evidence.

`extract` is the only entry point. It classifies every sentence, keeps those that
report an event that happened (not a hypothetical, planned or negated one, not a generic
"such attacks"), and fills in who, when, where, how many and says-who from the modules
of this package.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire import merge, taxonomy
from eventwire.extract import claims as claims_module
from eventwire.extract import toll, when, where
from eventwire.extract.claim_sources import CHANNELS, source_actor
from eventwire.extract.texts import doc_text, span_text, token_span
from eventwire.extract.when.dates import MONTHS
from eventwire.extract.event_place import (
    COARSE_FEATURES, FEATURE_RANK, HOME_NOUN_AFTER, ArticlePlaces, is_incidental, is_location, named_as_settlement,
    near_region, place_for, read_places,
)
from eventwire.extract.what import (
    ANY_EVENT, NONE, Classification, EventClassifier, by_sides, cue_classes, cue_lexicon, first_cue, in_report,
    tells_no_event,
)
from eventwire.extract.who import (
    DENYING_VERBS, PRONOUNS, ActorContext, build_context, event_actor_groups, killed_group_member, known_actors,
    noun_phrase, qualified_by_its_country, resolve_actor, typed_roles, unique_actors,
)
from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.context import read_cues
from eventwire.gazetteer.distance import haversine_km
from eventwire.records import OUTLET, Actor, Article, Claim, EventMention, FatalityClaim, Place, Span

# Speculation ("they had probably been killed") is kept out too: conservative by design.
NOT_HAPPENED = {"hypothetical", "planned", "negated", "possible"}
GENERIC_MARKERS = {"such", "recent", "previous", "past", "several", "many", "similar", "these", "those", "other"}


@dataclass(frozen=True)
class ExtractContext:
    classifier: EventClassifier
    gazetteer: Gazetteer


@dataclass
class ArticleView:
    """Everything learned once per article that each event sentence needs."""

    article: Article
    doc: Doc
    sentences: list[SpacySpan]
    actors: ActorContext
    placing: ArticlePlaces
    generic_sources: dict[str, Actor]
    partners: list[Actor]
    last_claimant: str = ""  # the latest named claimant, for "he said" and "the video shows"
    # the latest named claimant that spoke through each kind of document (`_document_kind`), for "the same statement"
    last_by_document: dict[str, str] = field(default_factory=dict)
    # where a dateline the parser split off a sentence starts, by that sentence's first character
    datelines: dict[int, int] = field(default_factory=dict)
    # the date each sentence's own words give its act (`_own_date`), by the sentence's last character
    own_dates: dict[int, when.ResolvedDate] = field(default_factory=dict)
    # where each sentence starts (its first character), in order
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [sentence.start_char for sentence in self.sentences]


@dataclass(frozen=True)
class Extraction:
    """What one article yields: its event mentions and every place it names."""

    mentions: tuple[EventMention, ...]
    places: tuple[Place, ...]


def extract(article: Article, doc: Doc, context: ExtractContext) -> Extraction:
    sentences, datelines = _without_datelines([sentence for sentence in doc.sents if span_text(sentence).strip()])
    if not sentences:
        return Extraction((), ())
    view = _view(article, doc, sentences, context)
    view.datelines = datelines
    found = _destruction_in_previous(_tolls_of_previous(_continuing_previous(
        _dated_by_next_telling(_mentions(view, context), view), view), view), view)
    # who each blame or claim names is read before an account of the act takes the act's sides
    blamed = {m.sentence.start: group for m in found if not m.historical
              and (group := _blamed_group(m, view)) is not None}
    blamed_here = {m.sentence.start: group for m in found if (group := _blamed_in_passing(m, view)) is not None}
    told = _without_blame_alone(_attributions_of_previous(_named_by_blame_alone(
        _named_by_blame(_accounts_of_previous(found, view), blamed, blamed_here, view), view), view), view)
    mentions = _with_headline_figures(_continuing_history(_earlier_months_apart(_apart_from_main(
        _added_tolls(_countered_doers(_answered_attacks(told, view), view), view), view), view), view), article)
    mentions = _met_with_force(_dated_by_statement(mentions, view), view)
    # The headline's places, read at most once (tagging and resolving it costs ~5 ms), and only
    # if a step below needs them.
    headline = functools.cache(lambda: _headline_places(article, context.gazetteer))
    mentions = _with_headline_place(_with_dateline_place(mentions, view), article, view.placing.places, headline)
    mentions = _in_served_city(mentions, view, context.gazetteer, headline)
    mentions = [_people_of_place(m, view.actors.country) for m in mentions]
    return Extraction(tuple(mentions), tuple(view.placing.places))


# A wire dateline alone, which the parser may split off the sentence it opens ("BISHKEK (Reuters) –",
# "KORALA, Zambesia –"): a city in capitals, maybe its country, then an agency or a dash.
_DATELINE_ALONE = re.compile(
    r"\W{0,3}[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w. ]{0,15})?\s*(?:\([\w .,]+\)\s*(?:—|–|--|-)?|—|–|--|-)\s*")


def _without_datelines(sentences: list[SpacySpan]) -> tuple[list[SpacySpan], dict[int, int]]:
    """The sentences without a dateline the parser split off the sentence it opens, and where
    each such sentence's dateline starts (by the sentence's first character): a mention's
    sentence is the dateline's and its lead's together, as a reader and the gold have it; the
    parse of the lead alone still decides its trigger and its sides."""
    kept: list[SpacySpan] = []
    datelines: dict[int, int] = {}
    for index, sentence in enumerate(sentences):
        after = sentences[index + 1] if index + 1 < len(sentences) else None
        if after is not None and sentence.end == after.start and _DATELINE_ALONE.fullmatch(span_text(sentence)):
            datelines[after.start_char] = sentence.start_char
        else:
            kept.append(sentence)
    return kept, datelines


# Unnamed people and groups ACLED codes by the country of the event ("residents", "gunmen").
_LOCAL_ROLES = ("Civilians", "Protesters", "Rioters", "Unidentified Armed Group")


def _people_of_place(mention: EventMention, article_country: str) -> EventMention:
    """Residents, protesters or gunmen a sentence names without a country ("residents said",
    "villagers") took the article's most named country; they are people of the event's own
    place: in a report from Mali that also names Burkina Faso, Mali's villagers are Mali's
    civilians, and a Burkina Faso event's are Burkina Faso's. Only a name that holds the article's
    country is changed (one the sentence qualifies, "Burkinabe refugees", holds its own)."""
    place = mention.place
    if not article_country or place is None or not place.country or place.country == article_country:
        return mention
    old = {f"{role} ({article_country})": f"{role} ({place.country})" for role in _LOCAL_ROLES}

    def local(actor: Actor | None) -> Actor | None:
        return replace(actor, name=old[actor.name]) if actor is not None and actor.name in old \
            and not qualified_by_its_country(actor) else actor

    return replace(
        mention, actor1=local(mention.actor1), actor2=local(mention.actor2),
        assoc_actor_1=tuple(local(a) for a in mention.assoc_actor_1),
        assoc_actor_2=tuple(local(a) for a in mention.assoc_actor_2),
        claims=tuple(replace(c, claimant=old.get(c.claimant, c.claimant)) for c in mention.claims),
        fatality_claims=tuple(replace(f, claimant=old.get(f.claimant, f.claimant)) for f in mention.fatality_claims))


# An arrest or a court's act that refers back to a violent act ("prosecutors charged a man who
# shot ...", "NAU shooter to face murder charge") is a follow-up of that act, not the act. A
# prosecutor who only tells the act ("Gunmen killed six, the state prosecutor's office said")
# is its source.
_LEGAL_STEP = re.compile(r"\b(?:charg(?:e|es|ed|ing)|arrest(?:s|ed)?|indict(?:ed|ment)|arraign(?:ed|ment)|"
                         r"sentenc(?:e|ed|ing)|convicted|pleaded|pleads|court|custody|prosecutors?"
                         r"(?!(?:['’]s?)?(?:\s+office)?\s+(?:said|says|say|told|reported|added)\b))\b",
                         re.IGNORECASE)

_MAN_MADE_DISASTER = taxonomy.BY_CODE["MAN_MADE_DISASTER"].name
_ARRESTS = taxonomy.BY_CODE["ARREST"].name


def _is_act(mention: EventMention) -> bool:
    """An act of political violence or a man-made disaster, as `main_mention` prefers them."""
    return mention.disorder_type == taxonomy.POLITICAL_VIOLENCE or mention.sub_event_type == _MAN_MADE_DISASTER


def main_mention(mentions: Sequence[EventMention]) -> EventMention | None:
    """The event an article is about: its first present-day act of political violence (or
    man-made disaster: an accidental shooting or a blast whose cause is still unclear) told as
    the act (not as the arrest or charge that followed it, where another mention tells the act
    by more than a guess, nor as the care the wounded got), else its first mention."""
    violent = [m for m in mentions if not m.historical and _is_act(m)]
    violent = [m for m in violent if not _ROAD_ACCIDENT.search(m.sentence.text)] or violent
    told = [m for m in violent if not _LEGAL_STEP.search(m.sentence.text)]
    acts = _without_guesses([m for m in told if not _tells_care_only(m.sentence.text)] or told)
    if acts and all(_guessed(m) for m in acts):
        # Only guesses tell the act apart from the arrest: the sentence that tells the arrest and
        # the act ("was charged Monday after he shot a woman Saturday") is the report's.
        acts = [m for m in violent if not _guessed(m)] or acts
    return (acts or violent or list(mentions) or [None])[0]


# A road accident is no act of violence, whatever the class its toll gives it ("two pupils were
# killed in a car crash last month"): a report that tells one beside a shooting is about the shooting.
_ROAD_ACCIDENT = re.compile(r"\b(?:car|traffic|road|auto|vehicle|motorcycle)\s+(?:accident|crash|collision)s?\b",
                            re.IGNORECASE)


# Care given after the act ("was taken to a hospital in Springfield", "remains hospitalized", "a
# friend drove him, bleeding from the chest, to X Hospital"): like an arrest, it follows the act,
# and a report tells it of any of the incidents it names.
_CARE_STEP = re.compile(r"\b(?:(?:taken|took|transported|rushed|airlifted|flown|brought|driven|drove)\s+"
                        r"(?:[\w,-]+\s+){0,8}?to\s+"
                        r"(?:[\w.'’-]+\s+){0,5}?(?:hospitals?|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|clinic)"
                        r"|hospitali[sz]ed|treated\s+(?:at|in|for))\b", re.IGNORECASE)
# The act told with it ("was shot in the groin and taken to the hospital").
_ACT_WORD = re.compile(r"\b(?:shot|shoots?|shootings?|stabb(?:ed|ings?)|killed|slain|murdered|wounded|fired|gunfire|"
                       r"attack(?:ed|s)?|gunned)\b", re.IGNORECASE)


def _tells_care_only(text: str) -> bool:
    """Whether a sentence tells only the care the wounded got, not the act that wounded them."""
    return _CARE_STEP.search(text) is not None and _ACT_WORD.search(text) is None


# A class guessed for a sentence (`merge.is_guess`) with no toll is no act of the report's:
# a toll shows the sentence tells a violent act, whatever its class.
_ATTACK = taxonomy.BY_CODE["ATTACK"].name


def _guessed(mention: EventMention) -> bool:
    return not mention.fatality_claims and merge.is_guess(mention)


def _without_guesses(acts: list[EventMention]) -> list[EventMention]:
    """`acts` less the guessed ones, where another act is told by a cue of its own class and
    carries a toll or is an attack: that act is the report's, not the guess before it."""
    if not any(merge.has_own_cue(m) and (m.fatality_claims or m.sub_event_type == _ATTACK) for m in acts):
        return acts
    return [m for m in acts if not _guessed(m)]


# An event a sentence recalls besides the one it reports: "another shooting", "a separate attack",
# "an earlier incursion" (not "another man was shot": the same event's other victim).
_EVENT_NOUN = (r"(?:shootings?|shootouts?|attacks?|homicides?|killings?|murders?|slayings?|stabbings?|incidents?|"
               r"(?:air ?)?strikes?|incursions?|raids?|bombings?|blasts?|explosions?|clash(?:es)?|ambush(?:es)?|"
               r"assaults?|massacres?|shelling|standoffs?|kidnappings?|abductions?)")
# A run of events the article's own joins: "follows a violent streak that includes ...".
_RUN = r"(?:streak|spate|wave|rash|string|series)"
_OTHER_EVENT = re.compile(rf"\b(?:another|an?\s+(?:separate|unrelated|previous|prior|earlier|similar|second|third))"
                          rf"\s+(?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN}\b"
                          rf"|\ban?\s+(?:[\w-]+\s+){{0,2}}?{_RUN}\s+"
                          rf"(?:of\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}\b|in\b|that\b|which\b)", re.IGNORECASE)
# The sentence tells the article's own event too ("the shooting happened near another one").
_THE_EVENT = re.compile(rf"\b(?:the|this|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)"
                        rf"\s+(?:[\w-]+\s+){{0,2}}?{_EVENT_NOUN}\b(?!\s+(?:that|which)\b)", re.IGNORECASE)
# Times opening a sentence that set its event apart, which the date resolver gives no date of
# their own ("The previous month, ..."; not "a man who moved here two years ago was shot").
_OTHER_TIME = re.compile(r"^\W*(?:just\s+|only\s+)?(?:the\s+(?:previous|prior|preceding)\s+(?:week|month|year)"
                         r"|earlier\s+(?:this|that|in\s+the)\s+year"
                         r"|(?:a|one|two|three|several|\d+)\s+(?:months?|years?)\s+(?:ago|earlier|before))\b",
                         re.IGNORECASE)


def _apart_from_main(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A sentence other than the main event's that recalls another incident ("another shooting",
    "the previous month, a teen was shot", "a shooting last month" told beside a shooting
    today), which the merge would join to the main event (it has the lead's date, or a month
    close to it, and no place of its own), is background: historical, so it neither joins the
    main event nor lends it its toll or place, and no later report's event takes it for the
    article's. One the merge keeps apart anyway stays a present-day event of its own."""
    main = main_mention(mentions)
    if main is None:
        return mentions
    return [replace(m, historical=True) if m is not main and m.sentence != main.sentence and not m.historical
            and _recalls_other(m.sentence.text, main, _own_date_of(m, view))
            and merge.merge_reason(main, m, same_article=True) is not None else m for m in mentions]


# The acts whose tolls a later sentence gives, and the cues such a sentence may have: a toll of a
# protest names the protesters ("At least 15 protesters were injured, a hospital official said").
_TOLLED_DISORDERS = {taxonomy.POLITICAL_VIOLENCE: frozenset({ANY_EVENT}),
                     taxonomy.DEMONSTRATIONS: frozenset({ANY_EVENT, "PEACE_PROTEST"})}
# Protesters met with force: a later sentence's "shot" or "attacks" tells that force, a toll of it or
# a side's account of it ("said five protesters had died, among them a boy who was shot in the back",
# "said officers had responded to attacks by violent groups").
_FORCE_ON_PROTESTERS = frozenset(taxonomy.BY_CODE[code].name for code in ("FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER"))
# The classes a side's account of force used on a crowd may have (`_may_account_for`).
_FORCE_ACCOUNT_CLASSES = frozenset({"ATTACK", "ARMED_CLASH", "VIOL_DEMONSTR", "ARREST",
                                    "FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER"})


def _tolls_of_previous(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A sentence that tells no act of its own, only a toll ("The health ministry put the toll at
    31 dead", "Aid workers gave a higher toll of 22"), counts the victims of the act told before
    it: it takes the class and the sides of the previous mention, a present-day act of political
    violence (whoever gives a toll is no side in the act), when it gives no date or place of its
    own besides that act's, so the merge joins the two
    and weighs the toll against the act's own figures (the classifier reads a bare toll as
    anything, a disaster among others). A source's toll of the act (`_gives_toll_of`) takes the
    act's day and place as well, whatever its class. A named armed group that counts its own
    fighters among the dead ("X said five of its fighters were killed") is whom the act
    targeted (`_killed_member_of`)."""
    starts = view.starts
    kept: list[EventMention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if before is not None and not before.historical and not mention.historical \
                and before.disorder_type in _TOLLED_DISORDERS \
                and mention.sub_event_type != before.sub_event_type \
                and mention.fatality_claims \
                and cue_classes(mention.sentence.text) <= _tolled_classes(_told_with_cue(kept, before), mention) \
                and (not merge.dated_by_itself(mention) or mention.date == before.date) \
                and merge.places_agree(before.place, mention.place, same_article=True) is not None:
            mention = _as_part_of(mention, before)
            if (killed := _killed_member_of(mention, view)) is not None:
                _rewrite_event(kept, _event_so_far(kept, before), lambda m: _targeting(m, killed))
                mention = _targeting(mention, killed)
        elif before is not None and _gives_toll_of(mention, before, starts):
            mention = _toll_of_act(mention, before)
        kept.append(mention)
    return kept


def _told_with_cue(kept: list[EventMention], before: EventMention) -> EventMention:
    """The sentence of `before`'s act, as told so far, whose class the classifier did not only guess (`_lender`),
    where it has `before`'s class; else `before`: a sentence that tells the act's day and manner with no
    cue of its class ("The lorry was struck outside X late on Friday") lends a toll after it the class of the act it tells."""
    lender = _lender(_event_so_far(kept, before))
    return lender if lender is not None and lender.sub_event_type == before.sub_event_type else before


def _gives_toll_of(mention: EventMention, act: EventMention, starts: Sequence[int]) -> bool:
    """Whether the mention's sentence only gives a source's toll of `act`, the act just before it
    ("The army, in a communiqué read on Thursday, put the toll at nine civilians", `_TOLL_GIVEN`):
    a count of its dead, of whatever class the classifier read it, told at most `CONTINUATION_GAP`
    sentences after a present-day act that has tolls, telling no act of its own (`_tells_another`).
    The day and place it names are the source's (its statement's, its seat's), not the act's."""
    return not mention.historical and _may_be_tolled(act, mention.sentence.start, starts) \
        and not _tells_another(mention) and _gives_toll(mention.sentence.text, [
            f.evidence.end - mention.sentence.start for f in mention.fatality_claims if f.kind == "killed"])


def _may_be_tolled(act: EventMention, start: int, starts: Sequence[int]) -> bool:
    """Whether a source's toll in the sentence at `start` may count `act`'s victims: `act` is a
    present-day act of a class that has tolls (`_TOLLED_DISORDERS`), at most `CONTINUATION_GAP`
    sentences before."""
    return not act.historical and act.disorder_type in _TOLLED_DISORDERS \
        and _sentences_between(starts, act.sentence.start, start) <= CONTINUATION_GAP


def _toll_of_act(mention: EventMention, act: EventMention) -> EventMention:
    """A source's toll `mention` told as part of `act`, at the act's day and place: the day and
    place its sentence names are the source's (its statement's, its seat's)."""
    return _as_part_of(mention, act, date=act.date, time_precision=act.time_precision,
                       date_evidence=act.date_evidence, place=act.place)


def _gives_toll(text: str, ends: Sequence[int]) -> bool:
    """Whether a sentence's first count of the dead (`ends`: where its counts of the dead end in
    `text`) is a toll someone gives (`_TOLL_GIVEN`, opening before that count ends: "put the toll
    at seven", "16 bodies had been recovered"), not an act's own
    ("An army drone struck a market, killing at least 23, while an official put the toll at 17")."""
    return bool(ends) and any(match.start() < min(ends) for match in _TOLL_GIVEN.finditer(text))


def _tolled_classes(act: EventMention, mention: EventMention) -> frozenset[str]:
    """The cue classes a sentence that only counts `act`'s victims may have (`_tolls_of_previous`):
    an attack's too where the sentence names no doer, as another source's toll of the act ("a
    monitoring group said 10 people had been killed in the strikes", "said 11 of its supporters
    had been shot dead"; after force used on protesters, "among them a boy who was shot in the
    back"; not "masked men opened fire on protesters"; after force, a blame of the crowd as well),
    unless it tells another incident
    ("Later, two people were shot dead", "in a separate attack"). The act must be told by a cue
    of its own class: a class the classifier read without one lends no toll its class."""
    allowed = _TOLLED_DISORDERS[act.disorder_type]
    if not _names_a_doer(mention):
        if act.sub_event_type in _FORCE_ON_PROTESTERS:
            return allowed | {"ATTACK", "ATTRIB"}  # the force's account blames the crowd: "accused ... of shooting first"
        if act.sub_event_type != _PEACEFUL_PROTEST and merge.has_own_cue(act) and _counts_only(mention) \
                and not _tells_another(mention):
            return allowed | {"ATTACK"}
    return allowed


def _names_a_doer(mention: EventMention) -> bool:
    """Whether the sentence names a doer of its act: an actor1 other than a speaker who is no armed
    side ("Residents told a newspaper that nine had died": the residents only speak)."""
    doer = mention.actor1
    return doer is not None and (merge.organised(doer) or all(c.claimant != doer.name for c in mention.claims))


_PEACEFUL_PROTEST = taxonomy.BY_CODE["PEACE_PROTEST"].name


def _met_with_force(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A peaceful protest whose next sentence tells force used on it ("Thousands marched through
    the capital on Saturday. Police fired tear gas to disperse the crowd") is one event with that
    force, which ACLED codes by its gravest part: the march takes the force's class (a protest
    with intervention, or excessive force), when the merge joins the two (same day and place,
    at most `CONTINUATION_GAP` sentences apart)."""
    kept = list(mentions)
    for index, (march, force) in enumerate(zip(mentions, mentions[1:])):
        if march.sub_event_type == _PEACEFUL_PROTEST and force.sub_event_type in _FORCE_ON_PROTESTERS \
                and _goes_on_telling(force, march, view.starts):
            kept[index] = replace(march, event_type=force.event_type, sub_event_type=force.sub_event_type,
                                  disorder_type=force.disorder_type)
    return kept


def _counts_only(mention: EventMention) -> bool:
    """Whether the sentence's first attack word is one of its figures' ("said 10 people had been
    killed"), not an act it tells or claims ("said it had carried out the attack") or names by
    its event noun ("was among the gunmen in the attack that wounded X")."""
    cue = cue_lexicon().matches(mention.sentence.text).get("ATTACK")
    if cue is None or _CLAIMS_AN_ACT.search(mention.sentence.text) or _EVENT_THAT_KILLED.search(mention.sentence.text):
        return False
    start = mention.sentence.start + cue[0]
    return any(f.evidence.start <= start < f.evidence.end for f in mention.fatality_claims)


# An event noun whose own clause gives the toll: "the incident that also killed", "an attack which left".
_EVENT_THAT_KILLED = re.compile(rf"\b{_EVENT_NOUN}\s+(?:that|which)\s+(?:also\s+)?(?:killed|left|wounded|injured)\b",
                                re.IGNORECASE)


def _tells_another(mention: EventMention) -> bool:
    """Whether the sentence sets its act apart from the one told before it: a later act
    (`_FOLLOW_UP`), another incident (`_OTHER_EVENT`) or a new thread (`_NEW_THREAD_OPENINGS`)."""
    text = mention.sentence.text
    return _FOLLOW_UP.search(text) is not None or _OTHER_EVENT.search(text) is not None \
        or text.lower().startswith(_NEW_THREAD_OPENINGS)


def _as_part_of(mention: EventMention, act: EventMention, **changes: object) -> EventMention:
    """`mention` told as part of `act`: with its class and its sides (and `changes`)."""
    return replace(mention, event_type=act.event_type, sub_event_type=act.sub_event_type,
                   disorder_type=act.disorder_type, actor1=act.actor1, actor2=act.actor2,
                   assoc_actor_1=act.assoc_actor_1, assoc_actor_2=act.assoc_actor_2, **changes)


_PROPERTY_DESTRUCTION = taxonomy.BY_CODE["PROPERTY_DISTRUCT"].name
# People who riot, not armed groups or state forces.
_CROWD_INTERS = frozenset({taxonomy.UNKNOWN_ACTOR, taxonomy.RIOTERS, taxonomy.PROTESTERS, taxonomy.CIVILIANS})
_VIOLENT_DEMONSTRATION = taxonomy.BY_CODE["VIOL_DEMONSTR"]
# Who a sentence names as the doers of the act told before it: "They then set fire to ...", "the
# attackers arrived ... and set fire to the post".
_DOERS_BEFORE = re.compile(r"\b(?:they|the\s+(?:attackers|assailants|gunmen|militants|fighters|rebels|insurgents"
                           r"|raiders|bandits|rioters|protesters|demonstrators|mob|crowd|inmates|prisoners))\b",
                           re.IGNORECASE)


def _telling_on(mention: EventMention, before: EventMention, view: ArticleView) -> bool:
    """Whether `mention` may go on telling `before`'s act (`_destruction_in_previous`): it tells
    destruction, or it tells an attack or a clash after one by that one's doers, not by another
    side ("officers had fought off the attackers": the police's act); or, after an act of another
    class that a side carries out (an abduction, a weapon's act), an attack, a clash or a weapon's
    act by no other doer whose subject is the act's doers or weapon named again ("The gunmen came
    on motorbikes ..." after a kidnapping, "The shells hit a school ..." after a strike): its
    words give it a class of their own for want of the act's cue, not another act."""
    if mention.sub_event_type == _PROPERTY_DESTRUCTION:
        return True
    same_doer = mention.actor1 is None or before.actor1 is not None and mention.actor1.name == before.actor1.name
    if mention.sub_event_type in _ARMED_ACTS and before.sub_event_type in _ARMED_ACTS:
        return same_doer
    return same_doer and mention.sub_event_type in _ARMED_ACTS | _WEAPON_CLASSES \
        and before.sub_event_type in _CLAIMABLE and _names_doers_as_subject(_spacy_sentence(mention, view))


def _destruction_in_previous(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """Property set on fire or destroyed in the act told just before it, on its day and at its
    place, is part of that act, as ACLED codes it: burned by the attackers of an attack or a
    battle ("They then set fire to mattresses", "the attackers ... set fire to the post before
    withdrawing"), it is that act, with its class and sides; so is how the attackers of an attack
    or a battle went about it ("Gunmen killed two police officers ... The attackers arrived in
    three cars, fired at officers and threw petrol bombs"); so is destruction told of the act named
    again ("the raid lasted several hours and several houses were burned"); burned by people who are no armed
    group or state force after a protest or a riot ("a group of young men set fire to the
    office of a lawmaker"), it is a violent demonstration, on its day or the night or day after
    ("Overnight, youths looted shops": a demonstration that turned destructive, which ACLED codes
    as one; the merge keeps a day of its own apart). Destruction with a place of its own, another
    day, or by a named armed group, stays an act of its own."""
    starts = view.starts
    kept: list[EventMention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if before is not None and _telling_on(mention, before, view) and _near_and_present(mention, before, starts) \
                and _on_its_day(mention, before) \
                and merge.places_agree(before.place, mention.place, same_article=True) is not None:
            if before.disorder_type == taxonomy.POLITICAL_VIOLENCE and (
                    _DOERS_BEFORE.search(mention.sentence.text) or _names_doers_as_subject(_spacy_sentence(mention, view))
                    or mention.sub_event_type == _PROPERTY_DESTRUCTION
                    and _names_act_as_subject(_spacy_sentence(mention, view))):
                mention = _as_part_of(mention, before)
            elif before.disorder_type == taxonomy.DEMONSTRATIONS and (
                    mention.actor1 is None or mention.actor1.inter in _CROWD_INTERS):
                mention = replace(mention, event_type=_VIOLENT_DEMONSTRATION.event_type,
                                  sub_event_type=_VIOLENT_DEMONSTRATION.name,
                                  disorder_type=_VIOLENT_DEMONSTRATION.disorder_type)
        kept.append(mention)
    return kept


def _on_its_day(mention: EventMention, before: EventMention) -> bool:
    """Whether `mention` is dated as `before`'s act, or, after a protest or a riot, the day after
    it (the crowd that marched by day riots by night)."""
    if mention.date == before.date:
        return True
    return before.disorder_type == taxonomy.DEMONSTRATIONS and None not in (mention.date, before.date) \
        and (mention.date - before.date).days == 1


# Classes a side's account of an act is read as when its words name no act of their own class
# ("said its forces had repelled the enemy": a territory or a weapon word, a claim, a group's
# activity): the act told before it decides. Not a distinct act the side goes on to tell (an
# arrest, an abduction, a looting, a protest).
_ACCOUNT_CLASSES = frozenset({
    "ARMED_CLASH", "ATTACK", "SUIC_BOMB", "CHEM_WEAP", "AIR_STRIKE", "GRENADE", "REM_EXPLOS", "ART_MISS_ATTACK",
    "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "DISR_WEAP", "NON_VIOL_TERRIT_TRANSFER",
    "CHANGE_TO_GROUP_ACT", "ORG_CRIME", "ATTRIB", "OTHER",
})
# "Military Forces of Sudan", "Government of Sudan", "Police Forces of Sudan": one state's.
_STATE_ACTOR = re.compile(r"^(?:Military Forces|Police Forces|Government) of (?P<country>.+?)(?: \(\d{4}-\))?$")


def _accounts_of_previous(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A sentence in which a side of the act told just before gives its own account of it ("The
    group said on its radio that its fighters had killed 41 soldiers", "The army said its
    soldiers had pushed back the enemy", "A little-known group said it had carried out the
    attack") tells that act: it takes the act's class and sides, so the merge joins the two and
    the event keeps both sides' claims. It must give no other day or place than the act's, nor
    tell an act that followed it ("Police later tracked the attackers down", `_FOLLOW_UP`), and
    its speaker must be a side of that act (one state's army, government or police count as
    one side), or a side of its own sentence's act against a side of that act ("the rebels said
    they had killed 12 soldiers"), or refer back to an event ("the attack"). The account's own
    words would give it another class (a weapon, a territory, a claim of responsibility) and
    other sides, and the merge would keep the two apart. The class and sides are those of the
    act's first sentence whose class the classifier did not only guess (`merge.is_guess`); an
    act told only by guesses lends none. A side's figure of a kind that another
    source has already counted, as high or higher ("its fighters had killed 41 soldiers" after the
    army's seven soldiers and 20 militants), is an interested party's, and ACLED keeps it only
    where it is the only one: the account gives no such figure to the event. A lower count of
    who died (`_lower_count`: "a minister said one marcher had died" after the opposition's
    two) is the lowest count a source gives, which ACLED takes: it stays."""
    article, starts = view.article, view.starts
    groups = _named_armed_groups(mentions)
    kept: list[EventMention] = []
    for mention in mentions:
        claim = _claims_act_back(mention)
        before = _claimed_act(kept) if claim else _referred_act(kept, mention)
        restates = _restates_toll(mention, before, article)
        if before is not None and not before.historical and not mention.historical \
                and (restates or _may_account_for(mention, before, view)) \
                and _sentences_between(starts, before.sentence.start, mention.sentence.start) <= (CLAIM_GAP if claim else CONTINUATION_GAP) \
                and (mention.date is None or mention.date == before.date or not merge.dated_by_itself(mention)) \
                and not _FOLLOW_UP.search(mention.sentence.text) and not _OTHER_STORY.match(mention.sentence.text) \
                and _place_agrees(mention, before) \
                and not _joins_all(mention, event := _event_so_far(kept, before)) \
                and (lender := _lender(event)) is not None \
                and not _own_armed_act(mention, lender, event, view) \
                and not _another_weapons_act(mention, before, event) \
                and ((side := _tells_as_side(mention, before, event, view))
                     or (group := _speaks_for_unnamed(mention, event, groups, article)) is not None or restates):
            if not side and group is not None:  # the unnamed fighters' own group speaks: a side
                side = True
                _rewrite_event(kept, event, lambda m: _named_for_unnamed(m, group))
                lender = _named_for_unnamed(lender, group)
            if (sides := _sides_naming_role(mention, lender)) is not None:
                pair = _pair(lender)
                _rewrite_event(kept, event, lambda m: replace(m, actor1=sides[0], actor2=sides[1]) if _pair(m) == pair else m)
                lender = replace(lender, actor1=sides[0], actor2=sides[1])
            counted = _lowest_figures(event) if side else {}
            disputed = side and _denied_by_a_side(mention, event)
            mention = _as_part_of(mention, lender,
                                  fatality_claims=tuple(f for f in mention.fatality_claims if not disputed and (
                                      f.kind not in counted or _adds_dead(f, mention)
                                      or _lower_count(f, mention, counted[f.kind]))),
                                  date=before.date, time_precision=before.time_precision,
                                  date_evidence=before.date_evidence, place=_account_place(mention, before, kept))
            if (killed := _killed_member_of(mention, view)) is not None:
                _rewrite_event(kept, event, lambda m: _targeting(m, killed))
                mention = _targeting(mention, killed)
        kept.append(mention)
    return kept


def _sides_naming_role(account: EventMention, lender: EventMention) -> tuple[Actor, Actor] | None:
    """The account's own two sides, where they are the act's two sides with the armed group the act
    knows only by its role ("a militia", "rebels") named ("A battle between the army and a youth
    militia has left 25 dead" then "Fighters of the X militia attacked the army garrison ..."): the
    act's sides as the account names them, in its order (the attacker it tells is actor1); else None."""
    mine, theirs = (account.actor1, account.actor2), (lender.actor1, lender.actor2)
    if None in mine or None in theirs or _pair(account) == _pair(lender):
        return None
    for named, other in (mine, mine[::-1]):
        unnamed = [actor for actor in theirs if actor is not None and actor.name != other.name]
        if named is not None and other is not None and _named_armed(named) and other.name in _pair(lender) \
                and len(unnamed) == 1 and _UNNAMED_ARMED.match(unnamed[0].name):
            return mine[0], mine[1]
    return None


def _pair(mention: EventMention) -> frozenset[str]:
    """The names of a mention's two sides, in either order."""
    return frozenset(actor.name for actor in (mention.actor1, mention.actor2) if actor is not None)


def _killed_member_of(account: EventMention, view: ArticleView) -> Actor | None:
    """The named armed group whose member a side's account says it killed, where the act it tells
    had civilians as its target: "... has killed two people. The army said it had killed a X
    commander" (`who.killed_group_member`)."""
    if account.actor2 is None or account.actor2.inter != taxonomy.CIVILIANS:
        return None
    sentence = view.doc.char_span(account.sentence.start, account.sentence.end, alignment_mode="expand")
    return killed_group_member(sentence, view.actors) if sentence is not None else None


def _targeting(mention: EventMention, group: Actor) -> EventMention:
    """`mention` with `group` for the civilians it had as its target (`_killed_member_of`)."""
    civilians = mention.actor2 is not None and mention.actor2.inter == taxonomy.CIVILIANS
    return replace(mention, actor2=group) if civilians else mention


# Words that lay blame, accuse, condemn or deny: "The army blamed a faction that ...", "accused
# foreign-based opponents of ...", "condemned the strike as ...", "rejected responsibility".
_BLAME = re.compile(r"\b(?:accus|blam|condemn|denounc|deni|deny|reject|regret)\w*", re.IGNORECASE)
# A side's claim of an act: "claimed responsibility", "claimed that its fighters had planted the
# device", "claimed the attack" (not "a man claiming to speak for the gang").
_RESPONSIBILITY = r"\bclaim(?:ed|s|ing)?\s+responsibility\b"
_CLAIMS_IT = re.compile(rf"{_RESPONSIBILITY}|\bclaim(?:ed|s)\s+(?:that\s+)?(?:the|its|it|their|they)\b", re.IGNORECASE)


def _dated_as_act(mention: EventMention, view: ArticleView) -> bool:
    """Whether the mention's own words date its act, not a statement about it ("said on Tuesday")."""
    return merge.dated_by_itself(mention) and not _own_date_of(mention, view).statement_day


# Acts a sentence names as many ("blamed X for recent attacks", "for such attacks"): not the one told before.
_OF_MANY_ACTS = re.compile(rf"\b(?:{'|'.join(sorted(GENERIC_MARKERS))})\s+(?:[\w-]+\s+)?{_EVENT_NOUN}", re.IGNORECASE)


def _attributions_of_previous(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """An attribution of responsibility (the classifier's ATTRIB) that `_accounts_of_previous`
    did not take for a side's account is no event ACLED codes. A side's claim of an act told
    before ("X claimed that its fighters had planted the device", "claimed the attack in a
    statement": `_CLAIMS_IT`; the act `_claimed_act` finds, else the act just before unless an
    arrest, at most `CLAIM_GAP` sentences before; a claim with no act before it is the report's
    only telling of the act, and stays), or words on the act just before that blame no one ("said the
    raid was carried out under a court order", "said the detainees were suspected of ...", at
    most `CONTINUATION_GAP` sentences after it; "rejected the accusation and said its own office
    had been burned": `_DENIAL_THEN_ACT`), or blame that gives a toll ("blamed the rioters for the
    deaths, while the opposition said three of its followers had been wounded"), tell that act:
    they take its class, sides, day and place, so the merge joins the two and the event keeps
    their claims. Blame, an accusation, a condemnation or a denial alone (`_BLAME`: "The army
    blamed a faction that operates from the lake", "X condemned the strike as a violation")
    tells no act: it is dropped, its asserting claims going to the present-day act just before it
    (unless it blames someone for many acts: `_OF_MANY_ACTS`), as `_attach_accounts` does for a
    sentence that tells no event. One that gives a toll, or a day of its own for its act (not a
    statement's: "On the 3rd, armed men took two guards, and the ombudsman blamed the rebels"),
    tells an act of its own: it stays."""
    starts = view.starts
    kept: list[EventMention] = []
    for mention in mentions:
        if mention.sub_event_type != _ATTRIBUTION:
            kept.append(mention)
            continue
        text = mention.sentence.text
        claims_it = _CLAIMS_IT.search(text) is not None
        act = (_claimed_act(kept) if claims_it else None) or (
            kept[-1] if kept and not (claims_it and kept[-1].sub_event_type == _ARRESTS) else None)
        gap = CLAIM_GAP if claims_it else CONTINUATION_GAP
        near = act is not None and act.sub_event_type != _ATTRIBUTION \
            and _sentences_between(starts, act.sentence.start, mention.sentence.start) <= gap
        if near and act.historical == mention.historical and (
                claims_it or _BLAME.search(text) is None or _DENIAL_THEN_ACT.search(text) is not None
                or mention.fatality_claims):
            kept.append(_toll_of_act(mention, act))
        elif claims_it and act is None or mention.fatality_claims or _dated_as_act(mention, view):
            kept.append(mention)
        elif near and not act.historical and not mention.historical and not _OF_MANY_ACTS.search(text):
            asserting = tuple(c for c in mention.claims if c.stance != "denies")
            kept = [replace(m, claims=m.claims + asserting) if m is act else m for m in kept]
    return kept


def _without_blame_alone(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """Blame alone, whatever class the classifier or an account of the act gave it (`_blames_only`:
    "Residents blamed the federal army, which ...", "The group denied the charge and blamed a rival
    militia", "Locals said the attackers belonged to the X"), is no event sentence: it is dropped,
    and its claims go to the present-day act at most `CONTINUATION_GAP` sentences before it (its
    asserting ones only, where it did not tell that act), as `_attributions_of_previous` does for
    blame the classifier read as such. One that gives a toll, or a day of its own for its act,
    tells an act: it stays."""
    kept: list[EventMention] = []
    for mention in mentions:
        act = next((m for m in reversed(kept) if not m.historical), None)
        if act is None or mention.historical or mention.fatality_claims or _dated_as_act(mention, view) \
                or _OTHER_STORY.match(mention.sentence.text) \
                or _sentences_between(view.starts, act.sentence.start, mention.sentence.start) > CONTINUATION_GAP \
                or not _blames_only(_spacy_sentence(mention, view)):
            kept.append(mention)
            continue
        told = merge.merge_reason(act, mention, same_article=True) is not None
        moved = tuple(c for c in mention.claims if told or c.stance != "denies")
        kept = [replace(m, claims=m.claims + moved) if m is act else m for m in kept]
    return kept


# The verbs of a sentence that only lays blame: "blamed the X", "accused the X of the killings";
# what a speaker says the doers were: "said the attackers belonged to the X".
_BLAMING_LEMMAS = frozenset({"blame", "accuse"})
_BELONGING_LEMMAS = frozenset({"belong"})


def _blames_only(sentence: SpacySpan) -> bool:
    """Whether a sentence's main verb lays blame ("The army blamed the X"), or follows a denial
    with it ("denied the accusation and blamed ..."), or says whom the doers belonged to ("said the
    attackers belonged to the X") or whose hallmarks the act bore; not one that tells what someone did ("said its fighters had
    killed ...", "accused troops of killing two farmers" in a sentence whose main verb is another)."""
    root = sentence.root
    verb = root.lemma_.lower()
    if verb in _BLAMING_LEMMAS or _hallmarks_of(sentence):
        return True
    if verb in DENYING_VERBS:
        return any(c.dep_ == "conj" and c.lemma_.lower() in _BLAMING_LEMMAS for c in root.children)
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in _BELONGING_LEMMAS for c in root.children)


def _lower_count(figure: FatalityClaim, mention: EventMention, lowest: int) -> bool:
    """Whether a side's figure is its own count of the dead or hurt, below the `lowest` the act's
    sources gave: the account's only figure of its kind, told as who died ("said one marcher had
    died"), not as what someone did ("accused troops of killing two farmers": a part, or a
    charge) nor as one of several parts ("two of its fighters had died and ... three farmers")."""
    return figure.figure < lowest and _DONE_FIGURE.match(figure.evidence.text) is None \
        and sum(f.kind == figure.kind for f in mention.fatality_claims) == 1


def _denied_by_a_side(mention: EventMention, event: list[EventMention]) -> bool:
    """Whether a side of the act denies what a side's account of it says ("the unit pulled back
    having killed 12 policemen, which the ministry rejected"): one party's figure that
    the other party disputes is no credible count of the act's dead."""
    sides = [name for m in event for name in _side_names(m)]
    return any(claim.stance == "denies" and any(_same_side(claim.claimant, side) for side in sides)
               for claim in mention.claims)


def _lowest_figures(event: list[EventMention]) -> dict[str, int]:
    """The lowest figure of each kind (killed, injured) the event's sentences give."""
    lowest: dict[str, int] = {}
    for figure in (f for m in event for f in m.fatality_claims):
        lowest[figure.kind] = min(figure.figure, lowest.get(figure.kind, figure.figure))
    return lowest


# The dead or hurt of an act told before: "five of the dead were herders", "among those killed".
_TOLL_REFERENCE = re.compile(r"\b(?:of|among)\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)\b",
                             re.IGNORECASE)
# Words that tell people dead or hurt, as a toll's trigger: "five security men had died".
_TOLL_TRIGGERS = frozenset({"died", "killed", "dead", "wounded", "injured", "hurt"})
# A doer named for the dead ("had been killed by youths loyal to ..."): an account of its own.
_BY_DOER = re.compile(r"\b(?:killed|wounded|injured|hurt|shot|attacked)\s+(?:\w+\s+)?by\b", re.IGNORECASE)
# A figure told as what someone did ("troops had killed three fighters"), not as who died.
_DONE_FIGURE = re.compile(r"^(?:killing|killed|kills?|wounding|wounded|injuring|injured|hurting|hurt|shot|shooting"
                          r"|leaving|left|claiming|with|massacred|slaughtered|beheaded|gunned|stabbed|beaten|hacked"
                          r"|burned)\b", re.IGNORECASE)


def _restates_toll(mention: EventMention, before: EventMention | None, article: Article) -> bool:
    """Whether a named speaker's sentence only restates the toll of the act told before it
    (`before`: an act of political violence, or force used on protesters), whoever the speaker
    is (a ministry, a monitoring group, residents: no side of the act need speak): it refers
    back to the act's dead ("Residents said five of the dead were herders", `_TOLL_REFERENCE`),
    or tells people dead or hurt as its figure's subject, naming no doer, no time of its own
    (a period's count: "in the first five months of the year") and no other event ("A
    monitoring group said five security men had died"). Such a sentence tells that act
    (`_accounts_of_previous`); its figure stands beside the other sources' figures."""
    text = mention.sentence.text
    if before is None or not (before.disorder_type == taxonomy.POLITICAL_VIOLENCE
                              or before.sub_event_type in _FORCE_ON_PROTESTERS) \
            or not _speakers(mention, article) or _OTHER_EVENT.search(text):
        return False
    if _TOLL_REFERENCE.search(text) is not None:
        return True
    return bool(mention.fatality_claims) and mention.trigger.text.lower() in _TOLL_TRIGGERS \
        and not any(_DONE_FIGURE.match(f.evidence.text) for f in mention.fatality_claims) \
        and _BY_DOER.search(text) is None and not when.find_time_expressions(text, article.date)


# Armed groups that are no state's, and the names of such a side that say only its role.
_NON_STATE_ARMED = frozenset({taxonomy.REBEL_GROUPS, taxonomy.POLITICAL_MILITIAS, taxonomy.IDENTITY_MILITIAS})
_UNNAMED_ARMED = re.compile(r"^(?:Unidentified Armed Group|Rebels|Militia) \(")


def _named_armed_groups(mentions: Sequence[EventMention]) -> frozenset[str]:
    """The non-state armed groups a report's acts name by their names."""
    return frozenset(actor.name for m in mentions for actor in (m.actor1, m.actor2)
                     if actor is not None and actor.inter in _NON_STATE_ARMED and not _UNNAMED_ARMED.match(actor.name))


def _speaks_for_unnamed(mention: EventMention, event: list[EventMention], groups: frozenset[str],
                        article: Article) -> Actor | None:
    """The group whose own account `mention` is, where the act told so far has an unidentified
    armed group as a side and that group is the only armed group the report names ("Fighters set
    fire to the village ..." then the group's message that its men overran a post there): the
    unnamed fighters are that group. None where the report names another group, or the speaker is
    not the mention's own doer."""
    doer = mention.actor1
    if doer is None or groups != {doer.name} or doer.name not in _speakers(mention, article):
        return None
    unnamed = any(actor is not None and actor.name.startswith("Unidentified Armed Group")
                  for m in event for actor in (m.actor1, m.actor2))
    return doer if unnamed else None


def _named_for_unnamed(mention: EventMention, group: Actor) -> EventMention:
    """`mention` with the group named for its unidentified armed group (`_speaks_for_unnamed`)."""
    def named(actor: Actor | None) -> Actor | None:
        return group if actor is not None and actor.name.startswith("Unidentified Armed Group") else actor
    return replace(mention, actor1=named(mention.actor1), actor2=named(mention.actor2))


def _named_by_blame(mentions: list[EventMention], blamed: dict[int, Actor], blamed_here: dict[int, Actor],
                    view: ArticleView) -> list[EventMention]:
    """An act whose doer the report leaves unnamed ("Gunmen have killed nine passengers ...",
    "A drone attack on a camp has killed 15", "Rebels have killed 20 ...") is the named armed
    group a sentence right after it blames for it ("Officials blamed the X, which denied
    involvement": ACLED codes the accused, whatever it answers) or that claims it ("In a video,
    the X front claimed responsibility for the ambush"): every sentence of the act, and the
    blame where it tells that act (`_accounts_of_previous`), takes that group for its unnamed or
    missing doer (`blamed`: the group each such sentence names, by where it starts, read by
    `_blamed_group` before the accounts took the act's sides). So does an act its own sentence
    blames on a group in passing ("..., the army said, blaming the X": `blamed_here`, read by
    `_blamed_in_passing`). Not where the act already names an armed group of its own."""
    kept: list[EventMention] = []
    for mention in mentions:
        here = blamed_here.get(mention.sentence.start)
        if here is not None and mention.disorder_type == taxonomy.POLITICAL_VIOLENCE:
            event = _event_so_far(kept, mention)
            if _leaves_doer_unnamed([*event, mention], here):
                _rewrite_event(kept, event, lambda m: _doer_named(m, here))
                mention = _doer_named(mention, here)
        group = blamed.get(mention.sentence.start)
        act = _blame_names_doer(kept, kept, group, _claims_an_act(mention.sentence.text), mention.sentence.start,
                                view) if group is not None else None
        if act is not None and merge.merge_reason(act, mention, same_article=True) is not None:
            mention = _doer_named(mention, group)
        kept.append(mention)
    return kept


def _blame_names_doer(kept: list[EventMention], before: list[EventMention], group: Actor, claim: bool, start: int,
                      view: ArticleView) -> EventMention | None:
    """Names `group` the doer of the act that a blame (or, `claim`, a claim of responsibility) told
    at `start` is about, among the mentions `before` it: the last present-day act, or the act the
    claim is about (`_claimed_act`), of political violence, at most `CONTINUATION_GAP` (`CLAIM_GAP`)
    sentences back, whose doer the report leaves unnamed. Every mention of that act among `kept`
    takes the group (`_rewrite_event`); returns the act, or None where no act was named."""
    act = _claimed_act(before) if claim else next((m for m in reversed(before) if not m.historical), None)
    if act is None or act.disorder_type != taxonomy.POLITICAL_VIOLENCE \
            or _sentences_between(view.starts, act.sentence.start, start) > (CLAIM_GAP if claim else CONTINUATION_GAP):
        return None
    event = _event_so_far(before, act)
    if not _leaves_doer_unnamed(event, group):
        return None
    _rewrite_event(kept, event, lambda m: _doer_named(m, group))
    return act


def _blamed_group(mention: EventMention, view: ArticleView) -> Actor | None:
    """The named non-state armed group `mention` blames for an act ("The army blamed the X", the
    object of the sentence's main verb of blame) or says carried it out (`_CLAIMS_AN_ACT`: "the X
    says its unit carried out the ambush", its speaker; "said the X was behind it"), or None."""
    sentence = _spacy_sentence(mention, view)
    root = sentence.root
    doer = mention.actor1 if mention.actor1 is not None and _named_armed(mention.actor1) else None
    if _hallmarks_of(sentence):
        return _blamed_by_words(sentence, view)
    if root.lemma_.lower() in _BLAMING_LEMMAS:
        if doer is None or doer.evidence is None or _DENIED_BEFORE.search(
                view.article.text[sentence.start_char:root.idx]):
            return None
        blamed = [t for c in root.children if c.dep_ == "dobj" for t in c.subtree]
        return doer if blamed and blamed[0].idx <= doer.evidence.start < blamed[-1].idx + len(blamed[-1]) else None
    if not _claims_an_act(mention.sentence.text):
        return None
    speakers = [_known_group(name, view) for name in _speakers(mention, view.article)]
    return doer or next((actor for actor in speakers if actor is not None), None)


def _named_by_blame_alone(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """An act whose doer the report leaves unnamed is the named armed group that a sentence right
    after it, which tells no event of its own, blames for it ("Gunmen have killed 12 farmers ...
    The governor blamed the X, which ..."; "Officials said the raid bore the hallmarks of the X"),
    or that such a sentence says claimed it (`_claimed_by`, up to `CLAIM_GAP` sentences on), as
    `_named_by_blame` does for blame or a claim the classifier read as an event: every sentence of
    the act told so far takes that group for its unnamed or missing doer."""
    told = {m.sentence.end for m in mentions}
    kept = list(mentions)
    for sentence in view.sentences:
        if sentence.end_char in told:
            continue
        claimed = _claimed_by(sentence, view)
        group = claimed or _blamed_by_words(sentence, view)
        if group is None:
            continue
        before = [m for m in kept if m.sentence.start < sentence.start_char]
        _blame_names_doer(kept, before, group, claimed is not None, sentence.start_char, view)
    return kept


def _blamed_by_words(sentence: SpacySpan, view: ArticleView) -> Actor | None:
    """The named non-state armed group a sentence lays an act at the door of: the object of its main
    verb of blame ("The governor blamed the X, which ...", not after a denial of the speaker's own
    part), or the group whose hallmarks it says the act bore ("said the raid bore the hallmarks of
    the X"); else None."""
    root = sentence.root
    if root.lemma_.lower() in _BLAMING_LEMMAS:
        if _DENIED_BEFORE.search(view.article.text[sentence.start_char:root.idx]):
            return None
        blamed = [c for c in root.children if c.dep_ == "dobj"]
    else:
        blamed = _hallmarks_of(sentence)
    actors = (resolve_actor(noun_phrase(token), view.actors) for token in blamed)
    return next((actor for actor in actors if actor is not None and _named_armed(actor)), None)


def _claimed_by(sentence: SpacySpan, view: ArticleView) -> Actor | None:
    """The named non-state armed group that a sentence says claimed responsibility, the subject of
    its main verb "claimed" ("In a message to reporters, the X, which ..., claimed responsibility
    for the bombing"); else None."""
    root = sentence.root
    if root.lemma_.lower() != "claim" or not any(c.dep_ == "dobj" and c.lower_ == "responsibility" for c in root.children):
        return None
    actors = (resolve_actor(noun_phrase(token), view.actors) for token in root.children if token.dep_ == "nsubj")
    return next((actor for actor in actors if actor is not None and _named_armed(actor)), None)


def _hallmarks_of(sentence: SpacySpan) -> list[Token]:
    """Whose hallmarks a sentence says an act bore: the objects of "of" after "bore the hallmarks"."""
    return [group for token in sentence if token.lemma_.lower() == "hallmark" and token.head.lemma_.lower() == "bear"
            for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for group in prep.children if group.dep_ == "pobj"]


def _blamed_in_passing(mention: EventMention, view: ArticleView) -> Actor | None:
    """The named non-state armed group a sentence that tells an act blames for it in passing ("A
    bomb hit an army truck ..., the ministry said, blaming the X"), or None."""
    for verb in _spacy_sentence(mention, view):
        if verb.lemma_.lower() in _BLAMING_LEMMAS and verb.tag_ == "VBG" and verb.dep_ in _ASIDE_DEPS:
            for blamed in (c for c in verb.children if c.dep_ == "dobj"):
                actor = resolve_actor(noun_phrase(blamed), view.actors)
                if actor is not None and _named_armed(actor):
                    return actor
    return None


# How a participle hangs on the sentence's main clause as an aside: "..., the army said, blaming the X".
_ASIDE_DEPS = frozenset({"advcl", "xcomp", "conj"})


def _claims_an_act(text: str) -> bool:
    """Whether a sentence says who carried out an act told before ("its unit carried out the
    ambush", "claimed responsibility"), not an act of its own ("said it had carried out raids")."""
    return _CLAIMS_AN_ACT.search(text) is not None and (
        _BACK_REFERENCE.search(text) is not None or _CLAIMED_BACK.search(text) is not None)


# Words of a claim that refer back to the act by themselves: "claimed responsibility", "had carried it out".
_CLAIMED_BACK = re.compile(rf"{_RESPONSIBILITY}|\bcarried\s+it\s+out\b", re.IGNORECASE)


# A denial of the blamer's own part before its blame: "denied involvement and blamed ...".
_DENIED_BEFORE = re.compile(r"\b(?:deni|deny|reject|dismiss|refut)\w*", re.IGNORECASE)


def _named_armed(actor: Actor) -> bool:
    """Whether an actor is a non-state armed group known by its name, not by its role alone."""
    return actor.inter in _NON_STATE_ARMED and not _UNNAMED_ARMED.match(actor.name)


def _known_group(name: str, view: ArticleView) -> Actor | None:
    """The named non-state armed group a claimant's name is, or None."""
    known = known_actors().get(name.lower())
    inter = view.actors.types.get(name, known.inter if known is not None else taxonomy.UNKNOWN_ACTOR)
    actor = Actor(name, inter)
    return actor if _named_armed(actor) else None


def _leaves_doer_unnamed(event: list[EventMention], group: Actor) -> bool:
    """Whether an act's sentences leave its doer unnamed (none, or an armed group known only by its
    role) and name no armed group but `group`."""
    sides = [actor for m in event for actor in (m.actor1, m.actor2) if actor is not None]
    return any(m.actor1 is None or _UNNAMED_ARMED.match(m.actor1.name) for m in event) \
        and all(not _named_armed(actor) or actor.name == group.name for actor in sides)


def _doer_named(mention: EventMention, group: Actor) -> EventMention:
    """`mention` with `group` for its missing doer and for an armed group it knows only by its role."""
    def named(actor: Actor | None) -> Actor | None:
        return group if actor is not None and _UNNAMED_ARMED.match(actor.name) else actor
    return replace(mention, actor1=named(mention.actor1) or group, actor2=named(mention.actor2))


def _speakers(mention: EventMention, article: Article) -> list[str]:
    """The named speakers who assert the mention's act (not the outlet's own words)."""
    return [c.claimant for c in mention.claims if c.stance != "denies"
            and c.claimant not in (OUTLET, article.outlet) and c.claimant]


def _may_account_for(mention: EventMention, act: EventMention, view: ArticleView) -> bool:
    """Whether `mention`'s class may be a side's account of `act`: of an act of political
    violence, one of `_ACCOUNT_CLASSES`; of a crowd that state forces met with force (force used
    on protesters, or a riot with a state force as a side), a telling of that force. Its sentence
    tells the force as what answered the crowd ("officers had acted in self-defence after
    demonstrators threw stones", "had used force only after rioters set a bank on fire",
    `_FORCE_JUSTIFIED`); or the force's own side tells a riot by a crowd it names in quotation
    marks (`_QUOTED_CROWD`: 'State television said "thugs" had set cars on fire'); or its words have the crowd (or the speaker whose supporters it was) for
    the other side of force used on protesters, of an arrest ("said 63 demonstrators had been
    taken into custody"), or of an attack or a clash by that force ("the party said 14 of its
    supporters had been shot dead by police"). Not "In the X district, protesters set fire to a
    police post", a riot of its own, nor "masked men opened fire on the marchers", an attack by
    others, nor "troops killed four insurgents in a raid", the force's act against an armed group,
    nor "had picked up four men suspected of taking part in the murders". A sentence whose subject
    is the act named again ("They say the strike hit the market ...", "The attack began before
    dawn") tells that act, whatever class its words gave it, unless they name an act of another
    class by a cue of its own ("detained three men and called
    the shooting an act of terror": the arrest is an event of its own, the act is only judged)."""
    code = taxonomy.BY_NAME[mention.sub_event_type].code
    if act.disorder_type == taxonomy.POLITICAL_VIOLENCE:
        sentence = _spacy_sentence(mention, view)
        return code in _ACCOUNT_CLASSES or _names_act_as_subject(sentence) and not merge.has_own_cue(mention) \
            or _confirms_act(sentence) and mention.sub_event_type == act.sub_event_type
    forces = _state_sides(act)
    met = act.sub_event_type in _FORCE_ON_PROTESTERS or act.sub_event_type == _VIOLENT_DEMONSTRATION.name and forces
    if not met or code not in _FORCE_ACCOUNT_CLASSES:
        return False
    if _FORCE_JUSTIFIED.search(mention.sentence.text) is not None:
        return True
    if code == "VIOL_DEMONSTR" and _QUOTED_CROWD.search(mention.sentence.text) is not None \
            and any(_same_side(claim.claimant, force) for claim in mention.claims for force in forces):
        return True  # the force's own side calls the crowd it met rioters: its version of the act
    others = [actor for actor in (mention.actor1, mention.actor2)
              if actor is not None and actor.inter != taxonomy.STATE_FORCES]
    speakers = {claim.claimant for claim in mention.claims}
    if not others or not all(actor.inter in _MET_BY_FORCE or actor.name in speakers for actor in others):
        return False
    if code == "ARREST":  # the crowd detained, not suspects of an event it names ("the killings")
        return _BACK_REFERENCE.search(mention.sentence.text) is None
    if mention.sub_event_type in _FORCE_ON_PROTESTERS:
        return True
    return code != "VIOL_DEMONSTR" \
        and any(not forces or any(_same_side(own, force) for force in forces) for own in _state_sides(mention))


def _names_act_as_subject(sentence: SpacySpan) -> bool:
    """Whether a subject of `sentence` is an event told before, named by "the" or "that" ("the
    strike hit", "the attack began"), not an object ("arrested two men over the attack")."""
    return any(token.dep_ in {"nsubj", "nsubjpass"} and _EVENT_NOUN_ALONE.fullmatch(token.text)
               and any(c.dep_ == "det" and c.lower_ in {"the", "that"} for c in token.children) for token in sentence)


# Verbs by which a speaker grants an act told before: "Police confirmed the kidnappings", "acknowledged the strike".
_CONFIRMING_LEMMAS = frozenset({"confirm", "acknowledge", "admit"})


def _confirms_act(sentence: SpacySpan) -> bool:
    """Whether the main verb of `sentence` grants an event told before, named by "the" or "that"
    as its object ("Police confirmed the kidnappings but said 30 people had been taken"): the
    speaker's account of that act, whose own words would read the speaker as its doer."""
    root = sentence.root
    return root.lemma_.lower() in _CONFIRMING_LEMMAS and any(
        child.dep_ == "dobj" and _EVENT_NOUN_ALONE.fullmatch(child.text)
        and any(c.dep_ == "det" and c.lower_ in {"the", "that"} for c in child.children) for child in root.children)


def _state_sides(mention: EventMention) -> list[str]:
    return [actor.name for actor in (mention.actor1, mention.actor2)
            if actor is not None and actor.inter == taxonomy.STATE_FORCES]


# Whom a state force meets at a protest: the crowd, and the people in it or around it.
_MET_BY_FORCE = frozenset({taxonomy.PROTESTERS, taxonomy.RIOTERS, taxonomy.CIVILIANS})
# Force told as an answer: "acted in self-defence", "responded to attacks", "in response to stones",
# "used "minimum force" against rioters".
_FORCE_JUSTIFIED = re.compile(r"\b(?:self-defen[cs]e|respond(?:ed|ing)\s+to|in\s+response\s+to"
                              r"|defend(?:ed|ing)\s+themselves|came\s+under\s+attack|used\s+(?:\W*\w+\W*\s+)?force)\b",
                              re.IGNORECASE)


# A crowd named in quotation marks, the speaker's own word for it: 'said "rioters" had attacked public buildings'.
_QUOTED_CROWD = re.compile(r"[\"“]\s*(?:rioters|thugs|hooligans|vandals|saboteurs|troublemakers|looters)\s*[\"”]",
                           re.IGNORECASE)


# The inter codes of armed, organised sides: state forces, rebels, militias (gunmen are an
# unidentified armed group, a political militia), external forces.
_ARMED_INTERS = frozenset({taxonomy.STATE_FORCES, taxonomy.REBEL_GROUPS, taxonomy.POLITICAL_MILITIAS,
                           taxonomy.IDENTITY_MILITIAS, taxonomy.EXTERNAL_FORCES})
_ARMED_CLASH = taxonomy.BY_CODE["ARMED_CLASH"]


def _answered_attacks(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """An attack on an armed side that fires back ("Gunmen attacked a military checkpoint on
    Monday. Troops returned fire, killing three attackers") is an exchange between two armed,
    organised sides, which ACLED codes as an armed clash, not as an attack: the act's sentences
    and the answer, which the merge joins, take that class. An attack on civilians or on
    unarmed people whom a third party defends stays an attack (police who fight off gangs that
    attacked a town: their answer is a clash of its own)."""
    starts = view.starts
    kept: list[EventMention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if before is not None and _ANSWER.search(mention.sentence.text) is not None \
                and all(a is not None and a.inter in _ARMED_INTERS for a in (before.actor1, before.actor2)) \
                and _goes_on_telling(mention, before, starts):
            event = _event_so_far(kept, before)
            if any(m.sub_event_type == _ATTACK for m in (*event, mention)):
                told = {id(m) for m in event}
                kept = [_as_clash(m) if id(m) in told else m for m in kept]
                mention = _as_clash(mention)
        kept.append(mention)
    return kept


# An act told as the answer to the act before it: "in a counter-attack", "a counter-offensive", "in retaliation".
_COUNTER = re.compile(r"\bcounter[- ]?(?:attacks?|offensives?)\b|\bin\s+retaliation\b", re.IGNORECASE)


def _countered_doers(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """The armed men an answer to the act before it targets, known only as an unidentified armed
    group ("Police said officers had shot dead four gang members in a counter-attack", after "Men
    of the X gang swept into the market ..."), are that act's doer, a named armed group: ACLED names
    the group on both sides of the exchange. Not where the answer's doer is that group itself."""
    kept: list[EventMention] = []
    for mention in mentions:
        act = next((m for m in reversed(kept) if not m.historical), None)
        doer, target = (act.actor1 if act is not None else None), mention.actor2
        if act is not None and doer is not None and target is not None and not mention.historical \
                and _named_armed(doer) and target.name.startswith(merge.UNIDENTIFIED) \
                and mention.actor1 is not None and mention.actor1.name != doer.name \
                and _COUNTER.search(mention.sentence.text) is not None \
                and _sentences_between(view.starts, act.sentence.start, mention.sentence.start) <= CONTINUATION_GAP:
            mention = replace(mention, actor2=doer)
        kept.append(mention)
    return kept


def _as_clash(mention: EventMention) -> EventMention:
    if mention.sub_event_type != _ATTACK:
        return mention
    return replace(mention, event_type=_ARMED_CLASH.event_type, sub_event_type=_ARMED_CLASH.name,
                   disorder_type=_ARMED_CLASH.disorder_type)


_DOERS = r"(?:attackers|assailants|gunmen|militants|insurgents|rebels|fighters|bandits|raiders|jihadists)"
_DOERS_NAMED = re.compile(rf"\b{_DOERS}\b", re.IGNORECASE)
# The doers of an act, or its weapon, named again: "the gunmen", "the attackers", "the bombs", "the drone".
_DOERS_OR_WEAPON = re.compile(rf"{_DOERS}|bombs?|shells?|rockets?|missiles?|mortars?|grenades?|drones?|explosives?",
                              re.IGNORECASE)


def _names_doers_as_subject(sentence: SpacySpan) -> bool:
    """Whether a subject of `sentence` is the doers or the weapon of an act told before, named by
    "the" ("The attackers came at dawn", "the missiles struck"), not by a number or a word of
    their own ("Two rockets hit a school": another act)."""
    return any(token.dep_ in {"nsubj", "nsubjpass"} and _DOERS_OR_WEAPON.fullmatch(token.text)
               and any(c.dep_ == "det" and c.lower_ in {"the", "those"} for c in token.children)
               for token in sentence)


# The doers of the act an answer answers, as its victims: "killing three attackers", "killed one
# of the gunmen", "one of the attackers was killed".
_DOERS_KILLED = re.compile(rf"^(?:(?:killing|killed)\s+)?[\w-]+\s+(?:of\s+(?:them|the\s+{_DOERS})|{_DOERS})\b"
                           rf"(?:\s+(?:was|were)\s+(?:also\s+)?killed)?", re.IGNORECASE)
_ALSO_KILLED = re.compile(r"\balso\s+(?:been\s+)?(?:killed|died|shot\s+dead)\b", re.IGNORECASE)


def _added_tolls(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """Dead a sentence counts besides those the act it goes on telling counts are marked to add
    to them (`toll.ADDED_CUE`), as ACLED's toll of an event is every side's dead: the doers
    killed in a side's answer to the act ("Gunmen attacked a checkpoint, killing two soldiers.
    Troops returned fire, killing three attackers"; "one of the attackers was killed when police
    returned fire"), where no figure of the act already counts its doers; and dead the sentence
    says were "also" killed ("Security forces killed 12 rebels in a gunfight ... Two officers were
    also killed"). The sentence must go on telling the act just before it (the merge joins the
    two), or, for an answer, give the act's own dead itself."""
    starts = view.starts
    kept: list[EventMention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        joined = before is not None and before.disorder_type == taxonomy.POLITICAL_VIOLENCE \
            and _goes_on_telling(mention, before, starts)
        event = _event_so_far(kept, before) if joined and before is not None else []
        counted = [f for m in event for f in m.fatality_claims if f.kind == "killed"]
        own = [f for f in mention.fatality_claims if f.kind == "killed" and not _kills_doers(f, mention)]
        doers_counted = any(_DOERS_NAMED.search(f.evidence.text) for f in counted)

        def adds(figure: FatalityClaim) -> bool:
            if not _adds_dead(figure, mention):
                return False
            if _kills_doers(figure, mention):
                return (joined or bool(own)) and not doers_counted
            return joined and bool(counted)  # dead "also killed"

        if not mention.historical and mention.disorder_type == taxonomy.POLITICAL_VIOLENCE \
                and any(adds(f) for f in mention.fatality_claims):
            mention = replace(mention, fatality_claims=tuple(
                replace(f, cue=toll.ADDED_CUE) if adds(f) else f for f in mention.fatality_claims))
        kept.append(mention)
    return kept


def _kills_doers(figure: FatalityClaim, mention: EventMention) -> bool:
    """Whether `figure` counts the doers of the act, dead the act's own figures (its victims) do
    not count: killed in the answer `mention` tells ("Troops returned fire, killing three
    attackers"), or counted beside the victims in one sentence ("said two soldiers had died and
    that eleven of the attackers were killed")."""
    if figure.kind != "killed" or _DOERS_KILLED.match(figure.evidence.text) is None:
        return False
    return _ANSWER.search(mention.sentence.text) is not None or any(
        f.kind == "killed" and _DOERS_KILLED.match(f.evidence.text) is None for f in mention.fatality_claims)


def _adds_dead(figure: FatalityClaim, mention: EventMention) -> bool:
    """Whether a figure may count dead besides the act's (`_added_tolls`): the doers killed in an
    answer, or dead "also killed"; never a vague count ("killed several of the assailants")."""
    return not figure.approximate and (_kills_doers(figure, mention) or (
        figure.kind == "killed" and _ALSO_KILLED.search(figure.evidence.text) is not None))


def _account_place(mention: EventMention, before: EventMention, kept: list[EventMention]) -> Place | None:
    """The place of an account of `before`'s act: its own where its sentence names one; else,
    where acts came between the two (a claim of "the attack" after a follow-up), `before`'s, not
    the one it inherited from the sentence just before it."""
    if before is kept[-1] or merge.placed_by_itself(mention):
        return mention.place
    return before.place


CLAIM_GAP = 3  # sentences: a claim of responsibility follows the attack's details and aftermath
# An act that followed the one told before it ("Police later tracked the attackers to a forest and
# killed three of them", "Hours later, mortar fire hit two houses", "In the hours after the
# assault, jets pounded the island where the attackers had fled"): an act of its own, not an
# account of that one (not "later died", a toll, nor "later said" or "said the next day", a statement's time).
_FOLLOW_UP = re.compile(
    r"\b(?:(?<!said\s)(?<!told\s)later(?!\s+(?:died|succumbed|said|says|told|added|confirmed|announced|reported|"
    r"claimed|denied|stated))|afterwards|subsequently"
    r"|(?<!said\sthe\s)(?<!said\son\sthe\s)(?<!added\sthe\s)(?<!stated\sthe\s)(?<!announced\sthe\s)"
    r"(?:next|following)\s+(?:day|morning|night|evening)"
    r"|(?:tracked|hunted)\s+(?:down\s+)?(?:the|them|some|two|three|several|\w+\s+of\s+(?:the|them))\b)"
    r"|^\W*(?:in\s+the\s+)?(?:minutes|hours|days)\s+(?:after|following)\b",
    re.IGNORECASE)


def _claims_act_back(mention: EventMention) -> bool:
    """Whether the mention is a named group's claim of an act told before ("The X claimed
    responsibility for the attack"): it tells that act, however many sentences or other acts
    (an arrest, a funeral) came between."""
    return mention.sub_event_type == _ATTRIBUTION and mention.actor1 is not None \
        and mention.actor1.inter != taxonomy.UNKNOWN_ACTOR \
        and _CLAIMS_AN_ACT.search(mention.sentence.text) is not None \
        and _BACK_REFERENCE.search(mention.sentence.text) is not None


def _claimed_act(kept: list[EventMention]) -> EventMention | None:
    """The latest present-day armed act told before a claim of one (`_claims_act_back`), passing
    over acts that followed an earlier one (`_FOLLOW_UP`: "Police later tracked the attackers
    down"), which a group's claim of "the attack" does not name."""
    acts = [m for m in reversed(kept) if not m.historical and m.sub_event_type in _CLAIMABLE]
    return next((m for m in acts if not _FOLLOW_UP.search(m.sentence.text)), acts[0] if acts else None)


def _referred_act(kept: list[EventMention], mention: EventMention) -> EventMention | None:
    """The act a side's account tells: the one told just before it, but where that one followed
    an earlier act (`_FOLLOW_UP`) and the account refers back to an event ("claimed the attack on
    the police post" after "Police later tracked the attackers down"), the act before it."""
    if not kept:
        return None
    last = kept[-1]
    named = _named_back(kept, mention)
    if named is not None:
        return named
    if not _FOLLOW_UP.search(last.sentence.text) or _FOLLOW_UP.search(mention.sentence.text) \
            or not _BACK_REFERENCE.search(mention.sentence.text):
        return last
    return next((m for m in reversed(kept[:-1]) if not m.historical and not _FOLLOW_UP.search(m.sentence.text)), last)


def _named_back(kept: list[EventMention], mention: EventMention) -> EventMention | None:
    """The earlier act an account names back by its class ("said three people had died in the
    shelling" after a shelling and then a clash: the shelling), where the act just before is another
    act of armed violence of another class (`merge.named_by`); None where the account names none, or
    the act just before, or that act is of another kind (an arrest after the attack: what the account
    says of the detainees is its own)."""
    back = _BACK_REFERENCE.search(mention.sentence.text)
    classes = cue_classes(back.group()) - {ANY_EVENT} if back is not None else frozenset()
    last = kept[-1]
    if not classes or merge.named_by(last.sub_event_type, classes) \
            or merge.family_of(last.sub_event_type, last.event_type) != merge.ARMED_VIOLENCE_FAMILY:
        return None
    return next((m for m in reversed(kept[:-1]) if not m.historical and merge.named_by(m.sub_event_type, classes)), None)


def _place_agrees(mention: EventMention, before: EventMention) -> bool:
    """Whether `mention` names no place of its own apart from `before`'s: none in its sentence,
    or one that agrees with `before`'s even where `before` only inherits its place (an inherited
    place agrees with any within one report)."""
    own = mention.place
    if not merge.placed_by_itself(mention):
        return merge.places_agree(before.place, own, same_article=True) is not None
    return merge.places_agree(before.place, own, same_article=False) is not None


_ARMED_ACTS = frozenset({"Attack", "Armed clash"})
_ATTRIBUTION = taxonomy.BY_CODE["ATTRIB"].name
# The acts a group claims: attacks, clashes and the weapons' classes.
_CLAIMABLE = frozenset(taxonomy.BY_CODE[code].name for code in (
    "ARMED_CLASH", "ATTACK", "SUIC_BOMB", "AIR_STRIKE", "GRENADE", "REM_EXPLOS", "ART_MISS_ATTACK", "ABDUCT_DISSAP"))
# A side's claim of an act: "claimed responsibility", "said it had carried out", "was behind".
_CLAIMS_AN_ACT = re.compile(rf"{_RESPONSIBILITY}|\bcarried\s+(?:it\s+)?out\b|\b(?:was|were)\s+behind\b", re.IGNORECASE)


# A killing verb, which a side's toll of any act uses ("its bomber had killed 30 soldiers").
_KILLING = re.compile(r"\bkill(?:ed|ing|s)?\b", re.IGNORECASE)


def _own_armed_act(mention: EventMention, lender: EventMention, event: list[EventMention], view: ArticleView) -> bool:
    """Whether `mention` tells an attack or a clash by a cue of its own where the act before it
    is of a weapon's class ("was among the gunmen in the attack that wounded X" after "fell in a hail
    of bullets"): a class word of the telling's own, which the weapon does not refine. Where a side
    speaks (`_side_speaks`) a killing verb is none ("X said its bomber had killed 30 soldiers" after a
    suicide bombing): there it gives that side's toll, where another source's "was also one of
    the shooters at the party that also killed Y" tells the act itself. A side that claims the act
    ("In a statement, the group claimed the attack and said four soldiers had died", after a
    grenade attack on their camp) tells its own account of it, whatever class its words give; so does
    a sentence whose subject is the act named again ("The attack began at dawn" after drones hit a
    port): its class word names the act told, not one of its own; so does a sentence that tells who
    the act's dead were ("Many of those killed were villagers who had fled fighting nearby"): its
    class words name those dead or, in a relative clause, what they had done before."""
    sentence = _spacy_sentence(mention, view)
    if _names_act_as_subject(sentence):
        return False
    text = mention.sentence.text
    if _TOLL_REFERENCE.search(text):
        text = _TOLL_REFERENCE.sub(" ", _without_relative_clauses(sentence))
    if _side_speaks(mention, event, view.article):
        if (_CLAIMS_IT.search(text) or _CLAIMS_AN_ACT.search(text)) and _BACK_REFERENCE.search(text):
            return False
        text = _KILLING.sub(" ", text)
    return mention.sub_event_type in _ARMED_ACTS and lender.sub_event_type not in _ARMED_ACTS \
        and lender.disorder_type == taxonomy.POLITICAL_VIOLENCE \
        and merge.named_by(mention.sub_event_type, cue_classes(text))


def _without_relative_clauses(sentence: SpacySpan) -> str:
    """The sentence's words but those of its relative clauses ("who had fled fighting nearby")."""
    inner = {t.i for clause in sentence if clause.dep_ == "relcl" for t in clause.subtree}
    return "".join(t.text_with_ws for t in sentence if t.i not in inner)


# The classes a weapon names ("a roadside bomb", "jets bombed", "shells hit").
_WEAPON_CLASSES = frozenset(taxonomy.BY_CODE[code].name for code in (
    "SUIC_BOMB", "CHEM_WEAP", "AIR_STRIKE", "GRENADE", "REM_EXPLOS", "ART_MISS_ATTACK"))


def _another_weapons_act(mention: EventMention, before: EventMention, event: list[EventMention]) -> bool:
    """Whether `mention` tells an act of its own by another weapon than `before`'s, with a toll
    of its own, at a place of its own ("A roadside bomb struck a truck near X on Thursday, wounding
    six, police said" after jets bombed caves near Y, as the army told it) or by the act's target
    against its doers ("it added that a helicopter gunship had bombed the fleeing raiders, killing
    40" after the raiders overran its post): however one state's police and army count as one side,
    a weapon's cue of the sentence's own and its own count make another act, not an account of
    that one."""
    if mention.sub_event_type not in _WEAPON_CLASSES or mention.sub_event_type == before.sub_event_type \
            or not merge.named_by(mention.sub_event_type, cue_classes(mention.sentence.text)) \
            or not mention.fatality_claims:
        return False
    elsewhere = merge.placed_by_itself(mention) \
        and (before.place is None or merge.same_place(mention.place, before.place) is None)
    return elsewhere or _turned_on_doers(mention, event)


def _turned_on_doers(mention: EventMention, event: list[EventMention]) -> bool:
    """Whether `mention`'s doer is the side an act of `event` was done to, and its target that
    act's doer (or unnamed fighters where that doer is an armed group): the target striking back."""
    doer, target = mention.actor1, mention.actor2
    return doer is not None and target is not None and any(
        m.actor1 is not None and m.actor2 is not None and _same_side(m.actor2.name, doer.name)
        and (_same_side(m.actor1.name, target.name)
             or _UNNAMED_ARMED.match(target.name) is not None and m.actor1.inter in _NON_STATE_ARMED) for m in event)


def _side_speaks(mention: EventMention, event: list[EventMention], article: Article) -> bool:
    """Whether a speaker of `mention` is its own doer or a side of the act told so far (`event`)."""
    sides = [mention.actor1.name] if mention.actor1 is not None else []
    sides += [name for m in event for name in _side_names(m)]
    return any(_same_side(speaker, side) for speaker in _speakers(mention, article) for side in sides)


def _lender(event: list[EventMention]) -> EventMention | None:
    """The first of an act's sentences whose class the classifier did not only guess."""
    return next((m for m in event if not merge.is_guess(m)), None)


def _rewrite_event(kept: list[EventMention], event: list[EventMention],
                   rewrite: Callable[[EventMention], EventMention]) -> None:
    """Applies `rewrite` to the mentions of `event` among `kept`, in place: the merge takes an
    event's sides from its first mention, so a side learned from a later sentence must reach the
    earlier ones."""
    kept[:] = [rewrite(m) if any(m is e for e in event) else m for m in kept]


def _event_so_far(kept: list[EventMention], before: EventMention) -> list[EventMention]:
    """`before` and the mentions before it that the merge joins to it: the act as told so far."""
    return [m for m in kept if m is before or (not m.historical and merge.merge_reason(m, before, same_article=True))]


def _joins_all(mention: EventMention, event: list[EventMention]) -> bool:
    """Whether the merge joins `mention` to every sentence of the act told so far by itself: its
    complete linkage keeps it apart where one of them disagrees (an NGO's toll with no doer joins
    both the act and the doer's own "his men had killed only informants", which gives the doer as
    an unnamed group and so disagrees with the act's named one)."""
    return all(merge.merge_reason(m, mention, same_article=True) for m in event)


def _tells_as_side(mention: EventMention, before: EventMention, event: list[EventMention], view: ArticleView) -> bool:
    """Whether `mention` is a side's account of `before`'s act (see `_accounts_of_previous`):
    its speaker is a side of the act as told so far (`event`), or, where that act lacks a side
    ("an attack on the base") or has a demonstration's crowd for one (`_CROWDS`), a side of its
    own sentence's act against one of the act's sides; or it refers back to an event, which
    blame must do (a claim of responsibility need not); or its act answers the act ("Soldiers
    returned fire and killed one of the attackers, the army said in a statement on Thursday") by
    a side of it, or where the act lacks one (police who fought off gangs that attacked a town are
    a third party: their clash is one of its own). A statement's day of its own other than the
    act's ("The army said on Wednesday that ...") leaves only the reference back: the statement
    may sum up other days ("had killed 60 extremists over the past week"), unless what it says
    was done names the act's target again (`_names_target_again`)."""
    article = view.article
    speakers = _speakers(mention, article)
    if _claims_act_back(mention):
        return True  # the claim's group speaks, and its words refer back to the act
    if not speakers:
        return False
    if _BACK_REFERENCE.search(mention.sentence.text):
        return True
    sides = [name for m in event for name in _side_names(m)]
    lacks_side = any(actor is None or actor.inter == taxonomy.UNKNOWN_ACTOR for actor in (before.actor1, before.actor2))
    if _ANSWER.search(mention.sentence.text) and mention.actor1 is not None and (
            lacks_side or any(_same_side(mention.actor1.name, side) for side in sides)):
        return True  # a side answers the act (a third party's, police fighting off gangs, is a clash of its own)
    if mention.sub_event_type == _ATTRIBUTION and merge.has_own_cue(mention) \
            and not _CLAIMS_AN_ACT.search(mention.sentence.text) \
            and (mention.actor1 is not None or mention.actor2 is not None) \
            and not _DENIAL_THEN_ACT.search(mention.sentence.text):
        # blame that names no event of the report's ("accused anarchists of ..."); a quotation
        # that names no one ('"The enemy scattered," the statement added') is no blame, nor a
        # side's own act read as blame for want of a cue ("its fighters had killed 11 members of
        # the police, a claim that could not be verified")
        return False
    own_day = when.resolve_event_date(mention.sentence.text, article.date)
    if own_day.statement_day and own_day.date is not None and own_day.date != before.date \
            and not _names_target_again(mention, event, view):
        return False
    if any(_same_side(speaker, side) for speaker in speakers for side in sides):
        return True
    own = _side_names(mention)
    crowd = before.disorder_type == taxonomy.DEMONSTRATIONS \
        and any(actor is not None and actor.inter in _CROWDS for actor in (before.actor1, before.actor2))
    if crowd and _SPEAKERS_PEOPLE.search(mention.sentence.text) \
            and any(actor is not None and actor.inter in _MET_BY_FORCE for actor in (mention.actor1, mention.actor2)) \
            and any(_same_side(other, side) for other in own for side in sides):
        return True  # the body whose supporters marched tells what the act's force did to them
    return (lacks_side or crowd) and any(
        _same_side(speaker, mine) and any(_same_side(other, side) for other in own if other != mine for side in sides)
        for speaker in speakers for mine in own)


# People a speaking body calls its own: "40 of its supporters", "their members".
_SPEAKERS_PEOPLE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:supporters|members|activists|followers)\b",
                              re.IGNORECASE)


def _names_target_again(mention: EventMention, event: list[EventMention], view: ArticleView) -> bool:
    """Whether a statement given on a day of its own tells what its speaker did to the act's
    target ("The group said on Thursday that it had shelled army barges" after "fighters shelled a
    barge on Wednesday"): a verb of what it says, dated by no words of its own, has for its object
    a noun that is the object of a verb of one of the act's sentences. Its day is the statement's,
    not the act's; an object that is no target of the act ("had killed 40 fighters" after fighters
    stormed a post) or a count over days of its own ("over the past week") tells something else."""
    own = _spacy_sentence(mention, view)
    contents = [a.content for a in claims_module.find_attributions(own) if a.content.root.pos_ in {"VERB", "AUX"}]
    said = {lemma for content in contents if not when.find_time_expressions(span_text(content), view.article.date)
            for lemma in _objects(content)}
    return bool(said) and any(said & _objects(_spacy_sentence(m, view)) for m in event)


def _spacy_sentence(mention: EventMention, view: ArticleView) -> SpacySpan:
    start = mention.sentence.start
    return next((s for s in view.sentences if s.start_char <= start < s.end_char), view.sentences[0])


# Prepositions whose object a verb of violence is aimed at: "fired at a boat", "an attack on the base".
_AIMED = frozenset({"at", "on", "against"})


def _objects(span: SpacySpan) -> set[str]:
    """The lemmas of the common nouns in `span` that are a direct object or the object of an
    "at", "on" or "against" ("fired rockets at a boat": rocket, boat), whatever word the parser
    hangs the phrase on."""
    return {token.lemma_.lower() for token in span if token.pos_ == "NOUN" and (
        token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.lower_ in _AIMED)}


# A side that denies one thing and tells its own act ("The army denied targeting civilians and said
# it had struck rebel positions"): its account of the act, not blame.
_DENIAL_THEN_ACT = re.compile(
    r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses)\b[^.;]*?\band\s+(?:said|says)\b", re.IGNORECASE)


# A demonstration's crowd, which no name makes a side: the party or union whose supporters
# marched speaks for it ("the party said 14 of its supporters had been shot dead by police").
_CROWDS = frozenset({taxonomy.PROTESTERS, taxonomy.RIOTERS})


def _side_names(mention: EventMention) -> list[str]:
    return [a.name for a in (mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2)
            if a is not None and a.inter != taxonomy.UNKNOWN_ACTOR]


def _same_side(one: str, other: str) -> bool:
    if one == other:
        return True
    first, second = _STATE_ACTOR.match(one), _STATE_ACTOR.match(other)
    return first is not None and second is not None and first["country"] == second["country"]


def _dated_by_statement(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A sentence dated only by its statement's day ("The army said on Tuesday that troops had
    clashed with ...") took the lead's date (`_lead_date`), which is right when it goes on
    telling the lead's event ("Amnesty said on Tuesday that 19 bodies had been recovered"). When
    it tells another event (one the merge keeps apart from the lead's: another act, other sides
    or another place) the lead's date is another event's, and the statement's day, the latest
    the event can have happened, dates it. One that refers back to an event ("recovered a
    handgun following the incident, the station reported Tuesday") or answers one ("Soldiers
    returned fire, the army said on Monday") tells the lead's, and keeps its date; but an arrest
    in connection with it ("said on Thursday that officers had arrested 11 suspects in
    connection with the killings") is a step of its own, taken by the statement's day."""
    main, article = main_mention(mentions), view.article
    starts = view.starts
    dated: list[EventMention] = []
    for index, mention in enumerate(mentions):
        evidence = mention.date_evidence
        lead = next((m for m in mentions if evidence is not None and m.sentence.start <= evidence.start < m.sentence.end),
                    None) if mention is not main and not mention.historical else None
        own = when.resolve_event_date(mention.sentence.text, article.date) if lead is not None \
            and lead is not mention and merge.merge_reason(lead, mention, same_article=True) is None \
            and not (_refers_back(mention.sentence.text) and mention.sub_event_type != _ARRESTS) else None
        if own is not None and own.statement_day and own.date is not None:
            mention = replace(mention, date=own.date, time_precision=own.time_precision,
                              date_evidence=_shifted(own.expression, mention.sentence.start))
        elif index and dated[-1] is not mentions[index - 1] and mention is not main and not mention.historical:
            # The sentence before was just re-dated: one that took its day from it ("The army said
            # on Wednesday it had retaken the town. Later that day, a drone struck ...") follows.
            mention = _redated_after(mention, mentions[index - 1], dated[-1], starts, article)
        dated.append(mention)
    return dated


def _redated_after(mention: EventMention, old: EventMention, new: EventMention, starts: Sequence[int],
                   article: Article) -> EventMention:
    """`mention` dated from `new`, the re-dated `old`, if it took its day from `old` as a sentence
    going on telling its event (`_continuing_previous`): `old`'s date evidence, or a day its own
    words count from `old`'s ("Later that day"); else `mention` as it was. One that refers back to
    an event ("claimed the attack") tells the act the report opened with, as `_dated_by_statement`
    has it, and keeps that act's day."""
    if old.historical or _sentences_between(starts, old.sentence.start, mention.sentence.start) > CONTINUATION_GAP \
            or mention.sentence.text.lower().startswith(_NEW_THREAD_OPENINGS) \
            or _refers_back(mention.sentence.text):
        return mention
    if mention.date_evidence == old.date_evidence:
        return replace(mention, date=new.date, time_precision=new.time_precision, date_evidence=new.date_evidence)
    counted = _dated_relative_to(mention, old, article)
    if counted is not None and counted.date == mention.date and counted.date_evidence == mention.date_evidence:
        return _dated_relative_to(mention, new, article) or mention
    return mention


# A sentence's words that refer back to an event told before: "in the incident", "that shooting".
_BACK_REFERENCE = re.compile(rf"\b(?:the|that)\s+{_EVENT_NOUN}\b", re.IGNORECASE)
# Words that tell the answer to an act told before ("Soldiers returned fire", "fought back",
# "repelled the attackers"; not "repelled an attack": one of its own), on that act's day.
_ANSWER = re.compile(r"\b(?:return(?:ed|ing)\s+fire|fired\s+back|fought\s+back)\b"
                     r"|\b(?:repell?(?:ed|ing)|repuls(?:ed|ing)|fought\s+off|beat\s+back)\s+(?:the|them)\b",
                     re.IGNORECASE)


def _refers_back(text: str) -> bool:
    """Whether a sentence refers back to an event told before, or tells the answer to one."""
    return _BACK_REFERENCE.search(text) is not None or _ANSWER.search(text) is not None


# A month named bare ("in March"), not with its year or counted from now ("March 2025", "last month").
_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_YEAR_OR_DEICTIC = re.compile(r"\d{4}|\b(?:this|next|last|coming|past)\b", re.IGNORECASE)
# How close to the article date the main event must be for the report to be about the present.
_PRESENT_DAYS = 14


def _earlier_months_apart(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A mention other than the main one that its own words date by a bare month before the
    article's ("abducted two aid workers near X in March, the UN said" told in May), beside a main
    event of the present days, is background: historical. The same sentence told as a report's
    own event (a follow-up of a shooting in March) stays news, which is why this is decided here,
    over the article, and not by the date resolver, which reads one sentence."""
    main, article_date = main_mention(mentions), view.article.date
    if main is None or main.historical or article_date is None or main.date is None \
            or (article_date - main.date).days > _PRESENT_DAYS:
        return mentions
    month = article_date.isoformat()[:7]
    return [replace(mention, historical=True) if mention is not main and not mention.historical
            and mention.sentence != main.sentence and merge.dated_by_itself(mention)
            and _dated_by_earlier_month(_own_date_of(mention, view), month) else mention for mention in mentions]


def _dated_by_earlier_month(resolved: when.ResolvedDate, month: str) -> bool:
    """Whether `resolved` is a bare month before `month` (YYYY-MM), not a statement's day."""
    expression = resolved.expression
    return expression is not None and not resolved.statement_day and bool(_MONTH_VALUE.fullmatch(expression.value)) \
        and expression.value < month and not _YEAR_OR_DEICTIC.search(expression.text)


def _continuing_history(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A sentence right after one that tells a past event, which refers back to an event ("Six
    people were wounded in the incident") and gives no date or place of its own, goes on
    telling that past event: historical too, so its toll stays out of the report's own event. So
    does one that took its date from the past event's sentence and names no place of its own
    ("The group said the same unit had also burned a grain store")."""
    main, text = main_mention(mentions), view.article.text
    kept: list[EventMention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if before is not None and before.historical and not mention.historical and mention is not main \
                and not text[before.sentence.end : mention.sentence.start].strip() \
                and not merge.dated_by_itself(mention) \
                and (_refers_back(mention.sentence.text) and (mention.place is None or mention.place.evidence is None)
                     or mention.date_evidence is not None and mention.date_evidence == before.date_evidence
                     and not merge.placed_by_itself(mention)):
            mention = replace(mention, historical=True)
        kept.append(mention)
    return kept


def _own_date_of(mention: EventMention, view: ArticleView) -> when.ResolvedDate:
    """The date the words of a mention's sentence give its act (`_own_date`)."""
    parsed = next((sentence for sentence in view.sentences if sentence.end_char == mention.sentence.end), None)
    if parsed is None:
        return when.resolve_event_date(mention.sentence.text, view.article.date)
    return _own_date_in(parsed, view)


def _own_date_in(sentence: SpacySpan, view: ArticleView) -> when.ResolvedDate:
    """`_own_date` of one of the article's sentences, worked out once per sentence (each of its
    mentions, and the passes after, ask for it)."""
    resolved = view.own_dates.get(sentence.end_char)
    if resolved is None:
        resolved = view.own_dates[sentence.end_char] = _own_date(sentence, view.article.date)
    return resolved


def _recalls_other(text: str, main: EventMention, own: when.ResolvedDate) -> bool:
    """Whether a sentence tells an incident other than `main`: it names another one and not
    `main` itself ("another shooting", "the previous month"), or dates its event by a month or a
    year (its own words, `own`: `_own_date`) that does not hold the day of `main` ("last month"
    beside "Monday")."""
    if (_OTHER_EVENT.search(text) or _OTHER_TIME.match(text)) and not _THE_EVENT.search(text):
        return True
    return own.expression is not None and own.time_precision >= 3 and main.time_precision <= 2 \
        and main.date is not None and not _holds(own.expression, main.date)


def _holds(expression: when.TimeExpression, day: dt.date) -> bool:
    """Whether a month or a year an expression names (its TIMEX value) holds `day`."""
    value = expression.value
    if re.match(r"\d{4}-\d{2}\b", value):
        return day.isoformat()[:7] == value[:7]
    if re.match(r"\d{4}\b", value):
        return day.year == int(value[:4])
    return True  # a season, a decade or "PAST_REF": nothing to tell them apart


# A recalled event and the relative clause that gives its toll: "a shooting last month that
# killed two", "a July 2014 shooting that left a girl dead", "an incursion late last month that
# killed 70", "another attack, killing 12".
_RECALLED = re.compile(
    rf"\b(?P<phrase>(?:an?|another|last\s+\w+'s)\s+(?:[\w,-]+\s+){{0,4}}?(?:{_EVENT_NOUN}|{_RUN})\b"
    rf"(?:\s+[\w-]+){{0,5}}?)"
    rf"\s*,?\s+(?:that|which|in\s+which|killing|leaving|wounding)\b"
    rf"(?:(?!\b(?:but|and\s+(?:on|then))\b)[^;.]){{0,80}}$",  # up to the figure, in that clause
    re.IGNORECASE)


def _of_other_incident(text: str, at: int, day: dt.date | None, words: when.TimeExpression | None,
                       article_date: dt.date | None) -> bool:
    """Whether the figure at `at` of a sentence is the toll of an event the sentence only
    recalls: it follows an event phrase and its relative clause, the phrase naming another
    event or dated apart from the sentence's own event (`day`, which the sentence's own `words`
    give, if any, else its lead): neither by those words nor by a day, week or month that holds `day`."""
    match = _RECALLED.search(text, 0, at)
    if match is None:
        return False
    phrase = match["phrase"]
    if _OTHER_EVENT.search(phrase):
        return True
    recalled = when.resolve_event_date(phrase, article_date).expression
    if recalled is None or (words is not None and match.start("phrase") <= words.start < match.end("phrase")):
        return False  # undated, or the sentence's own event dated in that phrase
    if recalled.historical or day is None:
        return recalled.historical
    if recalled.time_precision >= 3:
        return not _holds(recalled, day)
    return recalled.date is not None and abs((recalled.date - day).days) > PHRASE_DAYS[recalled.time_precision]


# How far a recalled event's day or week may lie from the sentence's own date and still be it.
PHRASE_DAYS = {1: 1, 2: 7}


# Where a headline's own words end and the site's name begins: "Man shot in Tulsa - KTUL News",
# "Man Shot In Tulsa « KTUL News".
_HEADLINE_TAIL = re.compile(r"\s+[|–—«-]\s+.*$")


def _with_headline_place(mentions: list[EventMention], article: Article, places: Sequence[Place],
                         headline: Callable[[], list[Place]]) -> list[EventMention]:
    """A headline names the town of its event ("Man shot in Tulsa"): when the article's main
    event has no place, or only a state or country, the finest place the headline names
    (resolved with the article as context) inside that state or country is its place; when
    it has only a county, a town the headline names inside that county is."""
    main = main_mention(mentions)
    own = main.place if main is not None else None
    inherited = own is not None and own.evidence is None and own.feature == "city"
    if main is None or not article.title or (
            own is not None and own.feature not in COARSE_FEATURES | {"admin2"} and not inherited):
        return mentions
    place = _headline_place(article, headline())
    if place is None or place.feature in COARSE_FEATURES:
        return mentions
    if not (_names_town_of(place, own, places) if inherited else _refines(place, own)):
        return mentions
    return [replace(m, place=place) if m is main else m for m in mentions]


def _refines(place: Place, own: Place | None) -> bool:
    """Whether a headline's place is finer than the event's own and inside it: a town in its
    county, or anything but a county in its state or country."""
    if own is not None and own.feature == "admin2":
        return place.feature == "city" and place.lies_in(own)
    return _within(place, own)


def _names_town_of(place: Place, own: Place, body: Sequence[Place]) -> bool:
    """Whether a headline's town, named in the text too, beats the town the main event only
    inherits from the article's focus (often the dateline's city, where the report was filed)."""
    return place.feature == "city" and place.evidence is not None and place.geonameid != own.geonameid \
        and place.geonameid in {p.geonameid for p in body} and (place.iso, place.admin1) == (own.iso, own.admin1)


def _with_dateline_place(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """A dateline names the town the report is filed from, usually its event's: the article's
    main event takes it when its own place is only inherited, coarser than a town, or in
    another state (a town the report names in the dateline's state is kept)."""
    main, dateline = main_mention(mentions), view.placing.dateline
    if main is None or dateline is None:
        return mentions
    own = main.place
    if own is not None and own.iso == dateline.iso and own.admin1 == dateline.admin1 and (
            own.feature == "city" or own.feature == dateline.feature) and (
            own.evidence is not None or own.geonameid != dateline.geonameid):
        return mentions
    return [replace(m, place=dateline) if m is main else m for m in mentions]


# How far from a city's centre a part of it the gazetteer lists as a town may lie, and how much
# larger than that part the city is ("Point Breeze" and "Rogers Park" are listed as towns).
NEIGHBOURHOOD_KM = 20.0
NEIGHBOURHOOD_SHARE = 10


def _in_served_city(mentions: list[EventMention], view: ArticleView, gazetteer: Gazetteer,
                    headline_places: Callable[[], list[Place]]) -> list[EventMention]:
    """A city's police or officials work within it ("shot in Midtown, Springfield police said"):
    when the main event's town lies within 20 km of a city, at least ten times its size in the
    same state, whose own police or officials the article quotes, or that the headline names
    ("Springfield shooting victims crash into house in Midtown"), or any city the article names
    when it calls the town a neighbourhood ("the Midtown section"), the town is a neighbourhood
    of that city, and the city is the place of every mention placed in the town (the event's
    other reports among them), as incident registers record it."""
    main = main_mention(mentions)
    own = main.place if main is not None else None
    if own is None or own.feature != "city" or own.geonameid is None:
        return mentions
    town = gazetteer.place(own.geonameid)
    policed = _policed(view)
    if town is None or own.geonameid in policed:  # "Brown Deer police": a town of its own
        return mentions
    called_part = _called_neighbourhood(own, view)
    headline = headline_places()
    headlined = {p.geonameid for p in headline}
    for place in [*view.placing.places, *headline]:
        if (place.feature == "city" and (called_part or place.geonameid in policed or place.geonameid in headlined)
                and place.geonameid != own.geonameid
                and place.iso == own.iso and place.admin1 == own.admin1
                and haversine_km(place.latitude, place.longitude, own.latitude, own.longitude) <= NEIGHBOURHOOD_KM):
            city = gazetteer.place(place.geonameid)
            if city is not None and city.population >= NEIGHBOURHOOD_SHARE * town.population:
                # Every mention placed in that part of the city is placed in the city.
                return [replace(m, place=replace(place, geo_precision=m.place.geo_precision, evidence=m.place.evidence))
                        if m.place is not None and m.place.geonameid == own.geonameid else m for m in mentions]
    return mentions


_NEIGHBOURHOOD_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|section)\b", re.IGNORECASE)


def _called_neighbourhood(town: Place, view: ArticleView) -> bool:
    """Whether the article calls the town a part of a city ("the Midtown neighborhood")."""
    text = view.article.text
    return any(_NEIGHBOURHOOD_AFTER.match(text[p.evidence.end : p.evidence.end + 20])
               for p in view.placing.places if p.evidence and p.geonameid == town.geonameid)


def _policed(view: ArticleView) -> set[int | None]:
    """The towns whose own police or officials the article quotes ("Springfield police said"),
    with one coordinated before such a town ("the Shelby and Springfield police")."""
    text, places = view.article.text, [p for p in view.placing.places if p.evidence]
    policed = set()
    for index, place in enumerate(places):
        if read_cues(text, place.evidence.start, place.evidence.end).institution:
            policed.add(place.geonameid)
            before = places[index - 1] if index else None
            if before is not None and text[before.evidence.end : place.evidence.start].strip() == "and":
                policed.add(before.geonameid)
    return policed


def _within(place: Place, region: Place | None) -> bool:
    if region is None:
        return True
    return place.iso == region.iso and (region.feature != "admin1" or place.admin1 == region.admin1)


def _headline_places(article: Article, gazetteer: Gazetteer) -> list[Place]:
    """The places the headline names, resolved with the article as context (their evidence is
    the text's, or the headline's words where the text lacks them)."""
    if not article.title:
        return []
    headline = _HEADLINE_TAIL.sub("", article.title)
    toponyms = where.recognise_headline(headline, article.text, gazetteer)
    places = [where.resolve_toponym(headline[t.start:t.end], article, gazetteer) for t in toponyms if not t.demonym]
    return [p for p in places if p is not None]


def _headline_place(article: Article, headline_places: list[Place]) -> Place | None:
    """The finest of the headline's places (`_headline_places`) that it names as where something
    happened, not as someone's home ("Springfield Man Arrested For Shooting At Shelbyville Store")."""
    headline = article.title or ""
    places = [p for p in headline_places if p.evidence is None or not re.search(
        re.escape(p.evidence.text) + HOME_NOUN_AFTER.pattern, headline, re.IGNORECASE)]
    if not places:
        return None
    finest = min(places, key=lambda p: FEATURE_RANK.get(p.feature, 6))
    evidence = finest.evidence
    in_text = evidence is not None and article.text[evidence.start:evidence.end] == evidence.text
    return finest if in_text else replace(finest, evidence=None)


def _with_headline_figures(mentions: list[EventMention], article: Article) -> list[EventMention]:
    """The headline's casualty figures belong to the article's main event: headlines carry the
    toll ("3 dead, 1 hurt in ...") that the body often spreads over several sentences or never
    repeats; one that another present-day mention of the body gives, and the main one does not, is
    that mention's where the main event is no act of violence (a protest, a riot) or gives its own
    figure of that kind. The headline is not part of the text, so their evidence is an empty span
    at 0 holding the words of the headline (as `toll.headline_prose` rewrites them)."""
    main = main_mention(mentions)
    prose = toll.headline_prose(article.title) if main is not None and article.title else ""
    figures = toll.find_tolls(prose) if prose else []
    # A figure another present-day event of the body gives is that event's, repeated, where no act
    # of violence leads the report ("...; two officers shot dead" over a lead on blockades and a
    # sentence telling the officers' deaths in a riot) or where the lead counts its own dead of
    # that kind otherwise ("drone strike kills 12" over a lead whose attack killed eight soldiers
    # and a later sentence's strike that killed 12).
    told = {(f.kind, f.figure) for m in mentions if m is not main and not m.historical for f in m.fatality_claims
            } if main is not None else set()
    own = {f.kind for f in main.fatality_claims} if main is not None and _is_act(main) else None
    figures = [f for f in figures if (f.kind, f.figure) not in told or (own is not None and f.kind not in own)
               or any((c.kind, c.figure) == (f.kind, f.figure) for c in main.fatality_claims)]
    if not figures:
        return mentions
    claimant = main.claims[0].claimant if main.claims else article.outlet
    headline = tuple(
        FatalityClaim(figure.figure, figure.kind, claimant, Span(0, 0, prose[figure.start:figure.end]), article.id,
                      figure.lower_bound, figure.approximate, figure.cue)
        for figure in figures
    )
    return [replace(m, fatality_claims=headline + m.fatality_claims) if m is main else m for m in mentions]


def _mentions(view: ArticleView, context: ExtractContext) -> list[EventMention]:
    """Every event mention the article reports, in text order."""
    sentences = view.sentences
    texts = [span_text(sentence) for sentence in sentences]
    labels = in_report(texts, context.classifier.classify(texts))
    mentions: list[EventMention] = []
    for index, (sentence, label) in enumerate(zip(sentences, labels)):
        attributions = claims_module.find_attributions(sentence)
        tolled = None
        if label.code == NONE or label.code not in taxonomy.BY_CODE:
            background = background_cue(span_text(sentence), view.article.date)
            tolled = _toll_of_previous(mentions, sentence, attributions, view) if background is None else None
            if background is None and tolled is None:
                _attach_accounts(mentions, sentence, attributions, view, index)
                continue
            label = background or tolled
        trigger = _trigger(sentence, label)
        mention = _mention(view, index, sentence, label, trigger, attributions)
        if mention is None:
            _attach_accounts(mentions, sentence, attributions, view, index)
        else:
            if tolled is not None:
                mention = _toll_of_act(mention, mentions[-1])
            elif label.told_before and mentions and mentions[-1].sentence.end == sentences[index - 1].end_char:
                mention = _telling_act_before(mention, mentions[-1])
            mentions.append(_placed_as_before(mention, mentions, sentences[index - 1] if index else None))
    return mentions


def _telling_act_before(mention: EventMention, act: EventMention) -> EventMention:
    """`mention`, whose class `in_report` lent from `act`, the act of the sentence just before (its day and
    manner told: "The lorry was struck outside X late on Friday"), as part of that act: a side its
    sentence does not name is the act's (where that is not its other side), and its place is the act's
    unless the sentence names another (the act's may be this sentence's town already, `_refined`)."""
    actor1 = mention.actor1 or (act.actor1 if act.actor1 != mention.actor2 else None)
    actor2 = mention.actor2 or (act.actor2 if act.actor2 != actor1 else None)
    own, lent = mention.place, act.place
    named = own is not None and own.evidence is not None and (
        lent is None or lent.evidence is None or (own.evidence.start, own.evidence.end) != (lent.evidence.start, lent.evidence.end))
    return replace(mention, actor1=actor1, actor2=actor2, place=own if named or lent is None else lent,
                   assoc_actor_1=mention.assoc_actor_1 if mention.actor1 else act.assoc_actor_1,
                   assoc_actor_2=mention.assoc_actor_2 if mention.actor2 else act.assoc_actor_2)


# A toll told as a figure someone gives: "put the toll at seven", "gave a toll of nine dead", "the death toll rose to
# 12", "put the number of dead at 31", "16 bodies had been recovered" (a search after the act).
_TOLL_GIVEN = re.compile(r"\btoll\b|\b(?:number|count)\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|(?:[\w-]+\s+)?killed)\b"
                         r"|\bbodies\s+(?:had\s+|have\s+|were\s+)?(?:been\s+)?recovered\b"
                         r"|\b(?:put|puts|putting|gave|gives)\s+(?:its|their|his|her)\s+(?:own\s+)?losses\s+at\b", re.IGNORECASE)


def _toll_of_previous(mentions: list[EventMention], sentence: SpacySpan, attributions: list[claims_module.Attribution],
                      view: ArticleView) -> Classification | None:
    """The class of the act told just before a sentence the classifier passed over that only
    gives that act's toll ("A police report put the toll at seven", "The ministry gave a toll of
    nine dead and 27 wounded", or a speaker's count of who died: `_says_who_died`): such a sentence
    tells the act, a source's count of its victims that stands beside the others (ACLED takes the
    lowest credible one). The act must be a
    present-day one of a class that has tolls (`_TOLLED_DISORDERS`), at most `CONTINUATION_GAP`
    sentences before; the label's cue is the sentence's first figure. The sentence takes the act's
    class, sides, day and place (a place it names is the source's: "the Tripoli-based ministry")."""
    if not mentions or not _may_be_tolled(mentions[-1], sentence.start_char, view.starts):
        return None
    text = span_text(sentence)
    given = _TOLL_GIVEN.search(text) is not None
    figures = [f for f in toll.find_tolls(text) if f.kind == "killed"]
    if not (given and _gives_toll(text, [f.end for f in figures])
            or _says_who_died(text, figures, sentence.start_char, attributions, view.article.date)):
        return None
    before = mentions[-1]
    return Classification(taxonomy.BY_NAME[before.sub_event_type].code, before.confidence, (figures[0].start, figures[0].end))


# A count of the dead ("fourteen residents", "a man"), not a victim told by name ("Pamela Moore
# also died" adds no count of its own to one that already holds her).
_COUNTED_FIGURE = re.compile(rf"(?:(?:{toll.QUALIFIER_WORDS})\s+)?(?:{toll.NUMBER}|an?)\b", re.IGNORECASE)


def _says_who_died(text: str, figures: Sequence[toll.TollFigure], offset: int,
                   attributions: list[claims_module.Attribution], day: dt.date | None) -> bool:
    """Whether a sentence is a speaker's count of who died (its first figure of the dead lies in
    what a named source says: "The mayor told a radio station that fourteen residents had died";
    a count, not a victim's name: `_COUNTED_FIGURE`),
    told as who died (not as what someone did: "said troops had killed three"), naming no doer
    ("killed by youths"), no time of its own and no other event (`_OTHER_EVENT`)."""
    if not figures:
        return False
    first = figures[0]
    return _COUNTED_FIGURE.match(text[first.start:first.end]) is not None and _DONE_FIGURE.match(
        text[first.start:first.end]) is None and any(
        a.source is not None and a.content.start_char - offset <= first.start < a.content.end_char - offset
        for a in attributions) and _BY_DOER.search(text) is None and _OTHER_EVENT.search(text) is None \
        and not when.find_time_expressions(text, day)


def _placed_as_before(mention: EventMention, before: list[EventMention], previous: SpacySpan | None) -> EventMention:
    """An event sentence that names no place goes on telling the event of the sentence just
    before it ("... stormed the town of X on Friday. Soldiers repelled the attackers"): it takes
    that sentence's town rather than the article's main place when the main place is coarser
    than a town or lies in another state."""
    own = mention.place
    if not before or previous is None or own is None or own.evidence is not None or mention.historical:
        return mention  # a past event the sentence recalls is not the one told before it
    last = before[-1]
    if last.sentence.start != previous.start_char or last.historical or last.place is None \
            or last.place.evidence is None or last.place.feature != "city" \
            or (own.feature == "city" and (own.iso, own.admin1) == (last.place.iso, last.place.admin1)):
        return mention
    return replace(mention, place=replace(last.place, evidence=None))


def _coordinated_speakers(attribution: claims_module.Attribution | None) -> list[claims_module.Attribution]:
    """Each further speaker of "Residents and the local militia said ..." as its own attribution:
    the claim built from the whole source names only the first."""
    if attribution is None or attribution.source is None:
        return []
    source, doc = attribution.source, attribution.source.doc  # the source span may stop at "and"
    return [replace(attribution, source=doc[c.left_edge.i : c.right_edge.i + 1], parsed_as=None)
            for c in source.root.conjuncts if c.pos_ in ("NOUN", "PROPN")]


def _contrasted_speakers(holding: claims_module.Attribution | None,
                         attributions: list[claims_module.Attribution]) -> list[claims_module.Attribution]:
    """The other speaker of "The army said it repelled the attack, but the rebels said they
    overran the post" (or "..., while the rebels said ..."): an asserting attribution whose cue is
    set against the holding one's (claims.contrasted) tells the same event in its own words."""
    if holding is None or holding.cue.lemma_.lower() not in claims_module.SPEECH_LEMMAS:
        return []
    return [a for a in attributions
            if a is not holding and a.source is not None and a.stance == "asserts"
            and a.cue.lemma_.lower() in claims_module.SPEECH_LEMMAS and claims_module.contrasted(holding, a)]


CONTINUATION_GAP = 1  # sentences: a remark between an event and its next sentence ("The convoy was ...")
# Openings that turn the narrative to another event or time: such a sentence does not go on
# telling the event before it ("Earlier, a group issued a message ...", "Separately, ...").
_NEW_THREAD_OPENINGS = ("earlier", "meanwhile", "separately", "elsewhere", "in a separate", "in another")
# Those of them that turn to another story, not to another time of the same one ("Earlier, ...",
# "Meanwhile, ..." are told against the lead's day): "Separately, ...", "In a separate incident";
# not another statement of the same story ("In a separate statement, the army said ...").
_OTHER_STORY = re.compile(r"^\W*(?:separately|elsewhere|in\s+(?:a\s+separate|an\s+unrelated|another)\b"
                          r"(?!\s+(?:statements?|interviews?|posts?|messages?|videos?|briefings?|comments?|remarks?)\b))",
                          re.IGNORECASE)


def _after_a_turn(view: ArticleView, index: int) -> bool:
    """Whether sentence `index`, or one before it, turns the report to another story
    ("Separately, ...", "Elsewhere, ..."): from there on the lead's day is not known to date
    what is told (`_lead_date`)."""
    return any(_OTHER_STORY.match(span_text(sentence)) is not None
               for sentence in view.sentences[:index + 1])


def _continuing_previous(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """An event sentence that gives no date of its own goes on telling the event of the event
    sentence just before it (at most `CONTINUATION_GAP` sentences between), as reports of
    several events tell each one in a run of sentences ("Drones struck the village of X on
    Tuesday. A community leader said 14 people were killed"): it takes that event's date, not
    the lead's, and its place when it names none of its own (or only a coarser one, or one
    outside the article's main state: `_placed_as_before`). A sentence dated only relative to the
    narrative ("A day later, fighters stormed ...", "Two days earlier") is dated from that
    event's day. Background events neither continue nor are continued."""
    article, starts = view.article, view.starts
    kept: list[EventMention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if before is not None and before.historical and _counts_from_narrative(mention, article):
            # "Hours later, ..." after a past the report recalls ("had held the camp since 2021")
            # counts from the present-day act told before that recall.
            before = next((m for m in reversed(kept) if not m.historical), None)
        if before is not None and before.date is not None and _near_and_present(mention, before, starts) \
                and not mention.sentence.text.lower().startswith(_NEW_THREAD_OPENINGS) \
                and (not merge.dated_by_itself(mention)
                     or when.resolve_event_date(mention.sentence.text, article.date).statement_day):
            mention = _continued(mention, before, article)
        kept.append(mention)
    return kept


def _dated_by_next_telling(mentions: list[EventMention], view: ArticleView) -> list[EventMention]:
    """An act that gives no day of its own, dated by a sentence further on ("Raiders have shot dead
    nine traders at a market ...", `_lead_date`), takes the day of the sentence right after it when
    that one tells an act of the same class, at no other place, on a day of its own ("Men loyal to
    the X swept into the market on Friday afternoon, ..."): the report names its event first and
    dates it right after, while a day told later ("in a raid on Saturday") is another act's.
    (`_lead_date` finds that next day only by the class's cue word, which such a telling often lacks.)"""
    kept = list(mentions)
    for index, (mention, following) in enumerate(zip(mentions, mentions[1:])):
        evidence = mention.date_evidence
        if evidence is not None and evidence.start >= following.sentence.end and not mention.historical \
                and not following.historical and following.sub_event_type == mention.sub_event_type \
                and _place_agrees(following, mention) \
                and _sentences_between(view.starts, mention.sentence.start, following.sentence.start) == 0 \
                and following.time_precision == 1 and _dated_as_act(following, view) \
                and not _tells_another(following) and not _OTHER_STORY.match(following.sentence.text):
            kept[index] = replace(mention, date=following.date, time_precision=following.time_precision,
                                  date_evidence=following.date_evidence)
    return kept


def _counts_from_narrative(mention: EventMention, article: Article) -> bool:
    """Whether the mention's sentence dates its event only from the narrative's day ("Hours
    later", "A day later")."""
    return bool(when.narrative_shifts(mention.sentence.text, article.date))


def _sentences_between(starts: Sequence[int], first: int, last: int) -> int:
    """How many sentences (`starts`: the article's sentence starts) begin strictly between the
    characters `first` and `last`."""
    return sum(1 for start in starts if first < start < last)


def _near_and_present(mention: EventMention, before: EventMention, starts: Sequence[int]) -> bool:
    """Whether `mention` may go on telling `before`'s event, the mention just before it: neither
    is a background event, and at most `CONTINUATION_GAP` sentences lie between them (`starts`:
    the article's sentence starts)."""
    return not before.historical and not mention.historical \
        and _sentences_between(starts, before.sentence.start, mention.sentence.start) <= CONTINUATION_GAP


def _goes_on_telling(mention: EventMention, before: EventMention, starts: Sequence[int]) -> bool:
    """Whether `mention` goes on telling the present-day event of `before` (`_near_and_present`)
    and the merge joins the two."""
    return _near_and_present(mention, before, starts) \
        and merge.merge_reason(before, mention, same_article=True) is not None


def _continued(mention: EventMention, before: EventMention, article: Article) -> EventMention:
    """`mention` as a further sentence about `before`'s event, or dated relative to it."""
    relative = _dated_relative_to(mention, before, article)
    if relative is not None:
        return relative
    own, previous = mention.place, before.place
    if own is not None and own.evidence is not None:
        if mention.sentence.start <= own.evidence.start < mention.sentence.end:
            if not _contains(own, previous):
                return mention  # a place of its own: another event, or the same one told from elsewhere
            if previous is not None and own.geonameid == previous.geonameid:
                previous = own  # the same place named again: its own words, and their precision
        elif previous is None or (previous.iso, previous.admin1) != (own.iso, own.admin1):
            # A town a later sentence names inside the region this one names (`_refined`), and
            # the previous event lies outside that region: another event.
            return mention
        place = previous
    else:
        # A village or town the sentence before names as one ("a raid on the village of X") beats
        # the article's main place a sentence only inherits, even one as fine.
        named = previous is not None and previous.evidence is not None and named_as_settlement(previous, article.text)
        place = own if own is not None and not named and not _coarser_or_apart(own, previous) else previous
    return replace(mention, date=before.date, time_precision=before.time_precision,
                   date_evidence=before.date_evidence, place=place)


def _dated_relative_to(mention: EventMention, before: EventMention, article: Article) -> EventMention | None:
    """`mention` dated from `before`'s day by the words of its sentence that count from the
    narrative's day ("A day later", "Two days earlier", "Later that day"), if it has any; one
    that says the event told before came days after its own act ("The strike came a day after
    fighters captured a camp") dates that act as many days before."""
    came = _CAME_AFTER.search(mention.sentence.text)
    if came is not None and before.date is not None and before.time_precision == 1:
        days = _COUNTS.get(came["count"].lower()) or int(came["count"])
        start, end = came.start("count"), came.end()
        offset = mention.sentence.start
        return replace(mention, date=before.date - dt.timedelta(days=days), time_precision=1,
                       date_evidence=Span(offset + start, offset + end, mention.sentence.text[start:end]))
    relative = next(iter(when.narrative_shifts(mention.sentence.text, article.date)), None)
    if relative is None or article.date is None or before.date is None:
        return None
    day = min(before.date + (relative.date - article.date), article.date)
    return replace(mention, date=day, time_precision=max(relative.time_precision, before.time_precision),
                   date_evidence=_shifted(relative, mention.sentence.start))


# "The strike came a day after ...", "The raid took place two days after ...": the event the
# sentence refers back to followed its own act by that many days.
_COUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_CAME_AFTER = re.compile(rf"^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?{_EVENT_NOUN}\s+"
                         rf"(?:came|happened|occurred|took\s+place|followed)\s+"
                         rf"(?P<count>a|one|the|two|three|four|five|six|\d)\s+days?\s+after\b")


def _contains(region: Place, place: Place | None) -> bool:
    """Whether `place` is `region` or lies in it (a county or state the sentence names only as a
    source's: "the police chief of Cauca said")."""
    if place is None:
        return False
    if region.geonameid is not None and region.geonameid == place.geonameid:
        return True
    if region.feature == "country":
        return place.iso == region.iso
    return FEATURE_RANK.get(region.feature, 6) > FEATURE_RANK.get(place.feature, 6) and place.lies_in(region)


def _coarser_or_apart(own: Place, other: Place | None) -> bool:
    """Whether the article's main place a sentence inherits is coarser than `other` or lies in
    another state, so that `other`, the previous event's, is the better guess."""
    if other is None:
        return False
    return FEATURE_RANK.get(own.feature, 6) > FEATURE_RANK.get(other.feature, 6) \
        or (own.iso, own.admin1) != (other.iso, other.admin1)


def _view(article: Article, doc: Doc, sentences: list[SpacySpan], context: ExtractContext) -> ArticleView:
    placing = read_places(article, doc, context.gazetteer)
    actors = build_context(doc, placing.country)
    return ArticleView(
        article=article,
        doc=doc,
        sentences=sentences,
        actors=actors,
        placing=placing,
        generic_sources=claims_module.posted_by(doc, actors),
        partners=claims_module.joint_with(doc, actors),
    )


def background_cue(text: str, article_date: dt.date | None) -> Classification | None:
    """A sentence the classifier passed over that names a past event by its cue and dates it
    as history ("the invasion launched in February last year") yields a historical mention of
    the cue's class, unless the cue's class there tells nothing ACLED codes (`tells_no_event`:
    "clashes between the clans have uprooted 40,000 villagers")."""
    # The cue first: most sentences have none, and the classifier's scan of it is cached.
    cue = first_cue(text)
    if cue is None or tells_no_event(text, cue) or not when.resolve_event_date(text, article_date).historical:
        return None
    return cue


def _trigger(sentence: SpacySpan, label: Classification) -> Token:
    if label.cue is not None:
        span = sentence.doc.char_span(
            sentence.start_char + label.cue[0], sentence.start_char + label.cue[1], alignment_mode="expand"
        )
        # Not a verb the parser hung on a noun as its compound ("overran X, the town": "overran" read
        # as part of the name), whose sides it cannot find: the sentence's root tells them.
        if span is not None and len(span) and not (span.root.tag_.startswith("VB") and span.root.dep_ == "compound"):
            return span.root
    root = sentence.root
    if root.lemma_.lower() in claims_module.SPEECH_LEMMAS:
        # "X said he had agreed to ...": the event is what was said, not the saying; "The army
        # denied targeting civilians and said it had struck rebel positions": what it said it did.
        conjoined = [c for c in root.children if c.dep_ == "conj" and c.lemma_.lower() in claims_module.SPEECH_LEMMAS]
        speech = [root, *conjoined] if root.lemma_.lower() in DENYING_VERBS else [root]
        told = next((child for verb in speech for child in verb.children if child.dep_ == "ccomp"), None)
        return told or (_DATELINE_START.match(span_text(sentence)) and _told_under_dateline(sentence, root)) or root
    return root


# A sentence opened by a wire dateline: a city in capitals, maybe its country, maybe an agency, a dash.
_DATELINE_START = re.compile(r"\W{0,3}[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w. ]{0,15})?\s*(?:\([\w .,]+\)\s*)?(?:—|–|--)\s")


def _told_under_dateline(sentence: SpacySpan, speech: Token) -> Token | None:
    """The first verb of what a speech verb with no clause of its own tells, in a sentence a
    dateline opens (`_DATELINE_START`): the parser may take the dateline's place for the speaker
    ("CITY, Country – One man died ... when X fought, police said" parses "died" under "Country"
    and "said" as the root), so the event's verb hangs under the place. The first verb whose
    nearest verb above it is the speech verb, not one of its own words."""
    for token in sentence:
        if token.pos_ != "VERB" or token.i == speech.i or token.lemma_.lower() in claims_module.SPEECH_LEMMAS:
            continue
        above = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if above is not None and above.i == speech.i:
            return token
    return None


def _mention(
    view: ArticleView,
    index: int,
    sentence: SpacySpan,
    label: Classification,
    trigger: Token,
    attributions: list[claims_module.Attribution],
) -> EventMention | None:
    if (claims_module.modality(trigger) in NOT_HAPPENED or _is_generic(trigger) or _counted_in_tally(trigger)
            or _only_warns(trigger, sentence) or _unrealised(trigger) or _denies_only(trigger, sentence, attributions)
            or _no_single_act(sentence, view) or _is_measure(trigger) or _describes_told_event(trigger)
            or _only_checks(trigger) or _habitual(trigger) or _agreement_in_passing(trigger, label)
            or _unclaimed(trigger)):
        return None
    article = view.article
    side1, side2 = _actor_sides(trigger, attributions, view)
    actor1, actor2 = (side1[0] if side1 else None), (side2[0] if side2 else None)
    following = " ".join(span_text(s) for s in view.sentences[index + 1:index + 3])  # where a fight back is told
    sub = taxonomy.BY_CODE[by_sides(label.code, actor1, actor2, span_text(sentence), following)]
    actor1, actor2 = typed_roles(sub, actor1, actor2, trigger, view.actors)
    holding = claims_module.attribution_for(trigger, attributions)
    partners = tuple(view.partners) if actor1 is not None and holding is not None and holding.source is not None and \
        holding.source.root.lower_ in view.generic_sources else ()
    assoc1 = side1[1:] + partners
    following = " ".join(span_text(s) for s in view.sentences[index + 1 : index + 3])
    claim = claims_module.build_claim(
        holding, trigger, sentence, following, view.actors, article.id, article.outlet,
        (actor1, actor2), sub.disorder_type == taxonomy.POLITICAL_VIOLENCE, view.generic_sources,
    )
    claim = _named_claimant(claim, view, holding.source if holding is not None else None)
    conflict = sub.disorder_type == taxonomy.POLITICAL_VIOLENCE
    others = [
        claims_module.build_claim(a, a.cue, sentence, following, view.actors, article.id, article.outlet,
                                  (actor1, actor2), conflict, view.generic_sources)
        for a in attributions
        if a is not holding and a.source is not None
        and (a.stance == "denies" and not claims_module.denies_a_charge(a) or _holds_figure(a, sentence)
             or claims_module.accuses_of_the_act(a) and a.cue != trigger)
    ] + [
        _named_claimant(claims_module.build_claim(
            a, trigger, sentence, following, view.actors, article.id, article.outlet,
            (actor1, actor2), conflict, view.generic_sources), view, a.source)
        for a in _coordinated_speakers(holding) + _contrasted_speakers(holding, attributions)
    ] + [replace(claim, claimant=side) for side in claims_module.side_voices(holding, (actor1, actor2))
         if side != claim.claimant]
    resolved, date_offset = _own_date_in(sentence, view), sentence.start_char
    if (resolved.expression is None or resolved.statement_day) and not _after_a_turn(view, index):
        # The day of a statement ("police said Sunday") bounds the event, the lead dates it; a
        # day some later sentence gives is another event's as often as this one's, so it only
        # dates a sentence that gives no day at all.
        lead = _lead_date(view, index, label.code, strict=resolved.statement_day)
        if lead is not None and not _after_statement(lead[0], resolved):
            resolved, date_offset = lead
    if resolved.historical and (_describes_a_side(trigger) or date_offset == sentence.start_char and _of_an_era(resolved)):
        return None
    date_evidence = _shifted(resolved.expression, date_offset)
    mention_id = hashlib.sha256(f"{article.id}:{sentence.start_char}:{label.code}".encode()).hexdigest()[:16]
    return EventMention(
        mention_id=mention_id,
        article_id=article.id,
        sentence=_with_dateline(sentence, view.datelines),
        event_type=sub.event_type,
        sub_event_type=sub.name,
        disorder_type=sub.disorder_type,
        confidence=label.score,
        trigger=token_span(trigger),
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=unique_actors(a for a in assoc1 if actor1 is None or a.name != actor1.name),
        assoc_actor_2=unique_actors(a for a in side2[1:] if a.name != actor2.name),
        date=resolved.date,
        time_precision=resolved.time_precision,
        date_evidence=date_evidence,
        place=_refined(place_for(sentence, trigger, view.placing), index, view),
        fatality_claims=_figures(sentence, attributions, claim.claimant, view, resolved.date,
                                 resolved.expression if date_offset == sentence.start_char else None,
                                 protest=sub.disorder_type == taxonomy.DEMONSTRATIONS),
        claims=(claim, *others),
        historical=resolved.historical,
        outlet=article.outlet,
    )


def _describes_a_side(trigger: Token) -> bool:
    """Whether the trigger lies in a relative clause that says who a side is ("The X split from
    the guerrillas who signed a peace deal in 2016"): a past act told to introduce a side, not an
    event the report recalls; not a clause that tells when or where ("began in September, when
    police opened fire on crowds": the past event itself)."""
    return any(a.dep_ == "relcl" and not any(c.lower_ in ("when", "where") for c in a.children)
               for a in (trigger, *trigger.ancestors))


def _of_an_era(resolved: when.ResolvedDate) -> bool:
    """Whether the sentence's own date is a decade or a century ("began as a rebellion in the 1990s"):
    an era in a group's or a conflict's history, not the date of an act ACLED would code."""
    value = resolved.expression.value if resolved.expression is not None else ""
    return value.isdigit() and len(value) < 4


def _own_date(sentence: SpacySpan, article_date: dt.date | None) -> when.ResolvedDate:
    """The date the sentence's own words give its act, leaving out a date that only qualifies a
    thing the sentence names by a participle right after it ("accused the army of breaking a
    truce agreed in 2023", "a church built in 1990"): that dates the truce or the church, not
    the act told, which would otherwise be dated, and marked historical, by it."""
    text = span_text(sentence)
    resolved = when.resolve_event_date(text, article_date)
    for _ in range(3):  # a sentence rarely qualifies more than one thing by a date
        expression = resolved.expression
        if expression is None or not _qualifies_a_thing(sentence, expression):
            break
        text = text[:expression.start] + " " * (expression.end - expression.start) + text[expression.end:]
        resolved = when.resolve_event_date(text, article_date)
    return resolved


# Between a participle and the date it gives a thing: "agreed in 2023", "built in late 1990".
_PARTICIPLE_TO_DATE = re.compile(r"^\s+(?:in|on|since|during)\s+(?:(?:late|early|mid)[\s-]+)?$", re.IGNORECASE)
_NOUN_TAGS = frozenset({"NN", "NNS"})
_AUXILIARIES = frozenset({"have", "be", "get"})


def _qualifies_a_thing(sentence: SpacySpan, expression: when.TimeExpression) -> bool:
    """Whether `expression` (offsets in the sentence's text) follows a past participle that
    directly follows a determined common noun ("a truce agreed in 2023"), not a verb's
    perfect or passive ("had agreed in 2023", "was built in 1990"), which tell an act."""
    start, text = sentence.start_char, span_text(sentence)
    for token in sentence[1:]:
        if token.idx - start >= expression.start:
            break
        if token.tag_ != "VBN" or not _PARTICIPLE_TO_DATE.match(text[token.idx + len(token) - start : expression.start]):
            continue
        noun = token.nbor(-1)
        if noun.tag_ in _NOUN_TAGS and any(child.dep_ in ("det", "poss") for child in noun.children) \
                and not any(child.lemma_ in _AUXILIARIES for child in token.children if child.dep_.startswith("aux")):
            return True
    return False


def _with_dateline(sentence: SpacySpan, datelines: dict[int, int]) -> Span:
    """The sentence as a record's span, with the dateline the parser split off it."""
    start = datelines.get(sentence.start_char, sentence.start_char)
    return Span(start, sentence.end_char, doc_text(sentence.doc)[start : sentence.end_char])


def _named_claimant(claim: Claim, view: ArticleView, source: SpacySpan | None) -> Claim:
    """A claim whose source is only a pronoun or a channel ("he said", "the video shows")
    continues the article's previous claim: it takes that claimant; one whose source is a kind of
    document ("according to the same statement") takes the latest claimant that spoke through
    that kind (`source`: the claim's source phrase; "a defence ministry communiqué" is a
    statement), where there is one, though another speaker came between."""
    words = claim.claimant.lower().split()
    unnamed = claim.stance != "reports" and (
        not words or words[-1] in PRONOUNS or words[-1] in claims_module.GENERIC_SOURCES
    )
    kind = _document_kind(source)
    claimant = (view.last_by_document.get(kind) if kind else None) or view.last_claimant
    if unnamed and claimant:
        return replace(claim, claimant=claimant)
    if claim.stance != "reports" and not unnamed:
        view.last_claimant = claim.claimant
        if kind:
            view.last_by_document[kind] = claim.claimant
    return claim


def _document_kind(source: SpacySpan | None) -> str | None:
    """The kind of document a source phrase names by its head ("the statement", "a ministry
    communiqué": a statement; "the footage": a video; `claim_sources.CHANNELS`), or None."""
    if source is None:
        return None
    return next((channel for channel, pattern in CHANNELS if pattern.search(source.root.text)), None)


LEAD_SENTENCES = 3
DATE_REACH = 8  # sentences: the lead, its follow-up and the time-and-place paragraph, after a page's prompts


def _after_statement(lead: when.ResolvedDate, own: when.ResolvedDate) -> bool:
    """Whether the lead's day falls after the statement's day the sentence gives ("killed 18
    people, the administrator said on Monday" before "troops clashed with the militia on
    Tuesday"): an act cannot be told before it happened, so that day is another event's."""
    return own.statement_day and own.date is not None and lead.date is not None and lead.date > own.date


def _lead_date(view: ArticleView, index: int, kind: str,
               strict: bool = False) -> tuple[when.ResolvedDate, int] | None:
    """The date the article's lead gives its event, for a later event sentence that gives none:
    news reports say when it happened in their first sentences ("was shot Friday night") and then
    go on without repeating it. Only a present-day, day- or week-precise expression of a lead
    sentence that itself reports an event counts (the first one that gives a date, even after the
    mention's own sentence: "A boy was shot and killed ... The boy was shot Saturday afternoon"),
    and not the day of a statement ("police said Sunday"). Failing that, the day the next sentence
    gives when it goes on telling the mention's `kind` of act (`_told_next`).
    Failing that, when the article has a date: the first present-day, day-precise date any of its
    first `DATE_REACH` sentences gives, except one of an arrest or a charge ("It happened at 9 p.m.
    Friday" tells no act, yet dates the article's event better than the day it was published);
    not when `strict` (the sentence gives a statement's day of its own, a better bound than a
    day a later sentence may give another event). Returns the date and the offset of the
    sentence it is in."""
    lead = _first_present_date(view, index, LEAD_SENTENCES, lambda text: first_cue(text) is None, 2) \
        or _told_next(view, index, kind)
    if lead is not None or view.article.date is None or strict:
        # Without an article date the sentence's default is no date, not the publication day:
        # nothing to improve on, and an undated mention never joins another report's event.
        return lead
    return _first_present_date(view, index, DATE_REACH, lambda text: bool(_LEGAL_STEP.search(text)), 1) \
        or _named_act_date(view, index)


def _named_act_date(view: ArticleView, index: int) -> tuple[when.ResolvedDate, int] | None:
    """The day one of the article's first `DATE_REACH` sentences names an act by ("charged in the
    June 2 shooting death of the boy"), when no sentence gives the act's day as it tells it: a report
    of a case's later step names the incident so (`when.named_act_day`)."""
    for position, sentence in enumerate(view.sentences[:DATE_REACH]):
        resolved = when.named_act_day(span_text(sentence), view.article.date) if position != index else None
        if resolved is not None:
            return resolved, sentence.start_char
    return None


def _told_next(view: ArticleView, index: int, kind: str) -> tuple[when.ResolvedDate, int] | None:
    """The present-day, day-precise date the sentence after sentence `index` gives, not a
    statement's or a later step's day, when its cue is of the same `kind` (an event class): a report
    that names its event first in passing ("A girl hit by a stray bullet outside her school has
    left the town in mourning") often dates it right after ("The girl was shot on Monday evening"),
    while a page's earlier items, or a later sentence of another kind, date other events."""
    if index + 1 >= len(view.sentences):
        return None
    following = view.sentences[index + 1]
    cue = first_cue(span_text(following))
    if cue is None or cue.code != kind:
        return None
    resolved = when.resolve_event_date(span_text(following), view.article.date)
    if resolved.expression is None or resolved.historical or resolved.statement_day or resolved.time_precision > 1:
        return None
    return resolved, following.start_char


def _first_present_date(
    view: ArticleView, index: int, reach: int, skip: Callable[[str], bool], precision: int
) -> tuple[when.ResolvedDate, int] | None:
    """The first present-day date at `precision` or finer that one of the article's first `reach`
    sentences gives (not sentence `index`, nor one `skip` rules out), not a statement's day,
    with the offset of its sentence."""
    for position, sentence in enumerate(view.sentences[:reach]):
        if position == index or skip(span_text(sentence)):
            continue
        resolved = when.resolve_event_date(span_text(sentence), view.article.date)
        if resolved.expression is not None and not resolved.historical and not resolved.statement_day \
                and resolved.time_precision <= precision:
            return resolved, sentence.start_char
    return None


def _holds_figure(attribution: claims_module.Attribution, sentence: SpacySpan) -> bool:
    """Whether the attributed content gives a casualty figure ("Moscow said it killed 70")."""
    return bool(toll.find_tolls(attribution.content.text))


# A warning named after the act it warns of: "air raid sirens", "a missile alert", "rocket alarms".
_WARNING_AFTER = re.compile(r"(?:[\s-]+[\w-]+){0,1}?[\s-]+(?:sirens?|alerts?|alarms?)\b", re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"(?:[\w-]+\s+){0,2}$")


def _only_warns(trigger: Token, sentence: SpacySpan) -> bool:
    """Whether the sentence's act is only a warning of one ("Air raid sirens sounded across the
    region"): its trigger names the warning, and without the warning's words no cue of an act
    is left ("Sirens sounded as missiles struck the city" tells the strike)."""
    text = span_text(sentence)
    start = trigger.idx - sentence.start_char
    warning = _WARNING_AFTER.match(text, start + len(trigger.text))
    if warning is None:
        return False
    opening = _WORDS_BEFORE.search(text, 0, start)
    return cue_classes(text[:opening.start()] + text[warning.end():]) <= {ANY_EVENT}


# Verbs of checking what was told: "was unable to confirm the report", "were checking whether
# the footage was real".
_CHECKING_LEMMAS = frozenset({"confirm", "verify", "check", "authenticate", "corroborate"})
# Adjectives and verbs that leave a check undone: "unable to confirm", "failed to verify".
_UNDONE_LEMMAS = frozenset({"unable", "fail"})


def _only_checks(trigger: Token) -> bool:
    """Whether the sentence's act is only a check of what was told (README: a verification remark
    is no event): its trigger, or the verb its copula or adjective governs ("the agency was unable
    to confirm the report"), checks a report and the check is not done ("could not verify",
    "failed to confirm") or asks whether ("were checking whether the footage was real"), or finds
    or gives nothing ("Police said they had found no bodies", "It gave no figure for the
    rebels' dead"). A check of an act the sentence itself tells
    ("could not confirm that gunmen had killed five") has that act as its trigger."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ in ("acomp", "xcomp"))]
    verbs += [g for verb in verbs[1:] for g in verb.children if g.dep_ == "xcomp"]
    return any(_undone_check(verb) or _finds_nothing(verb) for verb in verbs)


def _undone_check(verb: Token) -> bool:
    if verb.lemma_.lower() not in _CHECKING_LEMMAS:
        return False
    undone = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNDONE_LEMMAS)
    asks = any(c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
               for c in verb.children)
    return undone or asks


# Verbs of a search or an answer that can come to nothing: "found no bodies", "gave no figure".
_YIELDING_LEMMAS = frozenset({"find", "give", "provide"})


def _finds_nothing(verb: Token) -> bool:
    """"found no bodies", "found nothing", "gave no figure for the rebels' dead": a search or
    an answer that came to nothing."""
    return verb.lemma_.lower() in _YIELDING_LEMMAS and any(
        c.dep_ == "dobj" and (c.lower_ == "nothing" or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
        for c in verb.children)


def _is_generic(trigger: Token) -> bool:
    """'such attacks', 'recent attacks': a class of events, not one event."""
    if trigger.tag_ != "NNS":
        return False
    return any(child.lower_ in GENERIC_MARKERS for child in trigger.children) or trigger.head.lower_ in {
        "spate", "series", "wave", "string"
    }


_SPANS = {"year", "years", "month", "months", "decade", "decades"}


# The roles by which a word hangs on the verb that counts it: its object, its subject ("Cattle raids
# have killed hundreds ... over the past decade"), what it is ("has been a hub for smuggling since").
# Nouns of a statistic, which counts many events: "the murder rate".
_STATISTIC_NOUNS = frozenset({"rate", "statistic", "statistics"})
_UP_TO_TALLY = frozenset({"dobj", "pobj", "prep", "nsubj", "nsubjpass", "conj", "attr"})


def _is_tally(trigger: Token) -> bool:
    """'The insurgency has killed 7,000 people since 2004', 'Bandits have killed 200 people over the
    past year': a present-perfect deed counted since a month or year, over past months or years, for
    years ('has fought for decades') or this year ('a feud that has killed 19 people this year'), is a
    running tally of many events (ACLED codes none of it), not one event; so are the deeds such a verb
    counts ('has carried out dozens of raids since 2019') or whose span it dates ('has occupied the
    region since the first weeks of its invasion in 2022'); so is fighting told over years ('torn by
    fighting for three decades') and a rate ('the murder rate has risen'); so is a deed that runs on
    since a year ('have been battling for the routes since 2021') or in recent years ('have killed
    hundreds in recent years')."""
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in _STATISTIC_NOUNS:
        return True
    if (trigger.pos_ == "NOUN" or trigger.tag_ == "VBG") and any(
            child.lower_ == "for" and any(t.lower_ in _SPANS for t in child.subtree) for child in trigger.children):
        return True
    for _ in range(4):  # 'raids' in 'carried out dozens of raids', 'Raids have killed': up to the verb that counts them
        if trigger.pos_ not in {"NOUN", "ADP", "SCONJ", "NUM"} or trigger.dep_ not in _UP_TO_TALLY:
            break
        trigger = trigger.head
    if not _in_perfect(trigger) or _unheard_of(trigger):
        return False
    children = list(trigger.children)
    for index, child in enumerate(children):
        if child.lower_ == "since":
            # "since 2004", "since September", "since it emerged": not "since Sunday" (one raid's days);
            # a bare "since" dates by the phrase after it ("since shortly after independence in 1948")
            dated = list(child.subtree) if child.n_lefts + child.n_rights or index + 1 == len(children) \
                else list(children[index + 1].subtree)
            if child.dep_ == "mark" or any(t.lower_ in MONTHS or (t.like_num and len(t.text) == 4)
                                           or t.lower_ in _SPANS for t in dated):
                return True
        elif child.dep_ == "advcl" and any(c.lower_ == "since" and c.dep_ == "mark" for c in child.children):
            return True
        elif child.lower_ in {"over", "in", "during"} and any(
                t.lower_ in {"past", "last", "recent"} for t in child.subtree) and any(t.lower_ in _SPANS for t in child.subtree):
            return True  # "over the past decade", "in recent years"
        elif child.lower_ == "over" and any(t.lower_ in _SPANS for t in child.subtree):
            return True  # "has kidnapped a dozen people over the year"
        elif child.lower_ == "for" and any(t.lower_ in _SPANS for t in child.subtree):
            return True  # "has fought for decades"
        elif child.dep_ == "npadvmod" and child.lower_ in {"year", "month"} and any(
                t.lower_ == "this" for t in child.children):
            return True  # "has killed 19 people this year"
    return False


def _unheard_of(verb: Token) -> bool:
    """Whether the verb tells someone missing since an act ("Nothing has been heard of the two men
    since soldiers took them", "has not been seen since"): the act it dates, not a running tally."""
    return verb.lemma_.lower() in ("hear", "see") and any(
        c.dep_ == "neg" or c.lower_ in ("nothing", "nobody") for c in verb.children)


def _counted_in_tally(trigger: Token) -> bool:
    """Whether the trigger is a running tally (`_is_tally`) or lies in the clause of a verb in the
    perfect that is one, however deep ("The two gangs have been battling for control of smuggling
    routes since 2021"; not "are still looking into what set off the fire ... 14 months after ...")."""
    return _is_tally(trigger) or any(_in_perfect(verb) and _is_tally(verb) for verb in trigger.ancestors)


def _in_perfect(verb: Token) -> bool:
    """Whether `verb` is in the perfect: "has killed", "have been fighting" (a deed that runs on), or
    "had been killed" in reported speech ("the UN said 22 people had been killed since the protests
    began"), which is the speaker's present perfect."""
    children = list(verb.children)
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lower_ == "been" for c in children):
        return False
    return verb.tag_ in {"VBN", "VBG"} and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP", "VBD"}
                                               for c in children)


# Verbs that ask for or promise an act still to come: "has called a general strike", "vowed revenge".
_CALLING_LEMMAS = frozenset({"call", "urge", "threaten", "vow", "pledge", "promise"})
# Verbs whose object is an act still weighed: "was considering a state of emergency".
_WEIGHING_LEMMAS = frozenset({"consider", "weigh", "mull", "discuss", "debate", "propose", "plan"})


def _unrealised(trigger: Token) -> bool:
    """Whether the sentence's act has not happened in ways the trigger's own clause does not show
    (`claims.modality` reads that clause): the trigger asks for or promises it ("The union has
    called a strike for next week"); it is what a verb weighs ("said it was considering a curfew");
    its clause is the complement of an offer made on a condition ("agreed to meet the kidnappers
    if the hostages were alive": the offer's clause holds the condition); or it lies under a verb
    in the future (`_under_future`)."""
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "VERB" and lemma in _CALLING_LEMMAS and not any(c.dep_ == "auxpass" for c in trigger.children):
        return True  # not "it was first called a suicide": a name given
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _WEIGHING_LEMMAS:
        return True
    if trigger.pos_ == "NOUN" and _asked_for(trigger):
        return True
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next(
        (a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.dep_ == "xcomp" and claims_module.modality(verb.head) == "hypothetical":
        return True
    return _under_future(trigger)


# How an act asked for hangs below the verb that asks: "called another day of strikes", "called for rallies".
_ASKED_PATH = frozenset({"dobj", "pobj", "prep", "conj", "compound"})


def _asked_for(noun: Token) -> bool:
    """Whether the noun is an act a verb asks for or promises (`_CALLING_LEMMAS`), in its object: "The
    union has called another day of strikes and rallies for Friday", "urged a general strike". Not an
    act told before ("called for an inquiry into the attack": the attack is told, by "the"), nor one
    the verb names ("called the shooting an accident")."""
    token = noun
    while token.dep_ in _ASKED_PATH and token.head is not token:
        if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
               for c in token.children):
            return False
        token = token.head
        if token.pos_ == "VERB":
            return token.lemma_.lower() in _CALLING_LEMMAS and not any(
                c.dep_ in ("auxpass", "oprd", "ccomp", "xcomp") for c in token.children)
    return False


def _under_future(token: Token) -> bool:
    """Whether `token` lies in the object or a clause of a verb in the future ("has warned it will
    treat anyone who shelters smugglers as an enemy"), not in its subject ("The gunmen who killed
    two officers will face trial": they killed them)."""
    while token.dep_ != "ROOT":
        if token.dep_ in ("nsubj", "nsubjpass"):
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in claims_module.PLANNED_AUX for c in token.children):
            return True
    return False


def _denies_only(trigger: Token, sentence: SpacySpan, attributions: list[claims_module.Attribution]) -> bool:
    """Whether the sentence only denies ("The army denied that any civilians were killed", "X
    denied carrying out any strike, saying its forces respect the truce"): its main verb denies
    (or, where the parser made a noun the root, a verb of denial the parser hung below it does),
    the trigger is not in a clause coordinated with the denial ("denied targeting civilians
    and said it had struck rebel positions"), and the sentence gives no toll outside what it
    denies. Such a sentence disputes the event told before it (`_attach_accounts`); it tells no
    event."""
    root = sentence.root
    denial = next((a for a in attributions if a.stance == "denies" and not claims_module.denies_a_charge(a)
                   and (a.cue == root or root.pos_ not in ("VERB", "AUX"))), None)
    if denial is None:
        return False
    if any(t.dep_ == "conj" and t.head == denial.cue for t in (trigger, *trigger.ancestors)):
        return False
    denied = (denial.content.start_char - sentence.start_char, denial.content.end_char - sentence.start_char)
    return all(denied[0] <= f.start < denied[1] for f in toll.find_tolls(span_text(sentence)))


# A government's measure, which ACLED codes as no event: "imposed a curfew", "declared a state of
# emergency", "extended martial law".
_MEASURE = re.compile(r"\b(?:curfews?|state\s+of\s+(?:emergency|siege)|martial\s+law|lockdowns?)\b", re.IGNORECASE)


def _is_measure(trigger: Token) -> bool:
    """Whether the trigger names a measure (`_MEASURE`), or is the verb whose object does: the
    noun with the words before it and the two after it ("a 36-hour curfew", "a state of
    emergency"; not "a march against the curfew")."""
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else [c for c in trigger.children if c.dep_ == "dobj"]
    return any(_MEASURE.search(noun.doc[noun.left_edge.i : noun.i + 3].text) for noun in nouns)


def _describes_told_event(trigger: Token) -> bool:
    """Whether the trigger is a copula whose subject names an event told before and which ties it
    to a running tally ("Police said the shooting was part of a feud between two gangs that has
    killed 19 people this year", "The attack was the latest in a wave of violence that has killed
    200 since January"): the sentence places that event in a count; it tells no act. (A side's
    "the attack was a response to raids on its camps" is its account of the act.)"""
    return trigger.lemma_ == "be" and any(
        c.dep_ == "nsubj" and _EVENT_NOUN_ALONE.fullmatch(c.text)
        and any(d.dep_ == "poss" or d.lower_ in ("the", "that", "this") for d in c.children) for c in trigger.children
    ) and any(_is_tally(t) for t in trigger.subtree if t.pos_ == "VERB")


_EVENT_NOUN_ALONE = re.compile(_EVENT_NOUN, re.IGNORECASE)


# How often a side acts: "often shells the hills", "regularly raids border villages".
_HABITUAL_ADVERBS = frozenset({"often", "frequently", "regularly", "routinely", "usually", "sometimes", "typically",
                               "commonly", "habitually", "occasionally"})


def _habitual(trigger: Token) -> bool:
    """Whether the act's verb (the trigger, or the verb whose subject or object it is) says how often
    a side acts ("The militia often shells the border villages"): a habit, many acts, not one."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") or trigger.dep_ not in ("dobj", "nsubj", "nsubjpass") \
        else trigger.head
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in verb.children)


_AGREEMENT = "AGREEMENT"
# Verbs that tell an agreement made or taking effect: "signed a peace deal", "a truce was agreed",
# "announced a ceasefire", "a ceasefire came into force", "a prisoner swap took place".
_AGREEMENT_MADE_LEMMAS = frozenset({
    "sign", "agree", "reach", "conclude", "strike", "broker", "seal", "ink", "announce", "accept", "approve",
    "ratify", "renew", "extend", "declare", "finalise", "finalize", "negotiate", "secure", "mediate", "take",
    "come", "enter", "begin", "start", "go", "hold", "make"})
# Of those, the verbs only the sides do: an agreement is never their subject.
_AGREEMENT_MAKERS_LEMMAS = frozenset({"sign", "agree", "reach", "conclude", "broker", "seal", "ink", "negotiate",
                                      "mediate"})


def _agreement_in_passing(trigger: Token, label: Classification) -> bool:
    """Whether an agreement the classifier read is a noun the sentence names in passing, not an
    agreement it tells being made: the subject of what it did ("A truce agreed last year has failed
    to halt the raids"), the object of what breaks it ("the strikes violate the ceasefire")
    or of a preposition ("after the 2016 peace deal"). The verb it hangs on, through a compound or
    a list ("a ceasefire agreement", "a truce and a prisoner swap"), is no verb of making one."""
    if label.code != _AGREEMENT or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = trigger
    while noun.dep_ in ("compound", "conj", "appos") and noun.head is not noun:
        noun = noun.head
    if noun.dep_ == "pobj":
        noun = noun.head
    if noun.dep_ == "ROOT" or noun.head.pos_ not in ("VERB", "AUX", "ADP"):
        return False
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _AGREEMENT_MAKERS_LEMMAS:
        # "A truce brokered in 2023 ended the siege": a truce brokers nothing, the parser read the
        # participle as the verb
        return True
    return noun.head.lemma_.lower() not in _AGREEMENT_MADE_LEMMAS


# Verbs by which a side owns an act: "said it carried out the attack", "claimed the bombing".
_OWNING_LEMMAS = frozenset({"say", "claim", "admit", "accept"})


def _unclaimed(trigger: Token) -> bool:
    """Whether the sentence says no one has owned an act it names by "the" ("No faction says it
    staged the raid", "Nobody has claimed the bombing"): the act told before, that no one claimed;
    not an event of its own."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                         for c in trigger.children):
        return False
    return any(verb.lemma_.lower() in _OWNING_LEMMAS and any(_nobody(c) for c in verb.children)
               for verb in trigger.ancestors)


def _nobody(token: Token) -> bool:
    """A negation, or a subject no one is: "not", "nobody", "no group"."""
    return token.dep_ == "neg" or token.dep_ == "nsubj" and (
        token.lower_ in ("nobody", "none", "no-one")
        or any(c.lower_ == "no" and (c.dep_ == "det" or token.lower_ == "one") for c in token.children))


# Many acts counted together ("blamed for hundreds of killings"), and a war's own toll ("The war
# killed several hundred thousand people"): running counts of many events, not one.
_MANY_ACTS = re.compile(r"\b(?:hundreds|thousands|dozens|scores)\s+of\s+(?:[\w-]+\s+)?"
                        r"(?:killings|murders|homicides|attacks|kidnappings|abductions|deaths|massacres)\b",
                        re.IGNORECASE)
_WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "uprising", "rebellion"})
_TOLL_VERBS = frozenset({"kill", "claim", "leave", "displace", "cost"})
# A mood that grows ("Tensions have grown since ...", "Anger has mounted"): the sentence tells a
# climate, and the charges it goes on to tell ("and the front has accused ...") are its signs.
_MOOD_NOUNS = frozenset({"tension", "anger", "fear", "resentment", "mistrust", "distrust", "hostility", "rivalry"})
_GROWTH_VERBS = frozenset({"grow", "rise", "mount", "escalate", "increase", "deepen", "simmer", "run"})
# A standing tie between groups ("allied itself with X last year", "formed an alliance with X").
_ALLIANCE_VERBS = frozenset({"ally", "align"})
_ALLIANCE_NOUNS = frozenset({"alliance", "coalition", "pact"})


def _no_single_act(sentence: SpacySpan, view: ArticleView) -> bool:
    """Whether a sentence that gives no day or week of its own counts many acts together
    (`_MANY_ACTS`, `_toll_of_many`) or gives a war's toll (its main verb kills, and its subject
    is a war, a conflict or an insurgency, or it names a war by its toll: "fears of a return to
    the war that killed 300,000 people"): ACLED codes the acts, not their sum; or tells a growing
    mood (`_MOOD_NOUNS`) or a standing alliance between groups, a relation, not an act."""
    own = _own_date_in(sentence, view)
    if own.expression is not None and own.time_precision <= 2:
        return False
    root = sentence.root
    lemma = root.lemma_.lower()
    war_toll = any(v.lemma_.lower() in _TOLL_VERBS and any(s.lemma_.lower() in _WAR_NOUNS for s in _subjects(v))
                   for v in _main_verbs(sentence)) \
        or any(t.dep_ == "relcl" and t.lemma_.lower() in _TOLL_VERBS and t.head.lemma_.lower() in _WAR_NOUNS for t in sentence)
    mood = lemma in _GROWTH_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in _MOOD_NOUNS for c in root.children)
    alliance = lemma in _ALLIANCE_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ALLIANCE_NOUNS for c in root.children)
    return war_toll or mood or alliance or _MANY_ACTS.search(span_text(sentence)) is not None \
        or _toll_of_many(sentence, own) or _of_many_weeks(sentence) or _mass_toll(sentence)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or, for a verb joined to another with none of its own ("The war began in
    2021 and has killed ..."), that verb's."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return own or ([c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.dep_ == "conj" else [])


def _of_many_weeks(sentence: SpacySpan) -> bool:
    """Whether a main verb's doer is weeks, months or years of something ("Months of rallies brought
    millions onto the streets", "Years of fighting have emptied the valley"): a movement or a war told
    whole, many acts, not one."""
    return any(s.tag_ == "NNS" and s.lemma_.lower() in _LONG_SPANS and any(c.lower_ == "of" for c in s.children)
               for verb in _main_verbs(sentence) for s in _subjects(verb))


# ACLED never codes a figure of thousands counted by a quantity word ("thousands of villagers have been
# killed", "has killed tens of thousands"): such a toll sums a war's many acts.
_MASS_FIGURE = 1000


def _mass_toll(sentence: SpacySpan) -> bool:
    return any(f.kind == "killed" and f.vague and f.figure >= _MASS_FIGURE for f in toll.find_tolls(span_text(sentence)))


# Acts that come many at a time: a bare plural of them over a year is a tally ("Attacks in the
# area killed 100 people last year"); over a month it may be one wave ("were killed in attacks on
# several villages in April").
_ACT_NOUNS = frozenset({"attack", "raid", "strike", "airstrike", "bombing", "killing", "clash", "ambush", "assault",
                        "shelling", "massacre", "kidnapping", "abduction", "shooting", "murder", "homicide"})
# Unrest told by its whole or by its many days: over a month or longer, a movement of many events.
_UNREST_NOUNS = frozenset({"violence", "unrest", "protest", "riot", "demonstration", "disturbance"})
_MASS_UNREST = frozenset({"violence", "unrest"})
# "weeks of fighting", "months of protests": not "days of fighting" (one offensive).
_LONG_SPANS = frozenset({"week", "month", "year"})
_TOLL_PERIOD = re.compile(r"(?:in|over|during)\s+the\s+(?:(?:first|past|last|previous)\s+(?:[\w-]+\s+)?(?:weeks|months|years)"
                          r"|(?:first|second)\s+half\s+of)\b|over\s+the\s+(?:past\s+|last\s+)?year\b", re.IGNORECASE)
_TOLL_LEMMAS = frozenset({"kill", "leave", "claim", "die"})


def _toll_of_many(sentence: SpacySpan, own: when.ResolvedDate) -> bool:
    """Whether the sentence's main clause gives a toll over many acts: its doer, or what the dead
    were killed in, is weeks or months of something ("Weeks of fighting killed dozens"), unrest
    over a month or a year (bare "violence", "unrest", "protests", "riots": "Riots in May left 14
    dead", "were killed in violence around the run-off in 2019"), or a bare plural of acts over a
    year ("Attacks killed 100 people last year"; not "the attacks", the acts the report told); or
    it counts the dead over a span ("were killed in the first five months of the year")."""
    value = own.expression.value if own.expression is not None else ""
    month, year = bool(value), value.isdigit()
    for verb in _main_verbs(sentence):
        if verb.lemma_.lower() not in _TOLL_LEMMAS:
            continue
        doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
            for g in c.children if g.dep_ == "pobj"]
        for noun in doers:
            if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                   for c in noun.children):
                continue
            lemma, plural = noun.lemma_.lower(), noun.tag_ == "NNS"
            if (plural and lemma in _LONG_SPANS and any(c.lower_ == "of" for c in noun.children)
                    or month and lemma in _UNREST_NOUNS and (plural or lemma in _MASS_UNREST)
                    or year and plural and lemma in _ACT_NOUNS):
                return True
        if any(c.dep_ == "prep" and _TOLL_PERIOD.match(sentence.doc[c.i : c.right_edge.i + 1].text)
               for c in verb.children):
            return True
    return False


def _main_verbs(sentence: SpacySpan) -> list[Token]:
    """The verbs that carry what a sentence tells: its root and the verbs joined to it, and, where
    the root is a verb of speech, the verbs of what was said."""
    root = sentence.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    if root.lemma_.lower() in claims_module.SPEECH_LEMMAS:
        said = [c for c in root.children if c.dep_ == "ccomp"]
        verbs += said + [c for verb in said for c in verb.children if c.dep_ == "conj"]
    return verbs


def _actor_sides(
    trigger: Token, attributions: list[claims_module.Attribution], view: ArticleView
) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """Both sides of the event from the syntax around the trigger (agent and patient), each its
    main actor first and then those coordinated with it ("X and Y attacked"): actor1/actor2 and
    their associated actors."""
    holding = claims_module.attribution_for(trigger, attributions)
    claimant = holding.source if holding is not None else None
    return event_actor_groups(trigger, view.actors, claimant, view.generic_sources)


REFINING_SENTENCES = 2  # the lead's follow-up and the time-and-place sentence


def _refined(place: Place | None, index: int, view: ArticleView) -> Place | None:
    """A county, state or region (a lake's shores, a desert: `near_region`) that event sentence
    `index` itself names as its place gives way to the
    first town inside it that one of the next two sentences names, as reports go on to say
    where exactly ("... at a store in Pennsylvania. The man walked into the store in Easton").
    Only a town named after a locative word counts ("in Easton", not "an Easton soldier"), and
    only for a region named as the event's own place (not "a Pennsylvania woman"). A place the
    sentence names only as someone's home or hospital ("A Harnett County man shot his stepson")
    gives way to any such town of its state ("It happened on Ruth Circle in Fuquay-Varina")."""
    if place is None or place.evidence is None:
        return place
    aside = is_incidental(place, view.doc)
    found = place.feature == "city" and _FOUND_VICTIM.search(span_text(view.sentences[index])) is not None
    if not aside and not found and place.feature not in ("admin1", "admin2", "region"):
        return place
    text = view.article.text
    for sentence in view.sentences[index + 1 : index + 1 + REFINING_SENTENCES]:
        if found and not (_SHOT_THERE.search(span_text(sentence)) or _BACK_REFERENCE.search(span_text(sentence))):
            continue
        for town in view.placing.places:
            if town.evidence and sentence.start_char <= town.evidence.start < sentence.end_char \
                    and town.feature == "city" \
                    and (town.name != place.name if place.feature == "region" else town.geonameid != place.geonameid) \
                    and not view.placing.in_background(town) \
                    and ((town.iso, town.admin1) == (place.iso, place.admin1) if aside or found
                         else near_region(town, place) if place.feature == "region" else town.lies_in(place)) \
                    and _LOCATIVE_BEFORE.search(text, max(0, town.evidence.start - 40), town.evidence.start) \
                    and is_location(town, view.doc) and not is_incidental(town, view.doc):
                return town
    return place


# Where a victim was found is not always where they were shot ("was found shot to death on the
# porch of a Springfield home. ... was shot along the canal bank in Shelbyville"): a next sentence
# that says where they were shot, or where "the shooting" was, tells the event's own town.
_FOUND_VICTIM = re.compile(r"\bfound\s+(?:shot|stabbed|dead|slain|wounded|suffering)\b", re.IGNORECASE)
_SHOT_THERE = re.compile(r"\b(?:was|were|been)\s+(?:fatally\s+)?(?:shot|stabbed|gunned\s+down)\b", re.IGNORECASE)
# "in Easton", "near the town of Easton", "in south suburban Easton"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:[a-z-]+\s+){0,3}$")



def _figures(
    sentence: SpacySpan, attributions: list[claims_module.Attribution], claimant: str, view: ArticleView,
    day: dt.date | None, words: when.TimeExpression | None, protest: bool = False,
) -> tuple[FatalityClaim, ...]:
    """The sentence's casualty figures, less those of an event it only recalls (`day` is the
    date of its own event, `words` the expression of the sentence that gives it), those of a
    running tally (`_is_tally`) and, in a `protest`'s sentence, those of the cause it marches for
    (`_in_grievance`) or the dead it mourns (`_mourned`)."""
    figures = []
    for figure in toll.find_tolls(span_text(sentence)):
        if _of_other_incident(span_text(sentence), figure.start, day, words, view.article.date):
            continue
        start, end = sentence.start_char + figure.start, sentence.start_char + figure.end
        token = sentence.doc.char_span(start, end, alignment_mode="expand")
        if protest and token is not None and len(token) and (_in_grievance(token.root) or _mourned(token.root)):
            continue
        if token is not None and len(token) and any(_is_tally(a) for a in (token.root, *token.root.ancestors)):
            continue  # a running tally's count ("part of a feud that has killed 19 people this year")
        holder = claims_module.attribution_for(token.root, attributions) if token is not None and len(token) else None
        # a figure's claimant is named the way a claim's is: "a local commissioner put the toll at 40" is the government's
        source = (source_actor(holder.source, view.actors, view.generic_sources)
                  if holder is not None and holder.source is not None else None)
        figures.append(FatalityClaim(
            figure=figure.figure,
            kind=figure.kind,
            claimant=source.name if source else claimant,
            evidence=Span(start, end, view.article.text[start:end]),
            article_id=view.article.id,
            lower_bound=figure.lower_bound,
            approximate=figure.approximate,
            cue=figure.cue,
        ))
    return tuple(figures)


# Verbs of a protest's purpose clause: "marched ... to demand justice for", "to protest the killing of".
_GRIEVANCE_LEMMAS = frozenset({"demand", "protest", "denounce", "condemn", "mourn", "commemorate", "honour", "honor"})


_MOURNING_NOUNS = frozenset({"funeral", "burial", "vigil", "memorial", "wake"})


def _mourned(token: Token) -> bool:
    """Whether `token` lies in the phrase of a funeral or a vigil ("protested after the funeral of a
    young man who died in custody"): a death before the protest, its cause, not its toll."""
    return any(ancestor.lemma_.lower() in _MOURNING_NOUNS for ancestor in token.ancestors)


def _in_grievance(token: Token) -> bool:
    """Whether `token` lies in the clause that gives a protest's cause ("marched to demand
    accountability for the collapse that killed 16 people", "gathered to mourn three men shot
    last week"): those dead are the grievance, not the protest's toll."""
    return any(ancestor.lemma_.lower() in _GRIEVANCE_LEMMAS and ancestor.dep_ in ("advcl", "xcomp", "acl")
               for ancestor in token.ancestors)


def _attach_accounts(
    mentions: list[EventMention],
    sentence: SpacySpan,
    attributions: list[claims_module.Attribution],
    view: ArticleView,
    index: int,
) -> None:
    """A sentence that tells no event of its own adds its speakers' claims to the event reported
    just before it: a denial ('X has denied any involvement in such attacks') disputes it, and a
    named speaker's account of its toll or doers ('Officials said the attackers fled into the
    forest') asserts it, when it follows a present-day event within `CONTINUATION_GAP` sentences
    (`claims.accounts_of_previous`). A check that came to nothing ("Police said they had found no
    bodies", `_only_checks`) asserts nothing."""
    if not mentions:
        return
    previous = mentions[-1]
    near = _sentences_between(view.starts, previous.sentence.start, sentence.start_char) <= CONTINUATION_GAP
    accounts = [a for a in claims_module.accounts_of_previous(attributions)
                if (a.stance == "denies" or (near and not previous.historical))
                and not _only_checks(a.cue) and not _only_checks(a.content.root)]
    if not accounts:
        return
    following = " ".join(span_text(s) for s in view.sentences[index + 1 : index + 3])
    conflict = previous.disorder_type == taxonomy.POLITICAL_VIOLENCE
    new_claims = tuple(
        claims_module.build_claim(a, a.cue, sentence, following, view.actors, view.article.id,
                                  view.article.outlet, (previous.actor1, previous.actor2), conflict,
                                  view.generic_sources)
        for a in accounts
    )
    mentions[-1] = replace(previous, claims=previous.claims + new_claims)


def _shifted(expression: when.TimeExpression | None, offset: int) -> Span | None:
    if expression is None:
        return None
    return Span(expression.start + offset, expression.end + offset, expression.text)
