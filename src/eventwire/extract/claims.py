"""Claims: who asserts or denies each event, through which channel, hedged how, verified or not.

An attribution is a cue (a speech verb, "according to", "posted by") with its source and the
content it attributes. For an event sentence we find the attribution whose content holds the
event's trigger; with none, the outlet itself reports the event. Verification follows the
text: "could not independently verify" makes a claim unverified, a party to the event
claiming its own deed is unverified, the outlet's own unhedged report is confirmed, and a
denial elsewhere makes the others disputed (see merge.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np
from spacy.tokens import Doc, Span as SpacySpan, Token

from eventwire import taxonomy as tx
from eventwire.extract.stance import (
    ASCRIBING_LEMMAS, CONTESTED_LEMMAS, EVALUATION_LEMMAS, HOLDER_NOUNS, RAISING_LEMMAS, STANCE_NOUNS, Scope, ascribes,
    CueModels, cue_features, cue_model, physical_act, verbal_sense,
)
from eventwire.extract.claim_sources import (
    ARMED_PARTIES, CHANNELS, DESCRIBED_BODY_NOUNS, GENERIC_SOURCES, NEWS_MEDIA, PUBLISHING_LEMMAS, RELEASING_LEMMAS,
    channel_of, names_channel, passive_agent, source_actor, state_outlet, vouches,
)
from eventwire.extract.token_vectors import token_vectors
from eventwire.extract.texts import doc_text, span_text
from eventwire.extract.toll import NO_ONE_WORDS, done_by_no_one, find_tolls, tells_no_casualties
from eventwire.extract.words import words as doc_words
from eventwire.extract.who import (
    CLAIMED_THINGS, DENYING_VERBS, GROUP_NOUNS, PERSON_NOUNS, ActorContext, governing_verb, in_dateline, noun_phrase,
    resolve_actor,
)
from eventwire.extract.who.lexicon import MEMBER_NOUNS
from eventwire.records import OUTLET, Actor, Claim

SPEECH_LEMMAS = {
    "say", "tell", "claim", "report", "announce", "state", "add", "post", "write", "confirm", "deny", "allege",
    "accuse", "blame", "insist", "warn", "declare", "acknowledge", "admit", "assert", "publish", "reply",
    "respond", "note", "explain", "describe", "suggest", "quote", "cite", "reveal", "disclose", "estimate",
    "reject", "dismiss", "refute", "maintain", "contend", "argue", "boast", "threaten", "vow", "show",
}
# Verbs of thinking, wanting and judging also attribute a content to a source ("officials
# believe X", "the party wants Y", "critics questioned Z"): what PolNeAR-style annotation calls
# attribution beyond speech.
STANCE_LEMMAS = {
    "call", "ask", "know", "find", "agree", "want", "speak", "expect", "believe", "point", "question", "plan",
    "mention", "propose", "promise", "urge", "refuse", "encourage", "think", "discuss", "pledge", "decline",
    "understand", "emphasize", "emphasise", "recall", "express", "consider", "worry", "indicate", "decide", "charge",
    "tweet", "seek", "hope", "comment", "echo", "learn", "view", "complain", "denounce", "stress", "criticize",
    "criticise", "demand", "endorse", "condemn", "praise", "predict", "fear", "feel", "doubt", "recommend",
    "acknowledge", "concede", "signal", "suspect", "conclude", "assume", "imply", "hint", "highlight", "mock",
    "slam", "blast", "decry", "lament", "praise", "applaud", "welcome", "oppose", "pressure", "demand", "ask",
    "recount", "recommend", "advise", "caution", "remind", "repeat", "reiterate", "assure", "promise", "swear",
    "testify", "predict", "forecast", "guess", "wonder", "speculate", "hint", "joke", "quip", "tout", "boast",
    "brag", "concede", "answer", "ask", "inform", "notify", "urge", "press", "request",
    # offering and referring to something with a stated object are attributed stances too ("attack",
    # "support", "defend" would be as well, but in conflict reports they are mostly physical)
    "offer", "liken", "compare", "refer", "reference", "cite", "document", "examine", "address",
    # judging, praising, deriding, perceiving and voicing verbs ("hailed the deal", "downplayed the risk",
    # "shouted that ..."); physical readings (defend, resist, strike) are left out for conflict reports
    "acclaim", "admire", "advocate", "affirm", "anticipate", "apologise", "apologize", "approve", "attest",
    "balk", "bemoan", "berate", "brand", "broadcast", "calculate", "castigate", "certify", "champion", "chant",
    "characterise", "characterize", "chastise", "commend", "condone", "congratulate", "contemplate", "cry",
    "depict", "deride", "despise", "detail", "detest", "disapprove", "discover", "dislike", "dispute",
    "distrust", "downplay", "dread", "dub", "dwell", "envision", "exclaim", "fault", "favor", "favour", "flag",
    "foresee", "frame", "grumble", "gush", "hail", "harp", "hate", "ignore", "imagine", "implore", "insinuate",
    "instruct", "interject", "judge", "label", "lambaste", "laud", "lobby", "murmur", "muse", "mutter",
    "notice", "observe", "outline", "pen", "plead", "ponder", "portray", "presume", "preview", "proclaim",
    "profess", "promote", "rail", "rant", "rate", "rave", "reaffirm", "realise", "realize", "rebuke", "rebut",
    "recognise", "recognize", "regret", "remember", "reminisce", "resent", "retort", "ridicule", "scold",
    "scream", "shout", "spotlight", "summarise", "summarize", "tease", "term", "thank", "trumpet", "underline",
    "underscore", "vent", "voice", "whisper", "yell",
}
CUE_VERBS = (SPEECH_LEMMAS | STANCE_LEMMAS | EVALUATION_LEMMAS | CONTESTED_LEMMAS | ASCRIBING_LEMMAS
             | RAISING_LEMMAS)
# Verbs that judge an event rather than tell it ("both groups oppose the invasion", "the UN
# condemned the attack"): the writer takes the event as known, so it is the outlet's report.
PRESUPPOSING_LEMMAS = {
    "oppose", "condemn", "denounce", "criticize", "criticise", "praise", "welcome", "regret", "mourn", "lament",
    "deplore", "decry", "applaud", "hail", "celebrate", "commend", "congratulate", "thank", "apologize", "apologise",
    "resent",
}
HEDGES = re.compile(
    r"\b(?:purported(?:ly)?|alleged(?:ly)?|reported(?:ly)?|probably|possibly|apparently|claimed|unconfirmed|"
    r"may have|might have|could have|likely|suspected|believed to|said to)\b",
    re.I,
)
UNVERIFIED = re.compile(
    r"\b(?:unable to (?:\w+ )?(?:verify|confirm|check)|(?:could|can)(?:not|n't| not) (?:\w+ )?(?:verify|confirm|check|"
    r"be (?:\w+ )?(?:verified|confirmed|checked))|not (?:been )?(?:\w+ )?(?:verified|confirmed)|unverified|"
    # "a figure that could not be checked", "no independent confirmation"
    r"no independent confirmation|"
    # "neither account could be verified", "the army did not confirm the attack"
    r"(?:neither|none)\b[\w ,'’]{0,40}?\b(?:could|can|has|have|had|was|were)(?: been| be)? (?:\w+ )?"
    r"(?:verified|confirmed)|(?:did|does|would)(?:n't| not) (?:\w+ )?(?:confirm|verify))\b",
    re.I,
)
VERIFIED = re.compile(r"\b(?:(?:independently )?(?:verified|authenticated|geolocated) by|"
                      r"(?:has|have|had) (?:independently )?(?:verified|authenticated|geolocated))\b", re.I)
INVOLVEMENT = re.compile(r"\b(?:involve(?:d|ment)|responsib\w+|role|behind|links?|part in|connection)\b", re.I)
PLANNED_AUX = {"will", "shall", "'ll"}
DEMAND_MODALS = {"must", "should"}
PLANNED_HEADS = {"plan", "intend", "threaten", "vow", "prepare", "aim", "want", "seek", "promise", "pledge",
                 "due", "scheduled", "poised", "expect"}  # "are due to hold talks next week"
POSSIBLE_AUX = {"may", "might", "could"}
POSSIBLE_ADVERBS = {"probably", "possibly", "perhaps", "maybe", "likely"}


@dataclass(frozen=True)
class Attribution:
    """A cue, its source phrase (may be None) and the tokens of the content it attributes."""

    cue: Token
    source: SpacySpan | None
    content: SpacySpan
    stance: str  # asserts | denies
    # the same attribution in the lower-cased copy of a title-case line, where the parse is an
    # ordinary sentence's: the cue detector reads its features there, in training as at run time
    parsed_as: Attribution | None = None

    def cue_span(self) -> SpacySpan:
        """The cue's words: the verb with its particle ("pointed out"), or "according to"."""
        doc = self.cue.doc
        end = self.cue.i + 1
        while end < len(doc) and (doc[end].dep_ == "prt" and doc[end].head == self.cue
                                  or (self.cue.lower_ == "according" and doc[end].lower_ == "to")):
            end += 1
        return doc[self.cue.i : end]


def find_attributions(sentence: SpacySpan, scope: Scope = "speech") -> list[Attribution]:
    """Every attribution whose cue lies in the sentence.

    `scope` "speech" (what claims use) finds reported speech and claims by rule; "stance"
    (PolNeAR's definition of attribution) adds expressions of belief, evaluation and stance (see
    `stance`), and lets the learned cue detector drop the rules' unlikely cues and add verbs that
    no lexicon lists (PolNeAR's cues are a long tail: "vote", "impose", "unveil" ...).
    """
    found = rule_attributions(sentence, scope)
    return learned_cues(sentence, found, cue_model()) if scope == "stance" else found


def learned_cues(sentence: SpacySpan, found: list[Attribution], models: CueModels,
                 vectors: np.ndarray | None = None) -> list[Attribution]:
    """The rules' attributions whose cue the rule model accepts, and the verbs they passed over
    that the candidate model accepts. `vectors` are the sentence's `token_vectors`, computed here
    when a model reads them and none are given."""
    candidates = unproposed_cues(sentence, found)
    reads_vectors = models.rule.vector is not None or models.candidate.vector is not None
    if vectors is None and reads_vectors and (found or candidates):
        vectors = token_vectors(sentence)

    def vector(attribution: Attribution) -> np.ndarray | None:
        return None if vectors is None else vectors[attribution.cue.i - sentence.start]

    return ([a for a in found if models.rule.accepts(learned_features(a, "rule"), vector(a))]
            + [a for a in candidates if models.candidate.accepts(learned_features(a), vector(a))])


def learned_features(attribution: Attribution, proposer: str | None = None) -> list[str]:
    """`stance.cue_features` of an attribution's cue, read where it was parsed (a title-case
    line's lower-cased copy); a cue the rules did not propose is "listed" when a lexicon has its lemma."""
    parsed = attribution.parsed_as or attribution
    lemma = cue_lemma(parsed.cue)
    if proposer is None:
        listed = any(lemma in lexicon for lexicon in (CUE_VERBS, CUE_NOUNS, ATTITUDE_ADJECTIVES))
        proposer = "listed" if listed else "none"
    return cue_features(parsed.cue, lemma, parsed.source, parsed.content, proposer)


def unproposed_cues(sentence: SpacySpan, found: list[Attribution]) -> list[Attribution]:
    """Each verb the rules passed over, outside what they attribute, read as a cue: its subject
    is the source and its complement ("voted to repeal ...", "unveiled a plan to ...") the content.
    A physical act ("troops attacked the village", "shelled the town") is none. So is each noun
    with a clause of its own ("the charge that ...", "her vow to ..."), its holder the source, as
    a noun of `CUE_NOUNS` is read: which nouns take such a clause as what someone holds is left to
    the learned model, as which verbs attribute is."""
    taken = {t.i for a in found for t in a.cue_span()}
    candidates = []
    for token in sentence:
        if (token.pos_ not in {"VERB", "NOUN"} or token.i in taken
                or any(a.content.start <= token.i < a.content.end for a in found)):
            continue
        if token.pos_ == "NOUN":
            clause = _noun_content(token) if any(c.dep_ in NOUN_CLAUSES for c in token.children) else None
            if clause is not None:
                candidates.append(Attribution(token, _noun_source(token), clause, "asserts"))
            continue
        if physical_act(token):
            continue
        content = _content(token, sentence) or _complement(token)
        if content is not None:
            content = _in_cue_paragraph(content, token)
            candidates.append(_no_patient_source(Attribution(token, _subject(token), content, "asserts")))
    return candidates


def _complement(verb: Token) -> SpacySpan | None:
    """The words a verb governs to its right, short of a coordinated clause."""
    right = [c for c in verb.children if c.i > verb.i and c.dep_ not in {"punct", "cc", "conj", "nsubj"}]
    return verb.doc[right[0].left_edge.i : right[-1].right_edge.i + 1] if right else None


def rule_attributions(sentence: SpacySpan, scope: Scope = "speech") -> list[Attribution]:
    """The attributions the rules find in the sentence, before any learned step.

    Speech verbs need a source or a content; verbs of thinking and wanting (`STANCE_LEMMAS`)
    need both, and an explicit content ("believe that ...", "want to ..."), since they are
    often used without attributing anything. Layout attributes too: a speaker and a colon at
    the start of a line ("SMITH: ..."), a quote credited with a dash ("“...” ― Name").
    """
    found = []
    for token in sentence if scope != "speech" else _cue_candidates(sentence):
        # The part of speech first: most tokens are of none the cues have (and a sentence the
        # pipeline did not parse has none at all), so their lemmas are never read.
        pos = token.pos_
        lemma = cue_lemma(token) if pos in _CUE_POS else ""
        if lemma in WITHHOLDING_LEMMAS and _withholds(token):
            continue
        if pos in {"VERB", "AUX"} and lemma in SPEECH_LEMMAS:
            source, content = _subject(token), _content(token, sentence)
            qualified = _qualified_speaker(token, sentence)
            # the parser's subject lies in the content ("Gunmen killed ..., an officer who ... said"), or
            # is the speaker but the content it gave is the listener ("..., an officer who ... told AFP")
            listener = (lemma in ADDRESS_LEMMAS and content is not None and content.root.head == token
                        and content.root.dep_ in {"dobj", "dative"})
            if qualified is not None and (source is None or source.root.i < qualified[0].start or listener):
                source, content = qualified
            elif listener and (told := _told_after_comma(token, sentence)) is not None:
                content = told  # "The attack killed 12 people, an official told AFP on condition of anonymity"
            if source is None and content is not None:
                source, content = _tag_source(token, content)
            source = _quoted_as_saying(token) or source
            if content is None and token.dep_ == "aux":
                source, content = _said_as_auxiliary(token)
            if _says_nothing(token):
                continue  # "the group, which has not commented": no one says anything
            if source is not None or content is not None:
                stance = "denies" if lemma in DENYING_VERBS else "asserts"
                found.append(Attribution(token, source, content or sentence, stance))
        elif scope == "speech" and pos == "VERB" and lemma in FIGURE_VERBS and (figure := _figure_content(token)):
            found.append(Attribution(token, _subject(token), figure, "asserts"))
        elif scope == "speech" and pos == "VERB" and lemma in RELEASING_LEMMAS and (shown := _published(token)):
            found.append(Attribution(token, _subject(token), shown, "asserts"))
        elif pos in {"VERB", "AUX"} and lemma in STANCE_LEMMAS and not _says_nothing(token):
            source = _subject(token)
            content = _content(token, sentence)
            if source is not None and content is not None:
                found.append(Attribution(token, source, content, "asserts"))
        elif pos == "NOUN" and lemma in CUE_NOUNS:
            source, content = _noun_source(token), _noun_content(token)
            if content is not None and (source is not None or content.root.dep_ != "pobj"):
                found.append(Attribution(token, source, content, "asserts"))
        elif pos == "ADJ" and token.dep_ == "acomp" and lemma in ATTITUDE_ADJECTIVES:
            source, content = _subject(token.head), _adjective_content(token)
            if content is not None:
                found.append(Attribution(token, None if source is not None and source.root.lower_ == "it" else source,
                                         content, "asserts"))
        elif token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            target = next((child for child in token.nbor(1).children if child.dep_ == "pobj"), None)
            if target is not None:
                found.append(Attribution(token, _before_clause(noun_phrase(target)), _rest_of(sentence, token),
                                         "asserts"))
        elif scope == "stance" and (broader := _stance_attribution(token, sentence)) is not None:
            found.append(broader)
    # a tag after a quote knows the quote's extent better than the parse does
    tagged = _quote_tags(sentence) + _colon_paragraphs(sentence)
    found = [a for a in found if not any(tag.cue.i == a.cue.i for tag in tagged)] + tagged
    found += [a for a in _speaker_lines(sentence) + _quote_credits(sentence) + _colon_quotes(sentence)
              if not any(other.cue.i == a.cue.i for other in found)]
    found = [replace(a, source=_named_jointly(_past_dateline(_on_cue_line(a.source, a.cue), a.cue))
                     if a.source is not None else None, content=_in_cue_paragraph(a.content, a.cue))
             for a in _split_coordinated(found)]
    for line in _title_case_lines(sentence):
        found += [a for a in _lower_cased_attributions(line, scope) if not any(o.cue.i == a.cue.i for o in found)]
    found.sort(key=lambda a: a.cue.i)
    return [_no_patient_source(a) for a in found]


