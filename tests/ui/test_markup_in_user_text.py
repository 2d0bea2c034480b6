"""Text a person typed is shown as typed: an incident titled "Awaria SMSC — brak MT
<script>…" showed as "Awaria SMSC — brak MT" on its page (a walk's finding) — the heading, a
QLabel left to guess its format, took the title for HTML. Every section is opened on a kit
whose incident, notice and runbook texts hold markup, and no label may render it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.incidents.section import IncidentsSection
from app.ui.main_window import MainWindow
from app.ui.sections import SECTIONS
from tests.support.lang_bundle import load_into

TITLE = "Awaria <b>SMSC</b> & <i>MT</i> {{ 7*7 }}"


def _shown(label: QLabel) -> str:
    """What a person reads in `label`: its text, or the text of the HTML it renders."""
    if label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText
        and not QtGuiNamespace.mightBeRichText(label.text())
    ):
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_no_label_renders_markup_typed_into_an_incident(
    qtbot: QtBot, store: Store, paths: KitPaths, tmp_path: Path
) -> None:
    kit = Kit.open(store)
    load_into(kit, tmp_path / "src")
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", TITLE, ["sms"])
    service.notify(
        incident,
        "initial",
        {
            "customer_impact": "No <b>MT</b>.",
            "start_time": "2026-11-30 21:40 UTC",
            "next_update": "23:59",
        },
    )
    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    qtbot.waitUntil(lambda: window.health_label.text() == "store OK", timeout=10000)
    garbled: list[str] = []
    for entry in SECTIONS:
        section = window.show_section(entry.title)
        if isinstance(section, IncidentsSection):
            section.reload(select=incident.reference)
        qtbot.wait(50)
        for label in window.findChildren(QLabel):
            if not label.isVisible() or "SMSC" not in label.text():
                continue
            shown = _shown(label)
            if "SMSC" in shown and "<b>SMSC</b>" not in shown:
                garbled.append(f"{entry.title}: {label.objectName() or label.text()[:80]!r}")
    assert garbled == []
