"""A large import never holds the store's write lock for long: its rows load into an
encrypted staging file beside the store (no lock on the store at all), then merge into
the backlog in slices of `MERGE_ROWS`, each its own short transaction. A notice queued or
sent meanwhile waits at most one slice.

The merge is resumable: each slice records its progress in `meta` in the same
transaction, so after a crash the next start finishes it (`resume_pending`). One import
runs at a time per kit (a lock file), so the counts each reports are true."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.audit import AuditLog
from app.errors import UserError
from app.fsutil import OwnerLock, create_private, partial_name
from app.i18n import Msg
from app.localfmt import count_text
from app.store import db

log = logging.getLogger(__name__)
# rows per merge transaction to start with; then sized so each takes about SLICE_SECONDS
# (a larger backlog costs more per row: every slice rewrites the index pages it touches)
MERGE_ROWS = 10_000
MERGE_ROWS_RANGE = (1_000, 200_000)
SLICE_SECONDS = 0.5
MERGE_CACHE_KIB = 262144
LOCK_NAME = "backlog-import.lock"
PENDING_KEY = "backlog_import_pending"
# the staging file of the last merge finished: a crash before it was deleted leaves it
DONE_KEY = "backlog_import_merged"
_ALIAS = "staging"
_TABLE = f"{_ALIAS}.import_rows"
_JOB_TABLE = f"{_ALIAS}.import_job"


class ImportBusy(UserError):
    def __init__(self) -> None:
        super().__init__(
            "Another backlog import is running (in another window or command). Wait for it "
            "to finish, then import again; nothing was changed."
        )


def data_folder(conn: db.Connection) -> Path:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file).parent
    raise RuntimeError("the connection has no main database file")


class ImportLock:
    """Held for the whole import; a second import is refused at once."""

    def __init__(self, conn: db.Connection) -> None:
        self._lock = OwnerLock(data_folder(conn) / LOCK_NAME)

    def __enter__(self) -> ImportLock:
        if not self._lock.acquire():
            raise ImportBusy()
        return self

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


@dataclass
class Merge:
    """What the merge must still do, as kept in `meta` between slices."""

    staging: str
    upsert: str
    audit: dict[str, Any]
    upto: int = 0
    inserted: int = 0
    # a large import into a small backlog: these secondary indexes (CREATE INDEX
    # statements) are dropped for the merge and built after it, each in its own
    # transaction (sorting a million keys once beats placing them one by one: ~3×)
    rebuild: list[str] = field(default_factory=list)
    # the tally's triggers dropped with the indexes; the tally counted afresh at the end
    tally: bool = False

    def dumps(self) -> str:
        return json.dumps(self.__dict__)

    def save(self, conn: db.Connection) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (PENDING_KEY, self.dumps()),
        )


class StagedLoad:
    """The staging file, attached to the importer's connection as `staging`."""

    def __init__(self, conn: db.Connection, columns: list[str]) -> None:
        self._conn = conn
        self._columns = columns
        self.path = data_folder(conn) / partial_name("backlog-import")
        create_private(self.path)  # owner-only before SQLite writes a row into it
        _attach(conn, self.path)
        conn.execute("PRAGMA staging.journal_mode = OFF")  # discarded whole on failure
        conn.execute("PRAGMA staging.synchronous = OFF")
        conn.execute(f"CREATE TABLE {_TABLE} ({', '.join(columns)})")
        conn.execute("BEGIN")  # deferred: writes to the staging file lock only it

    def add(self, rows: Iterable[tuple[Any, ...]]) -> None:
        marks = ", ".join("?" * len(self._columns))
        self._conn.executemany(f"INSERT INTO {_TABLE} VALUES ({marks})", rows)

    def discard(self) -> None:
        with contextlib.suppress(db.DatabaseError):
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        _detach(self._conn)
        with contextlib.suppress(OSError):
            self.path.unlink()

    def finish(self, job: Merge) -> None:
        """Commit the staged rows with the merge they are for (its row count to check them
        by), on disk, then give the file the name `job` refers to: a crash before the merge
        is recorded in the store leaves a file the next start can verify and merge."""
        rows = int(self._conn.execute(f"SELECT count(*) FROM {_TABLE}").fetchone()[0])
        self._conn.execute(f"CREATE TABLE {_JOB_TABLE} (job TEXT NOT NULL, rows INTEGER NOT NULL)")
        self._conn.execute(f"INSERT INTO {_JOB_TABLE} VALUES (?, ?)", (job.dumps(), rows))
        self._conn.execute("COMMIT")
        _detach(self._conn)
        with self.path.open("rb+") as handle:  # journal and syncs are off while loading
            os.fsync(handle.fileno())
        self.path.replace(self.path.with_name(job.staging))


