"""One look for every report: a Jinja2 HTML template with a shared stylesheet, and CSV."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from app.fsutil import write_private
from app.resources import templates_dir

#: HTML (and so PDF) shows at most this many rows of a table; CSV and XLSX carry them all
HTML_ROW_LIMIT = 3000


@dataclass
class Table:
    title: str
    columns: Sequence[str]
    #: any iterable, so a million records can stream from a cursor into CSV or XLSX
    rows: Iterable[Sequence[Any]]
    totals: Sequence[Any] | None = None
    #: columns shown right-aligned (amounts, counts)
    numeric: frozenset[int] = frozenset()
    note: str = ""


@dataclass
class ReportSection:
    title: str
    tables: list[Table] = field(default_factory=list)
    text: str = ""


@dataclass
class Report:
    title: str
    subtitle: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)
    sections: list[ReportSection] = field(default_factory=list)


def _environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(str(templates_dir() / "reports")),
        undefined=StrictUndefined,
        autoescape=select_autoescape(["html", "j2"], default=True),
    )
    env.filters["cell"] = cell_text
    return env


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
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
            tables.append({"table": table, "rows": shown, "more": more})
        sections.append({"section": section, "tables": tables})
    style = (templates_dir() / "reports" / "report.css").read_text(encoding="utf-8")
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, sections=sections, style=style)


def render_page(template_name: str, **context: Any) -> str:
    """A report with a layout of its own (e.g. the incident report, with its summary box and
    timeline) from `templates/reports/`, with the same stylesheet and filters as every
    other report: the template gets `style` besides `context`."""
    style = (templates_dir() / "reports" / "report.css").read_text(encoding="utf-8")
    return _environment().get_template(template_name).render(style=style, **context)


def _safe(value: Any) -> str:
    """Spreadsheets run cells starting with = or @ as formulas; a leading ' keeps them text.
    Phone numbers (+4670…) and negative amounts stay as they are."""
    text = cell_text(value)
    if text[:1] in ("=", "@") or (text[:1] in "+-" and len(text) > 1 and not _numberish(text)):
        return "'" + text
    return text


def _numberish(text: str) -> bool:
    return all(c.isdigit() or c in " .,+-" for c in text)


def write_table_csv(table: Table, path: Path) -> int:
    """One table, header row first: what another system loads. Returns the rows written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.columns)
    count = 0
    for row in table.rows:
        writer.writerow([_safe(v) for v in row])
        count += 1
    if table.totals is not None:
        writer.writerow([_safe(v) for v in table.totals])
    write_private(path, buffer.getvalue().encode("utf-8-sig"))
    return count


def write_csv(report: Report, path: Path) -> None:
    """Every table of the report, one block each: title row, header, rows, totals."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([report.title])
    for name, value in report.facts:
        writer.writerow([name, _safe(value)])
    for section in report.sections:
        for table in section.tables:
            writer.writerow([])
            writer.writerow([table.title])
            writer.writerow(table.columns)
            for row in table.rows:
                writer.writerow([_safe(v) for v in row])
            if table.totals is not None:
                writer.writerow([_safe(v) for v in table.totals])
    write_private(path, buffer.getvalue().encode("utf-8-sig"))
