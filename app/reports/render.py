"""One look for every report: a Jinja2 HTML template with a shared stylesheet, and CSV."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app import i18n, localfmt
from app.fsutil import write_private
from app.i18n import Msg
from app.resources import templates_dir

#: HTML (and so PDF) shows at most this many rows of a table; CSV and XLSX carry them all
HTML_ROW_LIMIT = 3000


@dataclass(frozen=True)
class Month:
    """A calendar month as a cell: "2026-10" in text, a date shown as yyyy-mm in XLSX."""

    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month | str:
        """ "2026-10" → Month; anything else stays the text it was."""
        found = re.fullmatch(r"(\d{4})-(\d{2})", text)
        if found and 1 <= int(found[2]) <= 12:
            return cls(int(found[1]), int(found[2]))
        return text

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass
class Table:
    """Cells are typed: int, Decimal (amounts), datetime / date / Month, or text. Each writer
    shows them its own way (XLSX as numbers and dates, CSV and HTML as text)."""

    title: str
    columns: Sequence[str]
    #: any iterable, so a million records can stream from a cursor into CSV or XLSX
    rows: Iterable[Sequence[Any]]
    #: total rows after the data, e.g. one per currency
    totals: Sequence[Sequence[Any]] = ()
    #: columns shown right-aligned (amounts, counts)
    numeric: frozenset[int] = frozenset()
    note: str = ""
    # the name of its sheet in a workbook (short: Excel allows 31 characters); "": the title
    sheet: str = ""


@dataclass
class ReportSection:
    title: str
    tables: list[Table] = field(default_factory=list)
    text: str = ""


@dataclass
class Report:
    title: str
    subtitle: str = ""
    facts: list[tuple[str, Any]] = field(default_factory=list)
    sections: list[ReportSection] = field(default_factory=list)


def _environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(str(templates_dir() / "reports")),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "j2"], default=True),
    )
    env.filters["cell"] = html_cell
    env.filters["whole"] = whole
    return env


def whole(value: Any) -> str:
    """Text that must not break across lines in a table or chart label (a date and its time,
    "1 h 50 min"): its spaces become non-breaking."""
    return cell_text(value).replace(" ", "\u00a0")


def units_whole(value: Any) -> str:
    """A span such as "1 h 50 min" that may break between its parts but never between a
    number and its unit, so a narrow column takes "1 godz." over "50 min"."""
    return _NUMBER_UNIT.sub("\\1\u00a0", cell_text(value))


_NUMBER_UNIT = re.compile(r"(\d)\s+(?=\S)")


def html_cell(value: Any) -> str:
    """A table cell for HTML / PDF, for people: dates and numbers as the report's language
    writes them (1.12.2026 05:30 CET, 12 345,60 in Polish), kept on one line. CSV and
    XLSX keep `cell_text` / typed cells whatever the language."""
    if isinstance(value, (int, float, Decimal, date, Month)) and not isinstance(value, bool):
        return whole(shown_text(value))
    return cell_text(value)


def shown_text(value: Any) -> str:
    """`cell_text` as a person reads it in the kit's language (app.localfmt)."""
    if isinstance(value, (float, Decimal)):
        return localfmt.amount_text(round(Decimal(str(value)) * 100))
    if isinstance(value, int) and not isinstance(value, bool):
        return localfmt.count_text(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return localfmt.moment_text(value)
        return localfmt.wall_text(value)
    if isinstance(value, date):
        return localfmt.day_text(value)
    return cell_text(value)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # a moment: local time with the zone's offset
            return value.astimezone().strftime("%Y-%m-%d %H:%M %z")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def render_html(report: Report, *, row_limit: int = HTML_ROW_LIMIT) -> str:
    """Tables longer than `row_limit` are cut with a line saying how many more there are."""
    sections = []
    for section in report.sections:
        tables = []
        for table in section.tables:
            rows_iter = iter(table.rows)
            shown = list(itertools.islice(rows_iter, row_limit))
            more = sum(1 for _ in rows_iter)
            more_text = Msg.tr(
                "… and {count} more row(s): export CSV or XLSX for all of them.", "", more
            ).format(count=localfmt.count_text(more))
            tables.append(
                {
                    "table": table,
                    "columns": people_columns(table.columns),
                    "rows": shown,
                    "more": more_text if more else "",
                }
            )
        sections.append({"section": section, "tables": tables})
    style = (templates_dir() / "reports" / "report.css").read_text(encoding="utf-8")
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report, sections=sections, style=style, nothing=Msg.tr("Nothing to show.")
    )


