"""The window's own times name the officer's zone as the notices to partners do: the
incident page's detection time, the Audit log's and the Outbox's "When"/"Updated" columns
read 2026-07-15 14:00 CEST, 15.07.2026 17:30 IST — the offset (UTC-05:00) only where the
zone has no abbreviation, never a bare "+0200". The local-times panel of the preview keeps
the same rule for the partners' zones (UTC-03:00 for São Paulo)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from app import i18n
from app.incidents.service import IncidentService
from app.kit import Kit
from app.ui.incidents.page import IncidentPage
from app.ui.language import install_language
from app.ui.outbox.section import OutboxSection
from app.ui.sections.audit import AuditSection
from app.ui.table_model import RowsModel
from tests.delivery.conftest import queue
from tests.support.forms_bundle import officer_zone
from tests.support.wall_clock import gone

DETECTED = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)
BARE_OFFSET = re.compile(r"\d\d:\d\d [+-]\d{4}\b")


@pytest.fixture(params=["en", "pl"])
def language(request: pytest.FixtureRequest) -> str:
    install_language(request.param)  # (the autouse fixture puts English back)
    i18n.install(request.param)
    return str(request.param)


def _column(model: RowsModel[object], index: int) -> list[str]:
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def _titled(model: RowsModel[object], title: str) -> int:
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


@pytest.mark.parametrize(
    ("zone", "english", "polish"),
    [
        ("Europe/Warsaw", "2026-07-15 14:00 CEST", "15.07.2026 14:00 CEST"),
        ("Asia/Kolkata", "2026-07-15 17:30 IST", "15.07.2026 17:30 IST"),
        ("America/Bogota", "2026-07-15 07:00 UTC-05:00", "15.07.2026 07:00 UTC-05:00"),
    ],
)
def test_the_incident_page_names_the_zone(
    qtbot: QtBot, service: IncidentService, language: str, zone: str, english: str, polish: str
) -> None:
    with officer_zone(zone):
        incident = service.create("disaster", "SMS down", ["sms"], detected=DETECTED)
        page = IncidentPage(service)
        qtbot.addWidget(page)
        page.show_incident(incident)
        details = page.details.text()
    assert (english if language == "en" else polish) in details, details
    assert not BARE_OFFSET.search(details), details


def test_the_audit_log_names_the_zone(qtbot: QtBot, kit: Kit, language: str) -> None:
    kit.audit.append("incident.opened", reference="OK-2026-0001")
    for zone, mark in (("Asia/Kolkata", "IST"), ("America/Bogota", "UTC-05:00")):
        with officer_zone(zone):
            section = AuditSection(kit)
            qtbot.addWidget(section)
            section.shown()
            when = _column(section.model, 0)
        assert when and all(w.endswith(f" {mark}") for w in when), when
        assert not any(BARE_OFFSET.search(w) for w in when), when


@pytest.fixture
def outboxes(qtbot: QtBot) -> Iterator[list[OutboxSection]]:
    made: list[OutboxSection] = []
    yield made
    for section in made:
        section.shutdown()
    QThreadPool.globalInstance().waitForDone()


def test_the_outbox_names_the_zone(
    qtbot: QtBot, kit: Kit, language: str, outboxes: list[OutboxSection]
) -> None:
    queue(kit, ["ops@example.com"])
    with officer_zone("Australia/Sydney"):
        section = OutboxSection(kit)
        qtbot.addWidget(section)
        outboxes.append(section)
        section.reload()
        updated = _column(section.model, _titled(section.model, section.tr("Updated")))
    # AEDT in the southern summer, AEST in its winter: the abbreviation either way
    assert updated and all(re.search(r" AE[DS]T$", u) for u in updated), updated


def test_the_local_times_panel_keeps_the_rule(service: IncidentService) -> None:
    """(No Qt needed: what the panel lists comes from the composition.)"""
    incident = service.create(
        "disaster", "SMS down", ["sms"], detected=datetime.now(UTC) - timedelta(minutes=30)
    )
    promise = datetime.now(UTC) + timedelta(hours=2)
    with officer_zone("Europe/Warsaw"):
        c = service.compose(
            incident,
            "initial",
            {"impact": "No MT", "started": gone("02:00 UTC"), "actions": "Restarting",
             "next_update": promise.isoformat()},
        )  # fmt: skip
    shown = [when for _, times, _ in c.local_times() for _, when in times]
    assert shown and not any(BARE_OFFSET.search(w) for w in shown), shown
    assert all(re.search(r" ([A-Z]{2,5}|UTC[+-]\d\d:\d\d)$", w) for w in shown), shown
