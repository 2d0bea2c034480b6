"""A report of plain tables (the write-off report) painted straight onto PDF pages.

Laying 20,000 rows out as one rich-text document took Qt minutes and broke rows between
pages; here each word is measured once (app/reports/pdf_layout.py), every row is placed
whole on a page under its table's repeated header, and the pages are painted with
"page X of Y" at their foot. Progress is told as it goes and the work stops between rows
when asked; the file is written only when it is whole, by the kit's one owner-only writer."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
)

from app import localfmt
from app.fsutil import write_private
from app.i18n import Msg
from app.reports.pdf_layout import Block, Measurer, Placed, TableLayout, paginate, share_widths
from app.reports.period import ReportCancelled
from app.reports.render import Report, Table, html_cell, people_columns
from app.ui.pdf import FAMILY, a4_writer, ensure_gui_application, load_shipped_fonts

# the PDF lists at most this many rows of a table (about 3,000 pages); CSV and XLSX all
PDF_ROW_LIMIT = 100_000
RESOLUTION = 300  # dots per inch of the writer's device units
NAVY, GREY, RULE = QColor("#0d2c54"), QColor("#555555"), QColor("#ccccdd")
INK, WHITE = QColor("#111111"), QColor("white")
# progress is told, and a cancel looked for, after this many rows
STEP = 250

Progress = Callable[[int, int], None]


class _Face:
    """A font with its metrics on the writer and its word widths."""

    def __init__(self, writer: QPdfWriter, size: float, *, bold: bool = False) -> None:
        self.font = QFont(FAMILY)
        self.font.setPointSizeF(size)
        self.font.setBold(bold)
        self.font.setFeature(QFont.Tag("liga"), 0)  # text searched in the PDF reads as typed
        metrics = QFontMetricsF(self.font, writer)
        self.line = metrics.lineSpacing()
        self.ascent = metrics.ascent()
        self.measure = Measurer(metrics.horizontalAdvance)


class _Faces:
    def __init__(self, writer: QPdfWriter) -> None:
        self.body = _Face(writer, 9)
        self.bold = _Face(writer, 9, bold=True)
        # a table's cells: ten columns of a records listing fit across landscape A4 at 8 pt
        self.cell = _Face(writer, 8)
        self.cell_bold = _Face(writer, 8, bold=True)
        self.note = _Face(writer, 9)
        self.note.font.setItalic(True)
        self.small = _Face(writer, 8)
        self.title = _Face(writer, 16, bold=True)
        self.h2 = _Face(writer, 12, bold=True)
        self.h3 = _Face(writer, 10, bold=True)
        self._kinds = {
            "title": self.title,
            "h2": self.h2,
            "h3": self.h3,
            "note": self.note,
            "header": self.cell_bold,
            "total": self.cell_bold,
            "row": self.cell,
        }

    def of(self, kind: str) -> _Face:
        return self._kinds.get(kind, self.body)


class _Work:
    """Rows done of all to do (each row is measured, then painted): told every STEP rows."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool]):
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def step(self, rows: int = 1) -> None:
        before = self.done
        self.done += rows
        if before // STEP != self.done // STEP or self.done >= self.total:
            if self.cancelled():
                raise ReportCancelled()
            if self.progress is not None:
                self.progress(min(self.done, self.total), self.total)


def write_report_pdf(
    report: Report,
    path: Path,
    *,
    landscape: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    row_limit: int = PDF_ROW_LIMIT,
) -> int:
    """Write `report` as an A4 PDF at `path`; the number of pages. `progress(done, total)`
    is called as rows are laid out and painted; `cancelled()` true stops the work with
    ReportCancelled, and nothing is written (the PDF is made in memory, then written
    atomically with owner-only permissions)."""
    ensure_gui_application()
    load_shipped_fonts()
    tables = [
        (table, *_shown_rows(table, row_limit)) for s in report.sections for table in s.tables
    ]
    rows = sum(len(shown) for _, shown, _ in tables)
    totals = sum(len(table.totals) for table, _, _ in tables)
    work = _Work(2 * rows + totals, progress, cancelled)
    if cancelled():
        raise ReportCancelled()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, title=report.title, resolution=RESOLUTION, landscape=landscape)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    faces = _Faces(writer)
    builder = _Builder(faces, float(area.width()), work)
    blocks = builder.report(report, tables)
    footer = 2 * faces.small.line
    pages = paginate(blocks, area.height() - footer)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF cannot be drawn")  # Qt gives no reason; never seen here
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for placed in page:
                _paint(painter, faces, placed, float(area.width()))
                if placed.block.kind in ("row", "total"):
                    work.step()
            _foot(painter, faces.small, number, len(pages), area.width(), area.height())
    finally:
        painter.end()
    del writer  # ends the PDF in the buffer
    buffer.close()
    if cancelled():
        raise ReportCancelled()
    write_private(path, bytes(data.data()))
    return len(pages)


