"""A report's preview and its export: the report is built and saved off the GUI thread, with
progress; what is exported is exactly what the preview shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError, as_user_error
from app.i18n import tr_noop
from app.kit import Kit
from app.reports.document import FORMATS, ReportDocument, record_export, save_document
from app.reports.requests import ReportRequest
from app.ui import tasks
from app.ui.errors import show_error
from app.ui.fitted_browser import FittedBrowser
from app.ui.pdf import write_pdf
from app.ui.recent_folder import remember, start_file

FORMAT_FILTERS = {
    "pdf": tr_noop("ReportPanel", "PDF document (*.pdf)"),
    "html": tr_noop("ReportPanel", "Web page, one file (*.html)"),
    "csv": tr_noop("ReportPanel", "Spreadsheet, one row per notice (*.csv)"),
    "xlsx": tr_noop("ReportPanel", "Excel workbook, a sheet per table (*.xlsx)"),
}


def _pdf(html: str, out: Path, title: str) -> None:
    write_pdf(html, out, title=title)


class ReportPanel(QWidget):
    """Preview on top, export buttons and progress below."""

    report_shown = Signal(str)  # the report's title
    exported = Signal(Path)

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.document: ReportDocument | None = None
        self.request: ReportRequest | None = None
        self._task: tasks.Task[object] | None = None
        # no sideways scrolling for the few pixels a full-width box adds (1024×600, Polish)
        self.preview = FittedBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(self.tr("Choose an incident or a period, then Preview."))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        self.message = QLabel("")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for fmt in FORMATS:
            button = QPushButton(self.tr("Export {upper}…").format(upper=fmt.upper()))
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, f=fmt: self.export_requested(f))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    @property
    def busy(self) -> bool:
        return self._task is not None

    # -- building the preview -----------------------------------------------------------

    def show_report(self, request: ReportRequest) -> None:
        if self.busy:
            return
        self.request = request
        self.document = None
        self._set_exportable(False)
        self.message.setText(self.tr("Reading the incidents…"))
        store, actor = self.kit.store, self.kit.operator

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> object:
            conn = store.connect()
            try:
                return request.build(
                    conn, actor=actor, progress=progress, cancelled=lambda: token.cancelled
                )
            finally:
                conn.close()

        self._start(work, self._preview_ready, cancellable=True)

    def _preview_ready(self, result: object) -> None:
        assert isinstance(result, ReportDocument)
        self.document = result
        self.preview.setHtml(result.html)
        self.message.setText(
            self.tr("{title}: check it here, then export it.").format(title=result.title)
        )
        self._set_exportable(True)
        self.report_shown.emit(result.title)

    # -- exporting ----------------------------------------------------------------------

    def export_requested(self, fmt: str) -> None:
        if self.document is None or self.request is None:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = start_file(
            f"{self.request.file_stem}.{fmt}", Path(documents) if documents else None
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the report as {upper}").format(upper=fmt.upper()),
            suggested,
            self.tr(FORMAT_FILTERS[fmt]),
        )
        if remember(chosen):
            out = Path(chosen)
            if out.suffix.lower() != f".{fmt}":
                out = out.with_name(out.name + f".{fmt}")
            self.export(fmt, out)

    def export(self, fmt: str, out: Path) -> None:
        """Write the previewed report to `out` on a worker thread."""
        document = self.document
        if document is None or self.busy:
            return
        self.message.setText(self.tr("Writing {name}…").format(name=out.name))

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> object:
            progress(0, 0)
            try:
                save_document(document, fmt, out, pdf_writer=_pdf)
            except OSError as err:  # a folder this account cannot write, a file in the way
                raise as_user_error(err, out) or UserError(
                    self.tr(
                        "{out} could not be written ({reason}). Nothing was saved; choose "
                        "another folder or file name."
                    ).format(out=err.filename or out, reason=err.strerror or err)
                ) from err
            return out

        def done(result: object) -> None:
            record_export(self.kit.audit, document, fmt, out)
            self.message.setText(
                QCoreApplication.translate("ReportPanel", "Saved {out}").format(out=out)
            )
            self.exported.emit(out)

        self._start(work, done)

    # -- background work ------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[Callable[[int, int], None], tasks.CancelToken], object],
        on_done: Callable[[object], None],
        *,
        cancellable: bool = False,
    ) -> None:
        def finished(result: object) -> None:
            if isValid(self):  # the window may have been locked meanwhile
                self._idle()
                on_done(result)

        def failed(err: BaseException) -> None:
            if isValid(self):
                self._idle()
                self.message.setText("")
                show_error(self, err)

        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.progress.setVisible(True)
        self.cancel_button.setVisible(cancellable)
        self._set_exportable(False)
        task: tasks.Task[object] = tasks.Task(
            work, on_done=finished, on_error=failed, on_progress=self._progressed
        )
        self._task = task
        tasks.start(task)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        if total:
            self.progress.setFormat(
                self.tr("{done} of %n incident(s)", "", total).format(done=done)
            )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.token.cancel()

    def _idle(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._set_exportable(self.document is not None)

    def _set_exportable(self, enabled: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(enabled)
