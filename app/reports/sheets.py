"""The reports' tables as people read them in a workbook (XLSX): column headers, stages and
verdicts in the report's language, like the PDF — while the CSV keeps the English keys and
cells other systems load (README, Reports: the same whatever the language). Cells keep
their types either way: dates are dates, counts are numbers.

Each table gets a short sheet name of its own in the report's language ("Notices",
"Powiadomienia"): a title such as "Powiadomienia 1.03.2026 – 31.03.2026" does not fit
Excel's 31 characters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app import i18n
from app.i18n import Msg, Words, channel_word, tr_noop
from app.reports.document import NOTICE_COLUMNS, notice_rows
from app.reports.incident import IncidentFigures, NoticeRecord
from app.reports.planned_work import NUMERIC as PLANNED_NUMERIC
from app.reports.planned_work import PlannedWorkRow
from app.reports.render import Table
from app.reports.wording import verdict_text

# every column the reports' tables have, marked for translation (`headers`)
COLUMN_WORDS = (
    tr_noop("Msg", "Incident"),
    tr_noop("Msg", "Kind"),
    tr_noop("Msg", "Title"),
    tr_noop("Msg", "Services"),
    tr_noop("Msg", "Detected"),
    tr_noop("Msg", "Notice"),
    tr_noop("Msg", "Stage"),
    tr_noop("Msg", "Queued"),
    tr_noop("Msg", "First out"),
    tr_noop("Msg", "Minutes after detection"),
    tr_noop("Msg", "First-notice rule"),
    tr_noop("Msg", "Promised next update"),
    tr_noop("Msg", "Promise"),
    tr_noop("Msg", "Next notice out"),
    tr_noop("Msg", "Contacts"),
    tr_noop("Msg", "Organisations"),
    tr_noop("Msg", "Languages"),
    tr_noop("Msg", "E-mail recipients"),
    tr_noop("Msg", "SMS recipients"),
    tr_noop("Msg", "Messages"),
    tr_noop("Msg", "Sent"),
    tr_noop("Msg", "Failed"),
    tr_noop("Msg", "Uncertain"),
    tr_noop("Msg", "Handed off"),
    tr_noop("Msg", "Queued (not out)"),
    tr_noop("Msg", "Held"),
    tr_noop("Msg", "No longer needed"),
    tr_noop("Msg", "Paths"),
    tr_noop("Msg", "Subject"),
    tr_noop("Msg", "Text"),
    tr_noop("Msg", "Notify by"),
    # the period's planned work (app/reports/planned_work.py)
    tr_noop("Msg", "Window start"),
    tr_noop("Msg", "Window end"),
    tr_noop("Msg", "Planned end (as announced)"),
    tr_noop("Msg", "Status"),
    tr_noop("Msg", "Announced"),
    tr_noop("Msg", "Announcement: partners told"),
    tr_noop("Msg", "Announcement: partners"),
    tr_noop("Msg", "Planned notices sent"),
    tr_noop("Msg", "Planned notices"),
    tr_noop("Msg", "Reminders"),
    tr_noop("Msg", "Extensions"),
    tr_noop("Msg", "Extended (minutes)"),
    tr_noop("Msg", "Overran"),
    tr_noop("Msg", "Completion"),
    # the texts as sent (`texts_sheet`)
    tr_noop("Msg", "Language"),
    tr_noop("Msg", "Time zone"),
    tr_noop("Msg", "Channel"),
    tr_noop("Msg", "Partners"),
    tr_noop("Msg", "Messages out"),
    tr_noop("Msg", "Template language"),
    # the write-off report's records (app/backlog/writeoffs.py keys them in English)
    tr_noop("Msg", "Quarantine ID"),
    tr_noop("Msg", "Service Identifier"),
    tr_noop("Msg", "Carrier Name"),
    tr_noop("Msg", "Quarantine Reason"),
    tr_noop("Msg", "Call Date"),
    tr_noop("Msg", "Amount"),
    tr_noop("Msg", "Currency"),
    tr_noop("Msg", "Note"),
    tr_noop("Msg", "Written off by"),
    tr_noop("Msg", "Written off at"),
)
TEXT_COLUMNS = (
    "Incident",
    "Notice",
    "Stage",
    "Language",
    "Time zone",
    "Channel",
    "Partners",
    "Messages out",
    "Subject",
    "Text",
    "Template language",
)


def headers(columns: Sequence[str]) -> list[str]:
    """The columns' names in the report's language."""
    return [i18n.translate("Msg", c) for c in columns]


def notice_sheet(figures: Sequence[IncidentFigures]) -> Table:
    """The notices, one row per notice, as the CSV's rows with their words translated."""
    at = {name: NOTICE_COLUMNS.index(name) for name in NOTICE_COLUMNS}
    rows: list[list[Any]] = []
    for f in figures:
        records: list[NoticeRecord | None] = [*f.notices] or [None]  # no notice: one row
        for row, record in zip(notice_rows(f), records, strict=True):
            shown = list(row)
            shown[at["Kind"]] = Words.tr(f.incident.kind)
            # people read the names in the report's language (the CSV keeps the bundle's)
            shown[at["Title"]] = f.title or f.incident.title
            shown[at["Services"]] = "; ".join(f.services)
            if record is not None:
                stage = i18n.translate("Labels", record.label)
                if record.reissue_of is not None:
                    stage += Msg.tr(" (re-issue of #{number})").format(number=record.reissue_of)
                shown[at["Stage"]] = stage
                shown[at["Paths"]] = record.paths_shown() if record.paths else None
            for name in ("First-notice rule", "Promise"):
                if shown[at[name]]:
                    shown[at[name]] = verdict_text(shown[at[name]])
            rows.append(shown)
    return Table(
        Msg.tr("Notices"),
        headers(NOTICE_COLUMNS),
        rows,
        sheet=Msg.tr("Notices"),
    )


def texts_sheet(figures: Sequence[IncidentFigures]) -> Table:
    """Every text partners got: one row per notice, language, time zone and channel."""
    rows: list[list[Any]] = []
    for f in figures:
        for record in f.notices:
            for version in record.versions:
                for copy in version.copies:
                    rows.append(
                        [
                            f.incident.reference,
                            record.number,
                            i18n.translate("Labels", record.label),
                            version.language,
                            version.timezone,
                            channel_word(copy.channel),
                            copy.partners,
                            copy.out,
                            copy.subject or None,
                            copy.body
                            if copy.stored
                            else Msg.tr("(not stored with the notice: not shown)"),
                            version.template_language or version.language,
                        ]
                    )
    return Table(
        Msg.tr("Texts as sent"),
        headers(TEXT_COLUMNS),
        rows,
        numeric=frozenset({1, 6, 7}),
        sheet=Msg.tr("Texts as sent"),
    )


def planned_sheet(columns: Sequence[str], rows: Sequence[PlannedWorkRow]) -> Table:
    """The period's planned work with its headers, status and verdicts in the report's
    language (the verdicts are: the rows were made in it)."""
    status = list(columns).index("Status")
    shown = []
    for row in rows:
        values = list(row.values())
        values[status] = row.cells()[2]  # the status as the PDF says it
        shown.append(values)
    return Table(
        Msg.tr("Planned work"),
        headers(columns),
        shown,
        numeric=PLANNED_NUMERIC,
        sheet=Msg.tr("Planned work"),
    )