def _named_jointly(source: SpacySpan) -> SpacySpan:
    """The speakers a source that counts them names again ("the two groups said in a joint
    statement", "both sides said", "the two forces said"): the coordinated subject before it in its
    sentence ("X fighters and the Y Army attacked ..."), each of them a speaker; else the source."""
    root = source.root
    counted = any(c.lower_ == "both" and c.dep_ in {"det", "predet", "amod"} for c in root.children) or any(
        c.lower_ == "two" and c.dep_ == "nummod" for c in root.children)
    if root.tag_ != "NNS" or not counted or root.lemma_.lower() not in JOINT_NOUNS:
        return source
    pairs = [t for subject in source.sent[: source.start - source.sent.start] if subject.dep_ in {"nsubj", "nsubjpass"}
             for t in subject.subtree if len(t.conjuncts) == 1 and t.conjuncts[0].pos_ in {"NOUN", "PROPN"}
             and t.dep_ != "conj"]  # the first of the pair, whose words hold both
    return source.doc[pairs[-1].left_edge.i : pairs[-1].right_edge.i + 1] if pairs else source


JOINT_NOUNS = GROUP_NOUNS | {"side", "force", "party", "army", "alliance", "militia", "union"}


def _before_clause(source: SpacySpan) -> SpacySpan:
    """A source less a relative clause on it ("according to the commissioner, Jane Doe, who said
    ...": the commissioner, Jane Doe), which tells what the source said, not who it is."""
    clause = next((t for t in source if t.dep_ == "relcl" and t.head.i < t.i), None)
    return source if clause is None else _words_of(source.doc[source.start : clause.left_edge.i])


def _answers_with_a_thing(verb: Token) -> bool:
    """Whether a "respond" or "reply" answers with a thing, not words: "the gendarmes responded
    with tear gas", "troops replied with artillery fire" (not "responded with a statement",
    "replied that ...", "responded by saying ..."). It holds no event: with no content of its own
    it would report its whole sentence ("young men threw stones at gendarmes, and the gendarmes
    responded with tear gas" is not the gendarmes' claim). Attribution finding keeps it, as
    PolNeAR's attribution counts a few ("responded with attacks on X")."""
    if cue_lemma(verb) not in {"respond", "reply"} or any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and cue_lemma(g) not in CUE_NOUNS for g in c.children)
        for c in verb.children)


def _withholds(verb: Token) -> bool:
    """Whether "deny" or "refuse" withholds a thing from its passive subject ("the detainees had
    been denied access to lawyers", "he was refused entry"): a passive verb with a direct object
    tells what was kept from someone, not a denial or refusal anyone voiced ("the charges were
    denied" still is one)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


WITHHOLDING_LEMMAS = {"deny", "refuse"}
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})  # the parts of speech of the rules' cue words


def _cue_candidates(sentence: SpacySpan) -> list[Token]:
    """The sentence's tokens that a speech-scope rule can read as a cue: of a cue's part of speech,
    or "according". Found in the Doc's arrays (`doc_words`), so no Token is built for the others."""
    doc, read = sentence.doc, doc_words(sentence.doc)
    return [doc[i] for i in range(sentence.start, sentence.end)
            if read.pos[i] in _CUE_POS or read.lower[i] == "according"]


def _verbs(sentence: SpacySpan) -> list[Token]:
    """The sentence's tokens tagged VERB, found in the Doc's arrays."""
    doc, pos = sentence.doc, doc_words(sentence.doc).pos
    return [doc[i] for i in range(sentence.start, sentence.end) if pos[i] == "VERB"]
# "The ministry put the toll at 31", "aid workers gave a higher figure of 22", "the army put its
# losses at two soldiers": a source's count of the dead is its claim, told with a verb of no
# saying. The stance scope leaves these verbs to its learned candidate model, which reads them
# with a longer content (PolNeAR 5-fold CV lost 0.0008 content F1 with the rule).
FIGURE_VERBS = {"put", "give", "set", "place", "raise", "revise", "lower", "update"}
FIGURE_NOUNS = {"toll", "figure", "tally", "count", "number", "loss", "casualty", "dead"}  # "put the dead at 20"


def _figure_content(verb: Token) -> SpacySpan | None:
    """What a verb that gives a figure attributes: the figure and what follows it ("the toll at
    31 dead and 70 wounded"), when its subject names a source and its object is a count."""
    figure = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS), None)
    if figure is None or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    words = [t for t in verb.subtree if t.i >= figure.left_edge.i and not (t.is_punct or t.is_space)]
    return verb.doc[words[0].i : words[-1].i + 1]


def _published(verb: Token) -> SpacySpan | None:
    """What a verb of publishing attributes to its subject: the video or statement it put out and
    what that shows or says ("released footage of its fighters storming the base", "shared a video
    of soldiers beating a man"). The stance scope leaves these verbs to its learned models."""
    shown = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in GENERIC_SOURCES), None)
    if shown is None or not any(c.dep_ in {"prep", "acl", "relcl"} for c in shown.children):
        return None
    return verb.doc[shown.left_edge.i : shown.right_edge.i + 1]


def _said_as_auxiliary(verb: Token) -> tuple[SpacySpan | None, SpacySpan | None]:
    """'fighting that the UN said killed 3,000 people': the parser read the speech verb as an
    auxiliary of the reported verb, whose subject is then the speaker and whose words after the
    speech verb are what is said."""
    head = verb.head
    subject = next((c for c in list(verb.children) + list(head.children) if c.dep_ == "nsubj" and c.i < verb.i),
                   None)
    if head.pos_ != "VERB" or head.i < verb.i or subject is None:
        return None, None
    return noun_phrase(subject), verb.doc[verb.i + 1 : head.right_edge.i + 1]


def _tag_source(verb: Token, content: SpacySpan) -> tuple[SpacySpan | None, SpacySpan]:
    """A speech verb closing the sentence with no parsed subject ("..., killing nine people,
    residents and a health worker said."): the parser took the speakers for more of the content,
    but the words between the last comma and the verb are who says it."""
    doc = verb.doc
    after = [t for t in doc[verb.i + 1 : verb.sent.end] if not (t.is_punct or t.is_space)]
    comma = next((t for t in reversed(doc[content.start : verb.i]) if t.text == ","), None)
    if not after and comma is not None and comma.i + 1 == verb.i:
        return _described_speaker(verb, content)
    if after or comma is None or comma.i + 1 >= verb.i:
        return None, content
    words = doc[comma.i + 1 : verb.i]
    # an acronym in brackets is part of the speaker's name ("the X Commission (XC) said")
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in words) or any(
            t.pos_ in {"VERB", "AUX"} or t.is_punct and not t.is_bracket and not _joins_words(t) for t in words):
        return None, content
    return words, doc[content.start : comma.i]


def _joins_words(token: Token) -> bool:
    """Whether a token is a hyphen inside a word ("the mayor of the sub-district said")."""
    return token.text == "-" and 0 < token.i < len(token.doc) - 1 and not token.whitespace_ and not (
        token.nbor(-1).whitespace_)


RELATIVE_PRONOUNS = {"who", "that"}


def _qualified_speaker(verb: Token, sentence: SpacySpan) -> tuple[SpacySpan, SpacySpan] | None:
    """'..., an army officer who asked not to be named said.': a speaker and the relative clause
    that qualifies it close the sentence before the speech verb (and what hangs on the verb: "told
    AFP"). The parser, reading the speaker as
    an object inside the content and the verb as coordinated with the content's verb, gave the
    content's own subject ("Gunmen killed ...") as the speaker."""
    doc = verb.doc
    # what may follow the verb is its own listener or circumstance ("... told AFP.", "... said on
    # Friday."), not what it says ("..., residents who fled said the attackers numbered 50")
    own = {t.i for c in verb.rights if c.dep_ in {"dobj", "dative", "prep", "npadvmod", "advmod", "punct"}
           for t in c.subtree}
    if any(not (t.is_punct or t.is_space) and t.i not in own for t in doc[verb.i + 1 : sentence.end]):
        return None
    comma = next((t for t in reversed(doc[sentence.start : verb.i]) if t.text == ","), None)
    if comma is None or comma.i == sentence.start:
        return None
    pronoun = next((t for t in doc[comma.i + 1 : verb.i] if t.lower_ in RELATIVE_PRONOUNS and t.tag_ in {"WP", "WDT"}),
                   None)
    if pronoun is None or pronoun.head.dep_ != "relcl":
        return None
    speaker, clause = doc[comma.i + 1 : pronoun.i], doc[pronoun.i : verb.i]
    if (not any(t.pos_ in {"NOUN", "PROPN"} for t in speaker) or pronoun.head.head.i not in range(speaker.start, speaker.end)
            or any(t.pos_ in {"VERB", "AUX"} or t.is_punct and not t.is_bracket for t in speaker)
            or any(t.is_punct for t in clause)):
        return None
    return speaker, doc[sentence.start : comma.i]


def _quoted_as_saying(verb: Token) -> SpacySpan | None:
    """Who an outlet quotes ("the news agency quoted police as saying ...", "..., the agency quoted
    a spokesman as saying"): the speaker of the quoting verb and of the saying, not the outlet,
    which is only the channel."""
    quoting = _quoting_verb(verb)
    if cue_lemma(quoting) != "quote" or not any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children)
            for c in quoting.children):
        return None
    quoted = next((c for c in quoting.children if c.dep_ == "dobj"), None)
    return noun_phrase(quoted) if quoted is not None else None


def _quoting_medium(cue: Token) -> str | None:
    """'media' where news media quote the speaker ("the state news agency quoted police as
    saying"): the speaker's words came through their report."""
    if _quoted_as_saying(cue) is None:
        return None
    subject = next((c for c in _quoting_verb(cue).children if c.dep_ == "nsubj"), None)
    return "media" if subject is not None and NEWS_MEDIA.search(noun_phrase(subject).text) else None


def _cited_by(attribution: Attribution) -> SpacySpan | None:
    """Whom a source that names no actor of its own (an outlet: "local radio", "the outlet",
    "Daily X") cites or quotes in the same breath: "local radio reported, citing the police
    chief", "according to local media, which quoted a witness", "local media citing police
    sources". The claim is theirs; the outlet only passed it on."""
    source, cue = attribution.source, attribution.cue
    if source is None:
        return None
    for verb in (cue, *cue.children, *source.root.children):
        cites = verb.pos_ == "VERB" and verb.lemma_.lower() in CITING_LEMMAS and (
            verb == cue or verb.dep_ in {"advcl", "xcomp", "conj", "acl", "relcl"})
        cited = next((c for c in verb.children if c.dep_ == "dobj"), None) if cites else None
        if cited is not None:
            return noun_phrase(cited)
    return None


CITING_LEMMAS = {"cite", "quote"}


def _quoting_verb(cue: Token) -> Token:
    """The verb that quotes: "quoted" of "quoted police as saying" for the cue "saying", else the cue."""
    return cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else cue


def _described_speaker(verb: Token, content: SpacySpan) -> tuple[SpacySpan | None, SpacySpan]:
    """'..., X, a rights group that monitors the region, said.': a name and the description set off
    after it close the sentence before the verb; the parser, which hung both on a place of the
    content, missed the speaker. The name is the speaker; an office set off before the name it
    introduces ('..., the army's spokesman, Colonel X, said') is the speaker with its name, and so
    is one set off before how it spoke ('..., a local official, speaking on condition of anonymity,
    said')."""
    doc = verb.doc
    commas = [t.i for t in doc[content.start : verb.i] if t.text == ","]
    if len(commas) < 3:
        return None, content
    before_name, after_name, closing = commas[-3:]
    name = doc[before_name + 1 : after_name]
    description = doc[after_name + 1 : closing]
    if not before_name > content.start:
        return None, content
    if (1 <= len(name) <= MAX_SPEAKER_TOKENS and all(t.pos_ == "PROPN" for t in name)
            and len(description) > 1 and description[0].lower_ in {"a", "an"} and description.root.pos_ == "NOUN"):
        return name, doc[content.start : before_name]
    # "..., the army's spokesman, Colonel X, said": the office first, then the name it introduces
    office, named = name, description
    if 1 <= len(named) <= MAX_SPEAKER_TOKENS and all(t.pos_ == "PROPN" for t in named) and _an_office(office):
        return doc[before_name + 1 : closing], doc[content.start : before_name]
    # "..., a local official, speaking on condition of anonymity, said": a speaker and how it spoke
    if _an_office(name) and description[0].tag_ == "VBG":
        return name, doc[content.start : before_name]
    return None, content


def _an_office(words: SpacySpan) -> bool:
    """Whether words set off by commas name an office or a kind of speaker: "the army's spokesman",
    "a local official", or one told with whom it serves ("the head of the local hunters'
    association", "a spokesman for the regional administration"), no clause among them."""
    if not 1 < len(words) or words[0].lower_ not in {"the", "a", "an"} or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False
    if len(words) <= MAX_SPEAKER_TOKENS and words[-1].pos_ == "NOUN" and not any(t.pos_ == "ADP" for t in words):
        return True
    root = words.root
    served = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}), None)
    return (root.pos_ == "NOUN" and served is not None and words[-1].pos_ in {"NOUN", "PROPN"}
            and served.i - words.start <= MAX_SPEAKER_TOKENS
            and not any(t.pos_ == "ADP" for t in words[: served.i - words.start]))


MIN_TITLE_WORDS = 3  # capitalised words of four letters or more that make a line title-case


def _title_case_lines(sentence: SpacySpan) -> list[SpacySpan]:
    """The sentence's lines written in title case ("Senator Says Tax Plan Will Fail"), whose
    verbs the tagger reads as proper nouns."""
    doc, read = sentence.doc, doc_words(sentence.doc)
    lines, start = [], sentence.start
    for i in range(sentence.start, sentence.end):
        # a line ends at a whitespace token holding a line break (`_ends_line`)
        if "\n" in read.lower[i] and _ends_line(doc[i]) or i == sentence.end - 1:
            long_words = [text for text, alpha in zip(read.text[start : i + 1], read.alpha[start : i + 1])
                          if alpha and len(text) > 3]
            if len(long_words) >= MIN_TITLE_WORDS and all(text[0].isupper() for text in long_words):
                lines.append(doc[start : i + 1])
            start = i + 1
    return lines


