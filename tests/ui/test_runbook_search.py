"""Runbook search as an officer types at 3 a.m. on a keyboard without Polish letters, in the
window and on the command line: "przelaczenie" finds "Przełączenie", "gdansk" finds
"Gdańsku", a runbook's file name finds it, a word a letter off ("medaition", "bramek") finds
the runbook with "these have a similar word", and nothing found says so (a tester's finding:
each of these found nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.model import Directory, Runbook
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.runbooks.section import RunbooksSection
from tests.support.cli import CliRunner
from tests.support.unlocked import close_kit, unlocked_section

RUNBOOKS = [
    Runbook(
        name="przelaczenie-bramki",
        title="Przełączenie bramki SMS na zapasową",
        body="Gdy bramka w Gdańsku nie odpowiada, przełącz ruch do Łodzi.\n",
    ),
    Runbook(
        name="rating-stuck",
        title="Rating stuck",
        body="Check the mediation queue before restarting the rating engine.\n",
    ),
]


def _load(kit: Kit) -> None:
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        Directory(runbooks=RUNBOOKS), origin="bundle", reason="test"
    )


def test_the_command_line_finds_runbooks_typed_without_marks(kit: Kit, cli: CliRunner) -> None:
    _load(kit)
    kit.store.close()

    def found(text: str) -> list[str]:
        return [r["name"] for r in cli("--json", "runbooks", "list", "--search", text).json()]

    assert found("przelaczenie") == ["przelaczenie-bramki"]  # its file name, and its title
    assert found("GDANSK lodzi") == ["przelaczenie-bramki"]  # every word, any case
    assert found("mediation") == ["rating-stuck"]
    assert found("medaition") == ["rating-stuck"]  # two letters swapped
    assert found("bramek") == ["przelaczenie-bramki"]  # another ending of "bramki"
    assert found("zzzz") == []
    similar = cli("runbooks", "list", "--search", "medaition")
    assert "these have a similar word" in similar.out and "rating-stuck" in similar.out
    assert "No runbook mentions 'zzzz'." in cli("runbooks", "list", "--search", "zzzz").out


def test_the_window_finds_runbooks_typed_without_marks(
    qtbot: QtBot, kit: Kit, store: Store, paths: KitPaths
) -> None:
    _load(kit)
    store.close()
    window, section = unlocked_section(qtbot, paths, RunbooksSection)

    def typed(text: str) -> list[str]:
        section.search.clear()
        qtbot.keyClicks(section.search, text)
        return [section.list.item(i).text() for i in range(section.list.count())]

    assert typed("gdansk") == ["Przełączenie bramki SMS na zapasową"]
    assert not section.found.isVisible()
    assert typed("medaition") == ["Rating stuck"]
    assert section.found.isVisible() and "similar word" in section.found.text()
    assert "Check the mediation queue" in section.page.toPlainText()
    assert typed("zzzz") == []
    assert section.found.isVisible() and "No runbook mentions “zzzz”." in section.found.text()
    qtbot.keyClick(section.search, Qt.Key.Key_Backspace)
    section.search.clear()
    assert section.list.count() == 2 and not section.found.isVisible()
    close_kit(window)