def staged_name(stamp: str) -> str:
    return f"backlog-import-{stamp.replace(':', '')}.staging"


def merge(
    conn: db.Connection,
    audit: AuditLog,
    job: Merge,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int]:
    """Merge the staged rows in short transactions; (rows merged, rows inserted)."""
    from app.backlog import tally  # here: the kit's start imports this module, not it

    folder = data_folder(conn)
    path = folder / job.staging
    _attach(conn, path)
    conn.execute(f"PRAGMA main.cache_size = -{MERGE_CACHE_KIB}")
    try:
        last = int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {_TABLE}").fetchone()[0])
        if job.rebuild and job.upto == 0:
            with db.transaction(conn):  # dropped and recorded as one step
                for statement in job.rebuild:
                    conn.execute(f"DROP INDEX IF EXISTS {index_name(statement)}")
                if job.tally:
                    tally.suspend(conn)
                job.save(conn)
        size = MERGE_ROWS
        while job.upto < last:
            started = time.monotonic()
            with db.transaction(conn):
                upto = min(job.upto + size, last)
                top = _top_id(conn)
                conn.execute(job.upsert, (job.upto, upto))
                # a new record takes the next id; an update keeps its own (nothing deletes
                # records): true even when a file repeats an ID
                job.inserted += _top_id(conn) - top
                job.upto = upto
                job.save(conn)
            size = next_size(size, time.monotonic() - started)
            if progress is not None:
                progress(800 + 150 * job.upto // last, 1000)
        for done, statement in enumerate(job.rebuild, 1):
            with db.transaction(conn):  # one index a transaction: a notice waits one build
                conn.execute(statement.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
            if progress is not None:
                progress(950 + 50 * done // len(job.rebuild), 1000)
        if job.tally:
            with db.transaction(conn):  # one pass over the records, in C
                tally.refill(conn)
        with db.transaction(conn):
            conn.execute("DELETE FROM meta WHERE key = ?", (PENDING_KEY,))
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (DONE_KEY, job.staging),
            )
            details = {**job.audit, "inserted": job.inserted}
            details["updated"] = details["rows"] - details["rejected"] - job.inserted
            audit.append("backlog.imported", **details)
    finally:
        conn.execute(f"PRAGMA main.cache_size = -{db.CACHE_KIB}")
        _detach(conn)
    with contextlib.suppress(OSError):
        path.unlink()
    return last, job.inserted


def index_name(statement: str) -> str:
    """`CREATE INDEX name ON …` → name."""
    return statement.split()[2]


def resume_pending(
    conn: db.Connection,
    audit: AuditLog,
    *,
    locked: bool = False,
    notes: list[str] | None = None,
) -> bool:
    """Finish a merge a crash interrupted (True when one was finished): also one whose
    rows were staged completely but whose merge had not begun (the staging file holds the
    merge and its row count). Remove staging files already merged (a crash before deleting
    the file); one that cannot be merged is said in the log and the audit, then removed.
    `locked`: the caller holds the import lock already; `notes` gets what the officer is
    told about it."""
    if _pending(conn) is None and not _staged_files(conn):
        return False
    if not locked:
        try:
            with ImportLock(conn):
                return resume_pending(conn, audit, locked=True, notes=notes)
        except ImportBusy:
            return False  # the import that owns it is still running
    pending = _pending(conn)
    wanted = Merge(**json.loads(pending)).staging if pending is not None else None
    merged = conn.execute("SELECT value FROM meta WHERE key = ?", (DONE_KEY,)).fetchone()
    for orphan in sorted(_staged_files(conn)):
        if orphan.name == wanted:
            continue
        if merged is not None and orphan.name == merged[0]:
            with contextlib.suppress(OSError):  # merged; only the deleting was cut short
                orphan.unlink()
            continue
        staged, source = _staged_job(conn, orphan) if pending is None else (None, None)
        if staged is None:
            _interrupted(conn, audit, orphan, source)
            if notes is not None:
                notes.append(
                    Msg.tr(
                        "An import of {file} was interrupted before it was stored: nothing "
                        "of it is in the backlog. Import the file again."
                    ).format(file=source or Msg.tr("a quarantine export"))
                )
            continue
        with db.transaction(conn):  # from here on the merge is the store's to finish
            staged.save(conn)
        pending, wanted = staged.dumps(), staged.staging
        log.warning(
            "an import of %s was cut short after its rows were staged; finishing it",
            staged.audit.get("file"),
        )
    if pending is None:
        return False
    job = Merge(**json.loads(pending))
    if not (data_folder(conn) / job.staging).exists():
        log.error("a backlog import was interrupted and its staging file is gone")
        if job.tally:
            from app.backlog import tally

            with db.transaction(conn):  # one pass over the records, in C
                tally.refill(conn)
        with db.transaction(conn):
            conn.execute("DELETE FROM meta WHERE key = ?", (PENDING_KEY,))
            audit.append("backlog.import_incomplete", **job.audit)
        return False
    job.audit["resumed"] = True
    _, inserted = merge(conn, audit, job)
    log.info("finished the interrupted import of %s", job.audit.get("file"))
    if notes is not None:
        notes.append(
            Msg.tr(
                "The import of {file} was cut short; it is finished now: {inserted} new, "
                "{updated} updated, {rejected} rejected (backlog import lists the rejected "
                "rows when the file is imported again)."
            ).format(
                file=job.audit.get("file"),
                inserted=count_text(inserted),
                updated=count_text(job.audit["rows"] - job.audit["rejected"] - inserted),
                rejected=count_text(job.audit["rejected"]),
            )
        )
    return True


def _staged_job(conn: db.Connection, path: Path) -> tuple[Merge | None, str | None]:
    """The merge a staging file was committed for, when its rows are all there; and the
    name of the file imported, when it can be read."""
    try:
        _attach(conn, path)
        try:
            text, rows = conn.execute(f"SELECT job, rows FROM {_JOB_TABLE}").fetchone()
            held = int(conn.execute(f"SELECT count(*) FROM {_TABLE}").fetchone()[0])
        finally:
            _detach(conn)
        job = Merge(**json.loads(text))
    except (db.DatabaseError, TypeError, ValueError) as err:
        log.warning("staging file %s cannot be merged: %s", path.name, err)
        return None, None
    source = str(job.audit.get("file", "")) or None
    if held != rows or job.staging != path.name or job.upto or job.inserted:
        log.warning("staging file %s holds %d of its %d rows", path.name, held, rows)
        return None, source
    return job, source


def _interrupted(conn: db.Connection, audit: AuditLog, path: Path, source: str | None) -> None:
    """A staging file no merge can be taken from: the import that wrote it must be run
    again. Said in the log and the audit (with the file it was for, when it is known)."""
    log.warning(
        "a backlog import of %s was interrupted before it was stored (%s): nothing of it "
        "is in the backlog; import the file again",
        source or "a file",
        path.name,
    )
    with db.transaction(conn):
        audit.append(
            "backlog.import_interrupted", file=source or "", staging=path.name, stored=False
        )
    with contextlib.suppress(OSError):
        path.unlink()


def _staged_files(conn: db.Connection) -> list[Path]:
    try:
        return list(data_folder(conn).glob("backlog-import-*.staging"))
    except OSError:
        return []


def merge_pending(conn: db.Connection) -> bool:
    """A staged import's merge is under way or was cut short: the next start finishes it."""
    return _pending(conn) is not None


def _pending(conn: db.Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone()
    return str(row[0]) if row else None


def merge_sql(insert_values_sql: str, columns: list[str]) -> str:
    """The importer's `INSERT … VALUES (?, …) ON CONFLICT …` reading a slice of staging."""
    head, _, tail = insert_values_sql.partition(" VALUES (")
    _, _, upsert = tail.partition(") ")
    return (
        f"{head} SELECT {', '.join(columns)} FROM {_TABLE} "
        f"WHERE rowid > ? AND rowid <= ? ORDER BY rowid {upsert}"
    )


def next_size(
    size: int,
    seconds: float,
    bounds: tuple[int, int] = MERGE_ROWS_RANGE,
    target: float = SLICE_SECONDS,
) -> int:
    """The rows of the next slice, for one of `size` rows that took `seconds`: about
    `target` seconds, within `bounds`, at most doubling or halving from slice to slice."""
    low, high = bounds
    wanted = size * target / max(seconds, 0.01)
    return int(max(low, min(high, size * 2, max(size / 2, wanted))))


def _top_id(conn: db.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM main.backlog_records").fetchone()[0])


def _attach(conn: db.Connection, path: Path) -> None:
    # No KEY clause: SQLCipher keys an attached file with the main database's key.
    conn.execute(f"ATTACH DATABASE ? AS {_ALIAS}", (str(path),))


def _detach(conn: db.Connection) -> None:
    with contextlib.suppress(db.DatabaseError):
        conn.execute(f"DETACH DATABASE {_ALIAS}")
