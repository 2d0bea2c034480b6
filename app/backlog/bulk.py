"""A bulk decision, or its undo, never holds the store's write lock for long (a tester's
finding: 150,000 records written off in one transaction held it ~61 s, and a disaster notice
queued meanwhile was refused after the busy timeout). It runs in slices of records, in
call-date order (`pick` says why), each its own short transaction, with a pause between them
in which a notice being queued, or an outbox send marking its messages, takes the store.

It stays one action: one row in backlog_actions, one audit entry written when the last slice
is done, one undo. Each slice records how far it got (`BulkJob`, in `meta`) in its own
transaction, so a process killed mid-way leaves a state the next start settles: a decision
cut short is rolled back (the records it had changed put back, said in the audit and to the
officer: it never stands half-done, and nobody confirmed the records a search would match by
then); an undo cut short is finished (what it was asked for). One runs at a time per data
folder (a lock file, taken by restore and rekey too, app/running_work.py)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from app.backlog import decision_marks
from app.backlog.staging import data_folder, next_size
from app.errors import Busy
from app.fsutil import OwnerLock
from app.i18n import Msg
from app.store import db

LOCK_NAME = decision_marks.LOCK_NAME
PENDING_KEY = decision_marks.PENDING_KEY
DECIDE = "decide"
UNDO = "undo"
# records per slice to start with; then sized so each takes about SLICE_SECONDS (how long
# a writer that said it waits waits at most, beside the commit)
SLICE_ROWS = 2_000
SLICE_ROWS_RANGE = (200, 100_000)
SLICE_SECONDS = 0.5
# the longest the store is held without a commit: a writer that does not say it waits
# (a statement outside `db.transaction`) waits at most this, well inside db.BUSY_SECONDS
HOLD_SECONDS = 6.0
# the store left free after a commit for a writer that said it waits: SQLite's busy handler
# tries again every 100 ms at most
GAP_SECONDS = 0.15
# after a commit nobody asked for
SHORT_GAP_SECONDS = 0.02
# WAL pages between checkpoints while a bulk action runs (SQLite's default: 1,000), at
# least; as many as the store holds if more: the -wal grows to the store's size at most,
# as one transaction's would. Each commit of slices rewrites the pages of the indexes
# holding the status (~200 MB at a million records), the same pages commit after commit;
# checkpointed after each, they were all copied into the store and synced again each time
# (measured at a million records: 481 MB written a commit, 177 MB without).
CHECKPOINT_PAGES = 25_000
# a file's time is the kernel's coarse clock, a few ms behind time.time()
CLOCK_SLACK = 0.02
# the temporary table of the records a bulk action goes through: their ids, numbered (n) in
# the order it takes them, by call date (see `pick`)
PICKED = "temp.deciding"
# a change (c) of a record in the slice of PICKED numbered after ?, up to ?
_IN_SLICE = f"c.record IN (SELECT id FROM {PICKED} WHERE n > ? AND n <= ?)"

Progress = Callable[[int, int], None]


@dataclass
class BulkJob:
    """What a bulk action must still do, as kept in `meta` between slices."""

    kind: str  # DECIDE or UNDO
    action: int  # the action being written
    at: str
    total: int  # records to go through
    to_status: str = ""  # DECIDE: the new status
    leave_closed: bool = True  # DECIDE: records billing has closed are left out
    undoing: int = 0  # UNDO: the action put back
    rollback: bool = False  # UNDO: of a decision cut short
    upto: int = 0  # the last record done, its n in PICKED
    done: int = 0
    matched: int = 0
    changed: int = 0

    def save(self, conn: db.Connection) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (PENDING_KEY, json.dumps(asdict(self))),
        )


def pending(conn: db.Connection) -> BulkJob | None:
    """The bulk action running (in another process too) or cut short, if any."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone()
    return BulkJob(**json.loads(row[0])) if row else None


def clear(conn: db.Connection) -> None:
    """In the transaction that writes the action's audit entry: nothing left to do."""
    conn.execute("DELETE FROM meta WHERE key = ?", (PENDING_KEY,))


class DecisionBusy(Busy):
    def __init__(self) -> None:
        super().__init__(
            Msg.tr(
                "Another decision or undo is running on the backlog (in another window or "
                "command). Wait until it finishes, then try again; nothing was changed."
            )
        )


