"""A full disk: a clear message, the store as it was (issue 13, point 4). Runs on a real
small tmpfs (root only; skipped elsewhere)."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from tests.backlog.conftest import HEADER, sample_rows
from tests.store.damage import tmpfs
from tests.support.cli import CliRunner, Result


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


def says_disk_full(result: Result) -> None:
    assert "internal error" not in result.err and "Traceback" not in result.err, result.err
    assert result.code == 2, (result.out, result.err)
    assert "disk" in result.err and "full" in result.err, result.err
    assert "restore" not in result.err.lower(), result.err  # nothing is damaged


def test_a_full_disk_is_a_clear_message_and_nothing_changes(
    tmp_path: Path, passphrase_file: Path
) -> None:
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(30000)]) + "\n")
    small = tmp_path / "small-telephony.csv"
    small.write_text("\n".join([HEADER, *sample_rows(50)]) + "\n")
    with tmpfs(tmp_path / "disk", "24m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        assert cli("init", "--operator", "Night Duty", "--demo").code == 0
        assert cli("backlog", "import", str(small)).code == 0
        good = Path(cli("--json", "backup").json()["backup"])
        audit_before = cli("--json", "audit", "list").json()
        backups_before = sorted(p.name for p in (cli.home / "backups").iterdir())

        filler = fill(disk)
        with contextlib.suppress(OSError):
            (disk / "probe").write_bytes(b"x" * 4096)
        assert not (disk / "probe").exists() or (disk / "probe").stat().st_size < 4096

        for args in (
            ("backlog", "import", str(export)),
            ("backup",),
            ("backup", "--out", str(disk / "copy.okbak")),
            ("restore", str(good)),
        ):
            says_disk_full(cli.subprocess(*args))

        filler.unlink()
        assert cli("check").code == 0
        assert cli("--json", "audit", "list").json() == audit_before
        assert sorted(p.name for p in (cli.home / "backups").iterdir()) == backups_before
        leftovers = [p for p in disk.rglob(".*") if p.name.endswith((".partial", ".tmp"))]
        assert leftovers == []
        assert not (disk / "copy.okbak").exists()


def test_disk_full_errors_are_recognised() -> None:
    from app.errors import DiskFull, as_user_error

    err = OSError(errno.ENOSPC, "No space left on device")
    assert isinstance(as_user_error(err, "/data"), DiskFull)
    assert as_user_error(ValueError("nope"), "/data") is None
