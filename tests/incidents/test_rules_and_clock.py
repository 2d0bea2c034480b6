"""The procedure's rules and timers, without a database or a window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.incidents import rules
from app.incidents.clock import AlertTracker, Deadline, countdown, deadlines, most_urgent
from app.incidents.model import Incident, Notice, Recipient

T0 = datetime(2026, 11, 22, 2, 0, tzinfo=UTC)


def _incident(kind: str = "disaster", **kw: object) -> Incident:
    return Incident(
        "OK-2026-0001", kind, "SMS down", ("sms",), ("sms-gateways",), T0, 15, id=1, **kw
    )  # type: ignore[arg-type]


def _notice(stage: str, next_update: datetime | None = None, n: int = 1) -> Notice:
    return Notice(n, 1, stage, {}, next_update, T0, 3)


def test_stages_follow_the_procedure() -> None:
    disaster = _incident()
    assert rules.stage_problems(disaster, [], "initial") == []
    assert "no initial notice" in rules.stage_problems(disaster, [], "update")[0]
    assert (
        "already had its initial"
        in rules.stage_problems(disaster, [_notice("initial")], "initial")[0]
    )
    assert "no 'completed'" in rules.stage_problems(disaster, [_notice("initial")], "completed")[0]
    done = [_notice("initial"), _notice("resolved", n=2)]
    assert "resolution" in rules.stage_problems(disaster, done, "update")[0]


def test_downtime_cannot_close_without_completion_or_cancellation() -> None:
    downtime = _incident("downtime")
    assert "completion" in rules.close_problems(downtime, [_notice("initial")])[0]
    assert rules.close_problems(downtime, [_notice("initial"), _notice("completed", n=2)]) == []
    assert rules.close_problems(downtime, [_notice("initial"), _notice("cancelled", n=2)]) == []


def test_disaster_cannot_close_without_resolution() -> None:
    disaster = _incident()
    assert "resolution" in rules.close_problems(disaster, [_notice("initial")])[0]
    assert rules.close_problems(disaster, [_notice("initial"), _notice("resolved", n=2)]) == []
    closed = _incident(state="closed")
    assert "already closed" in rules.close_problems(closed, [])[0]


def test_a_past_promise_is_refused_and_a_missing_one_named() -> None:
    now = datetime.now(UTC)
    _, problems = rules.promise_problems((now - timedelta(minutes=5)).isoformat(), now=now)
    assert "in the past" in problems[0]
    _, problems = rules.promise_problems("", now=now)
    assert "next update" in problems[0]
    _, problems = rules.promise_problems("soonish", now=now)
    assert "not a time the kit can read" in problems[0] and "1.12.2026 05:30" in problems[0]
    moment, problems = rules.promise_problems((now + timedelta(hours=1)).isoformat(), now=now)
    assert problems == [] and moment is not None


def test_a_bare_time_late_at_night_means_tomorrow() -> None:
    local_now = datetime(2026, 11, 22, 23, 30).astimezone()
    moment = rules.parse_promise("01:00", now=local_now)
    assert moment > local_now
    assert moment - local_now < timedelta(hours=2)


def test_follow_up_audience_keeps_everyone_and_adds_new_ones() -> None:
    a = Recipient("a@example.com", "A", "a", "a@example.com", "", "en", ("email",))
    b = Recipient("b@example.com", "B", "b", "b@example.com", "", "pl", ("email",))
    c = Recipient("c@example.com", "C", "c", "c@example.com", "", "pt-BR", ("email",))
    kept, problems = rules.audience_for_follow_up([a, b], [b, c], {}, {})
    assert problems == [] and {r.key for r in kept} == {a.key, b.key, c.key}
    kept, problems = rules.audience_for_follow_up([a, b], [b], {a.key: ""}, {})
    assert "needs a reason" in problems[0]
    kept, problems = rules.audience_for_follow_up([a, b], [b], {a.key: "left the company"}, {})
    assert problems == [] and [r.key for r in kept] == [b.key]
    # a newer bundle gave `a` SMS: the follow-up reaches them as listed now
    a_now = Recipient("a@example.com", "A", "a", "a@example.com", "+4670", "en", ("email", "sms"))
    kept, problems = rules.audience_for_follow_up([a, b], [b], {}, {a.key: a_now})
    assert problems == [] and kept == [a_now, b]


def test_notify_by_deadline_and_its_alerts() -> None:
    disaster = _incident()
    found = deadlines(disaster, [], reminder_minutes=10)
    assert len(found) == 1 and found[0].what == "notify"
    assert found[0].due == T0 + timedelta(minutes=15)
    tracker = AlertTracker()
    assert tracker.due(found, T0 + timedelta(minutes=5)) == []
    soon = tracker.due(found, T0 + timedelta(minutes=11))
    assert [a.level for a in soon] == ["soon"]
    assert "notify partners by" in soon[0].message()
    assert tracker.due(found, T0 + timedelta(minutes=12)) == []  # raised once
    assert [a.level for a in tracker.due(found, T0 + timedelta(minutes=16))] == ["overdue"]
    assert found[0].state(T0 + timedelta(minutes=16)) == "overdue"


def test_next_update_deadline_follows_the_latest_promise_until_the_final_notice() -> None:
    promise = T0 + timedelta(hours=1)
    later = T0 + timedelta(hours=2)
    notices = [_notice("initial", promise), _notice("update", later, n=2)]
    found = deadlines(_incident(), notices, reminder_minutes=10)
    assert [(d.what, d.due) for d in found] == [("update", later)]
    assert found[0].state(later - timedelta(minutes=5)) == "soon"
    notices.append(_notice("resolved", n=3))
    assert deadlines(_incident(), notices, reminder_minutes=10) == []
    assert deadlines(_incident("downtime"), [], reminder_minutes=10) == []


def test_most_urgent_and_countdown_text() -> None:
    found = deadlines(_incident(), [], reminder_minutes=10)
    urgent = most_urgent(found)
    assert urgent is not None
    assert "notify partners by" in urgent.label(T0)
    assert countdown(timedelta(minutes=3, seconds=5)) == "3 min 5 s left"
    # with units: "overdue 1:13" next to "05:45" read like a time of day
    assert countdown(timedelta(seconds=-73)) == "overdue 1 min 13 s"
    assert countdown(timedelta(minutes=-24, seconds=-52)) == "overdue 24 min"
    assert countdown(timedelta(seconds=-40)) == "overdue 40 s"
    assert countdown(timedelta(hours=-2, minutes=-5, seconds=-9)) == "overdue 2 h 5 min"
    assert countdown(timedelta(days=-1, hours=-3)) == "overdue 1 d 3 h"
    due = T0 + timedelta(hours=1)
    late = Deadline("OK-2026-0007", "update", due, due, waiting="")
    moment = due + timedelta(minutes=1, seconds=13)
    assert late.label(moment).endswith(
        f"next update due {due.astimezone():%H:%M}  (overdue 1 min 13 s)"
    )
