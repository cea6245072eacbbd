"""`python -m eventwire.gazetteer build [PATH]`: build the offline place index (install step)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.gazetteer import build_gazetteer, default_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eventwire.gazetteer",
        description="Build the offline gazetteer index.",
        epilog="example: python -m eventwire.gazetteer build /tmp/gazetteer.sqlite",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the SQLite index (default: the installed path)")
    build.add_argument("path", nargs="?", type=Path, default=None)
    arguments = parser.parse_args(argv)
    target = arguments.path or default_path()
    started = time.perf_counter()
    try:
        built = build_gazetteer(target)
    except EventwireError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    size_mb = built.stat().st_size / 1e6
    print(f"gazetteer built at {built} ({size_mb:.1f} MB) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
