"""Where the pages of a report's PDF break, chosen before Qt prints it: a heading never stays
alone at a page's foot, and a table's row — a chart's bar with its label and value, an
incident's two lines — is never cut by a page's end.

Qt's rich text keeps a table row whole only when none of its cells starts before the page's
foot: a row whose label wraps onto two lines, or whose bar is a little taller than its
label's line, was printed half on one page and half on the next (the label's first line at
the foot, the bar and the rest at the top of the next page). Here the document is laid out
as print_() lays it out, and each cut row is moved to the next page whole: its heading, or
the row above it made to reach past the foot by an empty line (blank: it draws nothing),
so Qt starts the row on the next page. A table's header is not left alone at a foot either."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QGuiApplication,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

#: a heading with less room than this many lines under it at a page's foot starts the next
#: page: it stays with the start of its table (a heading alone at the foot is an orphan)
KEEP_LINES = 4
#: a row taller than this share of a page may break between its lines (a long notice's
#: text): moving it whole would leave most of a page blank
WHOLE_ROW_SHARE = 0.25
#: passes at most: each moves one heading or one row, and the layout after it changes
PASSES = 400


class _Pages:
    """The document laid out on the writer's pages, as QTextDocument::print() lays out an
    unpaginated document: its page rectangle, a 2 cm frame margin, the writer's resolution."""

    def __init__(self, document: QTextDocument, writer: QPdfWriter) -> None:
        self.document = document
        self.clone = document.clone()
        self.layout: QAbstractTextDocumentLayout = self.clone.documentLayout()
        self.layout.setPaintDevice(writer)
        screen = QGuiApplication.primaryScreen()
        source_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        frame = self.clone.rootFrame().frameFormat()
        frame.setMargin(int((2 / 2.54) * source_dpi))  # in the screen's pixels, as print_() does
        self.margin = int((2 / 2.54) * source_dpi) * writer.logicalDpiY() / source_dpi
        self.clone.rootFrame().setFrameFormat(frame)
        page = writer.pageLayout().paintRectPixels(writer.resolution()).size()
        self.clone.setPageSize(QSizeF(page))
        self.height = float(page.height())
        #: a format's lengths (pixels at 96 dpi) in the layout's device units
        self.scale = writer.logicalDpiY() / 96.0
        self.room = KEEP_LINES * QFontMetricsF(document.defaultFont(), writer).lineSpacing()

    def page(self, y: float) -> int:
        return int(y // self.height)

    def foot(self, y: float) -> float:
        """Where the text of the page holding `y` ends."""
        return (self.page(y) + 1) * self.height - self.margin

    def both(self, block_number: int) -> Iterator[QTextCursor]:
        """A cursor at that block in the laid-out clone and in the document printed."""
        for doc in (self.clone, self.document):
            yield QTextCursor(doc.findBlockByNumber(block_number))


def keep_whole(document: QTextDocument, writer: QPdfWriter) -> None:
    """Give `document` the page breaks that keep headings with what follows them and table
    rows whole (see the module's note), the topmost first: a break moves everything under
    it, so one chosen lower down before it would no longer fall where it was meant to."""
    pages = _Pages(document, writer)
    start = 0  # nothing above the last break moves again: look from there on
    for _ in range(PASSES):
        found = [m for m in (_heading_to_move(pages, start), _row_to_move(pages, start)) if m]
        if not found:
            return
        _, start, move = min(found, key=lambda m: m[0])
        move()


#: where a break is needed (its height in the layout, its place in the document), and what
#: gives it
Move = tuple[float, int, Callable[[], None]]


def _break_before(pages: _Pages, block_number: int) -> None:
    for cursor in pages.both(block_number):
        fmt = cursor.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)


def _movable_heading(block: QTextBlock) -> bool:
    return (
        block.isValid()
        and block.blockFormat().headingLevel() > 0
        and block.blockFormat().pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
    )


def _heading_to_move(pages: _Pages, start: int) -> Move | None:
    """The first heading from `start` on that print_() would leave near a page's foot: a
    break before it (or before the heading right above it)."""
    block = pages.clone.findBlock(start)
    while block.isValid():
        box = pages.layout.blockBoundingRect(block)
        if _movable_heading(block) and pages.foot(box.top()) - box.bottom() < pages.room:
            above = block.previous()
            moved = above if _movable_heading(above) else block
            return box.top(), moved.position(), partial(_break_before, pages, moved.blockNumber())
        block = block.next()
    return None


def _row_to_move(pages: _Pages, start: int) -> Move | None:
    """The first row of a table from `start` on (of the page's own flow, not one inside a
    cell) that a page's end cuts: it is to start the next page."""
    for frame in pages.clone.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.lastPosition() < start:
            continue
        at = frame.firstPosition()
        for row in range(frame.rows()):
            top, bottom = _row_extent(pages, frame, row)
            if bottom < top:
                continue  # nothing laid out in it
            if row == 0 and frame.rows() > 1 and _alone_at_foot(pages, frame, top):
                return top, at, partial(_break_before_table, pages, frame)
            if pages.page(top) == pages.page(bottom - 1):
                continue
            if bottom - top > WHOLE_ROW_SHARE * pages.height:
                continue
            if row == 0:
                return top, at, partial(_break_before_table, pages, frame)
            room = pages.foot(top) - top
            return top, at, partial(_room_below, pages, frame, row - 1, room)
    return None


def _alone_at_foot(pages: _Pages, table: QTextTable, top: float) -> bool:
    """The table's first row (its header) is the last thing on its page: its rows begin on
    the next."""
    below, _ = _row_extent(pages, table, 1)
    return below != float("inf") and pages.page(below) != pages.page(top)


def _row_extent(pages: _Pages, table: QTextTable, row: int) -> tuple[float, float]:
    """The top of a row's first line and the bottom of its last, over all its cells."""
    top, bottom = float("inf"), float("-inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # a spanned cell is counted where it starts
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block().blockNumber()
        while block.isValid() and block.blockNumber() <= last:
            box = pages.layout.blockBoundingRect(block)
            if box.height() > 0:
                top, bottom = min(top, box.top()), max(bottom, box.bottom())
            block = block.next()
    return top, bottom


def _break_before_table(pages: _Pages, table: QTextFrame) -> None:
    """The table starts the next page, with the heading right above it when it has one."""
    above = pages.clone.findBlock(table.firstPosition() - 1)
    while above.isValid() and not above.text().strip() and not _movable_heading(above):
        above = above.previous()
    if _movable_heading(above):
        _break_before(pages, above.blockNumber())
        return
    for doc in (pages.clone, pages.document):
        frame = QTextCursor(doc.findBlockByNumber(table.firstCursorPosition().blockNumber()))
        found = frame.currentTable()
        if found is not None:
            fmt = found.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            found.setFormat(fmt)


def _room_below(pages: _Pages, table: QTextTable, row: int, room: float) -> None:
    """An empty line `room` (device units) below the text of `row`'s first cell: the row
    reaches past the page's foot, and Qt starts the next row on the next page, whole. (Not
    the cells' bottom padding: Qt keeps a cell's text that far above the foot, and moved the
    row's own value to the next page.)"""
    cell_block = table.cellAt(row, 0).lastCursorPosition().blockNumber()
    spacer = QTextBlockFormat()
    spacer.setTopMargin(room / pages.scale + 2)
    spacer.setBottomMargin(0)
    tiny = QTextCharFormat()
    tiny.setFontPointSize(1)
    for cursor in pages.both(cell_block):
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(spacer, tiny)
