"""build_context: learn an article's acronyms, people, role groups, claiming group and leaders."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.entities import entities, entities_in
from eventwire.extract.texts import doc_text
from eventwire.extract.who.context import ActorContext
from eventwire.extract.who.groups import _armed_groups_named, _group_modifier, _role_key
from eventwire.extract.who.lexicon import (
    AIR_STRIKE_WORDS, ARMED_GROUP_TYPES, ARMED_ROLE_NOUNS, CLAIMED_THINGS, FORCE_NOUNS, GOVERNMENT_NOUNS, GROUP_NOUNS,
    LEADER_NOUNS, MEMBER_NOUNS, NAMED_GROUP_HEADS, NON_STATE_QUALIFIERS, POLICE_SECURITY_BODY, PRONOUNS,
    REFERRING_ATTACKER_NOUNS, ROLE_NAMES, ROLE_NOUNS, VIOLENT_ACTS,
)
from eventwire.extract.who.names import (
    _armed_group_called, _bare_name, _country_modifier, _is_country_or_capital, _known_by_acronym, _named_actor,
    _named_group_type, _own_language_acronym, _spelled_in_another_language, _state_force, _strip_determiners,
    _strip_titles, forces_name, noun_phrase,
)
from eventwire.extract.who.resolve import _group_of_members, _name_of, resolve_actor
from eventwire.extract.who.tables import (
    branches_by_country, country_of_word, known_actors, known_affiliates, local_names,
)
from eventwire.extract.words import words
from eventwire.records import Actor

# Words by which a report names a state's police, and its army: a report that names only the
# first means them by "security forces".
POLICING_LEMMAS = {"police", "policeman", "policemen", "gendarme", "gendarmerie"}
SOLDIERING_LEMMAS = {"army", "military", "soldier", "troop", "troops", "navy", "marine", "junta", "airforce",
                     "serviceman", "servicemen", "paratrooper", "commando"}


def build_context(doc: Doc, country: str = "") -> ActorContext:
    """Learn the article's aliases ('Long Name (LN)') and people's full names. `country` is the
    article's main country when the caller knows it (from its places)."""
    context = ActorContext(country=country)
    state_units: dict[str, str] = {}  # acronym -> "Military" / "Police": a unit of the state's forces
    # ("Long Name (LN)", "X, Y and Z (3R)": a name's words may be listed, and its acronym hold digits)
    # (its acronym may hold a hyphen, "MS-13", and its name the particles of the languages that
    # spell it, "Forces Vives de Guinee")
    # (and the acronym a word after a hyphen, "RED-Tabara"; the name's words joined by "for the",
    # "the Front for the Liberation of X (FLX)")
    # (and an acronym of the group's own language: long, "SITRABANA", or mixed-case, "KontraS",
    # "Codehupy"; and a word of it elided, "Democratic Party of Cote d'Ivoire (PDCI)")
    for match in re.finditer(r"((?:(?:[dl]['’])?[A-Z][\w'-]*,?\s+(?:(?:of|and|for|de|del|des|du|la)\s+(?:the\s+)?)?){1,6})"
                             r"\(((?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{0,10}[A-Z0-9]|[A-Z]{2,5}-[A-Z][a-z]{2,}"
                             r"|[A-Z][a-z]{1,8}[A-Z][A-Za-z]{0,4}|[A-Z][a-z]{3,9})\)",
                             doc_text(doc)):
        long_name = re.sub(r"^(?:The|the)\s+", "", match.group(1).strip())
        first, _, rest = long_name.partition(" of ")
        armed_members = False
        if (first.lower() in ROLE_NOUNS or first.lower() in MEMBER_NOUNS) and rest:
            # "Rebels of the X Front (XF)", "Members of the X Committee (XC)" name "X Front", "X Committee"
            long_name = re.sub(r"^(?:the)\s+", "", rest)
            armed_members = first.lower() in ARMED_ROLE_NOUNS | {"troops", "soldiers", "forces"}
        acronym = match.group(2)
        before, joined, after = long_name.rpartition(" and the ")
        if joined and not long_name.upper().startswith(re.sub(r"[^A-Z]", "", acronym)[:1]):
            # "the X Cartel and the Y Cartel (YC)": two names, the acronym the second's
            long_name = after
        if acronym[1:].islower() and (country_of_word(acronym) or _is_country_or_capital(acronym)
                                      or not long_name.startswith(acronym[0])):
            continue  # a one-capital word spells its name's first letter and is no place: "(Pudemo)"
        initial = re.sub(r"[^A-Z]", "", acronym)[0]  # ("3R" is spelled from its letters)
        # A name cut short by its lower-case words ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        # "... Mission in Somalia (AUSSOM)") is no name: a known acronym says whose it is.
        known = known_actors().get(long_name.lower()) or _known_by_acronym(long_name, acronym)
        spelled = long_name.upper().startswith(initial) or _spelled_in_another_language(long_name, acronym)
        if known is None and not spelled and not _own_language_acronym(long_name, acronym):
            continue
        state = _state_force(long_name) if known is None else None
        canonical = known.name if known else state[0] if state else long_name
        context.aliases[acronym.lower()] = canonical
        unit = _STATE_UNIT_AFTER.match(doc_text(doc), match.end()) if known is None and state is None else None
        if unit is not None:  # "the Joint Task Force (FTC), a unit of soldiers and police": the state's
            state_units[acronym.lower()] = "Police" if unit[1].lower().startswith("police") else "Military"
        if spelled and not _is_country_or_capital(long_name):
            context.aliases[long_name.lower()] = canonical
        context.types[canonical] = known.inter if known else state[1] if state else _named_group_type(long_name)
        if known is None and state is None and context.types[canonical] == tx.UNKNOWN_ACTOR \
                and (armed_members or _ARMED_DESCRIPTOR.match(doc_text(doc), match.end())):
            # "the X (XY) rebel group", "(XY) militia", "Rebels of the X (XY)"
            context.types[canonical] = tx.REBEL_GROUPS
    read = words(doc)  # only a group noun can head "the armed group X"
    for token in [doc[i] for i, lemma in enumerate(read.lemma) if lemma in _GROUP_HEADS]:
        named = _armed_group_called(token)
        if named is not None and named.lower() not in context.aliases:
            # "militants of the Sunni group X", "the armed group X": X names an armed group
            context.aliases[named.lower()] = named
            context.types[named] = tx.REBEL_GROUPS
    for entity in entities(doc):
        if entity.label_ == "PERSON" and len(entity) >= 2:
            full = _strip_titles(entity.text)
            context.people.setdefault(entity[-1].text.lower(), full)
            # "Governor X", "the country's defence minister X": an official speaks for the state.
            before = {t.lower_ for t in doc[max(entity.start - 3, 0) : entity.start + 1]}
            if before & GOVERNMENT_NOUNS:
                context.types.setdefault(full, tx.STATE_FORCES)
    countries = [country_of_word(ent.text) for ent in entities(doc) if ent.label_ in {"GPE", "NORP"}]
    counted = [c for c in countries if c]
    if counted and not context.country:
        context.country = max(counted, key=counted.count)  # ties: the first named, whatever the hash seed
    forces = [(country, token) for i, (lower, pos) in enumerate(zip(read.lower, read.pos))
              if lower in FORCE_NOUNS and pos == "NOUN" for token in (doc[i],) if not _sent_away(token)
              for country in (_country_modifier(token),) if country]
    if forces:
        countries = [country for country, _ in forces]
        context.force_country = max(countries, key=countries.count)
        context.force_country_from = min(token.sent.start_char for country, token in forces
                                         if country == context.force_country)
    air_strikes = [(country, token) for token in doc if token.pos_ == "NOUN" and (
        token.lower_ in AIR_STRIKE_WORDS or token.lemma_.lower() == "strike"
        and any(c.lower_ in AIR_STRIKE_WORDS for c in token.lefts if c.dep_ in {"compound", "amod"}))
        for country in (_country_modifier(token),) if country]
    if air_strikes:
        context.air_country, first = air_strikes[0]
        context.air_country_from = first.sent.start_char
    lemmas = set(read.lemma)
    context.security_police = bool(lemmas & POLICING_LEMMAS) and not lemmas & SOLDIERING_LEMMAS \
        or POLICE_SECURITY_BODY.search(doc_text(doc)) is not None
    for acronym, kind in state_units.items():
        if context.country:
            long_name = context.aliases[acronym]
            for alias in [a for a, name in context.aliases.items() if name == long_name]:
                context.aliases[alias] = forces_name(kind, context.country)
            context.types[forces_name(kind, context.country)] = tx.STATE_FORCES
    _learn_branches(doc, context)
    _learn_affiliates(doc, context)
    _learn_local_names(doc, context)
    _learn_country_branch(context)
    _learn_role_groups(doc, context)
    _learn_claiming_group(doc, context)
    _learn_leaders(doc, context)
    return context


