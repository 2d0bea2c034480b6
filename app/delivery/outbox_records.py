"""The outbox's records: a message to queue, a message as the outbox holds it, a send's
outcome, an SMS status report, one attempt (app/delivery/outbox.py keeps them)."""

from __future__ import annotations

from dataclasses import field

from app.records import EqualByFields, lazy_record
from app.timefmt import iso, now


@lazy_record
class NewMessage(EqualByFields):
    """A message to put in the outbox."""

    channel: str  # "email" or "sms"
    recipient: str  # one address or one phone number
    subject: str
    body: str
    recipient_name: str = ""
    incident_ref: str | None = None
    notice_id: int | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = field(default_factory=tuple)
    #: "next update no later than" (ISO 8601, UTC): past it, the message is held, not sent
    promise_at: str | None = None


@lazy_record
class OutboxMessage(EqualByFields):
    """A message in the outbox, with its state and tries."""

    id: int
    message_id: str
    channel: str
    recipient: str
    recipient_name: str
    subject: str
    body: str
    incident_ref: str | None
    notice_id: int | None
    in_reply_to: str | None
    references: tuple[str, ...]
    state: str
    path: str | None
    attempts: int
    last_reply: str
    created_at: str
    updated_at: str
    promise_at: str | None = None
    language: str | None = None  # of the words, for Content-Language (identity.LANGUAGE_SQL)

    def promise_broken(self, at: str | None = None) -> bool:
        """True once its promised update time has come (`at`: an `iso` time, default now)."""
        return self.promise_at is not None and self.promise_at <= (at or iso(now()))


@lazy_record
class Finished(EqualByFields):
    """The outcome of one attempt at a `sending` message (see `Outbox.finish_many`)."""

    message: int
    state: str  # sent, failed, uncertain, or queued (not handed over)
    reply: str = ""
    code: int | None = None
    network_refs: tuple[str, ...] = ()  # an SMS's message reference per part


@lazy_record
class StatusReport(EqualByFields):
    """The network's word on one SMS part: `status` per TS 23.040 §9.2.3.15."""

    number: str
    reference: str
    status: int

    @property
    def outcome(self) -> str | None:
        """delivered, failed, or None while the network is still trying."""
        if self.status <= 0x1F:
            return "delivered"
        if 0x20 <= self.status <= 0x3F:
            return None
        return "failed"


@lazy_record
class Attempt(EqualByFields):
    """One try to send a message over one path, and what came of it."""

    at: str
    path: str
    outcome: str
    code: int | None
    reply: str
