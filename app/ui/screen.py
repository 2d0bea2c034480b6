"""Windows and dialogs that fit the screen they open on: a 1024×600 netbook at the duty desk
as well as a 1920×1080 monitor."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

#: what is left for window frames and a task bar
_MARGIN_W = 16
_MARGIN_H = 48


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen `widget`'s window is on (the primary one before it is first shown).

    Not `QWidget.screen()`: PySide6 ties the screen it returns to the widget, and when the
    garbage collector then frees the widget it deletes the screen with it — the next window
    built crashes the kit (a window test's teardown crashed the suite so)."""
    handle = widget.window().windowHandle()
    if handle is not None:
        return handle.screen()
    return QGuiApplication.screenAt(widget.window().geometry().center()) or (
        QGuiApplication.primaryScreen()
    )


def available_size(widget: QWidget) -> tuple[int, int]:
    screen = screen_of(widget)
    if screen is None:
        return 1920, 1080
    area = screen.availableGeometry()
    return area.width(), area.height()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to `width`×`height`, or to the screen when it is smaller (content that needs
    more scrolls: see `scrolled`)."""
    screen_w, screen_h = available_size(widget)
    widget.resize(min(width, screen_w - _MARGIN_W), min(height, screen_h - _MARGIN_H))


#: the share of a large screen the main window takes when it opens
_OPEN_SHARE = 0.8
#: room above the window for its title bar, when centred
_TITLE_BAR = 32


def open_on_screen(window: QWidget, width: int, height: int) -> None:
    """Size and place a main window as it opens: at least `width`×`height`, on a large
    screen most of it (a 1920×1080 monitor: 1536×864, not 1200×760), never larger than the
    screen's free area, centred in it — so never off-screen, on whichever screen (a second
    monitor's area starts past the first's). The kit keeps no window size between runs:
    it writes nothing in plaintext but the language choice, and the window opens locked."""
    screen = screen_of(window)
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    w = min(max(width, round(area.width() * _OPEN_SHARE)), area.width() - _MARGIN_W)
    h = min(max(height, round(area.height() * _OPEN_SHARE)), area.height() - _MARGIN_H)
    window.resize(w, h)
    window.move(
        area.x() + (area.width() - w) // 2,
        area.y() + max(0, area.height() - h - _TITLE_BAR) // 2,
    )


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
    sizes the page by its minimum, not by what every part would like.

    The content sits in a holder whose layout (`_Relay`, `rows`) tells the area when the
    content wants another height (its layout worked out again) or has another width (it
    flows onto other lines): no event of the area or the content passes through Python (an
    event handler written in Python had PySide set up some 50 event classes while the
    Backlog section first painted). Without `content`, the caller puts its widgets and
    layouts in `rows`, one above the other: no widget and layout of its own to hold them
    (two objects less for PySide to set up)."""

    def __init__(
        self, content: QWidget | None = None, min_lines: int = 4, *, whole: bool = False
    ) -> None:
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
        self._holder = holder = QWidget()
        self.rows: QVBoxLayout = _Relay(holder, self)
        if content is not None:
            self.rows.addWidget(content)
        self.setWidget(holder)
        holder.setAutoFillBackground(False)  # setWidget fills it: the page's background shows

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.whole:
            return hint
        return QSize(hint.width(), self.content_height() + 2 * self.frameWidth())

    def content_height(self) -> int:
        content = self._holder
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


class _Relay(QVBoxLayout):
    """The layout of a `FittedScroll`'s holder: the content's layout worked out again (Qt
    invalidates this one first) or the content at another width asks the area for room
    again, as the area's own size hint follows the content's height for its width."""

    def __init__(self, holder: QWidget, area: QScrollArea) -> None:
        self._area = area  # before Qt's first invalidate (setting the margins)
        self._width = -1
        super().__init__(holder)
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        super().invalidate()
        self._area.updateGeometry()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        if rect.width() != self._width:  # another width: the content flows onto other lines
            self._width = rect.width()
            self._area.updateGeometry()
