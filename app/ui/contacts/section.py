"""Contacts: browse and search the partner directory, its groups and the routing rule."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.contacts.directory import DirectoryStore
from app.contacts.model import Contact, Group
from app.i18n import language
from app.kit import Kit
from app.ui.section import Section
from app.ui.table_model import Column, RowsModel
from app.ui.wheel import Combo

DEMO_STYLE = "background: #fff3cd; color: #5d4037; font-weight: bold; padding: 6px;"


class ContactsSection(Section):
    title = "Contacts"

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.directory = DirectoryStore(conn=kit.store.conn, audit=kit.audit)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search organisation, name, address or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.reload_contacts())
        self.group = Combo()
        self.group.currentIndexChanged.connect(lambda _: self.reload_contacts())
        self.demo_note = QLabel(
            self.tr(
                "These are invented DEMO partners, for trying the kit. Import a signed contact "
                "bundle to notify real partners."
            )
        )
        self.demo_note.setStyleSheet(DEMO_STYLE)
        self.demo_note.setWordWrap(True)
        self.count = QLabel()
        self.contacts_model: RowsModel[Contact] = RowsModel(
            [
                Column(self.tr("Organisation"), lambda c: c.organisation),
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("E-mail"), lambda c: c.email),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("Language"), lambda c: c.language),
                Column(self.tr("Time zone"), lambda c: c.timezone),
                Column(self.tr("Groups"), lambda c: ", ".join(c.groups)),
                Column(self.tr("Channels"), lambda c: ", ".join(c.channels)),
            ]
        )
        self.contacts = QTableView()
        self.contacts.setModel(self.contacts_model)
        self.contacts.setSortingEnabled(False)
        self.contacts.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.contacts.verticalHeader().hide()
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.sizes: Counter[str] = Counter()
        self.routes: dict[str, list[str]] = {}
        self.groups_model: RowsModel[Group] = RowsModel(
            [
                Column(self.tr("Group"), lambda g: g.name_in(language())),  # name.pl
                Column(self.tr("Id"), lambda g: g.id),
                Column(self.tr("Contacts"), lambda g: self.sizes[g.id]),
                Column(self.tr("Hears about"), lambda g: ", ".join(self.routes.get(g.id, []))),
                Column(self.tr("Description"), lambda g: g.description),
            ]
        )
        self.groups = QTableView()
        self.groups.setModel(self.groups_model)
        self.groups.verticalHeader().hide()
        self.groups.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search)
        group_label = QLabel(self.tr("&Group"))
        group_label.setBuddy(self.group)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(group_label)
        filters.addWidget(self.group, 1)
        filters.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.contacts)
        split.addWidget(self.groups)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo_note)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        self._follows_bundles = False
        self.reload()

    def shown(self) -> None:
        self._follow_bundles()
        self.reload()

    def _follow_bundles(self) -> None:
        """A contact bundle applied while this section is on screen (from the watched
        folder, say) changes what it lists: the window's bundle controller, which lives in
        the Runbooks section, says when."""
        find = getattr(self.window(), "section", None)
        if self._follows_bundles or not callable(find):
            return
        try:
            bundles = getattr(find("Runbooks"), "bundles", None)
        except KeyError:
            return
        if bundles is not None:  # none in a read-only kit: nothing can be applied
            bundles.bundle_applied.connect(self._bundle_applied)
            self._follows_bundles = True

    def _bundle_applied(self, _applied: object) -> None:
        self.reload()

    def reload(self) -> None:
        chosen = self.group.currentData()
        groups = self.directory.groups()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), None)
        for g in groups:
            self.group.addItem(g.name_in(language()), g.id)
        index = self.group.findData(chosen)
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        everyone = self.directory.contacts()
        self.sizes = Counter(g for c in everyone for g in c.groups)
        names = self.directory.service_names_in(language())
        self.routes = {}
        for service, group in self.directory.routing():
            self.routes.setdefault(group, []).append(names.get(service, service))
        self.groups_model.set_rows(groups)
        self.groups.resizeColumnsToContents()
        self.demo_note.setVisible(any(c.origin == "demo" for c in everyone))
        self.reload_contacts()

    def reload_contacts(self) -> None:
        group = self.group.currentData()
        found = self.directory.contacts(group=group, text=self.search.text().strip() or None)
        chosen = {self.contacts_model.row_at(r.row()).key for r in self._chosen_rows()}
        self.contacts_model.set_rows(found)
        self.contacts.resizeColumnsToContents()
        self._choose({i for i, c in enumerate(found) if c.key in chosen})
        self.count.setText(self.tr("%n contact(s)", "", len(found)))

    def _chosen_rows(self) -> list[QModelIndex]:
        return self.contacts.selectionModel().selectedRows()

    def _choose(self, rows: set[int]) -> None:
        """The partners the officer had chosen, chosen again where they are still listed
        (by e-mail or phone: a new bundle gives them new row ids)."""
        selection = self.contacts.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in sorted(rows):
            selection.select(self.contacts_model.index(row, 0), flags)
