"""The period report: every incident that began in the range, totals that add up, trends."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.backlog.model import money_text
from app.incidents.service import IncidentService
from app.kit import Kit
from app.reports.period import ReportCancelled, gather_period
from tests.reports.conftest import T0, Night, iso, pdf_text
from tests.support.cli import CliRunner


def _period(cli: CliRunner, first: str, last: str, fmt: str, out: Path) -> None:
    result = cli(
        "report", "period", "--from", first, "--to", last, "--format", fmt, "--out", str(out)
    )
    assert result.code == 0, result.err
    assert str(out) in result.out


def _more_incidents(night: Night) -> tuple[str, str]:
    """One on-time outage two days after the night, one a month before (outside)."""
    service: IncidentService = night.service
    clock = night.clock
    clock.at(T0 - timedelta(days=30))
    before = service.create("disaster", "Old outage", ["sms"], detected=T0 - timedelta(days=30))
    later = T0 + timedelta(days=2)
    clock.at(later + timedelta(minutes=5))
    incident = service.create("disaster", "Brazil gateway", ["brazil"], detected=later)
    fields = {"impact": "No MO in Brazil", "started": "01:00", "actions": "Escalated"}
    service.notify(incident, "initial", {**fields, "next_update": iso(later + timedelta(hours=1))})
    clock.at(later + timedelta(hours=3))
    return before.reference, incident.reference


def test_every_incident_in_the_range_with_totals_that_add_up(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    outside, inside = _more_incidents(night)
    csv_out = tmp_path / "march.csv"
    _period(cli, "2026-03-01", "2026-03-31", "csv", csv_out)
    rows = list(csv.DictReader(csv_out.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["Incident"] for r in rows} == {night.reference, inside}
    assert len(rows) == 4  # three notices of the night, one of the Brazil outage

    pdf_out = tmp_path / "march.pdf"
    _period(cli, "2026-03-01", "2026-03-31", "pdf", pdf_out)
    text = pdf_text(pdf_out)
    flat = " ".join(text.split())
    assert outside not in flat
    assert "2 incidents began in the period: 2 unplanned outages, 0 planned work." in flat
    # the night's first notice was late; the Brazil one is not out at all, 3 h on: late too
    assert "The first notice was LATE in 2 of 2 outages" in flat
    # promises: the night 1 kept + 1 missed; Brazil's promise lapsed with nothing sent
    assert "3 update times promised: 1 KEPT, 2 MISSED." in flat
    sent = sum(int(r["Sent"]) for r in rows)
    messages = sum(int(r["Messages"]) for r in rows)
    assert f"4 notices, {messages} messages to partners: {sent} delivered" in flat
    assert re.search(r"relay \d+", flat)  # the per-path chart
    assert "Messages out per delivery path" in flat and "Missed update promises" in flat


def test_write_offs_by_reason_match_the_backlog(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    row = night.kit.store.conn.execute(
        "SELECT count(*), sum(amount_minor), currency FROM backlog_records "
        "WHERE status = 'write-off'"
    ).fetchone()
    count, amount, currency = int(row[0]), int(row[1]), row[2]
    out = tmp_path / "march.pdf"
    _period(cli, "2026-03-10", "2026-03-10", "pdf", out)
    flat = " ".join(pdf_text(out).split())
    assert f"Written off in the period: {money_text(amount)} {currency} ({count} records)." in flat
    assert f"Written off by reason ({currency})" in flat
    assert "Duplicate Usage Fault" in flat

    # a day later nothing was written off and no incident began
    quiet = tmp_path / "quiet.html"
    _period(cli, "2026-03-11", "2026-03-11", "html", quiet)
    html = quiet.read_text(encoding="utf-8")
    assert "No incident began between 2026-03-11 and 2026-03-11." in html
    assert "Nothing was written off in the period." in html


def test_a_period_that_ends_before_it_starts_is_refused(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    result = cli(
        "report",
        "period",
        "--from",
        "2026-03-31",
        "--to",
        "2026-03-01",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.code == 2 and "swap --from and --to" in result.err
    result = cli(
        "report",
        "period",
        "--from",
        "March",
        "--to",
        "2026-03-01",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.code == 2 and "--from 'March' is not a date" in result.err
    assert not out.exists()


def test_a_cancelled_period_report_stops_with_a_message(night: Night) -> None:
    with pytest.raises(ReportCancelled, match="cancelled; nothing was written"):
        gather_period(
            night.kit.store.conn,
            date(2026, 3, 1),
            date(2026, 3, 31),
            actor="Manager",
            cancelled=lambda: True,
        )
