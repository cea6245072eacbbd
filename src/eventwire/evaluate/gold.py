"""Reading gold files: one JSON object per line, every problem an EvaluationError naming the line;
and names compared the way gold writers spell them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.gazetteer.names import normalize


def read_jsonl(path: Path, expected: str, line_key: str | None = None) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines gold file; `expected` names what a line should hold. With
    `line_key`, each object also gets its line number under that key."""
    try:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    raise EvaluationError(f"{path}:{number}: not JSON ({error.msg}); expected {expected}") from error
                yield {**row, line_key: number} if line_key else row
    except OSError as error:
        raise EvaluationError(f"cannot read gold file {path}: {error.strerror}; check the path") from error


def folded_name(name: str) -> str:
    """A name with case, accents, abbreviations ("St." = "Saint"), a leading "The" and spaces
    ("DeSoto" = "De Soto") folded, for comparing our names with a gold file's."""
    return normalize(name).replace(" ", "")
