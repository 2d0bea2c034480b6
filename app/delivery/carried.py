"""What left before a restore stays left: restoring a backup never sends a message again.

A backup made before a send holds its messages queued. Before the swap, every message of the
current store that left or may have left (sent, delivered, handed off, uncertain, or being
sent) is read with its state, path, reply, time and attempts, keyed by its Message-ID (fixed
when it was queued, the same in the backup). That record is written into the checked copy
before it replaces the store, so the swap brings it in atomically; after the swap (at the
latest at the next start, should the kit die in between) one transaction gives the restored
copies of those messages the state they had, and the audit says so. Until then nothing sends:
every front end opens the store through `Kit.open`, which finishes the carry first."""

from __future__ import annotations

import json
from typing import Any

from app.audit import AuditLog
from app.store import db

#: meta key of the restored store while the carry-over waits to be applied
PENDING_KEY = "restore_carry"
#: states in which a message left, or may have left, the kit
LEFT_STATES = ("sent", "delivered", "handed-off", "uncertain", "sending")
#: how far a message got: a restored copy behind the carried state takes the carried one
_RANK = {"handed-off": 1, "uncertain": 1, "sent": 2, "delivered": 3}


def left_messages(conn: db.Connection) -> list[dict[str, Any]]:
    """Every message of `conn` that left or may have left, with its attempts; outcomes still
    waiting in the sender's log count as they will be stored. [] for a store too damaged to
    read (the restore that replaces it must not fail for it)."""
    try:
        return _left(conn)
    except db.DatabaseError:
        return []


def _left(conn: db.Connection) -> list[dict[str, Any]]:
    pending = {
        int(r[0]): r
        for r in conn.execute(
            "SELECT message, state, path, reply, at, code, network_refs FROM outbox_unaudited "
            "WHERE stored = 0 ORDER BY id"
        )
    }
    marks = ", ".join("?" * len(LEFT_STATES))
    found: dict[int, dict[str, Any]] = {}
    for row in conn.execute(
        "SELECT id, message_id, state, path, last_reply, updated_at, network_refs, attempts "
        f"FROM outbox WHERE state IN ({marks})",
        LEFT_STATES,
    ):
        message, state = int(row[0]), str(row[2])
        entry = {
            "message_id": str(row[1]),
            "state": state,
            "path": row[3],
            "reply": str(row[4]),
            "at": str(row[5]),
            "network_refs": row[6],
            "attempts": int(row[7]),
            "tries": [],
        }
        logged = pending.get(message)
        if logged is not None and state == "sending":  # its outcome waits in the log
            entry.update(state=str(logged[1]), reply=str(logged[3]), at=str(logged[4]))
            entry["network_refs"] = _log_refs(logged[6]) or row[6]
        elif state == "sending":
            entry["state"] = "uncertain"  # may have been on the wire
        if entry["state"] in _RANK:
            found[message] = entry
    for message, at, path, outcome, code, reply in conn.execute(
        "SELECT message, at, path, outcome, code, reply FROM outbox_attempts ORDER BY id"
    ):
        if int(message) in found:
            found[int(message)]["tries"].append([at, path, outcome, code, reply])
    for message, logged in pending.items():
        if message in found and logged[1] == found[message]["state"]:
            found[message]["tries"].append([logged[4], logged[2], logged[1], logged[5], logged[3]])
    return list(found.values())


def _log_refs(value: object) -> str | None:
    """The log keeps an SMS's part references as a list; the outbox row as {ref: status}."""
    if not value:
        return None
    return json.dumps(dict.fromkeys(json.loads(str(value)), "pending"))


def stage(conn: db.Connection, record: dict[str, Any]) -> None:
    """Write the carry-over `record` into the staged copy (`conn`) before it is swapped in."""
    db.put_meta(conn, PENDING_KEY, json.dumps(record, ensure_ascii=False))


def pending_record(conn: db.Connection) -> dict[str, Any] | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone()
    return dict(json.loads(str(row[0]))) if row else None


def apply_left(
    conn: db.Connection, audit: AuditLog, left: list[dict[str, Any]]
) -> dict[str, list[int]]:
    """The restored copies of `left` that are behind take the state they had before the
    restore (in the caller's transaction); the restored ids that changed, by that state."""
    changed: dict[str, list[int]] = {}
    if not left:
        return changed
    # outcomes the backup's own sender log still held reach their rows first
    from app.delivery.outbox import Outbox  # only after a restore: not on every start

    Outbox(conn=conn, audit=audit).apply_pending(note="outcomes stored before the backup")
    by_id = {m["message_id"]: m for m in left}
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"SELECT id, message_id, state FROM outbox WHERE message_id IN "
            f"({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for message, message_id, state in rows:
            carried = by_id[str(message_id)]
            if _RANK.get(carried["state"], 0) <= _RANK.get(str(state), 0):
                continue
            conn.execute(
                "UPDATE outbox SET state = ?, path = ?, last_reply = ?, updated_at = ?, "
                "network_refs = ?, attempts = ?, claim_session = NULL, claim_seq = NULL "
                "WHERE id = ?",
                (
                    carried["state"],
                    carried["path"],
                    carried["reply"],
                    carried["at"],
                    carried["network_refs"],
                    carried["attempts"],
                    int(message),
                ),
            )
            conn.execute("DELETE FROM outbox_attempts WHERE message = ?", (int(message),))
            conn.executemany(
                "INSERT INTO outbox_attempts (message, at, path, outcome, code, reply) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(int(message), t[0], t[1], t[2], t[3], t[4]) for t in carried["tries"]],
            )
            changed.setdefault(carried["state"], []).append(int(message))
    return changed