def _shown_rows(table: Table, limit: int) -> tuple[list[Sequence[Any]], int]:
    """The rows the PDF lists, and how many more the table had."""
    rows = iter(table.rows)
    shown = list(itertools.islice(rows, limit))
    return shown, sum(1 for _ in rows)


class _Builder:
    """The report as blocks, in reading order, each cell wrapped to its column."""

    def __init__(self, faces: _Faces, width: float, work: _Work) -> None:
        self.faces = faces
        self.width = width
        self.work = work
        self.mm = RESOLUTION / 25.4
        self.pad = 0.8 * self.mm  # room inside a cell, each side
        self.blocks: list[Block] = []

    def report(
        self, report: Report, tables: list[tuple[Table, list[Sequence[Any]], int]]
    ) -> list[Block]:
        pt = RESOLUTION / 72
        self._text("title", report.title, below=2 * pt)
        if report.subtitle:
            self._text("subtitle", report.subtitle, below=8 * pt)
        if report.facts:
            self._facts(report.facts)
        shown = iter(tables)
        for section in report.sections:
            heading: Block | None = self._text("h2", section.title, above=14 * pt, below=5 * pt)
            if section.text:
                self._text("text", section.text, below=4 * pt)
            for table, rows, more in itertools.islice(shown, len(section.tables)):
                title = self._text("h3", table.title, above=8 * pt, below=3 * pt)
                title.keep = self._table(table, rows)  # a title stays with its table's start
                if heading is not None:  # and a section's heading with its first table's
                    heading.keep = title.height + title.keep
                    heading = None
                if more:
                    self._text("note", _more_text(more), above=2 * pt)
                if table.note:
                    self._text("note", table.note, above=2 * pt)
            if not section.tables:
                self._text("note", Msg.tr("Nothing to show."))
        return self.blocks

    def _text(self, kind: str, text: str, *, above: float = 0.0, below: float = 0.0) -> Block:
        face = self.faces.of(kind)
        block = Block(kind, [face.measure.wrap(text, self.width)], face.line, above, below)
        self.blocks.append(block)
        return block

    def _facts(self, facts: list[tuple[str, Any]]) -> None:
        names = [name for name, _ in facts]
        values = [html_cell(value) for _, value in facts]
        widths = [
            max(self.faces.bold.measure.sizes(n)[0] for n in names) + 2 * self.pad,
            max(self.faces.body.measure.sizes(v)[0] for v in values) + 2 * self.pad,
        ]
        if sum(widths) > self.width:
            widths[1] = max(self.width - widths[0], self.width / 2)
            widths[0] = self.width - widths[1]
        layout = TableLayout(widths, frozenset())
        for name, value in zip(names, values, strict=True):
            cells = [
                self.faces.bold.measure.wrap(name, widths[0] - 2 * self.pad),
                self.faces.body.measure.wrap(value, widths[1] - 2 * self.pad),
            ]
            line = self.faces.body.line
            self.blocks.append(Block("fact", cells, line, self.pad / 2, self.pad / 2, layout))
        self.blocks[-1].below += 4 * self.mm

    def _table(self, table: Table, rows: list[Sequence[Any]]) -> float:
        """Blocks for the header, rows and totals; the room its header and first row take."""
        faces, pad = self.faces, self.pad
        header = people_columns(table.columns)
        body = [[html_cell(v) for v in row] for row in rows]
        totals = [[html_cell(v) for v in row] for row in table.totals]
        widest = [0.0] * len(header)
        narrowest = [0.0] * len(header)
        for texts in body:
            _widen(widest, narrowest, texts, faces.cell.measure)
            self.work.step()
        for texts in [header, *totals]:
            _widen(widest, narrowest, texts, faces.cell_bold.measure)
        spaced = [w + 2 * pad for w in widest]
        widths = share_widths(spaced, [n + 2 * pad for n in narrowest], self.width)
        layout = TableLayout(widths, table.numeric)
        layout.header = self._row("header", header, layout)
        at = len(self.blocks)
        self.blocks.append(layout.header)
        for texts in body:
            self.blocks.append(self._row("row", texts, layout))
        for texts in totals:
            self.blocks.append(self._row("total", texts, layout))
        if not body and not totals:
            self.blocks.append(self._row("row", [Msg.tr("Nothing to show.")], layout))
        first = self.blocks[at + 1]
        layout.header.keep = first.height  # a header never ends a page alone
        return layout.header.height + first.height

    def _row(self, kind: str, texts: Sequence[str], layout: TableLayout) -> Block:
        face = self.faces.of(kind)
        room = [w - 2 * self.pad for w in layout.widths]
        cells = [face.measure.wrap(t, r) for t, r in zip(texts, room, strict=False)]
        return Block(kind, cells, face.line, self.pad, self.pad, layout)


