"""A casualty figure's claimant is named the way a claim's source is (`claim_sources.source_actor`):
an official by whom they speak for, so two sources' figures stay rival figures."""

from __future__ import annotations

import datetime as dt

from eventwire.pipeline import extract_article
from eventwire.records import Article


def test_each_figure_keeps_the_claimant_of_its_own_attribution():
    text = ("JUBA, South Sudan - Gunmen attacked a cattle camp in Jonglei state on Saturday. An army spokesman "
            "said 27 herders were killed, while a local commissioner put the toll at more than 40.")
    mentions = extract_article(Article(id="t", text=text, title="", date=dt.date(2025, 3, 10)))
    figures = {claim.figure: claim.claimant for mention in mentions for claim in mention.fatality_claims}
    assert figures == {27: "Military Forces of South Sudan", 40: "Government of South Sudan"}
