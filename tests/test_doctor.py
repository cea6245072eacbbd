from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.doctor import check_database, run_checks


def test_a_healthy_install_passes_every_required_check(tmp_path: Path):
    checks = run_checks(str(tmp_path / "new.db"))
    assert all(check.ok for check in checks if check.required), [c for c in checks if not c.ok]
    assert {"language model", "gazetteer", "database", "free disk"} <= {check.name for check in checks}


def test_a_broken_database_is_a_problem_with_a_remedy(tmp_path: Path):
    broken = tmp_path / "broken.db"
    broken.write_text("garbage " * 1000)
    check = check_database(str(broken))
    assert not check.ok and "--db" in check.remedy


def test_doctor_json_and_exit_code(tmp_path: Path):
    result = CliRunner().invoke(app, ["doctor", "--db", str(tmp_path / "x.db"), "--json"])
    assert result.exit_code == 0
    assert any(row["name"] == "gazetteer" for row in json.loads(result.stdout))