def _widen(widest: list[float], narrowest: list[float], texts: Sequence[str], m: Measurer) -> None:
    for i, text in enumerate(texts[: len(widest)]):
        line, word = m.sizes(text)
        if line > widest[i]:
            widest[i] = line
        if word > narrowest[i]:
            narrowest[i] = word


def _more_text(more: int) -> str:
    text = Msg.tr("… and {count} more row(s): export CSV or XLSX for all of them.", "", more)
    return text.format(count=localfmt.count_text(more))


def _paint(painter: QPainter, faces: _Faces, placed: Placed, width: float) -> None:
    block, top = placed.block, placed.top
    face = faces.of(block.kind)
    painter.setFont(face.font)
    if block.table is None:
        painter.setPen(NAVY if block.kind in ("title", "h2") else GREY)
        if block.kind in ("h3", "text"):
            painter.setPen(INK)
        _lines(painter, face, block.cells[0], 0.0, top + block.above, None)
        if block.kind == "h2":
            y = top + block.height - block.below / 2
            painter.setPen(QPen(NAVY, RESOLUTION / 96))
            painter.drawLine(QLineF(0.0, y, width, y))
        return
    widths = block.table.widths
    full = sum(widths)
    if block.kind == "header":
        painter.fillRect(QRectF(0.0, top, full, block.height), NAVY)
    pad = block.above
    painter.setPen(WHITE if block.kind == "header" else INK)
    x = 0.0
    for index, (lines, column) in enumerate(zip(block.cells, widths, strict=False)):
        if block.kind == "fact":  # the fact's name in bold, its value not
            face = faces.bold if index == 0 else faces.body
            painter.setFont(face.font)
        right = x + column - pad if index in block.table.numeric else None
        _lines(painter, face, lines, x + pad, top + block.above, right)
        x += column
    if block.kind == "row":
        painter.setPen(QPen(RULE, RESOLUTION / 96))
        y = top + block.height
        painter.drawLine(QLineF(0.0, y, full, y))
    elif block.kind == "total":
        painter.setPen(QPen(NAVY, 2 * RESOLUTION / 96))
        painter.drawLine(QLineF(0.0, top, full, top))


def _lines(
    painter: QPainter, face: _Face, lines: list[str], x: float, top: float, right: float | None
) -> None:
    y = top + face.ascent
    for line in lines:
        left = x if right is None else right - face.measure.sizes(line)[0]
        painter.drawText(QPointF(left, y), line)
        y += face.line


def _foot(painter: QPainter, face: _Face, page: int, pages: int, width: int, height: int) -> None:
    text = Msg.tr("Page {page} of {pages}").format(
        page=localfmt.count_text(page), pages=localfmt.count_text(pages)
    )
    painter.setFont(face.font)
    painter.setPen(GREY)
    left = width - face.measure.sizes(text)[0]
    painter.drawText(QPointF(left, height - face.line + face.ascent), text)
