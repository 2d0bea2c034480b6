"""check and unlock: each trouble gets its own message; only damage advises a restore
(issue 13, points 3, 6 and 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.store.damage import remount_readonly, tmpfs
from tests.support.cli import CliRunner
from tests.support.private import assert_owner_only


@pytest.fixture
def made(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty").code == 0
    return cli


def no_bug(result: object) -> None:
    text = getattr(result, "err", "") + getattr(result, "out", "")
    assert "internal error" not in text and "Traceback" not in text, text


def test_a_wrong_passphrase_is_not_called_damage(made: CliRunner, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Not-the-right-one-99\n")
    result = CliRunner(home=made.home, passphrase_file=wrong)("check")
    no_bug(result)
    assert result.code == 2 and "does not open this store" in result.err
    assert "Caps Lock" in result.err and "restore" not in result.err.lower()


def test_a_damaged_key_file_is_reported_as_such(made: CliRunner) -> None:
    key = made.home / "store.key"
    key.write_text(key.read_text()[:40])
    result = made("--json", "check")
    no_bug(result)
    assert result.code == 1
    report = result.json()
    assert report["sound"] is False and report["key_file"] != "ok"
    assert "damaged" in report["key_file"]
    plain = made("check")
    assert "Put back store.key" in plain.out and "restore FILE" not in plain.out
    assert "newest good backup" not in plain.out


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("n", 2**30, "outside"),
        ("n", 3, "outside"),
        ("n", 2**15 + 1, "outside"),
        ("r", 4096, "not the kit's"),
        ("p", 64, "not the kit's"),
    ],
)
def test_key_file_parameters_outside_what_the_kit_writes_are_damage(
    made: CliRunner, field: str, value: int, reason: str
) -> None:
    key = made.home / "store.key"
    doc = json.loads(key.read_text())
    doc["kdf"][field] = value
    key.write_text(json.dumps(doc))
    result = made("audit", "list")
    no_bug(result)
    assert result.code == 2 and "key file" in result.err and reason in result.err
    assert "damaged" in result.err


def test_home_pointing_at_a_file_is_a_clear_message(cli: CliRunner, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    runner = CliRunner(home=a_file, passphrase_file=cli.passphrase_file)
    for args in (("check",), ("init", "--operator", "Night Duty"), ("audit", "head")):
        result = runner.subprocess(*args)
        no_bug(result)
        assert result.code == 2 and "is a file, not a folder" in result.err, result.err
    assert a_file.read_text() == "x"


def test_home_on_a_read_only_disk_is_a_clear_message(made: CliRunner, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "16m") as mount:
        runner = CliRunner(home=mount / "kit", passphrase_file=made.passphrase_file)
        assert runner("init", "--operator", "Night Duty").code == 0
        remount_readonly(mount)
        for args in (("check",), ("backup",), ("audit", "list")):
            result = runner.subprocess(*args)
            no_bug(result)
            assert result.code == 2 and "read-only disk" in result.err, result.err


def test_the_key_file_and_database_are_owner_only(made: CliRunner) -> None:
    assert made("settings", "language", "pl").code == 0  # kept beside the store
    for name in ("store.key", "store.db", "language.txt"):
        assert_owner_only(made.home / name)
