"""Claim sources: which canonical actor a claim's source phrase names, and through which channel.

Split out of `claims.py`, which finds attributions (cue, source, content) and builds claims; this
module names the claimant behind a source phrase ("the group's spokesman", "a statement from the
army", "a local commissioner", "Army spokesman Colonel X") and the channel a claim was made
through (the `CHANNELS` lexicon: Telegram, social media, video, press conference, broadcast,
statement, interview).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.who import (
    ARMED_GROUP_TYPES, ARMED_PERSON_WORDS, PERSON_NOUNS, PRONOUNS, ROLE_NAMES, STATE_BODY_HEADS, STATE_NOUNS,
    ActorContext, GROUP_NOUNS, _named_group_type as named_group_type, country_of_word, forces_name,
    group_named_by_word, known_actors, last_named_group, noun_phrase, resolve_actor, self_named_group, state_body,
)
from eventwire.extract.texts import span_text
from eventwire.extract.who.lexicon import FORCE_NOUNS, GOVERNMENT_NOUNS, POLICE_NOUNS
from eventwire.extract.who.names import ARMED_GROUP_WORDS
from eventwire.records import Actor, Span

# Sources named by what they said: "the statement added", "the claim was made by X" (`posted_by`).
GENERIC_SOURCES = {"statement", "message", "video", "post", "report", "footage", "communique", "release", "claim"}
CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("telegram", re.compile(r"\bTelegram\b")),
    ("social media", re.compile(r"\b(?:Twitter|tweet(?:ed)?|Facebook|X\.com|Instagram|TikTok|YouTube|WhatsApp|social media)\b", re.I)),
    # the platform by its one-letter name ("said on X", "in a post on X"), not a street or a "Mr X"
    ("social media", re.compile(r"\b(?:on|via) X\b(?![\w-]|\.[\w-]| [A-Z])")),
    ("video", re.compile(r"\b(?:video|footage)\b", re.I)),
    ("press conference", re.compile(r"\b(?:press conference|news conference|briefing|told (?:reporters|journalists))\b", re.I)),
    ("broadcast", re.compile(r"\b(?:radio|television|TV|televised|broadcast(?:er)?)\b")),
    ("statement", re.compile(r"\b(?:statement|communiqu[eé]|press release|announce(?:d|ment))\b", re.I)),
    # "told AFP", "told the BBC", "told local media", "told a news agency"
    ("interview", re.compile(r"\b(?:interview|told (?:the )?[A-Z]\w+|told (?:the |a )?(?:\w+ )?(?:media|news agency|newspaper))\b")),
)


# "posted on a website run by its backers", "wrote on its blog" (a statement posted there is a statement,
# a video a video). Not among `CHANNELS`: that a phrase names one of those decides how a sentence is
# read (`names_channel`), and "cited on its website" was read as what is cited.
WEBSITE = re.compile(r"\b(?:website|web ?site|blog)s?\b", re.I)


def channel_of(text: str, source_text: str) -> str:
    """The first channel `CHANNELS` finds in the words a claim was said in, else a website; else a
    named source's statement, and with no source the outlet's own report."""
    for channel, pattern in CHANNELS:
        if pattern.search(text):
            return channel
    if WEBSITE.search(text):
        return "website"
    if NEWS_MEDIA.search(source_text):  # "local media reported", "a news agency said": another outlet's report
        return "media"
    return "statement" if source_text else "outlet"


# Sources that are news media themselves: their report, not a statement ("X, a local daily",
# "the weekly Y"; not "the army's daily briefing").
NEWS_MEDIA = re.compile(r"\b(?:media|news ?(?:agency|agencies|papers?|sites?|outlets?|reports?)|newspapers?|outlets?|"
                        r"(?:daily|weekly|tabloid|broadcaster|magazine)\b(?! (?-i:[a-z])))\b", re.I)
# A political party named beside its noun ("the main opposition party, X, said") is X, not the opposition.
PARTY_NOUNS = {"party"}
# Nouns of the news outlets a source names before the outlet's name: "the newspaper X reported".
OUTLET_NOUNS = {"newspaper", "daily", "weekly", "paper", "tabloid", "magazine", "broadcaster", "agency", "outlet",
                "website", "channel", "station"}


def passive_agent(verb: Token) -> Token | None:
    """The doer a passive verb names with "by" ("a video released by the group" -> group), if any;
    a time is none ("had been found by Wednesday evening"), nor the means of a verb that has its
    own active subject ("a nurse said by telephone", which the parser also reads as an agent)."""
    if any(child.dep_ == "nsubj" for child in verb.children):
        return None
    by = next((child for child in verb.children if child.dep_ == "agent"), None)
    agent = next((child for child in by.children if child.dep_ == "pobj"), None) if by is not None else None
    return None if agent is None or agent.ent_type_ in TIME_ENTITIES else agent


TIME_ENTITIES = {"DATE", "TIME"}


def source_actor(source: SpacySpan | None, context: ActorContext, resolve_generic: dict[str, Actor],
                 path: frozenset[int] = frozenset()) -> Actor | None:
    """The canonical actor a claim's source phrase names: the issuer of a statement or video
    ("a statement from the army", "a video released by X", or who the article says posted it:
    `resolve_generic`), the armed party running a body, a group named before "the group", whom a
    spokesman or titled official speaks for, else the phrase's own actor, else a witness or office
    holder by what it is (`_common_source`). `path`: the roots of the phrases whose resolving led
    here; a step that leads back to one of them names no one, where it would recurse forever
    (a parse in which a writing is its own verb's subject once did)."""
    if source is None or source.root.i in path:
        return None
    path = path | {source.root.i}
    antecedent = _antecedent(source.root)
    if antecedent is not None:  # "the army, which said ...": the army
        phrase = noun_phrase(antecedent)
        # a name no list holds is still the speaker, not the pronoun that refers to it
        name = phrase[1:] if len(phrase) > 1 and phrase[0].dep_ == "det" else phrase
        return source_actor(phrase, context, resolve_generic, path) or Actor(
            name.text, tx.UNKNOWN_ACTOR, Span(name.start_char, name.end_char, name.text))
    if len(source) == 1 and source.root.lower_ == "it":
        # "Moscow has not commented, and it denies ...": the body its own sentence named before it
        earlier = _subject_before(source.root, context)
        if earlier is not None:
            return earlier
    voiced = _whose_voice(source.root)
    if voiced is not None:  # "the police command, whose spokesman said ...": the command
        return source_actor(noun_phrase(voiced), context, resolve_generic, path)
    source = _first_of_coordinated(_whole_name(source))
    apposed = _apposed_name(source)
    if apposed is not None:  # "a rights body, the X Human Rights Association, said": the association
        actor = resolve_actor(apposed, context)
        if actor is None or actor.inter in PEOPLE_TYPES:
            actor = Actor(apposed.text, tx.UNKNOWN_ACTOR, Span(apposed.start_char, apposed.end_char, apposed.text))
        return actor
    earlier = _same_before(source.root)
    if earlier is not None:  # "a police official said ... . ..., the same official said": the first one's body
        actor = source_actor(noun_phrase(earlier), context, resolve_generic, path)
        if actor is not None:
            return actor
    member = _one_of(source.root)
    if member is not None:  # "one of the organisers", "some of the survivors": those it is one of
        return source_actor(noun_phrase(member), context, resolve_generic, path)
    head = source.root.lower_
    forces = _forces_the_sentence_names(source)
    if forces is not None:  # "Lebanese soldiers defused a bomb ..., the army said": Lebanon's army
        return forces
    if (_security_source(source.root) or _general_staff(source.root)) and context.country:
        # "two security sources said", "the general staff said": the state's security forces, as who
        # names them, not its police
        return Actor(forces_name("Military", _owner_country(source.root) or context.country), tx.STATE_FORCES,
                     Span(source.start_char, source.end_char, source.text))
    if head in GENERIC_SOURCES and head in resolve_generic:
        return resolve_generic[head]
    issuer = _issuer(source.root) if head in GENERIC_SOURCES | LEFT_WRITINGS or \
        source.root.lemma_.lower() in COUNTS else None
    if issuer is not None:  # "according to a statement from the group", "a video released by X", "figures from X"
        return source_actor(noun_phrase(issuer), context, resolve_generic, path)
    doer = _left_by_doer(source.root)
    if doer is not None:  # "X killed a man, according to a note left near his body": X's note
        return source_actor(noun_phrase(doer), context, resolve_generic, path)
    ruler = _run_by(source.root)
    ruled = resolve_actor(noun_phrase(ruler), context) if ruler is not None else None
    if ruled is not None and ruled.inter in ARMED_PARTIES:  # "the health ministry, which is run by the group"
        return ruled
    self_named = self_named_group(source.root)
    if self_named is not None:  # "the group, which calls itself X, claimed ..."
        actor = resolve_actor(noun_phrase(self_named), context)
        if actor is not None:
            return actor
    professed = _professed_group(source.root)
    if professed is not None:  # "masked men who said they belonged to X": X
        actor = resolve_actor(professed.doc[professed.left_edge.i : professed.right_edge.i + 1], context)
        if actor is not None and actor.inter != tx.CIVILIANS and not actor.name.startswith("Unidentified"):
            return actor
    owner = next((c for c in source.root.children if c.dep_ == "poss"), None)
    group = next((g for g in (source.root, owner) if g is not None and _refers_to_group(g, ORGANISATION_NOUNS)), None)
    if group is not None:  # "the group said", "the group's spokesman said", "the separatist alliance said"
        phrase = group.doc[group.left_edge.i : group.right_edge.i + 1]
        named = (_called_a_group_before(phrase, context) or _subject_group_before(phrase, context)
                 or _group_named_before(phrase, context))
        if named is not None:
            return named
    party = next((g for g in (source.root, owner) if g is not None and _refers_to_group(g, PARTY_NOUNS)), None)
    if party is not None:
        named = _party_named_before(source, context)
        if named is not None:  # "..., the party said", "the party's spokesman said": the party the text named before
            return named
    official = _place_official(source.root, owner, context) or _foreign_place_government(source.root, owner, context) \
        or _officials_where_it_happened(source, context)
    if official is not None:  # "the province's police chief": the state's police, not the province's people
        return official
    civic = _civic_leader(source, context)
    if civic is not None:  # "a community leader", "a village elder": a civilian, not an official
        return civic
    voice_of = owner or _spoken_for(source.root)
    if voice_of is not None and source.root.lemma_.lower() in VOICE_NOUNS | {"source"}:
        # "the rebels' spokesman", "its media wing", "a spokesman for the rebels"
        # "the head of the village council": a body no actor list names speaks by what it is (`_common_source`)
        speaks_for = _owner_actor(voice_of, context) or _members_body(voice_of, context) \
            or _common_source(noun_phrase(voice_of), context)
        if speaks_for is not None:
            return speaks_for
    members = _members_body(source.root, context)
    if members is not None:  # "the hunters' association said"
        return members
    if owner is not None and source.root.pos_ == "PROPN" and not country_of_word(owner.text):
        # "X's Radio Y said": an armed party's own outlet speaks for it
        speaks_for = _owner_actor(owner, context)
        itself = resolve_actor(source, context)
        if speaks_for is not None and speaks_for.inter in ARMED_PARTIES and (
                itself is None or itself.inter == tx.UNKNOWN_ACTOR):
            return speaks_for
    voice = _described_as_voice(source.root)
    if voice is not None:  # "X, the movement's official news agency, said": the movement's
        speaks_for = source_actor(noun_phrase(voice), context, resolve_generic, path)
        if speaks_for is not None:
            return speaks_for
    name = next((c for c in source.root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if name is not None and source.root.lemma_.lower() in VOICE_NOUNS:
        # "a 3R spokesman": an organisation named by a name the actor list lacks is still that organisation,
        # not the state the spokesman would otherwise stand for
        speaks_for = resolve_actor(noun_phrase(name), context)
        if speaks_for is not None and speaks_for.inter == tx.UNKNOWN_ACTOR:
            # "a Jamaat spokesman" after "the Jamaat-e-Islami": the name the text gave in full
            speaks_for = _full_name_before(speaks_for, source, context) or speaks_for
        if speaks_for is not None and speaks_for.inter != tx.CIVILIANS:
            return _named_police(speaks_for, context) or speaks_for
    called_before = (_name_before_noun(source.root) if source.root.lemma_.lower() in ORGANISATION_NOUNS | {"union"}
                     else None)
    if called_before is not None:  # "the X self-defence group said", "the X teachers' union said": X
        actor = resolve_actor(called_before, context)
        if actor is not None and actor.inter != tx.CIVILIANS:
            return actor
    named = _named_after(source, context)
    if named is not None:  # "claimed by another group, the X Front (XF)": the group the apposition names
        return named
    title = _title_before_name(source)
    titled = resolve_actor(title, context) if title is not None else None
    if titled is not None:  # "Army spokesman Colonel X", "Rebel spokesman Y": whom the title speaks for
        # a title naming only the role ("rebel spokesman Y") speaks for the group the text named, as "the rebels" does
        return (_group_named_before(title, context) if _unnamed_armed(titled) else None) or titled
    described = next((c for c in source.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                      and c.lemma_.lower() in VOICE_NOUNS | OFFICE_HOLDERS | PERSON_NOUNS), None)
    if described is not None and source.root.ent_type_ == "PERSON":
        # "said Ali Dogo, a spokesman for the army": a person speaks for whom the description says
        by_office = source_actor(noun_phrase(described), context, resolve_generic, path)
        if by_office is not None:
            return by_office
    called = next((t for t in source if t.dep_ == "compound" and t.pos_ == "NOUN"
                   and t.lemma_.lower() in GROUP_NOUNS | OUTLET_NOUNS | PARTY_NOUNS), None)
    if called is None and source.root.pos_ == "NOUN" and source.root.lemma_.lower() in OUTLET_NOUNS | PARTY_NOUNS:
        called = source.root  # "the newspaper X", "the main opposition party, X", parsed with X set beside the noun
    name = _name_of_group(called) if called is not None else None
    if name is not None and name.end == source.end:
        source = name  # "the rights group X said", "the newspaper X reported": X, not "rights group X"
        if called.lemma_.lower() in OUTLET_NOUNS:  # a newspaper's name, whatever the parser takes it for
            return resolve_actor(source, context) or Actor(source.text, tx.UNKNOWN_ACTOR,
                                                           Span(source.start_char, source.end_char, source.text))
    actor = _bracketed_name(source, context) or _body_named_before(source, context) or resolve_actor(source, context)
    if actor is not None:  # "Mr X said", "the governor said" after "regional governor Y X": the government
        actor = _office_of(actor, source, context, resolve_generic, path) or actor
    if actor is not None and actor.inter == tx.UNKNOWN_ACTOR and source.root.pos_ == "PROPN":
        actor = (_ranked_officer(source, context) or _full_name_before(actor, source, context)
                 or _named_police(actor, context) or _word_of_a_group(source, context)
                 or _short_form_before(source, context) or actor)
    if actor is not None and actor.inter in PEOPLE_TYPES and _organisation_name(source):
        # "the Citizens Coalition said": a body's name, not the people a word of it names
        name = source[1:] if source[0].dep_ == "det" else source
        return Actor(name.text, tx.UNKNOWN_ACTOR, Span(name.start_char, name.end_char, name.text))
    if actor is None and owner is not None:
        actor = resolve_actor(noun_phrase(owner), context)  # "the state prosecutor's office": the prosecutor
    elif owner is not None and actor.inter == tx.UNKNOWN_ACTOR and source.root.lemma_.lower() == "office" \
            and owner.lower_ in GOVERNMENT_NOUNS and context.country and not any(t.dep_ != "det" for t in owner.lefts):
        # "the Ombudsman's Office", "the Prosecutor's Office", which the recognizer names whole: a state
        # official's office is the government's, as the official is
        actor = Actor(f"Government of {context.country}", tx.STATE_FORCES, actor.evidence)
    if actor is not None and actor.name.startswith("Unidentified") and "group" in resolve_generic:
        return resolve_generic["group"]
    if actor is None or actor.inter == tx.UNKNOWN_ACTOR:
        # "Russia's national anti-terrorism committee", "the French High Commission": the state's;
        # "Medics at X hospital", which the recognizer took for a name: a witness by what it is
        actor = state_body(source) or _demonym_state_body(source) or _common_source(_described_by(source), context) \
            or actor
    if actor is not None and _unnamed_armed(actor) and _refers_back(source.root):
        # "the militants said": the armed group the article named last, as for "the group"
        return _group_named_before(source.doc[source.root.left_edge.i : source.root.right_edge.i + 1], context) or actor
    if actor is None:
        actor = _common_source(source, context) or _named_again(source, context, resolve_generic, path) \
            or _named_later(source, context) or _unnamed_civic_body(source, context) \
            or _officer_of_the_force_told(source, context)
    return actor


def _officer_of_the_force_told(source: SpacySpan, context: ActorContext) -> Actor | None:
    """An officer no word of the phrase ties to a force ("a senior officer told reporters") serves
    the one kind of state force the report's sentences just named, its own first ("Rebels killed
    eight police officers, police say. ..., a senior officer said": the police); none where they
    name both or neither."""
    root = source.root
    if root.lemma_.lower() not in OFFICER_NOUNS or not context.country or any(
            t.dep_ in {"poss", "compound", "nmod"} or t.dep_ == "amod" and t.lower_ not in RANK_WORDS
            for t in root.lefts):
        return None
    sentences = [s for s in root.doc.sents if s.start <= root.i][-FORCE_REACH:]
    for sentence in reversed(sentences):
        kinds = {kind for t in sentence if not source.start <= t.i < source.end
                 for kind, words in STATE_FORCE_WORDS.items() if t.lower_ in words}
        if len(kinds) > 1:
            return None
        if kinds:
            return Actor(forces_name(kinds.pop(), context.country), tx.STATE_FORCES,
                         Span(source.start_char, source.end_char, source.text))
    return None


OFFICER_NOUNS = {"officer", "commander"}
RANK_WORDS = {"senior", "top", "ranking", "high-ranking", "junior", "local", "regional", "district", "another"}
FORCE_REACH = 3  # sentences, the officer's own and the two before it
STATE_FORCE_WORDS = {"Police": {"police", "policemen", "policeman", "gendarmes", "gendarme", "gendarmerie"},
                     "Military": {"army", "military", "troops", "soldier", "soldiers", "navy", "marines"}}


# Bodies that speak for their members, named by what the members are ("the hunters' association").
ASSOCIATION_NOUNS = {"association", "union", "federation", "guild", "brotherhood", "confraternity"}


def _members_body(noun: Token, context: ActorContext) -> Actor | None:
    """The armed group whose members an association is named after: "the regional hunters'
    association" in a report that names those hunters as a militia ("X traditional hunters") is
    that militia's voice. An association of anyone else (teachers, drivers) is left to `who`."""
    if noun.lemma_.lower() not in ASSOCIATION_NOUNS:
        return None
    members = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if members is None:
        return None
    lemma = members.lemma_.lower()
    for token in reversed(noun.doc[: members.i]):  # the nearest naming of those members
        if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
            actor = resolve_actor(noun_phrase(token), context)
            if actor is not None:
                return actor if actor.inter in ARMED_GROUP_TYPES else None
    return None


def _described_by(source: SpacySpan) -> SpacySpan:
    """The words before a name the actor list lacks that say what it names ("the prison authority
    X": "the prison authority", which `_common_source` reads), or the source itself where none do."""
    root = source.root
    described = [t for t in source if t.i < root.i and t.dep_ == "compound" and t.pos_ == "NOUN" and t.head == root]
    if root.pos_ != "PROPN" or not described:
        return source
    return source.doc[described[-1].left_edge.i : described[-1].i + 1]  # without the name's determiner


def _named_again(source: SpacySpan, context: ActorContext, resolve_generic: dict[str, Actor],
                 path: frozenset[int]) -> Actor | None:
    """The body a bare "the command", "the union" that nothing else resolves names again: the one
    the text named before by a phrase with that noun ("the navy's southern command said ... . ...,
    the command added"), as that phrase resolves. The state's own nouns ("the army") are left to
    `who`, which reads them as the state's whatever was named before."""
    root = source.root
    if root.pos_ != "NOUN" or len(source) != 2 or source[0].lower_ != "the" or root.lower_ in STATE_NOUNS:
        return None
    lemma = root.lemma_.lower()
    earlier = next((t for t in reversed(source.doc[: source.start]) if t.pos_ in {"NOUN", "PROPN"}
                    and t.lemma_.lower() == lemma), None)
    actor = source_actor(noun_phrase(earlier), context, resolve_generic, path) if earlier is not None else None
    return actor if actor is not None and actor.inter != tx.CIVILIANS else None


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the army, which said ...", "rebels who said ..."), when
    the pronoun is the subject of the relative clause."""
    clause = pronoun.head
    if pronoun.tag_ not in {"WDT", "WP"} or pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "relcl":
        return None
    return clause.head


def _first_of_coordinated(source: SpacySpan) -> SpacySpan:
    """The first speaker of a coordinated source ("X fighters and the Y Army said", "residents and
    the local militia said"), which a claim built from the whole source names; the others are
    claimants of their own (mentions' coordinated speakers). A name that holds "and" ("Trinidad and
    Tobago") is one speaker."""
    root = source.root
    joint = next((c for c in root.children if c.dep_ in {"cc", "conj"} and c.i > root.i), None)
    if joint is None or root.ent_iob_ in {"B", "I"} and joint.ent_iob_ == "I":
        return source
    words = [t for t in source.doc[source.start : joint.i] if not t.is_punct]
    return source.doc[words[0].i : words[-1].i + 1] if words else source


def _whose_voice(voice: Token) -> Token | None:
    """The body a "whose" voice speaks for, as the subject of a relative clause on it ("the state
    police command, whose spokesman said ...": the command)."""
    clause = voice.head
    if voice.lemma_.lower() not in VOICE_NOUNS or voice.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "relcl" \
            or not any(c.tag_ == "WP$" and c.dep_ == "poss" for c in voice.children):
        return None
    return clause.head


def _security_source(root: Token) -> bool:
    """Whether a source is unnamed "security sources" or officials ("a security source", "two
    security sources", "a Puntland security official")."""
    return root.lemma_.lower() in {"source", "official"} and any(
        c.lower_ == "security" and c.dep_ in {"compound", "amod"} for c in root.lefts)


# A state's force a bare "the army" or "the police" names, and the common nouns of its people.
BARE_FORCES = {"army": ("Military", frozenset(FORCE_NOUNS)), "military": ("Military", frozenset(FORCE_NOUNS)),
               "police": ("Police", frozenset(POLICE_NOUNS))}


def _forces_the_sentence_names(source: SpacySpan) -> Actor | None:
    """The forces a bare "the army", "the military" or "the police" speaks for where its sentence
    names one state's people of that force by the state's demonym or possessive ("Separately,
    Lebanese soldiers defused a device near the border, the army said"): that state's, not those of
    the state whose forces the article named first. People of another force ("a mine left by
    Russian troops, police said") or a force's proper name ("the X Defence Force") say nothing."""
    root = source.root
    kind, people = BARE_FORCES.get(root.lower_, (None, frozenset()))
    if kind is None or any(t.dep_ != "det" for t in source if t.i != root.i):
        return None
    countries = {country for t in root.sent if not source.start <= t.i < source.end and t.pos_ == "NOUN"
                 and t.lower_ in people for c in t.children if c.dep_ in {"amod", "poss"}
                 and (country := country_of_word(c.text)) is not None}
    if len(countries) != 1:
        return None
    return Actor(forces_name(kind, countries.pop()), tx.STATE_FORCES, Span(source.start_char, source.end_char, source.text))


def _general_staff(root: Token) -> bool:
    """Whether a source is an army's general staff ("the general staff said", "Ukraine's General Staff")."""
    return root.lemma_.lower() == "staff" and any(c.lower_ == "general" and c.dep_ in {"compound", "amod"}
                                                   for c in root.lefts)


def _owner_country(root: Token) -> str | None:
    """The country a source's possessor or qualifier names ("Ukraine's General Staff", "a Kenyan
    security official", "a Puntland security source"), if any."""
    return next((country for c in root.doc[root.left_edge.i : root.i] if c.dep_ in {"poss", "compound", "amod"}
                 and (country := country_of_word(c.text)) is not None), None)


# Writings found where an act was done, signed by no one: "a note left near the body".
LEFT_WRITINGS = {"note", "letter", "pamphlet", "leaflet", "poster", "placard", "flyer", "banner"}
LEAVING_LEMMAS = {"leave", "find", "pin", "drop", "scatter", "paste", "discover", "hang"}
# Counts a body keeps or gives: "according to figures from the health ministry", "data from X showed".
COUNTS = {"figure", "data", "datum", "tally", "count", "statistic", "record"}  # "datum": spaCy's lemma of "data"


def _left_by_doer(writing: Token) -> Token | None:
    """Who left an unsigned writing at the scene of an act, as the sentence's source: the doer of
    the act the attribution is told of ("the gunmen killed him, according to a note left near his
    body": the gunmen), its active subject or passive "by" phrase; none when the writing names no
    leaving or the act names no doer."""
    if writing.lemma_.lower() not in LEFT_WRITINGS or not any(
            c.dep_ == "acl" and c.lemma_.lower() in LEAVING_LEMMAS for c in writing.children):
        return None
    act = writing.head
    while act.dep_ in {"pobj", "prep"} or act.lower_ == "according":
        if act.head is act:
            return None
        act = act.head
    if act.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if subject == writing:  # "letters found in the kitchen suggested ...": the writing tells, no doer is named
        return None
    if subject is not None:
        return None if subject.lower_ in PRONOUNS else subject
    return passive_agent(act)


def _demonym_state_body(source: SpacySpan) -> Actor | None:
    """The government of a state whose body the phrase names with the country's demonym and a
    state body's noun ("the French High Commission", "the Kenyan Interior Ministry"), where the
    actor list lacks the body; not a rights or aid body so named ("the Kenyan Human Rights
    Commission": `OUTSIDE_BODY_WORDS`)."""
    root = source.root
    if root.pos_ != "PROPN" or root.lower_ not in STATE_BODY_HEADS or OUTSIDE_BODY_WORDS.search(source.text):
        return None
    first = next((t for t in source if t.dep_ != "det"), None)
    if first is None or first.i == root.i or first.pos_ not in {"ADJ", "PROPN"}:
        return None
    country = country_of_word(first.text)
    if country is None or first.lower_ == country.lower():  # a demonym, not the country's own name
        return None
    return Actor(f"Government of {country}", tx.STATE_FORCES, Span(source.start_char, source.end_char, source.text))


def _professed_group(people: Token) -> Token | None:
    """The group people say they belong to, in a relative clause of theirs: "men who said they
    belonged to X", "gunmen who identified themselves as members of X"."""
    for clause in people.children:
        if clause.dep_ not in {"relcl", "acl"}:
            continue
        for verb in clause.subtree:
            lemma = verb.lemma_.lower()
            if lemma == "belong" or lemma in {"be", "identify", "describe"} and any(
                    c.lemma_.lower() in MEMBER_NOUNS for c in verb.subtree if c.dep_ in {"attr", "pobj", "oprd"}):
                groups = [g for t in verb.subtree if t.dep_ == "prep" and t.lower_ in {"to", "of"}
                          and t.head.lemma_.lower() in MEMBER_NOUNS | {"belong"} for g in t.children if g.dep_ == "pobj"]
                if groups:
                    return groups[0]
    return None


MEMBER_NOUNS = {"member", "fighter", "militant"}


def _members_group(members: Token) -> Token | None:
    """The group whose members a plural noun names: "fighters of X" -> X; None for other nouns."""
    if members.lemma_.lower() not in MEMBER_NOUNS:
        return None
    return next((g for p in members.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), None)


def _described_as_voice(name: Token) -> Token | None:
    """The description set beside a named body that makes it another's voice ("X, the movement's
    official news agency", "Y, the media wing of the group"), if any."""
    if name.pos_ != "PROPN":
        return None
    return next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in VOICE_NOUNS
                 and (any(g.dep_ == "poss" for g in c.children) or _spoken_for(c) is not None)), None)


def _title_before_name(source: SpacySpan) -> SpacySpan | None:
    """The title of a spokesman or commander written before the person's name ("Army spokesman
    Colonel X": "Army spokesman"), which says whom the person speaks for better than the name."""
    root = source.root
    if root.pos_ != "PROPN":
        return None
    title = next((c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                  and c.lemma_.lower() in VOICE_NOUNS and any(g.dep_ in {"compound", "amod"} for g in c.lefts)), None)
    return source.doc[title.left_edge.i : title.i + 1] if title is not None else None


def _run_by(body: Token) -> Token | None:
    """Who runs a body named as a source: the agent of its "run by", "controlled by" ("the ministry
    run by the rebels", "the health ministry, which is controlled by the group"), or the word before
    the hyphen of its "X-run", "X-owned" ("the junta-run television", "a rebel-controlled radio")."""
    for clause in body.children:
        if clause.dep_ in {"acl", "relcl"} and clause.lemma_.lower() in RUNNING_LEMMAS:
            agent = passive_agent(clause)
            if agent is not None:
                return agent
        if clause.dep_ in {"amod", "compound"} and clause.i < body.i and clause.lemma_.lower() in RUNNING_LEMMAS:
            runner = next((c for c in clause.lefts if c.pos_ in {"NOUN", "PROPN", "ADJ"} and c.i + 2 == clause.i
                           and c.nbor(1).text == "-"), None)
            if runner is not None:
                return runner
    return None


RUNNING_LEMMAS = {"run", "own", "control", "operate", "administer", "govern", "lead"}


def _spoken_for(voice: Token) -> Token | None:
    """Whom a spokesman or leader named with "for" or "of" speaks for: "a spokesman for the rebels",
    "the leader of the group"; and whom a source inside it tells of: "sources in the military"."""
    prepositions = {"for", "of"} | ({"in", "within", "inside"} if voice.lemma_.lower() == "source" else set())
    return next((g for c in voice.children if c.dep_ == "prep" and c.lower_ in prepositions
                 for g in c.children if g.dep_ == "pobj"), None)


def _issuer(generic: Token) -> Token | None:
    """Who issued a statement, video or message that is named as the source: its possessor ("the
    group's statement"), the object of its "from" or "by" ("a statement from the army", "a
    video released by the group"), or whom the text credits with it ("a message attributed to
    the gang")."""
    for child in generic.children:
        if child.dep_ == "poss" and child.lower_ not in PRONOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "acl" and child.lemma_.lower() in CREDITING_LEMMAS:
            to = next((g for g in child.children if g.dep_ == "prep" and g.lower_ == "to"), None)
            target = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
            if target is not None:
                return target
        if child.dep_ == "acl" and child.lemma_.lower() in PUBLISHING_LEMMAS | {"sign", "write", "film"}:
            # "a video released by X", "a statement issued by X"; not "a report seen by X"
            by = next((g for g in child.children if g.dep_ == "agent"), None)
            target = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if target is not None:
                return target
    # "X posted a video showing ...", "a video showing ... was released by X": who published it
    publisher = generic.head
    if publisher.pos_ == "VERB" and publisher.lemma_.lower() in PUBLISHING_LEMMAS:
        if generic.dep_ == "dobj":
            return next((c for c in publisher.children if c.dep_ == "nsubj" and c.lower_ not in PRONOUNS), None)
        if generic.dep_ == "nsubjpass":
            return passive_agent(publisher)
    # "a police report", "an army statement": the body the noun before it names, not a medium ("a news report")
    return next((c for c in generic.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}
                 and c.lower_ not in MEDIA_WORDS and not names_channel(c.text)), None)


MEDIA_WORDS = {"news", "press", "media", "online", "web", "audio", "radio", "video", "tv"}
CREDITING_LEMMAS = {"attribute", "credit", "ascribe"}  # "a statement attributed to X": X's, by the text's account


def names_channel(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in CHANNELS)


# Verbs of putting out what was said or shown: "posted a video", "the message was issued by X".
PUBLISHING_LEMMAS = {"post", "issue", "publish", "release", "send", "make", "share", "air", "broadcast", "upload",
                     "circulate", "distribute"}
# Those whose object is the thing put out, not a saying of their own ("sent a clear message that ...",
# "made claims" say something): "released footage of ...", "issued a statement on ...".
RELEASING_LEMMAS = PUBLISHING_LEMMAS - {"send", "make"}


def _unnamed_armed(actor: Actor) -> bool:
    """An armed group known only by its role: "Unidentified Armed Group (X)", "Rebels (X)"."""
    return actor.inter in ARMED_GROUP_TYPES and (actor.name.startswith("Unidentified")
                                                 or actor.name.split(" (")[0] in ROLE_NAMES)


def _refers_back(noun: Token) -> bool:
    """Whether a plural role noun names a group again: "the militants", not "militants" nor "some
    militants" nor "the local militants"."""
    return noun.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in {"compound", "nmod", "poss", "amod", "appos", "nummod"} or c.ent_type_ for c in noun.children)


# Who speaks for an organisation: "the rebels' spokesman", "the group's media wing", "its commander".
VOICE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "commander", "leader", "chief", "head", "wing", "office",
               "channel", "agency", "outlet", "account", "website", "page", "media", "representative"}