def _lower_cased_attributions(line: SpacySpan, scope: Scope) -> list[Attribution]:
    """The attributions of a title-case line, found in a lower-cased copy of its words (same
    tokens, so each maps back by position) that the parser reads as an ordinary sentence."""
    copied = _copy_attributions(tuple(t.text if t.i == line.start else t.lower_ for t in line),
                                tuple(bool(t.whitespace_) for t in line), scope)
    doc, offset = line.doc, line.start

    def back(span: SpacySpan | None) -> SpacySpan | None:
        return None if span is None else doc[span.start + offset : span.end + offset]

    return [Attribution(doc[a.cue.i + offset], back(a.source), back(a.content), a.stance, parsed_as=a)
            for a in copied]


# The rules ask about one line several times (its attributions, its claims, the stance model's
# candidates), and a headline recurs in a report; the copy is parsed from its words alone, so
# its attributions are the same each time.
@lru_cache(maxsize=256)
def _copy_attributions(words: tuple[str, ...], spaces: tuple[bool, ...], scope: Scope) -> tuple[Attribution, ...]:
    """The attributions of the sentences of a line parsed from these words alone."""
    from eventwire.annotate import load_language  # the pipeline's own model; imported late as annotate is heavy

    nlp = load_language()
    copy = nlp(Doc(nlp.vocab, words=list(words), spaces=list(spaces)))
    return tuple(a for sentence in copy.sents for a in rule_attributions(sentence, scope))


def _no_patient_source(attribution: Attribution) -> Attribution:
    """A passive cue's subject is whom the cue is about, not who holds it ("X was accused of ...",
    "Y is expected to win", "12 people were reported killed"): such an attribution has no
    expressed source."""
    source = attribution.source
    if source is not None and source.root.dep_ == "nsubjpass" and source.root.head == attribution.cue:
        return replace(attribution, source=None)
    return attribution


def _on_cue_line(source: SpacySpan, cue: Token) -> SpacySpan:
    """The source's words on the cue's line: a headline or a timestamp line that the parser
    joined to the next sentence ('7 p.m.' + blank line + 'X said ...') is not part of the speaker."""
    doc = cue.doc
    breaks = [t.i for t in doc[min(source.start, cue.i) : max(source.end, cue.i + 1)] if _ends_line(t)]
    start = max([b + 1 for b in breaks if b < cue.i] + [source.start])
    end = min([b + 1 for b in breaks if b >= cue.i] + [source.end])
    words = [t for t in doc[start:end] if not (t.is_space or t.is_punct)]
    return doc[words[0].i : words[-1].i + 1] if words else source


def _past_dateline(source: SpacySpan, cue: Token) -> SpacySpan:
    """A subject the parser found in the wire dateline its sentence opens with ("TOWN, Country (AFP) –
    The X Front said ...": the filing town) is the words between the dateline and the cue."""
    if not in_dateline(source.root) or source.root.i > cue.i:
        return source
    kept = [t for t in cue.doc[source.root.i : cue.i] if not in_dateline(t)]
    words = [t for t in kept if not t.is_punct]
    if not words or len(words) > MAX_DATELINE_SOURCE:
        return source
    return cue.doc[words[0].i : kept[-1].i + 1 if kept[-1].text == ")" else words[-1].i + 1]


MAX_DATELINE_SOURCE = 12  # words between a dateline and its cue that still name a speaker


def _in_cue_paragraph(content: SpacySpan, cue: Token) -> SpacySpan:
    """The content's words in one paragraph, the one nearest the cue: a content running over a
    blank line has swallowed the next paragraph (or a headline) through a sentence the parser
    joined across it; reported content almost never crosses a paragraph (9 of PolNeAR's 2,192)."""
    doc = cue.doc
    paragraphs, start = [], content.start
    for token in content:
        if _ends_paragraph(token):
            paragraphs.append((start, token.i + 1))
            start = token.i + 1
    if not paragraphs:
        return content
    paragraphs.append((start, content.end))
    words = [[t for t in doc[s:e] if not t.is_space] for s, e in paragraphs]
    nearest = min((w for w in words if w), key=lambda w: 0 if w[0].i <= cue.i <= w[-1].i
                  else min(abs(cue.i - w[0].i), abs(cue.i - w[-1].i)), default=None)
    return doc[nearest[0].i : nearest[-1].i + 1] if nearest else content


# Speech verbs the parser reads as an auxiliary of the reported verb ("that the UN said killed
# 3,000"), where the lemmatizer leaves them as they are.
MISREAD_AUXILIARIES = {"said": "say", "says": "say", "claimed": "claim", "claims": "claim"}


def cue_lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer cuts a verb's final 'e' with its ending
    ('hoped' -> 'hop', 'rated' -> 'rat') and so misses a cue verb."""
    lemma = token.lemma_.lower()
    if token.pos_ == "AUX" and token.dep_ == "aux":
        lemma = MISREAD_AUXILIARIES.get(token.lower_, lemma)
    if lemma + "e" in CUE_VERBS and token.lower_ in {lemma + "ed", lemma + "es", lemma + "ing"}:
        return lemma + "e"
    return lemma


def _stance_attribution(token: Token, sentence: SpacySpan) -> Attribution | None:
    """An attribution of the `stance` scope at `token`, if it is one: a verb of evaluation, the
    verbal sense of a verb such as "attack" or "support", a belief ascribed ("sees X as Y"), a
    raised clause ("X seems to ..."), or a noun of stance with its holder ("X's support for Y",
    "X, a critic of Y")."""
    lemma = cue_lemma(token)
    if token.pos_ in {"VERB", "AUX"} and lemma in RAISING_LEMMAS:
        return _raised(token)
    if token.pos_ == "VERB" and (phrased := _phrasal_content(token)) is not None:
        source = _subject(token)
        return Attribution(token, source, phrased, "asserts") if source is not None else None
    if token.pos_ == "VERB" and (lemma in EVALUATION_LEMMAS or lemma in CONTESTED_LEMMAS and verbal_sense(token)
                                 or lemma in ASCRIBING_LEMMAS and ascribes(token)):
        source, content = _subject(token), _content(token, sentence)
        if source is not None and content is not None:
            return Attribution(token, source, content, "asserts")
    if token.pos_ == "NOUN" and lemma in STANCE_NOUNS | HOLDER_NOUNS:
        source = _holder(token) if lemma in HOLDER_NOUNS else _noun_source(token)
        content = _noun_content(token)
        if source is not None and content is not None:
            return Attribution(token, source, content, "asserts")
    if token.dep_ == "prep" and token.lower_ in VIEWPOINT_PREPOSITIONS and token.head.pos_ in {"VERB", "AUX"} and (
            cue_lemma(token.head) not in CUE_VERBS):
        target = next((c for c in token.children if c.dep_ == "pobj"), None)
        if target is not None and target.lemma_.lower() in VIEWPOINT_NOUNS:
            return Attribution(token, noun_phrase(target), _rest_of(sentence, token), "asserts")
    return None


# "In this poll, X leads", "by one estimate, ...", "safe in his eyes": where a finding or a view
# comes from; a cue verb's own "in" phrase ("said in a report") is its channel instead.
VIEWPOINT_PREPOSITIONS = {"in", "by"}
VIEWPOINT_NOUNS = {
    "poll", "survey", "study", "estimate", "estimation", "analysis", "assessment", "count", "tally", "reckoning",
    "calculation", "projection", "census", "eye", "view", "opinion", "judgment", "judgement", "mind", "account",
}


def _phrasal_content(verb: Token) -> SpacySpan | None:
    """What a phrase built on a common verb attributes: 'as X put it, ...' (the clause it
    qualifies), 'made (it) clear that ...', 'made the case that/for ...', and 'went after X'
    in its verbal sense."""
    doc, lemma, children = verb.doc, verb.lemma_.lower(), list(verb.children)
    if lemma == "put" and verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children):
        own = {t.i for t in verb.subtree}
        rest = [t for t in verb.head.subtree if t.i not in own and not t.is_punct and not t.is_space]
        return doc[rest[0].i : rest[-1].i + 1] if rest else None
    if lemma == "make":
        clear = next((c for c in children if c.lower_ == "clear" and c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}), None)
        clause = next((c for c in ([] if clear is None else list(clear.children)) + children
                       if c.dep_ in {"ccomp", "advcl"} and c is not clear), None)
        if clear is not None and clause is not None:
            return doc[clause.left_edge.i : clause.right_edge.i + 1]
        case = next((c for c in children if c.dep_ == "dobj" and c.lemma_.lower() == "case"), None)
        return _noun_content(case) if case is not None else None
    target = next((g for c in children if c.dep_ == "prep" and c.lower_ == "after" for g in c.children
                   if g.dep_ == "pobj"), None) if lemma == "go" else None
    if target is not None and verbal_sense(verb, frozenset({"after"})):
        return doc[target.left_edge.i : target.right_edge.i + 1]
    return None


def _raised(verb: Token) -> Attribution | None:
    """'X seems to ...', 'it appears that ...': the whole clause is what seems so, to no one
    named; a cue in the complement ('appeared to suggest') attributes on its own."""
    complement = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "acomp"}), None)
    if complement is None or complement.lemma_.lower() in SPEECH_LEMMAS | STANCE_LEMMAS:
        return None
    tokens = [t for t in verb.subtree if not t.is_punct and not t.is_space]
    return Attribution(verb, None, verb.doc[tokens[0].i : tokens[-1].i + 1], "asserts")


def _holder(noun: Token) -> SpacySpan | None:
    """Who holds a stance named by an agent noun: 'X is a critic of Y', 'X, a critic of Y', 'X's
    critics'."""
    if noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return noun_phrase(subject) if subject is not None else None
    if noun.dep_ == "appos":
        return noun_phrase(noun.head)
    return _noun_source(noun)


def _split_coordinated(found: list[Attribution]) -> list[Attribution]:
    """'X said A and warned B', 'X said A, arguing B': the parser often hangs the second cue
    inside the first one's content, but it is X's second attribution. The first content
    then ends before the second cue, and the second cue takes the first one's source."""
    result = list(found)
    for position, inner in enumerate(result):
        cue = inner.cue
        if cue.dep_ not in {"conj", "advcl"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children) or (
                _goes_on_with_act(cue) or _in_relative_clause(cue)):
            continue
        outers = [(index, a) for index, a in enumerate(result)
                  if a.cue.i < a.content.start < cue.i < a.content.end]
        if not outers:
            continue
        outers.sort(key=lambda pair: len(pair[1].content))
        # "X said in a statement that A and accused B": the statement names no one; X, who made it,
        # accused, and neither the statement nor X's saying holds the accusation
        speaking = next((n for n, (_, a) in enumerate(outers) if a.source is not None), 0)
        for index, outer in outers[: speaking + 1]:
            end = min(t.i for t in cue.subtree)
            while end > outer.content.start and (cue.doc[end - 1].is_punct or cue.doc[end - 1].dep_ == "cc"):
                end -= 1
            if end > outer.content.start:
                result[index] = replace(outer, content=cue.doc[outer.content.start : end])
                result[position] = replace(inner, source=outer.source or result[position].source)
    return result


def _in_relative_clause(cue: Token) -> bool:
    """Whether a coordinated cue goes on with a relative clause ("blamed the group, which denied
    it and accused the army of the killings"): it shares that clause's subject, the group, not the
    speaker whose content the clause lies in."""
    return cue.dep_ == "conj" and cue.head.dep_ == "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in cue.head.children)


def _goes_on_with_act(cue: Token) -> bool:
    """Whether a coordinated verb of wanting or judging with only a thing for object goes on with
    the physical act it is coordinated with ("X said gunmen had taken two nurses and demanded a
    ransom"): the act's doers demanded it, so it is more of what X says, not X's second attribution
    (a verb of speech, "... and warned that ...", still is X's)."""
    return (cue.dep_ == "conj" and cue_lemma(cue) not in SPEECH_LEMMAS and physical_act(cue.head)
            and not any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in cue.children))


# Adjectives of certainty, feeling and resolve attribute their clause to the subject ("X was sure
# that ...", "Y is determined to ...", "Z is worried about ..."), and to no one with "it" ("it is
# clear that ...").
ATTITUDE_ADJECTIVES = {
    "sure", "certain", "confident", "convinced", "unsure", "uncertain", "afraid", "fearful", "worried",
    "concerned", "anxious", "determined", "willing", "unwilling", "reluctant", "ready", "eager", "keen",
    "clear", "unclear", "obvious", "apparent", "evident", "aware", "critical", "passionate", "hopeful",
    "optimistic", "pessimistic", "skeptical", "sceptical", "doubtful", "adamant", "insistent", "proud", "sorry",
    "glad", "happy", "upset", "angry", "furious", "frustrated", "disappointed", "opposed", "supportive",
    "committed", "enthusiastic", "bullish", "bearish",
}
ADJECTIVE_CONTENT_PREPOSITIONS = {"about", "of", "on", "over", "with", "that", "to"}


def _adjective_content(adjective: Token) -> SpacySpan | None:
    """What an attitude adjective attributes: its clause ("sure (that) ...", "willing to ..."),
    the object of its preposition ("worried about ..."), or a clause left on the copula ("it is
    clear ... that ...")."""
    doc = adjective.doc
    for child in list(adjective.children) + [c for c in adjective.head.children if c.i > adjective.i]:
        if child.dep_ in {"ccomp", "xcomp"}:
            return doc[child.left_edge.i : child.right_edge.i + 1]
        if child.dep_ == "prep" and child.head == adjective and child.lower_ in ADJECTIVE_CONTENT_PREPOSITIONS:
            target = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
            if target is not None:
                return doc[target.left_edge.i : target.right_edge.i + 1]
    return None


# Nouns of saying and judging attribute too: "X's claim that ...", "a report by Y of ...".
CUE_NOUNS = {
    "claim", "report", "statement", "comment", "remark", "announcement", "charge", "accusation", "allegation",
    "assertion", "promise", "pledge", "warning", "criticism", "admission", "conclusion", "assessment", "estimate",
    "proposal", "demand", "argument", "belief", "view", "fear", "hope", "worry", "concern", "insistence", "emphasis",
    "acknowledgment", "acknowledgement", "decision", "determination", "position", "theory", "message", "answer",
    "suggestion", "prediction", "forecast", "complaint", "denial", "praise", "opposition", "disdain", "endorsement",
    "refusal", "commitment", "threat", "vow", "suspicion", "doubt", "idea", "notion", "question", "call", "plea",
    "appeal", "recommendation", "finding", "verdict", "ruling", "judgment", "judgement", "opinion", "expectation",
}
NOUN_CONTENT_PREPOSITIONS = {"of", "about", "on", "for", "over", "against"}


def _noun_source(noun: Token) -> SpacySpan | None:
    """Who holds a cue noun: its possessor ("the mayor's claim"), its "by"/"from" phrase, or the
    proper name set before it ("a New York Times report")."""
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and all(t.pos_ == "PROPN" for t in noun.doc[names[0].left_edge.i : noun.i]):
        return noun.doc[names[0].left_edge.i : noun.i]
    for child in noun.children:
        if child.dep_ == "poss":
            return noun_phrase(child)
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is not None:
                return noun_phrase(target)
    return None


NOUN_CLAUSES = {"acl", "ccomp", "relcl"}  # the dependencies of a noun's own clause ("a report that ...")


