"""Negative balances (Oracle NCC note): import a bucket snapshot, see what went wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backlog.balances import BalanceSnapshots, BucketFinding, NegativeBalances, NegativeTotal
from app.errors import UserError
from app.kit import Kit
from app.localfmt import day_text
from app.reports.render import write_table_csv
from app.ui.errors import show_error
from app.ui.language import money_local_text, wall_time_text
from app.ui.recent_folder import remember, start_file, start_folder
from app.ui.table_model import Column, RowsModel


class BalancesPanel(QWidget):
    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshots = BalanceSnapshots(conn=kit.store.conn, audit=kit.audit)
        self.found: NegativeBalances | None = None
        explain = QLabel(
            self.tr(
                "A provisioning charge can drive the first-expiring bucket of a balance type below "
                "zero and move its expiry (Oracle NCC note 1308880.1). Import a balance-bucket "
                "snapshot (Account/MSISDN, Balance Type, Bucket, Value, Expiry); each import is "
                "compared with the one before."
            )
        )
        explain.setWordWrap(True)
        import_button = QPushButton(self.tr("Import snapshot…"))
        import_button.clicked.connect(self._choose_snapshot)
        self.export_button = QPushButton(self.tr("Export findings…"))
        self.export_button.clicked.connect(self._choose_export)
        self.status = QLabel()
        self.totals: RowsModel[NegativeTotal] = RowsModel(
            [
                Column(self.tr("Account"), lambda t: t.account),
                Column(self.tr("Balance type"), lambda t: t.balance_type),
                Column(self.tr("Total"), lambda t: money_local_text(t.total_minor, t.currency)),
            ]
        )
        self.buckets: RowsModel[BucketFinding] = RowsModel(
            [
                Column(self.tr("Account"), lambda b: b.account),
                Column(self.tr("Balance type"), lambda b: b.balance_type),
                Column(self.tr("Bucket"), lambda b: b.bucket),
                Column(self.tr("Finding"), lambda b: b.finding),
                Column(self.tr("Before"), lambda b: _amount(b.before_minor, b.currency)),
                Column(self.tr("After"), lambda b: _amount(b.after_minor, b.currency)),
                Column(self.tr("Expiry before"), lambda b: _when(b.expiry_before)),
                Column(self.tr("Expiry after"), lambda b: _when(b.expiry_after)),
            ]
        )
        self.totals_view, self.buckets_view = QTableView(), QTableView()
        totals_view, buckets_view = self.totals_view, self.buckets_view
        totals_view.setModel(self.totals)
        buckets_view.setModel(self.buckets)
        for view in (totals_view, buckets_view):
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(
            QLabel(self.tr("<b>Accounts whose total per balance type is negative</b>"))
        )
        layout.addWidget(totals_view, 1)
        layout.addWidget(
            QLabel(self.tr("<b>Buckets that went negative or had their expiry moved</b>"))
        )
        layout.addWidget(buckets_view, 2)

    def refresh(self) -> None:
        try:
            self.found = self.snapshots.negative()
        except UserError:
            self.found = None
        if self.found is None:
            self.status.setText(self.tr("No snapshot imported yet."))
            self.totals.set_rows([])
            self.buckets.set_rows([])
        else:
            compared = (
                self.tr("snapshot {name}").format(name=self.found.previous)
                if self.found.previous
                else self.tr("nothing")
            )
            self.status.setText(
                self.tr(
                    "Snapshot {snapshot} compared with {compared}: {totals} negative total(s), "
                    "{buckets} bucket finding(s)."
                ).format(
                    snapshot=self.found.snapshot,
                    compared=compared,
                    totals=len(self.found.totals),
                    buckets=len(self.found.buckets),
                )
            )
            self.totals.set_rows(self.found.totals)
            self.buckets.set_rows(self.found.buckets)
            self.totals_view.resizeColumnsToContents()
            self.buckets_view.resizeColumnsToContents()
        self.export_button.setEnabled(self.found is not None)

    def _choose_snapshot(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Balance-bucket snapshot"),
            start_folder(),
            self.tr("Snapshots (*.csv *.xlsx);;All files (*)"),
        )
        if remember(name):
            self.import_snapshot(Path(name))

    def import_snapshot(self, path: Path) -> None:
        try:
            result = self.snapshots.import_file(path)
        except UserError as err:
            show_error(self, err)
            return
        self.refresh()
        if result.problem_count:
            show_error(
                self,
                UserError(
                    self.tr("{problem_count} row(s) of {name} were rejected: ").format(
                        problem_count=result.problem_count, name=path.name
                    )
                    + "; ".join(p.text() for p in result.problems[:5])
                ),
            )

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Negative balances"),
            start_file(self.tr("negative-balances.csv")),
            self.tr("CSV (*.csv)"),
        )
        if remember(name) and self.found is not None:
            write_table_csv(self.found.export_table(), Path(name))
            self.status.setText(self.tr("Findings written to {name}.").format(name=name))


def _amount(minor: int | None, currency: str) -> str:
    """As the records and the dashboard write amounts: 'EUR -1 234,50' in Polish."""
    return "" if minor is None else money_local_text(minor, currency)


def _when(found: str) -> str:
    """A finding's expiry ('2026-12-31', or '2026-12-31 13:00:00' with a time of day) as
    the window writes dates: '31.12.2026' in Polish, with its time when it has one."""
    if len(found) == len("2026-12-31"):
        try:
            return day_text(date.fromisoformat(found))
        except ValueError:
            return found
    return wall_time_text(found)