class DecisionLock:
    """Held for a whole bulk action; a second one is refused at once."""

    def __init__(self, conn: db.Connection) -> None:
        self._lock = OwnerLock(data_folder(conn) / LOCK_NAME)

    def acquire(self) -> bool:
        return self._lock.acquire()

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> DecisionLock:
        if not self._lock.acquire():
            raise DecisionBusy()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def pick(conn: db.Connection, source: str, params: tuple[Any, ...]) -> int:
    """The ids of `source` (SELECT id, call_date, … ) into PICKED, numbered by call date,
    in a transaction of the temporary database alone (no lock on the store); how many.

    By call date, not by id: each commit between slices writes again every page the slices
    since the last one changed, and the status is in a dozen indexes; eight of them hold it
    after the call date (behind a carrier, a reason, a kind …, of which a store has a few,
    so within each the entries are in call-date order). Records of a slice in id order are
    strewn over the whole of each of those indexes, and every commit rewrote nearly all
    their pages: a write-off of 88,877 of a million records took 1.3× the CPU time of the
    same statements in one transaction, its 6 commits 8.4 s of it against 3.6 s for the one.
    By call date a slice's entries lie together in them (0.98×, the commits 5.5 s); the
    table, the status index and those led by a service or a batch file are strewn instead."""
    return _fill(conn, f"SELECT id FROM ({source}) ORDER BY call_date, id", params)