def _noun_content(noun: Token) -> SpacySpan | None:
    """What a cue noun attributes: its "that" or "to" clause, else the object of its "of", "about" ..."""
    doc = noun.doc
    for child in noun.children:
        # (a "that" clause the parser took for a relative one keeps "that" as its mark: "a report that X had ...")
        if child.dep_ in NOUN_CLAUSES and any(g.dep_ in {"mark", "aux"} and g.lower_ in {"that", "to"}
                                                           for g in child.children):
            return doc[child.left_edge.i : child.right_edge.i + 1]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in NOUN_CONTENT_PREPOSITIONS:
            target = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
            if target is not None:
                return doc[target.left_edge.i : target.right_edge.i + 1]
    return None


def _speaker_lines(sentence: SpacySpan) -> list[Attribution]:
    """A speaker named at the start of a line, then a colon: transcripts ("SMITH: Well, ...")
    and headlines ("Poll: Voters ..."). The content runs to the end of the line."""
    doc, lower = sentence.doc, doc_words(sentence.doc).lower
    starts = [i for i in range(sentence.start, sentence.end)
              if i == sentence.start or "\n" in lower[i - 1] and _ends_line(doc[i - 1])]
    found = []
    for start in starts:
        if ":" not in lower[start : min(start + MAX_SPEAKER_TOKENS + 2, sentence.end)]:
            continue  # no colon after the line's first words: no speaker
        tokens = [t for t in doc[start : min(start + MAX_SPEAKER_TOKENS + 2, sentence.end)]
                  if not t.is_space and t.text not in QUOTES_OPEN]
        colon = next((i for i, t in enumerate(tokens[:MAX_SPEAKER_TOKENS + 1]) if t.text == ":"), None)
        name = tokens[:colon] if colon else []
        if not name or any(t.is_punct or not (t.pos_ == "PROPN" or t.is_title or t.is_upper) for t in name):
            continue
        if " ".join(t.lower_ for t in name) in LAYOUT_LABELS:
            continue
        if start == sentence.start and start > 0 and not _ends_line(doc[start - 1]):
            continue  # the sentence starts mid-line
        cue = tokens[colon]
        end = next((t.i + 1 for t in doc[cue.i + 1 :] if _ends_line(t)), len(doc))
        if end > cue.i + 1:
            found.append(Attribution(cue, doc[name[0].i : name[-1].i + 1], doc[cue.i + 1 : end], "asserts"))
    return found


def _quote_tags(sentence: SpacySpan) -> list[Attribution]:
    """A quote broken off by ',' '?' or '!' and closed, then a bare subject and verb: whatever
    the verb ('"... ?" he asks', '"...," she sings'), it credits the quote to the subject. A
    speech verb whose parsed subject lies inside the quote ('"Full panic," said X') credits it to
    the name between the quote and the verb, or else to the one after the verb."""
    doc = sentence.doc
    found = []
    for verb in _verbs(sentence):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ in OBJECT_DEPS and c.i > verb.i for c in verb.children):
            continue
        first = min(subject.left_edge.i, verb.i)
        source: SpacySpan | None = noun_phrase(subject)
        if verb.lemma_.lower() in SPEECH_LEMMAS and subject.i < verb.i and first == subject.left_edge.i:
            close = next((t for t in doc[subject.i + 1 : verb.i] if t.text in QUOTES_CLOSE), None)
            if close is not None:
                first, source = close.i + 1, _tag_speaker(doc[close.i + 1 : verb.i], verb)
        if first < 2 or doc[first - 1].text not in QUOTES_CLOSE or doc[first - 2].text not in TAG_BREAKS:
            continue
        close = doc[first - 1].idx
        quote = next((r for r in _quotes(doc) if r[1] == close), None)
        content = doc.char_span(quote[0], quote[1], alignment_mode="expand") if quote else None
        if content is not None:
            stance = "denies" if verb.lemma_.lower() in DENYING_VERBS else "asserts"
            found.append(Attribution(verb, source, content, stance))
    return found


def _tag_speaker(before: SpacySpan, verb: Token) -> SpacySpan | None:
    """Who a speech tag names: the words between the quote and the verb ('," the mayor said'),
    or the noun after the verb ('," said the mayor')."""
    words = [t for t in before if not t.is_punct and not t.is_space]
    if words:
        return before.doc[words[0].i : words[-1].i + 1]
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 4] if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
    while after is not None and after.dep_ == "compound" and after.head.i > after.i:
        after = after.head
    return noun_phrase(after) if after is not None else None


def _colon_quotes(sentence: SpacySpan) -> list[Attribution]:
    """'X continued:' or 'X reports:' and a quote opening after the colon, in this paragraph or
    the next: whatever the verb, the quote is what X says."""
    doc = sentence.doc
    found = []
    for verb in _verbs(sentence):
        if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ":":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        start = doc[verb.i + 1].idx + 1
        text, quotes = doc_text(doc), _quotes(doc)
        if not re.match(r"\s*[\"“]", text[start:start + 6]):
            continue
        quote = next((r for r in quotes if start < r[0] <= start + 6), None)
        content = doc.char_span(quote[0], quote[1], alignment_mode="expand") if quote else None
        if content is not None:
            found.append(Attribution(verb, noun_phrase(subject), content, "asserts"))
    return found


def _colon_paragraphs(sentence: SpacySpan) -> list[Attribution]:
    """'The governor added:' ending a paragraph, and no quote mark after it: the next paragraph
    is what he added, however many sentences it runs to."""
    doc = sentence.doc
    found = []
    for verb in _verbs(sentence):
        colon = verb.i + 1
        if (colon + 1 >= len(doc) or doc[colon].text != ":"
                or not (_ends_paragraph(doc[colon]) or _ends_paragraph(doc[colon + 1]) and doc[colon + 1].is_space)):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        words = []
        for token in doc[colon + 1 :]:
            if not token.is_space:
                words.append(token)
            if words and _ends_paragraph(token):
                break
        if words and not words[0].is_quote:
            found.append(Attribution(verb, noun_phrase(subject), doc[words[0].i : words[-1].i + 1], "asserts"))
    return found


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Marks that end a quoted stretch which a speech tag follows ('"...," she said'), unlike '."'.
TAG_BREAKS = {",", "?", "!", "—", "--"}
# A verb with its own object or clause after it, following a quote, starts a sentence of its own.
OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative"}


def _ends_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def _ends_paragraph(token: Token) -> bool:
    return PARAGRAPH_BREAK.search(token.whitespace_ or (token.text if token.is_space else "")) is not None


# '“...” ― Name' at the end of a line: a quote credited to its speaker, as in reader comments.
QUOTE_CREDIT = re.compile(r"[”\"][ \u00a0]*([―—])[ \u00a0]*([A-Z][\w'’-]*\.?(?:[ \u00a0][A-Z][\w'’-]*\.?){0,4}?)"
                          r"\.?[ \u00a0]*(?:\n|$)")


def _quote_credits(sentence: SpacySpan) -> list[Attribution]:
    doc = sentence.doc
    # the sentence with a token either side: the closing quote and the line break may lie outside it
    window = doc[max(sentence.start - 1, 0) : min(sentence.end + 1, len(doc))]
    # `window.text_with_ws`, cut from the text read once (a span joins its tokens anew)
    end = doc[window.end].idx if window.end < len(doc) else None
    found = []
    for match in QUOTE_CREDIT.finditer(doc_text(doc)[window.start_char : end]):
        dash = window.start_char + match.start(1)
        cue = doc.char_span(dash, dash + 1, alignment_mode="expand")
        source = doc.char_span(window.start_char + match.start(2), window.start_char + match.end(2),
                               alignment_mode="expand")
        if cue is None or source is None or not sentence.start <= cue.start < sentence.end:
            continue
        # the comment is the whole line before the dash: its marks are often mistyped ('”...”'),
        # or hold a quote of their own, so they cannot be paired
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, dash) + 1
        line = text[line_start : window.start_char + match.start()]
        opening = len(line) - len(line.lstrip(QUOTE_MARKS))
        content = doc.char_span(line_start + opening, line_start + len(line), alignment_mode="expand")
        if content is not None and len(content) > 0:
            found.append(Attribution(cue[0], source, content, "asserts"))
    return found


# Each article's quotations, found once (its text is joined once by `texts.doc_text`).
_DOC_QUOTES: WeakKeyDictionary[Doc, list[tuple[int, int]]] = WeakKeyDictionary()


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    """The Doc's `quoted_regions`."""
    known = _DOC_QUOTES.get(doc)
    if known is None:
        known = _DOC_QUOTES[doc] = quoted_regions(doc_text(doc))
    return known


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in `text` ("...", “...”, ''...''), paragraph by
    paragraph; a quotation still open at a paragraph's end runs to that end (a quote that goes on
    in the next paragraph opens again there)."""
    regions = []
    for paragraph in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        start: int | None = None
        opening = ""
        for mark in re.finditer(r"“|”|\"|''|``", paragraph.group(0)):
            token = mark.group(0)
            if start is None:
                if token != "”":
                    start, opening = mark.end(), token
            elif token in QUOTE_PAIRS[opening]:
                regions.append((paragraph.start() + start, paragraph.start() + mark.start()))
                start = None
            elif token == "“" == opening:  # a quote re-opened without closing: the later one counts
                start = mark.end()
        if start is not None:
            regions.append((paragraph.start() + start, paragraph.end()))
    return regions


def _rest_of(sentence: SpacySpan, cue: Token) -> SpacySpan:
    """The sentence without the cue's phrase ("according to X, ..."), less the punctuation at its
    edges: the longer side of it, but the words before when the words after open a clause of
    their own ("X, according to the union, while police Y": the union tells X, not Y)."""
    phrase = list(cue.subtree) + [t for t in cue.doc[cue.i + 1 : cue.i + 2] for t in t.subtree]
    left, right = min(t.i for t in phrase), max(t.i for t in phrase) + 1
    before = _words_of(sentence.doc[sentence.start : left])
    after = _words_of(sentence.doc[right : sentence.end])
    after = _words_of(after[_speaker_name(after) :])  # "according to the mayor, John Doe, ...": his name
    if len(before) and (not len(after) or after[0].lower_ in CLAUSE_OPENERS | {"who", "whose"}):
        return before
    return before if len(before) > len(after) else after if len(after) else sentence


# Words that open a contrasting clause of its own after an "according to X," set in a sentence.
CLAUSE_OPENERS = {"while", "whereas", "but", "although", "though"}


def _speaker_name(after: SpacySpan) -> int:
    """How many words open the words after "according to X," with X's name set off by commas
    ("according to the county administrator, Jane Doe, who said ...": a person's first and last
    name, then a comma or the end), which the parser may hang elsewhere; 0 when they open otherwise."""
    name = next((t.i for t in after if t.ent_type_ != "PERSON"), after.end) - after.start
    return name if name >= 2 and (name == len(after) or after[name].text == ",") else 0  # a first and a last name


def contrasted(one: Attribution, other: Attribution) -> bool:
    """Whether two speakers' cues are set against each other in one sentence, each telling in its
    own words: coordinated ("The army said ..., but the rebels said ...") or the second opened by
    "while" or "whereas" on the first's cue or content ("The army said it repelled the attack,
    while the rebels said they overran the post"), or the first closing its clause before a
    semicolon (`_told_before_semicolon`)."""
    return any(a.cue is not b.cue and a.cue.head in (b.cue, b.content.root) and _set_against(a.cue)
               or _told_before_semicolon(a.cue, b.cue) for a, b in ((one, other), (other, one)))


def _told_before_semicolon(earlier: Token, later: Token) -> bool:
    """Whether a speaker's tag closes a clause before a semicolon and another speaker's own saying
    follows it ("X shot dead a driver, his brother said; the ministry said the officers had been
    shot at first"): the parser hangs the first saying on the second, but each tells the act."""
    return (earlier.head == later and earlier.i < later.i and earlier.dep_ in {"ccomp", "parataxis"}
            and any(t.text == ";" for t in later.doc[earlier.i + 1 : later.i])
            and any(c.dep_ == "nsubj" for c in earlier.children) and any(c.dep_ == "nsubj" for c in later.children))


def _set_against(clause: Token) -> bool:
    """Whether a verb opens a clause set against the one it hangs on: coordinated, or an adverbial
    clause opened by "while", "whereas", "but", "although" with a subject of its own."""
    return clause.pos_ in {"VERB", "AUX"} and (clause.dep_ == "conj" or clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CLAUSE_OPENERS for c in clause.children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children))


def _speakers_set_against(verb: Token) -> list[Token]:
    """The cues of other speakers set against a verb's clause ("it repelled the attack, while the
    rebels said ..."): what they say is not the verb's speaker's."""
    return [c for c in verb.children if c.i > verb.i and c.dep_ == "advcl" and _set_against(c)
            and cue_lemma(c) in SPEECH_LEMMAS]


def _words_of(span: SpacySpan) -> SpacySpan:
    """The span less the punctuation and spaces at its two ends (quotation marks kept)."""
    words = [t for t in span if not (t.is_space or t.is_punct) or t.text in QUOTE_MARKS]
    return span.doc[words[0].i : words[-1].i + 1] if words else span[0:0]


def _subject(verb: Token) -> SpacySpan | None:
    """Who holds what `verb` attributes: the "by" agent of a passive ("was endorsed by X"), else
    its subject, else the subject of the clause it hangs from."""
    agent = passive_agent(verb)
    if agent is not None:
        return noun_phrase(agent)
    named = _gave_name_as(verb)
    if named is not None:
        return named
    # the subject nearest the verb: a timestamp line the parser joined to the sentence
    # ("12:15 p.m. <blank line> X says ...") becomes a second subject
    subject = min((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), key=lambda c: abs(verb.i - c.i),
                  default=None)
    if subject is not None:
        if verb.dep_ == "relcl" and subject.tag_ == "WDT" and subject.lower_ == "that":
            return noun_phrase(verb.head)  # "nations that oppose X": the nations hold it
        return _across_hyphen(noun_phrase(_past_absolute(subject)), verb)
    said = _said_just_before(verb)
    if said is not None:  # "..., the agency said, reporting two deaths": whoever said it
        return _subject(said)
    closing = _set_beside_closing(verb)
    if closing is not None:  # "X hit Y near Z, the news agency reported" (the agency set beside Z)
        return closing
    if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        # "issued a message, saying ..." -> the subject of "issued"; also the small model's
        # habit of hanging "X opposed to Y say ..." off the participle.
        return _subject(verb.head)
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head.head)  # "X was able to tout ...", "unable to accuse ..."
    if verb.dep_ == "relcl" or _blamed_act(verb) is not None:
        return noun_phrase(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in GENERIC_SOURCES:
        return noun_phrase(verb.head)  # "a video showing ...", "a statement saying ...": its issuer's (`_issuer`)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return _subject(verb.head.head)  # "started off by emphasizing ...", "before asking her ..."
    return _set_beside_participle(verb) or _set_beside_opening(verb)


def _said_just_before(participle: Token) -> Token | None:
    """The speech verb a participle follows after a comma ("..., the agency said, reporting two
    deaths"), which the parser may hang on the sentence's first verb instead: the participle's
    speaker is that verb's."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.i < 2 or doc[participle.i - 1].text != ",":
        return None
    said = doc[participle.i - 2]
    return said if said.pos_ == "VERB" and cue_lemma(said) in SPEECH_LEMMAS and said.sent == participle.sent else None


def _set_beside_closing(verb: Token) -> SpacySpan | None:
    """A speaker closing its sentence whom the parser set beside the last noun of what it says
    ("... near the port of X, the rebel-run news agency said": the agency read as an apposition of
    "X", the verb left with no subject): the words between that comma and the verb."""
    doc = verb.doc
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or cue_lemma(verb) not in SPEECH_LEMMAS or verb.head.i > verb.i or any(
            c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ in {"ccomp", "xcomp", "dobj", "csubj"} and c.i > verb.i
            for c in verb.children):
        return None  # (a verb with its own subject, or with what it said after it, closes nothing)
    comma = next((t.i for t in reversed(doc[verb.sent.start : verb.i]) if t.text == ","), None)
    if comma is None or comma <= verb.sent.start + 1 or comma + 1 >= verb.i:
        return None
    speaker = doc[verb.i - 1]
    if speaker.pos_ not in {"NOUN", "PROPN"} or speaker.dep_ not in {"appos", "conj"} or speaker.head.i >= comma \
            or speaker.left_edge.i != comma + 1 or speaker.right_edge.i != speaker.i:
        return None
    return doc[comma + 1 : verb.i]


def _past_absolute(subject: Token) -> Token:
    """The speaker of a closing tag that the parser set beside a phrase of the content's own
    people ("Fourteen people had died, the bomber among them, a nurse said": "the bomber among
    them" read as the subject, the nurse as its apposition): the apposition."""
    among = any(c.dep_ == "prep" and c.lower_ == "among" and any(g.pos_ == "PRON" for g in c.children)
                for c in subject.children)
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), subject) if among else subject


