"""`--json` errors: one JSON object on stdout with a stable `error` kind, the message, the
details a script needs, and exit code 2 (70 for a bug); the message is on stderr as well.
Each kind is provoked the way it happens for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.delivery.lock import SenderLock
from tests.cli.conftest import Outage
from tests.store.damage import WINDOWS_NO_SMALL_DISK
from tests.support.wall_clock import gone


def _fields(tmp_path: Path, **values: str) -> str:
    path = tmp_path / "fields.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    return str(path)


def test_refused_notice_lists_its_problems(outage: Outage, tmp_path: Path) -> None:
    incident = outage.ok(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    )
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="minutes")
    fields = _fields(tmp_path, impact="No MT", next_update=later)
    args = ("incident", "notify", incident["reference"], "--stage", "initial", "--fields", fields)
    refused = outage.fails("refused", *args)
    problems = refused["details"]["problems"]
    assert any("'started'" in p for p in problems) and any("'actions'" in p for p in problems)
    assert all(p in refused["message"] for p in problems)
    assert outage.ok("outbox", "list")["counts"]["queued"] == 0


def test_usage_mistakes(outage: Outage) -> None:
    unknown = outage.fails("usage", "incident", "frob")
    assert "invalid choice: 'frob'" in unknown["message"]
    missing = outage.fails("usage", "settings", "set", "idle_lock_minutes")
    assert "VALUE" in missing["message"]
    outage.fails("usage", "outbox", "list", "--limit", "many")


def test_locked_and_wrong_passphrase(outage: Outage, tmp_path: Path) -> None:
    no_passphrase = Outage(home=outage.home, passphrase_file=None)
    locked = no_passphrase.fails("locked", "contacts", "groups")
    assert "--passphrase-file" in locked["message"]
    wrong_file = tmp_path / "wrong.txt"
    wrong_file.write_text("Not-The-Passphrase-99\n", encoding="utf-8")
    wrong = Outage(home=outage.home, passphrase_file=wrong_file)
    assert (
        "does not open this store" in wrong.fails("wrong_passphrase", "outbox", "list")["message"]
    )


def test_not_found(outage: Outage, tmp_path: Path) -> None:
    assert (
        "no incident OK-1999-0001"
        in outage.fails("not_found", "incident", "show", "OK-1999-0001")["message"]
    )
    outage.fails("not_found", "outbox", "retry", "999")
    outage.fails("not_found", "paths", "enable", "nope")
    missing = str(tmp_path / "no-such-export.csv")
    outage.fails("not_found", "backlog", "import", missing, "--kind", "bms-telephony")
    outage.fails("not_found", "bundle", "import", str(tmp_path / "no-such-bundle.zip"))
    elsewhere = Outage(home=tmp_path / "empty", passphrase_file=outage.passphrase_file)
    assert "outage-kit init" in elsewhere.fails("not_found", "contacts", "groups")["message"]


def test_damaged_store(outage: Outage) -> None:
    database = next(p for p in outage.home.iterdir() if p.suffix == ".db")
    data = bytearray(database.read_bytes())
    for offset in range(100, 4000, 7):  # inside the first page, past SQLCipher's salt
        data[offset] ^= 0xFF
    database.write_bytes(bytes(data))
    damaged = outage.fails("damaged", "contacts", "groups")
    assert "Restore the newest good backup" in damaged["message"]


def test_busy_while_another_process_sends(outage: Outage) -> None:
    with SenderLock(outage.home):  # this test process holds it, as a window sending would
        busy = outage.fails("busy", "outbox", "send")
    assert "is sending right now" in busy["message"]
    assert outage("outbox", "send").code == 0  # nothing queued: nothing to do


@pytest.fixture
def full_stick(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB file system, like a USB stick with no room left for a backup copy (a real
    tmpfs; needs the right to mount, else the test is skipped). Never /dev/full: a writer
    that replaces its target atomically would replace the device itself when run as root."""
    if os.name != "posix":
        pytest.skip(WINDOWS_NO_SMALL_DISK)
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here: " + mounted.stderr.decode().strip())
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_disk_full(outage: Outage, full_stick: Path) -> None:
    full = outage.fails("disk_full", "backup", "--out", str(full_stick / "copy.okbak"))
    assert "Free some space" in full["message"]
    # The backup in the kit's own folder was made; only the copy did not fit.
    assert any((outage.home / "backups").iterdir())


