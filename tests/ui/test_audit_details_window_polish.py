"""The window's Audit log in Polish reads each entry's details as "key: value" pairs with
the keys (and the stored words among the values) in Polish, not as English JSON; the
search still finds entries by what is stored (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import i18n
from app.kit import Kit
from app.ui.language import install_language
from app.ui.sections.audit import AuditSection
from tests.support.audit_entries import HELD_PL, OPENED_PL, write_entries


def _details(section: AuditSection) -> dict[str, str]:
    column = next(
        c
        for c in range(section.model.columnCount())
        if section.model.headerData(c, Qt.Orientation.Horizontal) == "Szczegóły"
    )
    return {
        section.model.row_at(row).action: str(section.model.data(section.model.index(row, column)))
        for row in range(section.model.rowCount())
    }


def test_the_audit_log_reads_its_details_in_polish(qtbot: QtBot, kit: Kit) -> None:
    install_language("pl")
    i18n.install("pl")  # the autouse fixture puts English back
    write_entries(kit.audit)
    section = AuditSection(kit)
    qtbot.addWidget(section)
    section.shown()
    shown = _details(section)
    assert shown["incident.opened"] == OPENED_PL
    assert shown["outbox.held"] == HELD_PL
    qtbot.keyClicks(section.text_filter, "OK-2026-0001")  # the stored details are searched
    qtbot.keyClick(section.text_filter, Qt.Key.Key_Return)
    assert list(_details(section)) == ["incident.opened"]
    qtbot.mouseClick(section.verify_button, Qt.MouseButton.LeftButton)
    assert section.verdict.text() == "✔ Łańcuch audytu nienaruszony."
