"""Caches on pure lookups that extraction repeats: each must answer exactly as the uncached read."""

from eventwire.gazetteer.context import read_cues


def _cues_of(text: str, name: str):
    start = text.index(name)
    return read_cues(text, start, start + len(name))


def test_cues_are_read_from_the_words_around_the_name_alone():
    first = "Gunmen attacked a village near Tarnow on Monday, police said."
    second = "In an unrelated report, soldiers were seen near Tarnow on Monday, police said."
    assert _cues_of(first, "Tarnow").near and _cues_of(second, "Tarnow").near
    assert _cues_of(first, "Tarnow") == _cues_of(second, "Tarnow")


def test_a_repeated_read_gives_the_same_cues_and_the_window_still_ends_at_60_characters():
    text = "the town of " + "x" * 60 + " Tarnow, Poland"
    assert _cues_of(text, "Tarnow").containers == ("Poland",)
    assert not _cues_of(text, "Tarnow").settlement  # "the town of" lies beyond the window
    near = "the town of Tarnow"
    assert _cues_of(near, "Tarnow").settlement and _cues_of(near, "Tarnow").settlement