def test_a_bug_is_kind_bug_exit_70_and_logged(outage: Outage, tmp_path: Path) -> None:
    """A defect cannot be provoked by input (that would be a second bug): a sitecustomize
    module breaks one service in the real process."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        # the sitecustomize this one shadows still runs (the Windows lane's, under Wine)
        "import pathlib, runpy, sys\n"
        "here = pathlib.Path(__file__).resolve().parent\n"
        "for folder in sys.path:\n"
        "    shadowed = pathlib.Path(folder or '.', 'sitecustomize.py')\n"
        "    if shadowed.is_file() and shadowed.resolve().parent != here:\n"
        "        runpy.run_path(str(shadowed))\n"
        "        break\n"
        "import app.settings\n"
        "def broken(self, key):\n"
        "    raise RuntimeError('planted defect')\n"
        "app.settings.Settings.get = broken\n",
        encoding="utf-8",
    )
    from tests.support.cli import REPO

    outage.env = {"PYTHONPATH": os.pathsep.join((str(hook), str(REPO)))}
    answer = outage("settings", "list")
    assert answer.code == 70, answer.err
    error = answer.json()
    assert error["error"] == "bug" and error["exit_code"] == 70
    assert "This is a bug" in error["message"] and "This is a bug" in answer.err
    log_file = Path(error["details"]["log_file"])
    assert "planted defect" in log_file.read_text(encoding="utf-8")


def test_a_command_that_fails_after_showing_something_still_answers_once(
    outage: Outage, tmp_path: Path
) -> None:
    """bundle import shows the bundle, then needs --yes: one JSON object, the error, with the
    inspection in details.output."""
    from app.bundles import minisign
    from tests.support.cli import REPO

    key = minisign.generate()
    prefix = tmp_path / "it"
    minisign.write_keypair(prefix, key, "it-signing-key-passphrase", kdf=minisign.INTERACTIVE)
    pass_file = tmp_path / "key-pass.txt"
    pass_file.write_text("it-signing-key-passphrase\n", encoding="utf-8")
    bundle = tmp_path / "contacts-v1.zip"
    outage.ok(
        "bundle", "build", str(REPO / "resources" / "demo"), "--key", f"{prefix}.key",
        "--version", "1", "--out", str(bundle), "--key-passphrase-file", str(pass_file),
    )  # fmt: skip
    outage.ok("bundle", "trust", f"{prefix}.pub", "--yes")
    asked = outage.fails("usage", "bundle", "import", str(bundle))
    assert asked["details"]["flag"] == "--yes"
    assert asked["details"]["output"]["version"] == 1
    assert asked["details"]["output"]["applied"] is False


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Ctrl+C on Windows is a console event (GenerateConsoleCtrlEvent) for processes "
    "sharing a console; the lane's processes run without one (Wine 8 has no display here)",
)
def test_ctrl_c_while_sending_is_interrupted_exit_130(outage: Outage, tmp_path: Path) -> None:
    """A relay that accepts the connection and never greets: the officer presses Ctrl+C."""
    import signal
    import socket

    from tests.cli.conftest import command_line
    from tests.support.cli import REPO

    incident = outage.ok(
        "incident", "new", "--kind", "disaster", "--title", "SMS down", "--services", "sms"
    )
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat(timespec="minutes")
    fields = _fields(
        tmp_path, impact="No MT", started=gone("02:00"), actions="Restart", next_update=later
    )
    outage.ok("incident", "notify", incident["reference"], "--stage", "initial", "--fields", fields)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        outage.ok(
            "paths", "add", "smtp", "silent", "host=127.0.0.1", f"port={port}",
            "security=none", "from=duty@example.com",
        )  # fmt: skip
        sender = subprocess.Popen(
            [*command_line(), *outage.global_args(), "outbox", "send", "--via", "silent"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=outage.environment(),
            cwd=REPO,
            # Ctrl+C as at a terminal, even when the test run itself was started in the
            # background (a shell's background job ignores SIGINT, and its children inherit it)
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        connection, _ = silent.accept()  # the kit is now waiting for the greeting
        sender.send_signal(signal.SIGINT)
        out, err = sender.communicate(timeout=60)
        connection.close()
    assert sender.returncode == 130, err
    assert json.loads(out) == {
        "error": "interrupted",
        "message": "interrupted; nothing half-done was kept.",
        "exit_code": 130,
    }
    assert "Traceback" not in err
    counts = outage.ok("outbox", "list")["counts"]
    assert counts["queued"] > 0 and counts["sent"] == counts["uncertain"] == 0
