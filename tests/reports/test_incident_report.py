"""The incident report of a scripted night, made through the real command line: the figures
a manager relies on, in PDF, HTML and CSV."""

from __future__ import annotations

import csv
import re
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.incidents.service import IncidentService
from app.kit import Kit
from app.reports import charts
from tests.reports.conftest import NON_LATIN, T0, Clock, Night, iso, pdf_text
from tests.support.cli import CliRunner
from tests.support.private import assert_owner_only


def _report(cli: CliRunner, reference: str, fmt: str, out: Path) -> None:
    result = cli("--json", "report", "incident", reference, "--format", fmt, "--out", str(out))
    assert result.code == 0, result.err
    assert result.json() == {
        "file": str(out),
        "format": fmt,
        "report": "incident",
        "about": reference,
        "created_folder": None,  # the folder was there
    }


def test_pdf_says_the_first_notice_was_late_and_which_promise_was_missed(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "night.pdf"
    _report(cli, night.reference, "pdf", out)
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "first told at 01:26, 26 min after detection: LATE" in flat.replace("+0000", "")
    assert "2 update times promised: 1 KEPT, 1 MISSED" in flat
    assert "notice #2 came at 02:15, 15 min after the promised 02:00" in flat
    # the procedure table: one verdict per rule
    assert re.search(r"First notice within 15 min of.*LATE", text)
    assert re.search(r"Notice #1 promised an update.*MISSED", text)
    assert re.search(r"Notice #2 promised an update.*KEPT", text)
    assert re.search(r"Resolution notice.*PRESENT", text)
    # the backlog decision taken during the night, and the partners told another way
    assert "Duplicates from the outage" in text
    assert "Every partner told 2026-03-10 01:26" in flat


def test_polish_cyrillic_and_portuguese_survive_into_the_pdf(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "night.pdf"
    _report(cli, night.reference, "pdf", out)
    flat = " ".join(pdf_text(out).split())
    for words in ("zażółć gęślą jaźń", "ĄĘŁŃŚŹŻ", "Сбой шлюза SMS", "cobrança não disponível"):
        assert words in flat
    # a Polish partner's own notice text is quoted as they got it (Polish template)
    assert NON_LATIN.split(" · ")[0] in flat


def test_delivery_totals_add_up(night: Night, cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "night.csv"
    _report(cli, night.reference, "csv", out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["Stage"] for r in rows] == ["Initial notice", "Update", "Resolution"]
    assert [r["First-notice rule"] for r in rows] == ["LATE", "", ""]
    assert [r["Promise"] for r in rows] == ["MISSED", "KEPT", ""]
    assert rows[0]["Minutes after detection"] == "26"
    for row in rows:
        states = ("Sent", "Failed", "Uncertain", "Handed off", "Queued (not out)", "Held")
        states += ("No longer needed",)
        assert sum(int(row[s]) for s in states) == int(row["Messages"])
        assert int(row["Failed"]) == 0  # the refused partner was phoned, every time
        # the SMS of the partners who had the e-mail waited for a modem: held (the update's
        # as no longer needed: the resolution reached them), not "told another way"
        held = int(row["Held"]) + int(row["No longer needed"])
        assert (int(row["Sent"]), held) == (int(row["Messages"]) - 3, 3)
        assert int(row["Messages"]) == int(row["E-mail recipients"]) + int(row["SMS recipients"])
    assert [r["No longer needed"] for r in rows] == ["0", "3", "0"]
    out_pdf = tmp_path / "night.pdf"
    _report(cli, night.reference, "pdf", out_pdf)
    flat = " ".join(pdf_text(out_pdf).split())
    sent = sum(int(r["Sent"]) for r in rows)
    total = sum(int(r["Messages"]) for r in rows)
    failed = sum(int(r["Failed"]) for r in rows)
    assert f"{total} messages to 7 contacts: {sent} delivered" in flat and failed == 0


def test_html_is_one_self_contained_file(night: Night, cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "night.html"
    _report(cli, night.reference, "html", out)
    html = out.read_text(encoding="utf-8")
    assert "<style>" in html and "table.data th" in html and "<link" not in html
    assert not re.search(r"""(src|href)=["']?(http|file|/)""", html)
    assert "MISSED" in html and "zażółć" in html
    assert_owner_only(out)  # user-only, like every file the kit writes
    entries = night.kit.audit.entries(action_prefix="report.written")
    assert entries and entries[-1].details["about"] == night.reference


def test_partners_not_told_past_the_deadline_is_late_and_no_closing_notice(
    service_with_demo: IncidentService, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    clock.at(T0 + timedelta(minutes=30))
    incident = service_with_demo.create("disaster", "Billing down", ["subscriptions"], detected=T0)
    out = tmp_path / "open.pdf"
    _report(cli, incident.reference, "pdf", out)
    flat = " ".join(pdf_text(out).split())
    assert "No partner had been told by the deadline 01:15: LATE" in flat
    assert "No resolution notice yet" in flat
    # still open: the resolution notice is not due yet (neutral), not MISSING in red
    assert re.search(r"Resolution notice none NOT DUE YET", flat)
    assert "MISSING" not in flat
    html = tmp_path / "open.html"
    _report(cli, incident.reference, "html", html)
    row = html.read_text(encoding="utf-8").split("Resolution notice")[-1].split("</tr>")[0]
    assert "NOT DUE YET" in row and charts.BAD not in row

    service_with_demo.withdraw(incident, "opened by mistake")
    _report(cli, incident.reference, "pdf", out)
    flat = " ".join(pdf_text(out).split())
    assert "not needed (withdrawn)" in flat and "MISSING" not in flat


def test_csv_and_xlsx_of_an_incident_without_notices_have_its_row(
    service_with_demo: IncidentService, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    """Nothing sent yet: the table still names the incident, its deadline and "no notice yet"
    (was the audit-head row alone)."""
    clock.at(T0 + timedelta(minutes=5))
    incident = service_with_demo.create("disaster", "Billing down", ["subscriptions"], detected=T0)
    out = tmp_path / "quiet.csv"
    _report(cli, incident.reference, "csv", out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    row = next(r for r in rows if r["Incident"] == incident.reference)
    assert (row["Title"], row["Kind"], row["Stage"]) == (
        "Billing down",
        "disaster",
        "no notice yet",
    )
    assert row["First-notice rule"] == "NOT DUE YET" and row["Detected"] and row["Notify by"]
    sheet = tmp_path / "quiet.xlsx"
    _report(cli, incident.reference, "xlsx", sheet)
    book = load_workbook(sheet)
    cells = [c for ws in book.worksheets for r in ws.iter_rows(values_only=True) for c in r]
    assert incident.reference in cells and "no notice yet" in cells


def test_initial_notice_within_the_rule_is_on_time(
    service_with_demo: IncidentService, clock: Clock, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    clock.at(T0 + timedelta(minutes=9))
    incident = service_with_demo.create("disaster", "Billing down", ["subscriptions"], detected=T0)
    fields = {"impact": "No renewals", "started": "01:00", "actions": "Failover"}
    service_with_demo.notify(
        incident, "initial", {**fields, "next_update": iso(T0 + timedelta(hours=1))}
    )
    out = tmp_path / "ontime.csv"
    _report(cli, incident.reference, "csv", out)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    # nothing went out (no delivery path set up): queued at 9 min, so not yet late
    assert rows[0]["First out"] == "" and rows[0]["First-notice rule"] == "NOT DUE YET"
    assert rows[0]["Promise"] == "NOT DUE YET"


def test_planned_work_is_judged_by_its_completion_notice(
    service_with_demo: IncidentService, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    start, end = T0 + timedelta(days=1), T0 + timedelta(days=1, hours=2)
    incident = service_with_demo.create(
        "downtime", "Database upgrade", ["platform"], window=(start, end)
    )
    out = tmp_path / "planned.pdf"
    _report(cli, incident.reference, "pdf", out)
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "Partners have not been told about the work yet." in flat
    assert "No completion notice yet" in flat
    assert re.search(r"Partners told before the work.*NOT DUE YET", text)


def test_unknown_reference_and_a_folder_as_output_are_clear_errors(
    service_with_demo: IncidentService, cli: CliRunner, tmp_path: Path
) -> None:
    result = cli("report", "incident", "OK-1999-0001", "--format", "pdf", "--out", str(tmp_path))
    assert result.code == 2 and "no incident OK-1999-0001" in result.err
    incident = service_with_demo.create("disaster", "Billing down", ["subscriptions"])
    result = cli(
        "report", "incident", incident.reference, "--format", "pdf", "--out", str(tmp_path)
    )
    assert result.code == 2 and "is a folder" in result.err
    assert not list(tmp_path.glob("*.pdf"))


def test_partner_text_cannot_inject_markup_into_the_html(
    service_with_demo: IncidentService, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    clock.at(T0 + timedelta(minutes=5))
    title = '<img src="http://tracker.example.net/x.png"> & <script>alert(1)</script>'
    incident = service_with_demo.create("disaster", title, ["sms"], detected=T0)
    out = tmp_path / "escaped.html"
    _report(cli, incident.reference, "html", out)
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
