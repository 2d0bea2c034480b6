"""The reports say "told" only where the kit does (README, "Told means delivered"): a notice
exported as .eml files and never confirmed sent has reached nobody; an announcement one
partner's server refused is not "announced on time"; a refusal stays in the report after
the incident closes; "told another way" is one delivery path, not one per typed sentence.
Driven through the command line a manager uses, the files read back."""

from __future__ import annotations

import csv
import re
from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook

from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, smtp_server
from tests.incidents.test_schedule import END, FIELDS, START
from tests.reports.conftest import REFUSED, T0, Clock, Night, iso, pdf_text
from tests.support.cli import CliRunner

INITIAL = {"impact": "No renewals", "started": "01:00", "actions": "Failover"}


def _report(cli: CliRunner, *args: str) -> None:
    result = cli("report", *args)
    assert result.code == 0, result.err


def _csv_rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig").split("\r\n\r\n")[0]
    return list(csv.DictReader(text.splitlines()))


def _flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def test_eml_files_not_confirmed_sent_are_not_told_and_not_on_time(
    service_with_demo: IncidentService, clock: Clock, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    clock.at(T0 + timedelta(minutes=3))
    incident = service_with_demo.create("disaster", "Billing down", ["subscriptions"], detected=T0)
    service_with_demo.notify(
        incident, "initial", {**INITIAL, "next_update": iso(T0 + timedelta(hours=1))}
    )
    clock.at(T0 + timedelta(minutes=4))
    exported = cli("outbox", "export-eml", str(tmp_path / "usb"))
    assert exported.code == 0, exported.err
    drafts = sorted((tmp_path / "usb").glob("*.eml"))
    assert drafts  # .eml files on the stick, nobody has them yet

    clock.at(T0 + timedelta(minutes=8))
    pdf, table = tmp_path / "r.pdf", tmp_path / "r.csv"
    _report(cli, "incident", incident.reference, "--format", "pdf", "--out", str(pdf))
    _report(cli, "incident", incident.reference, "--format", "csv", "--out", str(table))
    flat = _flat(pdf)
    assert "first told" not in flat and "ON TIME" not in flat
    assert "Partners must be told by 01:15" in flat and "no partner has it yet" in flat
    assert f"{len(drafts)} handed off, not confirmed sent (settle them in the Outbox)" in flat
    assert "no partner told yet; deadline 01:15 NOT DUE YET" in flat  # the procedure row
    [row] = _csv_rows(table)
    assert row["First-notice rule"] == "NOT DUE YET" and row["First out"] == ""
    assert row["Handed off"] == str(len(drafts)) and row["Sent"] == "0"

    # past the deadline and still not confirmed: LATE, as `incident show` says
    clock.at(T0 + timedelta(minutes=20))
    _report(cli, "incident", incident.reference, "--format", "csv", "--out", str(table))
    assert _csv_rows(table)[0]["First-notice rule"] == "LATE"

    # the officer confirms the drafts went out (at 01:25): told then, late by the rule
    clock.at(T0 + timedelta(minutes=25))
    ids = [m.id for m in kit_outbox_handed(kit)]
    for message in ids:
        settled = cli("outbox", "settle", str(message), "--as", "sent")
        assert settled.code == 0, settled.err
    _report(cli, "incident", incident.reference, "--format", "pdf", "--out", str(pdf))
    flat = _flat(pdf)
    assert "Partners were first told at 01:25, 25 min after detection: LATE" in flat


def kit_outbox_handed(kit: Kit) -> list[object]:
    from app.delivery.outbox import Outbox

    return list(Outbox(conn=kit.store.conn, audit=kit.audit).messages(state="handed-off"))


def test_an_announcement_a_server_refused_is_not_announced_on_time(
    service_with_demo: IncidentService, clock: Clock, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    kit.settings.set("planned_announce_days", 3)
    with smtp_server("none") as relay:
        relay.recorder.refuse.add(REFUSED)
        set_delivery_doc(kit, delivery_toml(("relay", relay, "none")))
        clock.at(START - timedelta(days=4))
        incident = service_with_demo.create(
            "downtime", "Gateway swap", ["sms"], window=(START, END)
        )
        service_with_demo.notify(incident, "initial", FIELDS)
        make_delivery(kit).send()
    clock.at(START - timedelta(days=1))
    day = START.date().isoformat()
    table, pdf = tmp_path / "p.csv", tmp_path / "p.pdf"
    _report(cli, "period", "--from", day, "--to", day, "--format", "csv", "--out", str(table))
    planned = table.read_bytes().decode("utf-8-sig").split("\r\n\r\n")[1].splitlines()[1:]
    [row] = list(csv.DictReader(planned))
    told, partners = int(row["Announcement: partners told"]), int(row["Announcement: partners"])
    assert told < partners
    assert not row["Announced"].startswith("on time")
    assert row["Announced"].startswith(f"NOT EVERY PARTNER: {told} of {partners} partners")
    assert "1 refused by the server" in row["Announced"]
    _report(cli, "period", "--from", day, "--to", day, "--format", "pdf", "--out", str(pdf))
    flat = _flat(pdf)
    assert "on time" not in flat.split("Planned work")[-1]
    assert "refused by the server" in flat


def test_a_refusal_stays_in_the_reports_after_the_incident_closes(
    service_with_demo: IncidentService, clock: Clock, kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    """The relay refuses one partner's address (550) for the initial notice; the resolution
    reaches everyone (phoned), the incident closes and its waiting copies are held. The
    manager still reads that the address was refused by the server, with its reply: a bad
    address in the directory that IT must fix."""
    clock.at(T0 + timedelta(minutes=5))
    incident = service_with_demo.create("disaster", "Relay refuses", ["sms"], detected=T0)
    with smtp_server("none") as relay:
        relay.recorder.refuse.add(REFUSED)
        set_delivery_doc(kit, delivery_toml(("relay", relay, "none")))
        service_with_demo.notify(
            incident, "initial", {**INITIAL, "next_update": iso(T0 + timedelta(hours=1))}
        )
        make_delivery(kit).send()
        clock.at(T0 + timedelta(minutes=40))
        service_with_demo.notify(incident, "resolved", {"resolved_at": "01:30", "summary": "Ok"})
        make_delivery(kit).send()
    service_with_demo.told_another_way(incident, "phoned")  # the resolution's untold partners
    clock.at(T0 + timedelta(minutes=45))
    service_with_demo.close(service_with_demo.get(incident.reference))

    table, pdf, book = tmp_path / "c.csv", tmp_path / "c.pdf", tmp_path / "c.xlsx"
    for out in (table, pdf, book):
        fmt = out.suffix[1:]
        _report(cli, "incident", incident.reference, "--format", fmt, "--out", str(out))
    first = _csv_rows(table)[0]
    assert first["Failed"] == "1", first
    flat = _flat(pdf)
    assert "1 failed" in flat
    assert re.search(r"Fjord.*failed.*recipient refused: 550 5\.1\.1 No such user", flat), flat
    sheet = load_workbook(book)["Notices"]
    header = [c.value for c in sheet[1]]
    assert sheet.cell(row=2, column=header.index("Failed") + 1).value == 1
    period = tmp_path / "per.pdf"
    day = T0.date().isoformat()
    _report(cli, "period", "--from", day, "--to", day, "--format", "pdf", "--out", str(period))
    assert re.search(r"\b1 failed or uncertain", _flat(period))


def test_told_another_way_is_one_delivery_path_whatever_was_typed(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    """The night was told another way three times, in two wordings (the officer's free text
    may hold a phone number): the report counts one path, "told another way"."""
    table, period = tmp_path / "n.csv", tmp_path / "per.csv"
    _report(cli, "incident", night.reference, "--format", "csv", "--out", str(table))
    paths = " ".join(r["Paths"] for r in _csv_rows(table))
    assert "phoned" not in paths and "told another way" in paths
    day = T0.date().isoformat()
    _report(cli, "period", "--from", day, "--to", day, "--format", "csv", "--out", str(period))
    assert "phoned" not in period.read_text(encoding="utf-8-sig")
    pdf = tmp_path / "per.pdf"
    _report(cli, "period", "--from", day, "--to", day, "--format", "pdf", "--out", str(pdf))
    flat = _flat(pdf)
    assert "phoned the partners" not in flat and "told another way" in flat
