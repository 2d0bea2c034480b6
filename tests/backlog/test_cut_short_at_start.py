"""A bulk backlog decision a killed process cut short is settled at the next start without a
frozen window (a walk's finding: it was rolled back inside `Kit.open` on the window's
thread — up to a minute at a million records, no word of it): the window settles it on a
worker thread under a dialog saying what it does and how far, and opens on the store only
after it (nothing of the backlog to touch meanwhile); the command line says what it does."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.paths import KitPaths
from app.store import db
from app.store.keys import NoKeyring
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from tests.backlog.conftest import copied_kit, demo_kit_with_backlog
from tests.backlog.test_bulk_second_process import DECIDE, first_progress, start
from tests.conftest import PASSPHRASE
from tests.support.cli import CliRunner

ROWS = 40_000


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo kit holding ROWS quarantined records (built once), and its passphrase file."""
    return demo_kit_with_backlog(tmp_path_factory.mktemp("cut-short"), ROWS)


@pytest.fixture
def cut_short(imported: tuple[Path, Path], tmp_path: Path) -> CliRunner:
    """A copy of the kit whose decision on every record was killed (SIGKILL) a third of the
    way through, some of its slices committed: a writer said it waits all along (a notice
    being queued), so each slice committed."""
    cli = copied_kit(imported, tmp_path)
    kill_a_decision_mid_way(cli)
    return cli


def kill_a_decision_mid_way(cli: CliRunner) -> None:
    """A decision on every record, killed (SIGKILL) once 30 % through, a writer saying it
    waits all along (so each slice committed)."""
    waiting, stop = cli.home / db.WAITING_NAME, threading.Event()

    def say_waiting() -> None:
        while not stop.is_set():
            waiting.touch()
            time.sleep(0.02)

    toucher = threading.Thread(target=say_waiting)
    proc = start(cli, *DECIDE, "--progress")
    toucher.start()
    try:
        line = first_progress(proc)
        assert proc.stderr is not None
        while int(re.findall(r"(\d+)%", line)[-1]) < 30:
            line = proc.stderr.readline()
            assert line, proc.communicate()
        assert proc.poll() is None, "finished before the kill"
    finally:
        proc.kill()
        proc.communicate()
        stop.set()
        toucher.join()


def test_the_command_line_says_it_rolls_a_cut_short_decision_back(cut_short: CliRunner) -> None:
    shown = cut_short("backlog", "query", "--limit", "1")
    assert shown.code == 0, shown.err
    said = "Rolling back a decision on the backlog that was cut short (action"
    assert said in shown.err and "records to put back)… done" in shown.err, shown.err
    assert "was cut short before it finished: it is rolled back" in shown.err, shown.err


def test_the_window_settles_a_cut_short_decision_off_its_thread(
    qtbot: QtBot, cut_short: CliRunner
) -> None:
    install_language("pl")
    try:
        window = MainWindow(paths=KitPaths(cut_short.home), keeper=NoKeyring())
        qtbot.addWidget(window)
        window.show()
        panel = window.lock_panel
        qtbot.keyClicks(panel.passphrase, PASSPHRASE)
        qtbot.keyClick(panel.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: getattr(window, "settling_dialog", None) is not None or window.kit is not None,
            timeout=30000,
        )
        dialog = getattr(window, "settling_dialog", None)
        assert dialog is not None, "settled on the window's thread, no word of it"
        assert dialog.isVisible() and window.kit is None  # the window answers meanwhile
        assert window.nav.count() == 0  # and no section (the Backlog) is there to touch
        assert window.lock_label.text() == "Otwieranie bazy…"  # not "LOCKED"
        qtbot.waitUntil(lambda: window.kit is not None, timeout=180000)
        steps, counts = list(dialog.steps), list(dialog.counts)
        qtbot.waitUntil(lambda: getattr(window, "notice_box", None) is not None, timeout=5000)
        told = window.notice_box.text()
    finally:
        install_language("en")
    said = "Wycofywanie decyzji w zaległościach, która została przerwana"
    assert steps and said in steps[-1], steps
    assert counts and counts[-1][0] == counts[-1][1] > 0, counts  # how far: all put back
    assert "wycofana" in told, told
    assert window.nav.count() > 0  # the window is open on the store now
    assert window.kit is not None
    window.kit.close()
    window.kit = None
