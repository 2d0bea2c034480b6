"""A period whose outages were all told in time says so, instead of "The first notice was
LATE in 0 of 1 outages" (a manager read the capital LATE as an alarm)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.incidents.service import IncidentService
from tests.reports.conftest import T0, Clock, iso, pdf_text
from tests.support.cli import CliRunner


def test_a_period_without_a_late_first_notice_says_none_was(
    service_with_demo: IncidentService, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    clock.at(T0 + timedelta(minutes=5))
    incident = service_with_demo.create("disaster", "Short blip", ["sms"], detected=T0)
    fields = {"impact": "No MT", "started": "01:00", "actions": "Restart"}
    later = iso(T0 + timedelta(hours=1))
    service_with_demo.notify(incident, "initial", {**fields, "next_update": later})
    service_with_demo.told_another_way(incident, "bridge call")
    day = T0.date().isoformat()
    out = tmp_path / "period.pdf"
    made = cli("report", "period", "--from", day, "--to", day, "--format", "pdf", "--out", str(out))
    assert made.code == 0, made.err
    flat = " ".join(pdf_text(out).split())
    assert "No first notice was late (1 unplanned outage;" in flat, flat[:2000]
    assert "LATE in 0" not in flat
