"""A finished report: its HTML (for the preview, the HTML file and the PDF) and its CSV
table (one row per notice), saved in the format asked for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import i18n
from app.audit import AuditLog
from app.errors import UserError
from app.fsutil import write_private
from app.i18n import Msg
from app.reports.incident import IncidentFigures, NoticeRecord, Promise, delivered_count
from app.reports.render import Table, write_table_csv

FORMATS = ("pdf", "html", "csv", "xlsx")
#: writes `html` as a PDF at the path, titled; given by a front end (the PDF needs Qt)
PdfWriter = Callable[[str, Path, str], None]

NOTICE_COLUMNS = (
    "Incident",
    "Kind",
    "Title",
    "Services",
    "Detected",
    "Notice",
    "Stage",
    "Queued",
    "First out",
    "Minutes after detection",
    "First-notice rule",
    "Promised next update",
    "Promise",
    "Next notice out",
    "Contacts",
    "Organisations",
    "Languages",
    "E-mail recipients",
    "SMS recipients",
    "Messages",
    "Sent",
    "Failed",
    "Uncertain",
    "Handed off",
    "Queued (not out)",
    "Held",
    "No longer needed",
    "Paths",
    "Subject",
    "Text",
    "Notify by",
)


@dataclass(frozen=True)
class WorkbookSummary:
    facts: list[tuple[str, Any]]
    tables: list[Table]


@dataclass(frozen=True)
class ReportDocument:
    kind: str  # "incident" or "period"
    title: str
    #: what the report is about, for the audit log: a reference or a period
    about: str
    html: str
    table: Table  # rows as a list, so the same document can be saved more than once
    #: the audit chain's head when the report was made (`app.audit.anchor_line`): every
    #: format carries it, so a report that leaves the machine anchors the chain
    anchor: str = ""
    #: the same in English, for the CSV (the same header and words in every language)
    machine_anchor: str = ""
    #: more tables (the period's planned work): CSV after the notices, XLSX a sheet each
    extra: tuple[Table, ...] = ()
    # the workbook's sheets, in the report's language (app/reports/sheets.py), built when
    # a workbook is written (a preview or a PDF needs none); None: the CSV's tables
    sheets: Callable[[], Sequence[Table]] | None = None
    #: the workbook's Summary sheet: the figures of the PDF's summary as typed cells
    #: (counts as numbers, times as dates) and its tables (verdicts, write-offs, decisions)
    summary: Callable[[], WorkbookSummary] | None = None


def notice_rows(figures: IncidentFigures) -> list[list[Any]]:
    """The CSV layout: one row per notice, with the procedure's figures on it. Times are
    datetimes (XLSX: date cells; CSV: local time with its offset), a cell with nothing to
    say is None (an empty cell, not an empty text)."""
    incident = figures.incident
    answered = {p.number: p for p in figures.promises}
    rows: list[list[Any]] = []
    if not figures.notices:  # the incident itself, so it is not missing from the table
        row: list[Any] = [None] * len(NOTICE_COLUMNS)
        row[:5] = [
            incident.reference,
            incident.kind,
            incident.title,
            "; ".join(figures.service_keys or figures.services),
            incident.detected_at,
        ]
        row[NOTICE_COLUMNS.index("Stage")] = Msg.tr("no notice yet")
        row[NOTICE_COLUMNS.index("First-notice rule")] = figures.first.verdict
        row[NOTICE_COLUMNS.index("Notify by")] = figures.first.deadline
        return [row]
    for record in figures.notices:
        promise: Promise | None = answered.get(record.number)
        since = record.out_at - incident.detected_at if record.out_at else None
        states = record.states
        rows.append(
            [
                incident.reference,
                incident.kind,
                incident.title,
                "; ".join(figures.service_keys or figures.services),
                incident.detected_at,
                record.number,
                _stage(record),
                record.queued_at,
                record.first_out_at,
                round(since.total_seconds() / 60) if since is not None else None,
                figures.first.verdict if record.number == 1 else None,
                record.notice.next_update,
                promise.verdict if promise else None,
                promise.answered_at if promise else None,
                record.audience.contacts,
                record.audience.organisations,
                " ".join(record.audience.languages),
                record.audience.email,
                record.audience.sms,
                len(record.messages),
                delivered_count(states),  # (with SMS the network reported delivered)
                states["failed"],
                states["uncertain"],
                states["handed-off"],
                states["queued"] + states["sending"],
                record.held,
                record.superseded,
                record.paths_text(),
                record.subject,
                record.text,
                figures.first.deadline,
            ]
        )
    return rows


def _stage(record: NoticeRecord) -> str:
    if record.reissue_of is None:
        return record.label
    return f"{record.label} (re-issue of #{record.reissue_of})"


def notice_table(title: str, figures: Sequence[IncidentFigures]) -> Table:
    rows = [row for f in figures for row in notice_rows(f)]
    return Table(title, NOTICE_COLUMNS, rows)


def machine_notice_table(title: str, figures: Sequence[IncidentFigures]) -> Table:
    """The CSV's table: its words in English whatever the kit's language (other systems
    load it by its keys; app/reports/sheets.py has the people's form)."""
    with i18n.speaking(i18n.SOURCE_LANGUAGE):
        return notice_table(title, figures)


def save_document(
    document: ReportDocument, fmt: str, out: Path, *, pdf_writer: PdfWriter | None = None
) -> None:
    """Write the report as `fmt` at `out` (user-only permissions, replaced atomically)."""
    if fmt not in FORMATS:
        raise UserError(
            Msg.tr("Reports are written as {formats}, not {fmt!r}.").format(
                formats=", ".join(FORMATS), fmt=fmt
            )
        )
    if out.is_dir():
        raise UserError(
            Msg.tr("{out} is a folder; give a file name, e.g. {example}.").format(
                out=out, example=out / ("report." + fmt)
            )
        )
    if fmt == "csv":
        anchor = document.machine_anchor or document.anchor
        write_table_csv(document.table, out, anchor=anchor, more=document.extra)
    elif fmt == "xlsx":
        from app.reports.xlsx import write_tables_xlsx  # openpyxl loads only for XLSX

        name, _, head = document.anchor.partition(": ")
        shown = document.summary() if document.summary else WorkbookSummary([], [])
        facts = [*shown.facts, *([(name, head)] if document.anchor else [])]
        tables = [*document.sheets()] if document.sheets else [document.table, *document.extra]
        write_tables_xlsx(document.title, facts, tables, out, summary=shown.tables)
    elif fmt == "html":
        write_private(out, document.html.encode("utf-8"))
    else:
        if pdf_writer is None:
            raise UserError(Msg.tr("This front end cannot write PDF; choose HTML or CSV."))
        pdf_writer(document.html, out, document.title)


def record_export(audit: AuditLog, document: ReportDocument, fmt: str, out: Path) -> None:
    """Who took which report out of the kit, and when (the file name, not its contents)."""
    audit.append(
        "report.written", report=document.kind, about=document.about, format=fmt, file=out.name
    )
