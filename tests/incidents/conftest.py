from __future__ import annotations

import pytest

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit


@pytest.fixture
def service(kit: Kit) -> IncidentService:
    """Incidents over a kit holding the demo directory."""
    load_demo(kit)
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
