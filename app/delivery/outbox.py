"""The durable outbox. A message is queued once, with its Message-ID fixed then and reused
on every attempt; one row per recipient, so no partner ever sees another's address."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.audit import AuditLog
from app.store import db
from app.timefmt import iso, now

STATES = ("queued", "sending", "sent", "failed", "uncertain", "handed-off")
MESSAGE_ID_DOMAIN = "outage-kit.invalid"


def new_message_id() -> str:
    return f"<{secrets.token_hex(16)}@{MESSAGE_ID_DOMAIN}>"


@dataclass(frozen=True)
class NewMessage:
    channel: str  # "email" or "sms"
    recipient: str  # one address or one phone number
    subject: str
    body: str
    recipient_name: str = ""
    incident_ref: str | None = None
    notice_id: int | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OutboxMessage:
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


_COLUMNS = (
    "id, message_id, channel, recipient, recipient_name, subject, body, incident_ref, "
    "notice_id, in_reply_to, refs, state, path, attempts, last_reply, created_at, "
    "updated_at"
)


def _row(r: tuple[object, ...]) -> OutboxMessage:
    values = list(r)
    values[10] = tuple(str(values[10]).split()) if values[10] else ()
    return OutboxMessage(*values)  # type: ignore[arg-type]


class Outbox:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def enqueue(self, messages: Sequence[NewMessage]) -> list[OutboxMessage]:
        """Queue `messages` in one transaction (the caller's, if it has one open)."""
        stamp = iso(now())
        ids: list[int] = []
        with db.transaction(self._conn) as conn:
            for m in messages:
                cur = conn.execute(
                    "INSERT INTO outbox (message_id, incident_ref, notice_id, channel, recipient, "
                    "recipient_name, subject, body, in_reply_to, refs, state, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
                    (
                        new_message_id(),
                        m.incident_ref,
                        m.notice_id,
                        m.channel,
                        m.recipient,
                        m.recipient_name,
                        m.subject,
                        m.body,
                        m.in_reply_to,
                        " ".join(m.references),
                        stamp,
                        stamp,
                    ),
                )
                ids.append(int(cur.lastrowid))
            self._audit.append(
                "outbox.queued",
                count=len(messages),
                incident=messages[0].incident_ref if messages else None,
            )
        return self.get_many(ids)

    def get_many(self, ids: Sequence[int]) -> list[OutboxMessage]:
        found: list[OutboxMessage] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found += [
                _row(r)
                for r in self._conn.execute(
                    f"SELECT {_COLUMNS} FROM outbox WHERE id IN ({marks}) ORDER BY id", chunk
                )
            ]
        return found

    def messages(
        self, *, state: str | None = None, incident_ref: str | None = None, limit: int = 1000
    ) -> list[OutboxMessage]:
        where, params = [], []
        if state:
            where.append("state = ?")
            params.append(state)
        if incident_ref:
            where.append("incident_ref = ?")
            params.append(incident_ref)
        sql = f"SELECT {_COLUMNS} FROM outbox"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY id LIMIT {int(limit)}"
        return [_row(r) for r in self._conn.execute(sql, params)]

    def thread_ids(self, incident_ref: str, recipient: str) -> list[str]:
        """Message-IDs already queued to `recipient` in this incident, oldest first
        (for In-Reply-To / References of the next notice)."""
        rows = self._conn.execute(
            "SELECT message_id FROM outbox WHERE incident_ref = ? AND recipient = ? ORDER BY id",
            (incident_ref, recipient),
        )
        return [r[0] for r in rows]
