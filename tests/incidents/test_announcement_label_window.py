"""Planned work's first notice is its announcement everywhere (the walk of session 15): its
plan and the Calendar said "Announcement" while the top bar, the incident list and the
incident page said "initial notice" for the same notice. The officer sends it from the
page of planned work opened on the command line, and every place names it as its kind
does — in English and in Polish."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from app.ui.incidents.notice_dialog import FollowUpDialog
from app.ui.incidents.page import IncidentPage
from app.ui.incidents.section import TIMER_COLUMN, IncidentsSection
from app.ui.language import install_language
from tests.incidents.test_window import Officer
from tests.support.cli import CliRunner
from tests.support.unlocked import section_on


def _planned_work(store: Store) -> str:
    """Planned work opened as `incident new --kind downtime --window …` does: no notice yet."""
    kit = Kit.open(store)
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=3)
    window = (start, start + timedelta(hours=2))
    return service.create("downtime", "Router swap", ["subscriptions"], window=window).reference


def _shown(section: IncidentsSection) -> dict[str, str]:
    """What the officer reads about the incident: top bar, its list row, its page."""
    section.tick()
    page: IncidentPage = section.page
    timeline = page.timeline.topLevelItem(0)
    assert timeline is not None
    return {
        "top bar": section.urgent.text(),
        "list": str(section.model.index(0, TIMER_COLUMN).data(Qt.ItemDataRole.DisplayRole)),
        "page": page.delivery.text(),
        "timeline": timeline.text(1),
        "timer": page.timer.text(),
    }


def test_planned_work_names_its_first_notice_announcement_everywhere(
    qtbot: QtBot, paths: KitPaths, store: Store
) -> None:
    reference = _planned_work(store)
    section = section_on(qtbot, paths, store, IncidentsSection)
    section.reload(select=reference)
    page = section.page
    assert page.initial_button.text() == "Send the &announcement…"
    assert "No announcement yet" in page.why.text()

    officer = Officer(qtbot)
    officer.click(page.initial_button)
    dialog = section.dialog
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.windowTitle().startswith(f"Announcement — {reference}")
    officer.type(dialog.form.editors["work"], "Core router replacement")
    officer.type(dialog.form.editors["impact"], "No new subscriptions can be made.")
    dialog.refresh()
    assert dialog.queue.text() == "&Queue announcement"
    assert dialog.queue.isEnabled(), dialog.preview.problems.text()
    officer.click(dialog.queue)

    section.reload(select=reference)
    shown = _shown(section)
    assert "announcement queued, not delivered yet" in shown["top bar"], shown
    # the list names no stage: it counts the partners not told
    assert shown["list"].endswith("7 partners not told"), shown
    assert "Announcement" in shown["page"], shown
    assert shown["timeline"].startswith("Announcement"), shown
    assert "initial notice" not in " ".join(shown.values()).lower(), shown

    install_language("pl")
    section.reload(select=reference)
    shown = _shown(section)
    assert "zapowiedź" in shown["top bar"], shown
    assert "Zapowiedź" in shown["page"], shown
    assert shown["timeline"].startswith("Zapowiedź"), shown
    assert "powiadomienie wstępne" not in " ".join(shown.values()).lower(), shown


@pytest.fixture
def demo_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    return cli


def test_the_command_line_names_planned_works_first_notice_announcement(
    demo_cli: CliRunner, tmp_path: Path
) -> None:
    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=2)
    window = f"{start.isoformat()}/{(start + timedelta(hours=2)).isoformat()}"
    new = ("incident", "new", "--kind", "downtime", "--title", "DB", "--services", "subscriptions")
    reference = demo_cli("--json", *new, "--window", window).json()["reference"]
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps({"impact": "No renewals", "work": "Upgrade"}), encoding="utf-8")
    notify = ("incident", "notify", reference, "--stage", "initial", "--fields", str(fields))
    early = demo_cli("incident", "notify", reference, "--stage", "update", "--fields", str(fields))
    assert early.code == 2 and "has had no announcement yet" in early.err, early.err
    queued = demo_cli(*notify)
    assert queued.code == 0 and f"for {reference} (Announcement)" in queued.out, queued.out
    shown = demo_cli("incident", "show", reference).out
    assert "Announcement" in shown and "initial" not in shown, shown
    again = demo_cli(*notify)
    assert again.code == 2 and "already had its announcement" in again.err, again.err
