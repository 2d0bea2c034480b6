"""Runbooks from the bundle, readable offline: a searchable list and the Markdown page.
It also carries the bundle's way in (menu, drops, watched folder) and its status light,
since runbooks — like contacts — arrive only through bundles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.kit import Kit
from app.textsearch import Haystack, search
from app.ui.bundles.controller import BundleController
from app.ui.section import Section

if TYPE_CHECKING:
    from app.contacts.directory import DirectoryStore
    from app.contacts.model import Runbook

NAME_ROLE = Qt.ItemDataRole.UserRole


class RunbooksSection(Section):
    title = "Runbooks"

    page_later = True  # unseen until opened; the bundle's way in and light are live at once
    reads_when_built = True

    def __init__(self, kit: Kit, parent: QWidget | None = None, *, page_now: bool = True) -> None:
        super().__init__(kit, parent)
        self.directory: DirectoryStore | None = None  # with the page: only it reads runbooks
        self.bundles = BundleController(kit, self)
        self.bundles.bundle_applied.connect(lambda _applied: self.reload())
        self.runbooks: dict[str, Runbook] = {}
        self.haystacks: dict[str, Haystack] = {}
        if page_now:
            self.ensure_page()

    def build_page(self) -> None:
        # the page's viewer is imported with it (`page_later`): each Qt class a start
        # touches costs it (PySide makes its enums then)
        from PySide6.QtWidgets import QLineEdit, QTextBrowser

        from app.contacts.directory import DirectoryStore  # its records too: see app.contacts.kinds

        self.directory = DirectoryStore(conn=self.kit.store.conn, audit=self.kit.audit)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search runbooks (title and text)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setStyleSheet("font-size: 12pt;")
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._show_current)
        self.page = QTextBrowser()
        self.page.setOpenExternalLinks(False)
        self.page.setStyleSheet("font-size: 12pt;")
        self.empty = QLabel(
            self.tr(
                "No runbooks yet. They arrive with the contact bundle from IT: "
                "Kit ▸ Import contact bundle…, or drop the bundle file onto this window."
            )
        )
        self.empty.setWordWrap(True)
        import_button = QPushButton(self.tr("Import contact bundle…"))
        import_button.clicked.connect(self.bundles.choose_file)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        self.found = QLabel()  # "nothing found" / "similar words", under the search
        self.found.setWordWrap(True)
        self.found.setVisible(False)
        left_layout.addWidget(self.found)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 860])
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addStretch(0)
        top.addWidget(import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- Section hooks --------------------------------------------------------------------

    def shown(self) -> None:
        self.ensure_page()
        self.reload()

    def status_widgets(self) -> list[QWidget]:
        return [self.bundles.status_label]

    def menu_actions(self) -> list[QAction]:
        return self.bundles.actions()

    def open_files(self, paths: list[Path]) -> bool:
        return self.bundles.take_dropped(paths)

    # -- runbooks -------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.page_built:
            return  # read when the page is built
        assert self.directory is not None  # made with the page
        current = self.current_name()
        self.runbooks = {r.name: r for r in self.directory.runbooks()}
        # folded once per reload, not on every key typed
        self.haystacks = {n: Haystack(n, r.title, r.body) for n, r in self.runbooks.items()}
        self.empty.setVisible(not self.runbooks)
        self._filter(self.search.text())
        if current:
            self.open_runbook(current)

    def current_name(self) -> str | None:
        if not self.page_built:
            return None
        item = self.list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def _filter(self, text: str) -> None:
        names, similar = search(self.haystacks.items(), text)
        self.found.setVisible(bool(text.strip()) and (similar or not names))
        self.found.setText(
            self.tr("No runbook mentions “{text}”.").format(text=text.strip())
            if not names
            else self.tr("No runbook has “{text}”; these have a similar word:").format(
                text=text.strip()
            )
        )
        self.list.blockSignals(True)
        self.list.clear()
        for name in names:
            runbook = self.runbooks[name]
            item = QListWidgetItem(runbook.title)
            item.setData(NAME_ROLE, runbook.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.page.clear()

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        runbook = self.runbooks.get(str(item.data(NAME_ROLE)))
        if runbook is None:
            return
        self.page.setMarkdown(runbook.body)
        needle = self.search.text().strip()
        if needle:  # show where the search hit, highlighted by the selection
            from PySide6.QtGui import QTextDocument

            self.page.find(needle, QTextDocument.FindFlag(0))

    def open_runbook(self, name: str) -> bool:
        """Select runbook `name` (clearing a search that hides it); False if there is none."""
        self.ensure_page()
        if name not in self.runbooks:
            return False
        if not self._select(name):
            self.search.clear()
            self._select(name)
        return True

    def _select(self, name: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NAME_ROLE) == name:
                self.list.setCurrentItem(item)
                return True
        return False
