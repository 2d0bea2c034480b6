"""The incident page's "Report…": the incident report previewed in its own window, with the
same export as the Reports section. The incident page only calls `open_incident_report`."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.kit import Kit
from app.reports.requests import ReportRequest
from app.ui.reports.panel import ReportPanel
from app.ui.screen import fit_to_screen


class IncidentReportDialog(QDialog):
    def __init__(self, kit: Kit, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Incident report {reference}").format(reference=reference))
        fit_to_screen(self, 900, 760)  # a 1024×600 screen too: the report scrolls
        self.panel = ReportPanel(kit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.panel.show_report(ReportRequest.incident(reference))


def open_incident_report(parent: QWidget | None, kit: Kit, reference: str) -> IncidentReportDialog:
    """Not modal: the duty officer's timers keep running behind it."""
    dialog = IncidentReportDialog(kit, reference, parent)
    dialog.show()
    return dialog