# What after a body's acronym says it is a unit of the state's forces: "(FTC), a unit of soldiers and
# police", "(JTF), a task force of the army".
_STATE_UNIT_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:\w+\s+)?(?:unit|part|branch|task force|force)\s+of\s+"
                               r"(?:the\s+)?(?:\w+\s+)?(soldiers|troops|army|military|armed forces|police)\b", re.I)


# What after a group's acronym says it is armed: "the X (XY) rebel group", "(XY) militia".
_ARMED_DESCRIPTOR = re.compile(r"\s+(?:rebel|armed|militant|jihadist|insurgent|separatist|guerrilla|militia|paramilitary)\b",
                               re.IGNORECASE)

# Verbs and nouns by which a state sends foreign forces away or they leave: "expelled French
# troops", "the withdrawal of UN peacekeepers".
REMOVAL_LEMMAS = {"expel", "withdraw", "withdrawal", "evict", "oust", "depart", "departure", "leave", "exit",
                  "pull", "kick", "eject"}


def _sent_away(force: Token) -> bool:
    """Whether forces are named as sent away or leaving ("has expelled French troops", "the
    departure of French troops", "French troops left in 2022"): then they are not the forces a
    bare "the army" of the article stands for."""
    head = force.head.head if force.dep_ == "pobj" and force.head.lower_ == "of" else force.head
    return force.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and head.lemma_.lower() in REMOVAL_LEMMAS


