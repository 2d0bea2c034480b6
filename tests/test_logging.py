from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from app.logsetup import redact, setup_logging
from app.paths import KitPaths
from app.store.store import Store
from tests.support.private import assert_owner_only

REPO = Path(__file__).resolve().parents[1]


def test_log_file_masks_addresses_numbers_and_keys(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "outage-kit.log"
    setup_logging(log_file)
    logging.getLogger("outage_kit.test").warning(
        "refused ops@partner.example.com +46 70 000 00 00 key %s", "ab" * 32
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert "refused" in text
    assert "partner.example.com" not in text and "000 00 00" not in text
    assert "ab" * 32 not in text
    assert_owner_only(log_file)


def test_redact_keeps_ordinary_text() -> None:
    assert (
        redact("incident OK-2026-0042 queued 3 notices") == "incident OK-2026-0042 queued 3 notices"
    )


def test_a_passphrase_file_that_does_not_unlock_is_in_the_log(
    store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    """The window opens locked and the log says why the passphrase file did not open it (the
    log file is set up before the unlock is tried)."""
    store.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Not-The-Passphrase-99\n", encoding="utf-8")
    args = ["--home", str(paths.home), "--passphrase-file", str(wrong), "--quit-when-ready"]
    started = subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["locked"]
    assert "passphrase file did not unlock the store" in paths.log_file.read_text()


def test_a_full_log_is_moved_aside_three_deep_and_the_new_one_is_private(
    tmp_path: Path,
) -> None:
    from app.logsetup import _QuietFileHandler

    log_file = tmp_path / "outage-kit.log"
    handler = _QuietFileHandler(log_file, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("outage_kit.test.rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(40):  # lines of 20 characters: 9 a file before it is moved aside
            log.warning("line %02d of the log.", n)
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["outage-kit.log", "outage-kit.log.1", "outage-kit.log.2", "outage-kit.log.3"]
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())
    newest = log_file.read_text().splitlines()
    assert newest[-1] == "line 39 of the log."
    previous = (tmp_path / "outage-kit.log.1").read_text().splitlines()
    assert int(previous[-1].split()[1]) == int(newest[0].split()[1]) - 1  # nothing lost between
    assert_owner_only(log_file)
