"""What a restore takes from the incidents is said, never silent: an incident opened, a
notice sent or an incident closed after the backup was made is not in the restored store.
Before the swap the incidents of the store being replaced are read (with how many notices
each had and how many of its messages left); after it, each that the restored store lacks
or holds at an earlier point is named to the officer, with where it is still kept (the
before-restore backup)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.delivery.carried import LEFT_STATES
from app.i18n import Msg
from app.store import db


def incidents_now(conn: db.Connection) -> list[dict[str, Any]]:
    """`readable_incidents`, [] for a store too damaged to read (its restore must not fail
    for it)."""
    return readable_incidents(conn) or []


def readable_incidents(conn: db.Connection | None) -> list[dict[str, Any]] | None:
    """Each incident of `conn`: reference, title, state, notices, messages that left, and the
    ids of its messages still waiting in the Outbox (queued, held, failed). None: a store
    that does not open (no `conn`) or is too damaged to read."""
    if conn is None:
        return None
    marks = ", ".join("?" * len(LEFT_STATES))
    try:
        rows = conn.execute(
            "SELECT i.reference, i.title, i.state, "
            "(SELECT count(*) FROM notices n WHERE n.incident_id = i.id), "
            f"(SELECT count(*) FROM outbox o WHERE o.incident_ref = i.reference "
            f"AND o.state IN ({marks})) FROM incidents i ORDER BY i.id",
            LEFT_STATES,
        ).fetchall()
        waiting: dict[str, list[str]] = {}
        for reference, message_id in conn.execute(
            f"SELECT incident_ref, message_id FROM outbox WHERE state NOT IN ({marks})",
            LEFT_STATES,
        ):
            waiting.setdefault(str(reference), []).append(str(message_id))
    except db.DatabaseError:
        return None
    return [
        {
            "reference": r[0],
            "title": r[1],
            "state": r[2],
            "notices": int(r[3]),
            "left": int(r[4]),
            "waiting": waiting.get(str(r[0]), []),
        }
        for r in rows
    ]


def _changes(
    conn: db.Connection, before: list[dict[str, Any]]
) -> list[tuple[str, dict[str, Any], int, int]]:
    """Each incident of `before` that `conn` lacks ("gone", with its messages that left),
    holds with fewer notices ("fewer", how many fewer), holds open while it had been closed
    ("reopened"), or holds without some of the messages that were waiting in its Outbox
    ("waiting"); with the count of those waiting messages `conn` lacks."""
    now = {i["reference"]: i for i in incidents_now(conn)}
    try:
        held_ids = {str(r[0]) for r in conn.execute("SELECT message_id FROM outbox")}
    except db.DatabaseError:
        held_ids = set()
    changes: list[tuple[str, dict[str, Any], int, int]] = []
    for was in before:
        lost = sum(1 for m in was.get("waiting", []) if m not in held_ids)
        held = now.get(was["reference"])
        if held is None:
            changes.append(("gone", was, int(was["left"]), lost))
            continue
        if held["notices"] < int(was["notices"]):
            changes.append(("fewer", was, int(was["notices"]) - int(held["notices"]), lost))
        elif lost:
            changes.append(("waiting", was, 0, lost))
        if held["state"] == "open" and was["state"] == "closed":
            changes.append(("reopened", was, 0, 0))
    return changes


Words = Callable[[int], str]
# what the officer is told after a restore: each change in the past
_TAKEN: dict[str, Words] = {
    "gone": lambda _n: Msg.tr(
        "{reference} “{title}” was opened after this backup was made: it is no longer in the kit."
    ),
    "fewer": lambda n: Msg.tr(
        "{reference} “{title}” is back to its notices of the backup: %n later notice(s), "
        "which partners may have had, are no longer in the kit.",
        "",
        n,
    ),
    "waiting": lambda _n: Msg.tr("{reference} “{title}” is back to its Outbox of the backup."),
    "reopened": lambda _n: Msg.tr(
        "{reference} “{title}” is open again, as it was when the backup was made (it had been "
        "closed since)."
    ),
    "left": lambda n: Msg.tr("%n message(s) of it had gone to partners.", "", n),
    "lost": lambda n: Msg.tr(
        "%n message(s) of it that waited in the Outbox will not go out.", "", n
    ),
}
# what a restore would take, said before the officer confirms it
_WOULD_TAKE: dict[str, Words] = {
    "gone": lambda _n: Msg.tr(
        "{reference} “{title}”, opened after this backup was made, would no longer be in the kit."
    ),
    "fewer": lambda n: Msg.tr(
        "{reference} “{title}” would go back to its notices of the backup: %n later "
        "notice(s), which partners may have had, would no longer be in the kit.",
        "",
        n,
    ),
    "waiting": lambda _n: Msg.tr(
        "{reference} “{title}” would go back to its Outbox of the backup."
    ),
    "reopened": lambda _n: Msg.tr(
        "{reference} “{title}” would be open again, as it was when the backup was made (it "
        "has been closed since)."
    ),
    "left": lambda n: Msg.tr("%n message(s) of it have gone to partners.", "", n),
    "lost": lambda n: Msg.tr(
        "%n message(s) of it waiting in the Outbox would never go out.", "", n
    ),
}


def _said(conn: db.Connection, before: list[dict[str, Any]], words: dict[str, Words]) -> list[str]:
    said = []
    for kind, was, count, lost in _changes(conn, before):
        parts = [words[kind](count).format(reference=was["reference"], title=was["title"])]
        if kind == "gone" and count:  # none sent: nothing to say of it
            parts.append(words["left"](count))
        if lost:
            parts.append(words["lost"](lost))
        said.append(" ".join(parts))
    return said


def taken_by_restore(
    conn: db.Connection, before: list[dict[str, Any]], kept: str = ""
) -> list[str]:
    """What the officer is told: each incident of `before` that the restored `conn` lacks,
    holds with fewer notices, or holds open while it had been closed; and `kept`, the file
    the replaced store was backed up to (several before-restore copies look alike)."""
    said = _said(conn, before, _TAKEN)
    if said and kept:
        said.append(
            Msg.tr(
                "The store as it was before this restore is kept as {file} in the backups "
                "folder: restore that file to have them back."
            ).format(file=kept)
        )
    elif said:
        said.append(
            Msg.tr(
                "The store as it was before this restore is kept in the backups folder "
                "(before-restore): restore it to have them back."
            )
        )
    return said


def not_checked() -> str:
    """Said before restoring over a store that cannot be read: there is nothing to compare
    the backup with, and the officer must not take silence for "nothing changed"."""
    return Msg.tr(
        "What changed since this backup was made cannot be checked: the store as it is now "
        "cannot be read. Incidents opened, notices sent and messages put in the Outbox since "
        "then would no longer be in the kit."
    )


def would_take(staged: db.Connection, before: list[dict[str, Any]]) -> list[str]:
    """What restoring the checked copy `staged` would take from the incidents of `before`
    (the store as it is now), said before the officer confirms it."""
    return _said(staged, before, _WOULD_TAKE)