def _set_beside_participle(verb: Token) -> SpacySpan | None:
    """A speaker whose participle clause, set off by commas, the parser read as the speaker's own
    verb ("A banner signed by X, hung from a bridge the next morning, said ...": "hung" as the
    banner's verb, "said" with no subject): the subject of that clause."""
    for clause in verb.lefts:
        if clause.dep_ == "ccomp" and clause.tag_ in {"VBD", "VBN"} and clause.i > 0 \
                and clause.doc[clause.i - 1].text == ",":
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
            if subject is not None:
                return noun_phrase(subject)
    return None


def _across_hyphen(subject: SpacySpan, verb: Token) -> SpacySpan:
    """A subject the parser cut at a hyphen into subjects of their own ("the mayor of the sub-district
    said": "mayor", "-" and "district" each a subject): the whole of them."""
    doc, start = subject.doc, subject.start
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        before = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < start - 1
                       and c.right_edge.i >= start - 2), None)
        if before is None:
            break
        start = before.left_edge.i
    return subject if start == subject.start else doc[start : subject.end]


def _says_nothing(verb: Token) -> bool:
    """A negated saying with no clause or object of its own ("X, which has not commented", "police
    did not respond"): it attributes nothing."""
    return any(c.dep_ == "neg" for c in verb.children) and not any(
        c.dep_ in {"ccomp", "xcomp", "dobj", "csubj"} for c in verb.children)


def _gave_name_as(verb: Token) -> SpacySpan | None:
    """The speaker of "A commander who gave his name only as X said ...", which the parser reads as
    a clause "as X said" of "gave": the one who gave the name, not the name alone."""
    giver = verb.head
    if verb.dep_ != "advcl" or giver.dep_ != "relcl" or giver.lemma_.lower() not in NAMING_LEMMAS or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    person = giver.head
    return person.doc[person.left_edge.i : person.i + 1]


NAMING_LEMMAS = {"give", "identify", "introduce"}  # "who gave his name as", "who identified himself only as"


def _set_beside_opening(verb: Token) -> SpacySpan | None:
    """A speaker the parser set beside the noun closing the verb's opening phrase, between a comma
    and the verb ("In a message posted on Telegram, the X Front (XF) said ...", the name read as
    an apposition or a conjunct of "Telegram", or as a second object of "on")."""
    doc = verb.doc
    end = verb.i
    comma = next((t.i for t in reversed(doc[verb.sent.start : end]) if t.text == ","), None)
    if comma is not None and comma + 1 == end:
        # "In a statement, X, the Y mission, said ...": the speaker and its description, set off by
        # the commas before and after them
        end = comma
        commas = [t.i for t in doc[verb.sent.start : end] if t.text == ","]
        comma = commas[-2] if len(commas) >= 2 else None
    if comma is None or comma + 1 >= end:
        return None
    tops = [t for t in doc[comma + 1 : end] if not t.is_punct and not comma < t.head.i < end]
    described = len(tops) == 2 and tops[0].pos_ == "PROPN" and tops[1].dep_ == "appos" and tops[1].head == tops[0].head
    if not (len(tops) == 1 or described) or tops[0].pos_ not in {"NOUN", "PROPN"} or tops[0].head.i > comma:
        return None
    name = tops[0]
    # "on X, the Y Front said": a second object of the channel's preposition
    second_object = name.dep_ == "pobj" and any(c.dep_ == "pobj" and c.i < comma for c in name.head.children)
    if name.dep_ not in {"appos", "conj"} and not second_object:
        return None
    opening = next((t for t in name.ancestors if t.head == verb), None)
    if opening is None or opening.dep_ != "prep" or opening.i != verb.sent.start:
        return None
    return doc[name.left_edge.i : name.right_edge.i + 1] if described else doc[comma + 1 : end]


def _content(verb: Token, sentence: SpacySpan) -> SpacySpan | None:
    misparsed = _misparsed_closing_tag(verb, sentence)
    if misparsed is not None:
        return misparsed
    request = verb.lemma_.lower() in REQUEST_LEMMAS
    # a preposition before the verb is the sentence's, not what is said ("X abducted 43 people, ...,
    # in a night raid on Sunday, residents said", parsed with the raid hanging on "said")
    # "the attack was claimed by X in a statement": the attack is what X claimed, the statement how
    passive = passive_agent(verb) is not None and any(child.dep_ == "nsubjpass" for child in verb.children)
    children = [child for child in verb.children if child.dep_ in {"ccomp", "xcomp", "dobj", "csubj"} or (
        child.dep_ == "prep" and child.i > verb.i and not (passive and _is_channel(child))
        and (child.lower_ in CONTENT_PREPOSITIONS or child.lower_ == "for" and request))]
    # "A said B; the army said C": a clause before the verb across a semicolon is the earlier one's
    children = [c for c in children if c.i > verb.i or not any(
        t.text == ";" for t in sentence.doc[c.right_edge.i + 1 : verb.i])] or children
    # a clause or an object comes before a preposition: "said in a statement that X", "told in 2013 that X";
    # but not a remark after the statement's own clause ("said in a statement that X, a figure police rejected")
    stated = _stated_clause(verb)
    children = [c for c in children if stated is None or c.dep_ == "prep" or not _remark_after(c, stated)]
    child = next((c for c in children if c.dep_ != "prep"), children[0] if children else None)
    if child is None and stated is not None:
        return sentence.doc[stated.left_edge.i : _stated_end(verb, stated)]
    if child is not None:
        start, end = child.left_edge.i, child.right_edge.i + 1
        clause = _object_clause(verb, child)
        if clause is not None:  # "told reporters that X": X; "urged voters to X": voters to X
            start, end = (clause if _marked(clause) else child).left_edge.i, clause.right_edge.i + 1
        charge = _charge(verb, child)
        if charge is not None:  # "accused the army of killing X": the army of killing X
            end = charge.right_edge.i + 1
        if end <= verb.i and start <= sentence.start + 1:
            start = _quote_opening(sentence, end)
        if child.dep_ == "ccomp":
            end = max([end] + [max(t.i for t in c.subtree if not t.is_punct) + 1 for c in _continuations(verb, end)])
            end = min([end] + [_words_of(sentence.doc[start : c.left_edge.i]).end for c in _speakers_set_against(child)])
        beside = _set_beside_closing(verb)
        if beside is not None and start < beside.start <= end:  # the speaker read as part of what it said
            end = beside.start - 1
        return sentence.doc[start:end]
    patient = next((child for child in verb.children if child.dep_ == "nsubjpass"), None)
    if patient is not None and passive_agent(verb) is not None:
        return sentence.doc[patient.left_edge.i : patient.right_edge.i + 1]  # "X was endorsed by Y": X
    # "spoke to reporters", "wrote to the board": an audience, not a content
    aims = [] if verb.lemma_.lower() in ADDRESS_LEMMAS else [
        child for child in verb.children if child.dep_ == "prep" and child.lower_ in AIM_PREPOSITIONS and child.i > verb.i
        and not any(g.ent_type_ in CIRCUMSTANCE_ENTITIES for g in child.children) and not _is_channel(child)]
    if aims:  # "pointed to X", "balked at X", "apologized for X"
        return sentence.doc[aims[0].i : aims[0].right_edge.i + 1]
    if (closing := _closing_tag_content(verb, sentence)) is not None:
        return closing
    if (beside := _set_beside_closing(verb)) is not None:  # "..., the agency said": the words before its comma
        return sentence.doc[_quote_opening(sentence, beside.start - 1) : beside.start - 1]
    if verb.dep_ == "ccomp" or verb.dep_ == "parataxis":
        return _quoted_before(verb, sentence)  # "'...,' the statement added": the quote is the content
    return None


def _stated_clause(verb: Token) -> Token | None:
    """The clause a channel after the verb carries ("said in a statement that X", "said on X that
    X"): what the verb says, before any clause the parser hung on the verb after it. On a
    website, the parser may hang it on a noun deeper in the channel's phrase ("wrote on a blog
    run by the movement that X": on "movement"), though not inside a clause of its own there."""
    for preposition in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                        and (_is_channel(c) or _posted_online(c))):
        for noun in (g for g in preposition.children if g.dep_ == "pobj"):
            clauses = noun.subtree if _posted_online(preposition) else noun.children
            clause = next((c for c in clauses if c.i > noun.i and c.dep_ in {"acl", "relcl", "ccomp"}
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                           and not _within_a_clause(c, noun)), None)
            if clause is not None:
                return clause
    return None


ONLINE_PLACES = {"website", "site", "blog"}  # "wrote on a site close to the rebels that ..."


def _posted_online(preposition: Token) -> bool:
    return preposition.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in ONLINE_PLACES
                                              for g in preposition.children)


def _within_a_clause(clause: Token, noun: Token) -> bool:
    """Whether a word between `noun` and the clause hung below it has a subject of its own: the
    clause is that one's ("at the time that the editor told her that ..."), not the channel's."""
    word = clause.head
    while word != noun and word.head != word:
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children):
            return True
        word = word.head
    return False


def _stated_end(verb: Token, stated: Token) -> int:
    """Where what a channel's clause says ends: past the phrases after it up to a comma that the
    parser hung on the verb instead ("posted on its site that the unit had pulled back |
    after killing 12 policemen, which officials reject ..."), which go on with what is said."""
    doc, end = verb.doc, stated.right_edge.i + 1
    while end < len(doc) and (doc[end].text in QUOTES_CLOSE or doc[end].head == verb
                              and doc[end].dep_ in {"prep", "advcl", "advmod"} and doc[end].left_edge.i == end):
        end = end + 1 if doc[end].text in QUOTES_CLOSE else doc[end].right_edge.i + 1
    return end


def _remark_after(clause: Token, stated: Token) -> bool:
    """Whether `clause` is set off by a comma after the clause a channel carries (", a figure
    police rejected"), not the rest of that clause the parser cut off it ("that troops flown into the
    district | had shot nine")."""
    start, doc = clause.left_edge.i, clause.doc
    return start > stated.right_edge.i and "," in (doc[start].text, doc[start - 1].text)


def _misparsed_closing_tag(verb: Token, sentence: SpacySpan) -> SpacySpan | None:
    """'..., the federation said on X.', '..., residents told local radio.': a speech verb that
    closes its sentence after a comma and its subject, followed by nothing but its channel, its
    listener or its day, reports the words before that comma when the parser hung them on it as
    anything but its clause (a clause of circumstance, "advcl") or hung the verb itself on them
    (a coordinated verb, "conj"). A clause the verb governs as its own ("ccomp") keeps its
    extent (`_content`)."""
    doc = sentence.doc
    subject = min((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: verb.i - c.i,
                  default=None)
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma <= sentence.start + 1 or doc[comma].text != ",":
        return None
    hung_on = verb.dep_ == "conj" and verb.head.i < comma
    if not hung_on and not any(c.dep_ == "advcl" and c.i < comma for c in verb.children) or any(
            c.dep_ in {"ccomp", "xcomp", "csubj", "parataxis"} and (c.i < comma) != hung_on for c in verb.children):
        return None
    for child in (c for c in verb.children if c.i > verb.i):
        if child.is_punct or child.dep_ == "npadvmod" and child.ent_type_ in {"DATE", "TIME"}:
            continue
        if child.dep_ in {"dobj", "dative"} and verb.lemma_.lower() in ADDRESS_LEMMAS and not any(
                t.pos_ in {"VERB", "AUX"} for t in child.subtree):
            continue  # the listener: "told local radio", "told AFP"
        if child.dep_ == "prep" and (_is_channel(child) or any(
                g.ent_type_ in {"DATE", "TIME"} for g in child.children)):
            continue  # "on X", "in a statement", "on Monday"
        return None
    return doc[_quote_opening(sentence, comma) : comma]


def _told_after_comma(verb: Token, sentence: SpacySpan) -> SpacySpan | None:
    """'..., an official told AFP on condition of anonymity.': a verb of telling whose subject
    follows a comma and which governs no clause, only its listener and circumstances, closes its
    sentence as a tag and reports the words before that comma, however the parser hung it (often
    as a relative clause of the last noun before the comma)."""
    doc = sentence.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ in {"ccomp", "xcomp", "parataxis", "conj", "advcl"} for c in verb.children):
        return None
    comma = subject.left_edge.i - 1
    if comma <= sentence.start + 1 or doc[comma].text != "," or verb.right_edge.i + 1 < sentence.end - 1 or any(
            t.pos_ in {"VERB", "AUX"} for t in doc[verb.i + 1 : verb.right_edge.i + 1]):
        return None
    return doc[_quote_opening(sentence, comma) : comma]


def _closing_tag_content(verb: Token, sentence: SpacySpan) -> SpacySpan | None:
    """'..., residents said.': a speech verb that closes its sentence after a comma and its
    subject reports the words before that comma, however the parser hung them on it."""
    doc = sentence.doc
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : sentence.end]):
        return None
    subject = min((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: verb.i - c.i,
                  default=None)
    comma = (subject.left_edge.i if subject is not None else verb.i) - 1
    if comma <= sentence.start + 1 or doc[comma].text != ",":
        return None
    return doc[_quote_opening(sentence, comma) : comma]


def _continuations(verb: Token, after: int) -> list[Token]:
    """Clauses the parser hung on a cue after its content ("says it would cut revenue, but it would
    create jobs", "says A, but she knows B"), or made a second content on the same side of it ("A
    marched ..., and police fired ..., witnesses said", both clauses hung on "said"): they continue
    what is said. A coordinated cue verb ("... and denied Y") is an attribution of its own; one the
    parser hung on a closing tag is more of what the tag's speaker says ("A were seized, and their
    kidnappers have demanded a ransom, a colleague said")."""
    return [c for c in verb.children if c.i >= after and c.pos_ in {"VERB", "AUX"}
            and (cue_lemma(c) not in CUE_VERBS or c.dep_ == "ccomp" and (physical_act(c) or c.i < verb.i))
            and (c.dep_ == "conj" or c.dep_ == "ccomp" and (c.i < verb.i) == (after <= verb.i))]


def _charge(verb: Token, child: Token) -> Token | None:
    """What an accusation charges its object with: the "of" or "for" phrase after the object
    ("accused the army of killing ...", "blamed the rebels for the attack")."""
    if child.dep_ != "dobj" or cue_lemma(verb) not in ACCUSING_LEMMAS:
        return None
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i > child.i), None)


