"""The wizard's and the follow-up's steps, without a window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.delivery.outbox import Outbox
from app.errors import UserError
from app.incidents.flow import FollowUpFlow, NewIncidentFlow, default_promise
from app.incidents.service import IncidentService
from app.kit import Kit
from app.notices.localtime import local_text, zone


def test_services_propose_groups_and_a_deduplicated_audience(service: IncidentService) -> None:
    flow = NewIncidentFlow(service=service, kind="disaster")
    assert flow.audience_problems() == ["Tick at least one affected service."]
    flow.set_services(["sms", "subscriptions"])
    assert flow.chosen_groups() == ["sms-gateways", "subscriptions"]
    keys = [r.key for r in flow.recipients()]
    assert len(keys) == len(set(keys))
    assert set(flow.language_counts()) >= {"en", "pl"}
    flow.groups = ["brazil"]
    assert set(flow.language_counts()) == {"en", "pt-BR"}
    flow.set_services(["oneshot"])
    assert flow.chosen_groups() == ["oneshot"]  # a new service choice proposes again
    # the subject says "disruption" itself: "Service disruption: One-shot payments"
    assert flow.effective_title() == "One-shot payments"


def test_wizard_queues_incident_and_initial_notice_together(
    service: IncidentService, kit: Kit
) -> None:
    flow = NewIncidentFlow(service=service, kind="disaster")
    flow.set_services(["brazil"])
    assert flow.field_names() == ["impact", "started", "actions", "next_update"]
    flow.prefill()
    with pytest.raises(UserError, match="impact"):
        flow.queue()
    assert service.incidents() == []  # nothing half-done
    flow.fields.update(impact="No billing", actions="Calling the operator")
    incident, queued = flow.queue()
    assert incident.title == "Brazilian operators"
    assert queued.messages == len(
        Outbox(conn=kit.store.conn, audit=kit.audit).messages(incident_ref=incident.reference)
    )
    follow = FollowUpFlow(service=service, incident=incident, stage="resolved")
    assert follow.field_names() == ["resolved_at", "summary"]
    follow.prefill()
    follow.fields["summary"] = "Operator link restored"
    assert follow.composition().ok
    follow.queue()
    service.told_another_way(incident, "phoned")
    service.close(incident)


def test_a_half_written_notice_is_kept_until_it_is_queued(
    service: IncidentService, kit: Kit
) -> None:
    from app.incidents.drafts import Drafts

    flow = NewIncidentFlow(service=service, kind="disaster")
    flow.set_services(["brazil"])
    flow.fields.update(impact="Nobody can pay")
    drafts = Drafts(kit.store.conn)
    drafts.save(flow.scope, flow.to_draft())
    again = NewIncidentFlow(service=service, kind="disaster")
    kept = drafts.load(again.scope)
    assert kept is not None
    again.restore(kept)
    assert again.services == ["brazil"] and again.fields["impact"] == "Nobody can pay"
    assert again.detected == flow.detected.replace(microsecond=0)  # the clock counts from then
    again.prefill()
    again.fields.update(actions="Calling the operator")
    again.queue()
    assert drafts.load(again.scope) is None  # queued: nothing left to resume


def test_downtime_needs_a_window_and_its_plan_is_the_promise(service: IncidentService) -> None:
    flow = NewIncidentFlow(service=service, kind="downtime")
    flow.set_services(["subscriptions"])
    assert "window" in flow.audience_problems()[0]
    start = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)
    flow.window = (start, start + timedelta(hours=3))
    assert flow.audience_problems() == []
    # no separate next update is asked: the next planned notice is the promise
    assert "next_update" not in flow.field_names()
    assert "next_update" not in flow.prefill()
    flow.fields.update(work="Database upgrade", impact="No new subscriptions")
    composition = flow.composition()
    assert composition.ok, composition.problems
    # announced at once (the window is nearer than 3 days); the 24 h reminder's time has
    # passed, so the next notice partners get is the 1 h reminder
    assert composition.next_update == start - timedelta(hours=1)
    english = composition.text("en", "email")
    promise = local_text(start - timedelta(hours=1), zone(english.timezone))
    assert "Next update no later than " + promise in english.body


def test_default_promise_is_a_round_time_an_hour_ahead() -> None:
    moment = datetime(2026, 11, 22, 3, 12, 40, tzinfo=UTC)
    assert default_promise(moment) == datetime(2026, 11, 22, 4, 15, tzinfo=UTC)
