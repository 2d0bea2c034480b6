"""The write-off report: totals by reason, carrier and month, then every record.

Cells are typed (amounts as Decimal beside their currency, dates as datetimes), so the XLSX
holds numbers and dates a spreadsheet can sum and filter."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from app.audit import anchor_line
from app.backlog.model import call_moment, money_value
from app.backlog.query import latest_decision
from app.i18n import Msg, tr_noop
from app.reports.render import Month, Report, ReportSection, Table
from app.store import db
from app.timefmt import now

RECORD_COLUMNS = (
    "Quarantine ID",
    "Service Identifier",
    "Carrier Name",
    "Quarantine Reason",
    "Call Date",
    "Amount",
    "Currency",
    "Note",
    "Written off by",
    "Written off at",
)
_TOTAL_COLUMNS = (tr_noop("Msg", "Records"), tr_noop("Msg", "Amount"), tr_noop("Msg", "Currency"))


def write_off_report(conn: db.Connection, *, operator: str) -> Report:
    """Amounts are summed per currency: a group with two currencies has a row for each."""
    count, currencies = _overall(conn)
    facts = [
        (Msg.tr("Generated"), now()),
        (Msg.tr("By"), operator),
        (Msg.tr("Records written off"), count),
    ]
    facts += [
        (
            Msg.tr("Amount written off ({currency})").format(currency=c or Msg.tr("no currency")),
            money_value(v),
        )
        for c, v in currencies
    ]
    anchor, _, head = anchor_line(conn).partition(": ")  # the report anchors the audit chain
    facts.append((anchor, head))
    groups = ReportSection(
        Msg.tr("Totals"),
        [
            _totals(conn, Msg.tr("By reason"), "Quarantine Reason", "reason"),
            _totals(conn, Msg.tr("By carrier"), "Carrier Name", "carrier"),
            _totals(
                conn,
                Msg.tr("By month of call"),
                Msg.tr("Month"),
                "substr(call_date, 1, 7)",
                month=True,
            ),
        ],
    )
    records = ReportSection(
        Msg.tr("Records"),
        [
            Table(
                Msg.tr("Written-off records"),
                RECORD_COLUMNS,
                _records(conn),
                numeric=frozenset({5}),
            )
        ],
    )
    return Report(
        title=Msg.tr("Write-off report"),
        subtitle=Msg.tr(
            "Quarantine records flagged Write off: not billed, ignored by the rating engine."
        ),
        facts=facts,
        sections=[groups, records],
    )


def _overall(conn: db.Connection) -> tuple[int, list[tuple[str, int]]]:
    count = conn.execute("SELECT count(*) FROM backlog_records WHERE status = 'write-off'")
    rows = conn.execute(
        "SELECT currency, coalesce(sum(amount_minor), 0) FROM backlog_records "
        "WHERE status = 'write-off' GROUP BY currency ORDER BY currency"
    )
    return int(count.fetchone()[0]), [(str(r[0]), int(r[1])) for r in rows]


def _totals(
    conn: db.Connection, title: str, label: str, expression: str, *, month: bool = False
) -> Table:
    """A total row per currency: amounts in different currencies are never added up."""
    rows = conn.execute(
        f"SELECT {expression}, count(*), coalesce(sum(amount_minor), 0), currency "
        "FROM backlog_records WHERE status = 'write-off' "
        f"GROUP BY {expression}, currency ORDER BY {expression}, currency"
    ).fetchall()
    shown: list[Sequence[Any]] = [
        (_label(r[0], month), int(r[1]), money_value(int(r[2])), r[3]) for r in rows
    ]
    by_currency: dict[str, list[int]] = {}
    for r in rows:
        total = by_currency.setdefault(r[3], [0, 0])
        total[0] += int(r[1])
        total[1] += int(r[2])
    totals = [
        (Msg.tr("Total"), count, money_value(amount), currency)
        for currency, (count, amount) in sorted(by_currency.items())
    ]
    columns = (label, *(Msg.tr(c) for c in _TOTAL_COLUMNS))
    return Table(title, columns, shown, totals, numeric=frozenset({1, 2}))


def _label(value: str | None, month: bool) -> Any:
    if not value:
        return Msg.tr("(none)")
    return Month.parse(value) if month else value


def _records(conn: db.Connection) -> Iterator[Sequence[Any]]:
    """Streamed from the cursor (the report may list a million records)."""
    rows = conn.execute(
        "SELECT r.quarantine_id, r.kind, r.service_id, r.carrier, r.reason, r.call_date, "
        "r.amount_minor, r.currency, coalesce(d.note, ''), coalesce(d.actor, ''), "
        "coalesce(d.at, '') FROM backlog_records r "
        f"LEFT JOIN backlog_actions d ON d.id = {latest_decision('r.id')} "
        "WHERE r.status = 'write-off' ORDER BY r.call_date, r.id"
    )
    for r in rows:
        yield (
            r[0],
            r[2],
            r[3],
            r[4],
            call_moment(r[5]),
            money_value(r[6]),
            r[7],
            r[8],
            r[9],
            _decided(r[10]),
        )


def _decided(at: str) -> datetime | None:
    """When the write-off was decided, in the workstation's local time."""
    return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone() if at else None
