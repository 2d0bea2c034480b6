"""`outage-kit --selftest` from the source tree: what the support desk and the packaging test
rely on (the frozen build runs the same checks in test_frozen.py)."""

from __future__ import annotations

from pathlib import Path

from app.commands.selftest import CHECKS, CheckFailed, SelftestRun, run_checks
from tests.support.cli import CliRunner


def test_selftest_passes_and_prints_one_line_per_check(cli: CliRunner) -> None:
    result = cli("--selftest")
    assert result.code == 0, result.out + result.err
    lines = result.out.splitlines()
    check_lines = lines[1:-1]
    assert [line.split("  ")[0].strip() for line in check_lines] == [n for n, _ in CHECKS]
    assert all(" ok" in line and "FAIL" not in line for line in check_lines)
    assert lines[-1] == "All checks passed."


def test_selftest_json_names_every_check(cli: CliRunner) -> None:
    result = cli("--json", "--selftest")
    assert result.code == 0, result.err
    report = result.json()
    assert report["ok"] is True
    assert report["frozen"] is False
    assert {c["name"] for c in report["checks"]} >= {
        "store",
        "backup",
        "audit",
        "keyring",
        "tls roots",
        "templates",
        "bundle",
        "qt",
        "report pdf",
        "path probe",
    }


def test_selftest_touches_nothing_of_the_user(cli: CliRunner, tmp_path: Path) -> None:
    before = sorted(p.name for p in Path(tmp_path).iterdir())
    assert cli("--selftest").code == 0
    assert not cli.home.exists()  # --home is not where the throw-away store goes
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == before


def test_a_failing_check_is_named_and_the_others_still_run() -> None:
    seen: list[str] = []

    def broken(run: SelftestRun) -> str:
        raise CheckFailed("the widget is missing")

    def crashing(run: SelftestRun) -> str:
        raise ValueError("unexpected")

    def fine(run: SelftestRun) -> str:
        seen.append("fine")
        return "all good"

    results = list(run_checks((("broken", broken), ("crashing", crashing), ("fine", fine))))
    assert [(r.name, r.ok) for r in results] == [
        ("broken", False),
        ("crashing", False),
        ("fine", True),
    ]
    assert results[0].line().endswith("FAIL: the widget is missing")
    assert "ValueError: unexpected" in results[1].line()
    assert results[2].line().endswith("ok (all good)")
    assert seen == ["fine"]


def test_checks_after_a_failed_store_say_why() -> None:
    def no_store(run: SelftestRun) -> str:
        raise CheckFailed("disk full")

    def needs_store(run: SelftestRun) -> str:
        run.need_kit()
        return "unreachable"

    results = list(run_checks((("store", no_store), ("backup", needs_store))))
    assert results[1].line().endswith("FAIL: needs the store, which failed above")
