"""Opening a store an older Outage Kit wrote: its schema is updated off the GUI thread, with
a dialog naming the step under way (a backup first, then index builds: a million-record
backlog takes minutes), instead of a window that stops answering."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.store import steps
from app.store.store import Store
from app.ui import tasks

T = TypeVar("T")


class MigrationDialog(QProgressDialog):
    """Busy (no percentage: each step is one statement); the step's text as it starts."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Updating the store"))
        self.setLabelText(self.tr("Updating the store for this version of Outage Kit…"))
        self.setRange(0, 0)
        self.setCancelButton(None)
        self.setMinimumDuration(0)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.steps: list[str] = []  # every step heard, in order
        self._shown = 0
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._show_latest)
        self._poll.start()

    def heard(self, text: str) -> None:
        """From the worker thread: only remembered here, shown by the GUI thread's timer."""
        self.steps.append(text)

    def _show_latest(self) -> None:
        if len(self.steps) > self._shown:
            self._shown = len(self.steps)
            self.setLabelText(self.steps[-1] + "…")

    def finish(self) -> None:
        self._show_latest()
        self._poll.stop()
        self.close()


def migrate_then(
    parent: QWidget,
    store: Store,
    *,
    on_done: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> MigrationDialog:
    """Update `store` on a worker thread (its own connection), then `on_done` on the GUI
    thread; killed half-way, each migration's transaction leaves the store as it was."""
    dialog = MigrationDialog(parent)

    def work() -> None:
        conn = store.connect()
        try:
            store.migrate(conn=conn)
        finally:
            conn.close()

    run_under(dialog, work, on_done=lambda _: on_done(), on_error=on_error)
    return dialog


def run_under(
    dialog: MigrationDialog,
    work: Callable[[], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """`work` on a worker thread (it opens its own connection) while `dialog` shows and
    names each long step it announces; `on_done` / `on_error` on the GUI thread."""
    steps.listener = dialog.heard

    def done(result: T) -> None:
        steps.listener = None
        dialog.finish()
        on_done(result)

    def failed(err: BaseException) -> None:
        steps.listener = None
        dialog.finish()
        on_error(err)

    dialog.show()
    tasks.start(tasks.Task(lambda _progress, _token: work(), on_done=done, on_error=failed))
