from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.servers import free_port
from tests.support.lang_bundle import load_into
from tests.support.mail_sink import MailSink


@pytest.fixture
def service(kit: Kit) -> IncidentService:
    """Incidents over a kit holding the demo directory."""
    load_demo(kit)
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


@pytest.fixture
def sink(tmp_path: Path) -> Iterator[MailSink]:
    """A real SMTP server in a process of its own, on a free port of 127.0.0.1."""
    server = MailSink(free_port(), tmp_path / "received")
    yield server
    server.stop()


@pytest.fixture
def nordic(kit: Kit, tmp_path: Path) -> IncidentService:
    """A kit holding the nordic bundle's directory (as `bundle import` leaves it)."""
    load_into(kit, tmp_path / "src")
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
