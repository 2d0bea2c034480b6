"""Saved searches: a name for a set of filters, kept in the encrypted store."""

from __future__ import annotations

import json

from app.audit import AuditLog
from app.backlog.model import Criteria
from app.errors import UserError
from app.i18n import Msg
from app.store import db
from app.timefmt import iso, now


class SavedSearches:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def all(self) -> dict[str, Criteria]:
        rows = self._conn.execute("SELECT name, criteria FROM backlog_saved_searches ORDER BY 1")
        return {str(n): Criteria.from_dict(json.loads(c)) for n, c in rows}

    def save(self, name: str, criteria: Criteria) -> None:
        name = name.strip()
        if not name:
            raise UserError(Msg.tr("Give the search a name."))
        with db.transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO backlog_saved_searches (name, criteria, saved_at) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET criteria = excluded.criteria, "
                "saved_at = excluded.saved_at",
                (name, json.dumps(criteria.as_dict()), iso(now())),
            )
            self._audit.append("backlog.search_saved", name=name, search=criteria.as_dict())

    def delete(self, name: str) -> None:
        with db.transaction(self._conn) as conn:
            gone = conn.execute("DELETE FROM backlog_saved_searches WHERE name = ?", (name,))
            if gone.rowcount:
                self._audit.append("backlog.search_deleted", name=name)
