"""A section of the main window (one entry of the navigation list)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.kit import Kit


class Section(QWidget):
    """Subclasses set `title` and build their widgets from `kit`. They are rebuilt on every
    unlock and dropped on lock, so no decrypted data outlives the lock."""

    title = "Section"
    #: a new navigation label, e.g. "Outbox (3)"
    label_changed = Signal(str)

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit

    def shown(self) -> None:
        """Called each time the section is selected: refresh what may have changed."""

    def may_leave(self) -> bool:
        """Called before another section is shown or the window closes: a section with
        unsaved work asks the user; False keeps it open."""
        return True

    def status_widgets(self) -> list[QWidget]:
        """Widgets for the status bar (e.g. the delivery path lights)."""
        return []

    def header_widgets(self) -> list[QWidget]:
        """Widgets for the top bar (e.g. the big actions, the most urgent timer)."""
        return []

    def menu_actions(self) -> list[QAction]:
        """Actions for the window's Kit menu (e.g. importing a contact bundle)."""
        return []

    def open_files(self, paths: list[Path]) -> bool:
        """Files dropped onto the window; True when this section took them."""
        return False
