"""The cue scans read lower-cased text with lower-cased cues: the same matches as ignoring case."""

import re

import pytest

from eventwire.extract import what

CUES = [(what.ANY_EVENT, r"shot|killed"), ("EXPLOSION", r"SVBIEDs?\b|IEDs?\b"), ("PROTEST", r"protest\w*"),
        ("ATTACK", r"gunmen\S* (?:opened|fired)"), ("DIPLOMACY", r"urged (?:the )?(?:United States|UN)")]


@pytest.mark.parametrize("text", [
    "An SVBIED exploded; two IEDs were found.", "PROTESTERS marched.", "Gunmen, opened fire", "GUNMEN OPENED fire",
    "They urged the United States to act.", "ſhot dead in İstanbul", "Two were ſhot.", "Kılled in the raid.",
    "Nothing happened.", "",
])
def test_a_lowered_scan_finds_what_a_case_ignoring_search_finds(text: str) -> None:
    lexicon = what.CueLexicon(CUES)
    expected = {}
    for code, pattern in CUES:
        if code not in expected and (match := re.search(rf"\b(?:{pattern})", text, re.IGNORECASE)):
            expected[code] = match.span()
    assert lexicon.matches(text) == expected


def test_a_cue_is_lowered_outside_its_escapes() -> None:
    assert what._lowered(r"SVBIEDs?\b \S+\W") == r"svbieds?\b \S+\W"
