"""The two kinds of error, shown (STYLE.md habit 6)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import UserError, as_user_error

log = logging.getLogger("outage_kit.ui")


def show_error(parent: QWidget | None, err: BaseException) -> None:
    """A `UserError` is a message; anything else is our bug, logged with its details."""
    # imported when first needed: every Qt class a start touches costs it (its enums)
    from PySide6.QtWidgets import QMessageBox

    err = (
        as_user_error(err, QCoreApplication.translate("ui.errors", "the data folder")) or err
    )  # a full disk, a busy store
    if isinstance(err, UserError):
        focus = QApplication.focusWidget()
        QMessageBox.warning(parent, QCoreApplication.translate("ui.errors", "Outage Kit"), str(err))
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.activateWindow()  # back to the field the officer was in
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    details = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    log.error("unexpected error: %s", details)
    owner = parent or QApplication.activeWindow()
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ui.errors", "Outage Kit — internal error"),
        QCoreApplication.translate(
            "ui.errors",
            "Something went wrong inside Outage Kit. This is a bug, not your mistake. The kit "
            "keeps running and nothing stored was lost.",
        ),
        parent=owner,
    )
    box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if owner is None:
        # No window yet (start-up): the application keeps the box alive until it is closed.
        app = QApplication.instance()
        if app is not None:
            kept: list[QMessageBox] = app.property("error_boxes") or []
            app.setProperty("error_boxes", [*kept, box])
        box.show()
        return
    box.open()  # window-modal, the parent keeps it alive; timers keep running


def install_excepthook() -> Callable[
    [type[BaseException], BaseException, TracebackType | None], object
]:
    """Shows what escapes a slot; returns the hook it replaced (the window's caller puts it
    back once the window is gone: a box cannot be shown while Python tears widgets down)."""
    before = sys.excepthook

    def hook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
        show_error(None, err.with_traceback(tb))

    sys.excepthook = hook
    return before
