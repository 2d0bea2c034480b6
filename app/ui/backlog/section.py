"""The Backlog section of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.backlog.model import Criteria
from app.kit import Kit
from app.ui.backlog.balances_panel import BalancesPanel
from app.ui.backlog.dashboard_panel import DashboardPanel
from app.ui.backlog.records_panel import RecordsPanel
from app.ui.section import Section


class BacklogSection(Section):
    title = QCoreApplication.translate("BacklogSection", "Backlog")

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.records = RecordsPanel(kit)
        self.dashboard = DashboardPanel(kit)
        self.balances = BalancesPanel(kit)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.records, self.tr("Quarantine records"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.addTab(self.balances, self.tr("Negative balances"))
        self.dashboard.search_requested.connect(self._show_records)
        self.records.backlog_changed.connect(self.dashboard.refresh)
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def shown(self) -> None:
        if not self._loaded:  # first visit after unlock: nothing decrypted before it is wanted
            self._loaded = True
            self.records.refresh()
            # after the records are painted: the dashboard's counting thread and the
            # balances would otherwise share the first paint's time
            QTimer.singleShot(0, self._refresh_others)

    def _refresh_others(self) -> None:
        self.dashboard.refresh()
        self.balances.refresh()

    def _show_records(self, criteria: Criteria) -> None:
        self.records.show_search(criteria)
        self.tabs.setCurrentWidget(self.records)