# Nouns by which a report names a group's regional branch: "the Islamic State's Sahel branch", "the
# Somalia affiliate of the Islamic State", "its branch in the Sahel".
BRANCH_NOUNS = {"branch", "affiliate", "franchise", "chapter", "offshoot"}


def _learn_branches(doc: Doc, context: ActorContext) -> None:
    """"The X's Sahel branch", "the Somalia affiliate of X", "X's branch in the Sahel": the report
    names the one known affiliate of X whose name holds the region's word (so `_learn_affiliates`
    lets X stand for it), as ACLED codes the branch that acts there."""
    read = words(doc)
    for token in [doc[i] for i, lemma in enumerate(read.lemma) if lemma in BRANCH_NOUNS]:
        parent = next((c for c in token.children if c.dep_ == "poss"), None) or next(
            (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            None)
        group = resolve_actor(noun_phrase(parent), context) if parent is not None and parent.lower_ not in PRONOUNS \
            else None
        if group is None:
            continue
        # (the region's name may be tagged an adjective: "the Mozambique branch")
        regions = {c.lower_ for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper()} | {
            t.lower_ for c in token.rights if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
            if g.dep_ == "pobj" for t in g.subtree if t.text[:1].isupper()}
        regions -= set(group.name.lower().split())
        if not regions:
            continue
        branches = [name for name in known_affiliates().get(group.name, ())
                    if any(regions <= set(alias.lower().split()) for alias in (name, *known_actors()[name.lower()].aliases))]
        if len(branches) == 1:
            context.types[branches[0]] = known_actors()[branches[0].lower()].inter
            context.aliases.setdefault(_name_of(noun_phrase(token).text).lower(), branches[0])


def _learn_affiliates(doc: Doc, context: ActorContext) -> None:
    """"Insurgents loyal to Islamic State" in a report that names Islamic State's Mozambique
    province: a global group's name stands for the one regional affiliate of it the report names,
    as ACLED codes the branch that acts there."""
    named = _armed_groups_named(doc, context)
    for parent, affiliates in known_affiliates().items():
        present = [name for name in affiliates if name in named]
        if len(present) != 1:
            continue
        for alias in (parent, *known_actors()[parent.lower()].aliases):
            context.aliases.setdefault(alias.lower(), present[0])


def _learn_local_names(doc: Doc, context: ActorContext) -> None:
    """"Maoist rebels" in a report of India, "suspected separatists" in one of Cameroon: the words by
    which reports of the article's country name an armed group (`tables.local_names`) name it,
    unless the report names another armed group ("Separatist fighters killed four soldiers ... The
    X Defence Forces claimed the attack": the group it names is whom it means)."""
    named = _armed_groups_named(doc, context)
    for word, group in local_names().get(context.country, {}).items():
        if named - {group}:
            return
        context.local_names[word] = group
        context.aliases.setdefault(word, group)
        context.types.setdefault(group, known_actors()[group.lower()].inter)


def _learn_country_branch(context: ActorContext) -> None:
    """"Islamic State said its men raided the village" in a report of Mozambique that
    names none of its branches: the global group's name stands for its branch in the article's
    country (`tables.branches_by_country`), as ACLED codes the branch that acts there."""
    for (parent, country), branch in branches_by_country().items():
        if country != context.country:
            continue
        context.types.setdefault(branch, known_actors()[branch.lower()].inter)
        for alias in (parent, *known_actors()[parent.lower()].aliases):
            context.aliases.setdefault(alias.lower(), branch)


def _learn_leaders(doc: Doc, context: ActorContext) -> None:
    """"RSF commander Mohamed Hamdan Dagalo", "the LNA of commander Khalifa Haftar": a person the
    words just before name as an armed group's commander or leader leads that group."""
    for entity in entities(doc):
        if entity.label_ != "PERSON" or entity.start == 0:
            continue
        before = doc[max(entity.start - 6, entity.sent.start) : entity.start]
        if not before or before[-1].lower_ not in LEADER_NOUNS:
            continue
        groups = [found for token in before if token.pos_ == "PROPN" or token.text.isupper()
                  for found in (_named_actor(token.text, context),) if found is not None]
        groups += [found for ent in entities_in(before) for found in (_named_actor(_strip_determiners(ent.text), context),)
                   if found is not None]
        armed = [name for name, inter in groups if inter in ARMED_GROUP_TYPES]
        if armed:
            context.leaders.setdefault(entity[-1].lower_, armed[-1])


def _learn_role_groups(doc: Doc, context: ActorContext) -> None:
    """"M23 rebels ... the rebels": a role noun the article qualified with exactly one named group
    names that group when it comes back bare."""
    seen: dict[str, set[str]] = {}

    def learn(role: str, group: str, token: Token) -> None:
        seen.setdefault(role, set()).add(group)
        context.role_group_starts.setdefault(role, token.idx)

    for token in [doc[i] for i, lower in enumerate(words(doc).lower) if lower in ARMED_ROLE_NOUNS or lower in NON_STATE_QUALIFIERS]:
        if token.lower_ in ARMED_ROLE_NOUNS:
            member_of = _group_of_members(token, context)
            group = _group_modifier(token, context) or (member_of.name if member_of is not None
                                                        and member_of.inter in ARMED_GROUP_TYPES else None)
            if group is not None:
                learn(_role_key(token.lower_), group, token)
        elif token.lower_ in NON_STATE_QUALIFIERS and (token.dep_ in {"amod", "compound"} and (
                token.head.pos_ == "PROPN" or token.head.lemma_.lower() in GROUP_NOUNS)
                or token.pos_ == "ADJ" and token.dep_ == "pobj"):
            # ("the X (XY) rebel group ... the rebels")
            # "the paramilitary Rapid Support Forces ... the paramilitary force"
            named = resolve_actor(noun_phrase(token if token.dep_ == "pobj" else token.head), context)
            if named is not None and named.inter in ARMED_GROUP_TYPES and _bare_name(named) not in ROLE_NAMES:
                learn(NON_STATE_QUALIFIERS[token.lower_], named.name, token)
    context.role_groups.update({role: next(iter(groups)) for role, groups in seen.items() if len(groups) == 1})


def _learn_claiming_group(doc: Doc, context: ActorContext) -> None:
    """"X claimed responsibility for the attack", "the claim was made by X", "X said it had carried
    out the attack": when exactly one named armed group claims an attack in the article, it is
    who the article's unnamed attackers are."""
    claims: dict[str, tuple[int, int]] = {}
    sentences: list[SpacySpan] = []
    for token in [doc[i] for i, lemma in enumerate(words(doc).lemma) if lemma in _CLAIMING_OR_VIOLENT]:
        claimer = _claimer(token)
        self_named = self_named_group(claimer) if claimer is not None else None
        claimer = self_named if self_named is not None else claimer  # "the group, which calls itself X"
        actor = resolve_actor(noun_phrase(claimer), context) if claimer is not None else None
        # (or one the article introduced with an acronym, which the tagger may read as a person)
        if actor is not None and actor.inter == tx.UNKNOWN_ACTOR and (
                claimer.ent_type_ == "ORG" or self_named or actor.name in context.aliases.values()) \
                and claimer.lower_ not in PRONOUNS:
            # an organisation the data file does not know that claims an attack is an armed group
            # ("the Ambazonia Defence Forces (ADF) claimed the attack")
            context.types[actor.name] = tx.POLITICAL_MILITIAS
            actor = Actor(actor.name, tx.POLITICAL_MILITIAS, actor.evidence)
        if actor is not None and actor.inter in ARMED_GROUP_TYPES and _bare_name(actor) not in ROLE_NAMES:
            # (a role is no named group: "..., rebel spokesman X said" speaks for the group named before)
            sentences = sentences or list(doc.sents)
            index = next(i for i, sentence in enumerate(sentences) if sentence.start <= token.i < sentence.end)
            # (a group claiming twice claims the attacks told from before its first claim to its last)
            start, end = claims.get(actor.name, (sentences[max(index - 2, 0)].start_char, token.sent.end_char))
            claims[actor.name] = (min(start, sentences[max(index - 2, 0)].start_char), max(end, token.sent.end_char))
    if len(claims) == 1:
        name, (start, end) = next(iter(claims.items()))
        context.claiming_group = (name, start, end)


def self_named_group(group: Token) -> Token | None:
    """The name a group gives itself: "X" in "the group, which calls itself X"."""
    if group.lemma_.lower() not in GROUP_NOUNS:
        return None
    return next((name for clause in group.children if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() == "call"
                 and any(c.lower_ == "itself" for c in clause.children)
                 for name in clause.children if name.dep_ in {"oprd", "attr", "xcomp", "dobj"} and name.pos_ == "PROPN"),
                None)


# What a group says it carried out: an attack, a shooting, or "it", the act just told ("said one of
# its fighters had carried it out").
CARRIED_OUT_THINGS = CLAIMED_THINGS | {"shooting", "it"}
_CLAIMING_LEMMAS = {"claim", "carry", "hold", "belong"}  # the words `_claimer` reads a claim at (and the violent acts)
_CLAIMING_OR_VIOLENT = frozenset(_CLAIMING_LEMMAS | VIOLENT_ACTS)  # joined once, not per word of the report
# Whom a group says it holds after an abduction: "said it was holding them".
CAPTIVE_WORDS = {"them", "him", "her", "hostage", "hostages", "captive", "captives"}
# The speaker telling its own act: "X said it had kidnapped ...", "we".
SPEAKER_PRONOUNS = {"it", "they", "we"}


def _claimer(token: Token) -> Token | None:
    """Who claims an attack at `token`, if it is such a claim: the subject of "claimed
    responsibility" or "claimed the attack", the "by" agent of "the claim was made", or the
    speaker of "... said it had carried out the attack"."""
    lemma = token.lemma_.lower()
    if lemma == "claim" and token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS for c in token.children):
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    if lemma == "claim" and token.pos_ == "NOUN" and token.dep_ == "nsubjpass":
        return next((g for a in token.head.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    if lemma == "carry" and token.dep_ == "ccomp" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CARRIED_OUT_THINGS for c in token.children):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in PRONOUNS or _own_fighters(subject)):
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        return subject
    if lemma == "belong" and token.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lower_ in REFERRING_ATTACKER_NOUNS and any(d.lower_ == "the" for d in c.lefts)
            for c in token.children):
        # "residents said the attackers belonged to the X gang": whose the attackers were (not
        # "gunmen belonging to X attacked ...", told as the act itself)
        return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj"), None)
    held = lemma == "hold" and any(c.dep_ == "dobj" and c.lower_ in CAPTIVE_WORDS for c in token.children)
    if (lemma in VIOLENT_ACTS or held) and token.pos_ == "VERB" and token.dep_ in {"ccomp", "acl"} and any(
            _own_fighters(c) or c.lower_ in SPEAKER_PRONOUNS for c in token.children if c.dep_ == "nsubj"):
        # "X said (in a statement) that its fighters had killed 19 soldiers", "X said it had
        # kidnapped the men", "X said it was holding them": a group that tells its own (or its
        # fighters') act claims it
        speaking = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
        return next((c for c in speaking.children if c.dep_ == "nsubj"), None) if speaking is not None else None
    return None


def _own_fighters(subject: Token) -> bool:
    """"Its fighters", "their men", "one of its fighters": the speaker's own armed members."""
    if subject.pos_ == "NUM":
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    return subject.lower_ in MEMBER_NOUNS and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                                  for c in subject.children)


_GROUP_HEADS = GROUP_NOUNS | NAMED_GROUP_HEADS  # the nouns `_appositive_name` reads a name after
