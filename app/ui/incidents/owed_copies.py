"""What the incident page reads of a notice's copies: those of partners it still owes
(told by no path yet), whether any of them may still reach partners, and whether every
partner has it. Over the page's `told` (each notice's `NoticeDelivery`), `service` and
`incident`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.incidents.model import Incident
from app.incidents.service import DeliveryLine, IncidentService
from app.incidents.told import SUPERSEDED, TOLD_STATES, NoticeDelivery

if TYPE_CHECKING:
    from app.delivery.outbox import OutboxMessage


class OwedCopies:
    """Mixed into the incident page (no state of its own)."""

    told: dict[int, NoticeDelivery]
    service: IncidentService
    incident: Incident | None

    def _copies_in(self, state: str, notice_id: int) -> tuple[list[OutboxMessage], str]:
        """The messages in `state` of the notice's untold partners, and their last replies,
        each partner once."""
        from app.delivery.outbox import Outbox

        found = [
            m
            for m in Outbox(conn=self.service.conn, audit=self.service.audit).messages(
                state=state, notice_id=notice_id
            )
            if self._owes(m)
        ]
        return found, self._replies_of(found)

    @staticmethod
    def _replies_of(found: list[OutboxMessage]) -> str:
        """Each partner's last reply of `found`, each once: 'Name: reply; …'."""
        from app.delivery.replies import shown_reply

        return "; ".join(
            dict.fromkeys(
                f"{m.recipient_name or m.channel}: {shown_reply(m.last_reply)}" for m in found
            )
        )

    def _unsent_channels(self, notice_id: int) -> set[str]:
        """The channels of the notice's messages that have not reached partners."""
        if self.incident is None:
            return set()
        return {
            d.channel
            for d in self.service.deliveries(self.incident)
            if d.notice_id == notice_id and d.state not in TOLD_STATES and self._owes(d)
        }

    def _owes(self, copy: DeliveryLine | OutboxMessage) -> bool:
        """A copy of a partner who has its notice by no path yet (`NoticeDelivery.owes`)."""
        found = self.told.get(copy.notice_id) if copy.notice_id is not None else None
        return found is None or found.owes(copy.recipient)

    def _waiting(self, notice_id: int) -> bool:
        """Not delivered, and something of it may still reach partners (held copies are
        said apart, with the re-issue; once re-issued they wait no more; superseded ones
        wait for nothing: a later notice reached their partners)."""
        found = self.told.get(notice_id)
        if found is None:
            return True
        if found.delivered:
            return False
        # an untold partner whose copies are not all held (those are said with the re-issue)
        # or superseded (a later notice reached it)
        if set(found.standings()) - {"held", SUPERSEDED}:
            return True
        return not (found.count("held") or found.count(SUPERSEDED))

    def _delivered(self, notice_id: int) -> bool:
        found = self.told.get(notice_id)
        return found is not None and found.delivered
