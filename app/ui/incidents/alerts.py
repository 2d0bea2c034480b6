"""Desktop alerts for the incident timers: the system tray when there is one, else a
banner in the window (it stays until the officer acts)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

from app.incidents.clock import Alert, Deadline, most_urgent

# no font-size: the banner sizes its font to hold the whole alert (the Incidents section's
# TOP_BAR_SIZES: 12 pt, else three lines of a smaller one)
BANNER_STYLE = "background: #b00020; color: white; font-weight: bold; padding: 4px 16px;"
SOON_STYLE = "background: #ffb300; color: black; font-weight: bold; padding: 4px 16px;"


class AlertPresenter:
    def __init__(self, banner: QLabel, parent: QWidget) -> None:
        self.banner = banner  # it wraps or cuts long text as its owner chose
        self.banner.hide()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(_tray_icon(parent), parent)
            self.tray.show()
        self.shown: list[str] = []
        self.current: Alert | None = None

    def show(self, alert: Alert) -> None:
        text = alert.message()
        self.shown.append(text)
        if self.tray is not None:
            level = (
                QSystemTrayIcon.MessageIcon.Critical
                if alert.level == "overdue"
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.tray.showMessage(
                QCoreApplication.translate("AlertPresenter", "Outage Kit"), text, level, 60_000
            )
        # The banner shows as well: a tray balloon is easy to miss at 3 a.m.
        self._banner(alert)
        QApplication.beep()

    def follow(self, deadlines: Sequence[Deadline], moment: datetime) -> None:
        """Keep the banner true as the clock moves on: it says what the top bar says of its
        deadline now (partners told since, "3 partners not told" becomes "1"), or, once that
        deadline is met, the most urgent one still due — without another beep."""
        if self.current is None:
            return
        was = self.current.deadline
        due = [d for d in deadlines if d.state(moment) != "ok"]
        same = [
            d for d in due if (d.reference, d.what, d.due) == (was.reference, was.what, was.due)
        ]
        now_due = same[0] if same else most_urgent(due, moment)
        if now_due is None:
            self.clear()
            return
        alert = Alert(now_due, now_due.state(moment))
        if alert.message() != self.current.message() or alert.level != self.current.level:
            self._banner(alert)

    def _banner(self, alert: Alert) -> None:
        self.current = alert
        text = alert.message()
        self.banner.setText("⚠ " + text)
        self.banner.setToolTip(text)
        self.banner.setStyleSheet(BANNER_STYLE if alert.level == "overdue" else SOON_STYLE)
        self.banner.show()

    def clear(self) -> None:
        self.current = None
        self.banner.hide()
        self.banner.setText("")


def _tray_icon(parent: QWidget) -> QIcon:
    """The kit's own icon; the style's warning sign where none is set. (QStyle is imported
    only here: creating its enums costs ~5 ms of a start without a tray.)"""
    icon = QApplication.windowIcon()
    if icon.isNull():
        from PySide6.QtWidgets import QStyle

        icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return icon
