from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import IngestError
from eventwire.ingest import read_inputs
from eventwire.ingest.html import MAX_HTML_BYTES, extract_page, strip_markup
from eventwire.records import Article

PAGE = """<!doctype html>
<html><head><title>Clashes near Goma | Kivu Times</title>
<meta charset="utf-8">
<meta property="og:site_name" content="Kivu Times">
<meta property="og:title" content="Clashes near Goma">
<link rel="canonical" href="https://kivutimes.example/2024/03/goma-clashes">
<meta property="article:published_time" content="2024-03-05T09:30:00+02:00">
<script>window.stolen = document.cookie; alert('SCRIPT-IN-HEAD')</script>
<style>body { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article>
<h1>Clashes near Goma</h1>
<p>Fighting broke out between M23 rebels and the Congolese army near Goma on Monday, killing at
least 12 people, local officials said.</p>
<p>Residents fled towards the city centre as shelling continued into the night, according to a
Red Cross worker. <img src="x.png" onerror="alert('IMG-ONERROR')"></p>
<script>document.write('SCRIPT-IN-BODY')</script>
<p>The army said it had pushed the rebels back from two villages north of the town.</p>
</article>
<footer>Copyright Kivu Times. All rights reserved.</footer>
</body></html>
"""

HOSTILE_MARKERS = ("SCRIPT-IN-HEAD", "SCRIPT-IN-BODY", "IMG-ONERROR", "alert(", "document.cookie")


def only(items: list) -> Article | IngestError:
    assert len(items) == 1, items
    return items[0]


def test_page_gives_main_text_and_metadata(tmp_path: Path):
    path = tmp_path / "goma.html"
    path.write_text(PAGE, encoding="utf-8")
    article = only(list(read_inputs([path])))
    assert isinstance(article, Article), article
    assert article.title == "Clashes near Goma"
    assert article.date == dt.date(2024, 3, 5)
    assert article.outlet == "Kivu Times"
    assert article.url == "https://kivutimes.example/2024/03/goma-clashes"
    assert article.origin == str(path)
    assert "killing at least 12 people" in article.text
    assert "pushed the rebels back" in article.text
    assert not article.text.startswith("Clashes near Goma"), "the headline is the title, not the body"
    for boilerplate in ("Subscribe now", "All rights reserved"):
        assert boilerplate not in article.text
    for marker in HOSTILE_MARKERS:
        assert marker not in article.text


def test_htm_suffix_and_folders_are_read_beside_other_formats(tmp_path: Path):
    (tmp_path / "a.htm").write_text(PAGE)
    (tmp_path / "b.txt").write_text(" date 2024-03-06 Another\nPolice dispersed a protest in Bukavu.")
    articles = [item for item in read_inputs([tmp_path]) if isinstance(item, Article)]
    assert {article.title for article in articles} == {"Clashes near Goma", "Another"}


def test_ten_thousand_nested_divs_give_clean_text_quickly(tmp_path: Path):
    body = "<p>Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.</p>"
    hostile = "<script>alert('SCRIPT-IN-BODY')</script><img src=x onerror=\"alert('IMG-ONERROR')\">"
    path = tmp_path / "nested.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + body + hostile + "</div>" * 10_000 + "</body></html>")
    started = time.monotonic()
    item = only(list(read_inputs([path])))
    assert time.monotonic() - started < 10
    if isinstance(item, IngestError):
        assert str(path) in str(item)
    else:
        assert "Police fired tear gas at protesters in Nairobi" in item.text
        assert not any(marker in item.text for marker in HOSTILE_MARKERS)


def test_script_only_page_is_an_error_naming_the_file_and_what_to_do(tmp_path: Path):
    path = tmp_path / "app.html"
    path.write_text("<html><head><script>renderApp()</script></head><body><div id=root></div></body></html>")
    error = only(list(read_inputs([path])))
    assert isinstance(error, IngestError)
    assert error.origin == str(path) and "no article text" in error.problem and ".txt" in error.remedy


def test_oversized_page_is_refused_before_parsing(tmp_path: Path):
    path = tmp_path / "huge.html"
    path.write_text("<html><body>" + "<p>Long page.</p>" * (MAX_HTML_BYTES // 16 + 10) + "</body></html>")
    started = time.monotonic()
    error = only(list(read_inputs([path])))
    assert time.monotonic() - started < 2
    assert isinstance(error, IngestError) and "limit" in error.problem and str(path) in str(error)


def test_binary_and_broken_markup_are_errors_or_articles_never_crashes(tmp_path: Path):
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (tmp_path / "broken.html").write_text("<html><body><p>Unclosed <b><i>protest in <div>Lagos</p></table>")
    (tmp_path / "empty.html").write_text("")
    items = list(read_inputs([tmp_path]))
    assert len(items) == 3
    assert isinstance(items[0], IngestError) and "binary" in items[0].problem
    assert isinstance(items[1], Article) and "protest in" in items[1].text
    assert isinstance(items[2], IngestError)


def test_strip_markup_keeps_paragraphs_and_drops_scripts_styles_and_navigation():
    fragment = (
        "<nav>Menu</nav><p>First &amp; <b>bold</b>.</p><script>evil()</script>"
        "<style>p{}</style><p>Second<br>line</p><img src=x onerror=alert(1)>"
    )
    assert strip_markup(fragment) == "First & bold.\nSecond\nline"
    assert strip_markup("plain   text") == "plain text"
    assert strip_markup("<div>" * 50_000 + "deep" + "</div>" * 50_000) == "deep"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["<", ">", "/", "=", '"', "'", "&", ";", " ", "div", "p", "script", "<div>",
                                  "</div>", "<p>", "</p>", "<script>", "</script>", "&amp;", "Protest in Lagos."]),
                max_size=120).map("".join))
def test_any_markup_gives_an_article_or_an_ingest_error(markup: str):
    try:
        article = extract_page(markup, "fuzz.html")
    except IngestError as error:
        assert error.origin == "fuzz.html"
    else:
        assert article.text.strip()


@pytest.mark.parametrize("charset, encoded", [("windows-1252", "Caf\xe9".encode("cp1252"))])
def test_non_utf8_page_is_decoded(tmp_path: Path, charset: str, encoded: bytes):
    path = tmp_path / "legacy.html"
    path.write_bytes(
        b"<html><head><meta charset='" + charset.encode() + b"'><title>T</title></head><body><article><p>"
        + encoded + b" owners said a grenade was thrown into the dining room on Friday evening, "
        b"wounding three customers, police said.</p></article></body></html>"
    )
    article = only(list(read_inputs([path])))
    assert isinstance(article, Article) and "Café owners" in article.text
