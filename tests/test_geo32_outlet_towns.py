"""A local outlet named after its town ("chronicle.augusta.com") writes that town's name for it:
where no other toponym of the article agrees with a place the address names, the most populous
town of the address whose name the article writes is still the outlet's home, so the bare name
is not a smaller namesake that the article's other names favour. A name that is also a
country's or a state's is left alone.

Fixtures are invented addresses and sentences.
"""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.resolve import make_mention, resolve_mentions


def _resolve(text: str, names: list[str], outlet: str, gazetteer: Gazetteer) -> dict[str, object]:
    mentions = [make_mention(text, text.index(name), text.index(name) + len(name)) for name in names]
    return {name: r.place if r else None for name, r in zip(names, resolve_mentions(mentions, gazetteer, text, outlet=outlet))}


def test_the_town_the_address_names_settles_the_bare_name(gazetteer: Gazetteer) -> None:
    text = ("An Augusta native who worked for a New York paper died on Monday. She began at the Augusta "
            "paper and later taught in New York City.")
    names = ["Augusta", "New York", "New York City"]
    augusta = _resolve(text, names, "http://chronicle.augusta.com/stories/2009/03/29/obit.shtml", gazetteer)["Augusta"]
    assert augusta is not None and augusta.admin1 == "Georgia"


def test_a_name_that_is_also_a_country_keeps_the_country(gazetteer: Gazetteer) -> None:
    text = "Ferries to Malta were cancelled on Monday, and Malta's ports stayed shut."
    malta = _resolve(text, ["Malta"], "https://www.maltadaily.com/news/ferries/", gazetteer)["Malta"]
    assert malta is not None and malta.feature == "country"