def _object_clause(verb: Token, child: Token) -> Token | None:
    """The clause after a verb's object ("told reporters that ...", "urged voters to ..."), if any."""
    if child.dep_ != "dobj":
        return None
    return next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > child.i), None)


def _marked(clause: Token) -> bool:
    return any(c.dep_ == "mark" for c in clause.children)


def _is_channel(preposition: Token) -> bool:
    """"on Telegram", "at a briefing", "in a video": through what something was said, not what
    ("called for footage to be released" asks for a video)."""
    text = preposition.doc[preposition.i : preposition.right_edge.i + 1].text
    return preposition.lower_ in CHANNEL_PREPOSITIONS and names_channel(text)


CHANNEL_PREPOSITIONS = {"on", "in", "at", "via", "through", "during", "over", "by"}


# With no object or clause, what a stance is aimed at: "pointed to X", "spoke out against Y".
AIM_PREPOSITIONS = {"to", "at", "against", "on", "over", "for", "with"}
ADDRESS_LEMMAS = {"speak", "talk", "write", "reply", "respond", "answer", "explain", "testify", "address", "tell"}
CIRCUMSTANCE_ENTITIES = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "EVENT"}


# "spoke about X", "called for X": the object of the preposition is what is attributed.
CONTENT_PREPOSITIONS = {"in", "of", "about"}
REQUEST_LEMMAS = {"call", "ask", "press", "push", "argue"}
QUOTES_OPEN = {'"', "“", "‘", "``", "'"}
# Typing mixes straight and curly marks ('"... him,”'), so either double mark closes the other.
QUOTE_PAIRS = {"“": {"”", '"'}, '"': {'"', "”"}, "''": {"''"}, "``": {"''"}}
MAX_SPEAKER_TOKENS = 4
# Words after a mid-sentence speech clause that make it a parenthesis, not a tag with a date ("said, Monday").
MIN_REST_WORDS = 3
# Labels of an article's furniture, not speakers: "Correction: An earlier version ...".
LAYOUT_LABELS = {"correction", "corrections", "clarification", "update", "updated", "source", "sources", "note",
                 "editor 's note", "editor ’s note", "the latest", "related", "read more", "watch", "photo", "video"}
QUOTES_CLOSE = {'"', "”", "’", "''", "'"}
QUOTE_MARKS = " \u00a0\"“”‘’'"


def _quoted_before(verb: Token, sentence: SpacySpan) -> SpacySpan:
    """What a speech clause placed after its quote reports: the text before the clause."""
    clause_start = min(t.i for t in verb.subtree if t.i >= sentence.start)
    if clause_start <= sentence.start + 1:
        return sentence
    # a clause set off mid-sentence ("X, the mayor said, since Y") reports the words on both sides
    clause_end = max(t.i for t in verb.subtree if t.i < sentence.end) + 1
    rest = [t for t in sentence.doc[clause_end : sentence.end] if not (t.is_punct or t.is_space)]
    set_off = "," in {sentence.doc[clause_end - 1].text, sentence.doc[min(clause_end, sentence.end - 1)].text}
    end = rest[-1].i + 1 if set_off and len(rest) >= MIN_REST_WORDS else clause_start
    return sentence.doc[_quote_opening(sentence, clause_start) : end]


def _quote_opening(sentence: SpacySpan, quote_end: int) -> int:
    """Where a quote that closes before `quote_end` opened: in this sentence, or when the sentence
    does not open it, in one of the few sentences before ("'... We will go on,' the statement
    added.")."""
    doc = sentence.doc
    closes = any(t.text in QUOTES_CLOSE for t in doc[max(quote_end - 2, sentence.start) : min(quote_end + 3, sentence.end)])
    opened = any(t.text in QUOTES_OPEN for t in doc[sentence.start : max(quote_end - 3, sentence.start)])
    start = sentence.start
    if not closes or opened:
        return start
    for _ in range(4):
        if start == 0:
            break
        earlier = doc[start - 1].sent
        if any(t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB" for t in earlier):
            break  # an earlier sentence with its own cue holds another quote
        start = earlier.start
        if any(t.text in QUOTES_OPEN for t in earlier):
            break
    return start


def reported_event(token: Token) -> Token:
    """What a speech verb reports: "X attacked Y, officials said" -> "attacked". Other tokens
    are returned as they are, and so is a speech verb that makes a demand ("X said Y must
    withdraw": X demanding of Y is the event)."""
    seen = 0
    while token.lemma_.lower() in SPEECH_LEMMAS and seen < 5:
        content = next((c for c in token.children if c.dep_ in {"ccomp", "parataxis"} and c.pos_ in {"VERB", "AUX"}),
                       None)
        if content is None or any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in content.children):
            break
        token, seen = content, seen + 1
    return token


def attribution_for(trigger: Token, attributions: list[Attribution]) -> Attribution | None:
    """The innermost attribution whose content holds the trigger, of those that name a source when
    one does ("were said to have died, according to officials": the officials). An attitude inside
    a report ("X said he is ready to ...") is part of what is reported: the report's source claims it."""
    holding = [a for a in attributions if a.content.start <= trigger.i < a.content.end and a.cue != trigger
               and not _answers_with_a_thing(a.cue)]
    holding = [a for a in holding if a.cue.pos_ != "ADJ" or not any(
        other is not a and other.content.start <= a.cue.i < other.content.end for other in holding)]
    holding = [a for a in holding if a.source is not None] or holding
    # "X said soldiers killed them, accusations the army rejected": the rejection holds X's saying,
    # and X's account, not the denial of it, tells the act
    holding = [a for a in holding if a.stance != "denies" or not any(
        other.stance != "denies" and a.content.start <= other.cue.i < a.content.end for other in holding)] or holding
    if not holding:
        return (_told_of_a_party(trigger, attributions) or _told_of_the_act(trigger, attributions)
                or _described_as(trigger, attributions) or _coordinated_account(trigger, attributions)
                or _accused_by_its_people(trigger, attributions) or _named_in_source(trigger, attributions))
    inner = min(holding, key=lambda a: len(a.content))
    if inner.source is not None and inner.source.root.lower_ in SPEAKER_PRONOUNS and len(inner.source) == 1:
        # "the UN mission said it had confirmed that ...": the pronoun is the speaker whose words hold it
        outer = [a for a in holding if a is not inner and a.content.start <= inner.cue.i < a.content.end
                 and a.source is not None and a.source.root.lower_ not in SPEAKER_PRONOUNS]
        if outer:
            return replace(inner, source=min(outer, key=lambda a: len(a.content)).source)
    return inner


SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}


def _told_of_a_party(trigger: Token, attributions: list[Attribution]) -> Attribution | None:
    """An account of a party to the event, set in a relative clause on it ("shot dead by police
    who, according to the ministry, were defending a station", "killed three rebels who the army
    said had attacked a post"): its source tells how the event came about, so claims the event."""
    for attribution in attributions:
        clause = next((t for t in [attribution.cue, *attribution.cue.ancestors] if t.dep_ == "relcl"), None)
        if attribution.source is None or clause is None:
            continue
        party = clause.head
        if attribution.source.root.tag_ in {"WP", "WDT"} or attribution.source.root == party:
            continue  # "a journalist who said he had been threatened": the party's own words, not an account of it
        if party.head == trigger and party.dep_ in {"nsubj", "nsubjpass", "dobj"} or (
                party.dep_ == "pobj" and party.head.dep_ == "agent" and party.head.head == trigger):
            return attribution
    return None


def _accused_by_its_people(trigger: Token, attributions: list[Attribution]) -> Attribution | None:
    """An accusation by those the accuser's own words tie to the act ("Relatives of a trader
    detained at a checkpoint accuse the army of holding him"): the act is told in the accuser's
    name, so the accuser claims it."""
    return next((a for a in attributions if a.source is not None and cue_lemma(a.cue) in ACCUSING_LEMMAS
                 and a.source.start <= trigger.i < a.source.end and trigger.dep_ in {"acl", "relcl"}), None)


def _named_in_source(trigger: Token, attributions: list[Attribution]) -> Attribution | None:
    """A speech cue whose own source holds the word the event was read from ("A banner signed by
    the X cartel ... said those shot were informers", "The X group, which organised the protests,
    said ..."): the sentence tells nothing but what that source says, so the source claims it."""
    return next((a for a in attributions if a.source is not None
                 and a.source.root.left_edge.i <= trigger.i <= a.source.root.right_edge.i
                 and cue_lemma(a.cue) in SPEECH_LEMMAS and a.cue.dep_ == "ROOT" and a.stance == "asserts"), None)


def _told_of_the_act(trigger: Token, attributions: list[Attribution]) -> Attribution | None:
    """An account set in a relative clause on the noun that names the event (`TOLD_ACTS`): the
    trigger itself ("an ambush that officials said killed seven"), or the noun of its "in" or
    "during" phrase or set beside its object ("killed nine people in an attack the army blamed
    on jihadists", "stormed a post, a raid which the rebels say cost them two men"): its source
    tells the event their way, so claims it."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
    for attribution in attributions:
        clause = next((t for t in [attribution.cue, *attribution.cue.ancestors] if t.dep_ == "relcl"), None)
        if attribution.source is None or clause is None or attribution.source.root.tag_ in {"WP", "WDT"}:
            continue
        act = clause.head
        if act_noun(act) not in TOLD_ACTS:
            continue
        if act == trigger or act.dep_ == "appos" and act.head.dep_ == "dobj" and _in_clause_of(act.head.head, verb) or (
                act.dep_ == "pobj" and act.head.lower_ in {"in", "during"} and _in_clause_of(act.head.head, verb)):
            return attribution
    return None


def act_noun(word: Token) -> str:
    """The noun an act's word names: its lemma, or a gerund the parser reads as a verb as it is
    written ("a killing the UN blamed on ...": "killing", not "kill")."""
    return word.lower_ if word.tag_ == "VBG" else word.lemma_.lower()


def _in_clause_of(word: Token, verb: Token | None) -> bool:
    """Whether a word is the trigger's verb or a participle of its clause ("struck hideouts,
    killing ...")."""
    return word == verb or word.dep_ == "advcl" and word.tag_ == "VBG" and word.head == verb


def _described_as(trigger: Token, attributions: list[Attribution]) -> Attribution | None:
    """A name someone gives what the sentence tells ("shot dead ..., in what the police described as
    a shootout", "killing what the army described as eight militants"), or one the act struck ("killed
    two men, whom the army described as smugglers"): the one who names it so tells the event their
    way, so claims it; not what a speaker describes of something else (its "what" is the object of
    a word of the trigger's own clause)."""
    for attribution in attributions:
        if attribution.source is None or not (_describes_what(attribution) or _says_what(attribution.cue)
                                              or _describes_whom(attribution)):
            continue
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
        if _describes_whom(attribution):
            # "shot dead a villager, whom the army described as a courier": the army names one the act struck
            if verb is not None and attribution.cue.dep_ == "relcl" and attribution.cue.head in verb.subtree:
                return attribution
            continue
        holder = attribution.cue.head  # "in what X described as": the preposition's verb
        holder = holder.head if holder.dep_ == "prep" else holder
        # the trigger's verb, or a participle of its clause ("struck hideouts, killing what ..."), or
        # the name itself ("were held for a day, in what the ministry called a kidnapping")
        if holder == trigger or _in_clause_of(holder, verb) or _named_so(trigger, attribution.cue):
            return attribution
    return None


DESCRIBING_LEMMAS = {"describe", "call", "term", "label", "characterise", "characterize", "dub"}


def _named_so(word: Token, cue: Token) -> bool:
    """Whether a word is the name a describing cue gives ("called a kidnapping", "described as an
    ambush")."""
    return word.dep_ == "oprd" and word.head == cue or (
        word.dep_ == "pobj" and word.head.lower_ == "as" and word.head.head == cue)


def _coordinated_account(trigger: Token, attributions: list[Attribution]) -> Attribution | None:
    """A speaker's account in a clause coordinated after the event's ("armed men abducted two
    traders ..., and a village chief said they were being held for ransom"): words that go on
    with the event's people ("they") or the event itself tell it on, so the speaker claims it, as
    a named speaker's account in the next sentence does (`accounts_of_previous`), as do words
    that name the event's people again by a pronoun ("and a group said it was holding them", "and
    his family says it has heard nothing from him"), as does a speaker named by its tie to them
    ("and his family says it has received a ransom demand") or one who judges the act by its name
    ("and the governor condemned the abduction": `_judges_the_act`)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
    for attribution in attributions:
        cue = attribution.cue
        if (attribution.source is None or cue.dep_ != "conj" or cue.head != verb or _said_by_no_one(attribution)
                or cue_lemma(cue) in PRESUPPOSING_LEMMAS and not _judges_the_act(attribution)):
            continue
        if _tells_again(attribution.content) or any(
                t.lower_ in REFERRING_PRONOUNS and t.tag_ == "PRP" for t in attribution.content) or any(
                c.dep_ == "poss" and c.lower_ in PEOPLE_POSSESSIVES for c in attribution.source.root.children):
            return attribution
    return None


# the event's people, named in the clause before
REFERRING_PRONOUNS = {"they", "he", "she", "them", "him", "her"}
PEOPLE_POSSESSIVES = {"his", "her", "their"}  # "his family", "their relatives" (not a body's "its")


def _describes_what(attribution: Attribution) -> bool:
    """"what X described as ...": a describing cue whose content is the free relative "what"."""
    return (cue_lemma(attribution.cue) in DESCRIBING_LEMMAS and len(attribution.content) == 1
            and attribution.content.root.lower_ == "what")


def _describes_whom(attribution: Attribution) -> bool:
    """"whom X described as ...": a describing cue whose content is the relative pronoun of a person."""
    return (cue_lemma(attribution.cue) in DESCRIBING_LEMMAS and len(attribution.content) == 1
            and attribution.content.root.lower_ in {"whom", "who"})


def _says_what(cue: Token) -> bool:
    """"killing what the army said were eight militants": a saying verb whose clause has the free
    relative "what" for its subject (or its object: "what residents said was a wedding")."""
    return cue_lemma(cue) in SPEECH_LEMMAS and any(
        c.dep_ == "ccomp" and any(g.lower_ == "what" and g.dep_ in {"nsubj", "attr", "dobj"} for g in c.children)
        for c in cue.children)


def modality(trigger: Token) -> str:
    """happened | possible | hypothetical | planned | negated, from the trigger's own clause."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
    if verb is None:
        return "happened"
    if trigger.pos_ == "NOUN" and _asked_for(trigger):
        return "planned"  # "called for another rally", "demanded a ceasefire"
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        purpose_of = modality(verb.head)  # "are due to meet next week to discuss a ceasefire"
        if purpose_of in {"planned", "hypothetical"}:
            return purpose_of
    children = list(verb.children)
    words = {child.lower_ for child in children}
    if any(child.dep_ == "mark" and child.lower_ in {"if", "unless"} for child in children):
        return "hypothetical"  # the condition itself: "... if the governor agreed to talks"
    if any(child.dep_ == "neg" for child in children) or done_by_no_one(verb):
        return "negated"  # "did not attack", "no one was killed"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILING_HEADS:
        return "negated"  # "failed to capture the town", "refused to release them"
    if "would" in words and _has_condition(verb):
        return "hypothetical"
    if any(child.dep_ == "xcomp" and _has_condition(child) for child in children) or (
        verb.lemma_.lower() in PROSPECTIVE_HEADS and any(_is_condition(child) for child in children)
    ):
        return "hypothetical"  # agreed or offered to act only on a condition: "agreed to meet them if ..."
    if words & PLANNED_AUX or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNED_HEADS):
        return "planned"
    if words & (POSSIBLE_AUX | POSSIBLE_ADVERBS) or "would" in words:
        return "possible"
    return "happened"


