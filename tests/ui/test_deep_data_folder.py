"""The window and a data folder it cannot use whole (issue 19). On Windows a folder too deep
for the kit's files is refused where the officer meets it — at start, in the first-run form —
with what to do, and nothing in it is touched. On every platform a daily backup that fails
for a reason the kit does not know is not called damage: the window used to say "store
DAMAGED" and offer a restore in a modal box nobody in the Windows lane could answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.paths import LONGEST_WINDOWS_HOME, KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow
from tests.conftest import OPERATOR, PASSPHRASE
from tests.windows.test_long_paths import TOO_DEEP, contents, folder_of_length

windows_only = pytest.mark.skipif(
    sys.platform != "win32", reason="Windows' 260-character path limit"
)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What the window said in message boxes, by kind (a box nobody answers would hang)."""
    said: dict[str, list[str]] = {"warning": [], "question": [], "critical": []}
    for kind, answer in (
        ("warning", QMessageBox.StandardButton.Ok),
        ("question", QMessageBox.StandardButton.No),
        ("critical", QMessageBox.StandardButton.Ok),
    ):

        def record(*args: object, kind: str = kind, answer: object = answer) -> object:
            said[kind].append(str(args[2]))
            return answer

        monkeypatch.setattr(QMessageBox, kind, record)
    return said


@windows_only
def test_the_window_refuses_to_unlock_a_store_moved_too_deep_and_leaves_it_whole(
    qtbot: QtBot, tmp_path: Path, boxes: dict[str, list[str]]
) -> None:
    fits = tmp_path / "kit"
    made = Store.create(
        KitPaths(fits), operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring()
    )
    made.close()
    deep = folder_of_length(tmp_path / "synced", LONGEST_WINDOWS_HOME + 1)
    deep.parent.mkdir(parents=True)
    fits.rename(deep)  # IT moved the data folder into the synced profile
    before = contents(deep)
    window = MainWindow(paths=KitPaths(deep), keeper=NoKeyring(), locked=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.lock_panel.passphrase, PASSPHRASE)
    qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)
    said = window.lock_panel.message
    qtbot.waitUntil(lambda: TOO_DEEP in said.text(), timeout=60000)
    assert str(LONGEST_WINDOWS_HOME) in said.text()
    assert window.kit is None  # still locked: nothing opened, nothing backed up
    assert boxes == {"warning": [], "question": [], "critical": []}
    assert contents(deep) == before


@windows_only
def test_the_first_run_form_says_the_folder_is_too_deep(qtbot: QtBot, tmp_path: Path) -> None:
    # typed: QTest under Windows Qt (Wine) ends the process at a key it has no code for (Ł)
    deep = folder_of_length(tmp_path, LONGEST_WINDOWS_HOME + 1, "Lukasz Zolw", "Dyzury")
    dialog = FirstRunDialog(tmp_path / "kit")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.operator, "Night Duty")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.home.clear()
    qtbot.keyClicks(dialog.home, str(deep))
    create = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert TOO_DEEP in dialog.problems.text() and str(deep) in dialog.problems.text()
    assert not deep.exists()


def test_a_daily_backup_failing_for_an_unknown_reason_is_not_called_damage(
    qtbot: QtBot, tmp_path: Path, boxes: dict[str, list[str]]
) -> None:
    paths = KitPaths(tmp_path / "kit")
    Store.create(paths, operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring()).close()
    paths.backups.rmdir()
    paths.backups.write_text("not a folder\n")  # the daily backup cannot be written
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.show()
    problems: list[list[str]] = []
    window.health_checked.connect(problems.append)
    with qtbot.waitSignals([window.health_checked, window.sections_ready], timeout=90000):
        qtbot.keyClicks(window.lock_panel.passphrase, PASSPHRASE)
        qtbot.keyClick(window.lock_panel.passphrase, Qt.Key.Key_Return)
    assert problems == [[]]  # no problems with the store itself
    assert window.health_label.text() == "store OK — daily backup failed"
    assert boxes["question"] == [] and boxes["critical"] == []  # no damage, no restore
    # said as what it is: the kit did not foresee it (a bug, its details kept)
    [box] = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert "This is a bug" in box.text() and "backups" in box.detailedText()
    box.close()
    window.lock()
