from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.commands.context import CliContext
from app.launcher import open_window
from app.logsetup import redact, setup_logging
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store


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
    assert (log_file.stat().st_mode & 0o077) == 0


def test_redact_keeps_ordinary_text() -> None:
    assert (
        redact("incident OK-2026-0042 queued 3 notices") == "incident OK-2026-0042 queued 3 notices"
    )


def test_a_passphrase_file_that_does_not_unlock_is_in_the_log(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window opens locked and the log says why the passphrase file did not open it (the
    log file is set up before the unlock is tried)."""
    store.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Not-The-Passphrase-99\n", encoding="utf-8")
    ctx = CliContext(home=paths.home, passphrase_file=wrong, as_json=False, keeper=NoKeyring())
    assert open_window(ctx, quit_when_ready=True) == 0
    assert capsys.readouterr().out.split() == ["locked"]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "passphrase file did not unlock the store" in paths.log_file.read_text()
