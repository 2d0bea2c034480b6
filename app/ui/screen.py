"""Windows and dialogs that fit the screen they open on: a 1024×600 netbook at the duty desk
as well as a 1920×1080 monitor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: what is left for window frames and a task bar
_MARGIN_W = 16
_MARGIN_H = 48


def available_size(widget: QWidget) -> tuple[int, int]:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 1920, 1080
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width`×`height`, or to the screen when it is smaller (content that needs
    more scrolls: see `scrolled`)."""
    screen_w, screen_h = available_size(widget)
    widget.resize(min(width, screen_w - _MARGIN_W), min(height, screen_h - _MARGIN_H))


def widen(widget: QWidget, more: int) -> None:
    """Make `widget`'s window `more` pixels wider where the screen has room (never past it,
    never narrower): a big monitor shows what a small one scrolls."""
    window = widget.window()
    screen_w, _ = available_size(window)
    width = min(window.width() + more, screen_w - _MARGIN_W)
    if width > window.width():
        window.resize(width, window.height())


def scrolled(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: on a small screen it scrolls instead of pushing
    the dialog's buttons off the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
    area.setWidget(content)
    return area


class FittedScroll(QScrollArea):
    """`content` (which may flow onto more lines when narrow) at its whole height when the
    room allows, scrolling up and down when it does not: the part under it (a table) keeps
    its room on a small screen. Never scrolls sideways; at least `min_lines` text lines.
    `whole`: never scrolls, always its whole height (a row of buttons that flows onto a
    second line): its height for its width stays inside, so a scroll area holding the page
    sizes the page by its minimum, not by what every part would like."""

    def __init__(self, content: QWidget, min_lines: int = 4, *, whole: bool = False) -> None:
        super().__init__()
        self.whole = whole
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if whole:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        else:
            self.setMinimumHeight(min_lines * self.fontMetrics().lineSpacing())
        # A viewport of our own, as Qt's (a plain widget): the one Qt makes is unknown to
        # Python, and the first `viewport()` asking for it had PySide work out its type by
        # setting up some 35 widget classes (8 ms of the Backlog section's first paint).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(False)  # the page's own background shows
        self.setViewport(viewport)
        self.setWidget(content)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.whole:
            return hint
        return QSize(hint.width(), self.content_height() + 2 * self.frameWidth())

    def content_height(self) -> int:
        content = self.widget()
        if content is None:
            return 0
        width = self.viewport().width()
        if content.hasHeightForWidth() and width > 0:
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.content_height() + 2 * self.frameWidth())

    def refit(self) -> None:
        """The content changed its height (a part shown or hidden): ask for room again."""
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != self.width():
            self.updateGeometry()  # another width: the content flows onto other lines
