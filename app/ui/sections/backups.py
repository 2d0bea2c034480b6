"""Backups: list, make one now, restore with confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.kit import Kit
from app.store.backups import BackupInfo
from app.ui.errors import show_error
from app.ui.section import Section
from app.ui.table_model import Column, RowsModel

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class BackupsSection(Section):
    title = "Backups"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.model: RowsModel[BackupInfo] = RowsModel(
            [
                Column("Made (local time)", lambda b: f"{b.created.astimezone():%Y-%m-%d %H:%M}"),
                Column("Why", lambda b: b.reason),
                Column("Size", lambda b: f"{b.size / 1024:.0f} KiB"),
                Column("File", lambda b: b.path.name),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.make_button = QPushButton("Make a backup now")
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton("Restore selected…")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder = QLabel(
            f"Backups are encrypted with the store key, in {kit.store.paths.backups}"
        )
        self.folder.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.folder)
        layout.addWidget(self.table, 1)

    def shown(self) -> None:
        self.model.set_rows(self.kit.store.backups.all())
        self.table.resizeColumnsToContents()

    def make_backup(self) -> None:
        try:
            info = self.kit.store.backup("manual")
            self.kit.audit.append("store.backup", file=info.path.name)
        except Exception as err:
            show_error(self, err)
            return
        self.shown()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, "Restore", "Select the backup to restore first.")
            return
        info = self.model.row_at(rows[0].row())
        answer = QMessageBox.question(
            self,
            "Restore backup",
            f"Replace the store with the backup made {info.created.astimezone():%Y-%m-%d %H:%M}?"
            "\n\nEverything changed since then is replaced. The current state is kept as a "
            "backup first, so this can be undone.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = cast("MainWindow", self.window())
        window.restore(info.path)
