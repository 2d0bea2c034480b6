"""One window per data folder: a second start finds the first window's process and asks; a
window killed with SIGKILL does not lock the officer out of their store."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store.store import Store
from app.ui.one_window import LOCK_NAME, claim
from tests.support.cli import CliRunner

REPO = Path(__file__).resolve().parents[2]
Window = subprocess.Popen[bytes]


@pytest.fixture
def first_window(store: Store, paths: KitPaths, passphrase_file: Path) -> Iterator[Window]:
    """A real kit window in a process of its own, open on the store."""
    store.close()
    args = ["--home", str(paths.home), "--passphrase-file", str(passphrase_file)]
    # the child finds the kit and what the test's own Python finds (Windows lane: its Qt)
    found = [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]
    process = subprocess.Popen(
        [sys.executable, "-m", "app", *args],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(found), "QT_QPA_PLATFORM": "offscreen"},
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not (paths.home / LOCK_NAME).exists():
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "the first window never opened"
            time.sleep(0.2)
        yield process
    finally:
        process.kill()
        process.wait(timeout=30)
        if process.stderr is not None:
            process.stderr.close()


def answer(qtbot: QtBot, button_text: str, said: list[str]) -> None:
    """Click `button_text` in the 'already open' box once it shows; keep what it said."""

    def click() -> None:
        box = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "already_open"),
            None,
        )
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(50, click)
            return
        said.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_a_second_window_on_the_same_store_asks_first(
    qtbot: QtBot, paths: KitPaths, first_window: Window
) -> None:
    said: list[str] = []
    answer(qtbot, "Quit", said)
    assert claim(paths.home) is None  # the officer goes to the open window
    assert f"(process {first_window.pid})" in said[0] and str(paths.home) in said[0]
    assert [p.name for p in paths.home.glob("window*.lock")] == [LOCK_NAME]  # nothing kept


def test_a_window_opened_anyway_keeps_the_store_guarded_after_the_first_ends(
    qtbot: QtBot, paths: KitPaths, passphrase_file: Path, first_window: Window
) -> None:
    """The first window hangs; the officer opens this one anyway and the hung one is killed.
    Work goes on in this window: `restore` must still refuse (it would replace the store
    under it), and a later start still asks, naming this window."""
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    made = cli.subprocess("--json", "backup")
    assert made.code == 0, made.err
    backup = json.loads(made.out)["backup"]
    said: list[str] = []
    answer(qtbot, "Open anyway", said)  # the officer is not locked out of their store
    second = claim(paths.home)
    assert second is not None and second.held and len(said) == 1
    both = cli.subprocess("rekey", "--yes")
    assert both.code == 2 and f"(process {first_window.pid})" in both.err

    first_window.kill()  # SIGKILL; on Windows TerminateProcess: no handler runs
    first_window.wait(timeout=30)
    refused = cli.subprocess("restore", backup)
    assert refused.code == 2, refused.err
    assert f"(process {os.getpid()})" in refused.err  # this window, still open
    answer(qtbot, "Quit", said)
    assert claim(paths.home) is None
    assert f"(process {os.getpid()})" in said[1]

    second.release()  # this window closes too: nothing is open any more
    done = cli.subprocess("restore", backup)
    assert done.code == 0, done.err
    assert list(paths.home.glob("window*.lock")) == []


def test_a_killed_window_does_not_lock_the_store(
    qtbot: QtBot, paths: KitPaths, first_window: Window
) -> None:
    first_window.kill()  # SIGKILL; on Windows TerminateProcess: no handler runs
    first_window.wait(timeout=30)
    lock = claim(paths.home)  # no question: the process named in the lock is dead
    assert lock is not None
    lock.release()
    assert not (paths.home / LOCK_NAME).exists()


def test_restore_and_rekey_refuse_while_a_window_is_open(
    paths: KitPaths, passphrase_file: Path, first_window: Window
) -> None:
    """Replacing the store under an open window would lose everything done there afterwards:
    the command line (a process of its own, without Qt) refuses and says what to do."""
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    made = cli.subprocess("--json", "backup")  # reading beside the window stays welcome
    assert made.code == 0, made.err
    backup = json.loads(made.out)["backup"]
    if os.name == "posix":
        assert stat.S_IMODE((paths.home / LOCK_NAME).stat().st_mode) == 0o600
    store_file = paths.database.stat()

    refused = cli.subprocess("restore", backup)
    assert refused.code == 2, refused.err
    assert f"(process {first_window.pid})" in refused.err
    assert "Kit > Quit" in refused.err and "Backups section" in refused.err
    assert "Restore from a file" in refused.err  # a copy on a USB stick restores there too
    said = cli.subprocess("--json", "restore", backup)
    assert said.code == 2 and json.loads(said.out or said.err)["error"] == "busy"
    rekey = cli.subprocess("rekey", "--yes")
    assert rekey.code == 2 and f"(process {first_window.pid})" in rekey.err
    # each command gets the window's own way of doing it
    assert "Settings > Rotate the store key" in rekey.err and "Backups" not in rekey.err
    assert paths.database.stat().st_ino == store_file.st_ino  # the window's file is untouched

    first_window.kill()  # the window is gone: the lock went with it
    first_window.wait(timeout=30)
    deadline = time.monotonic() + 30
    while (done := cli.subprocess("restore", backup)).code == 2:
        assert time.monotonic() < deadline, done.err
        time.sleep(0.2)
    assert done.code == 0, done.err
