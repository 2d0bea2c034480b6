"""A decision that changes nothing (its records already have the status: the same command
run twice, a second click) does not take away the undo of the one before. It became "the
last action", so Undo undid nothing and then said there was nothing left to undo, while the
officer's real change could no longer be put back (a walk, 3 December). Now undo passes it
over, and what it says names what undo would do instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.paths import KitPaths
from app.store.store import Store
from tests.backlog.conftest import open_backlog
from tests.support.cli import CliRunner


def test_the_command_line_still_undoes_the_change_before_a_decision_that_changed_nothing(
    loaded: int, store: Store, cli: CliRunner, tmp_path: Path
) -> None:
    store.close()  # the command line's processes open it
    ids = tmp_path / "ids.txt"
    ids.write_text("Q000007\nQ000008\n", encoding="utf-8")
    decide = ("backlog", "set-status", "--ids", str(ids), "--to", "cleansed")
    first = cli.subprocess(*decide)
    assert first.code == 0 and "2 records set to Cleansed" in first.out, first.out
    again = cli.subprocess(*decide)
    assert again.code == 0, again.err
    said = again.out
    assert "0 records set to Cleansed (2 already were)." in said, said
    assert "Nothing changed (action 2)." in said, said
    assert "backlog undo still undoes action 1: 2 records → Cleansed" in said, said
    assert "undo: backlog undo" not in said  # no undo offered for what changed nothing

    undone = cli.subprocess("backlog", "undo")
    assert undone.code == 0, undone.err
    assert "Undone action 1: 2 records → Cleansed" in undone.out, undone.out
    listed = cli.subprocess("--json", "backlog", "query", "--status", "cleansed").json()
    assert listed["total"] == 0  # both back in quarantine

    # the same in Polish
    polish = cli.subprocess(*decide, env={i18n.ENV_NAME: "pl"})
    assert polish.code == 0 and "ustawiono na Oczyszczony" in polish.out, polish.out
    twice = cli.subprocess(*decide, env={i18n.ENV_NAME: "pl"})
    assert "Nic się nie zmieniło (akcja 5)." in twice.out, twice.out
    assert "backlog undo nadal cofnie akcję 4: 2 rekordy → Oczyszczony" in twice.out, twice.out


def test_the_window_still_undoes_its_change_after_a_command_that_changed_nothing(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths, cli: CliRunner
) -> None:
    section = open_backlog(qtbot, store, paths)
    panel = section.records
    query = BacklogQuery(conn=store.conn)
    matching = query.count(Criteria(carrier="Carrier North"))
    assert matching > 0
    qtbot.mouseClick(panel.search_bar.more, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.search_bar.advanced.carrier, "Carrier North")
    qtbot.mouseClick(panel.search_bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == matching)
    qtbot.mouseClick(panel.decision_buttons["cleansed"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undo is possible" in panel.result_label.text())

    # a colleague's script decides the same on the command line: nothing changes
    again = cli.subprocess(
        "backlog", "set-status", "--carrier", "Carrier North", "--to", "cleansed"
    )
    assert again.code == 0, again.err
    assert "Nothing changed (action 2)." in again.out, again.out
    assert f"still undoes action 1: {matching} records → Cleansed" in again.out, again.out

    panel.refresh()
    assert panel.undo_button.isEnabled(), panel.undo_button.toolTip()
    assert f"{matching} records → Cleansed" in panel.undo_button.toolTip()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    question = panel.undo_question
    assert question is not None
    assert f"{matching} records → Cleansed" in question.text(), question.text()
    assert "in this window" in question.text(), question.text()
    undo = next(b for b in question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undone" in panel.result_label.text())
    assert query.count(Criteria(carrier="Carrier North", status="cleansed")) == 0
