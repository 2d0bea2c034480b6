"""A horizontal bar chart drawn with QPainter (PySide6-Essentials has no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#0d4f8b")
ROW_HEIGHT = 22


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, float, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[tuple[str, float, str]]) -> None:
        """(label, value, value text), drawn top to bottom."""
        self._bars = bars
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float, str]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(480, max(3, len(self._bars)) * ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, ROW_HEIGHT * 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        if not self._bars:
            painter.drawText(  # wrapped: a narrow pane (Polish) never cuts it
                self.rect().adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Nothing to chart yet."),
            )
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _, _ in self._bars) + 12,
            self.width() // 2,
        )
        value_width = max(metrics.horizontalAdvance(text) for _, _, text in self._bars) + 12
        room = max(self.width() - label_width - value_width - 8, 10)
        top = max(v for _, v, _ in self._bars) or 1.0
        row = min(ROW_HEIGHT, max(12, (self.height() - 8) // len(self._bars)))
        for i, (label, value, text) in enumerate(self._bars):
            y = 4 + i * row
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y, label_width - 8, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            width = max(room * max(value, 0.0) / top, 1.0 if value else 0.0)
            painter.fillRect(QRectF(label_width, y + 3, width, row - 6), BAR)
            painter.drawText(
                QRectF(label_width + width + 6, y, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()
