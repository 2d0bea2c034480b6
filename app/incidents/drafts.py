"""Half-written notices, kept in the encrypted store so that Cancel, Esc, the idle lock or a
crash never throws away what the officer typed at 3 a.m. One draft per place a notice is
written: a new incident of each kind ("new:disaster"), or a stage of an open incident
("OK-2026-0042:update"). A queued notice removes its draft."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.store import db
from app.timefmt import iso, now


def new_scope(kind: str) -> str:
    return f"new:{kind}"


def follow_up_scope(reference: str, stage: str) -> str:
    return f"{reference}:{stage}"


class Drafts:
    def __init__(self, conn: db.Connection) -> None:
        self._conn = conn

    def save(self, scope: str, payload: Mapping[str, Any]) -> None:
        with db.transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO notice_drafts (scope, payload, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (scope) DO UPDATE SET payload = excluded.payload, "
                "updated_at = excluded.updated_at",
                (scope, json.dumps(dict(payload), ensure_ascii=False, sort_keys=True), iso(now())),
            )

    def load(self, scope: str) -> dict[str, Any] | None:
        row = self._conn.execute(
            "SELECT payload FROM notice_drafts WHERE scope = ?", (scope,)
        ).fetchone()
        if row is None:
            return None
        try:
            found = json.loads(row[0])
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def drop(self, scope: str) -> None:
        with db.transaction(self._conn) as conn:
            conn.execute("DELETE FROM notice_drafts WHERE scope = ?", (scope,))

    def drop_incident(self, reference: str) -> None:
        with db.transaction(self._conn) as conn:
            conn.execute("DELETE FROM notice_drafts WHERE scope GLOB ?", (f"{reference}:*",))
