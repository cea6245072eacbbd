"""ACLED's rules after the model (`what.refine`, `what.on_civilians`), on short invented reports:
a detention whose captives were not seen again, two sides that exchanged gunfire."""

from __future__ import annotations

from eventwire import taxonomy
from eventwire.extract import what


def test_a_detention_refined_to_a_disappearance_keeps_the_detention_as_its_trigger():
    from eventwire.ingest.common import make_article
    from eventwire.pipeline import process

    text = ("Soldiers detained two traders at a checkpoint outside Belvo on Monday, and their families "
            "say they have not been seen since.")
    [result] = process([make_article("s25-dissap", text, "", "2026-05-06")])
    assert [m.sub_event_type for m in result.mentions] == ["Abduction/forced disappearance"]
    assert result.mentions[0].trigger.text == "detained"


def test_an_exchange_of_gunfire_is_two_sides_fighting_whoever_the_victims_are():
    text = "Herders and villagers armed with rifles were caught in an exchange of gunfire near Orvik, and six died."
    assert what.on_civilians("ARMED_CLASH", taxonomy.CIVILIANS, text) == "ARMED_CLASH"
    assert what.on_civilians("ARMED_CLASH", taxonomy.CIVILIANS, "Gunmen ambushed a bus near Orvik, killing six.") \
        == "ATTACK"