def people_columns(columns: Sequence[str]) -> list[str]:
    """A table's column names in the report's language (HTML, PDF, XLSX): a table keyed in
    English (the write-off records' "Quarantine ID", app/reports/sheets.py marks them) is
    headed in Polish in a Polish report; the CSV keeps the keys."""
    return [i18n.translate("Msg", c) for c in columns]


def render_page(template_name: str, **context: Any) -> str:
    """A report with a layout of its own (e.g. the incident report, with its summary box and
    timeline) from `templates/reports/`, with the same stylesheet and filters as every
    other report: the template gets `style` besides `context`."""
    style = (templates_dir() / "reports" / "report.css").read_text(encoding="utf-8")
    return _environment().get_template(template_name).render(style=style, **context)


#: a cell starting with one of these is a formula to Excel or LibreOffice (OWASP, CSV
#: injection; the full-width forms are read as formulas by some Excel versions)
_FORMULA_STARTS = frozenset("=+-@\t\r\n\0\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def csv_cell(value: Any) -> str:
    """A cell as CSV text a spreadsheet cannot run: numbers stay numbers (-12.50 is a number),
    text that a spreadsheet would read as a formula ("=1+1", "-2+3", "@SUM(A1)", " =A1")
    gets a leading ' so it is shown as the text it is."""
    text = cell_text(value)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return text
    if _PLAIN_NUMBER.fullmatch(text):
        return text  # e.g. +46700000001: a number to a spreadsheet, never a formula
    first = text.lstrip(" ")[:1]
    if first and first in _FORMULA_STARTS:
        return "'" + text
    return text


def write_table_csv(
    table: Table, path: Path, *, anchor: str = "", more: Sequence[Table] = ()
) -> int:
    """One table, header row first: what another system loads. Returns the rows written.
    A report's `anchor` (the audit chain's head) is a last column on every row, so a loader
    reading rows by their header still reads the table as it is (a table without rows gets
    one row holding the anchor alone; one with a `note` has the note and the anchor below
    an empty row instead). `more` tables follow, each after an empty row, its
    title and its own header."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    name, _, head = anchor.partition(": ")
    extra = [csv_cell(head)] if anchor else []
    writer.writerow([*table.columns, name] if anchor else table.columns)
    count = 0
    for row in table.rows:
        writer.writerow([*(csv_cell(v) for v in row), *extra])
        count += 1
    if not count and table.note:
        # nothing to list: the header, then the table's note saying so in words (a person
        # opening the file sees it; a loader stops at the empty row, as before `more`)
        writer.writerow([])
        writer.writerow([csv_cell(table.note)])
        if anchor:
            writer.writerow([name, csv_cell(head)])
    elif anchor and not count:
        writer.writerow([""] * len(table.columns) + extra)
    for total in table.totals:
        writer.writerow([*(csv_cell(v) for v in total), *extra])
    for other in more:
        writer.writerow([])
        writer.writerow([csv_cell(other.title)])
        writer.writerow(other.columns)
        for row in other.rows:
            writer.writerow([csv_cell(v) for v in row])
    write_private(path, buffer.getvalue().encode("utf-8-sig"))
    return count


def write_csv(report: Report, path: Path) -> None:
    """Every table of the report, one block each: title row, header, rows, totals."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(report.title)])
    for name, value in report.facts:
        writer.writerow([name, csv_cell(value)])
    for section in report.sections:
        for table in section.tables:
            writer.writerow([])
            writer.writerow([csv_cell(table.title)])
            writer.writerow(table.columns)
            for row in table.rows:
                writer.writerow([csv_cell(v) for v in row])
            for total in table.totals:
                writer.writerow([csv_cell(v) for v in total])
    write_private(path, buffer.getvalue().encode("utf-8-sig"))
