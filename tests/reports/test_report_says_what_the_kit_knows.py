"""What a report says of an incident: a withdrawn one reads as withdrawn (not as an open,
un-notified outage), a Polish report names services and the title as the bundle and the
officer gave them in Polish, and the period's days are typed as the kit shows them.
Through the command line and the Reports section, the files read back."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.reports.section import ReportsSection
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.reports.conftest import T0, Clock, pdf_text
from tests.support import report_langs
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink

POLISH = {"OUTAGE_KIT_LANG": "pl"}
REASON = "monitoring probe misfired"


def _flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def _withdrawn(service: IncidentService, clock: Clock) -> str:
    clock.at(T0 + timedelta(minutes=2))
    incident = service.create("disaster", "False alarm probe", ["subscriptions"], detected=T0)
    clock.at(T0 + timedelta(minutes=6))
    service.withdraw(incident, REASON)
    clock.at(T0 + timedelta(minutes=10))  # the 15-minute clock has not run out yet
    return incident.reference


def test_a_withdrawn_incident_reads_as_withdrawn_in_every_format(
    service_with_demo: IncidentService, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    reference = _withdrawn(service_with_demo, clock)
    pdf, table, book = tmp_path / "w.pdf", tmp_path / "w.csv", tmp_path / "w.xlsx"
    for out in (pdf, table, book):
        made = cli("report", "incident", reference, "--format", out.suffix[1:], "--out", str(out))
        assert made.code == 0, made.err
    flat = _flat(pdf)
    top = flat.split("In short", 1)[1][:200]
    assert top.startswith(
        f" Withdrawn at 2026-03-10 01:06 UTC: {REASON} — opened by mistake, nothing to notify."
    ), top
    for said in ("must be told by", "cannot be closed without one", "NOT DUE YET", "LATE"):
        assert said not in flat, said
    assert "not needed (withdrawn)" in flat and "withdrawn 2026-03-10 01:06 UTC" in flat
    with table.open(encoding="utf-8-sig", newline="") as f:
        [row] = [r for r in csv.DictReader(f) if r["Incident"] == reference]
    assert row["First-notice rule"] == "NOT NEEDED"
    sheets = load_workbook(book).worksheets
    cells = [c for ws in sheets for r in ws.iter_rows(values_only=True) for c in r]
    assert "withdrawn" in cells and "NOT DUE YET" not in cells


def test_the_reports_section_calls_a_withdrawn_incident_withdrawn(
    qtbot: QtBot, service_with_demo: IncidentService, clock: Clock, kit: Kit
) -> None:
    reference = _withdrawn(service_with_demo, clock)
    section = ReportsSection(kit)
    qtbot.addWidget(section)
    section.show()
    section.shown()
    assert section.incidents.currentData() == reference
    assert section.incidents.currentText().endswith("(disaster, withdrawn)")
    qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    panel = section.panel
    qtbot.waitUntil(lambda: panel.document is not None and not panel.busy, timeout=20000)
    text = " ".join(panel.preview.toPlainText().split())
    assert f"Withdrawn at 2026-03-10 01:06 UTC: {REASON}" in text
    assert "must be told by" not in text


def _polish_names(kit: Kit, clock: Clock, tmp_path: Path) -> str:
    """A bundle naming its service in Polish; the officer gave the title in Polish too."""
    folder = report_langs.write_source(tmp_path / "bundle")
    (folder / "services.csv").write_text(
        "id,name,description,name.pl\nsms,SMS gateways,SMS traffic,Bramki SMS\n", encoding="utf-8"
    )
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(folder)), origin="bundle", reason="test"
    )
    service = report_langs.service_of(kit)
    sink = MailSink(free_port(), tmp_path / "received")
    try:
        set_delivery_doc(kit, delivery_toml(("relay", sink.port, "none")))
        clock.at(T0 + timedelta(minutes=5))
        incident = service.create("disaster", "SMS gateways down in Lodz", ["sms"], detected=T0)
        fields = {**report_langs.initial_fields(T0), "title.pl": "Awaria bramek SMS w Łodzi"}
        service.notify(incident, "initial", fields)
        make_delivery(kit).send()
    finally:
        sink.stop()
    return incident.reference


def test_a_polish_report_names_services_and_title_in_polish(
    kit: Kit, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    reference = _polish_names(kit, clock, tmp_path)
    kit.store.close()
    pdf, table, book = tmp_path / "r.pdf", tmp_path / "r.csv", tmp_path / "r.xlsx"
    for out in (pdf, table, book):
        made = cli.subprocess(
            "report", "incident", reference, "--format", out.suffix[1:], "--out", str(out),
            env=POLISH,
        )  # fmt: skip
        assert made.code == 0, made.err
    flat = _flat(pdf)
    assert "Awaria bramek SMS w Łodzi: nieplanowana awaria, której dotyczy: Bramki SMS" in flat
    head = flat.split("Procedura")[0]  # the partners' own texts, further on, stay as sent
    assert "Awaria bramek SMS w Łodzi · Bramki SMS ·" in head and "SMS gateways" not in head
    assert "Usługi Bramki SMS" in flat
    sheet = load_workbook(book)["Powiadomienia"]
    header = [c.value for c in sheet[1]]
    assert sheet.cell(row=2, column=header.index("Usługi") + 1).value == "Bramki SMS"
    assert sheet.cell(row=2, column=header.index("Tytuł") + 1).value == "Awaria bramek SMS w Łodzi"
    # the CSV is for other systems: as the bundle and the officer named them first
    with table.open(encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f))[:1]
    assert (row["Title"], row["Services"]) == ("SMS gateways down in Lodz", "SMS gateways")


def test_period_days_are_read_as_the_kit_shows_them(
    kit: Kit, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    reference = _polish_names(kit, clock, tmp_path)
    out = tmp_path / "okres.csv"
    for first, last in (("10.03.2026", "2026-03-10"), ("10.03.2026", "today"), ("10.3.", "10.3.")):
        made = cli(
            "report", "period", "--from", first, "--to", last, "--format", "csv", "--out", str(out)
        )
        assert made.code == 0, (first, last, made.err)
        assert reference in out.read_text(encoding="utf-8-sig")
    refused = cli(
        "report", "period", "--from", "10.03.2026 13:45", "--to", "today",
        "--format", "csv", "--out", str(tmp_path / "x.csv"),
    )  # fmt: skip
    assert refused.code == 2 and "--from takes a day without a time of day" in refused.err
    kit.store.close()
    polish = cli.subprocess(
        "report", "period", "--from", "wczoraj", "--to", "10.03.2026",
        "--format", "csv", "--out", str(tmp_path / "y.csv"), env=POLISH,
    )  # fmt: skip
    # "wczoraj" is yesterday by the real clock: a reversed or a real range, never "not a date"
    assert "nie jest datą" not in polish.err and "is not a date" not in polish.err
