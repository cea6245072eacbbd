"""Name normalisation shared by the index builder and the lookups.

Both sides must fold a name the same way, or "St. Louis" in a report would miss "Saint Louis"
in GeoNames; keeping the one function here is what guarantees that.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Abbreviations that newsrooms and GeoNames spell differently; folded to one form on both sides.
_TOKEN_FOLDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
_PUNCTUATION = re.compile(r"[\.\,\-\u2010-\u2015/()\[\]\"]+")
_DROPPED = re.compile(r"['\u2018\u2019`\u02bc\u02bb]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Fold case, accents, punctuation and common abbreviations; drop a leading "the"."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = _PUNCTUATION.sub(" ", _DROPPED.sub("", stripped.casefold()))
    tokens = [_TOKEN_FOLDS.get(token, token) for token in _SPACES.split(folded.strip()) if token]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


# Name particles that US place names write joined or apart ("Du Page" / "DuPage County",
# "De Kalb" / "DeKalb", "La Porte" / "LaPorte"): reports and GeoNames disagree on the space.
_PARTICLES = ("le", "la", "de", "du", "des", "del", "della", "van", "von")


def particle_spellings(name: str) -> list[str]:
    """"La Porte County" -> ["laporte county"], "DeKalb" -> ["de kalb"]: the name's normalised
    form with a leading particle joined to the word after it, or split from it."""
    tokens = normalize(name).split()
    if len(tokens) > 1 and tokens[0] in _PARTICLES:
        return [" ".join([tokens[0] + tokens[1], *tokens[2:]])]
    for particle in _PARTICLES:
        head = tokens[0] if tokens else ""
        if head.startswith(particle) and len(head) >= len(particle) + 3 and name[len(particle) : len(particle) + 1].isupper():
            return [" ".join([particle, head[len(particle) :], *tokens[1:]])]
    return []


def is_latin(name: str) -> bool:
    """True when every letter is Latin script: other scripts never occur in English reports."""
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def is_usable_alias(name: str) -> bool:
    """Alternate names worth indexing: Latin, no digits, and not an airport/ICAO-style code."""
    if len(name) < 3 or not is_latin(name) or any(ch.isdigit() for ch in name):
        return False
    return not (name.isupper() and len(name) <= 4)


_ADMIN_SUFFIXES = (
    "oblast", "oblast'", "region", "province", "governorate", "state", "prefecture", "county",
    "district", "raion", "rayon", "krai", "kray", "republic", "department", "municipality",
    "autonomous okrug", "autonomous region", "special administrative region", "parish",
    "voivodeship", "canton", "emirate", "division", "territory", "wilaya", "muhafazah",
)


# GeoNames keeps many units under their local names, the admin word first ("Province du Seno",
# "Provincia di Cuneo", "Departamento de Colonia"); English reports write "Seno province".
_LOCAL_ADMIN_WORDS = ("provincia", "departamento", "departement", "distrito", "municipio", "regione", "prefectura")
_OF_WORDS = re.compile(r"^(?:of|de la|de|du|des|di|del|della|dell|do|da|dos|das) (?=\S)")


def strip_admin_suffix(name: str) -> str:
    """"Donetsk Oblast" -> "Donetsk", "Province du Seno" -> "Seno": reports say "Donetsk" or "the
    Donetsk region" alike."""
    lowered = normalize(name)
    for suffix in sorted(_ADMIN_SUFFIXES, key=len, reverse=True):
        folded = normalize(suffix)
        if lowered.endswith(" " + folded):
            return lowered[: -len(folded) - 1].strip()
    for word in (*_ADMIN_SUFFIXES, *_LOCAL_ADMIN_WORDS):
        folded = normalize(word)
        rest = _OF_WORDS.sub("", lowered[len(folded) + 1 :], count=1) if lowered.startswith(folded + " ") else ""
        if rest and rest != lowered[len(folded) + 1 :]:
            return rest
    return lowered


ADMIN_WORDS = frozenset(normalize(suffix) for suffix in _ADMIN_SUFFIXES)


# The Arabic article as English reports and GeoNames write it, assimilated to a "sun letter" or
# not ("al-Safira", "As Safīrah", "el-Sukhna", "As Sukhnah"): transliterations disagree on it most.
# The one list of it: the lookups, the recogniser and the event's place all read it from here.
ARABIC_ARTICLES = frozenset(
    {"al", "el", "ul", "ad", "ed", "adh", "ash", "esh", "as", "es", "at", "et", "ath", "az", "ez", "an", "en", "ar", "er"}
)
# The article as a pattern, longest first ("ash" before "as"), to be followed by "-" or a space.
ARABIC_ARTICLE_PATTERN = "(?:" + "|".join(sorted(ARABIC_ARTICLES, key=lambda word: (-len(word), word))) + ")"
# Written lower case and hyphened before a capitalised name ("el-Sukhna", "ash-Shaddadi"): the
# name is a proper name all the same.
LOWER_ARTICLE = ARABIC_ARTICLE_PATTERN + "-"
_ARTICLE_BEFORE_CAPITAL = re.compile(rf"{LOWER_ARTICLE}(?=[A-Z])")


def capitalised(name: str) -> bool:
    """Whether a name opens with a capital, perhaps after the lower-case article ("al-Dhale")."""
    return name[:1].isupper() or _ARTICLE_BEFORE_CAPITAL.match(name) is not None

_VOWEL_RUNS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
# Letters transliterations of one sound swap: qaf is "q", "g" (Sudan, the Gulf) or "k"; "ph" is "f".
_LETTER_FOLDS = (("ph", "f"), ("dj", "j"), ("q", "k"), ("g", "k"))
VARIANT_MIN_CONSONANTS = 4  # shorter skeletons ("Hula", "Tiba") are shared by too many places


@lru_cache(maxsize=65536)
def variant_key(name: str) -> str:
    """A transliteration-blind key: "al-Gadaref" and "Al Qadarif", "el-Sukhna" and "As Sukhnah"
    share one. The Arabic article goes, each run of vowels becomes
    one "a" (reports and GeoNames spell vowels their own way: ou/u, e/a, -abad/-obod), a final
    "h" after a vowel goes ("-ah"/"-a"), doubled letters are one and q/g/k are one letter.
    "" for a name whose key has fewer than `VARIANT_MIN_CONSONANTS` consonants: such short
    skeletons name too many places to tell a variant from another place."""
    tokens = normalize(name).split()
    if len(tokens) > 1:
        tokens = [token for token in tokens if token not in ARABIC_ARTICLES] or tokens
    letters = re.sub(r"[^a-z]", "", "".join(tokens))
    for written, folded in _LETTER_FOLDS:
        letters = letters.replace(written, folded)
    key = _DOUBLED.sub(r"\1", _VOWEL_RUNS.sub("a", letters))
    if key.endswith("ah"):
        key = key[:-1]
    consonants = sum(1 for ch in key if ch != "a")
    return key if consonants >= VARIANT_MIN_CONSONANTS else ""
