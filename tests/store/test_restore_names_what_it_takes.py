"""A restore names what it would take back before it does it: an incident opened since the
backup was made (and the notices it sent) vanished from the kit on the officer's "Yes" to
"Replace the store with the backup made …? Everything changed since then is replaced" —
the kit said which incidents were gone only afterwards. Once the backup is checked, the
window asks again naming them ("OK-… “Portal down”, opened after this backup was made, would
no longer be in the kit"), and No leaves everything as it was; the command line names them
and asks at a terminal, and without one refuses unless --yes. A backup that takes nothing
back asks nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.sections.backups import BackupsSection
from tests.incidents.test_references_after_restore import _open
from tests.support.cli import CliRunner
from tests.support.unlocked import queue_demo_outage, unlocked_section


def _backup_then_an_incident(kit: Kit, store: Store, cli: CliRunner) -> tuple[Path, str]:
    """A backup, then an incident opened; the store closed in this process (under Windows
    a connection of this test's would hold the files a restore replaces)."""
    load_demo(kit)
    backup = store.backup("manual").path
    store.close()
    return backup, _open(cli, "Portal down")


def test_the_window_names_the_incident_and_no_keeps_it(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    cli: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup, reference = _backup_then_an_incident(kit, store, cli)
    asked: list[str] = []
    answers: list[QMessageBox.StandardButton] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    window, section = unlocked_section(qtbot, paths, BackupsSection)

    def row_of_backup(section: BackupsSection) -> int:
        rows = range(section.model.rowCount())
        return next(r for r in rows if section.model.row_at(r).path == backup)

    # Yes to the first question, No once the officer reads what it takes back
    answers[:] = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    section.table.selectRow(row_of_backup(section))
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 2 and bool(window.sections), timeout=30000)
    said = asked[1]
    assert f"{reference} “Portal down”, opened after this backup was made, would no" in said
    assert "message" not in said, said  # none of it sent or waiting: nothing said of them
    assert "Restore it anyway?" in said, said
    assert window.kit is not None
    # where the officer was: the Backups section (not the first section of the list)
    assert window.nav.currentItem().text().startswith(BackupsSection.title)
    assert window.stack.currentWidget().isAncestorOf(window.section(BackupsSection.title))
    shown = cli("incident", "list").out
    assert reference in shown  # nothing was restored
    assert not list(paths.database.parent.glob("*restoring*"))  # the checked copy is gone
    assert not list(paths.backups.glob("*-before-restore*"))  # nor a backup made for it

    # asked again, Yes: the backup's state is back, and the kit says what went
    answers[:] = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    section = window.show_section(BackupsSection.title)
    assert isinstance(section, BackupsSection)
    section.table.selectRow(row_of_backup(section))  # the list has the before-restore copy too
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 4 and bool(window.sections), timeout=30000)
    assert window.kit is not None
    assert reference not in cli("incident", "list").out
    window.kit.close()
    window.kit = None


def test_the_command_line_names_it_and_asks_or_wants_yes(
    kit: Kit, store: Store, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup, reference = _backup_then_an_incident(kit, store, cli)
    before = sorted(p.name for p in store.paths.backups.iterdir())
    for _ in range(12):  # more refusals than the rotation keeps backups
        refused = cli("restore", str(backup))  # no terminal to ask on
    # nothing was changed: no backup made for it is left, none pushed out of the rotation
    assert sorted(p.name for p in store.paths.backups.iterdir()) == before
    assert refused.code != 0
    assert "Not restored: it would take back what changed since the backup was made:" in refused.err
    assert f"{reference} “Portal down”, opened after this backup was made" in refused.err
    assert "--yes" in refused.err
    as_json = cli("--json", "restore", str(backup))
    assert as_json.code != 0
    assert as_json.json()["details"]["flag"] == "--yes"  # as every refusal a flag answers
    assert reference in cli("incident", "list").out  # nothing changed
    assert not list(store.paths.database.parent.glob("*restoring*"))

    # at a terminal: asked, "n" keeps it
    monkeypatch.setattr("app.commands.context.is_console", lambda _stream: True)
    prompts: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "n")
    kept = cli("restore", str(backup))
    # the file asked of by name: "Restore it anyway" after the before-restore sentence read
    # as that copy
    assert prompts and f"Restore {backup.name} anyway" in prompts[-1], prompts
    assert kept.code != 0 and "nothing was changed" in (kept.out + kept.err).lower()
    assert reference in cli("incident", "list").out
    assert sorted(p.name for p in store.paths.backups.iterdir()) == before

    done = cli("restore", str(backup), "--yes")
    assert done.code == 0, done.err
    assert f"{reference} “Portal down” was opened after this backup was made" in done.out
    made = [p.name for p in store.paths.backups.glob("*-before-restore.okbak")]
    assert len(made) == 1, made  # the state replaced, kept once
    # and named: several before-restore copies look alike in the Backups list
    assert f"is kept as {made[0]} in the backups folder" in done.out, done.out
    assert reference not in cli("incident", "list").out
    # a backup that takes nothing back asks nothing
    again = cli("restore", cli("--json", "backup").json()["backup"])
    assert again.code == 0, again.err


def test_messages_waiting_in_the_outbox_are_counted_before_and_after(
    kit: Kit, store: Store, cli: CliRunner
) -> None:
    """An outage opened since the backup, its initial notice queued and not sent: the
    question says how many of its messages would never go out; none had gone, so none is
    said to have gone; after the restore the kit says they will not go out."""
    load_demo(kit)
    backup = store.backup("manual").path
    queue_demo_outage(store)  # an outage, its initial notice queued, nothing sent
    reference = kit.store.conn.execute("SELECT reference FROM incidents").fetchone()[0]
    waiting = kit.store.conn.execute("SELECT count(*) FROM outbox WHERE state = 'queued'")
    waiting = waiting.fetchone()[0]
    assert waiting > 1
    store.close()

    refused = cli("restore", str(backup))
    assert refused.code != 0
    assert f"{waiting} messages of it waiting in the Outbox would never go out." in refused.err
    assert "gone to partners" not in refused.err  # none had gone
    done = cli("restore", str(backup), "--yes")
    assert done.code == 0, done.err
    assert f"{reference} “" in done.out
    assert f"{waiting} messages of it that waited in the Outbox will not go out." in done.out
