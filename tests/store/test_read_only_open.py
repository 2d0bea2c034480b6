"""A store on a full disk opens read-only for the window (F23), and reads what is only in
its write-ahead log yet (a kit that died before a checkpoint), writing nothing beside it.
Real small tmpfs (root only; skipped elsewhere)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import DiskFull, as_user_error
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.store.damage import tmpfs
from tests.store.test_disk_full import fill
from tests.support.cli import REPO, CliRunner

DIE_AFTER_A_WRITE = """
import os, sys
from pathlib import Path
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from app.store import db
store = unlock_with_passphrase(KitPaths(Path(sys.argv[1])), sys.argv[2], NoKeyring())
with db.transaction(store.conn) as conn:
    conn.execute("INSERT INTO meta (key, value) VALUES ('only-in-the-wal', 'yes')")
os._exit(0)  # no close, no checkpoint: the row is in the -wal file only
"""


def test_a_full_disk_opens_read_only_with_what_the_wal_holds(
    tmp_path: Path, passphrase_file: Path
) -> None:
    with tmpfs(tmp_path / "disk", "24m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        assert cli("init", "--operator", "Night Duty").code == 0
        paths = KitPaths(cli.home)
        done = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(DIE_AFTER_A_WRITE), str(cli.home), PASSPHRASE],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        wal = paths.database.with_name(paths.database.name + "-wal")
        assert wal.stat().st_size > 0
        fill(disk)
        files = {p.name: p.read_bytes() for p in paths.home.iterdir() if p.is_file()}

        # its -shm is there at full size: SQLite would open it for writing, and the first
        # write would fail; the window's way in sees the full disk and reads only
        store = unlock_with_passphrase(paths, PASSPHRASE, NoKeyring(), read_only_ok=True)
        try:
            assert isinstance(store.read_only, DiskFull)
            assert store.meta("only-in-the-wal") == "yes"
            with pytest.raises(Exception) as refused:
                store.set_meta("x", "y")
            assert "read-only" in str(as_user_error(refused.value, paths.home))
        finally:
            store.close()
        after = {p.name: p.read_bytes() for p in paths.home.iterdir() if p.is_file()}
        assert after == files  # not a byte written (its -shm existed already)
