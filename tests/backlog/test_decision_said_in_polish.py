"""What a decision says it did names the status as the buttons and the table do, in the
kit's language: in Polish the window said "826 rekordów ustawiono na Write off" under a
button reading "Do odpisania", and the command line the same (a walk on a million records,
3 December)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.backlog.model import STATUS_LABELS, Criteria
from app.paths import KitPaths
from app.store.store import Store
from app.ui.backlog.records_model import status_text
from app.ui.language import install_language
from tests.backlog.conftest import open_backlog
from tests.support.cli import CliRunner


def test_the_window_says_the_decision_in_the_words_of_its_button(
    qtbot: QtBot, loaded: int, store: Store, paths: KitPaths
) -> None:
    install_language("pl")  # the conftest puts English back afterwards
    section = open_backlog(qtbot, store, paths)
    panel = section.records
    qtbot.keyClicks(panel.search_bar.status, "W kw")  # the quarantined ones, all matching
    qtbot.mouseClick(panel.search_bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    button = panel.decision_buttons["write-off"]
    said = button.text().replace("&", "")
    assert said == status_text("write-off") != STATUS_LABELS["write-off"]  # Polish, not English
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note, "roszczenie zgloszone")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.busy is None and panel.result_label.text() != "")
    result = panel.result_label.text()
    assert f"ustawiono na {said}" in result, result
    assert STATUS_LABELS["write-off"] not in result, result
    # the undo's question names it as the button did too
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    question = panel.undo_question
    assert question is not None
    assert said in question.text() and STATUS_LABELS["write-off"] not in question.text()
    question.reject()


def test_the_command_line_says_the_decision_in_the_kits_language(
    loaded: int, store: Store, cli: CliRunner
) -> None:
    store.close()  # the command line's process opens it
    carrier = Criteria(carrier="Carrier North")
    polish = cli.subprocess(
        "backlog", "set-status", "--carrier", carrier.carrier, "--to", "write-off", "--note", "c",
        env={i18n.ENV_NAME: "pl"},
    )  # fmt: skip
    assert polish.code == 0, polish.err
    assert "ustawiono na Do odpisania" in polish.out, polish.out
    assert STATUS_LABELS["write-off"] not in polish.out, polish.out
