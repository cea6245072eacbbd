"""Synthetic short reports in the sample's style, for tests that need hundreds of them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

CITIES = ["Goma", "Kidal", "Mosul", "Kandahar", "Maiduguri", "Aleppo", "Mogadishu", "Timbuktu", "Kherson",
          "Bunia", "Gao", "Raqqa", "Kunduz", "Beni", "Homs", "Marawi", "Juba", "Malakal", "Tripoli", "Sirte"]
ACTORS = ["The army", "Police", "Government troops", "Security forces"]
TEMPLATES = [
    "{actor} said on {weekday} that gunmen had attacked a checkpoint near {city}, killing {n} soldiers.",
    "Protesters marched through {city} on {weekday} to demand the release of detained students.",
    "{actor} said its artillery had shelled rebel positions outside {city} on {weekday}.",
    "A roadside bomb exploded near {city} on {weekday}, wounding {n} people, officials said.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write_reports(folder: Path, count: int, start: int = 0) -> Path:
    """`count` distinct dated reports numbered from `start`, one .txt file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(start, start + count):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=number % 300)
        sentence = TEMPLATES[number % len(TEMPLATES)].format(
            actor=ACTORS[number % len(ACTORS)], city=CITIES[(number // 4) % len(CITIES)],
            weekday=WEEKDAYS[number % 7], n=2 + number % 9,
        )
        body = f"{sentence} Report number {number} gives no further detail."
        (folder / f"report_{number:05d}.txt").write_text(f" date {day.isoformat()} Report {number}\n{body}\n")
    return folder
