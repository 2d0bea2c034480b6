"""The incident report's backlog line counts what changed in the end: a cleanse of every
record and its undo are two decisions in the list (the first marked undone) and no change."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.incidents.service import IncidentService
from tests.backlog.conftest import HEADER, sample_rows
from tests.reports.conftest import T0, Clock, pdf_text
from tests.support.cli import CliRunner


def test_a_cleanse_and_its_undo_change_nothing_net(
    service_with_demo: IncidentService, clock: Clock, cli: CliRunner, tmp_path: Path
) -> None:
    service = service_with_demo
    conn, audit = service.conn, service.audit
    source = tmp_path / "quarantine.csv"
    source.write_text("\n".join([HEADER, *sample_rows(40)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=conn, audit=audit).run(source, kind="bms-telephony")
    clock.at(T0 + timedelta(minutes=5))
    incident = service.create("disaster", "SMS gateways down", ["sms"], detected=T0)
    actions = BacklogActions(conn=conn, audit=audit)
    clock.at(T0 + timedelta(minutes=20))
    actions.set_status(
        to="write-off", note="Duplicates", criteria=Criteria(reason="Duplicate Usage Fault")
    )
    written_off = conn.execute(
        "SELECT count(*) FROM backlog_records WHERE status = 'write-off'"
    ).fetchone()[0]
    clock.at(T0 + timedelta(minutes=30))
    actions.set_status(to="cleansed", note="Cleanse everything", criteria=Criteria())
    clock.at(T0 + timedelta(minutes=31))
    actions.undo_last()

    out = tmp_path / "night.pdf"
    result = cli("report", "incident", incident.reference, "--format", "pdf", "--out", str(out))
    assert result.code == 0, result.err
    flat = " ".join(pdf_text(out).split())
    assert 0 < written_off < 40
    assert (
        f"2 backlog decisions taken meanwhile, 1 of them undone; in the end {written_off} "
        "records changed status." in flat
    ), flat
    assert "Cleansed (undone)" in flat
    assert "undo of decision" in flat
    assert "Write off (undone)" not in flat
