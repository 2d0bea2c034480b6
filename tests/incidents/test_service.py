"""Incidents in a real encrypted store: notices queued into the real outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.delivery.outbox import Outbox
from app.errors import UserError
from app.incidents.service import IncidentService, NoticeRefused
from app.kit import Kit
from tests.support.local_edit import store_unchecked_edit


def _later(hours: float = 1) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).isoformat()


INITIAL = {
    "impact": "No MT billing",
    "started": "2026-11-30 02:00 UTC",
    "actions": "Restarting gateways",
}


def test_references_count_per_year(service: IncidentService) -> None:
    first = service.create("disaster", "SMS down", ["sms"])
    second = service.create("disaster", "Billing down", ["subscriptions"])
    year = datetime.now().year
    assert first.reference == f"OK-{year}-0001"
    assert second.reference == f"OK-{year}-0002"
    assert service.get(first.reference.lower()).title == "SMS down"


def test_bad_incident_names_every_problem(service: IncidentService) -> None:
    with pytest.raises(UserError) as err:
        service.create("downtime", " ", ["nope"])
    text = str(err.value)
    assert "title" in text and "Unknown service 'nope'" in text and "window" in text


def test_initial_notice_goes_to_the_routed_groups_once_per_recipient(
    service: IncidentService, kit: Kit
) -> None:
    incident = service.create("disaster", "All down", ["platform"])
    queued = service.notify(incident, "initial", {**INITIAL, "next_update": _later()})
    audience = queued.composition.recipients
    assert len({r.key for r in audience}) == len(audience) == 15  # every demo contact, once
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit).messages(incident_ref=incident.reference)
    emails = [m for m in outbox if m.channel == "email"]
    sms = [m for m in outbox if m.channel == "sms"]
    assert len(emails) == 14 and len(sms) == 8
    assert all(incident.reference in m.subject for m in emails)
    assert all(m.body.startswith(incident.reference) for m in sms)
    polish = next(m for m in emails if m.recipient.endswith("wisla.example.com"))
    assert polish.subject.startswith(f"[{incident.reference}] Awaria")
    swedish = next(m for m in emails if m.recipient.endswith("oresund.example.com"))
    assert "Dear partner" in swedish.body  # no Swedish template: English
    assert "No MT billing" in polish.body
    assert kit.audit.entries(action_prefix="incident.notice_queued")


def test_follow_up_quotes_earlier_notice_and_threads(service: IncidentService, kit: Kit) -> None:
    incident = service.create("disaster", "SMS down", ["sms"])
    first = service.notify(incident, "initial", {**INITIAL, "next_update": _later()})
    update = service.notify(
        incident, "update", {"progress": "Gateway A back", "next_update": _later(2)}
    )
    assert {r.key for r in update.composition.recipients} == {
        r.key for r in first.composition.recipients
    }
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    address = "ops@fjord.example.net"
    messages = [
        m for m in outbox.messages(incident_ref=incident.reference) if m.recipient == address
    ]
    assert len(messages) == 2
    initial, follow = messages
    assert follow.in_reply_to == initial.message_id
    assert follow.references == (initial.message_id,)
    body = follow.body
    assert body.index("Gateway A back") < body.index("Earlier notice")
    assert "> Actions so far: Restarting gateways" in body
    resolved = service.notify(
        incident, "resolved", {"resolved_at": "2026-11-30 04:00", "summary": "Fixed"}
    )
    last = outbox.messages(incident_ref=incident.reference)[-1]
    assert resolved.messages > 0
    assert (
        "> Gateway A back"
        in [m for m in outbox.messages(incident_ref=incident.reference) if m.recipient == address][
            -1
        ].body
    )
    assert last.references  # threaded
    with pytest.raises(UserError, match="has not reached every partner yet"):
        service.close(incident)  # queued is not told
    assert service.told_another_way(incident, "read out on the partners' bridge call").partners
    service.close(incident)
    assert service.get(incident.reference).state == "closed"
    assert service.incidents() == []


def test_nothing_queued_names_each_problem(service: IncidentService, kit: Kit) -> None:
    incident = service.create("disaster", "SMS down", ["sms"])
    past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    with pytest.raises(NoticeRefused) as err:
        service.notify(incident, "initial", {"impact": "x", "next_update": past})
    problems = err.value.problems
    assert any("(started)'" in p for p in problems)
    assert any("(actions)'" in p for p in problems)
    assert any("in the past" in p for p in problems)
    assert Outbox(conn=kit.store.conn, audit=kit.audit).messages() == []
    assert service.notices(incident) == []


def test_empty_audience_is_refused(service: IncidentService) -> None:
    incident = service.create("disaster", "SMS down", ["sms"], groups=[])
    with pytest.raises(NoticeRefused, match="audience is empty"):
        service.notify(incident, "initial", {**INITIAL, "next_update": _later()})


def test_legacy_blank_left_in_a_local_template_is_refused(service: IncidentService) -> None:
    store_unchecked_edit(
        service.catalog,
        "disaster",
        "initial",
        "pl",
        "email",
        "Subject: Awaria\n\nCzas rozpoczęcia: &^\n",
    )
    incident = service.create("disaster", "SMS down", ["sms"])
    fields = {**INITIAL, "next_update": _later()}
    composition = service.compose(incident, "initial", fields)
    assert "&^Czas rozpoczęcia" in composition.needed_fields
    assert any("&^ blank on line" in p for p in composition.problems)
    queued = service.notify(incident, "initial", {**fields, "&^Czas rozpoczęcia": "00:33"})
    assert "Czas rozpoczęcia: 00:33" in queued.composition.text("pl", "email").body


def test_downtime_needs_completion_before_close(service: IncidentService) -> None:
    start = datetime.now(UTC) + timedelta(days=1)
    incident = service.create(
        "downtime", "DB upgrade", ["subscriptions"], window=(start, start + timedelta(hours=2))
    )
    service.notify(
        incident,
        "initial",
        {"impact": "No renewals", "work": "Database upgrade", "next_update": _later(30)},
    )
    with pytest.raises(UserError, match="completion"):
        service.close(incident)
    done = {"completed_at": "2026-11-30 05:00", "summary": "Done"}
    with pytest.raises(NoticeRefused, match="has not started yet"):
        service.notify(incident, "completed", done)  # six hours before the window opens
    service.notify(incident, "cancelled", {"reason": "Postponed by the vendor"})
    service.told_another_way(incident, "phoned")
    assert service.close(incident).state == "closed"
    with pytest.raises(UserError, match="closed"):
        service.notify(incident, "update", {"progress": "x", "next_update": _later()})


def test_removing_a_recipient_needs_a_reason(service: IncidentService) -> None:
    incident = service.create("disaster", "SMS down", ["sms"])
    service.notify(incident, "initial", {**INITIAL, "next_update": _later()})
    key = "ops@fjord.example.net"
    fields = {"progress": "x", "next_update": _later(2)}
    with pytest.raises(NoticeRefused, match="needs a reason"):
        service.notify(incident, "update", fields, removals={key: ""})
    queued = service.notify(incident, "update", fields, removals={key: "asked to be removed"})
    assert key not in {r.key for r in queued.composition.recipients}
    assert key not in {r.key for r in service.audience(incident)}


def test_groups_added_later_extend_the_audience(service: IncidentService) -> None:
    incident = service.create("disaster", "SMS down", ["sms"])
    first = service.notify(incident, "initial", {**INITIAL, "next_update": _later()})
    incident = service.set_groups(incident.reference, [*incident.groups, "brazil"])
    update = service.notify(incident, "update", {"progress": "x", "next_update": _later(2)})
    assert len(update.composition.recipients) > len(first.composition.recipients)


def test_a_follow_up_can_add_groups_but_not_unknown_ones(service: IncidentService) -> None:
    incident = service.create("disaster", "SMS down", ["sms"])
    first = service.notify(incident, "initial", {**INITIAL, "next_update": _later()})
    fields = {"progress": "x", "next_update": _later(2)}
    refused = service.compose(incident, "update", fields, add_groups=["nope"])
    assert "There is no group 'nope'." in refused.problems
    update = service.notify(incident, "update", fields, add_groups=["brazil"])
    assert len(update.composition.recipients) > len(first.composition.recipients)
    assert "brazil" in service.get(incident.reference).groups


def test_a_withdrawn_incident_is_left_out_of_the_period_figures(
    service: IncidentService, kit: Kit
) -> None:
    from app.reports.period import gather_period

    kept = service.create("disaster", "Real outage", ["sms"])
    mistake = service.create("disaster", "False alarm", ["sms"])
    service.withdraw(mistake, "monitoring probe misfired")
    today = datetime.now(UTC).date()
    figures = gather_period(
        kit.store.conn, today - timedelta(days=1), today + timedelta(days=1), actor="test"
    )
    assert [f.incident.reference for f in figures.incidents] == [kept.reference]
    assert service.get(mistake.reference).status == "withdrawn"
