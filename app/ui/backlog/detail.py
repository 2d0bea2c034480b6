"""The detail pane: every field of one record, what the guide says about its reason, and its
history of decisions."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.backlog.actions import RecordChange
from app.backlog.catalog import ReasonCatalog
from app.backlog.model import BacklogRecord
from app.ui.backlog.records_model import amount_local_text, kind_text, status_text
from app.ui.language import local_text, wall_time_text


class RecordDetail(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(300)
        self._empty = False
        self.show_nothing()

    def show_nothing(self) -> None:
        if self._empty:  # already saying so (each search clears the pane)
            return
        self.setHtml(self.tr("<p style='color:#666'>Select a record to see its details.</p>"))
        self._empty = True

    def show_record(
        self, record: BacklogRecord, history: list[RecordChange], catalog: ReasonCatalog
    ) -> None:
        rows = [
            (self.tr("Quarantine ID"), record.quarantine_id),
            (self.tr("Quarantine"), kind_text(record.kind)),
            (self.tr("Status"), status_text(record.status)),
            (self.tr("Service identifier"), record.service_id),
            (self.tr("Carrier"), record.carrier),
            (self.tr("Carrier file type"), record.carrier_file_type),
            (self.tr("Batch number"), record.batch_number),
            (self.tr("Batch file"), record.batch_file),
            (self.tr("Tariff key"), record.tariff_key),
            (self.tr("Call date"), wall_time_text(record.call_date, seconds=True)),
            (self.tr("Date updated"), wall_time_text(record.date_updated, seconds=True)),
            (self.tr("Date released"), wall_time_text(record.date_released, seconds=True)),
            (self.tr("Amount"), amount_local_text(record)),
            (self.tr("Duration"), f"{record.duration} s" if record.duration is not None else ""),
            (self.tr("Note"), record.note),
        ]
        table = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        reason = catalog.find(record.reason)
        if reason is not None:
            action = self.tr("Recommended action:")
            guide = (
                f"<h3>{escape(reason.name)}</h3><p>{escape(reason.description)}</p>"
                f"<p><b>{action}</b> {escape(reason.recommended_action)}</p>"
            )
        elif record.reason:
            guide = (
                f"<h3>{escape(record.reason)}</h3><p style='color:#b26a00'>"
                + self.tr(
                    "<b>⚠ This reason is not in the quarantine guide.</b> It was kept as billing "
                    "wrote it; ask billing operations what it means before deciding."
                )
                + "</p>"
            )
        else:
            guide = "<p>" + self.tr("No quarantine reason was given.") + "</p>"
        changes = "".join(
            f"<li>{escape(local_text(c.at))} · {escape(c.actor)}: "
            f"{escape(status_text(c.from_status))} → "
            f"{escape(status_text(c.to_status))}"
            + (f" — {escape(c.note)}" if c.note else "")
            + "</li>"
            for c in history
        )
        self._empty = False
        self.setHtml(
            self.tr("<h2>{quarantine_id}</h2><table>{table}</table>{guide}").format(
                quarantine_id=escape(record.quarantine_id), table=table, guide=guide
            )
            + (
                self.tr("<h3>Decisions</h3><ul>{changes}</ul>").format(changes=changes)
                if changes
                else ""
            )
        )
