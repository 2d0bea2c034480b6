"""A report as an Excel workbook: the facts and small tables on a summary sheet, every long
table on its own sheet (openpyxl's write-only mode streams rows, so a million fit)."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.fsutil import write_private
from app.reports.render import Report, Table, cell_text

SUMMARY_ROWS = 200
_ILLEGAL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}


def write_xlsx(report: Report, path: Path, *, sheet_for: set[str] | None = None) -> None:
    """`sheet_for`: titles of tables that get a sheet of their own (default: none)."""
    book = Workbook(write_only=True)
    summary = book.create_sheet("Summary")
    bold = Font(bold=True)
    _row(summary, [report.title], bold)
    if report.subtitle:
        _row(summary, [report.subtitle])
    for name, value in report.facts:
        _row(summary, [name, value])
    for section in report.sections:
        for table in section.tables:
            if sheet_for and table.title in sheet_for:
                sheet = book.create_sheet(_sheet_name(table.title, book.sheetnames))
                _table(sheet, table, bold)
            else:
                _row(summary, [])
                _row(summary, [table.title], bold)
                _table(summary, table, bold)
    buffer = io.BytesIO()
    book.save(buffer)
    write_private(path, buffer.getvalue())


def _table(sheet: WriteOnlyWorksheet, table: Table, bold: Font) -> None:
    _row(sheet, list(table.columns), bold)
    for values in table.rows:
        _row(sheet, list(values))
    if table.totals is not None:
        _row(sheet, list(table.totals), bold)


def _row(sheet: WriteOnlyWorksheet, values: list[object], font: Font | None = None) -> None:
    cells = []
    for value in values:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            value = "".join(c for c in cell_text(value) if c not in _ILLEGAL)
        cell = WriteOnlyCell(sheet, value=value)
        if font is not None:
            cell.font = font
        cells.append(cell)
    sheet.append(cells)


def _sheet_name(title: str, taken: list[str]) -> str:
    base = "".join(c for c in title if c not in "[]:*?/\\")[:31] or "Sheet"
    name, n = base, 2
    while name in taken:
        name = f"{base[:28]} {n}"
        n += 1
    return name
