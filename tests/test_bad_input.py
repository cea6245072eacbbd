"""The bad-input corpus: every kind of broken item gets a clear error naming it, and the batch
goes on. Inputs are generated here (a 50 MB article, a million-line JSONL) to keep the repo small."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from eventwire.errors import EventwireError, IngestError
from eventwire.ingest import read_inputs
from eventwire.ingest.tabular import read_jsonl
from eventwire.ingest.text import parse_text_report
from eventwire.pipeline import run
from eventwire.records import Article
from eventwire.store import open_store

GOOD = " date 2024-04-02 Clash in Kidal\nRebels clashed with soldiers near Kidal on Monday, the army said.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad")
    write(folder, "good.txt", GOOD)
    write(folder, "empty.txt", b"")
    write(folder, "whitespace.txt", " date 2024-04-02 Nothing\n   \n\t \n")
    write(folder, "binary.txt", bytes(range(256)) * 4)
    write(folder, "nul.txt", b" date 2024-04-02 T\nSome\x00text\x00with a few stray NULs\x00. " + b"Police said. " * 20)
    write(folder, "bad_date.txt", " date 2023-13-45 Bad date\nA bomb exploded in Gao on Monday.")
    future = dt.date.today() + dt.timedelta(days=30)
    write(folder, "future.txt", f" date {future} From the future\nA bomb exploded in Gao on Monday.")
    write(folder, "cp1252.txt", " date 2024-04-02 Caf\xe9\nA grenade was thrown at a caf\xe9 in Bamako \u201cyesterday\u201d.".encode("cp1252"))
    write(folder, "latin1.txt", " date 2024-04-02 Se\xf1or\nPolice arrested the se\xf1or in Bogot\xe1 on Monday.".encode("latin-1"))
    write(folder, "invalid_utf8.txt", b" date 2024-04-02 T\nProtesters \xff\xfe marched in Dakar \xc3\x28 on Friday.")
    write(folder, "rtl_emoji.txt", " date 2024-04-02 \u0627\u0644\u062e\u0628\u0631 \U0001f4a5\n"
          "\u200fQuds \u0627\u0644\u0642\u062f\u0633 \U0001f1f5\U0001f1f8 protesters marched on Friday \U0001f64f.")
    write(folder, "malformed.csv", 'id,date,title,text\n1,2024-04-02,"unclosed,"A bomb exploded\n2,2024-04-02,ok,fine\n')
    write(folder, "no_text_column.csv", "id,date,title\n1,2024-04-02,x\n")
    write(folder, "hostile.html", "<html><head><title>T</title><script>alert(1)</script></head><body>"
          + "<div>" * 5000 + "<p>Gunmen attacked a bus near Maiduguri on Sunday.</p>" + "</div>" * 5000
          + "<img src=x onerror=alert(1)></body></html>")
    write(folder, "huge.txt", " date 2024-04-02 Huge\n" + ("Rebels clashed with troops near Goma. " * 1_400_000))
    return folder


def test_each_bad_item_is_reported_by_name_with_a_remedy_and_good_ones_are_read(corpus: Path):
    items = list(read_inputs([corpus]))
    errors = {Path(e.origin.split(":")[0]).name: e for e in items if isinstance(e, IngestError)}
    articles = {Path(a.origin).name: a for a in items if isinstance(a, Article)}
    assert {"empty.txt", "whitespace.txt", "binary.txt", "bad_date.txt", "future.txt", "no_text_column.csv",
            "huge.txt"} <= set(errors)
    assert "binary" in errors["binary.txt"].problem
    assert "2023-13-45" in errors["bad_date.txt"].problem and "future" in errors["future.txt"].problem
    assert "limit" in errors["huge.txt"].problem and errors["huge.txt"].remedy
    assert all(error.remedy or error.problem for error in errors.values())
    assert {"good.txt", "nul.txt", "cp1252.txt", "latin1.txt", "invalid_utf8.txt", "rtl_emoji.txt"} <= set(articles)
    assert "café" in articles["cp1252.txt"].text and "yesterday" in articles["cp1252.txt"].text
    assert "señor" in articles["latin1.txt"].text
    assert "\x00" not in articles["nul.txt"].text
    assert "\u200f" in articles["rtl_emoji.txt"].text and "\U0001f4a5" in articles["rtl_emoji.txt"].title


def test_a_run_over_the_corpus_stores_the_good_reports_and_summarises_the_rest(corpus: Path, tmp_path: Path):
    store = open_store(tmp_path / "bad.db")
    summary = run([corpus], store)
    assert summary.stored >= 6 and summary.failed >= 7
    assert store.counts()["articles"] == summary.stored
    again = run([corpus], store)
    assert again.stored == 0 and store.counts()["articles"] == summary.stored


def test_a_million_line_jsonl_with_broken_lines_is_read_line_by_line(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    good = json.dumps({"date": "2024-04-02", "title": "t", "text": "A bomb exploded."})
    with path.open("w") as handle:
        for number in range(1_000_000):
            handle.write("{broken\n" if number % 100_000 == 7 else good + "\n")
    articles = errors = 0
    for item in read_jsonl(path):
        if isinstance(item, IngestError):
            errors += 1
            assert "malformed JSON" in item.problem
        else:
            articles += 1
    assert (articles, errors) == (999_990, 10)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_readers_never_raise_anything_but_our_error_type_on_random_bytes(tmp_path_factory, data: bytes):
    folder = tmp_path_factory.mktemp("fuzz", numbered=True)
    for name in ("x.txt", "x.jsonl", "x.csv"):
        write(folder, name, data)
    for item in read_inputs([folder]):
        assert isinstance(item, (Article, IngestError))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_text_reports_parse_or_fail_with_our_error(text: str):
    try:
        article = parse_text_report(text, "t.txt")
    except EventwireError:
        return
    assert article.text and article.text == article.text.strip()


def test_soft_hyphens_inside_words_are_dropped_so_words_read_whole():
    from eventwire.ingest.common import make_article

    article = make_article("shy.txt", "Police said the man faced an at\u00adtempted rob\u00adbery charge.", date="2024-05-02")
    assert article.text == "Police said the man faced an attempted robbery charge."
