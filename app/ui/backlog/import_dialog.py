"""Importing a quarantine export off the GUI thread, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditLog
from app.backlog.importer import BacklogImporter, ImportResult, guess_kind
from app.backlog.model import KIND_LABELS
from app.backlog.sources import read_mapping
from app.errors import UserError
from app.kit import Kit
from app.ui import tasks
from app.ui.backlog.records_model import kind_text
from app.ui.errors import show_error
from app.ui.recent_folder import remember, start_folder


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult
    # from the import's thread: the rows are read, the import can no longer be cancelled
    _committing = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.task: tasks.Task[ImportResult] | None = None
        self.merging = False  # past the point where cancelling is possible
        self._committing.connect(self._merging)
        self.setWindowTitle(self.tr("Import a quarantine export"))
        self.setMinimumWidth(620)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("CSV or XLSX exported from Billing > Quarantine"))
        # a typed path guesses the quarantine as a chosen one does (the officer may change it)
        self.file.textEdited.connect(lambda text: self._guess_kind(Path(text.strip())))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_file)
        self.kind = QComboBox()
        for key in KIND_LABELS:
            self.kind.addItem(kind_text(key), key)
        self.mapping = QLineEdit()
        self.mapping.setPlaceholderText(
            self.tr("optional: JSON mapping for an export with other columns")
        )
        browse_mapping = QPushButton(self.tr("Choose…"))
        browse_mapping.clicked.connect(self._choose_mapping)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setVisible(False)
        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("File"), _row(self.file, browse))
        form.addRow(self.tr("Quarantine"), self.kind)
        form.addRow(self.tr("Mapping"), _row(self.mapping, browse_mapping))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)

    def set_file(self, path: Path) -> None:
        self.file.setText(str(path))
        self._guess_kind(path)

    def _guess_kind(self, path: Path) -> None:
        """The quarantine the file's name says ("…rating…", "…data…"); a name that says
        none leaves the choice as it is and asks the officer to check it."""
        kind = guess_kind(path) if path.stem else None
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self.message.setText("")
        elif path.stem:
            self.message.setText(
                self.tr(
                    "The name {name} does not say which quarantine the export is from: "
                    "check Quarantine before importing."
                ).format(name=path.name)
            )

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Quarantine export"),
            start_folder(),
            self.tr("Exports (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if remember(name):
            self.set_file(Path(name))

    def _choose_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Column mapping"), start_folder(), self.tr("JSON (*.json)")
        )
        if remember(name):
            self.mapping.setText(name)

    def start(self) -> None:
        if not self.file.text().strip():
            self.message.setText(self.tr("Choose the file to import first."))
            return
        path = Path(self.file.text().strip())
        kind = str(self.kind.currentData())
        try:
            mapping = read_mapping(Path(self.mapping.text())) if self.mapping.text() else None
        except UserError as err:
            self.message.setText(str(err))
            return
        store, actor = self.kit.store, self.kit.operator
        committing = self._committing.emit

        def work(progress: Callable[[int, int], None], token: tasks.CancelToken) -> ImportResult:
            conn = store.connect()  # one connection per thread
            try:
                importer = BacklogImporter(conn=conn, audit=AuditLog(conn=conn, actor=actor))
                return importer.run(
                    path,
                    kind=kind,
                    mapping=mapping,
                    progress=progress,
                    token=token,
                    committing=committing,
                )
            finally:
                conn.close()

        self.task = tasks.Task(
            work, on_done=self._done, on_error=self._failed, on_progress=self._progressed
        )
        self.merging = False
        self._running(True)
        self.message.setText(self.tr("Importing {name}…").format(name=path.name))
        self.problems.setVisible(False)
        tasks.start(self.task)

    def cancel(self) -> None:
        if self.task is None:
            return
        if self.merging:
            self.message.setText(self._too_late())
            return
        self.task.token.cancel()
        self.message.setText(self.tr("Cancelling… nothing of this file will be kept."))

    def _too_late(self) -> str:
        return self.tr(
            "The file is read and is being merged into the backlog: it can no longer be "
            "cancelled, and it will be kept whole."
        )

    def _merging(self) -> None:
        """The rows are read: the import is kept whole from here on, cancelled or not."""
        if self.task is None:
            return
        self.merging = True
        self.cancel_button.setEnabled(False)
        self.cancel_button.setToolTip(self.tr("The import can no longer be cancelled."))
        self.message.setText(self._too_late())

    def _running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.cancel_button.setToolTip("")
        self.close_button.setEnabled(not running)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        # Cancel clicked in the last moment, before the dialog heard the merge had begun
        late = self.task is not None and self.task.token.cancelled
        self.task = None
        self._running(False)
        self.progress.setValue(self.progress.maximum())
        summary = result.summary()
        self.message.setText(
            self.tr("Too late to cancel: the import was already being merged. {summary}").format(
                summary=summary
            )
            if late
            else summary
        )
        lines = [p.text() for p in result.problems]
        if result.problem_count > len(result.problems):
            lines.append(self.tr("… and %n more.", "", result.problem_count - len(result.problems)))
        lines += [
            self.tr("reason not in the guide: {reason} ({count})").format(reason=r, count=n)
            for r, n in result.unknown_reasons.items()
        ]
        if lines:
            self.problems.setPlainText("\n".join(lines))
            self.problems.setVisible(True)
        self.imported.emit(result)

    def _failed(self, err: BaseException) -> None:
        self.task = None
        self._running(False)
        self.progress.setValue(0)
        if isinstance(err, UserError):
            self.message.setText(str(err))
        else:
            self.message.setText(self.tr("The import failed; the backlog is as it was before."))
            show_error(self, err)

    def reject(self) -> None:
        if self.task is not None:  # closing while importing means cancel
            self.cancel()
            return
        super().reject()


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return box
