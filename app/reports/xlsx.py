"""A report as an Excel workbook: the facts and small tables on a summary sheet, every long
table on its own sheet (openpyxl's write-only mode streams rows, so a million fit).

Every cell's type is written explicitly: amounts and counts are numbers, dates are dates
(with a number format), and text — carrier names, notes, anything imported — is always a
text cell. openpyxl would otherwise store any string starting with "=" as a live formula.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app import i18n
from app.fsutil import write_private
from app.i18n import Msg
from app.localfmt import zone_note
from app.reports.render import Month, Report, ReportSection, Table, cell_text, people_columns

SUMMARY_ROWS = 200
_ILLEGAL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}
#: Excel refuses longer text cells
_MAX_TEXT = 32767
AMOUNT_FORMAT = "#,##0.00"
DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
MONTH_FORMAT = "yyyy-mm"
# rows read before a table's header is written, to find its columns of times
_LOOK_AHEAD = 200


def write_xlsx(report: Report, path: Path, *, sheet_for: set[str] | None = None) -> None:
    """`sheet_for`: titles of tables that get a sheet of their own (default: none), as
    written in the source ("Written-off records"): a Polish report's table is titled in
    Polish, and still gets its sheet."""
    if sheet_for:
        sheet_for = sheet_for | {i18n.translate("Msg", title) for title in sheet_for}
    book = Workbook(write_only=True)
    summary = book.create_sheet(sheet_name(Msg.tr("Summary"), []))
    bold = Font(bold=True)
    _row(summary, [report.title], bold)
    if report.subtitle:
        _row(summary, [report.subtitle])
    for name, value in report.facts:
        # a time's zone beside it: Excel keeps none, the cell holds this machine's time
        _row(summary, [name, value, zone_note(value)] if _zoned(value) else [name, value])
    for section in report.sections:
        for table in section.tables:
            if sheet_for and table.title in sheet_for:
                sheet = book.create_sheet(sheet_name(table.sheet or table.title, book.sheetnames))
                _table(sheet, table, bold)
            else:
                _row(summary, [])
                _row(summary, [table.title], bold)
                _table(summary, table, bold)
    buffer = io.BytesIO()
    book.save(buffer)
    write_private(path, buffer.getvalue())


def write_tables_xlsx(
    title: str,
    facts: list[tuple[str, Any]],
    tables: list[Table],
    path: Path,
    *,
    summary: Sequence[Table] = (),
) -> None:
    """A workbook: the title, facts and `summary` tables (the report's verdicts, its
    write-offs) on its summary sheet, each of `tables` on a sheet of its own (a report's
    notices, a period's planned work)."""
    report = Report(title, facts=facts, sections=[ReportSection(title, [*summary, *tables])])
    write_xlsx(report, path, sheet_for={t.title for t in tables})


def _table(sheet: WriteOnlyWorksheet, table: Table, bold: Font) -> None:
    rows = iter(table.rows)
    ahead = list(islice(rows, _LOOK_AHEAD))
    if table.columns:  # a list of sentences has no header
        _row(sheet, _zoned_header(people_columns(table.columns), ahead), bold)
    for values in chain(ahead, rows):
        _row(sheet, list(values))
    for total in table.totals:
        _row(sheet, list(total), bold)
    if table.note:
        _row(sheet, [table.note])


def _zoned(value: object) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None


def _zoned_header(columns: list[str], rows: list[Sequence[Any]]) -> list[object]:
    """A column of times (instants, written in this machine's time) names its zone, so a
    manager reading the workbook elsewhere knows it: "Detected (CET, UTC+01:00 / CEST,
    UTC+02:00)". Times as billing wrote them (no zone: call dates) are left as they are."""
    header: list[object] = list(columns)
    for i in range(len(columns)):
        first = next((r[i] for r in rows if i < len(r) and _zoned(r[i])), None)
        if first is not None:
            header[i] = f"{columns[i]} ({zone_note(first)})"
    return header


def _row(sheet: WriteOnlyWorksheet, values: list[object], font: Font | None = None) -> None:
    cells = []
    for value in values:
        cell = _cell(sheet, value)
        if font is not None:
            cell.font = font
        cells.append(cell)
    sheet.append(cells)


def _cell(sheet: WriteOnlyWorksheet, value: Any) -> Cell:
    if value is None or value == "":  # nothing to say: an empty cell, not an empty text
        return WriteOnlyCell(sheet, value=None)
    if isinstance(value, bool):
        return _text(sheet, "yes" if value else "no")
    if isinstance(value, int):
        return WriteOnlyCell(sheet, value=value)
    if isinstance(value, (float, Decimal)):
        cell = WriteOnlyCell(sheet)
        cell.value = value
        cell.number_format = AMOUNT_FORMAT
        return cell
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # Excel has no time zones: the workstation's local time
            value = value.astimezone().replace(tzinfo=None)
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_TIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet)
        cell.value = value
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, Month):
        cell = WriteOnlyCell(sheet)
        cell.value = date(value.year, value.month, 1)
        cell.number_format = MONTH_FORMAT
        return cell
    return _text(sheet, cell_text(value))


def _text(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """Always a text cell: "=HYPERLINK(…)" from an imported carrier name stays text."""
    cleaned = "".join(c for c in text if c not in _ILLEGAL)[:_MAX_TEXT]
    cell = WriteOnlyCell(sheet, value=cleaned)
    cell.data_type = "s"
    return cell


#: characters Excel refuses in a sheet's name
_FORBIDDEN = frozenset("[]:*?/\\")
#: Excel's longest sheet name
SHEET_NAME_MAX = 31


def sheet_name(title: str, taken: Sequence[str]) -> str:
    """A sheet's name from a table's title: at most 31 characters, cut between words (never
    mid-word), without the characters Excel refuses, unique among `taken` the way Excel
    compares them (case-insensitively): "Notices (2)"."""
    clean = " ".join("".join(" " if c in _FORBIDDEN else c for c in title).split())
    clean = clean.strip("'") or "Sheet"  # Excel refuses a name that begins or ends with '
    used = {t.casefold() for t in taken}
    name, number = _fit(clean, SHEET_NAME_MAX), 2
    while name.casefold() in used:
        suffix = f" ({number})"
        name = _fit(clean, SHEET_NAME_MAX - len(suffix)) + suffix
        number += 1
    return name


def _fit(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at the last space that fits (a single word longer
    than that is cut where it must be)."""
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    if " " not in head:
        return text[:limit]
    return head.rsplit(" ", 1)[0].rstrip(" -–·,;") or text[:limit]
