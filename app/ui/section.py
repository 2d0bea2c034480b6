"""A section of the main window (one entry of the navigation list)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.kit import Kit


class Section(QWidget):
    """Subclasses set `title` and build their widgets from `kit`. They are rebuilt on every
    unlock and dropped on lock, so no decrypted data outlives the lock."""

    title = "Section"
    #: a new navigation label, e.g. "Outbox (3)"
    label_changed = Signal(str)
    #: The page (what is seen only with the section open) can wait: the window builds the
    #: section with `page_now=False` at unlock, which builds only what is live everywhere
    #: (status bar, top bar, menu, work in the background), and the page in a later turn of
    #: the event loop, or at once when the section is opened or asked for.
    page_later = False
    #: Building the section (or its page) reads everything the page shows, so opening it
    #: right after need not read it all again.
    reads_when_built = False

    def __init__(self, kit: Kit, parent: QWidget | None = None, *, page_now: bool = True) -> None:
        """`page_now=False` (the window, for `page_later` sections): the subclass builds its
        page later, in `ensure_page`; otherwise it calls `ensure_page` at the end of its own
        constructor."""
        super().__init__(parent)
        self.kit = kit
        self._page_built = not self.page_later
        #: the navigation label asked for last (None: the title), for the window to show
        #: when it takes the section in (a label asked for while it was built, e.g.)
        self.nav_label: str | None = None
        self.label_changed.connect(self._keep_label)

    @property
    def page_built(self) -> bool:
        return self._page_built

    def ensure_page(self) -> None:
        """Build the page now if it waits (see `page_later`)."""
        if not self._page_built:
            self._page_built = True
            self.build_page()

    def build_page(self) -> None:
        """Sections with `page_later`: build and fill the page (called once)."""

    def _keep_label(self, text: str) -> None:
        self.nav_label = text

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


def silence(obj: QObject) -> None:
    """A dropped section's widgets (`obj`) go quiet: its timers stop and no signal of it or
    its children reaches a slot while Qt deletes them."""
    for timer in obj.findChildren(QTimer):
        timer.stop()
    obj.blockSignals(True)
    for child in obj.findChildren(QObject):
        child.blockSignals(True)
