"""Session 28: tolls in more forms: victims listed by what they do ("a rubber tapper and his son",
"a schoolteacher and two of his pupils"), a pronoun killed ("burned him to death"), an aside that
counts some of the dead ("three people, two of them guards"), deaths a source records."""

from __future__ import annotations

import pytest

from eventwire.extract.toll import find_tolls


@pytest.mark.parametrize(("text", "figure"), [
    ("Gunmen shot dead a Buddhist rubber tapper and his son on a plantation.", 2),
    ("The raiders attacked a market, killing a shopkeeper and a motorcycle taxi rider.", 2),
    ("A drone hit a house, killing a suspected fuel smuggler and his brother.", 2),
    ("Gunmen killed a traditional ruler and his aide near the town.", 2),
    ("Gunmen shot dead a local council member and two of his relatives at a checkpoint.", 3),
    ("The bomb went off, killing a schoolteacher and two of his pupils.", 3),
    ("The crowd beat the man and burned him to death.", 1),
    ("Gunmen shot her dead outside her home.", 1),
    ("Three people, two of them guards, were killed when gunmen opened fire.", 3),
    ("Five deaths were confirmed by the police.", 5),
    ("Last week, the rebels killed a village headman in the district.", 1),
])
def test_tolls_in_more_forms(text: str, figure: int):
    assert [f.figure for f in find_tolls(text)] == [figure]


@pytest.mark.parametrize(("text", "figure"), [
    ("Soldiers killed a farmer and a number of herders.", 1),  # "a number of" is no one victim
    ("A helicopter was shot down over the hills.", None),
])
def test_things_are_no_victims(text: str, figure: int | None):
    assert [f.figure for f in find_tolls(text)] == ([] if figure is None else [figure])


def test_a_list_item_is_no_verb():
    assert [(f.figure, f.kind) for f in find_tolls("The blast hit the post, killing two guards and wounding a boy.")] == \
        [(2, "killed"), (1, "injured")]
