"""Is every control of a window reachable and whole? Used by the small-screen window test
(tests/ui/test_small_screen.py) and the screenshot walk (tests/support/screens_fit.py).

A control (button, check box, combo, line edit, spin box, text editor) is *cut off* when part
of it lies outside the window or outside any widget it sits in, sideways; up and down only up
to the nearest scroll area (a tall form scrolls: that is reachable). A button is *squeezed*
when it is narrower than its size hint (its text is cut).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls a user works with (not the parts of a combo, a spin box, a tab
    bar, a scroll bar or an item view)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QScrollBar):
                inner = True
            if isinstance(parent, QAbstractItemView):
                inner = True
            parent = parent.parentWidget()
        if not inner:
            found.append(widget)
    return found


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText() or widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    return f"{type(widget).__name__} {text[:40]!r}"


def _span(widget: QWidget, top: QWidget) -> QRect:
    origin = widget.mapTo(top, QPoint(0, 0))
    return QRect(origin, widget.size())


def problems(top: QWidget) -> list[str]:
    """What is cut off or squeezed in `top` (a window or dialog), as readable lines."""
    found = []
    for widget in controls(top):
        rect = _span(widget, top)
        vertical = True  # up and down checked until the first scroll area
        holder = widget.parentWidget()
        while holder is not None:
            area = holder.parentWidget()
            if isinstance(area, QAbstractScrollArea) and holder is area.viewport():
                vertical = False  # scrolling up and down reaches what the viewport hides
            outer = _span(holder, top) if holder is not top else top.rect()
            if rect.left() < outer.left() or rect.right() > outer.right():
                found.append(f"{_name(widget)} cut off sideways by {type(holder).__name__}")
                break
            if vertical and (rect.top() < outer.top() or rect.bottom() > outer.bottom()):
                found.append(f"{_name(widget)} cut off at the top or bottom")
                break
            if holder is top:
                break
            holder = holder.parentWidget()
        if isinstance(widget, QAbstractButton) and not isinstance(widget, QTabBar):
            need = widget.sizeHint().width()
            if widget.width() < need:
                found.append(f"{_name(widget)} squeezed: {widget.width()} < {need} px")
    return found


def scrolls_sideways(top: QWidget) -> list[str]:
    """Scroll areas (other than item views and text editors) that scroll sideways: a page
    wider than the window."""
    found = []
    for area in top.findChildren(QAbstractScrollArea):
        if isinstance(area, QAbstractItemView | QPlainTextEdit | QTextEdit):
            continue
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            content = area.viewport().childrenRect().width()
            found.append(f"{type(area).__name__} scrolls sideways ({content} px content)")
    return found


#: a list or table narrower than this shows no readable name
MIN_VIEW_WIDTH = 120


def narrow_views(top: QWidget) -> list[str]:
    """Lists and tables squeezed too narrow to read (a splitter pane gone thin)."""
    return [
        f"{type(view).__name__} only {view.width()} px wide"
        for view in top.findChildren(QAbstractItemView)
        if view.isVisible() and view.width() < MIN_VIEW_WIDTH and not isinstance(view, QHeaderView)
    ]


def all_problems(top: QWidget) -> list[str]:
    return problems(top) + scrolls_sideways(top) + narrow_views(top)


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` on screen, in its own coordinates: its rectangle cut by every
    widget it sits in (a scroll area's viewport shows only part of what it holds)."""
    shown = widget.rect()
    parent = widget.parentWidget()
    while parent is not None:
        shown = shown.intersected(parent.rect().translated(-widget.mapTo(parent, QPoint(0, 0))))
        parent = parent.parentWidget()
    return shown
