from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwire.errors import IngestError
from eventwire.ingest import read_inputs
from eventwire.ingest.text import parse_text_report
from eventwire.records import Article


def split(items):
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, IngestError)]
    return articles, errors


def test_text_report_header_gives_date_and_title():
    article = parse_text_report(" date 2024-01-02 A title here\nBody line one.\nBody two.", "x.txt")
    assert article.date == dt.date(2024, 1, 2)
    assert article.title == "A title here"
    assert article.text == "Body line one.\nBody two."


def test_same_content_gets_same_id_whatever_the_source():
    a = parse_text_report(" date 2024-01-02 T\nSame body.", "a.txt")
    b = parse_text_report(" date 2024-01-02 T\nSame body.", "b.txt")
    c = parse_text_report(" date 2024-01-03 T\nSame body.", "c.txt")
    assert a.id == b.id
    assert a.id != c.id


def test_folder_is_read_recursively_and_bad_items_are_reported_by_name_and_line(fixtures: Path):
    articles, errors = split(list(read_inputs([fixtures / "folder"])))
    assert {a.title for a in articles} == {"Protest in Nairobi", "Bomb in Mogadishu", "Clash"}
    messages = [str(error) for error in errors]
    assert any("a.jsonl:2" in m and "malformed JSON" in m for m in messages)
    assert any("b.csv:3" in m and "2024-13-45" in m for m in messages)
    assert any("junk.txt" in m and "binary" in m for m in messages)
    clash = next(a for a in articles if a.title == "Clash")
    assert clash.url == "https://example.org/c1" and clash.outlet == "Test Wire"


def test_missing_path_and_unknown_format_are_errors_not_crashes(tmp_path: Path):
    odd = tmp_path / "notes.docx"
    odd.write_text("x")
    _, errors = split(list(read_inputs([tmp_path / "nope.txt", odd])))
    assert len(errors) == 2
    assert "no such file" in str(errors[0]) and "unknown format" in str(errors[1])


def test_windows_1252_text_is_repaired(tmp_path: Path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(" date 2024-01-02 Caf\xe9 attack\nA bomb exploded near the caf\xe9 on Monday.".encode("cp1252"))
    articles, errors = split(list(read_inputs([path])))
    assert not errors
    assert "café" in articles[0].text


def test_html_entities_in_plain_text_are_unescaped(tmp_path: Path):
    path = tmp_path / "entities.jsonl"
    path.write_text('{"text": "Two men were shot in the city&#39;s north end &amp; one died.", "title": "Q&amp;A"}\n')
    articles, errors = split(list(read_inputs([path])))
    assert not errors
    assert articles[0].text == "Two men were shot in the city's north end & one died."
    assert articles[0].title == "Q&A"


def test_apostrophes_lost_to_question_marks_are_put_back(tmp_path: Path):
    path = tmp_path / "lossy.jsonl"
    path.write_text('{"text": "Gunmen fired on the town?s market. Police didn?t say why. Who fired? Nobody?"}\n')
    articles, errors = split(list(read_inputs([path])))
    assert not errors
    assert articles[0].text == "Gunmen fired on the town's market. Police didn't say why. Who fired? Nobody?"


def test_empty_and_whitespace_reports_are_errors(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text(" date 2024-01-02 Title\n   \n\t\n")
    articles, errors = split(list(read_inputs([tmp_path])))
    assert not articles
    assert len(errors) == 2 and all("no text" in str(error) for error in errors)


def test_jsonl_wrong_types_are_reported(tmp_path: Path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": 5}\n[1, 2]\n{"text": "ok text", "date": 20240101}\n{"text": "fine"}\n')
    articles, errors = split(list(read_inputs([path])))
    assert [a.text for a in articles] == ["fine"]
    assert [e.origin for e in errors] == [f"{path}:1", f"{path}:2", f"{path}:3"]


def test_curly_quotes_inside_jsonl_text_neither_break_the_line_nor_change(tmp_path: Path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"text": "He said \\u201cwe were attacked\\u201d and left\\u2019s town.", "title": "\\u201cQuote\\u201d"}\n'
                    .encode().decode("unicode_escape"), encoding="utf-8")
    articles, errors = split(list(read_inputs([path])))
    assert not errors
    assert "\u201cwe were attacked\u201d" in articles[0].text
