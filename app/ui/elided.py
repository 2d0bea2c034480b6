"""A label that never widens its row: its text wraps onto at most `max_lines` lines, the
last cut with "…", and the whole text is its tooltip. For the top bar and other one-line
places on a 1024×600 screen, in languages longer than English."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: the narrowest an elided label gets: "…" and a few letters
MIN_WIDTH = 60


def fit_lines(
    text: str,
    metrics: QFontMetrics,
    width: int,
    max_lines: int,
    mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> list[str]:
    """`text` broken at spaces into lines no wider than `width`, at most `max_lines`; the
    last line cut with "…" (where `mode` says) when the text does not fit."""
    if max_lines <= 1:  # one line: never broken at a space
        return [metrics.elidedText(text, mode, width)]
    words = text.split(" ")
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == max_lines - 1:
            current = " ".join(words[index:])
            break
        current = word
    lines.append(current)
    last = lines[-1]
    if metrics.horizontalAdvance(last) > width:
        lines[-1] = metrics.elidedText(last, mode, width)
    return lines


class ElidedLabel(QLabel):
    def __init__(
        self,
        text: str = "",
        max_lines: int = 1,
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,  # ElideMiddle: a path's ends
        sizes: tuple[tuple[int, int], ...] = (),
    ) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        # (points, lines), largest first: a long text takes the first that holds it whole
        # rather than be cut — three lines of 9 pt are as tall as two of 12 (a style sheet
        # on it must then not set font-size)
        self.sizes = sizes
        self._sizing = False
        self.mode = mode
        self._full = ""
        self._tooltip = ""  # the caller's own tooltip, shown when nothing is cut
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        """The whole text (what is shown may be cut)."""
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._refit()

    def setToolTip(self, text: str) -> None:
        self._tooltip = text
        self._refit()

    def shown_text(self) -> str:
        return super().text()

    def is_cut(self) -> bool:
        return super().text().replace("\n", " ") != self._full

    def _room(self) -> int:
        margins = self.contentsMargins()
        return max(self.width() - margins.left() - margins.right() - 2 * self.margin(), 10)

    def _refit(self) -> None:
        self.ensurePolished()
        if self.sizes and not self._sizing:
            self._fit_font()
        lines = fit_lines(self._full, self.fontMetrics(), self._room(), self.max_lines, self.mode)
        shown = "\n".join(lines)
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()
        super().setToolTip(self._full if self.is_cut() else self._tooltip)

    def _fit_font(self) -> None:
        """The first of `sizes` at which the whole text fits, else the last."""
        font = QFont(self.font())
        for points, most in self.sizes:
            self.max_lines = most
            font.setPointSize(points)
            metrics = QFontMetrics(font)
            lines = fit_lines(self._full, metrics, self._room(), most, self.mode)
            if "".join(lines).replace(" ", "") == self._full.replace(" ", ""):  # nothing cut
                break
        if font.pointSize() != self.font().pointSize():
            self._sizing = True  # (setFont refits: once)
            try:
                self.setFont(font)
            finally:
                self._sizing = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()  # a style sheet's font-size changes what fits

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_WIDTH), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        whole = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(whole + 2 * self.margin() + 4, hint.height())
