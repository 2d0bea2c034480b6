"""Counts and amounts by status, reason, carrier and age, as a table and a bar chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backlog.dashboard import Bar, Summary, counts, summarise
from app.backlog.model import Criteria, money_text
from app.i18n import tr_noop
from app.kit import Kit
from app.ui import tasks
from app.ui.backlog.chart import BarChart
from app.ui.errors import show_error
from app.ui.language import count_text
from app.ui.table_model import Column, RowsModel

_DIMENSIONS = {
    "status": tr_noop("DashboardPanel", "By status"),
    "reason": tr_noop("DashboardPanel", "By reason"),
    "carrier": tr_noop("DashboardPanel", "By carrier"),
    "age": tr_noop("DashboardPanel", "By age of call"),
}
CHART_BARS = 15
SCAN_CACHE_KIB = 4096


def _amount_text(bar: Bar) -> str:
    return "…" if bar.amount_minor is None else money_text(bar.amount_minor)


class DashboardPanel(QWidget):
    #: a row was opened: show its records
    search_requested = Signal(object)  # Criteria

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.summary: Summary | None = None
        self.task: tasks.Task[Summary] | None = None
        self.dimension = QComboBox()
        for key, label in _DIMENSIONS.items():
            self.dimension.addItem(self.tr(label), key)
        self.dimension.currentIndexChanged.connect(lambda _: self._show())
        self.measure = QComboBox()
        self.measure.addItem(self.tr("Records"), "count")
        self.measure.addItem(self.tr("Amount"), "amount")
        self.measure.currentIndexChanged.connect(lambda _: self._show())
        self.open_only = QCheckBox(self.tr("Only records awaiting a decision"))
        self.open_only.toggled.connect(lambda _: self.refresh())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.chart = BarChart()
        self.model: RowsModel[Bar] = RowsModel(
            [
                Column(self.tr("Group"), lambda b: b.label),
                Column(self.tr("Records"), lambda b: count_text(b.count)),
                Column(
                    self.tr("Amount"),
                    lambda b: "…" if b.amount_minor is None else money_text(b.amount_minor),
                ),
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
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        """The counts first (read from indexes, a fraction of a second), then the amounts
        (a pass over every record, in SQLite: seconds at a million), both off the GUI thread."""
        if self.task is not None:
            return
        self.total_label.setText(self.tr("Counting…"))
        self._start(counts, self._counted)

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
        self.model.set_rows(bars)
        self.table.resizeColumnsToContents()
        by_amount = self.measure.currentData() == "amount" and self.summary.amounts
        self.chart.set_bars(
            [
                (
                    b.label,
                    float(b.amount_minor or 0 if by_amount else b.count),
                    money_text(b.amount_minor or 0) if by_amount else count_text(b.count),
                )
                for b in bars[:CHART_BARS]
            ]
        )

    def _open(self, index: QModelIndex) -> None:
        bar = self.model.row_at(index.row())
        dimension = str(self.dimension.currentData())
        if dimension == "status":
            self.search_requested.emit(Criteria(status=bar.key))
        elif dimension == "reason":
            self.search_requested.emit(Criteria(reason=bar.key))
        elif dimension == "carrier":
            self.search_requested.emit(Criteria(carrier=bar.key))
