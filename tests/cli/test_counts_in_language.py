"""Counts the command line prints for a person are written in the kit's language (issue
s11): Polish groups them as the window does ("12 000", a non-breaking space), English
writes "12,000"; `--json` keeps plain numbers for programs."""

from __future__ import annotations

from pathlib import Path

from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import CliRunner

ROWS = 12_000


def _export(tmp_path: Path) -> Path:
    path = tmp_path / "telephony.csv"
    path.write_text("\n".join([HEADER, *sample_rows(ROWS)]) + "\n", encoding="utf-8")
    return path


def test_polish_and_english_counts_are_grouped_and_json_is_not(
    cli: CliRunner, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    polish = {"OUTAGE_KIT_LANG": "pl"}
    done = cli.subprocess("backlog", "import", str(_export(tmp_path)), env=polish)
    assert done.code == 0, done.err
    assert "wczytano 12\u00a0000 wierszy, nowe: 12\u00a0000, zaktualizowane: 0" in done.out

    shown = cli.subprocess("backlog", "query", "--limit", "3", env=polish)
    assert "Pokazano 3 z 12\u00a0000 pasujących rekordów." in shown.out, shown.out

    english = cli.subprocess("backlog", "query", "--limit", "3", env={"OUTAGE_KIT_LANG": "en"})
    assert "3 of 12,000 matching records shown." in english.out, english.out

    machine = cli.subprocess("--json", "backlog", "query", "--limit", "3", env=polish)
    assert machine.json()["total"] == ROWS
    assert '"total": 12000' in machine.out
