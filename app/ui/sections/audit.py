"""The audit log, read-only and filterable, with a chain check."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditEntry
from app.audit.shown import details_text
from app.errors import UserError
from app.kit import Kit
from app.timefmt import iso, parse_time
from app.ui.errors import show_error
from app.ui.language import local_text
from app.ui.section import Section
from app.ui.table_model import Column, RowsModel

LIMIT = 2000


class AuditSection(Section):
    title = "Audit log"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Search who / details"))
        self.action_filter = QLineEdit()
        self.action_filter.setPlaceholderText(self.tr("Action starts with, e.g. store."))
        self.since_filter = QLineEdit()
        self.since_filter.setPlaceholderText(self.tr("Since, e.g. 2026-11-22T00:00"))
        for edit in (self.text_filter, self.action_filter, self.since_filter):
            edit.returnPressed.connect(self.reload)
        apply = QPushButton(self.tr("Filter"))
        apply.clicked.connect(self.reload)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel()
        self.model: RowsModel[AuditEntry] = RowsModel(
            [
                Column(self.tr("When"), lambda e: local_text(e.at)),
                Column(self.tr("Who"), lambda e: e.actor),
                Column(self.tr("Action"), lambda e: e.action),
                Column(self.tr("Details"), lambda e: details_text(e.details)),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        filters = QHBoxLayout()
        for widget in (
            self.text_filter,
            self.action_filter,
            self.since_filter,
            apply,
            self.verify_button,
        ):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)

    def shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            since_text = self.since_filter.text().strip()
            since = iso(parse_time(since_text, what="since")) if since_text else None
        except UserError as err:
            show_error(self, err)
            return
        self.model.set_rows(
            self.kit.audit.entries(
                since=since,
                action_prefix=self.action_filter.text().strip() or None,
                text=self.text_filter.text().strip() or None,
                limit=LIMIT,
            )
        )
        self.table.resizeColumnsToContents()

    def verify(self) -> None:
        breaks = self.kit.audit.verify()
        if not breaks:
            self.verdict.setText(self.tr("✔ Audit chain intact."))
            self.verdict.setStyleSheet("color: #1b5e20;")
        else:
            self.verdict.setText(
                self.tr("✖ Audit chain broken: ")
                + "; ".join(
                    self.tr("entry {entry}: {reason}").format(entry=b.entry_id, reason=b.reason)
                    if b.entry_id
                    else b.reason
                    for b in breaks[:5]
                )
            )
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
