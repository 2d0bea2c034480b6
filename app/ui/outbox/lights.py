"""The status bar's answer to "can I send, and how?": one light per path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # the probe module loads in the worker that probes
    from app.delivery.probe import PathProbe


GREEN = "#1b7f2a"
RED = "#b00020"
GREY = "#777777"


class PathLights(QLabel):
    """`paths: relay ● modem-smtp ● SMS ● web ●` — a click asks for a fresh probe. In a
    narrow window (a 1024 px screen) only the lights show, `paths: ● ● ● ●`, each path named
    in the tooltip: the status bar's messages on its left keep their room."""

    probe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.probes: list[PathProbe] = []
        self._full = self._compact = ""
        self._watched: QWidget | None = None
        self.show_checking([])

    def show_checking(self, names: list[str]) -> None:
        dot = f"<span style='color:{GREY}'>●</span>"
        if names:
            self._show(
                self.tr("paths: {dots} checking…").format(
                    dots=" ".join(f"{n} {dot}" for n in names)
                ),
                self.tr("paths: {dots} checking…").format(dots=" ".join(dot for _ in names)),
            )
        else:
            self._show(self.tr("paths: checking…"), self.tr("paths: checking…"))
        self.setToolTip(self.tr("Probing the delivery paths…"))

    def show_probes(self, probes: list[PathProbe]) -> None:
        self.probes = probes
        parts = []
        dots = []
        tips = []
        for probe in probes:
            if probe.kind == "eml":
                continue
            colour = GREY if not probe.enabled else GREEN if probe.ok else RED
            parts.append(f"{probe.name} <span style='color:{colour}'>●</span>")
            dots.append(f"<span style='color:{colour}'>●</span>")
            state = (
                self.tr("works")
                if probe.ok
                else self.tr("DOWN")
                if probe.enabled
                else self.tr("switched off")
            )
            tips.append(f"{probe.name} ({probe.kind}): {state} — {probe.summary}")
        if not parts:
            none = self.tr("paths: <span style='color:{RED}'>none set up</span> · .eml ●").format(
                RED=RED
            )
            self._show(none, none)
        else:
            self._show(self.tr("paths: ") + " ".join(parts), self.tr("paths: ") + " ".join(dots))
        tips.append(self.tr(".eml export: always available"))
        self.setToolTip("\n".join(tips) + self.tr("\n\nClick to probe again."))

    def _show(self, full: str, compact: str) -> None:
        self._full, self._compact = full, compact
        self._fit()

    def _fit(self) -> None:
        """The names too when they take at most a quarter of the window, else the lights."""
        window = self.window()
        room = window.width() // 4 if window is not self else 10**6
        plain = QTextDocumentFragment.fromHtml(self._full).toPlainText()
        wide = self.fontMetrics().horizontalAdvance(plain) > room
        self.setText(self._compact if wide else self._full)

    def is_compact(self) -> bool:
        return self.text() == self._compact and self._compact != self._full

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)  # its width decides names or lights alone
            self._watched = window
        self._fit()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # `_watched` is gone when a garbage collection emptied this label while the window,
        # still alive in Qt, sends its last events
        if watched is self.__dict__.get("_watched") and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def working(self) -> list[str]:
        return [p.name for p in self.probes if p.ok and p.enabled and p.kind != "eml"]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.probe_requested.emit()
        super().mousePressEvent(event)
