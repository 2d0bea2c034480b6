"""A scripted night through the real services: an incident opened, notices queued at
controlled times, e-mail delivered through a real SMTP server on 127.0.0.1 (one partner's
server refuses), a backlog write-off meanwhile."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import app.timefmt
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.contacts.demo import load_demo
from app.incidents.model import Incident
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.backlog.conftest import HEADER, sample_rows
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, free_port, smtp_server
from tests.support.mail_sink import MailSink

#: detection of the scripted outage (a Tuesday night, UTC)
T0 = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
NON_LATIN = "zażółć gęślą jaźń ĄĘŁŃŚŹŻ · Сбой шлюза SMS · cobrança não disponível, ação"
REFUSED = "ops@fjord.example.net"
REAL_NOW = app.timefmt.now  # read before any test replaces it


@pytest.fixture(autouse=True)
def _one_qt_application(qapp: object) -> None:
    """The in-process command line lays PDFs out with Qt: let it find the QApplication the
    window tests need, instead of creating a bare QGuiApplication first."""


class Clock:
    """The time every service reads (`app.timefmt.now`, as each module imported it)."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def at(self, moment: datetime) -> None:
        self.moment = moment


def _clocks_in_app_modules(real: object) -> Iterator[tuple[object, str, object]]:
    """(module, name, value) for every name of the kit's modules bound to the real `now` or
    to a test's Clock (a module the command line imports lazily, during a test, binds the
    Clock that `app.timefmt.now` was then, and keeps it after the test)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("app") or module is None:
            continue
        for attr, value in list(vars(module).items()):
            if value is real or isinstance(value, Clock):
                yield module, attr, value


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    fake = Clock(T0)
    # the report prints local times: make the workstation's zone UTC, like the script's
    monkeypatch.setenv("TZ", "UTC")
    if hasattr(time, "tzset"):
        time.tzset()
    elif datetime.now().astimezone().utcoffset():  # Windows: no tzset, the zone is fixed
        pytest.skip("Windows cannot switch a running process to UTC (no time.tzset)")
    real = REAL_NOW
    for module, attr, _value in _clocks_in_app_modules(real):
        monkeypatch.setattr(module, attr, fake)
    yield fake
    for module, attr, _value in _clocks_in_app_modules(real):
        setattr(module, attr, real)  # what was imported meanwhile: the real clock again


@dataclass
class Night:
    kit: Kit
    service: IncidentService
    incident: Incident
    clock: Clock

    @property
    def reference(self) -> str:
        return self.incident.reference


def iso(moment: datetime) -> str:
    return moment.isoformat()


@pytest.fixture
def night(kit: Kit, clock: Clock, tmp_path: Path) -> Iterator[Night]:
    """Detected 01:00 UTC; initial notice out 01:26 (late: 15 min rule) promising 02:00;
    update out 02:15 (missed by 15 min) promising 03:00; resolution out 02:50 (kept)."""
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    clock.at(T0 + timedelta(minutes=20))
    incident = service.create("disaster", "SMS gateways down", ["sms"], detected=T0)
    with smtp_server("none") as relay:
        relay.recorder.refuse.add(REFUSED)
        set_delivery_doc(kit, delivery_toml(("relay", relay, "none")))
        delivery = make_delivery(kit)

        clock.at(T0 + timedelta(minutes=25))
        service.notify(
            incident,
            "initial",
            {
                "impact": f"MT billing stopped. {NON_LATIN}",
                "started": "01:00 UTC",
                "actions": "Restarting the gateways",
                "next_update": iso(T0 + timedelta(hours=1)),
            },
        )
        clock.at(T0 + timedelta(minutes=26))
        delivery.send()
        # the refused address and the SMS-only partner (no modem here): phoned; the SMS of
        # the partners who had the e-mail wait for a modem, and closing holds them
        service.told_another_way(incident, "phoned the partners the relay could not reach")

        clock.at(T0 + timedelta(minutes=40))
        _write_off_some(kit, tmp_path)

        clock.at(T0 + timedelta(minutes=74))
        service.notify(
            incident,
            "update",
            {"progress": "Gateway A is back", "next_update": iso(T0 + timedelta(hours=2))},
        )
        clock.at(T0 + timedelta(minutes=75))
        delivery.send()
        service.told_another_way(incident, "phoned")

        clock.at(T0 + timedelta(minutes=110))
        service.notify(incident, "resolved", {"resolved_at": "02:45 UTC", "summary": "Fixed"})
        delivery.send()
        service.told_another_way(incident, "phoned")
    clock.at(T0 + timedelta(minutes=120))
    service.close(service.get(incident.reference))
    yield Night(kit, service, service.get(incident.reference), clock)


def _write_off_some(kit: Kit, folder: Path) -> None:
    source = folder / "quarantine.csv"
    source.write_text("\n".join([HEADER, *sample_rows(8)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(source, kind="bms-telephony")
    BacklogActions(conn=kit.store.conn, audit=kit.audit).set_status(
        to="write-off",
        note="Duplicates from the outage",
        criteria=Criteria(reason="Duplicate Usage Fault"),
    )


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader copying from it gets it (poppler's pdftotext)."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture
def service_with_demo(kit: Kit, clock: Clock) -> IncidentService:
    """Incidents over the demo directory, on the controlled clock."""
    load_demo(kit)
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


@dataclass
class Told:
    """An outage told in four languages (tests/support/report_langs.py)."""

    kit: Kit
    service: IncidentService
    reference: str


@pytest.fixture
def told(kit: Kit, clock: Clock, tmp_path: Path) -> Iterator[Told]:
    """Detected 01:00; the initial notice out 01:10 to everyone (e-mail through a real SMTP
    server in its own process; the SMS copies wait: no modem); an update at 02:00 with a
    long Czech progress report; a resolution at 02:50."""
    from tests.support import report_langs

    report_langs.load_bundle(kit, tmp_path / "bundle")
    sink = MailSink(free_port(), tmp_path / "received")
    try:
        set_delivery_doc(kit, delivery_toml(("relay", sink.port, "none")))
        service = report_langs.service_of(kit)
        clock.at(T0 + timedelta(minutes=5))
        incident = service.create("disaster", "SMS gateways down", ["sms"], detected=T0)
        clock.at(T0 + timedelta(minutes=9))
        service.notify(incident, "initial", report_langs.initial_fields(T0))
        clock.at(T0 + timedelta(minutes=10))
        make_delivery(kit).send()
        clock.at(T0 + timedelta(minutes=60))
        service.notify(incident, "update", report_langs.update_fields(T0))
        make_delivery(kit).send()
        clock.at(T0 + timedelta(minutes=110))
        end = (T0 + timedelta(minutes=105)).isoformat()
        service.notify(incident, "resolved", {"konec": end})
        make_delivery(kit).send()
    finally:
        sink.stop()
    clock.at(T0 + timedelta(minutes=120))
    yield Told(kit, service, incident.reference)


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[MailSink]:
    """A mail server of its own, on a free port, keeping what it received."""
    server = MailSink(free_port(), tmp_path / "received")
    yield server
    server.stop()
