"""The status bar's answer to "can I send, and how?": one light per path."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.ui.outbox.path_words import kind_name

if TYPE_CHECKING:  # the probe module loads in the worker that probes
    from app.delivery.probe import PathProbe


GREEN = "#1b7f2a"
RED = "#b00020"
GREY = "#777777"


# how many characters of each path's name the lights keep as the window narrows: None is
# the whole name, then shorter forms ("office-…", "off…")
_NAME_LENGTHS: tuple[int | None, ...] = (None, 14, 10, 8, 6, 4, 3)
# the status bar's gap between two of its widgets, and its margins and size grip
_SPACING, _MARGINS = 8, 40


def short_names(names: list[str], length: int | None) -> list[str]:
    """Each of `names` in at most `length` characters: its start ("office-…"), or where
    that makes two alike ("relay-1", "relay-2") its start and its end ("rel…-1").
    (Two whole names are never alike: path names are unique.)"""
    if length is None:
        return names
    heads = [n if len(n) <= length else n[: length - 1] + "…" for n in names]
    head = length // 2
    tail = length - 1 - head
    return [
        n[:head] + "…" + (n[-tail:] if tail else "") if heads.count(cut) > 1 else cut
        for n, cut in zip(names, heads, strict=True)
    ]


class PathLights(QLabel):
    """`paths: relay ● modem-smtp ● SMS ● web ●` — a click asks for a fresh probe. In a
    narrow window (a 1024 px screen) each name is cut short, `office-… ● modem-s… ●`,
    whole in the tooltip: the status bar's messages on its left keep their room, and each
    light still says which path it is."""

    probe_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.probes: list[PathProbe] = []
        self._form = ""  # the text around the lights, `{dots}` where they go
        self._lights: list[tuple[str, str]] = []  # (path name, colour)
        self._watched: QWidget | None = None
        self._bar: QStatusBar | None = None
        self.show_checking([])

    def show_checking(self, names: list[str]) -> None:
        if names:
            self._show(escape(self.tr("paths: {dots} checking…")), [(n, GREY) for n in names])
        else:
            self._show(escape(self.tr("paths: checking…")), [])
        self.setToolTip(self.tr("Probing the delivery paths…"))

    def show_probes(self, probes: list[PathProbe]) -> None:
        self.probes = probes
        lights = []
        tips = []
        for probe in probes:
            if probe.kind == "eml":
                continue
            colour = GREY if not probe.enabled else GREEN if probe.ok else RED
            lights.append((probe.name, colour))
            state = (
                self.tr("works")
                if probe.ok
                else self.tr("DOWN")
                if probe.enabled
                else self.tr("switched off")
            )
            kind = kind_name(probe.kind)
            tips.append(f"{probe.name} ({kind}): {state} — {probe.summary}")
        if not lights:
            none = self.tr("paths: <span style='color:{RED}'>none set up</span> · .eml ●").format(
                RED=RED
            )
            self._show(none, [])
        else:
            self._show(escape(self.tr("paths: ")) + "{dots}", lights)
        tips.append(self.tr(".eml export: always available"))
        self.setToolTip("\n".join(tips) + self.tr("\n\nClick to probe again."))

    def _show(self, form: str, lights: list[tuple[str, str]]) -> None:
        self._form, self._lights = form, lights
        self._fit()

    def _text(self, length: int | None) -> str:
        """The lights with each name in at most `length` characters; cut names stand
        without the words around them ("paths:"), which the whole names have."""
        names = short_names([name for name, _colour in self._lights], length)
        dots = " ".join(
            f"{escape(name)} <span style='color:{colour}'>●</span>"
            for name, (_name, colour) in zip(names, self._lights, strict=True)
        )
        return self._form.replace("{dots}", dots) if length is None else dots

    def _width(self, text: str) -> float:
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return document.idealWidth()

    def _room(self) -> tuple[int, int]:
        """The widths the whole names and cut ones may take. While the status bar shows a
        message: a quarter and a fifth of the window, so that its longest message (a notice
        queued and sending, in Polish) keeps its room. Otherwise what the bar's labels
        leave free (a 1024 px window: 'office-re… ●' rather than 'of… ●')."""
        window = self.window()
        wide = window.width() if window is not self else 10**6
        bar = self.parentWidget()
        if not isinstance(bar, QStatusBar) or bar.currentMessage():
            return wide // 4, wide // 5
        others = [
            w
            for w in bar.findChildren(QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly)
            if w is not self and w.isVisible()
        ]
        free = bar.width() - sum(w.sizeHint().width() + _SPACING for w in others) - _MARGINS
        return max(free, wide // 4), max(free, wide // 5)

    def _fit(self) -> None:
        """The whole names when they fit, else each cut as short as the room needs (at the
        shortest, three characters); the bar laid out again at once, so that a message
        measuring its room finds the lights where they now are."""
        whole, cut = self._room()
        text = self._text(None)
        if self._lights and self._width(text) > whole:
            for length in _NAME_LENGTHS[1:]:
                text = self._text(length)
                if self._width(text) <= cut:
                    break
        if text == self.text():
            return
        self.setText(text)
        layout = self._bar.layout() if self._bar is not None else None
        if layout is not None:
            layout.activate()

    def is_compact(self) -> bool:
        """The names are cut short (a narrow window)."""
        return self.text() != self._text(None)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)  # its width decides names or lights alone
            self._watched = window
        bar = self.parentWidget()
        if isinstance(bar, QStatusBar) and bar is not self._bar:
            # a message coming or going, a label beside the lights growing (the health
            # check's words): the room changes
            bar.messageChanged.connect(self._fit)
            bar.installEventFilter(self)
            self._bar = bar
        self._fit()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # `_watched` is gone when a garbage collection emptied this label while the window,
        # still alive in Qt, sends its last events
        kind = event.type()
        if (watched is self.__dict__.get("_watched") and kind == QEvent.Type.Resize) or (
            watched is self.__dict__.get("_bar") and kind == QEvent.Type.LayoutRequest
        ):
            self._fit()
        return super().eventFilter(watched, event)

    def working(self) -> list[str]:
        return [p.name for p in self.probes if p.ok and p.enabled and p.kind != "eml"]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.probe_requested.emit()
        super().mousePressEvent(event)
