"""Deciding in the window: Undo names the action it would undo (this window's, the command
line's, another window's) and undoes it only once the officer confirms; a decision leaves
out what billing has closed unless the officer ticks it in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import i18n
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.ui.backlog.section import BacklogSection
from app.ui.language import install_language
from tests.backlog.conftest import HEADER, closed_rows, sample_rows
from tests.support.cli import CliRunner

# on the check box's square (the middle of a wide check box is past its text)
TICK = QPoint(8, 9)


def _write_off_three(qtbot: QtBot, section: BacklogSection) -> None:
    panel = section.records
    panel.show_search(Criteria(reason="Obsolete Usage Fault"))
    for row in range(3):
        panel.table.selectionModel().select(
            panel.model.index(row, 0),
            panel.table.selectionModel().SelectionFlag.Select
            | panel.table.selectionModel().SelectionFlag.Rows,
        )
    assert panel.scope.currentText() == "selected rows (3)"
    qtbot.mouseClick(panel.decision_buttons["write-off"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "claim raised")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "set to Write off" in panel.result_label.text())


def test_undo_names_the_command_lines_action_and_asks_first(
    qtbot: QtBot, section: BacklogSection, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    panel = section.records
    _write_off_three(qtbot, section)
    assert "in this window" in panel.undo_button.toolTip()

    ids = tmp_path / "ids.txt"
    ids.write_text("Q000001\nQ000002\nQ000003\nQ000004\n", encoding="utf-8")
    other = cli.subprocess("backlog", "set-status", "--ids", str(ids), "--to", "pending")
    assert other.code == 0, other.err
    panel.refresh()

    query = BacklogQuery(conn=kit.store.conn)
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    question = panel.undo_question
    assert question is not None and question.isVisible()
    text = question.text()
    assert "4 records → Action pending" in text and "from the command line" in text
    assert "not taken in this window" in question.informativeText()
    # Cancel: nothing undone
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert query.count(Criteria(status="pending")) == 4

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    question = panel.undo_question
    assert question is not None
    undo = next(b for b in question.buttons() if b.text() == "Undo it")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "Undone" in panel.result_label.text())
    said = panel.result_label.text()
    assert "4 records → Action pending" in said and "from the command line" in said
    assert "4 records put back" in said
    assert query.count(Criteria(status="pending")) == 0
    assert query.count(Criteria(status="write-off")) == 3  # the officer's write-off stands
    entry = kit.audit.entries(action_prefix="backlog.action_undone")[0]
    assert entry.details["undone_origin"] == "cli"


def test_after_a_restart_the_button_says_the_last_action_came_from_the_command_line(
    qtbot: QtBot, section: BacklogSection, cli: CliRunner
) -> None:
    result = cli.subprocess(
        "backlog", "set-status", "--reason", "No Tariff Found", "--to", "cleansed"
    )
    assert result.code == 0, result.err
    panel = section.records
    panel.refresh()
    assert panel.undo_button.isEnabled()
    tip = panel.undo_button.toolTip()
    assert "30 records → Cleansed" in tip and "from the command line" in tip


def test_a_decision_counts_and_leaves_out_closed_records_unless_ticked(
    qtbot: QtBot, section: BacklogSection, kit: Kit, write_csv: Callable[..., Path]
) -> None:
    # the 120 records again, five of Carrier North's 40 closed by billing since
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *closed_rows()], name="telephony-again.csv")
    )
    panel = section.records
    panel.refresh()
    panel.show_search(Criteria(carrier="Carrier North"))
    assert panel.count_label.text() == "40 matching records"
    qtbot.mouseClick(panel.decision_buttons["cleansed"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "<b>35</b>" in dialog.question.text()
    assert dialog.closed_note.isVisible()
    assert "closed 5 of these (3 Completed, 2 Withdrawn)" in dialog.closed_note.text()
    assert dialog.include_closed.text() == "Change the 5 closed records too"
    qtbot.mouseClick(dialog.include_closed, Qt.MouseButton.LeftButton, pos=TICK)
    assert "<b>40</b>" in dialog.question.text()
    assert dialog.ok_button.text() == "Set 40 to Cleansed"
    qtbot.mouseClick(dialog.include_closed, Qt.MouseButton.LeftButton, pos=TICK)  # left out again
    assert dialog.ok_button.text() == "Set 35 to Cleansed"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "set to Cleansed" in panel.result_label.text())
    said = panel.result_label.text()
    assert "35 records set to Cleansed" in said
    assert "Left out 5 records billing has already closed (3 Completed, 2 Withdrawn)" in said
    query = BacklogQuery(conn=kit.store.conn)
    assert query.count(Criteria(status="completed")) == 3
    assert query.count(Criteria(status="withdrawn")) == 2


def test_a_reason_not_in_the_guide_typed_in_small_letters_is_found(
    qtbot: QtBot, section: BacklogSection, kit: Kit, write_csv: Callable[..., Path]
) -> None:
    rows = []
    for row in sample_rows(3, start=201):
        fields = row.split(",")
        fields[8] = "Roaming Partner Unknown"
        rows.append(",".join(fields))
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *rows], name="telephony-roaming.csv")
    )
    panel = section.records
    panel.refresh()
    bar = panel.search_bar
    bar.more.setChecked(True)
    qtbot.keyClicks(bar.reason.lineEdit(), "roaming partner unknown")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.count_label.text() == "3 matching records")


def test_the_polish_window_takes_dates_as_it_shows_them(
    qtbot: QtBot, section: BacklogSection
) -> None:
    install_language("pl")
    i18n.install("pl")  # the autouse fixture puts English back
    panel = section.records
    bar = panel.search_bar
    bar.more.setChecked(True)
    expected = BacklogQuery(conn=panel.kit.store.conn).count(
        Criteria(date_from="2026-05-01", date_to="2026-05-31")
    )
    qtbot.keyClicks(bar.date_from, "1.05.2026")
    qtbot.keyClicks(bar.date_to, "31.5.2026")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    assert expected and panel.matches == expected


def test_a_typed_path_guesses_the_quarantine_as_choose_does(
    qtbot: QtBot, section: BacklogSection, kit: Kit, write_csv: Callable[..., Path]
) -> None:
    panel = section.records
    dialog = panel.open_import()
    dialog.set_file(write_csv([HEADER, *sample_rows(2, start=700)], name="data-export.csv"))
    assert dialog.kind.currentData() == "bms-data"
    rating = write_csv([HEADER, *sample_rows(2, start=800)], name="rating-export.csv")
    dialog.file.selectAll()
    qtbot.keyClicks(dialog.file, str(rating))
    assert dialog.kind.currentData() == "rating"
    qtbot.keyClicks(dialog.file, "x")  # still a rating export's name
    assert dialog.kind.currentData() == "rating"
    qtbot.keyClick(dialog.file, Qt.Key.Key_Backspace)

    # a name that says nothing: the choice stays, and the officer is asked to check it
    plain = write_csv([HEADER, *sample_rows(2, start=900)], name="export-2026-11.csv")
    dialog.file.selectAll()
    qtbot.keyClicks(dialog.file, str(plain))
    assert dialog.kind.currentData() == "rating"
    assert "export-2026-11.csv does not say which quarantine" in dialog.message.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("bms-misc"))  # the officer's choice
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None and "new" in dialog.message.text())
    query = BacklogQuery(conn=kit.store.conn)
    assert query.count(Criteria(kind="bms-misc")) == 2


def test_a_decision_counts_only_the_records_it_changes(
    qtbot: QtBot, section: BacklogSection, kit: Kit
) -> None:
    """Three of the matches are written off already: the confirmation offers to change the
    rest and says the three stay as they are; the undo then names the same number (a
    tester saw "Set 5" and then "Undo … 3 records")."""
    panel = section.records
    _write_off_three(qtbot, section)
    panel.show_search(Criteria(reason="Obsolete Usage Fault"))
    qtbot.waitUntil(lambda: panel.matches > 3)
    everyone = panel.matches
    assert panel.scope.currentText().startswith("all matching")
    qtbot.mouseClick(panel.decision_buttons["write-off"], Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    changing = everyone - 3
    assert f"Set <b>{changing}</b> record" in dialog.question.text()
    assert "3 of those picked are Write off already and stay as they are" in (
        dialog.question.text()
    )
    qtbot.keyClicks(dialog.note, "claim raised")
    assert dialog.ok_button.text() == f"Set {changing} to Write off"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and "set to Write off" in panel.result_label.text())
    assert f"{changing} records → Write off" in panel.undo_button.toolTip()
