"""An SMS the network reported delivered counts as delivered in the incident report: a new
user's report listed every such SMS under "Not delivered" and counted them nowhere in the
CSV, while the Outbox said "delivered". E-mail through a real SMTP server in its own
process, SMS through the AT modem emulator with the network's delivery reports."""

from __future__ import annotations

import csv
from pathlib import Path

from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.modem_sim import ModemSim
from tests.delivery.servers import delivery_toml, free_port
from tests.incidents.test_service import INITIAL, _later
from tests.reports.conftest import pdf_text
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink


def test_delivered_sms_are_delivered_in_the_report(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    from app.contacts.demo import load_demo

    load_demo(kit)
    sink, sim = MailSink(free_port(), tmp_path / "received"), ModemSim()
    try:
        doc = delivery_toml(("relay", sink.port, "none"))
        set_delivery_doc(kit, f'{doc}\n[modem]\nport = "{sim.port}"\nbaud = 115200\n')
        service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
        incident = service.create("disaster", "SMS gateways down", ["sms"])
        service.notify(incident, "initial", {**INITIAL, "next_update": _later()})
        make_delivery(kit).send()
    finally:
        sink.stop()
        sim.close()
    states = Outbox(conn=kit.store.conn, audit=kit.audit).counts(incident_ref=incident.reference)
    assert states["delivered"] >= 1 and states["failed"] == states["queued"] == 0
    kit.store.close()

    out = tmp_path / "report.csv"
    assert (
        cli("report", "incident", incident.reference, "--format", "csv", "--out", str(out)).code
        == 0
    )
    [row] = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert int(row["Sent"]) == int(row["Messages"]) == states["sent"] + states["delivered"]
    pdf = tmp_path / "report.pdf"
    assert (
        cli("report", "incident", incident.reference, "--format", "pdf", "--out", str(pdf)).code
        == 0
    )
    flat = " ".join(pdf_text(pdf).split())
    total = int(row["Messages"])
    assert f"{total} delivered" in flat and "Not delivered" not in flat
