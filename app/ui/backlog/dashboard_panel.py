"""Counts and amounts by status, reason, carrier and age, as a table and a bar chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backlog.dashboard import Bar, Summary, counts_and_amounts, summarise
from app.backlog.model import Criteria
from app.i18n import tr_noop
from app.kit import Kit
from app.ui import tasks
from app.ui.backlog.chart import BarChart
from app.ui.errors import show_error
from app.ui.labels import label as shown_label
from app.ui.language import count_text, money_local_text
from app.ui.table_model import Column, RowsModel
from app.ui.wheel import Combo

_DIMENSIONS = {
    "status": tr_noop("DashboardPanel", "By status"),
    "reason": tr_noop("DashboardPanel", "By reason"),
    "carrier": tr_noop("DashboardPanel", "By carrier"),
    "age": tr_noop("DashboardPanel", "By age of call"),
}
CHART_BARS = 15
SCAN_CACHE_KIB = 4096


def _amount_text(bar: Bar) -> str:
    """Each currency apart ('EUR 1 234,56 · CZK 5 000,00'): never added together."""
    if bar.amounts is None:
        return "…"
    return " · ".join(money_local_text(minor, currency) for currency, minor in bar.amounts)


class DashboardPanel(QWidget):
    #: a row was opened: show its records
    search_requested = Signal(object)  # Criteria

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.summary: Summary | None = None
        self.task: tasks.Task[Summary] | None = None
        self.dimension = Combo()
        for key, label in _DIMENSIONS.items():
            self.dimension.addItem(self.tr(label), key)
        self.dimension.currentIndexChanged.connect(lambda _: self._show())
        self.measure = Combo()
        self.measure.addItem(self.tr("Records"), "count")
        # "Amount in EUR", … one per currency once the amounts are summed (_show_measures)
        self.measure.currentIndexChanged.connect(lambda _: self._show())
        self.open_only = QCheckBox(self.tr("Only records awaiting a decision"))
        self.open_only.toggled.connect(lambda _: self.refresh())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        #: the amounts, each currency apart: a sum across currencies would mean nothing
        self.amounts_label = QLabel()
        self.amounts_label.setWordWrap(True)
        self.chart = BarChart()
        self.model: RowsModel[Bar] = RowsModel(
            [
                Column(self.tr("Group"), lambda b: shown_label(b.label)),
                Column(self.tr("Records"), lambda b: count_text(b.count)),
                Column(self.tr("Amount"), _amount_text),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Double-click a row to see its records"))
        self.table.doubleClicked.connect(self._open)
        controls = QHBoxLayout()
        for widget in (self.dimension, self.measure, self.open_only):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(refresh)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.total_label)
        layout.addWidget(self.amounts_label)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """Counts and amounts from the counters (milliseconds), off the GUI thread; in the
        middle of a bulk load, the counts first, then the amounts (a pass over every record,
        in SQLite: seconds at a million)."""
        if self.task is not None:
            return
        self.total_label.setText(self.tr("Counting…"))
        self._start(counts_and_amounts, self._counted)

    def _start(self, step: Callable[..., Summary], done: Callable[[Summary], None]) -> None:
        store, open_only = self.kit.store, self.open_only.isChecked()

        def work(progress: object, token: tasks.CancelToken) -> Summary:
            conn = store.connect()
            # one sequential pass: a cache does not help it, and would cost 64 MB of memory
            conn.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
            try:
                return step(conn, open_only=open_only)
            finally:
                conn.close()

        self.task = tasks.start(tasks.Task(work, on_done=done, on_error=self._failed))

    def _counted(self, summary: Summary) -> None:
        self.task = None
        self.summary = summary
        self._show()
        if not summary.amounts:
            self._start(summarise, self._done)

    def _done(self, summary: Summary) -> None:
        self.task = None
        self.summary = summary
        self._show()

    def _failed(self, err: BaseException) -> None:
        self.task = None
        self.total_label.setText(self.tr("The dashboard could not be counted."))
        show_error(self, err)

    def _show(self) -> None:
        if self.summary is None:
            return
        bars = self.summary.by[str(self.dimension.currentData())]
        total = self.summary.total
        text = (
            self.tr("%Ln record(s) awaiting a decision", "", total)
            if self.open_only.isChecked()
            else self.tr("%Ln record(s) in the backlog", "", total)
        )
        if not self.summary.amounts:
            text += self.tr(" (summing the amounts…)")
        self.total_label.setText(text)
        currencies = self.summary.currencies() if self.summary.amounts else []
        self.amounts_label.setText(
            self.tr("Amounts, each currency apart: {amounts}").format(
                amounts=" · ".join(money_local_text(m, c) for c, m in currencies)
            )
            if currencies
            else ""
        )
        if self.summary.amounts:  # while counting, the officer's choice stays
            self._show_measures([c for c, _ in currencies])
        self.model.set_rows(bars)
        self.table.resizeColumnsToContents()
        measure = str(self.measure.currentData())
        by_amount = measure.startswith("amount:") and self.summary.amounts
        currency = measure.removeprefix("amount:") if by_amount else None
        self.chart.set_bars(
            [
                (
                    shown_label(b.label),
                    float(b.count if currency is None else b.amount_in(currency)),
                    count_text(b.count)
                    if currency is None
                    else money_local_text(b.amount_in(currency), currency),
                )
                for b in bars[:CHART_BARS]
            ]
        )

    def _show_measures(self, currencies: list[str]) -> None:
        """Records, then the amount in each currency (the currency of most records first)."""
        wanted = ["count", *(f"amount:{c}" for c in currencies)]
        if [self.measure.itemData(i) for i in range(self.measure.count())] == wanted:
            return
        current = self.measure.currentData()
        blocked = self.measure.blockSignals(True)
        try:
            self.measure.clear()
            self.measure.addItem(self.tr("Records"), "count")
            for currency in currencies:
                label = self.tr("Amount in {currency}").format(currency=currency or "—")
                self.measure.addItem(label, f"amount:{currency}")
            self.measure.setCurrentIndex(max(0, self.measure.findData(current)))
        finally:
            self.measure.blockSignals(blocked)

    def _open(self, index: QModelIndex) -> None:
        bar = self.model.row_at(index.row())
        dimension = str(self.dimension.currentData())
        if dimension == "status":
            self.search_requested.emit(Criteria(status=bar.key))
        elif dimension == "reason":
            self.search_requested.emit(Criteria(reason=bar.key))
        elif dimension == "carrier":
            self.search_requested.emit(Criteria(carrier=bar.key))
