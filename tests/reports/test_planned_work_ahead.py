"""A manager exports the report of planned work before its window: a walk found it said
"Detected" for the day it was planned, "1 d 12 h before the work began" and "it is not
finished yet" for work not begun, and the page's plan "announced 3 days before" for work
opened a day and a half ahead (announced at once). English and Polish."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.contacts.demo import demo_directory
from app.contacts.directory import DirectoryStore
from app.incidents.plan import PlanConfig
from app.incidents.schedule import Schedule
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml
from tests.incidents.test_schedule import END, FIELDS, START
from tests.reports.conftest import Clock, pdf_text
from tests.support.cli import CliRunner
from tests.support.mail_sink import MailSink

OPENED = START - timedelta(hours=36)


def _announced_ahead(kit: Kit, clock: Clock, sink: MailSink) -> str:
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        demo_directory(), origin="demo", reason="test"
    )
    set_delivery_doc(kit, delivery_toml(("office-relay", sink.port, "none")))
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    schedule = Schedule(service=service)
    clock.at(OPENED)
    incident = service.create("downtime", "Router swap", ["subscriptions"], window=(START, END))
    schedule.make_plan(incident, PlanConfig(announce_days=3, reminders=(60,)))
    said = schedule.describe(service.get(incident.reference))
    assert said.startswith("announced at once"), said  # 36 h ahead: under 3 days
    service.notify(service.get(incident.reference), "initial", FIELDS)
    make_delivery(kit).send()
    clock.at(OPENED + timedelta(hours=1))  # the manager's report, the day before
    return incident.reference


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_report_of_work_not_begun_says_it_is_ahead(
    kit: Kit,
    clock: Clock,
    sink: MailSink,
    cli: CliRunner,
    tmp_path: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = _announced_ahead(kit, clock, sink)
    monkeypatch.setenv("OUTAGE_KIT_LANG", language)  # the command's language (in-process:
    # the test's clock is the command's)
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"r.{fmt}"
        done = cli("report", "incident", reference, "--format", fmt, "--out", str(out))
        assert done.code == 0, done.err
    text = " ".join(pdf_text(tmp_path / "r.pdf").split())
    book = load_workbook(tmp_path / "r.xlsx")
    labels = {str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value}
    if language == "en":
        assert "1 d 12 h 00 min before the work is due to begin" in text, text
        assert "it has not begun yet" in text and "not finished yet" not in text
        assert "Opened" in text.split("Facts", 1)[1] and "Detected" not in text
        assert "Opened" in labels and "Detected" not in labels
    else:
        assert "przed planowanym rozpoczęciem prac" in text, text
        assert "jeszcze się nie rozpoczęły" in text and "nie zakończyły" not in text
        assert "Otwarto" in text and "Wykryto" not in text
        assert "Otwarto" in labels and "Wykryto" not in labels