FAILING_HEADS = {"fail", "refuse", "decline"}


MODALITY_FACTUALITY = {
    "happened": ("CERTAIN", "POS", "NON_FUTURE"),
    "negated": ("CERTAIN", "NEG", "NON_FUTURE"),
    "possible": ("POSSIBLE", "POS", "NON_FUTURE"),
    "planned": ("CERTAIN", "POS", "FUTURE"),
    "hypothetical": ("POSSIBLE", "POS", "FUTURE"),
}
FUTURE_AUX = PLANNED_AUX | {"would", "should", "wo", "going"}
UNCERTAIN_AUX = {"may", "might", "could", "can", "ca", "must"}
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "without"}
# Verbs whose complement has not happened (yet): "agreed to sell", "expects sales to rise".
PROSPECTIVE_HEADS = PLANNED_HEADS | {
    "agree", "offer", "decide", "expect", "hope", "try", "attempt", "propose", "consider", "ask", "urge", "order",
    "need", "wish", "seek", "schedule", "forecast", "predict", "project", "tend", "would", "will", "going", "set",
}
NEGATING_HEADS = {"fail", "refuse", "decline", "deny", "avoid", "stop", "cancel", "halt", "prevent", "delay", "reject"}
# Verbs whose object names an event still to come: "announced job cuts", "called for a rerun".
ANNOUNCING_HEADS = PROSPECTIVE_HEADS | {"announce", "call", "negotiate", "request"}
PROSPECTIVE_MODIFIERS = {"proposed", "planned", "upcoming", "forthcoming", "future", "prospective", "scheduled", "intended"}
POSSIBLE_MODIFIERS = {"potential", "possible", "likely", "would-be"}
PROBABLE_WORDS = {"likely", "probably", "expected", "believed", "reportedly", "allegedly", "apparently"}


def factuality(trigger: Token) -> tuple[str, str, str]:
    """(certainty, polarity, time) of the event at `trigger`, in MEANTIME / TimeML values.

    Starts from `modality` (the trigger's own clause) and adds what embeds the clause: an
    infinitive ("to sell", "to be revived") or a complement of a prospective verb ("plans",
    "expects", "agreed") is FUTURE, a complement of "failed", "refused" is negative, modal and
    hedging words make it POSSIBLE or PROBABLE, and an event noun takes the reading of the
    clause it is an argument of ("the sale should be completed"); an event noun that is what a
    verb announces, plans or asks for ("announced job cuts", "called for a rerun") is FUTURE.
    """
    certainty, polarity, time = MODALITY_FACTUALITY[modality(trigger)]
    modifiers = {child.lower_ for child in trigger.children if child.dep_ in {"amod", "det", "neg"}}
    if trigger.pos_ == "NOUN" and modifiers & PROSPECTIVE_MODIFIERS:
        time = "FUTURE"
    if trigger.pos_ == "NOUN" and modifiers & POSSIBLE_MODIFIERS:
        certainty, time = "POSSIBLE", "FUTURE"
    if trigger.pos_ == "NOUN" and modifiers & {"no", "not", "non"}:
        polarity = "NEG"
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} or trigger.dep_ == "ROOT" else _clause_of(trigger)
    if verb is None:
        return certainty, polarity, time
    if trigger.pos_ == "NOUN" and _announced_by(trigger) is not None:
        time = "FUTURE"
    for clause in _clause_chain(verb):
        children = list(clause.children)
        words = {child.lower_ for child in children if child.dep_ in {"aux", "auxpass", "advmod", "neg", "det", "mark"}}
        if words & NEGATIONS or any(child.dep_ == "neg" for child in children):
            polarity = "NEG"
        if words & UNCERTAIN_AUX:
            certainty, time = "POSSIBLE", time if "have" in words else "FUTURE"
        elif words & PROBABLE_WORDS:
            certainty = "PROBABLE"
        if words & FUTURE_AUX or "to" in words:
            time = "FUTURE"
        if any(child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"} for child in children):
            certainty, time = "POSSIBLE", "FUTURE"
        if clause.dep_ in {"xcomp", "ccomp"}:
            lemma = clause.head.lemma_.lower()
            if lemma in NEGATING_HEADS:
                polarity = "NEG"
            if lemma in PROSPECTIVE_HEADS:
                time = "FUTURE"
    return certainty, polarity, time


def _clause_of(noun: Token) -> Token | None:
    """The verb whose clause an event noun belongs to: its own governor when the noun is one of its
    arguments ("the sale was cancelled", "plans to close the plant")."""
    token = noun
    for _ in range(3):
        if token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp"} and token.head.pos_ in {"VERB", "AUX"}:
            return token.head
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in {"VERB", "AUX"}:
            return token.head.head
        if token.dep_ in {"compound", "amod", "conj", "appos"}:
            token = token.head
            continue
        return None
    return None


def _announced_by(noun: Token) -> Token | None:
    """The verb that announces, plans or asks for the event noun: its object ("announced cuts",
    "a deal was announced") or the object of its "for" ("called for a rerun")."""
    verb = None
    if noun.dep_ in {"dobj", "nsubjpass"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "for":
        verb = noun.head.head
    if verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in ANNOUNCING_HEADS | ASKING_HEADS:
        return verb
    return None


# Verbs whose object is an event still wanted, planned or argued over, not one that took place.
ASKING_HEADS = {"call", "ask", "urge", "demand", "propose", "threaten", "seek", "request", "push", "press",
                "appeal", "vow", "pledge", "promise"}


def _asked_for(noun: Token) -> bool:
    """Whether an event noun is what a verb asks for, plans or discusses: its object ("demanded
    a ceasefire") or the object of its "for" ("called for another rally")."""
    verb = _announced_by(noun)
    return verb is not None and verb.lemma_.lower() in ASKING_HEADS


def _clause_chain(verb: Token) -> list[Token]:
    """The verb, then the verbs it is coordinated with or a complement of, innermost first."""
    chain = [verb]
    while chain[-1].dep_ in {"conj", "xcomp"} and chain[-1].head.pos_ in {"VERB", "AUX"} and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


def _has_condition(verb: Token) -> bool:
    return any(_is_condition(child) for child in verb.subtree)


def _is_condition(token: Token) -> bool:
    """An adverbial clause that sets a condition: "if ...", "unless ..."."""
    return token.dep_ == "advcl" and any(child.lower_ in {"if", "unless"} for child in token.children)


def _said_through(attribution: Attribution, sentence: SpacySpan) -> str:
    """The sentence's words less what the cue attributes and other cues' coordinated clauses, where
    its channel is named: "the army said a video showed ..." was said in a statement, and of two
    speakers in one sentence each keeps its own ("the army said ..., but the rebels said on X ...")."""
    cue, content = attribution.cue, attribution.content
    if content.start <= sentence.start and content.end >= sentence.end:
        return span_text(sentence)
    # a cue coordinated with another ("..., but the rebels said on X") has only its own clause;
    # another cue's clause coordinated with this one is not this one's
    own = cue.subtree if _set_against(cue) else sentence
    others = {t.i for head in (cue, content.root) for c in head.children if c is not cue and _set_against(c)
              and (head is cue or cue_lemma(c) in SPEECH_LEMMAS) for t in c.subtree}
    words = [t for t in own if sentence.start <= t.i < sentence.end and t.i not in others
             and not content.start <= t.i < content.end]
    if content.root.dep_ == "dobj" and content.root.head == cue:
        words.append(content.root)  # "posted a video showing ...", "issued a statement saying ...": how it was said
    if attribution.source is not None:
        words += list(attribution.source)
    said = " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))
    first = _first_cue(cue)
    if first is not None and not names_channel(said):
        # "X said on social media that ..., and denied ...": the second cue shares the first's subject,
        # and so its channel
        said += " " + " ".join(t.text for c in first.children if c.dep_ in CHANNEL_DEPS for t in c.subtree)
    if not names_channel(said):
        said += " " + " ".join(t.text for t in _trailing_medium(content))
    return said


def _trailing_medium(content: SpacySpan) -> list[Token]:
    """The words of a medium that closes a content with no subject of its own, which the parser
    hung on the content though it says how the cue was said: "denied attacking civilians in a
    video posted on social media", "denied any involvement in a message circulated on WhatsApp",
    "claimed the attack on Telegram" (a platform by its name)."""
    root = content.root
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
        return []
    last = content[-1]
    for child in root.children:
        medium = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else None
        if (medium is not None and child.lower_ in {"in", "on", "via", "through"} and child.right_edge == last
                and (medium.lemma_.lower() in GENERIC_SOURCES or medium.pos_ == "PROPN" and _is_channel(child))):
            return list(child.subtree)  # "... in a video", "claimed the attack on Telegram"
    return []


# Where a cue's channel is named: "said on X", "said in a statement", "told local media", "posted a video".
CHANNEL_DEPS = {"prep", "dative", "dobj", "npadvmod"}


def _first_cue(cue: Token) -> Token | None:
    """The speech verb a coordinated cue with no subject of its own shares its speaker with ("X
    said A, and denied B", which the parser often hangs on A's verb), if any."""
    if cue.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    token = cue
    for _ in range(4):
        if token.dep_ not in {"conj", "ccomp", "advcl", "xcomp"} or token.head is token:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"} and cue_lemma(token) in SPEECH_LEMMAS:
            return token
    return None


def _said_by_trigger(trigger: Token, sentence: SpacySpan) -> Attribution | None:
    """The asserting attribution whose cue is the event's trigger, said by someone and not negated.
    An accusation asserts that the act happened and who did it ("Russia blamed Ukraine for the
    strike", "the government accused the rebels of shelling the town"): the accuser's claim, as
    is one made in the same breath as a statement ("X said in a statement that ..., and accused
    the army of breaking a truce"). Blame the sides trade ("each side blamed the other", "the two
    armies accused each other of ...") is no one side's claim: the outlet reports it. So is a
    figure its giver sets ("the group put the number of soldiers it had killed at 23")."""
    lemma = cue_lemma(trigger)
    if trigger.pos_ not in {"VERB", "AUX"} or lemma not in TELLING_LEMMAS or (
            lemma in ACCUSING_LEMMAS and _first_cue(trigger) is None and _reciprocal(trigger)):
        return None
    return next((a for a in rule_attributions(sentence) if a.cue == trigger and a.stance == "asserts"
                 and a.source is not None and not any(c.dep_ == "neg" for c in trigger.children)
                 and not any(c.dep_ == "det" and c.lower_ in NO_ONE for c in a.source.root.children)), None)


TELLING_LEMMAS = SPEECH_LEMMAS | FIGURE_VERBS  # a cue that tells the event, or its figure, as the trigger


def _reciprocal(verb: Token) -> bool:
    """Whether an accusation is traded between its subjects ("each side blamed the other", "the
    two armies accused each other", "both sides blamed one another")."""
    accused = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if any(t.lower_ in RECIPROCAL_WORDS for c in accused for t in c.subtree):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lower_ in {"each", "both"} and t.head == s for s in subjects for t in s.subtree) or any(
        s.lower_ in {"each", "both"} for s in subjects)


RECIPROCAL_WORDS = {"other", "another"}


def _claimed_in(sentence: SpacySpan) -> Attribution | None:
    """A claim of responsibility in the event's sentence that holds no other attribution of the
    event ("X, a group fighting for ..., claimed the attack in a video", "Y claimed
    responsibility for the bombing"): the sentence's event is the one claimed, whichever of its
    words the event was read from, and the claim is its claimer's."""
    for attribution in rule_attributions(sentence):
        cue, source = attribution.cue, attribution.source
        claimed = next((c for c in cue.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS), None)
        if (claimed is None or cue_lemma(cue) != "claim" or cue.pos_ != "VERB" or source is None
                or any(c.dep_ == "neg" for c in cue.children)
                or any(c.dep_ == "det" and c.lower_ in NO_ONE for c in source.root.children)):
            continue
        # what is claimed is the deed ("the attack"); the words after it ("in a video posted on X")
        # say how it was claimed
        return replace(attribution, content=sentence.doc[claimed.left_edge.i : claimed.i + 1])
    return None


def _renamed_and_claimed(sentence: SpacySpan) -> Attribution | None:
    """An attribution in a relative clause of a noun that renames the sentence's event ("gunmen
    killed 14 men, an attack the government blamed on the rebels", "..., a raid the army said
    targeted militants"): the event is that speaker's claim."""
    for attribution in rule_attributions(sentence):
        cue, source = attribution.cue, attribution.source
        renamed = _blamed_act(cue) or cue.head
        if (cue.dep_ in {"relcl", "acl"} and cue.pos_ == "VERB" and renamed.dep_ in {"appos", "npadvmod"}
                and act_noun(renamed) in TOLD_ACTS and source is not None and attribution.stance == "asserts"
                and not any(c.dep_ == "neg" for c in cue.children) and not _said_by_no_one(attribution)):
            return attribution
    return None


def _blamed_act(cue: Token) -> Token | None:
    """The act a blaming participle renames when the parser read its speaker as the act's object
    ("a killing the UN blamed on X", "a shooting the governor blamed on Y": "killing" taking "the
    UN" as object, "blamed" a clause on it): the act, whose blamer is that object."""
    speaker = cue.head
    act = speaker.head
    if (cue.dep_ == "acl" and cue.tag_ == "VBN" and cue_lemma(cue) in ACCUSING_LEMMAS and speaker.dep_ == "dobj"
            and act.dep_ == "appos" and act_noun(act) in TOLD_ACTS):
        return act
    return None


def _blamed_alongside(trigger: Token, sentence: SpacySpan) -> Attribution | None:
    """An accusation coordinated with the event's own clause that names no other charge ("gunmen
    abducted 20 passengers, and officials blamed the rebels"): it blames that event, and the event
    is its accuser's claim. Blame the sides trade ("and each blamed the other") is no one's."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else governing_verb(trigger)
    if verb is None:
        return None
    for attribution in rule_attributions(sentence):
        cue = attribution.cue
        if (cue.dep_ == "conj" and cue.head == verb and cue.pos_ == "VERB" and cue_lemma(cue) in ACCUSING_LEMMAS
                and attribution.source is not None and not _said_by_no_one(attribution)
                and not any(c.dep_ in {"neg", "prep", "ccomp", "xcomp"} for c in cue.children)
                and not any(t.lower_ in RECIPROCAL_WORDS for t in attribution.content)):
            return attribution
    return None


def accounts_of_previous(attributions: list[Attribution]) -> list[Attribution]:
    """The attributions of a sentence that tells no event of its own by which it goes on with
    the event told before it: a denial, or a named speaker's account of that event's toll or of
    its doers and course by a word that refers back ("The health ministry said 12 people had
    died", "Residents said the gunmen had come on motorbikes", "A monitoring group put the toll
    at 30"), or one who judges the act by its name ("Damascus condemned the strike": `_judges_the_act`).
    A speaker who judges something else ("condemned the government's silence") or no one is none."""
    return [a for a in attributions
            if a.stance == "denies" or (a.source is not None and not _said_by_no_one(a) and (
                _judges_the_act(a) or cue_lemma(a.cue) not in PRESUPPOSING_LEMMAS and _tells_again(a.content)))]


def _judges_the_act(attribution: Attribution) -> bool:
    """Whether a speaker judges an act told before by naming it again ("Damascus condemned the
    strike", "the UN denounced Friday's attack"): the judge takes the act as done, so asserts it."""
    root = attribution.content.root
    return (cue_lemma(attribution.cue) in PRESUPPOSING_LEMMAS and root.head == attribution.cue and root.dep_ == "dobj"
            and act_noun(root) in TOLD_ACTS and _refers_back(root))


def _tells_again(content: SpacySpan) -> bool:
    """Whether an attributed content counts casualties, none included ("nobody was hurt",
    `tells_no_casualties`), names the event or its doers again ("the attackers", "the raid",
    "the dead"; not what a search did not find: "no bodies were found"), or tells that the
    speaker holds the people taken (`_holds_people`: "it was holding them")."""
    return bool(find_tolls(span_text(content))) or tells_no_casualties(content) or any(
        t.lemma_.lower() in TOLD_AGAIN and _refers_back(t) or _holds_people(t) for t in content)


def _refers_back(noun: Token) -> bool:
    """Whether a noun of `TOLD_AGAIN` names a thing told before: by a definite determiner or an
    owner ("the raid", "Friday's ambush"), but not as what a search or look found none of ("no
    bodies were found", "they recovered no victims")."""
    determiners = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}]
    if "no" in determiners and noun.head.lemma_.lower() in FINDING_LEMMAS:
        return False
    return any(d not in {"a", "an"} for d in determiners)


# Verbs of a search whose object, determined by "no", found nothing: "no bodies were recovered".
FINDING_LEMMAS = {"find", "recover", "discover", "locate", "retrieve", "see", "spot", "identify"}


def _holds_people(verb: Token) -> bool:
    """Whether a verb tells that its subject holds people ("said it was holding them", "said it
    held the two men", "is holding a journalist"): the taking of captives told again. A thing
    held ("held talks", "held the town") is none."""
    return verb.lemma_.lower() == "hold" and verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and any(_a_person(p) for p in (c, *c.conjuncts)) for c in verb.children)


