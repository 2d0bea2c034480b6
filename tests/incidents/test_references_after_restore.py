"""Restoring an older backup never hands out a reference partners already have (issue: after a
restore, OK-2026-0003 was issued twice for two different outages)."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import CliRunner


@pytest.fixture
def demo_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli


def _open(cli: CliRunner, title: str) -> str:
    made = cli(
        "incident", "new", "--kind", "disaster", "--title", title, "--services", "sms",
        "--groups", "subscriptions",
    )  # fmt: skip
    assert made.code == 0, made.err
    return made.out.strip()


def test_a_restore_does_not_reissue_a_reference(demo_cli: CliRunner) -> None:
    first, second = _open(demo_cli, "SMS down"), _open(demo_cli, "SMS slow")
    backup = json.loads(demo_cli("--json", "backup").out)["backup"]
    third = _open(demo_cli, "Portal down")
    prefix = first[: -len("0001")]
    assert [first, second, third] == [f"{prefix}0001", f"{prefix}0002", f"{prefix}0003"]

    restored = demo_cli("restore", backup, "--yes")  # it takes back the third
    assert restored.code == 0, restored.err
    listed = demo_cli("incident", "list").out
    assert second in listed and third not in listed  # the backup's state is back
    assert _open(demo_cli, "Billing late") == f"{prefix}0004"  # 0003 is the partners' already

    restored_again = demo_cli("restore", backup, "--yes")  # the number survives it again
    assert restored_again.code == 0, restored_again.err
    assert _open(demo_cli, "Billing late again") == f"{prefix}0005"
