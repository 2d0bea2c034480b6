"""In place of a section whose part of the store does not read (damaged pages): what is
wrong and what to do, not an internal error — the health check offers the newest good
backup, and the other sections still work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.kit import Kit
from app.ui.section import Section


class DamagedSection(Section):
    def __init__(self, kit: Kit, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        label = QLabel(
            self.tr(
                "This part of the kit cannot be read: the pages of the store behind it are "
                "damaged ({error}). Nothing was changed. Restore the newest good backup "
                "(the health check offers it; or Backups → Restore selected…); the other "
                "sections still work."
            ).format(error=error)
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 12pt; color: #b00020;")
        self.message = label
        layout = QVBoxLayout(self)
        layout.addWidget(label)