# A civilian witness named by what they are, not as a group: "a resident", "the victim's mother".
CIVILIAN_WITNESSES = PERSON_NOUNS - {"chief", "elder"} | {
    "witness", "eyewitness", "relative", "brother", "sister", "mother", "father", "son", "daughter", "wife",
    "husband", "uncle", "aunt", "cousin", "nephew", "niece", "neighbour", "neighbor", "survivor", "family",
    "medic", "paramedic", "volunteer", "colleague", "friend", "parishioner", "worshipper", "congregant",
    "owner",  # "the shop's owner", "a camp owner": a business's owner tells what was done to it
}


def _owner_actor(owner: Token, context: ActorContext) -> Actor | None:
    """The organisation a possessor names: a name or a role ("Al-Shabaab's", "the rebels'"), or a
    possessive pronoun ("its", "their") standing for the organisation a sentence before made the
    subject of its telling; an organisation's part named by the organisation ("the X faction") is
    the organisation's. A state official's people (a government's spokesman) are the state's
    already, and civilians have no spokesman: those are none."""
    if owner.lower_ in PRONOUNS:
        return _referent(owner, context)
    actor = _body_named_before(noun_phrase(owner), context) or resolve_actor(noun_phrase(owner), context)
    name = next((c for c in owner.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if actor is None and name is not None:  # "a spokesman for the X faction", "the X wing's commander": X's
        actor = resolve_actor(owner.doc[name.left_edge.i : name.i + 1], context)
    return actor if actor is not None and actor.inter not in {tx.CIVILIANS, tx.UNKNOWN_ACTOR} else None


def _referent(pronoun: Token, context: ActorContext) -> Actor | None:
    """The organisation an "its" or "their" refers to: the subject of its own sentence's main
    verb when that is one, else of the sentence before, read back one sentence at a time (at
    most two): the actor a report's telling is about ("The group stormed the base. Its spokesman
    said ...")."""
    doc = pronoun.doc
    sentence = pronoun.sent
    own = _subject_before(pronoun, context)
    if own is not None:
        return own
    for _ in range(2):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        root = sentence.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ in PRONOUNS:
            continue
        phrase = noun_phrase(subject)
        actor = resolve_actor(phrase, context) or (
            _group_named_before(phrase, context) if _refers_to_group(subject)
            else None)
        if actor is not None and actor.inter not in {tx.CIVILIANS, tx.UNKNOWN_ACTOR}:
            return actor
    return None


def _body_named_before(source: SpacySpan, context: ActorContext) -> Actor | None:
    """The body a bare "the ministry", "the party" names again: the nearest one of that noun the
    text named before with its state ("Cambodia's defence ministry denied ... . Hours later, shells
    hit a town, the ministry said": Cambodia's, not the state the report is filed from) or by its
    name ("The main opposition party, X, said ... . ..., the party said": X), or by a name it
    gave with its short form in brackets that ends in that noun ("the X Federation (XF)"), or an
    armed body's proper name that ends in it (`_names_again`)."""
    root = source.root
    if root.pos_ != "NOUN" or len(source) != 2 or source[0].lower_ != "the" or source[0].head != root:
        return None
    lemma = root.lemma_.lower()
    for token in reversed(source.doc[: source.start]):
        if token.lemma_.lower() != lemma and token.lower_ != root.lower_ or token.pos_ not in {"NOUN", "PROPN"}:
            continue  # a proper name's word keeps its form as its lemma ("Forces")
        doc = token.doc
        if token.pos_ == "PROPN" and token.i + 1 < len(doc) and doc[token.i + 1].text == "(" \
                and lemma not in STATE_NOUNS:  # "the army" is the state's, not the "X Liberation Army (XLA)"
            # "the X Students' Federation (XSF) said ... . ..., the federation said": that federation
            called = _name_before_bracket(doc[token.i + 1], token.sent.start, context)
            if called is not None and called.inter != tx.CIVILIANS:
                return called
        name = _name_of_group(token) if token.pos_ == "NOUN" else None
        named = resolve_actor(name, context) if name is not None else None
        if named is not None and named.inter != tx.CIVILIANS and not named.name.startswith("Unidentified"):
            return named
        if any(c.dep_ in {"poss", "compound", "amod"} for c in token.lefts):
            actor = resolve_actor(noun_phrase(token), context)
            if actor is not None and (actor.inter == tx.STATE_FORCES or _names_again(root, token, actor)):
                return actor
    return None


def _names_again(noun: Token, named: Token, actor: Actor) -> bool:
    """Whether a bare "the forces" names again the armed body whose proper name ended in that word
    ("the X Defence Forces ... a spokesman for the forces"); not "the army" or "the police", nor any
    other of `who`'s nouns of a state's people, which name the state's own whatever group was named
    before ("the X Liberation Army")."""
    return (named.pos_ == "PROPN" and named.lower_ == noun.lower_
            and (noun.lower_ not in STATE_NOUNS or noun.lower_ in FORCES_WORDS) and actor.inter in ARMED_PARTIES)


FORCES_WORDS = {"forces", "force"}  # a state's or any armed body's: "the forces" names the last "X Forces" again


def _office_of(person: Actor, source: SpacySpan, context: ActorContext,
               resolve_generic: dict[str, Actor], path: frozenset[int]) -> Actor | None:
    """Whom a person the text named in full speaks for, by the title or description it gave them
    there: "Mr X", "X" or "the governor" after "regional governor Y X said" is the government,
    after "Y X, a farmer, said" a civilian, as that first naming resolves. A person the text gave
    no such title, or a former one ("former president Y X"), stays themself. Only the first naming
    is read: it is where reports give the title, and reading each later one would resolve every
    naming before it again (exponential in how often the person is named)."""
    if person.name not in context.people.values():
        return None
    surname = person.name.split()[-1]
    first = next((token for token in source.doc[: source.start]
                  if token.text == surname and token.ent_type_ == "PERSON"), None)
    if first is None:
        return None
    named = noun_phrase(first)
    if any(t.lower_ in FORMER_WORDS for t in named):
        return None
    office = source_actor(named, context, resolve_generic, path)
    if office is not None and office.name != person.name and office.inter != tx.UNKNOWN_ACTOR:
        return office
    return None


FORMER_WORDS = {"former", "ex", "ex-", "late"}


def _named_police(actor: Actor, context: ActorContext) -> Actor | None:
    """A police force by its own name that no actor list holds ("the National Civil Police (PNC)
    said"): the police forces of the report's country, as "police said" is."""
    words = [word.lower() for word in actor.name.split()]
    if actor.inter != tx.UNKNOWN_ACTOR or not context.country or not (
            words[-1] in POLICE_NAME_WORDS or len(words) > 1 and words[-2] in POLICE_NAME_WORDS
            and words[-1] in {"force", "service"}):  # "the X Constabulary Force", "the Y Police Service"
        return None
    return Actor(forces_name("Police", context.country), tx.STATE_FORCES, actor.evidence)


POLICE_NAME_WORDS = {"police", "gendarmerie", "constabulary"}


def _ranked_officer(source: SpacySpan, context: ActorContext) -> Actor | None:
    """A person titled by a police rank before the name ("inspector general X", "Superintendent Y
    told reporters") speaks for the police of the report's country, as "police said" does."""
    title = [t for t in source if t.i < source.root.i and t.dep_ in {"compound", "amod"}]
    if not context.country or not any(t.lower_ in POLICE_RANKS for t in title):
        return None
    return Actor(forces_name("Police", context.country), tx.STATE_FORCES,
                 Span(source.start_char, source.end_char, source.text))


POLICE_RANKS = {"inspector", "superintendent", "constable", "sergeant", "detective"}


def _full_name_before(actor: Actor, source: SpacySpan, context: ActorContext) -> Actor | None:
    """The organisation a short form of its name stands for ("the Polisario said" after "fighters
    of the Polisario Front", "the Guards said" after "the Revolutionary Guards"): the nearest
    capitalised run the text gave before that opens or closes with the short name and goes on,
    if it names an organisation."""
    doc, words = source.doc, actor.name.split()
    for i in range(source.start - len(words) - 1, -1, -1):
        if [t.text for t in doc[i : i + len(words)]] != words:
            continue
        start, end = i, i + len(words)
        while end < source.start and (doc[end].is_title and doc[end].pos_ == "PROPN"
                                      or not doc[end - 1].whitespace_ and (doc[end].is_alpha or doc[end].text == "-")):
            end += 1  # the name's further words, or the parts glued to it by hyphens ("X-e-Y")
        if end == i + len(words):
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in {"PROPN", "ADJ"}:
                start -= 1
        named = resolve_actor(doc[start:end], context) if end - start > len(words) else None
        if named is None or named.inter == tx.CIVILIANS:
            continue
        # opening the name, the run is that organisation by its own name; closing it, one the actor list knows
        if named.name[len(actor.name) : len(actor.name) + 1] in {" ", "-"} and named.name.startswith(actor.name) \
                if start == i else named.inter != tx.UNKNOWN_ACTOR:
            return named
    return None


def _word_of_a_group(source: SpacySpan, context: ActorContext) -> Actor | None:
    """The one armed group the report names whose name holds the source's one word, as who/
    reads "suspected Maoist rebels" ("the Maoists said" in a report naming the "Communist Party of
    India (Maoist)"); none when no group's or several groups' names hold it."""
    words = [t for t in source if t.dep_ != "det"]
    if len(words) != 1 or words[0].pos_ != "PROPN" or country_of_word(words[0].text):
        return None
    name = group_named_by_word(source.doc, context, {words[0].text, words[0].text.removesuffix("s")})
    if name is None:
        return None
    known = known_actors().get(name.lower())
    inter = known.inter if known is not None else context.types.get(name, tx.UNKNOWN_ACTOR)
    return Actor(name, inter, Span(source.start_char, source.end_char, source.text))


def _subject_before(pronoun: Token, context: ActorContext) -> Actor | None:
    """The organisation an "its", "it" or "their" refers to within its own sentence: the nearest subject
    before it that agrees with it in number and names one ("Cambodia's defence ministry denied
    ..., and its spokeswoman said ...": the ministry's spokeswoman, not that of the sentence
    before's speaker). Members of a group are that group ("Fighters of X stormed ..., its commander
    said": X's commander)."""
    plural = pronoun.lower_ == "their"
    for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ in PRONOUNS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not plural and token.tag_ in {"NNS", "NNPS"}:
            token = _members_group(token)
            if token is None:
                continue
        actor = resolve_actor(noun_phrase(token), context)
        if actor is not None and actor.inter not in {tx.CIVILIANS, tx.UNKNOWN_ACTOR}:
            return actor
    return None


def _subject_group_before(phrase: SpacySpan, context: ActorContext) -> Actor | None:
    """The armed group that is the subject of the phrase's own sentence before it ("Fighters of X
    ambushed a patrol of Y, killing five Y fighters, the group said": X, the doer its sentence
    is about, not Y, named last); none when no subject before it names one."""
    for token in phrase.sent[: phrase.start - phrase.sent.start]:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.lower_ in PRONOUNS:
            continue
        actor = resolve_actor(token.doc[token.left_edge.i : token.right_edge.i + 1], context)
        if actor is not None and actor.inter in ARMED_GROUP_TYPES and not actor.name.startswith("Unidentified"):
            return actor
    return None


def _group_named_before(phrase: SpacySpan, context: ActorContext) -> Actor | None:
    """The armed group a phrase that names no group ("the group", "the militants") stands for:
    the one the text named last before it, by a name the parser tagged, else by a role it
    qualified or an acronym it taught (`_last_armed_group`)."""
    return last_named_group(phrase, context) or _last_armed_group(phrase, context)


def _called_a_group_before(phrase: SpacySpan, context: ActorContext) -> Actor | None:
    """The organisation the text called a group by name in the phrase's sentence or the two before
    it, nearest first ("..., the rights group X said. ... the group said"; "X, a monitoring group,
    said"; "the X Group"): "the group" names it again, whether or not it is armed."""
    doc = phrase.doc
    sentence = phrase.sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    first = doc[first - 1].sent.start if first > 0 else first
    for token in reversed(doc[first : phrase.start]):
        if token.lemma_.lower() not in GROUP_NOUNS or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        # a group noun in a name is that name's ("the X Group of Y (XGY) ... the group's commander")
        name = (_name_of_group(token) or _name_before_noun(token)) if token.pos_ == "NOUN" \
            else _whole_name(noun_phrase(token))
        actor = resolve_actor(name, context) if name is not None else None
        if actor is not None and not actor.name.startswith("Unidentified") and (
                token.pos_ == "NOUN" or actor.inter != tx.CIVILIANS):
            return actor
    return None


def _name_of_group(noun: Token) -> SpacySpan | None:
    """The name a group noun is given: the proper name right after it ("the rights group X"), or
    the one it is set beside ("X, a rights group", "the group, X, ...")."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        end = noun.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        return doc[noun.i + 1 : end]
    beside = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if beside is None and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        beside = noun.head
    return doc[beside.left_edge.i : beside.i + 1] if beside is not None else None


def _party_named_before(phrase: SpacySpan, context: ActorContext) -> Actor | None:
    """The party the text named last before `phrase` by a name set beside the word "party" ("the
    main opposition party, X", "the ruling party X"), or by a name it called the opposition's or
    the ruling one ("members of the opposition X (XY)")."""
    for token in reversed(phrase.doc[: phrase.start]):
        if token.pos_ == "PROPN" and token.dep_ not in {"compound", "poss"} and (
                any(c.lower_ in PARTY_QUALIFIERS and c.i < token.i for c in token.children)
                or token.dep_ == "appos" and token.head.lower_ in PARTY_QUALIFIERS):
            name = _bracketed_name(token.doc[token.left_edge.i : token.right_edge.i + 1], context)
            if name is not None:
                return name
        if token.lemma_.lower() not in PARTY_NOUNS or token.pos_ != "NOUN":
            continue
        beside = next((c for c in token.children if c.dep_ == "appos"), None)
        name = _name_of_group(token) or (
            token.doc[beside.left_edge.i : beside.right_edge.i + 1] if beside is not None else None)
        actor = resolve_actor(name, context) if name is not None else None
        if actor is not None and not actor.name.startswith("Unidentified"):
            return actor
    return None


PARTY_QUALIFIERS = {"opposition", "ruling"}


def _bracketed_name(source: SpacySpan, context: ActorContext) -> Actor | None:
    """The organisation a source names by a name of two or more capitalised words and its short
    form in brackets ("the opposition X Y Z (XYZ)", "the banned X Y (Xy)"): that name, however
    the words before it qualify it ("opposition", "banned") and whatever the actor list would
    make of one of its words ("People's" is no sign of civilians there); none when the name
    stands only inside the source ("a spokesman for X (XY)")."""
    doc = source.doc
    bracket = next((t for t in source if t.text == "(" and t.i + 1 < len(doc) and t.i > source.start), None)
    return _name_before_bracket(bracket, source.start, context, source) if bracket is not None else None


def _short_form_before(source: SpacySpan, context: ActorContext) -> Actor | None:
    """The organisation a one-word source is the short form of, taught earlier by a bracket
    ("... the X Y Movement (Xym) said. Xym said ...") that the actor context did not learn."""
    words = [t for t in source if t.dep_ != "det"]
    if len(words) != 1:
        return None
    doc = source.doc
    for token in reversed(doc[1 : source.start]):
        if token.text == words[0].text and doc[token.i - 1].text == "(":
            return _name_before_bracket(doc[token.i - 1], doc[token.i - 1].sent.start, context)
    return None


def _name_before_bracket(bracket: Token, start: int, context: ActorContext,
                         whole: SpacySpan | None = None) -> Actor | None:
    """The organisation named by the capitalised words from `start` up to `bracket`, whose short
    form the bracket holds; with `whole` (the source phrase), only if those words hold its root,
    and as the actor list or the article knows the whole phrase when it names no one by a
    generic role ("The X Defence Force (XDF)" is a state's army; "(the banned) X (Maoist)" is
    looked up whole)."""
    doc = bracket.doc
    short = doc[bracket.i + 1]
    words = []
    for token in reversed(doc[start : bracket.i]):
        glued = not token.whitespace_ and token.i + 1 < bracket.i  # "Tehrik-i-Taliban": one word
        if not (any(ch.isupper() for ch in token.text) or token.lower_ in NAME_LINKS or glued) or token.dep_ == "det":
            break
        words.insert(0, token)
    while words and words[0].lower_ in NAME_LINKS:
        words.pop(0)
    capitalised = [t for t in words if any(ch.isupper() for ch in t.text)]
    if len(capitalised) < 2 or not short.text[:1].isupper() or not short.is_alpha \
            or whole is not None and not any(t.i == whole.root.i for t in words):
        return None
    known = resolve_actor(whole, context) if whole is not None else None
    if known is not None and (known.inter == tx.STATE_FORCES or known_actors().get(known.name.lower()) is not None):
        return known
    name = doc[words[0].i : words[-1].i + 1]
    text = span_text(name).strip()
    actor = resolve_actor(name, context)
    if actor is not None and (actor.name.lower().startswith(text.lower())
                              or actor.inter not in {tx.CIVILIANS, tx.UNKNOWN_ACTOR}):
        return actor  # the name itself, or a state's forces by their name ("the X Defence Force (XDF)")
    inter = context.types.get(text, named_group_type(text))
    return Actor(text, inter, Span(name.start_char, name.end_char, text))


NAME_LINKS = {"of", "for", "and", "de", "du", "des", "la", "le", "del", "the", "'s", "’s", "'", "’"}


def _last_armed_group(phrase: SpacySpan, context: ActorContext) -> Actor | None:
    """The armed group the text named last before `phrase` by a role it qualified ("M23 rebels")
    or an acronym it taught: `last_named_group` reads only the parser's named entities, which
    miss names such as "M23"."""
    doc = phrase.doc
    for token in reversed(doc[: phrase.start]):
        if token.pos_ not in {"PROPN", "NOUN"} or token.dep_ == "compound":
            continue
        actor = resolve_actor(noun_phrase(token), context)
        if actor is not None and actor.inter in ARMED_GROUP_TYPES and not _unnamed_armed(actor):
            return actor
    return None


def _common_source(source: SpacySpan, context: ActorContext) -> Actor | None:
    """A source no canonical actor names, by what it is: one civilian witness or relative ("a
    resident", "the victim's brother") is the article country's civilians, as residents are; an
    authority ("the prison authority") or an office holder ("a local commissioner") is its
    government, as authorities are."""
    root = source.root
    # a plural opening the sentence that the tagger read as a name ("Medics at X hospital said")
    misread = root.pos_ == "PROPN" and root.is_sent_start and root.tag_ == "NNPS"
    lemma = root.lower_.removesuffix("s") if misread else root.lemma_.lower()
    if root.pos_ != "NOUN" and not misread or not context.country or any(
            t.lower_ in ARMED_PERSON_WORDS for t in root.lefts):  # "a police driver", "an army doctor"
        return None
    evidence = Span(source.start_char, source.end_char, source.text)
    if lemma in CIVILIAN_WITNESSES:
        return Actor(f"Civilians ({context.country})", tx.CIVILIANS, evidence)
    if lemma in ORGANISERS:  # "the organisers said", "a student organiser": who leads the protest
        return Actor(f"Protesters ({context.country})", tx.PROTESTERS, evidence)
    if lemma in {"authority", "presidency"} or lemma in OFFICE_HOLDERS or lemma in LOCAL_BODIES and any(
            t.lower_ in LOCAL_BODY_WORDS for t in root.lefts):  # "the city council", "the district head"
        return Actor(f"Government of {context.country}", tx.STATE_FORCES, evidence)
    if lemma in EMERGENCY_BODIES and any(t.lower_ in EMERGENCY_WORDS for t in root.lefts):
        # "emergency services said", "the civil defence agency said": the state's rescuers
        return Actor(f"Government of {context.country}", tx.STATE_FORCES, evidence)
    return None


# A state's rescue bodies, which count the dead where a strike hit: "emergency services", "the rescue
# service", "the civil defence agency", "the fire department".
EMERGENCY_BODIES = {"service", "agency", "department", "directorate"}
EMERGENCY_WORDS = {"emergency", "rescue", "defence", "defense", "fire"}


ORGANISERS = {"organiser", "organizer"}
# Words that pick some of a group ("one of the survivors", "several of the residents").
PARTITIVES = {"one", "some", "many", "several", "most", "few", "two", "three", "four", "five"}


def _one_of(root: Token) -> Token | None:
    """The group a partitive source is part of: "one of the organisers" -> "organisers"."""
    if root.lower_ not in PARTITIVES:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


# Leaders of a community rather than of an organisation or state: "a community leader", "a village
# elder", "a Mapuche community leader", "the local religious leader", "a civil society leader", whom
# `who` would read as officials of the state ("leader").
CIVIC_LEADERS = {"leader", "elder", "chief", "head"}
CIVIC_QUALIFIERS = {"community", "village", "tribal", "traditional", "religious", "clan", "customary", "civic",
                    "neighbourhood", "neighborhood", "youth", "union", "society"}


def _civic_leader(source: SpacySpan, context: ActorContext) -> Actor | None:
    """A leader of a community (`CIVIC_LEADERS` qualified by `CIVIC_QUALIFIERS`) speaks for its
    civilians: the article country's civilians, as residents are."""
    root = source.root
    # "an elder from X", "the elders": a bare elder, no party's or group's ("a party elder"), is a community's
    bare_elder = root.lemma_.lower() == "elder" and not any(t.dep_ in {"compound", "poss", "amod"} for t in root.lefts)
    if (not context.country or root.pos_ != "NOUN" or root.lemma_.lower() not in CIVIC_LEADERS
            or not (bare_elder or any(t.lower_ in CIVIC_QUALIFIERS for t in root.lefts))):
        return None
    return Actor(f"Civilians ({context.country})", tx.CIVILIANS, Span(source.start_char, source.end_char, source.text))


def _same_before(noun: Token) -> Token | None:
    """The noun a "the same official", "the same group" names again: the nearest one before it of
    that lemma, if the phrase says "same"."""
    if not any(c.lower_ == "same" and c.dep_ == "amod" for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    return next((t for t in reversed(noun.doc[: noun.left_edge.i]) if t.lemma_.lower() == lemma and t.pos_ == "NOUN"),
                None)


def _place_official(root: Token, owner: Token | None, context: ActorContext) -> Actor | None:
    """The state's forces whose officer a place's possessive names ("Nakuru's police chief", "the
    province's army commander", "Kenya's police spokesman"): its police or military by the word
    before the officer's title; none for a foreign country's officer or none so named."""
    if owner is None or root.lemma_.lower() not in VOICE_NOUNS or not context.country or not (
            owner.ent_type_ in {"GPE", "LOC"} or owner.lemma_.lower() in PLACE_NOUNS or _unknown_place(owner, context)):
        return None
    country = country_of_word(owner.text)
    if country is not None and country != context.country:
        return None
    words = {t.lower_ for t in root.lefts if t.dep_ in {"compound", "amod"}}
    kind = "Police" if words & (POLICE_NOUNS - {"security"}) else "Military" if words & FORCE_NOUNS else None
    if kind is None:
        return None
    return Actor(forces_name(kind, context.country), tx.STATE_FORCES,
                 Span(owner.idx, root.idx + len(root), root.doc.text[owner.idx : root.idx + len(root)]))


PLACE_NOUNS = {"region", "province", "state", "district", "county", "city", "town", "country", "nation"}


def _foreign_place_government(root: Token, owner: Token | None, context: ActorContext) -> Actor | None:
    """The government of another country than the article's, whose place owns a local office: "X's
    governor" where the text set X in that country ("in Russia's X region"), "the region's governor"
    after a sentence that named "the Russian port city of Y" (a strike across a border, told by the
    striking side, then by the struck side's officials). None where the text sets the place in no
    country, or in the article's."""
    if owner is None or root.lemma_.lower() not in LOCAL_OFFICES or not context.country:
        return None
    place = _place_referred_to(owner)
    country = _country_set_beside(place) if place is not None else None
    if country is None or country == context.country:
        return None
    return Actor(f"Government of {country}", tx.STATE_FORCES,
                 Span(owner.idx, root.idx + len(root), root.doc.text[owner.idx : root.idx + len(root)]))


def _officials_where_it_happened(source: SpacySpan, context: ActorContext) -> Actor | None:
    """Unnamed officials ("officials say", "local officials said") telling of an act that their own
    sentence sets in one country other than the article's ("Pakistani air strikes in eastern
    Afghanistan have killed eight people, officials say"): that country's government, whose
    officials count the dead where it happened, not the state the article names most (often the
    striking one). Officials the phrase ties to someone ("Pakistani officials", "officials in X",
    "senior officials") are left to who they are said to be."""
    root = source.root
    if root.lemma_.lower() not in UNNAMED_OFFICIALS or root.pos_ != "NOUN" or not context.country or any(
            t.dep_ not in {"det", "nummod"} and t.lower_ not in LOCAL_BODY_WORDS for t in root.lefts) \
            or any(c.dep_ in {"prep", "appos", "acl", "relcl"} for c in root.rights):
        return None
    countries = {country for token in root.sent if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS
                 and not source.start <= token.i < source.end and not _describes_someone(token)
                 and (country := _country_of_place(token)) is not None}
    if len(countries) != 1 or context.country in countries:
        return None
    return Actor(f"Government of {countries.pop()}", tx.STATE_FORCES,
                 Span(source.start_char, source.end_char, source.text))


UNNAMED_OFFICIALS = {"official", "authority"}


def _describes_someone(place: Token) -> bool:
    """Whether a place is told in a description of someone, not where the act was ("the X, a group
    with roots in Uganda", "a militia that fled into Chad")."""
    return any(t.dep_ in {"appos", "relcl", "acl"} for t in (place, *place.ancestors))


def _country_of_place(token: Token) -> str | None:
    """The country a place after "in" or "near" is or lies in: "in eastern Afghanistan", "in the
    Democratic Republic of Congo", "in Russia's Kursk region", "near the Syrian city of Homs"."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in {"GPE", "LOC"}), None)
    if token.pos_ == "PROPN":
        named = country_of_word(entity.text) if entity is not None else None
        if named is not None or (named := _country_named(token)) is not None:
            return named
    return _country_set_beside(token)


COUNTRY_NOUNS = {"country", "nation"}


def _place_referred_to(owner: Token) -> Token | None:
    """The place a possessive before an office names: a place noun ("the region's") refers to the
    last place its own sentence names before it, else the last one the sentence before names; a
    name ("X's") to where the text named X before, else to itself."""
    doc = owner.doc
    if owner.lemma_.lower() in PLACE_NOUNS and any(c.dep_ == "det" for c in owner.children):
        sentence = owner.sent
        before = [t for t in doc[sentence.start : owner.i] if _names_a_place(t)]
        if not before and sentence.start > 0:
            before = [t for t in doc[sentence.start - 1].sent if _names_a_place(t)]
        return before[-1] if before else None
    if owner.pos_ != "PROPN":
        return None
    return next((t for t in reversed(doc[: owner.i]) if t.text == owner.text), owner)


def _names_a_place(token: Token) -> bool:
    """A word of a place's name, not a country's ("Russian", "Russia's" qualify a place): one the
    recognizer calls a place or set after "in" ("In X, the city's mayor said"), which it may take for
    a person's; or a noun of a place below a country ("the city of X")."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in PLACE_NOUNS - COUNTRY_NOUNS
    return token.pos_ == "PROPN" and country_of_word(token.text) is None and (
        token.ent_type_ in PLACE_ENTITIES or token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS)


PLACE_PREPOSITIONS = {"in", "near", "outside"}


def _country_set_beside(place: Token) -> str | None:
    """The country the words around a place's name set it in: "Russia's X region", "the Russian
    port city of X", "X, Russia"."""
    around = [place]
    while around[-1].dep_ == "compound":  # "X region": the region's words
        around.append(around[-1].head)
    last = around[-1]
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lemma_.lower() in PLACE_NOUNS:
        around.append(last.head.head)  # "the Russian city of X": the city's words
    return next((country for word in around for child in word.children if child.dep_ in COUNTRY_WORD_DEPS
                 and (country := _country_named(child)) is not None), None)


def _country_named(word: Token) -> str | None:
    """The country a word names with the proper nouns compounded before it: "South Sudan's" is
    South Sudan, not Sudan."""
    names = [t.text for t in word.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return (country_of_word(" ".join([*names, word.text])) if names else None) or country_of_word(word.text)


COUNTRY_WORD_DEPS = {"poss", "amod", "compound", "nmod", "appos"}


def _unknown_place(owner: Token, context: ActorContext) -> bool:
    """Whether a proper name owning a police or army officer is a place the recognizer missed
    ("Kerala's police chief" read as a person's): no organisation, nationality or leader the article names."""
    if owner.pos_ != "PROPN" or owner.ent_type_ in {"ORG", "NORP"} or owner.text in context.leaders:
        return False
    actor = resolve_actor(noun_phrase(owner), context)
    return actor is None or actor.inter == tx.UNKNOWN_ACTOR


def _name_before_noun(noun: Token) -> SpacySpan | None:
    """The proper name among the words before a noun that qualify it ("the X Y self-defence group":
    X Y; "the XYZ teachers' union": XYZ), if any: the last run of proper nouns, unless it names a
    place ("a Lagos-based rights group", "the Kenya Red Cross" stays `who`'s)."""
    doc = noun.doc
    names = [t.i for t in doc[noun.left_edge.i : noun.i] if t.pos_ == "PROPN"]
    if not names:
        return None
    start = names[-1]
    while start - 1 in names:
        start -= 1
    name = doc[start : names[-1] + 1]
    # (the recognizer takes a name it does not know for a people's as often as for a body's: "the X
    # group said" names a body by its own name, the definite article says so)
    entities = PLACE_ENTITIES - {"NORP"} if any(t.dep_ == "det" and t.lower_ == "the" for t in noun.lefts) \
        else PLACE_ENTITIES
    if doc[name.end].text == "-" or any(t.ent_type_ in entities or country_of_word(t.text) for t in name):
        return None
    return name


PLACE_ENTITIES = {"GPE", "LOC", "NORP", "FAC"}


def _named_after(source: SpacySpan, context: ActorContext) -> Actor | None:
    """The group a source that names none ("another group", "a little-known group") is named by
    in the words set off right after it, which the parser did not hang on it: "an attack claimed by
    another group, the X Front (XF)"."""
    root, doc = source.root, source.doc
    if root.lemma_.lower() not in GROUP_NOUNS or root.pos_ != "NOUN" or source.end + 1 >= len(doc) \
            or doc[source.end].text != "," or doc[source.end].sent != root.sent:
        return None
    words = []
    for token in doc[source.end + 1 : root.sent.end]:
        if token.is_punct and not token.is_bracket or token.pos_ in {"VERB", "AUX"}:
            break
        words.append(token)
    if not words or not any(t.pos_ == "PROPN" for t in words):
        return None
    actor = resolve_actor(doc[words[0].i : words[-1].i + 1], context)
    return actor if actor is not None and actor.inter != tx.CIVILIANS else None


# Nouns a report describes a body by before it names it: "a rights body", "a monitoring group".
DESCRIBED_BODY_NOUNS = GROUP_NOUNS | {"body", "monitor", "watchdog", "charity", "commission", "ngo"}
LATER_NAMING_SENTENCES = 3  # how far on a report names the body its lead described
SAYING_LEMMAS = {"say", "tell", "add", "report", "state", "announce", "confirm", "write"}


def _named_later(source: SpacySpan, context: ActorContext) -> Actor | None:
    """The body a report's words only describe ("..., a rights body says") and one of its next
    sentences names as a speaker: by a name that holds the description's qualifier ("..., the X
    National Commission on Human Rights said"), by a name set before the description's own noun
    ("a rights group says" ... "the X group said"), or, in the very next sentence, by a name the
    actor list does not know (a local body: "a medical group says" ... "the X Network said"):
    that body, which ACLED names as the source. A description with no qualifier ("a group"), or a
    known body's name without it (a different body: "the UN said"), names no one."""
    root = source.root
    if root.lemma_.lower() not in DESCRIBED_BODY_NOUNS or root.pos_ != "NOUN" \
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children):
        return None
    qualifiers = {t.lower_ for t in source if t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ", "VERB"}}
    if not qualifiers:
        return None
    sentences = [s for s in source.doc.sents if s.start >= root.sent.end][:LATER_NAMING_SENTENCES]
    for place, sentence in enumerate(sentences):
        for token in sentence:
            if token.dep_ != "nsubj" or token.head.lemma_.lower() not in SAYING_LEMMAS:
                continue
            same_noun = token.pos_ == "NOUN" and token.lemma_.lower() == root.lemma_.lower()
            name = _name_before_noun(token) if same_noun else (
                token.doc[token.left_edge.i : token.right_edge.i + 1] if token.pos_ == "PROPN" else None)
            if name is None:  # "the X Organisation for Human Rights", "the X group"
                continue
            actor = resolve_actor(name, context)
            if actor is None or actor.inter in PEOPLE_TYPES | {tx.STATE_FORCES}:
                continue
            local_body = place == 0 and actor.name.lower() not in known_actors() and token.ent_type_ != "PERSON" \
                and name.text not in context.people.values()
            if same_noun or local_body or qualifiers & {t.lower_ for t in name}:
                return actor
    return None


def _unnamed_civic_body(source: SpacySpan, context: ActorContext) -> Actor | None:
    """A local body of the article country's people that the report only describes and never
    names ("a local rights group said", "a local civil society group"): its civilians, as an
    activist is. A body not said to be local ("a human rights group") may be a foreign one; a
    country's civil society ("the civil society in X says", "civil society groups said") is its own."""
    root = source.root
    words = {t.lower_ for t in root.doc[root.left_edge.i : root.i]}  # ("local" may qualify "rights")
    civil_society = "civil" in words and (root.lemma_.lower() == "society" or "society" in words
                                          and root.lemma_.lower() in DESCRIBED_BODY_NOUNS)
    if root.pos_ != "NOUN" or not context.country or not civil_society and (
            root.lemma_.lower() not in DESCRIBED_BODY_NOUNS or not words & CIVIC_WORDS or not words & LOCAL_WORDS
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children)):
        return None
    return Actor(f"Civilians ({context.country})", tx.CIVILIANS, Span(source.start_char, source.end_char, source.text))


CIVIC_WORDS = {"rights", "civic", "civil", "activist", "activists", "campaign", "community", "volunteer", "volunteers",
               "rescue", "relief", "aid"}
LOCAL_WORDS = {"local", "community", "grassroots"}


# Holders of a civil office below the state's ministers, who speak for its administration ("a local
# commissioner", "the district administrator"), as `who`'s officials and governors do.
LOCAL_BODY_WORDS = {"local", "city", "town", "municipal", "district", "county", "provincial", "regional", "state",
                    "village"}  # "the local council", "the city council"
# A local administration's bodies and heads, by the word before them ("the city's emergency service").
LOCAL_BODIES = {"council", "chief", "head", "service", "department"}
OFFICE_HOLDERS = {"commissioner", "administrator", "prefect", "subprefect", "councillor", "councilor", "magistrate"}
# The offices of a place's own government ("the region's governor", "X's mayor").
LOCAL_OFFICES = OFFICE_HOLDERS | {"governor", "mayor", "official", "authority", "administration"}


def _whole_name(source: SpacySpan) -> SpacySpan:
    """A name that runs on through a capitalised preposition ("according to Doctors Without
    Borders"), which the parser hangs off its first word, is the whole name; so is one that runs
    on through a small preposition to the acronym in brackets that closes it ("the United Nations
    Mission in South Sudan (UNMISS)")."""
    doc, end = source.doc, source.end
    if end < len(doc) and doc[end].text == ")" and "(" in source.text and ")" not in source.text.split("(")[-1]:
        end += 1  # "the Communist Party of India (Maoist)": the bracket the phrase opened closes the name
        source = doc[source.start : end]
    if not source.root.is_title:
        return source
    for child in source.root.rights:
        words = [t for t in child.subtree if not t.is_punct]
        if child.dep_ in {"acl", "relcl", "prep"} and words[0].i == end and words[0].lower_ == "to" \
                and len(words) > 1 and all(t.is_title or t.is_upper for t in words[1:]) \
                and not any(t.ent_type_ in {"GPE", "LOC"} or country_of_word(t.text) for t in words[1:]):
            # "the Committee to Protect Journalists": a name, not a clause ("the Envoy to Sudan" is not one)
            end = child.right_edge.i + 1
            continue
        named = all(t.is_title or t.is_upper for t in words[1:]) and any(
            t.dep_ == "appos" and t.is_upper and t.i > 0 and doc[t.i - 1].text == "(" for t in words)
        if child.i == end and child.dep_ == "prep" and (
                child.is_title and all(t.is_title for t in words) or child.lower_ in NAME_PREPOSITIONS and (
                named or _in_one_name(source.root, words))):
            end = child.right_edge.i + 1
    return doc[source.start : end]


NAME_PREPOSITIONS = {"in", "of", "for", "on"}  # "Mission in", "Commission on", "Front for"


def _apposed_name(source: SpacySpan) -> SpacySpan | None:
    """The proper name set beside a body the source describes ("a rights body, the X Human Rights
    Association", "the group, X, said"), without its article: the body's name, whatever the
    recognizer takes it for. Not a person's description ("Ali Dogo, a spokesman"), nor a place set
    beside the body."""
    root = source.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in DESCRIBED_BODY_NOUNS | BODY_NAME_NOUNS:
        return None
    name = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > root.i
                 and c.ent_type_ not in {"GPE", "LOC"}), None)
    if name is None:
        return None
    words = [t for t in name.subtree if t.dep_ != "det" or t.i != name.left_edge.i]
    return source.doc[words[0].i : words[-1].i + 1] if words else None


def _in_one_name(root: Token, words: list[Token]) -> bool:
    """Whether capitalised words after a small preposition go on the name the recognizer read
    with `root` ("the Coalition for Change": one entity), not another name ("the army in Kabul")."""
    return root.ent_iob_ in {"B", "I"} and all(t.ent_iob_ == "I" for t in words) \
        and all(t.is_title or t.is_upper for t in words[1:])


# The parties to armed violence: non-state armed groups and state forces.
ARMED_PARTIES = ARMED_GROUP_TYPES | {tx.STATE_FORCES}


def _refers_to_group(noun: Token, nouns: frozenset[str] | set[str] = GROUP_NOUNS) -> bool:
    """Whether a noun names a group again without its name: "the group", "the ethnic armed group",
    "the rebel group" (not "a little-known group", "both groups", "the X group", "the rights
    group"); with `nouns` PARTY_NOUNS, "the party". The parser may tag a lower-case "group" as a
    proper noun ("the jihadist group put the toll at ...")."""
    return noun.lemma_.lower() in nouns and (noun.tag_ == "NN" or noun.tag_ == "NNP" and noun.text.islower()) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        (c.dep_ in {"compound", "nmod", "poss", "appos"} or c.ent_type_) and not _armed_qualifier(c)
        for c in noun.children)


def _armed_qualifier(word: Token) -> bool:
    """Whether a word set before a group noun says what kind of armed group it is ("the rebel
    group", "the separatist alliance", "the jihadist group", which the parser may tag as a
    nationality; "the opposition group": the armed one named before), which names no group of its own."""
    return (word.dep_ in {"compound", "amod"} and word.lower_ in ARMED_GROUP_WORDS | {"opposition"}
            and (not word.ent_type_ or word.text.islower()))


# The nouns by which a report names an organisation again as a source: a group, and the
# alliances armed groups form ("the separatist alliance said").
ORGANISATION_NOUNS = GROUP_NOUNS | {"alliance", "coalition"}

# The types of people a common word names ("citizens", "protesters", "youth"), which a body's name may hold.
PEOPLE_TYPES = frozenset({tx.CIVILIANS, tx.PROTESTERS, tx.RIOTERS})
# The nouns that close the name of a body that speaks: a party, a coalition, a union.
BODY_NAME_NOUNS = ORGANISATION_NOUNS | PARTY_NOUNS | {"front", "union", "council", "congress", "league", "committee",
                                                      "forum", "platform", "association", "network", "federation",
                                                      "society", "foundation", "organisation", "organization",
                                                      "observatory", "institute", "collective", "centre", "center"}


def _organisation_name(source: SpacySpan) -> bool:
    """Whether a source is a body's proper name of two or more capitalised words whose head says
    it is a body ("the Citizens Coalition", "the Youth League for Change")."""
    root = source.root
    words = [t for t in source if not t.is_punct and t.dep_ != "det"]
    return root.pos_ == "PROPN" and root.lemma_.lower() in BODY_NAME_NOUNS and len(words) >= 2 \
        and all(t.is_title or t.is_upper or t.lower_ in NAME_PREPOSITIONS | {"to"} for t in words)


def vouches(actor: Actor | None, source: SpacySpan | None) -> bool:
    """Whether a claimant stands outside political violence and can vouch for it: the one rule for
    who confirms. An outside body that is no fighting force (`EXTERNAL_FORCES`: the UN and its
    missions, the Red Cross, a medical charity; not a private military company or a foreign
    combat corps, `_fights`), or an organisation the actor list lacks whose name or description
    says it is humanitarian, medical, a rights group or a monitor ("Human Rights Watch", "a rights
    group", "a war monitor", though ACLED counts an unnamed local one among the civilians): never a
    state, an armed group or civilians otherwise. The caller rules out a party to the event itself."""
    if actor is not None and actor.inter == tx.EXTERNAL_FORCES:
        return not _fights(actor)
    civic_body = actor is not None and actor.inter == tx.CIVILIANS and source is not None \
        and source.root.lemma_.lower() in DESCRIBED_BODY_NOUNS
    if actor is not None and actor.inter != tx.UNKNOWN_ACTOR and not civic_body or source is None:
        return False
    # (a body described in one sentence and named in another: "a medical group says" ... "the X Doctors Network")
    return bool(OUTSIDE_BODY_WORDS.search(_whole_name(source).text) or actor is not None
                and OUTSIDE_BODY_WORDS.search(actor.name))


def state_outlet(source: SpacySpan | None) -> bool:
    """Whether a source is a news outlet the state runs ("state broadcaster X", "state media", "the
    state-run daily Y", "the official news agency"): the state's own voice, an interested party in
    what its forces and officials do, never an independent confirmation of it."""
    return source is not None and bool(STATE_OUTLET.search(_whole_name(source).text))


STATE_OUTLET = re.compile(
    r"\b(?:state|government|official|regime|pro-government)(?:[- ](?:run|owned|controlled|affiliated))?[ \u00a0]"
    r"(?:[\w-]+[ \u00a0])?(?:media|broadcasters?|television|TV|radio|news ?agency|newspapers?|dail(?:y|ies)|outlets?|"
    r"press|channels?|news)\b", re.I)


def _fights(actor: Actor) -> bool:
    """Whether an outside actor is a fighting force by its names in the actor list ("X PMC", "Y
    Corps"): a party to the fighting it tells of, like a state's forces."""
    known = known_actors().get(actor.name.lower())
    names = (actor.name, *(known.aliases if known is not None else ()))
    return any(FIGHTING_FORCE_WORDS.search(name) for name in names)


FIGHTING_FORCE_WORDS = re.compile(r"\b(?:PMC|Corps|mercenar(?:y|ies)|private military|legion)\b", re.I)
# Kinds of organisation that take no side in the violence they document.
OUTSIDE_BODY_WORDS = re.compile(
    r"\b(?:human rights|rights (?:group|groups|organi[sz]ations?|body|bodies|watchdog|monitors?|advocates?)|"
    r"humanitarian|red cross|red crescent|doctors|m[ée]decins|medical (?:charity|aid|group|organi[sz]ation)|"
    r"aid (?:group|agency|agencies|organi[sz]ation)|relief (?:group|agency|agencies|organi[sz]ation)|"
    r"observatory|(?:war|conflict|ceasefire|independent) monitors?|monitoring group|watchdog)\b", re.I)
