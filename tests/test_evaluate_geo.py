"""The geoparsing scorer: corpus layouts, metrics, and scoring of gold spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.geo import geocoding_metrics, read_corpus, score_file

SHARED_GEO = Path(__file__).resolve().parents[2] / "shared" / "eval" / "geo"

TEXT = "Flooding closed roads in Lyon and Marseille, France, on Monday."


def _lgl_layout() -> str:
    toponyms = "".join(
        f"<toponym><start>{TEXT.index(name)}</start><end>{TEXT.index(name) + len(name)}</end><phrase>{name}</phrase>"
        f"<gaztag geonameid='1'><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>"
        for name, lat, lon in [("Lyon", 45.75, 4.85), ("Marseille", 43.3, 5.4), ("France", 46.0, 2.0)]
    )
    return f"<articles><article><text>{TEXT}</text><toponyms>{toponyms}</toponyms></article></articles>"


def _geowebnews_layout() -> str:
    start = TEXT.index("Lyon")
    return (
        f"<articles><article><text>{TEXT}</text><toponyms>"
        f"<toponym><extractedName>Lyon</extractedName><start>{start}</start><end>{start + 4}</end>"
        "<latitude>45.75</latitude><longitude>4.85</longitude></toponym>"
        "<toponym><extractedName>roads</extractedName><start>16</start><end>21</end></toponym>"
        "</toponyms></article></articles>"
    )


def _geovirus_layout() -> str:
    start = TEXT.index("Marseille")
    return (
        f"<articles><article><source>x</source><text>{TEXT}</text><locations><location><name>Marseille</name>"
        f"<start>{start}</start><end>{start + 9}</end><lat>43.3</lat><lon>5.4</lon><page>x</page></location>"
        "</locations></article></articles>"
    )


@pytest.mark.parametrize(
    ("layout", "located", "recognisable"),
    [(_lgl_layout, 3, 3), (_geowebnews_layout, 1, 1), (_geovirus_layout, 1, 1)],
)
def test_read_corpus_reads_every_layout(tmp_path: Path, layout, located: int, recognisable: int) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(layout(), encoding="utf-8")
    (article,) = read_corpus(path)
    assert article.text == TEXT
    assert sum(t.has_coordinates for t in article.toponyms) == located
    assert sum(t.counts_for_recognition for t in article.toponyms) == recognisable
    for toponym in article.toponyms:
        assert TEXT[toponym.start : toponym.end] == toponym.phrase


def test_unreadable_file_raises_evaluation_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(EvaluationError):
        read_corpus(path)
    with pytest.raises(EvaluationError):
        read_corpus(tmp_path / "missing.xml")


def test_geocoding_metrics() -> None:
    metrics = geocoding_metrics([0.0, 100.0, 200.0, 20039.0])
    assert metrics["acc161"] == 0.5 and metrics["n"] == 4 and metrics["median_km"] == 150.0
    assert 0.0 < metrics["auc"] < 1.0
    assert geocoding_metrics([0.0, 0.0])["auc"] == 0.0


def test_score_file_with_gold_toponyms(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(_lgl_layout(), encoding="utf-8")
    scores = score_file(path, gold_toponyms=True)
    assert scores["n"] == 3 and scores["acc161"] == 1.0


def test_score_file_end_to_end_reports_recognition(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(_lgl_layout(), encoding="utf-8")
    scores = score_file(path, gold_toponyms=False)
    assert scores["toponym_recall"] == 1.0 and scores["toponym_precision"] == 1.0 and scores["acc161"] == 1.0


@pytest.mark.skipif(not SHARED_GEO.is_dir(), reason="shared eval corpora are not present")
def test_shared_corpora_parse() -> None:
    lgl = read_corpus(SHARED_GEO / "lgl.xml")
    gwn = read_corpus(SHARED_GEO / "GWN.xml")
    assert len(lgl) > 500 and len(gwn) > 150
    assert sum(t.has_coordinates for a in gwn for t in a.toponyms) > 2000


def test_read_corpus_keeps_the_outlets_address(tmp_path: Path) -> None:
    path = tmp_path / "gold.xml"
    path.write_text(_lgl_layout().replace("<text>", "<url>https://news.example.fr/a</url><text>", 1), encoding="utf-8")
    assert read_corpus(path)[0].url == "https://news.example.fr/a"
