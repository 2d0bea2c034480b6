"""What a restore takes from the incidents is said, never silent: an incident opened, a
notice sent or an incident closed after the backup was made is not in the restored store.
Before the swap the incidents of the store being replaced are read (with how many notices
each had and how many of its messages left); after it, each that the restored store lacks
or holds at an earlier point is named to the officer, with where it is still kept (the
before-restore backup)."""

from __future__ import annotations

from typing import Any

from app.delivery.carried import LEFT_STATES
from app.i18n import Msg
from app.store import db


def incidents_now(conn: db.Connection) -> list[dict[str, Any]]:
    """Each incident of `conn`: reference, title, state, notices, messages that left. []
    for a store too damaged to read (its restore must not fail for it)."""
    marks = ", ".join("?" * len(LEFT_STATES))
    try:
        rows = conn.execute(
            "SELECT i.reference, i.title, i.state, "
            "(SELECT count(*) FROM notices n WHERE n.incident_id = i.id), "
            f"(SELECT count(*) FROM outbox o WHERE o.incident_ref = i.reference "
            f"AND o.state IN ({marks})) FROM incidents i ORDER BY i.id",
            LEFT_STATES,
        ).fetchall()
    except db.DatabaseError:
        return []
    return [
        {"reference": r[0], "title": r[1], "state": r[2], "notices": int(r[3]), "left": int(r[4])}
        for r in rows
    ]


def taken_by_restore(conn: db.Connection, before: list[dict[str, Any]]) -> list[str]:
    """What the officer is told: each incident of `before` that the restored `conn` lacks,
    holds with fewer notices, or holds open while it had been closed."""
    now = {i["reference"]: i for i in incidents_now(conn)}
    said: list[str] = []
    for was in before:
        reference, title = str(was["reference"]), str(was["title"])
        held = now.get(reference)
        if held is None:
            said.append(
                Msg.tr(
                    "{reference} “{title}” was opened after this backup was made: it is no "
                    "longer in the kit (%n message(s) of it had gone to partners).",
                    "",
                    int(was["left"]),
                ).format(reference=reference, title=title)
            )
            continue
        if held["notices"] < int(was["notices"]):
            said.append(
                Msg.tr(
                    "{reference} “{title}” is back to its notices of the backup: %n later "
                    "notice(s), which partners may have had, are no longer in the kit.",
                    "",
                    int(was["notices"]) - int(held["notices"]),
                ).format(reference=reference, title=title)
            )
        if held["state"] == "open" and was["state"] == "closed":
            said.append(
                Msg.tr(
                    "{reference} “{title}” is open again, as it was when the backup was made "
                    "(it had been closed since)."
                ).format(reference=reference, title=title)
            )
    if said:
        said.append(
            Msg.tr(
                "The store as it was before this restore is kept in the backups folder "
                "(before-restore): restore it to have them back."
            )
        )
    return said
