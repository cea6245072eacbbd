"""Claim channels (issue #5): a platform named after the claimed thing is the channel of the claim,
not part of what is claimed. Each fixture is a short report written for these tests."""

from __future__ import annotations

from eventwire.annotate import load_language
from eventwire.extract.claim_sources import channel_of
from eventwire.extract.claims import build_claim, find_attributions
from eventwire.extract.who import build_context


def claims_of(text: str, country: str):
    doc = load_language()(text)
    sentence = next(iter(doc.sents))
    context = build_context(doc, country)
    return {a.cue.text: build_claim(a, a.cue, sentence, "", context, "a1", "", (), True, {})
            for a in find_attributions(sentence)}


def test_claiming_an_attack_on_telegram_is_a_telegram_claim():
    claims = claims_of("The Hill Liberation Front claimed the attack on Telegram, saying its fighters had killed "
                       "nine soldiers.", "Niger")
    assert claims["claimed"].channel == "telegram" and claims["saying"].channel == "telegram"


def test_said_on_x_closing_a_sentence_is_social_media():
    assert channel_of("the union said on X.", "the union") == "social media"
    assert channel_of("said on X.Y. Radio", "the union") != "social media"
