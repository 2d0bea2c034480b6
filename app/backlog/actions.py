"""Decisions on records: one audited action per bulk change, a history row per record
(so the change can be undone and handed back to billing), and undo of the last action."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from app.audit import AuditLog
from app.backlog import bulk
from app.backlog.model import CLOSED, STATUS_LABELS, Criteria, decision, status_from_text
from app.backlog.query import BacklogQuery, Where
from app.errors import UserError, is_disk_full
from app.i18n import Msg, translate
from app.localfmt import count_text
from app.store import db, steps
from app.timefmt import iso, local_text, now

log = logging.getLogger(__name__)
# where an action was taken (kept in its criteria): the command line, or a window run
CLI_ORIGIN = "cli"


@dataclass(frozen=True)
class ActionResult:
    action_id: int
    to_status: str
    matched: int
    changed: int
    #: Quarantine IDs asked for (a file of IDs) that no record has, in the file's order
    missing: tuple[str, ...] = ()
    # for an undo: the action it put back
    undid: ActionInfo | None = None
    # matching records billing has already closed, left out: {status: count}
    left_out: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        label = translate("Labels", STATUS_LABELS[self.to_status])  # as the buttons say it
        text = Msg.tr("%n record(s) set to {label}", "", self.changed).format(label=label)
        if self.matched != self.changed:
            text += Msg.tr(" ({count} already were)").format(
                count=count_text(self.matched - self.changed)
            )
        if self.missing:
            shown = ", ".join(self.missing[:MISSING_SHOWN])
            more = len(self.missing) - MISSING_SHOWN
            text += (
                Msg.tr(
                    ". %n Quarantine ID(s) not found, nothing done for them: ",
                    "",
                    len(self.missing),
                )
                + shown
                + (Msg.tr(" … and {more} more").format(more=count_text(more)) if more > 0 else "")
            )
        if self.left_out:
            text += Msg.tr(
                ". Left out %n record(s) billing has already closed ({detail})",
                "",
                sum(self.left_out.values()),
            ).format(detail=closed_detail(self.left_out))
        return text + "."


def closed_detail(counts: dict[str, int]) -> str:
    """{"completed": 258, "withdrawn": 305} → "258 Completed, 305 Withdrawn"."""
    return ", ".join(
        f"{n} {translate('Labels', STATUS_LABELS[status])}"
        for status, n in sorted(counts.items())
        if n
    )


#: how many IDs not found a summary names
MISSING_SHOWN = 20


@dataclass(frozen=True)
class ActionInfo:
    id: int
    at: str
    actor: str
    to_status: str | None
    note: str
    criteria: dict[str, Any]
    matched: int
    changed: int
    undo_of: int | None
    undone_by: int | None

    def describe(self) -> str:
        if self.undo_of is not None:
            return Msg.tr(
                "undo of action {action}: %n record(s) restored", "", self.changed
            ).format(action=self.undo_of)
        label = STATUS_LABELS.get(self.to_status or "", self.to_status or "")
        return Msg.tr("%n record(s) → {label}", "", self.changed).format(
            label=translate("Labels", label)
        )

    @property
    def origin(self) -> str:
        return str(self.criteria.get("origin", ""))

    def where(self, here: str) -> str:
        """Where the action was taken, seen from `here` (this window's origin, or the CLI)."""
        if self.origin == CLI_ORIGIN:
            return Msg.tr("from the command line")
        if self.origin and self.origin == here:
            return Msg.tr("in this window")
        if self.origin:
            return Msg.tr("in another window")
        return Msg.tr("from an earlier version of the kit")

    def identify(self, here: str) -> str:
        """Which action this is, for a person about to undo it: what, how many, when, where,
        who ("action 12: 3 records → Write off, 1.12.2026 17:20 +0100, from the command
        line, by ops")."""
        return Msg.tr("action {action}: {what}, {at}, {where}, by {actor}").format(
            action=self.id,
            what=self.describe(),
            at=local_text(self.at),
            where=self.where(here),
            actor=self.actor,
        )


@dataclass(frozen=True)
class RecordChange:
    action_id: int
    at: str
    actor: str
    from_status: str
    to_status: str
    note: str


_ACTION_COLUMNS = "id, at, actor, to_status, note, criteria, matched, changed, undo_of, undone_by"
#: a bulk change reads every page holding a match, then rewrites it: when the matches are
#: spread over the whole table, a cache that holds it halves the time (3.5 → 1.7 s for a
#: bare UPDATE of 100,000 of a million records). Only for the length of the change.
BULK_CACHE_KIB = 524288


@contextmanager
def large_cache(conn: db.Connection) -> Iterator[None]:
    pages, page_size = (
        int(conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in ("page_count", "page_size")
    )
    wanted = min(BULK_CACHE_KIB, pages * page_size // 1024 + 1024)
    if wanted <= db.CACHE_KIB:
        yield
        return
    conn.execute(f"PRAGMA cache_size = -{int(wanted)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = -{db.CACHE_KIB}")


class BacklogActions:
    def __init__(self, *, conn: db.Connection, audit: AuditLog, origin: str = "") -> None:
        """`origin`: where the actions are taken (CLI_ORIGIN, or a window's own mark), so an
        undo can say whose action it puts back."""
        self._conn = conn
        self._audit = audit
        self._origin = origin

    def set_status(
        self,
        *,
        to: str,
        note: str = "",
        criteria: Criteria | None = None,
        ids: list[int] | None = None,
        quarantine_ids: list[str] | None = None,
        include_closed: bool = False,
        progress: bulk.Progress | None = None,
    ) -> ActionResult:
        """Records picked by `criteria` (everything a search matches), by `ids` (rows chosen
        in the window) or by `quarantine_ids` (a file of IDs). Those billing has already
        closed (CLOSED) are left out unless `include_closed`. Written in slices (app/backlog/
        bulk.py), `progress(done, total)` after each."""
        status = decision(to)
        note = note.strip()
        if status == "write-off" and not note:
            raise UserError(
                Msg.tr("A write-off needs a note saying why (e.g. the supplier claim).")
            )
        chosen = sum(x is not None for x in (criteria, ids, quarantine_ids))
        if chosen != 1:
            raise UserError(Msg.tr("Say which records: a search, or a list of IDs."))
        with bulk.DecisionLock(self._conn), large_cache(self._conn):
            self._settle(self._conn)
            return self._decide(
                status, note, criteria, ids, quarantine_ids, include_closed, progress
            )

    def _decide(
        self,
        status: str,
        note: str,
        criteria: Criteria | None,
        ids: list[int] | None,
        quarantine_ids: list[str] | None,
        include_closed: bool,
        progress: bulk.Progress | None,
    ) -> ActionResult:
        conn = self._conn
        described: dict[str, Any]
        missing: list[str] = []
        conn.execute("BEGIN")  # deferred: one reading of the store, writes to temp alone
        try:
            if criteria is not None:
                where = Where.of(criteria, conn=conn)
                source = f"SELECT id, status, call_date FROM backlog_records WHERE {where.sql}"
                params: tuple[Any, ...] = where.params
                described = {"search": criteria.as_dict()}
            else:
                column = "id" if ids is not None else "quarantine_id"
                values = list(ids if ids is not None else quarantine_ids or [])
                _pick(conn, values)
                source = (
                    "SELECT id, status, call_date FROM backlog_records "
                    f"WHERE {column} IN (SELECT value FROM picked)"
                )
                params = ()
                described = (
                    {"ids": len(values)} if ids is not None else {"quarantine_ids": len(values)}
                )
                if quarantine_ids is not None:
                    missing = self._missing(conn, values)
                    described["missing"] = len(missing)
            left_out: dict[str, int] = {}
            if not include_closed:
                left_out = self._closed_in(conn, criteria, source, params)
                source += f" AND status NOT IN ({', '.join('?' * len(CLOSED))})"
                params = (*params, *CLOSED)
                described["left_out"] = left_out
            else:
                described["include_closed"] = True
            total = bulk.pick(conn, source, params)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        at = iso(now())
        with db.transaction(conn):
            job = bulk.BulkJob(
                kind=bulk.DECIDE,
                action=self._new_action(conn, at, status, note, described),
                at=at,
                total=total,
                to_status=status,
                leave_closed=not include_closed,
            )
            job.save(conn)
        try:
            bulk.run(conn, job, progress)
        except Exception as err:
            # a slice failed (a full disk): what was done is put back now if it can be,
            # else at the next start; the error is said either way ("Nothing was changed"),
            # and the audit says the decision was refused: no change of it ever stood
            why = "disk full" if is_disk_full(err) else type(err).__name__
            with contextlib.suppress(Exception):
                self._settle(conn, refused=why)
            raise
        with db.transaction(conn):
            conn.execute(
                "UPDATE backlog_actions SET matched = ?, changed = ? WHERE id = ?",
                (job.matched, job.changed, job.action),
            )
            # one audit entry for the whole action: the per-record history is in
            # backlog_changes (a hash-chain entry per record would cost seconds at 100k)
            self._audit.append(
                "backlog.status_changed",
                action_id=job.action,
                to=status,
                note=note,
                matched=job.matched,
                changed=job.changed,
                from_counts=self._from_counts(conn, job.action),
                **described,
            )
            bulk.clear(conn)
        conn.execute(f"DROP TABLE IF EXISTS {bulk.PICKED}")
        return ActionResult(
            job.action, status, job.matched, job.changed, tuple(missing), left_out=left_out
        )

    def closed(
        self,
        *,
        criteria: Criteria | None = None,
        ids: list[int] | None = None,
        statuses: tuple[str, ...] = CLOSED,
    ) -> dict[str, int]:
        """Of the records a decision would pick, those billing has already closed, by status
        (none listed when there are none): what the confirmation says is left out. With
        `statuses`, those in these statuses instead (those a decision would leave as they are)."""
        if criteria is not None:
            return self._closed_in(self._conn, criteria, "", (), statuses)
        with db.transaction(self._conn) as conn:
            _pick(conn, list(ids or []))
            source = "SELECT id, status FROM backlog_records WHERE id IN (SELECT value FROM picked)"
            return self._closed_in(conn, None, source, (), statuses)

    def _closed_in(
        self,
        conn: db.Connection,
        criteria: Criteria | None,
        source: str,
        params: tuple[Any, ...],
        wanted: tuple[str, ...] = CLOSED,
    ) -> dict[str, int]:
        """A search's closed records are counted as searches (the tally answers most);
        a list's from `source` (SELECT id, status …)."""
        if criteria is None:
            marks = ", ".join("?" * len(wanted))
            rows = conn.execute(
                f"SELECT status, count(*) FROM ({source}) WHERE status IN ({marks}) GROUP BY 1",
                (*params, *wanted),
            )
            return {str(r[0]): int(r[1]) for r in rows}
        query = BacklogQuery(conn=conn, decisions=False)
        asked = status_from_text(criteria.status) if criteria.status else None
        statuses = [s for s in wanted if asked in (None, s)]
        counts = {s: query.count(replace(criteria, status=s)) for s in statuses}
        return {s: n for s, n in counts.items() if n}

    def _missing(self, conn: db.Connection, values: list[Any]) -> list[str]:
        absent = {
            str(row[0])
            for row in conn.execute(
                "SELECT value FROM picked WHERE NOT EXISTS "
                "(SELECT 1 FROM backlog_records WHERE quarantine_id = picked.value)"
            )
        }
        seen: set[str] = set()
        ordered = []
        for value in values:
            if value in absent and value not in seen:
                seen.add(value)
                ordered.append(str(value))
        return ordered

    def _new_action(
        self,
        conn: db.Connection,
        at: str,
        status: str | None,
        note: str,
        criteria: dict[str, Any],
        undo_of: int | None = None,
    ) -> int:
        cur = conn.execute(
            "INSERT INTO backlog_actions (at, actor, to_status, note, criteria, undo_of) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                at,
                self._audit.actor,
                status,
                note,
                json.dumps({**criteria, **({"origin": self._origin} if self._origin else {})}),
                undo_of,
            ),
        )
        return int(cur.lastrowid)

    def _from_counts(self, conn: db.Connection, action_id: int) -> dict[str, int]:
        rows = conn.execute(
            "SELECT from_status, count(*) FROM backlog_changes WHERE action = ? GROUP BY 1",
            (action_id,),
        )
        return {str(r[0]): int(r[1]) for r in rows}

    def last_undoable(self) -> ActionInfo | None:
        """The last action, if it can be undone (not an undo, not undone, not still being
        written). A decision that changed nothing (its records already had the status) is
        passed over: nothing changed since the action before it, which stays undoable — the
        same command run twice by mistake no longer took away the undo of the first."""
        running = bulk.pending(self._conn)
        row = self._conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM backlog_actions "
            "WHERE NOT (undo_of IS NULL AND undone_by IS NULL AND changed = 0 AND id != ?) "
            "ORDER BY id DESC LIMIT 1",
            (running.action if running is not None else -1,),
        ).fetchone()
        if row is None:
            return None
        info = _info(row)
        if running is not None and running.action == info.id:
            return None  # still being written (in another process), or cut short
        return info if info.undo_of is None and info.undone_by is None else None

    def undo_last(
        self, *, expected: int | None = None, progress: bulk.Progress | None = None
    ) -> ActionResult:
        """Put every record the last action changed back where it was. Records changed since
        (by a newer import from billing) keep their newer status. `expected`: the action the
        person confirmed; when another one came since (another window, the command line),
        nothing is undone. Written in slices (app/backlog/bulk.py), `progress` after each."""
        with bulk.DecisionLock(self._conn), large_cache(self._conn):
            self._settle(self._conn)
            last = self.last_undoable()
            if last is None:
                raise UserError(
                    Msg.tr("There is no action to undo (the last one was already undone).")
                )
            if expected is not None and last.id != expected:
                raise UserError(
                    Msg.tr(
                        "Nothing undone: the last action is no longer action {expected} but "
                        "{last}. Check it, then undo again if you mean it."
                    ).format(expected=expected, last=last.identify(self._origin))
                )
            job = self._start_undo(last.id, last.changed, f"undo of action {last.id}", {})
            changed = self._finish_undo(job, progress)
        return ActionResult(job.action, last.to_status or "", last.changed, changed, undid=last)

    def _start_undo(
        self, undone: int, total: int, note: str, criteria: dict[str, Any], rollback: bool = False
    ) -> bulk.BulkJob:
        """The undo's action, the undone one marked (no second undo of it), the job saved."""
        at = iso(now())
        with db.transaction(self._conn) as conn:
            undo_id = self._new_action(conn, at, None, note, criteria, undone)
            conn.execute("UPDATE backlog_actions SET undone_by = ? WHERE id = ?", (undo_id, undone))
            job = bulk.BulkJob(
                kind=bulk.UNDO,
                action=undo_id,
                at=at,
                total=total,
                undoing=undone,
                rollback=rollback,
            )
            job.save(conn)
        return job

    def _finish_undo(
        self,
        job: bulk.BulkJob,
        progress: bulk.Progress | None,
        resumed: bool = False,
        refused: str = "",
    ) -> int:
        """The undo's slices still to do, then its counts and audit entry; records put back.
        `refused`: why the decision it rolls back failed as it ran (its records put back at
        once): audited as a refused decision, not as one that stood and was rolled back."""
        bulk.run(self._conn, job, progress)
        with db.transaction(self._conn) as conn:
            conn.execute(
                "UPDATE backlog_actions SET matched = ?, changed = ? WHERE id = ?",
                (job.total, job.changed, job.action),
            )
            undone = _info(
                conn.execute(
                    f"SELECT {_ACTION_COLUMNS} FROM backlog_actions WHERE id = ?", (job.undoing,)
                ).fetchone()
            )
            details: dict[str, Any] = {
                "action_id": job.action,
                "undone": job.undoing,
                "undone_origin": undone.origin,
                "restored": job.changed,
                "kept": job.total - job.changed,
            }
            if job.rollback:  # what was rolled back, its only audit entry
                details["to"] = undone.to_status
                details["note"] = undone.note
            elif resumed:
                details["resumed"] = True
            action = "backlog.decision_rolled_back" if job.rollback else "backlog.action_undone"
            if job.rollback and refused:
                action, details["why"] = "backlog.decision_refused", refused
            self._audit.append(action, **details)
            bulk.clear(conn)
        return job.changed

    def _settle(
        self,
        conn: db.Connection,
        notes: list[str] | None = None,
        progress: bulk.Progress | None = None,
        *,
        refused: str = "",
    ) -> None:
        """A bulk action a killed process left (the caller holds the decision lock): a
        decision is rolled back, an undo finished (said as a long step: up to a minute at a
        million records; `progress` hears how far). `notes` gets what the officer is told.
        `refused`: the decision failed as it ran, for this reason (`_finish_undo`)."""
        job = bulk.pending(conn)
        if job is None:
            return
        with steps.step(_settling_text(job)):
            self._settle_job(conn, job, notes, progress, refused)

    def _settle_job(
        self,
        conn: db.Connection,
        job: bulk.BulkJob,
        notes: list[str] | None,
        progress: bulk.Progress | None,
        refused: str = "",
    ) -> None:
        if job.kind == bulk.DECIDE:
            with db.transaction(conn):  # what it had done, for its history and the undo
                conn.execute(
                    "UPDATE backlog_actions SET matched = ?, changed = ? WHERE id = ?",
                    (job.matched, job.changed, job.action),
                )
            job = self._start_undo(
                job.action,
                job.changed,
                f"roll back of action {job.action}, "
                + (f"refused: {refused}" if refused else "cut short"),
                {"rollback": True},
                rollback=True,
            )
        elif not job.rollback:
            log.warning("finishing the undo of backlog action %d, cut short", job.undoing)
        restored = self._finish_undo(job, progress, resumed=not job.rollback, refused=refused)
        if notes is None:
            return
        if job.rollback:
            log.warning("rolled back backlog action %d, cut short", job.undoing)
            notes.append(
                Msg.tr(
                    "A decision on the backlog (action {action}, records to {label}) was cut "
                    "short before it finished: it is rolled back, %n record(s) it had changed "
                    "are as they were. Nothing of it stands; decide again if you mean it.",
                    "",
                    restored,
                ).format(action=job.undoing, label=self._label_of(job.undoing))
            )
        else:
            notes.append(
                Msg.tr(
                    "The undo of backlog action {action} was cut short; it is finished now: "
                    "%n record(s) put back.",
                    "",
                    restored,
                ).format(action=job.undoing)
            )

    def _label_of(self, action: int) -> str:
        row = self._conn.execute(
            "SELECT to_status FROM backlog_actions WHERE id = ?", (action,)
        ).fetchone()
        status = str(row[0] or "") if row else ""
        return translate("Labels", STATUS_LABELS.get(status, status))

    def history(self, record_id: int) -> list[RecordChange]:
        rows = self._conn.execute(
            "SELECT a.id, a.at, a.actor, c.from_status, c.to_status, a.note "
            "FROM backlog_changes c JOIN backlog_actions a ON a.id = c.action "
            "WHERE c.record = ? ORDER BY a.id DESC",
            (record_id,),
        )
        return [RecordChange(*row) for row in rows]

    def recent(self, limit: int = 20) -> list[ActionInfo]:
        rows = self._conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM backlog_actions ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [_info(r) for r in rows]


def _pick(conn: db.Connection, values: list[Any]) -> None:
    """The records' ids or Quarantine IDs into the temporary table `picked`."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS picked (value PRIMARY KEY)")
    conn.execute("DELETE FROM picked")
    conn.executemany("INSERT OR IGNORE INTO picked VALUES (?)", [(v,) for v in values])


def _info(row: tuple[Any, ...]) -> ActionInfo:
    values = list(row)
    values[5] = json.loads(values[5])
    return ActionInfo(*values)


def settle_interrupted(
    conn: db.Connection,
    audit: AuditLog,
    notes: list[str],
    progress: bulk.Progress | None = None,
) -> None:
    """At a start: a bulk decision a killed process cut short is rolled back, an undo
    finished (app/backlog/bulk.py); what the officer is told goes to `notes`, how far it is
    to `progress` (records done, of all). Left alone while the process that runs it still
    holds the decision lock."""
    lock = bulk.DecisionLock(conn)
    if not lock.acquire():
        return
    try:
        with large_cache(conn):
            BacklogActions(conn=conn, audit=audit)._settle(conn, notes, progress)
    finally:
        lock.release()


def _settling_text(job: bulk.BulkJob) -> str:
    """What a start is doing with a bulk action a killed process cut short."""
    if job.kind == bulk.DECIDE:
        return Msg.tr(
            "Rolling back a decision on the backlog that was cut short (action {action}, "
            "%n record(s) to put back)",
            "",
            job.changed,
        ).format(action=job.action)
    return Msg.tr(
        "Finishing the undo of backlog action {action}, cut short (%n record(s))",
        "",
        job.total,
    ).format(action=job.undoing)
