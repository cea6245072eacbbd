"""atheris harness for the ingest readers: any bytes, any format, only our own error type.

    python fuzz/fuzz_readers.py -runs=10000          (what `make fuzz` runs)

A crash is any exception other than IngestError escaping a reader.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from eventwire.errors import IngestError
    from eventwire.ingest import READERS
    from eventwire.records import Article

FOLDER = Path(tempfile.mkdtemp(prefix="eventwire-fuzz-"))
SUFFIXES = sorted(READERS)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = FOLDER / f"input{suffix}"
    path.write_bytes(data[1:])
    for item in READERS[suffix](path):
        if not isinstance(item, (Article, IngestError)):
            raise TypeError(f"reader for {suffix} yielded {type(item).__name__}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
