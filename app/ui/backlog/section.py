"""The Backlog section of the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.backlog.model import Criteria
from app.kit import Kit
from app.ui.backlog.records_panel import RecordsPanel
from app.ui.section import Section

if TYPE_CHECKING:
    from app.ui.backlog.balances_panel import BalancesPanel
    from app.ui.backlog.dashboard_panel import DashboardPanel

_DASHBOARD, _BALANCES = 1, 2


class BacklogSection(Section):
    """The records first; the dashboard and the balances are built (and counted) when their
    tab is first opened, so opening the section pays for the records alone."""

    title = QCoreApplication.translate("BacklogSection", "Backlog")

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(kit, parent)
        self.records = RecordsPanel(kit)
        self._dashboard: DashboardPanel | None = None
        self._balances: BalancesPanel | None = None
        self.tabs = QTabWidget()
        # no frame drawn around the tabs' pages (as the notice editor's tabs): the style
        # paints that frame into an image the size of the whole page, some 3 ms of the
        # section's ~40-ms first paint (issue 18, point 5)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.records, self.tr("Quarantine records"))
        self.tabs.addTab(_holder(), self.tr("Dashboard"))
        self.tabs.addTab(_holder(), self.tr("Negative balances"))
        self.tabs.currentChanged.connect(self._tab_opened)
        self.records.backlog_changed.connect(self._backlog_changed)
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def dashboard(self) -> DashboardPanel:
        """Built (and counting) on first use: its tab opened, or asked for."""
        if self._dashboard is None:
            from app.ui.backlog.dashboard_panel import DashboardPanel

            self._dashboard = DashboardPanel(self.kit)
            self._dashboard.search_requested.connect(self._show_records)
            self._hold(_DASHBOARD, self._dashboard)
            self._dashboard.refresh()
        return self._dashboard

    @property
    def balances(self) -> BalancesPanel:
        if self._balances is None:
            from app.ui.backlog.balances_panel import BalancesPanel

            self._balances = BalancesPanel(self.kit)
            self._hold(_BALANCES, self._balances)
            self._balances.refresh()
        return self._balances

    def _hold(self, tab: int, panel: QWidget) -> None:
        holder = self.tabs.widget(tab)
        if holder is not None:
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(panel)

    def _tab_opened(self, tab: int) -> None:
        """The first time only: afterwards a change of the records refreshes the dashboard."""
        if tab == _DASHBOARD:
            self.dashboard.setFocus()  # built (and counted) the first time
        elif tab == _BALANCES:
            self.balances.setFocus()

    def _backlog_changed(self) -> None:
        if self._dashboard is not None:
            self._dashboard.refresh()

    def shown(self) -> None:
        if not self._loaded:  # first visit after unlock: nothing decrypted before it is wanted
            self._loaded = True
            self.records.refresh()

    def _show_records(self, criteria: Criteria) -> None:
        self.records.show_search(criteria)
        self.tabs.setCurrentWidget(self.records)


def _holder() -> QWidget:
    """A tab's place, its panel (and the layout holding it) put in when the tab is first
    opened: a layout is one more object PySide sets up while the section first paints."""
    return QWidget()