def _a_person(noun: Token) -> bool:
    """Whether a noun names people: "them", "the two men", "three soldiers", a person's name."""
    return noun.lower_ in HELD_WORDS | MEMBER_NOUNS or noun.lemma_.lower() in PERSON_NOUNS or noun.ent_type_ == "PERSON"


HELD_WORDS = {"him", "her", "them", "people"}  # "people": a lemma of its own, no person noun's plural


# Nouns by which a speaker's words refer back to an event told before ("the gunmen had come on
# motorbikes", "the raid lasted an hour", "the victims were farmers", "the hostages were unharmed",
# "acknowledged the deaths of its fighters").
# The acts among them name the event itself ("the raid", "an ambush that officials said killed seven").
TOLD_ACTS = {"attack", "raid", "ambush", "blast", "explosion", "bombing", "strike", "shelling", "clash", "fighting",
             "shooting", "violence", "killing", "abduction", "kidnapping", "protest", "riot", "assault", "incident"}
TOLD_AGAIN = TOLD_ACTS | {"attacker", "assailant", "gunman", "raider", "victim", "dead", "death", "body", "kidnapper",
                          "protester", "rioter", "crowd", "toll", "casualty", "hostage", "captive", "abductee", "detainee"}


def _said_by_no_one(attribution: Attribution) -> bool:
    """Whether the source is no one ("no group has said ...", "nobody claimed ..."): nothing is claimed."""
    source = attribution.source
    return source is not None and (source.root.lower_ in NO_ONE_WORDS or any(
        c.dep_ == "det" and c.lower_ in NO_ONE for c in source.root.children))


NO_ONE = {"no", "neither"}
ACCUSING_LEMMAS = {"accuse", "blame"}


def build_claim(
    attribution: Attribution | None,
    trigger: Token,
    sentence: SpacySpan,
    following: str,
    context: ActorContext,
    article_id: str,
    outlet: str,
    participants: tuple[Actor | None, ...],
    conflict: bool,
    resolve_generic: dict[str, Actor],
) -> Claim:
    """The claim an attribution makes about the event at `trigger`; with none, or one that only
    judges something other than the act by its name (`PRESUPPOSING_LEMMAS`, `_judges_the_act`), the
    outlet's own report. An event told by the
    saying itself ("the ministry confirmed the deaths", "the group claimed responsibility for the
    attack") is its speaker's claim, unless no one makes it ("no group has claimed ...")."""
    if attribution is None:
        attribution = (_said_by_trigger(trigger, sentence) or _claimed_in(sentence) or _renamed_and_claimed(sentence)
                       or _blamed_alongside(trigger, sentence))
    judged = attribution is not None and cue_lemma(attribution.cue) in PRESUPPOSING_LEMMAS and not _judges_the_act(
        attribution)
    if attribution is not None and (judged or _said_by_no_one(attribution) or attribution.source is None):
        # "both groups oppose the invasion" (a judge of the act by its name asserts it:
        # `_judges_the_act`); "no group has said it was behind the blast"; "12 people were reported
        # killed" names no one who says so: the outlet reports it, hedged
        attribution = None
    hedges = _hedges(sentence)
    said_unverified = bool(UNVERIFIED.search(span_text(sentence)) or UNVERIFIED.search(following))
    if attribution is None:
        claimant = outlet or OUTLET
        verification = "unverified" if hedges or said_unverified else "confirmed"
        return Claim(claimant=claimant, channel="outlet", stance="reports", verification=verification,
                     modality=modality(trigger), hedges=hedges, article_id=article_id, outlet=outlet,
                     sentence=span_text(sentence).strip(), start=sentence.start_char, end=sentence.end_char)
    claimant_actor = source_actor(attribution.source, context, resolve_generic)
    if claimant_actor is None or claimant_actor.inter == tx.UNKNOWN_ACTOR:
        # "..., local radio reported, citing the district police chief": the police chief's word
        cited = _cited_by(attribution)
        claimant_actor = (source_actor(cited, context, resolve_generic) if cited is not None else None) or claimant_actor
    claimant = claimant_actor.name if claimant_actor else (attribution.source.text if attribution.source else "unknown")
    # (a local rights group ACLED counts among the civilians is not the civilians an attack hurt)
    participant = claimant_actor is not None and any(
        p is not None and p.name == claimant_actor.name for p in participants) and not (
        claimant_actor.inter == tx.CIVILIANS and attribution.source.root.lemma_.lower() in DESCRIBED_BODY_NOUNS)
    # In political violence only an outside party (`vouches`: UN, Red Cross, rights groups,
    # monitors) or a cue of confirmation vouches for an event; the belligerents and officials are
    # interested parties, whatever the event (a ministry on its police's arrests, a rebel group on
    # its fighting), and a denial is only ever its maker's word.
    independent = vouches(claimant_actor, attribution.source) and not participant
    # "footage verified by the BBC", "which Reuters has independently confirmed": checked by someone else
    vouched = attribution.cue.lemma_.lower() == "confirm" or independent or (
        not said_unverified and bool(VERIFIED.search(sentence.text)))
    armed = claimant_actor is not None and claimant_actor.inter in ARMED_PARTIES
    # "X claimed the killings", "claimed responsibility for the attack": the claimer names itself
    # the doer, a party to the act whatever its type
    claims_deed = cue_lemma(attribution.cue) == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS for c in attribution.cue.children)
    # a state's own outlet ("state broadcaster X reported") speaks for an interested party
    unverified = (said_unverified or bool(hedges) or participant or claims_deed or attribution.stance == "denies"
                  or ((conflict or armed) and not vouched) or state_outlet(attribution.source))
    denies_part = attribution.stance == "denies" and (bool(INVOLVEMENT.search(attribution.content.text))
                                                      or denies_a_charge(attribution))
    return Claim(
        claimant=claimant,
        channel=_channel(attribution, sentence, claimant_actor),
        stance=attribution.stance,
        scope="involvement" if denies_part else "event",
        verification="unverified" if unverified else "confirmed",
        modality=modality(trigger),
        hedges=hedges,
        article_id=article_id,
        outlet=outlet,
        sentence=span_text(sentence).strip(),
        start=sentence.start_char,
        end=sentence.end_char,
    )


def accuses_of_the_act(attribution: Attribution) -> bool:
    """Whether an attribution accuses someone of the act by its name ("accused the army of the
    killings", "blamed the attack on the militia"): the accuser tells the act happened, whoever
    else's account the sentence gives ("Officials blamed X, which denied it and accused the army of
    the killings")."""
    return attribution.source is not None and attribution.stance == "asserts" \
        and cue_lemma(attribution.cue) in ACCUSING_LEMMAS \
        and any(act_noun(t) in TOLD_ACTS and _nearest_verb(t) == attribution.cue
                for t in attribution.content if t.pos_ == "NOUN")


def _nearest_verb(word: Token) -> Token | None:
    """The first verb above a word: the accusation whose own words name the act, not a verb of a
    clause between them ("blamed the group, which accused the army of the killings")."""
    return next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def side_voices(attribution: Attribution | None, participants: tuple[Actor | None, ...]) -> list[str]:
    """The claimants of an account each side of the act gives ("officials on both sides said"):
    every side the act names, a state's by its government where officials speak, as "officials
    said" is."""
    if attribution is None or attribution.source is None:
        return []
    source, cue = attribution.source, attribution.cue
    # (the source and its words up to the cue: "officials on both sides said", however it is parsed)
    if not BOTH_SIDES.search(source.doc[source.start : max(source.end, cue.i)].text):
        return []
    officials = source.root.lemma_.lower() in {"official", "authority"}
    return [STATE_FORCE_NAME.sub("Government of ", side.name) if officials else side.name
            for side in participants if side is not None]


BOTH_SIDES = re.compile(r"\b(?:both|the two) sides\b", re.I)
STATE_FORCE_NAME = re.compile(r"^(?:Military|Police) Forces of ")


def denies_a_charge(attribution: Attribution) -> bool:
    """A denial told of a charge ("charged him with treason, which he denies", "held on charges he
    denies") disputes the charge, not the arrest or the act it is told beside, in its own sentence or
    the next ("He has been in custody since April on treason charges, which he denies.")."""
    cue = attribution.cue
    if cue.dep_ != "relcl":
        return False
    noun = cue.head
    if noun.lemma_.lower() in CHARGE_NOUNS:
        return True
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.lemma_.lower() in CHARGING_VERBS


CHARGE_NOUNS = {"charge", "accusation", "allegation", "indictment"}
CHARGING_VERBS = {"charge", "accuse", "convict", "indict", "suspect"}


def _channel(attribution: Attribution, sentence: SpacySpan, claimant: Actor | None) -> str:
    """Through what the claim was made (`channel_of`); with none named, a body's word is its
    statement, and a civilian's ("residents said", "a witness said") what they told the reporter."""
    said = _said_through(attribution, sentence)
    channel = _quoting_medium(attribution.cue) or channel_of(said, attribution.source.text)
    if channel == "statement" and claimant is not None and claimant.inter == tx.CIVILIANS \
            and not STATEMENT_WORDS.search(said) and attribution.source.root.lemma_.lower() not in DESCRIBED_BODY_NOUNS:
        return "interview"
    return channel


STATEMENT_WORDS = next(pattern for kind, pattern in CHANNELS if kind == "statement")


# From least to most trusted: a claimant's account of one event in one report is as trusted as its
# least trusted telling.
TRUST_ORDER = ("disputed", "unverified", "confirmed")


def consistent_verification(claims: tuple[Claim, ...], parties: tuple[str, ...] = ()) -> tuple[Claim, ...]:
    """One event's claims with each claimant's verification made one per report: the least trusted
    of that claimant's claims in that report, and no better than unverified for a party to the
    event (`parties`: the merged event's actor names). `build_claim` judges each sentence alone,
    from its mention's type and actors, so a claimant's two tellings of one event could disagree
    ("residents said" a strike killed 14, unverified as a claim about political violence;
    "residents said there were no fighters", confirmed when that sentence's mention was read as no
    violence), and protesters telling of their own march were no party to a sentence that named
    only the police. A denial keeps its own verification: it is its maker's word whatever the
    others are."""
    judged = [claim for claim in claims if claim.stance != "denies" and claim.verification in TRUST_ORDER]
    least: dict[tuple[str, str], int] = {}
    for claim in judged:
        key = (claim.article_id, claim.claimant)
        trust = TRUST_ORDER.index(claim.verification)
        if claim.claimant in parties:
            trust = min(trust, TRUST_ORDER.index("unverified"))
        least[key] = min(least.get(key, trust), trust)
    return tuple(
        replace(claim, verification=TRUST_ORDER[least[(claim.article_id, claim.claimant)]])
        if claim in judged and TRUST_ORDER.index(claim.verification) > least[(claim.article_id, claim.claimant)]
        else claim
        for claim in claims
    )


def _hedges(sentence: SpacySpan) -> tuple[str, ...]:
    """The sentence's hedging words ("purported", "allegedly", "the claimed capture"), less a saying
    verb with its own subject or its coordinated speaker's: "the group claimed the attack", "no
    group claimed it", "X said ... and claimed ..." are the claim (or its absence), not a hedge on it."""
    doc, found = sentence.doc, []
    for match in HEDGES.finditer(span_text(sentence)):
        word = doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(),
                             alignment_mode="expand")
        saying = word is not None and len(word) == 1 and word[0].pos_ == "VERB" and cue_lemma(word[0]) in SPEECH_LEMMAS
        if saying and (any(c.dep_ == "nsubj" for c in word[0].children) or _first_cue(word[0]) is not None):
            continue
        if word is not None and _names_a_charge(word):
            continue
        found.append(match.group(0).lower())
    return tuple(dict.fromkeys(found))


def _names_a_charge(word: SpacySpan) -> bool:
    """Whether a hedging word only says what someone is suspected of ("arrested 11 men suspected
    of supporting the rebels", "a man suspected of theft"): the charge behind the event, which
    does not make the event itself less certain ("suspected militants" does hedge who they were)."""
    doc = word.doc
    return word[-1].lower_ == "suspected" and word.end < len(doc) and doc[word.end].lower_ == "of"


def posted_by(doc: Doc, context: ActorContext) -> dict[str, Actor]:
    """'The message was posted by X': generic sources (message, statement, video, group) -> X.

    Lets "a group ... issued a message" two sentences earlier resolve to the group that
    posted it, without coreference resolution.
    """
    found: dict[str, Actor] = {}
    for token in _tokens_where(doc, "DEP", "agent"):
        if token.head.lemma_.lower() in PUBLISHING_LEMMAS:
            subject = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            target = next((c for c in token.children if c.dep_ == "pobj"), None)
            if subject is not None and target is not None and subject.lower_ in GENERIC_SOURCES:
                actor = resolve_actor(noun_phrase(target), context)
                if actor is not None:
                    found.setdefault(subject.lower_, actor)
                    found.setdefault("group", actor)
    return found


def joint_with(doc: Doc, context: ActorContext) -> list[Actor]:
    """'a joint statement with Y': Y is an associated actor of whoever made the statement."""
    partners = []
    for token in _tokens_where(doc, "LOWER", "with"):
        if token.head.lower_ in {"statement", "operation", "attack"} and any(
            child.lower_ == "joint" for child in token.head.children
        ):
            target = next((c for c in token.children if c.dep_ == "pobj"), None)
            actor = resolve_actor(noun_phrase(target), context) if target is not None else None
            if actor is not None:
                partners.append(actor)
    return partners


def _tokens_where(doc: Doc, attribute: str, value: str) -> list[Token]:
    """The tokens whose `attribute` ("DEP", "LOWER") is `value`, found in the Doc's array:
    building a Token for each of an article's words cost more than the rules that read them."""
    column = doc.to_array([attribute])
    return [doc[int(index)] for index in np.flatnonzero(column == doc.vocab.strings[value])]
