"""Backups: list, make one now, restore with confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLocale
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

from app.i18n import Words
from app.kit import Kit
from app.store.backups import SUFFIX, BackupInfo
from app.ui.errors import show_error
from app.ui.language import datetime_text
from app.ui.recent_folder import remember, start_folder
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
                Column(
                    self.tr("Made (local time)"),
                    lambda b: datetime_text(b.created),
                ),
                Column(self.tr("Why"), lambda b: Words.tr(b.reason)),
                Column(self.tr("Size"), lambda b: QLocale().formattedDataSize(b.size)),
                Column(self.tr("File"), lambda b: b.path.name),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.make_button = QPushButton(self.tr("Make a backup now"))
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.setToolTip(
            self.tr(
                "A backup copied to a USB stick or another folder. It is checked completely "
                "(key, every page, audit chain) before anything changes."
            )
        )
        self.file_button.clicked.connect(self.restore_file)
        self.folder = QLabel(
            self.tr("Backups are encrypted with the store key, in {backups}").format(
                backups=kit.store.paths.backups
            )
        )
        self.folder.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.file_button)
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
            QMessageBox.information(
                self, self.tr("Restore"), self.tr("Select the backup to restore first.")
            )
            return
        info = self.model.row_at(rows[0].row())
        self._restore(
            info.path,
            self.tr(
                "Replace the store with the backup made {time}?\n\n"
                "Everything changed since then is replaced. The current state is kept as a "
                "backup first, so this can be undone."
            ).format(time=datetime_text(info.created)),
        )

    def restore_file(self) -> None:
        """A backup from elsewhere (another workstation's copy on a USB stick)."""
        from PySide6.QtWidgets import QFileDialog  # loaded when first needed

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            start_folder(),
            self.tr("Outage Kit backups (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        if not remember(name):
            return
        self._restore(
            Path(name),
            self.tr(
                "Replace the store with the backup {file}?\n\n"
                "It is checked completely first (key, every page, audit chain); a file that "
                "does not pass changes nothing. The current state is kept as a backup first, "
                "so this can be undone."
            ).format(file=name),
        )

    def _restore(self, path: Path, question: str) -> None:
        answer = QMessageBox.question(self, self.tr("Restore backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        window = cast("MainWindow", self.window())
        window.restore(path)
