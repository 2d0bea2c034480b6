"""The foundation's command line, as scripts and IT use it."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import CliRunner

KEYRING_ENV = "tests.support.keyrings.FileTestKeyring"


def test_init_check_backup_restore_round_trip(cli: CliRunner, tmp_path: Path) -> None:
    created = cli("--json", "init", "--operator", "Night Duty")
    assert created.code == 0, created.err
    assert created.json()["operator"] == "Night Duty"
    assert cli("--json", "check").json() == {
        "sound": True,
        "key_file": "ok",
        "store": "ok",
        "schema": "ok",
        "audit": "ok",
    }
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = cli("--json", "backup", "--out", str(usb))
    assert backup.code == 0
    copy = Path(backup.json()["copy"])
    assert copy.parent == usb and copy.read_bytes() == Path(backup.json()["backup"]).read_bytes()
    restored = cli("restore", str(copy))
    assert restored.code == 0, restored.err
    actions = [e["action"] for e in cli("--json", "audit", "list").json()]
    # The store is as it was when the backup was made, plus the restore itself.
    assert actions == ["store.restored", "store.created"]
    assert cli("check").code == 0


def test_init_refuses_a_weak_passphrase_and_creates_nothing(cli: CliRunner) -> None:
    assert cli.passphrase_file is not None
    cli.passphrase_file.write_text("password\n")
    result = cli("init", "--operator", "Night Duty")
    assert result.code == 2
    assert "too weak" in result.err and "shorter than 12" in result.err
    assert not (cli.home / "store.db").exists()


def test_init_twice_changes_nothing(cli: CliRunner) -> None:
    assert cli("init", "--operator", "A").code == 0
    before = (cli.home / "store.key").read_bytes()
    again = cli("init", "--operator", "B")
    assert again.code == 2 and "already holds a store" in again.err
    assert (cli.home / "store.key").read_bytes() == before


def test_without_terminal_or_passphrase_it_fails_instead_of_waiting(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    locked = CliRunner(home=cli.home, passphrase_file=None)
    result = locked.subprocess("check", timeout=30)
    assert result.code == 2
    assert "--passphrase-file" in result.err


def test_wrong_passphrase_is_a_clear_error(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Not-The-Right-One-99\n")
    result = CliRunner(home=cli.home, passphrase_file=wrong)("audit", "list")
    assert result.code == 2 and "does not open this store" in result.err


def test_missing_store_says_how_to_create_one(cli: CliRunner) -> None:
    result = cli("check")
    assert result.code != 0
    assert "outage-kit init" in result.err + result.out


def test_keyring_unlocks_later_runs_without_passphrase(cli: CliRunner, tmp_path: Path) -> None:
    env = {
        "PYTHON_KEYRING_BACKEND": KEYRING_ENV,
        "OUTAGE_KIT_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }
    assert cli.subprocess("init", "--operator", "Night Duty", env=env).code == 0
    assert (tmp_path / "keyring.json").exists()
    no_passphrase = CliRunner(home=cli.home, passphrase_file=None)
    assert no_passphrase.subprocess("check", env=env).code == 0
    # Without the keyring (a new profile), the passphrase is needed again.
    assert no_passphrase.subprocess("check").code == 2
    assert cli.subprocess("check").code == 0


def test_version(cli: CliRunner) -> None:
    result = cli("--version")
    assert result.code == 0 and result.out.startswith("outage-kit ")


def test_long_steps_are_said_on_stderr_in_text_mode_only(cli: CliRunner, tmp_path: Path) -> None:
    """On a large store check, backup and restore take minutes: each step says what it
    does before it starts and "done" after; --json output stays as it was."""
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    checked = cli("check")
    assert checked.code == 0, checked.err
    assert "Checking every page of the store (" in checked.err
    assert "this can take a few minutes… done" in checked.err
    assert "Verifying the audit chain… done" in checked.err
    out = tmp_path / "usb.okbak"
    made = cli("backup", "--out", str(out))
    assert made.code == 0, made.err
    assert "Writing a backup and checking every page (" in made.err and "… done" in made.err
    assert f"Copying it to {out} and reading it back… done" in made.err
    restored = cli("restore", str(out))
    assert restored.code == 0, restored.err
    assert "Checking every page of usb.okbak (" in restored.err
    assert "Backing up the current store first (" in restored.err
    assert restored.err.count("… done") == 2
    for args in (("check",), ("backup",), ("restore", str(out))):
        quiet = cli("--json", *args)
        assert quiet.code == 0 and quiet.err == "", (args, quiet.err)
        quiet.json()
