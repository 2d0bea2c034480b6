"""The status bar's answer to "can I send, and how?": one light per path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # the probe module loads in the worker that probes
    from app.delivery.probe import PathProbe


GREEN = "#1b7f2a"
RED = "#b00020"
GREY = "#777777"


class PathLights(QLabel):
    """`paths: relay ● modem-smtp ● SMS ● web ●` — a click asks for a fresh probe."""

    probe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.probes: list[PathProbe] = []
        self.show_checking([])

    def show_checking(self, names: list[str]) -> None:
        dots = " ".join(f"{n} <span style='color:{GREY}'>●</span>" for n in names)
        self.setText(
            self.tr("paths: {dots} checking…").format(dots=dots)
            if names
            else self.tr("paths: checking…")
        )
        self.setToolTip(self.tr("Probing the delivery paths…"))

    def show_probes(self, probes: list[PathProbe]) -> None:
        self.probes = probes
        parts = []
        tips = []
        for probe in probes:
            if probe.kind == "eml":
                continue
            colour = GREY if not probe.enabled else GREEN if probe.ok else RED
            parts.append(f"{probe.name} <span style='color:{colour}'>●</span>")
            state = (
                self.tr("works")
                if probe.ok
                else self.tr("DOWN")
                if probe.enabled
                else self.tr("switched off")
            )
            tips.append(f"{probe.name} ({probe.kind}): {state} — {probe.summary}")
        if not parts:
            self.setText(
                self.tr("paths: <span style='color:{RED}'>none set up</span> · .eml ●").format(
                    RED=RED
                )
            )
        else:
            self.setText(self.tr("paths: ") + " ".join(parts))
        tips.append(self.tr(".eml export: always available"))
        self.setToolTip("\n".join(tips) + self.tr("\n\nClick to probe again."))

    def working(self) -> list[str]:
        return [p.name for p in self.probes if p.ok and p.enabled and p.kind != "eml"]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.probe_requested.emit()
        super().mousePressEvent(event)
