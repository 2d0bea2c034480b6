"""The durable outbox. A message is queued once, with its Message-ID fixed then and reused
on every attempt; one row per recipient, so no partner ever sees another's address.

State machine (each transition committed before the next network action for that message,
and audited; the sender commits many messages' transitions together, its outcomes first as
narrow rows of an outcome log that reaches the messages' rows in bulk, see `finish_many`):

    queued → sending → sent | failed | uncertain | queued (not handed over: try again)
    queued → handed-off (webmail, .eml) → sent | queued (officer's decision)
    uncertain → sent | queued (officer's decision: never a silent resend)
    uncertain | handed-off → held (a later notice of the incident reached the partner: the
        officer's No longer needed, or the incident's close; app/incidents/superseded.py)
    failed → queued (officer's retry)
    sent → delivered | failed (SMS: the network's status reports for every part)
    queued | sending → held (its promise — "next update no later than" — passed before it
        left: it never goes out; the notice is re-issued with a new promise, and the held
        messages stay as history)
    queued | failed → held (a later notice of the incident reached the partner, or the
        incident was closed: an older copy never goes out after a newer one)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from app.audit import AuditLog
from app.delivery import replies
from app.delivery.identity import LANGUAGE_SQL, PLACEHOLDER_DOMAIN, new_message_id
from app.delivery.interrupted import split_sending
from app.delivery.outbox_records import (
    Attempt as Attempt,
)
from app.delivery.outbox_records import (
    Finished as Finished,
)
from app.delivery.outbox_records import (
    NewMessage as NewMessage,
)
from app.delivery.outbox_records import (
    OutboxMessage as OutboxMessage,
)
from app.delivery.outbox_records import (
    StatusReport as StatusReport,
)
from app.delivery.paths import DeliveryPaths
from app.delivery.replies import HELD_REPLY
from app.errors import NotFound, UserError
from app.i18n import Msg, Words
from app.records import EqualByFields, lazy_record
from app.store import db
from app.timefmt import iso, now

STATES = ("queued", "sending", "sent", "failed", "uncertain", "handed-off", "held", "delivered")
#: where each state may go next; anything else is refused
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "queued": ("sending", "handed-off", "held"),
    "sending": ("sent", "failed", "uncertain", "queued", "held"),
    "handed-off": ("sent", "queued", "held"),
    "uncertain": ("sent", "queued", "held"),
    "failed": ("queued", "held"),
    "sent": ("delivered", "failed"),  # an SMS's status reports from the network
    "held": (),
    "delivered": (),
}
MESSAGE_ID_DOMAIN = PLACEHOLDER_DOMAIN  # moved: re-exported
#: what the officer may decide of an uncertain or handed-off message (`Outbox.settle`)
SETTLE_CHOICES = ("sent", "resend", "superseded")


_COLUMNS = (
    "id, message_id, channel, recipient, recipient_name, subject, body, incident_ref, "
    "notice_id, in_reply_to, refs, state, path, attempts, last_reply, created_at, "
    f"updated_at, promise_at, {LANGUAGE_SQL}"
)


def _changed_while_sending() -> UserError:
    return UserError(
        Msg.tr(
            "Messages changed while they were being sent (they were no longer sending); "
            "reload the outbox and look again."
        )
    )


def promise_text(value: str | None) -> str | None:
    """`value` as `app.timefmt.iso` writes it (so the store compares times as text)."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"outbox: promise_at {value!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise ValueError(f"outbox: promise_at {value!r} has no time zone (write it in UTC)")
    return iso(moment)


def _audit_reply(state: str, reply: str) -> str:
    """What the audit keeps of a server's reply: none for `sent` (the relay's routine 250
    is kept per attempt), the first 200 characters otherwise."""
    return "" if state == "sent" else reply[:200]


def _refs(result: Finished) -> str | None:
    """An SMS's part references as the outbox keeps them, each awaiting its status report."""
    if not result.network_refs:
        return None
    return json.dumps(dict.fromkeys(result.network_refs, "pending"))


@lazy_record
class _Logged(EqualByFields):
    """An outcome on its way into the outbox: the result, the path it took, its time."""

    result: Finished
    path: str
    at: str


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
        # the IDs at the domain of the path that will send them (see app.delivery.identity)
        sender = DeliveryPaths(conn=self._conn, audit=self._audit).first_sender()[0]
        with db.transaction(self._conn) as conn:
            for m in messages:
                cur = conn.execute(
                    "INSERT INTO outbox (message_id, incident_ref, notice_id, channel, recipient, "
                    "recipient_name, subject, body, in_reply_to, refs, state, created_at, "
                    "updated_at, promise_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
                    (
                        new_message_id(sender),
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
                        promise_text(m.promise_at),
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
        self,
        *,
        state: str | None = None,
        incident_ref: str | None = None,
        notice_id: int | None = None,
        limit: int = 1000,
    ) -> list[OutboxMessage]:
        where: list[str] = []
        params: list[object] = []
        if notice_id is not None:
            where.append("notice_id = ?")
            params.append(notice_id)
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

    def get(self, message: int) -> OutboxMessage:
        found = self.get_many([message])
        if not found:
            raise NotFound(
                Msg.tr(
                    "There is no outbox message {message}. See 'outage-kit outbox list'."
                ).format(message=message)
            )
        return found[0]

    def counts(self, *, incident_ref: str | None = None) -> dict[str, int]:
        """How many messages (of incident `incident_ref`, or all) are in each state (every
        state present, zero or more)."""
        counts = dict.fromkeys(STATES, 0)
        sql, params = "SELECT state, count(*) FROM outbox", tuple[str, ...]()
        if incident_ref:
            sql, params = sql + " WHERE incident_ref = ?", (incident_ref,)
        for state, count in self._conn.execute(sql + " GROUP BY state", params):
            counts[str(state)] = int(count)
        return counts

    def counts_by_notice(self, notice_id: int) -> dict[str, int]:
        """How many of notice `notice_id`'s messages are in each state (every state present,
        zero or more): sent, held, still queued, … — what the incident page shows."""
        counts = dict.fromkeys(STATES, 0)
        for state, count in self._conn.execute(
            "SELECT state, count(*) FROM outbox WHERE notice_id = ? GROUP BY state", (notice_id,)
        ):
            counts[str(state)] = int(count)
        return counts

    def waiting(self) -> int:
        """Messages that still need the officer or a path: queued, uncertain, handed-off."""
        counts = self.counts()
        return counts["queued"] + counts["uncertain"] + counts["handed-off"]

    def queued_ids(self, *, channel: str, ids: Sequence[int] | None = None) -> list[int]:
        rows = self._conn.execute(
            "SELECT id FROM outbox WHERE channel = ? AND state = 'queued' ORDER BY id", (channel,)
        )
        found = [int(r[0]) for r in rows]
        if ids is not None:
            wanted = set(ids)
            found = [i for i in found if i in wanted]
        return found

    def attempts(self, message: int) -> list[Attempt]:
        rows = self._conn.execute(
            "SELECT at, path, outcome, code, reply FROM outbox_attempts WHERE message = ? "
            "ORDER BY id",
            (message,),
        )
        return [Attempt(r[0], r[1], r[2], r[3], r[4]) for r in rows]

    # -- transitions --------------------------------------------------------------------

    def claim(self, message: int, *, path: str) -> bool:
        """queued → sending, committed before any byte leaves. False: no longer queued
        (settled or sent meanwhile by someone else), so it must not be sent.

        Not audited one by one: `sending` lasts one round trip. The batch is audited when
        it starts (`outbox.send_started`), and every outcome is (`outbox.sent`, …)."""
        if self.hold_stale([message]):
            return False
        cur = db.alone(
            self._conn,
            "UPDATE outbox SET state = 'sending', path = ?, attempts = attempts + 1, "
            "updated_at = ?, claim_session = NULL, claim_seq = NULL "
            "WHERE id = ? AND state = 'queued'",
            (path, iso(now()), message),
        )
        return bool(cur.rowcount == 1)

    def claim_many(
        self, messages: Sequence[int], *, path: str, session: str | None = None, first: int = 0
    ) -> set[int]:
        """`claim` for several messages in one statement (the sender's group commit):
        the ids that were still queued and are now `sending`. A message whose promised
        update time has passed is not claimed (`hold_stale` holds it).

        `session` names the sending session, which sends its claims one by one in the
        order given, numbered from `first` on (and on, step after step): after a crash only
        the first unfinished claim of a session may have been on the wire."""
        return self.claim_in_order(
            [(m, session, first + i) for i, m in enumerate(messages)], path=path
        )

    def claim_in_order(
        self, claims: Sequence[tuple[int, str | None, int]], *, path: str
    ) -> set[int]:
        """`claim_many` for several sessions at once: (message, session, its number in the
        session's order) each, in one statement."""
        if not claims:
            return set()
        stamp = iso(now())
        marks = ",".join("?" * len(claims))
        cases = " ".join("WHEN ? THEN ?" for _ in claims)
        rows = self._conn.execute(
            "UPDATE outbox SET state = 'sending', path = ?, attempts = attempts + 1, "
            f"updated_at = ?, claim_session = CASE id {cases} END, "
            f"claim_seq = CASE id {cases} END "
            f"WHERE state = 'queued' AND id IN ({marks}) "
            "AND (promise_at IS NULL OR promise_at > ?) RETURNING id",
            (
                path,
                stamp,
                *(v for m, session, _ in claims for v in (m, session)),
                *(v for m, _, seq in claims for v in (m, seq)),
                *(m for m, _, _ in claims),
                stamp,
            ),
        )
        return {int(r[0]) for r in rows}

    def hold_stale(self, messages: Sequence[int] | None = None) -> list[int]:
        """queued → held for the messages (of `messages`, or all) whose promised update time
        has come: sent now they would promise a time already past. Committed and audited
        (inside the caller's transaction, if one is open). Returns the ids held."""
        stamp = iso(now())
        sql = (
            "UPDATE outbox SET state = 'held', last_reply = ?, updated_at = ? "
            "WHERE state = 'queued' AND promise_at IS NOT NULL AND promise_at <= ?"
        )
        params: list[object] = [HELD_REPLY, stamp, stamp]  # shown by `shown_reply`
        if messages is not None:
            if not messages:
                return []
            sql += f" AND id IN ({','.join('?' * len(messages))})"
            params += list(messages)
        with db.transaction(self._conn) as conn:
            held = sorted(int(r[0]) for r in conn.execute(sql + " RETURNING id", params))
            if held:
                self._audit.append(
                    "outbox.held", messages=held, was="queued", reply=HELD_REPLY, at=stamp
                )
        return held

    def supersede(
        self,
        messages: Sequence[int],
        *,
        why: str,
        states: Sequence[str] = ("queued", "failed"),
    ) -> list[int]:
        """`states` (queued or failed, by default) → held for messages a later notice made
        obsolete (it reached the partner, or the incident closed with partners told): they
        must never go out after it. Audited; returns the ids."""
        if not messages:
            return []
        if any("held" not in TRANSITIONS[s] for s in states):
            raise ValueError(f"outbox: {states} → held is not a transition")
        stamp = iso(now())
        marks = ",".join("?" * len(messages))
        kinds = ",".join("?" * len(states))
        with db.transaction(self._conn) as conn:
            held = sorted(
                int(r[0])
                for r in conn.execute(
                    "UPDATE outbox SET state = 'held', last_reply = ?, updated_at = ? "
                    f"WHERE state IN ({kinds}) AND id IN ({marks}) RETURNING id",
                    [why, stamp, *states, *messages],
                )
            )
            if held:
                self._audit.append("outbox.held", messages=held, reply=why, at=stamp)
        return held

    def release(self, messages: Sequence[int], *, path: str) -> None:
        """sending → queued for claimed messages that were never tried (the connection broke
        or the officer cancelled before their turn): no attempt is counted."""
        if not messages:
            return
        marks = ",".join("?" * len(messages))
        with db.transaction(self._conn) as conn:
            cur = conn.execute(
                "UPDATE outbox SET state = 'queued', attempts = attempts - 1, updated_at = ? "
                f"WHERE state = 'sending' AND id IN ({marks})",
                (iso(now()), *messages),
            )
            if cur.rowcount != len(messages):
                raise _changed_while_sending()
            self._audit.append(
                "outbox.queued",
                messages=list(messages),
                was="sending",
                path=path,
                reply="not tried: back in the queue",
            )

    def finish(
        self, message: int, *, state: str, path: str, reply: str = "", code: int | None = None
    ) -> None:
        """sending → sent | failed | uncertain | queued, with the attempt's outcome kept."""
        self._move(message, "sending", state, path=path, reply=reply, code=code)

    def finish_many(self, results: Sequence[Finished], *, path: str, later: bool = False) -> None:
        """`finish` for the outcomes one group commit of the sender carries, in bulk.

        Every message keeps its attempt row (time, path, outcome, code, the server's reply);
        the audit gets one entry per outcome naming its messages, with the replies of those
        that did not go out (a `sent` reply is the relay's routine 250, kept per attempt).

        With `later` the outcomes are only logged, in `outbox_unaudited` (one narrow row
        each, in one INSERT: committed with the caller's transaction, or on its own outside
        one, which spares a commit that holds nothing else the BEGIN and COMMIT statements
        and their trips through the interpreter lock): `apply_pending` moves them into the
        messages' rows, their attempt rows and the audit, in bulk. The sender commits a
        round of outcomes before the next message's content goes out, and a narrow log row
        costs that commit a page or two of encryption and disk instead of a dozen.

        One statement per table, not one per message: the sender's sessions wait for this
        commit, and every statement hands the interpreter lock back and forth with them.
        Inside the caller's transaction it takes no savepoint: on an error the caller rolls
        the whole transaction back (as the sender's group commit does)."""
        if not results:
            return
        for result in results:
            if result.state not in TRANSITIONS["sending"]:
                raise ValueError(f"outbox: sending → {result.state} is not a transition")
        stamp = iso(now())
        if self._conn.in_transaction or later:  # a log row alone: one atomic statement
            self._finish_rows(results, path, stamp, later)
            return
        with db.transaction(self._conn):
            self._finish_rows(results, path, stamp, later)

    def _finish_rows(self, results: Sequence[Finished], path: str, stamp: str, later: bool) -> None:
        if later:  # waiting for the store as every writer does, saying so (db.alone)
            db.alone(
                self._conn,
                "INSERT INTO outbox_unaudited "
                "(message, state, path, reply, at, code, network_refs, stored) VALUES "
                + ", ".join("(?, ?, ?, ?, ?, ?, ?, 0)" for _ in results),
                [
                    v
                    for r in results
                    for v in (r.message, r.state, path, r.reply, stamp, r.code, _refs(r))
                ],
            )
            return
        self._store_outcomes([_Logged(r, path, stamp) for r in results])
        self._audit_outcomes([(r.message, r.state, path, r.reply) for r in results])

    def _store_outcomes(self, outcomes: Sequence[_Logged]) -> None:
        """The messages' rows (sending → the outcome) and their attempt rows, in bulk."""
        conn = self._conn
        for start in range(0, len(outcomes), 500):
            rows: list[object] = []
            attempts: list[object] = []
            for o in outcomes[start : start + 500]:
                r = o.result
                rows += (r.message, r.state, r.reply, o.at, _refs(r))
                attempts += (r.message, o.at, o.path, r.state, r.code, r.reply)
            count = len(rows) // 5
            cur = conn.execute(
                "UPDATE outbox SET state = v.column2, last_reply = v.column3, "
                "updated_at = v.column4, network_refs = coalesce(v.column5, network_refs) "
                f"FROM (VALUES {', '.join('(?, ?, ?, ?, ?)' for _ in range(count))}) AS v "
                "WHERE outbox.id = v.column1 AND outbox.state = 'sending'",
                rows,
            )
            if cur.rowcount != count:
                raise _changed_while_sending()
            conn.execute(
                "INSERT INTO outbox_attempts (message, at, path, outcome, code, reply) VALUES "
                + ", ".join("(?, ?, ?, ?, ?, ?)" for _ in range(count)),
                attempts,
            )

    def apply_pending(self, *, note: str = "") -> int:
        """The outcomes waiting in `outbox_unaudited` (see `finish_many`) go into their
        messages' rows and attempt rows, and into the audit (one entry per path and
        outcome), in the caller's transaction if one is open; `note` says why they come
        late (a crash). Returns how many were waiting."""
        with db.transaction(self._conn) as conn:
            rows = conn.execute(
                "SELECT id, message, state, path, reply, at, code, network_refs, stored "
                "FROM outbox_unaudited ORDER BY id"
            ).fetchall()
            if not rows:
                return 0
            self._store_outcomes(
                [
                    _Logged(
                        Finished(
                            int(r[1]),
                            str(r[2]),
                            str(r[4]),
                            r[6],
                            tuple(json.loads(r[7])) if r[7] else (),
                        ),
                        str(r[3]),
                        str(r[5]),
                    )
                    for r in rows
                    if not r[8]
                ]
            )
            self._audit_outcomes([(int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows], note)
            conn.execute("DELETE FROM outbox_unaudited WHERE id <= ?", (int(rows[-1][0]),))
        return len(rows)

    def _audit_outcomes(
        self, outcomes: Sequence[tuple[int, str, str, str]], note: str = ""
    ) -> None:
        """One entry per path and outcome of sending: (message, state, path, reply)."""
        groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for message, state, path, reply in outcomes:
            groups.setdefault((path, state), []).append((message, reply))
        for (path, state), group in groups.items():
            details: dict[str, object] = {
                "messages": [m for m, _ in group],
                "was": "sending",
                "path": path,
            }
            if state != "sent":
                details["replies"] = {str(m): _audit_reply(state, r) for m, r in group}
            if note:
                details["note"] = note
            self._audit.append(f"outbox.{state}", **details)

    def hand_off(self, messages: Sequence[int], *, path: str) -> list[int]:
        """queued → handed-off (a browser or another mail client takes them). Returns the
        ids that moved; others were no longer queued, or were held (promise passed)."""
        moved: list[int] = []
        with db.transaction(self._conn):
            self.hold_stale(messages)
            for message in messages:
                if self._current_state(message) == "queued":
                    self._move(message, "queued", "handed-off", path=path, reply=replies.HANDED_OFF)
                    moved.append(message)
        return moved

    def awaiting_reports(self) -> int:
        """Sent SMS with a part the network has not reported on yet."""
        row = self._conn.execute(
            "SELECT count(*) FROM outbox WHERE channel = 'sms' AND state = 'sent' "
            "AND network_refs LIKE '%\"pending\"%'"
        ).fetchone()
        return int(row[0])

    def apply_status_reports(self, reports: Sequence[StatusReport]) -> list[int]:
        """Sent SMS → delivered once the network reports every part delivered, → failed
        when it gives up on one. A report matches the newest sent SMS to its number with
        that part reference (references wrap at 256). Returns the ids that changed."""
        rows = self._conn.execute(
            "SELECT id, recipient, network_refs FROM outbox WHERE channel = 'sms' "
            "AND state = 'sent' AND network_refs IS NOT NULL ORDER BY id DESC"
        ).fetchall()
        parts = {int(r[0]): dict(json.loads(r[2])) for r in rows}
        numbers = {int(r[0]): str(r[1]).replace(" ", "") for r in rows}
        touched: set[int] = set()
        for report in reports:
            outcome = report.outcome
            for message, refs in parts.items():
                if numbers[message] == report.number and refs.get(report.reference) == "pending":
                    if outcome is not None:
                        refs[report.reference] = f"{outcome} {report.status:#04x}"
                        touched.add(message)
                    break
        changed: list[int] = []
        with db.transaction(self._conn) as conn:
            for message in sorted(touched):
                refs = parts[message]
                conn.execute(
                    "UPDATE outbox SET network_refs = ? WHERE id = ?", (json.dumps(refs), message)
                )
                failed = [r for r, s in refs.items() if s.startswith("failed")]
                if failed:
                    why = replies.said(
                        replies.SMS_UNDELIVERED,
                        parts=", ".join(failed),
                        statuses=", ".join(f"{r} {s}" for r, s in refs.items()),
                    )
                    self._move(message, "sent", "failed", path=self._path_of(message), reply=why)
                    changed.append(message)
                elif all(s.startswith("delivered") for s in refs.values()):
                    self._move(
                        message,
                        "sent",
                        "delivered",
                        path=self._path_of(message),
                        reply=replies.SMS_DELIVERED,
                    )
                    changed.append(message)
        return changed

    def take_back(self, messages: Sequence[int], *, path: str, reply: str) -> list[int]:
        """handed-off → queued for those of `messages` still handed off (an export that
        did not complete: its files are gone). Returns the ids moved."""
        moved: list[int] = []
        with db.transaction(self._conn):
            for message in messages:
                if self._current_state(message) == "handed-off":
                    self._move(message, "handed-off", "queued", path=path, reply=reply)
                    moved.append(message)
        return moved

    def settle(self, message: int, *, as_: str, reason: str = "") -> OutboxMessage:
        """The officer decides an `uncertain` or `handed-off` message: `sent`, `resend`
        (back to the queue, to go out again with the same Message-ID), or `superseded` (held:
        a later notice reached the partner, whether this one did or not no longer matters;
        `Delivery.settle_all` checks that it did); `reason`: the stored reply (one of
        `replies.STORED`), by default what the officer decided."""
        if as_ not in SETTLE_CHOICES:
            raise UserError(
                Msg.tr(
                    "Settle a message as 'sent', 'resend' or 'superseded', not {choice}."
                ).format(choice=repr(as_))
            )
        current = self.get(message)
        if current.state not in ("uncertain", "handed-off"):
            raise UserError(
                Msg.tr(
                    "Message {message} is {state}; only uncertain or handed-off messages "
                    "are settled."
                ).format(message=message, state=Words.tr(current.state))
            )
        target = {"sent": "sent", "resend": "queued", "superseded": "held"}[as_]
        reason = (
            reason
            or {
                "sent": replies.SETTLED_SENT,
                "resend": replies.SETTLED_RESEND,
                "superseded": replies.said(
                    replies.SETTLED_SUPERSEDED, reference=current.incident_ref or "-"
                ),
            }[as_]
        )
        self._move(message, current.state, target, path=current.path or "", reply=reason)
        return self.get(message)

    def retry(self, message: int) -> OutboxMessage:
        """failed → queued: the officer asks for another attempt."""
        current = self.get(message)
        if current.state != "failed":
            raise UserError(
                Msg.tr("Message {message} is {state}; only failed ones are retried.").format(
                    message=message, state=Words.tr(current.state)
                )
            )
        self._move(message, "failed", "queued", path=current.path or "", reply=replies.RETRIED)
        return self.get(message)

    def recover_interrupted(self) -> list[int]:
        """`sending` left by a crash or power cut: per sending session, its first unfinished
        claim may have been on the wire → `uncertain`, for the officer to settle; the ones
        it claimed behind that were never tried (a session sends one at a time, and the
        next only once the last one's outcome is committed) → `queued` again. Outcomes the
        crash left without their audit entry get it now. Returns the uncertain ids. Call
        only while holding the sender lock (nobody else is sending)."""
        self.apply_pending(note="outcomes stored before a crash; applied at the next start")
        uncertain, untried = split_sending(self._conn)
        if not uncertain:
            return []
        with db.transaction(self._conn) as conn:
            for message in uncertain:
                self._move(
                    message,
                    "sending",
                    "uncertain",
                    path=self._path_of(message),
                    reply=replies.INTERRUPTED,
                )
            if untried:
                marks = ",".join("?" * len(untried))
                conn.execute(
                    "UPDATE outbox SET state = 'queued', attempts = attempts - 1, "
                    f"updated_at = ? WHERE state = 'sending' AND id IN ({marks})",
                    (iso(now()), *untried),
                )
                self._audit.append(
                    "outbox.queued",
                    messages=untried,
                    was="sending",
                    reply="claimed but never tried before the crash: back in the queue",
                )
        return uncertain

    def _current_state(self, message: int) -> str | None:
        row = self._conn.execute("SELECT state FROM outbox WHERE id = ?", (message,)).fetchone()
        return str(row[0]) if row else None

    def _path_of(self, message: int) -> str:
        row = self._conn.execute("SELECT path FROM outbox WHERE id = ?", (message,)).fetchone()
        return str(row[0]) if row and row[0] else ""

    def _move(
        self,
        message: int,
        source: str,
        target: str,
        *,
        path: str,
        reply: str,
        code: int | None = None,
    ) -> None:
        if target not in TRANSITIONS[source]:
            raise ValueError(f"outbox: {source} → {target} is not a transition")
        stamp = iso(now())
        with db.transaction(self._conn) as conn:
            # a hand-off names where the message went (the webmail path, or .eml): the
            # outbox's Path column shows it as it does the SMTP path a sent message took
            cur = conn.execute(
                "UPDATE outbox SET state = ?, last_reply = ?, updated_at = ?, "
                "path = CASE WHEN ? = 'handed-off' THEN ? ELSE path END "
                "WHERE id = ? AND state = ?",
                (target, reply, stamp, target, path, message, source),
            )
            if cur.rowcount != 1:
                raise UserError(
                    Msg.tr(
                        "Message {message} changed meanwhile (it is no longer {state}); "
                        "reload the outbox and look again."
                    ).format(message=message, state=Words.tr(source))
                )
            if source == "sending" or target == "handed-off":
                conn.execute(
                    "INSERT INTO outbox_attempts (message, at, path, outcome, code, reply) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (message, stamp, path, target, code, reply),
                )
            self._audit.append(
                f"outbox.{target}", message=message, was=source, path=path, reply=reply[:200]
            )

    def thread_ids(self, incident_ref: str, recipient: str) -> list[str]:
        """Message-IDs already queued to `recipient` in this incident, oldest first
        (for In-Reply-To / References of the next notice)."""
        rows = self._conn.execute(
            "SELECT message_id FROM outbox WHERE incident_ref = ? AND recipient = ? ORDER BY id",
            (incident_ref, recipient),
        )
        return [r[0] for r in rows]
