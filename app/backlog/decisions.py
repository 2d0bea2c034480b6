"""Handing decisions back to billing: the records whose status the kit changed since the
last hand-back, in a CSV with the guide's column names and words.

Only real changes go back: a record whose status now is what it was at the last hand-back
(a decision and its undo, or two decisions that cancel out) is left out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.audit import AuditLog
from app.backlog import bulk
from app.backlog.model import KIND_LABELS, STATUS_LABELS
from app.backlog.query import latest_decision
from app.reports.render import Table, write_table_csv
from app.store import db
from app.timefmt import local_stamp

_MARK = "backlog_decisions_exported_through"
COLUMNS = (
    "Quarantine ID",
    "Quarantine",
    "Update To",
    "Previous Status",
    "Note",
    "Decided By",
    "Decided At",
)


@dataclass(frozen=True)
class DecisionExport:
    records: int
    through_action: int
    path: Path


class DecisionExporter:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def pending(self) -> int:
        """How many records a hand-back would carry now."""
        mark = self._mark()
        row = self._conn.execute(
            f"SELECT count(*) FROM ({_CHANGED}) WHERE status <> before",
            (mark, mark, self._through()),
        ).fetchone()
        return int(row[0])

    def _through(self) -> int:
        """The newest action whole: not one being written in slices (in another process), of
        which only part would go back to billing and the rest never."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) FROM backlog_actions").fetchone()
        running = bulk.pending(self._conn)
        return int(row[0]) if running is None else min(int(row[0]), running.action - 1)

    def export(self, path: Path) -> DecisionExport:
        """The file is written first; only then is the hand-back marked done (and audited),
        so a failed write leaves the decisions pending for the next export."""
        mark = self._mark()
        through = self._through()
        table = Table("Decisions", COLUMNS, self._rows(mark, through))
        count = write_table_csv(table, path)
        with db.transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_MARK, str(through)),
            )
            self._audit.append(
                "backlog.decisions_exported",
                file=path.name,
                records=count,
                from_action=mark + 1,
                through_action=through,
            )
        return DecisionExport(count, through, path)

    def _mark(self) -> int:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (_MARK,)).fetchone()
        return int(row[0]) if row else 0

    def _rows(self, mark: int, through: int) -> Iterator[tuple[str, ...]]:
        # the status before the first change since the mark is what billing still has; the
        # note and decider are those of the decision that stands (an undo is no decision)
        rows = self._conn.execute(
            "SELECT ch.quarantine_id, ch.kind, ch.status, ch.before, "
            "  coalesce(d.note, ''), coalesce(d.actor, ''), coalesce(d.at, '') "
            f"FROM ({_CHANGED}) ch LEFT JOIN backlog_actions d ON d.id = "
            f"  {latest_decision('ch.id')} "
            "WHERE ch.status <> ch.before ORDER BY ch.quarantine_id",
            (mark, mark, through),
        )
        for qid, kind, status, before, note, who, at in rows:
            yield (
                qid,
                KIND_LABELS.get(kind, kind),
                STATUS_LABELS.get(status, status),
                STATUS_LABELS.get(before, before or ""),
                note,
                who,
                local_stamp(at) if at else "",
            )


#: every record changed by an action after the mark (?1) up to `through` (?3): its status now
#: and the status it had before the first of those changes (?2 = the mark again)
_CHANGED = (
    "SELECT r.id, r.quarantine_id, r.kind, r.status, "
    "  (SELECT c2.from_status FROM backlog_changes c2 WHERE c2.record = r.id "
    "   AND c2.action > ? ORDER BY c2.action LIMIT 1) AS before "
    "FROM backlog_records r WHERE r.id IN "
    "  (SELECT record FROM backlog_changes WHERE action > ? AND action <= ?)"
)
