"""Opening a store a killed process left a bulk backlog decision (or its undo) half-done in:
it is settled off the GUI thread (rolled back, or the undo finished — up to a minute at a
million records), under a dialog saying what and how far, before the window opens on the
store: nothing of the backlog can be touched meanwhile, and the window keeps answering."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.audit import AuditLog
from app.localfmt import count_text
from app.store.store import Store
from app.ui.migrating import MigrationDialog, run_under


class SettlingDialog(MigrationDialog):
    """The step's text, and how many records of how many are done as they are."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opening the store"))
        self.setLabelText(self.tr("Finishing what a stopped Outage Kit left half-done…"))
        self.counts: list[tuple[int, int]] = []  # every count heard, in order

    def counted(self, done: int, total: int) -> None:
        """From the worker thread: only remembered here, shown by the GUI thread's timer."""
        self.counts.append((done, total))

    def _show_latest(self) -> None:
        super()._show_latest()
        if not self.counts or not self.steps:
            return
        done, total = self.counts[-1]
        self.setRange(0, max(total, 1))
        self.setValue(min(done, total))
        self.setLabelText(
            self.tr("{step}… {done} of {total} records").format(
                step=self.steps[-1], done=count_text(done), total=count_text(total)
            )
        )


def settle_then(
    parent: QWidget,
    store: Store,
    *,
    on_done: Callable[[list[str]], None],
    on_error: Callable[[BaseException], None],
) -> SettlingDialog:
    """Settle the bulk action cut short on a worker thread (its own connection), then
    `on_done` with what the officer must be told, on the GUI thread."""
    from app.backlog.actions import settle_interrupted  # only when one was cut short

    dialog = SettlingDialog(parent)
    operator = store.meta("operator", "operator")

    def work() -> list[str]:
        notes: list[str] = []
        conn = store.connect()
        try:
            settle_interrupted(conn, AuditLog(conn=conn, actor=operator), notes, dialog.counted)
        finally:
            conn.close()
        return notes

    run_under(dialog, work, on_done=on_done, on_error=on_error)
    return dialog
