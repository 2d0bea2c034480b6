"""When partners were told: a notice counts when it reached them, not when it was queued.

A partner has been told when one of their messages of the notice is `sent` (the relay or the
network accepted it) or was handed off and then confirmed sent by the officer (which also
makes it `sent`). A notice is delivered when every partner it was for has been told; its
delivery time is when the last of them was. Every clock, KPI and closing rule reads this."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from app.delivery.counts import state_count
from app.i18n import Msg
from app.store import db

#: outbox states in which the partner has the message
TOLD_STATES = ("sent", "delivered")
#: states in which the kit is still working on a message by itself
WAITING_STATES = ("queued", "sending")


@dataclass(frozen=True)
class NoticeDelivery:
    notice_id: int
    recipients: int  # partners the notice is for
    told: int  # partners who have it
    states: Mapping[str, int] = field(default_factory=dict)  # its messages by outbox state
    delivered_at: datetime | None = None  # when the last partner got it (all told)

    @property
    def delivered(self) -> bool:
        return self.delivered_at is not None

    @property
    def untold(self) -> int:
        return self.recipients - self.told

    @property
    def waiting(self) -> int:
        return sum(self.states.get(s, 0) for s in WAITING_STATES)

    def count(self, state: str) -> int:
        return int(self.states.get(state, 0))

    def summary(self) -> str:
        """'30 of 30 partners told' or '6 of 30 partners told — 20 queued, 4 failed'."""
        head = Msg.tr("{told} of %n partner(s) told", "", self.recipients).format(told=self.told)
        if self.delivered:
            return head
        rest = [
            state_count(state, n)
            for state, n in sorted(self.states.items())
            if state not in TOLD_STATES and n
        ]
        return head + (f" — {', '.join(rest)}" if rest else "")


def incident_deliveries(
    conn: db.Connection, incident_id: int, reference: str
) -> dict[int, NoticeDelivery]:
    """Every notice of one incident, by notice id (two indexed queries, whatever its size)."""
    audience: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for notice_id, key, email, phone in conn.execute(
        "SELECT a.notice_id, a.contact_key, a.email, a.phone FROM notice_audience a "
        "JOIN notices n ON n.id = a.notice_id WHERE n.incident_id = ?",
        (incident_id,),
    ):
        audience[int(notice_id)][str(key)] = (str(email), str(phone))
    states: dict[int, Counter[str]] = defaultdict(Counter)
    told_at: dict[int, dict[str, str]] = defaultdict(dict)  # notice → address → earliest
    for notice_id, recipient, state, updated in conn.execute(
        "SELECT notice_id, recipient, state, updated_at FROM outbox WHERE incident_ref = ?",
        (reference,),
    ):
        if notice_id is None:
            continue
        states[int(notice_id)][str(state)] += 1
        if state in TOLD_STATES:
            seen = told_at[int(notice_id)].get(str(recipient))
            if seen is None or str(updated) < seen:
                told_at[int(notice_id)][str(recipient)] = str(updated)
    found: dict[int, NoticeDelivery] = {}
    for notice_id in set(audience) | set(states):
        partners = audience.get(notice_id, {})
        times = told_at.get(notice_id, {})
        when: list[str] = []
        for email, phone in partners.values():
            stamps = [times[a] for a in (email, phone) if a and a in times]
            if stamps:
                when.append(min(stamps))
        all_told = bool(partners) and len(when) == len(partners)
        found[notice_id] = NoticeDelivery(
            notice_id,
            len(partners),
            len(when),
            dict(states.get(notice_id, {})),
            _time(max(when)) if all_told else None,
        )
    return found


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
