"""The incident report shows every language version of each notice as partners got it
(issue 15): an outage told to Polish, Czech, Ukrainian and English partners through a
bundle written here (its own field names, languages the kit does not ship, SMS derived from
the e-mail templates). The PDF (read back with poppler) carries each version's subject and
body as stored when the notice was queued, with its language, time zone, partners per
channel and how many of their messages left the kit; the XLSX has a sheet of every text and
headers in the report's language, typed cells kept; the CSV stays as other systems load it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port
from tests.reports.conftest import Clock, pdf_text
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink
from tests.support.report_langs import (
    IMPACT,
    initial_fields,
    load_bundle,
    service_of,
    update_fields,
)

T0 = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
POLISH = {"OUTAGE_KIT_LANG": "pl"}
#: where a test leaves its PDF pages as images, to be looked at
PAGES = Path("/tmp/report-languages")


@dataclass
class Told:
    kit: Kit
    service: IncidentService
    reference: str


@pytest.fixture
def told(kit: Kit, clock: Clock, tmp_path: Path) -> Iterator[Told]:
    """Detected 01:00; the initial notice out 01:10 to everyone (e-mail through a real SMTP
    server in its own process; SMS copies wait: no modem); an update at 02:00 with a long
    Czech progress report; closed with a resolution at 02:50."""
    load_bundle(kit, tmp_path / "bundle")
    sink = MailSink(free_port(), tmp_path / "received")
    try:
        set_delivery_doc(kit, delivery_toml(("relay", sink.port, "none")))
        service = service_of(kit)
        clock.at(T0 + timedelta(minutes=5))
        incident = service.create("disaster", "SMS gateways down", ["sms"], detected=T0)
        clock.at(T0 + timedelta(minutes=9))
        service.notify(incident, "initial", initial_fields(T0))
        clock.at(T0 + timedelta(minutes=10))
        make_delivery(kit).send()
        clock.at(T0 + timedelta(minutes=60))
        service.notify(incident, "update", update_fields(T0))
        make_delivery(kit).send()
        clock.at(T0 + timedelta(minutes=110))
        service.notify(incident, "resolved", {"konec": (T0 + timedelta(minutes=105)).isoformat()})
        make_delivery(kit).send()
    finally:
        sink.stop()
    clock.at(T0 + timedelta(minutes=120))
    yield Told(kit, service, incident.reference)


def _pages(pdf: Path, name: str) -> list[Path]:
    PAGES.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(PAGES / name)], check=True)
    return sorted(PAGES.glob(f"{name}*.png"))


def test_the_pdf_shows_every_language_version_of_each_notice(
    told: Told, cli: CliRunner, tmp_path: Path
) -> None:
    told.kit.store.close()
    pdf = tmp_path / "incident.pdf"
    made = cli.subprocess(
        "report", "incident", told.reference, "--format", "pdf", "--out", str(pdf)
    )
    assert made.code == 0, made.err
    flat = " ".join(pdf_text(pdf).split())
    _pages(pdf, "en")
    for text in IMPACT.values():
        assert text in flat, text
    assert "Texts as sent: 4 languages, 4 versions" in flat
    assert "pl · Europe/Warsaw · 2 partners" in flat
    assert "cs · Europe/Prague · 1 partner" in flat
    assert "uk · Europe/Kyiv · 1 partner" in flat
    assert "E-mail to 2 partners, 2 out" in flat
    assert "SMS to 1 partner, 0 out" in flat  # no modem: the SMS copies still wait
    assert "Výpadek (initial): SMS gateways down" in flat
    assert "Збій (initial): SMS gateways down" in flat
    assert "40. Obnovujeme bránu č. 40" in flat  # the long Czech text whole
    for address in ("noc@alfa.example.com", "+48 500 000 001", "ops@kyiv.example.net"):
        assert address not in flat  # partners' addresses are never in the report
