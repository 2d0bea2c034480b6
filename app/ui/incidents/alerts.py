"""Desktop alerts for the incident timers: the system tray when there is one, else a
banner in the window (it stays until the officer acts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon, QWidget

from app.incidents.clock import Alert

BANNER_STYLE = (
    "background: #b00020; color: white; font-size: 12pt; font-weight: bold; padding: 4px 10px;"
)
SOON_STYLE = (
    "background: #ffb300; color: black; font-size: 12pt; font-weight: bold; padding: 4px 10px;"
)


class AlertPresenter:
    def __init__(self, banner: QLabel, parent: QWidget) -> None:
        self.banner = banner  # it wraps or cuts long text as its owner chose
        self.banner.hide()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(_tray_icon(parent), parent)
            self.tray.show()
        self.shown: list[str] = []

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
        self.banner.setText("⚠ " + text)
        self.banner.setToolTip(text)
        self.banner.setStyleSheet(BANNER_STYLE if alert.level == "overdue" else SOON_STYLE)
        self.banner.show()
        QApplication.beep()

    def clear(self) -> None:
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