def _fill(conn: db.Connection, ids: str, params: tuple[Any, ...]) -> int:
    """PICKED holding the ids `ids` selects, numbered in their order; how many."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {PICKED} (n INTEGER PRIMARY KEY, id INTEGER)")
    conn.execute(f"DELETE FROM {PICKED}")
    conn.execute(f"INSERT INTO {PICKED} (id) {ids}", params)
    return int(conn.execute(f"SELECT count(*) FROM {PICKED}").fetchone()[0])


def run(conn: db.Connection, job: BulkJob, progress: Progress | None = None) -> None:
    """Every slice still to do; the action's audit entry and `clear` are the caller's, in
    one transaction after this. Slices of about SLICE_SECONDS follow one another in one
    transaction until another writer says it waits for the store (db.writer_waiting) or
    HOLD_SECONDS have passed: committed then with the job's progress, the store let go for
    a moment. (A commit a slice would cost much more: each rewrites the pages of some twenty
    indexes holding the status, the same pages again and again.)"""
    if job.kind == UNDO:
        _pick_undone(conn, job)
    sync, checkpoint, pages = (
        int(conn.execute(f"PRAGMA {name}").fetchone()[0])
        for name in ("synchronous", "wal_autocheckpoint", "page_count")
    )
    # each commit appends the slices' pages to the WAL: not synced to disk one by one (a
    # crash loses whole slices only, and the decision is rolled back then anyway), nor
    # copied into the store at each commit (CHECKPOINT_PAGES), only when a writer asked for
    # the store (see _run); the caller's last transaction syncs and copies it all
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {max(CHECKPOINT_PAGES, pages)}")
    try:
        _run(conn, job, progress)
    finally:
        conn.execute(f"PRAGMA synchronous = {sync}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {checkpoint}")


def _run(conn: db.Connection, job: BulkJob, progress: Progress | None) -> None:
    folder = data_folder(conn)
    size = SLICE_ROWS
    freed = time.time()
    bounds = _next_slice(conn, job, size)
    while bounds is not None:
        asked = False
        with db.transaction(conn):
            held = time.monotonic()
            while bounds is not None and not asked:
                started = time.monotonic()
                _slice(conn, job, *bounds)
                job.upto = bounds[1]
                size = next_size(size, time.monotonic() - started, SLICE_ROWS_RANGE, SLICE_SECONDS)
                if progress is not None:
                    progress(job.done, job.total)
                bounds = _next_slice(conn, job, size)
                asked = db.writer_waiting(folder, freed - CLOCK_SLACK)
                if time.monotonic() - held >= HOLD_SECONDS:
                    break
            job.save(conn)
        freed = time.time()
        if bounds is not None:
            if asked:  # the -wal copied into the store here, while the writer writes, not by
                # the writer's own commit after it (a checkpoint running, it checkpoints none)
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            time.sleep(GAP_SECONDS if asked else SHORT_GAP_SECONDS)


def _pick_undone(conn: db.Connection, job: BulkJob) -> None:
    """The records of the action an undo puts back into PICKED, by call date as `pick` puts a
    decision's; afresh when an undo cut short is finished (PICKED went with its process):
    those it put back are left out, those it left as they were (changed since) looked at
    again, `job.upto` and `job.done` counted to match."""
    left = _fill(
        conn,
        "SELECT c.record FROM backlog_changes c CROSS JOIN backlog_records r ON r.id = c.record "
        "WHERE c.action = ? AND NOT EXISTS (SELECT 1 FROM backlog_changes u "
        "WHERE u.action = ? AND u.record = c.record) ORDER BY r.call_date, r.id",
        (job.undoing, job.action),
    )
    job.upto, job.done = 0, job.total - left


def _next_slice(conn: db.Connection, job: BulkJob, size: int) -> tuple[int, int, int] | None:
    """(first after, last, records) of the next slice, as PICKED numbers them; None when
    all are done."""
    ids = f"SELECT n FROM {PICKED} WHERE n > ? ORDER BY n LIMIT ?"
    last, count = conn.execute(f"SELECT max(n), count(*) FROM ({ids})", (job.upto, size)).fetchone()
    return (job.upto, int(last), int(count)) if count else None


def _slice(conn: db.Connection, job: BulkJob, after: int, last: int, count: int) -> None:
    from app.backlog import tally  # here: the kit's start reads `pending`, not this
    from app.backlog.model import CLOSED  # (with decimal: not at every start either)

    if job.kind == DECIDE:
        open_only = ""
        closed: tuple[str, ...] = ()
        if job.leave_closed:
            open_only = f" AND r.status NOT IN ({', '.join('?' * len(CLOSED))})"
            closed = CLOSED
        # CROSS JOIN: the picked ids drive, each record read by its primary key
        picked = (
            f"FROM {PICKED} d CROSS JOIN backlog_records r ON r.id = d.id "
            f"WHERE d.n > ? AND d.n <= ?{open_only}"
        )
        job.matched += int(
            conn.execute(f"SELECT count(*) {picked}", (after, last, *closed)).fetchone()[0]
        )
        conn.execute(
            "INSERT INTO backlog_changes (action, record, from_status, to_status) "
            f"SELECT ?, r.id, r.status, ? {picked} AND r.status <> ?",
            (job.action, job.to_status, after, last, *closed, job.to_status),
        )
        job.changed += int(conn.execute("SELECT changes()").fetchone()[0])
        with tally.moved(conn, job.action, (_IN_SLICE, (after, last))):  # one statement a counter
            conn.execute(
                "UPDATE backlog_records SET status = ?, decided_at = ? WHERE id IN (SELECT "
                f"c.record FROM backlog_changes c WHERE c.action = ? AND {_IN_SLICE})",
                (job.to_status, job.at, job.action, after, last),
            )
    else:
        _undo_slice(conn, job, after, last)
    job.done += count


def _undo_slice(conn: db.Connection, job: BulkJob, after: int, last: int) -> None:
    """The records of the undone action in the slice (after, last] of PICKED that still have
    the status it gave them get back the one they had; the others (changed since by an
    import) keep theirs."""
    from app.backlog import tally
    from app.backlog.query import latest_decision

    conn.execute(
        "INSERT INTO backlog_changes (action, record, from_status, to_status) "
        "SELECT ?, c.record, c.to_status, c.from_status FROM backlog_changes c "
        "CROSS JOIN backlog_records r ON r.id = c.record "
        f"WHERE c.action = ? AND {_IN_SLICE} AND r.status = c.to_status",
        (job.action, job.undoing, after, last),
    )
    job.changed += int(conn.execute("SELECT changes()").fetchone()[0])
    # decided_at goes back to the time of the decision that stands again (or none)
    with tally.moved(conn, job.action, (_IN_SLICE, (after, last))):  # one statement a counter
        conn.execute(
            "UPDATE backlog_records SET status = c.to_status, decided_at = (SELECT a.at "
            f"FROM backlog_actions a WHERE a.id = {latest_decision('backlog_records.id')}) "
            f"FROM backlog_changes c WHERE c.action = ? AND {_IN_SLICE} "
            "AND backlog_records.id = c.record",
            (job.action, after, last),
        )
