"""`outage-kit init --demo`: a kit with the demo partners, ready to try."""

from __future__ import annotations

from tests.support.cli import CliRunner


def test_init_demo_fills_the_directory(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    entries = cli("--json", "audit", "list", "--action", "directory.").json()
    assert entries[0]["details"]["origin"] == "demo"
    assert entries[0]["details"]["contacts"] >= 15
