"""An audit entry's details read in one fixed order per event — the order its writer gives
(incident.opened: reference, kind, title, services, groups) — in `audit list` and the
window alike, not sorted by key (which put "groups" before "reference"). Entries written
before, their keys sorted, still read and verify."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.audit.log import _digest, chain_head
from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from app.store import db
from tests.support.cli import CliRunner


def test_details_follow_the_writers_order(kit: Kit, cli: CliRunner) -> None:
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS down", ["sms"], groups=["subscriptions"])
    [opened] = kit.audit.entries(action_prefix="incident.opened")
    assert list(opened.details) == ["reference", "kind", "title", "services", "groups"]
    kit.store.close()
    line = next(x for x in cli("audit", "list").out.splitlines() if "incident.opened" in x)
    assert line.endswith(
        f"reference: {incident.reference}; kind: disaster; title: SMS down; services: sms; "
        "groups: subscriptions"
    ), line


def test_an_entry_stored_with_sorted_keys_still_reads_and_verifies(
    kit: Kit, cli: CliRunner
) -> None:
    """(As the kit wrote them before: `sort_keys=True`.)"""
    body = json.dumps({"reference": "OK-2026-0001", "kind": "disaster"}, sort_keys=True)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    with db.transaction(kit.store.conn) as conn:
        prev = chain_head(conn)
        digest = _digest(prev, at, "Night Duty", "incident.opened", body)
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, details, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (at, "Night Duty", "incident.opened", body, prev, digest),
        )
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (digest,),
        )
    kit.audit.append("incident.closed", reference="OK-2026-0001", held=0)
    kit.store.close()
    assert cli("audit", "verify").code == 0
    shown = cli("audit", "list").out
    assert "kind: disaster; reference: OK-2026-0001" in shown
    assert "reference: OK-2026-0001; held: 0" in shown
