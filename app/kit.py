"""An unlocked kit: the store and the services every front end needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.audit import AuditLog, chain_head, chain_problems, head_of
from app.backlog.decision_marks import decision_cut_short
from app.backlog.staging import resume_pending
from app.delivery import carried
from app.errors import UserError
from app.i18n import Msg
from app.incidents.references import carry_issued, issued_before_restore
from app.incidents.restored import (
    incidents_now,
    not_checked,
    readable_incidents,
    taken_by_restore,
    would_take,
)
from app.settings import Settings
from app.store import db
from app.store.store import Store


@dataclass
class Kit:
    """The unlocked store with the audit log and settings every section uses."""

    store: Store
    audit: AuditLog
    settings: Settings
    # what the officer must be told about this start (an import finished, or lost)
    notices: list[str] = field(default_factory=list)

    @classmethod
    def open(cls, store: Store) -> Kit:
        """A read-only store (`Store.read_only`) is read as it is: nothing is updated or
        finished; one that needs updating first cannot be read and says why."""
        if store.read_only is not None and store.needs_migration:
            raise store.read_only
        if store.read_only is None:
            store.migrate()
        audit = AuditLog(conn=store.conn, actor=store.meta("operator", "operator"))
        settings = Settings(conn=store.conn, audit=audit)
        notices: list[str] = []
        if store.read_only is None:  # read-only (a full disk): nothing can send or import
            # a restore the kit died in the middle of is finished before anything can send
            notices += apply_restore_carry(store.conn, audit)
            # a large import a crash cut short is finished
            resume_pending(store.conn, audit, notes=notices)
            if decision_cut_short(store.conn):  # a bulk decision cut short: settled
                from app.backlog.actions import settle_interrupted

                settle_interrupted(store.conn, audit, notices)
        store.backups.keep = settings.get("backup_keep")
        store.backups.head_reader = chain_head
        return cls(store=store, audit=audit, settings=settings, notices=notices)

    def restore(self, backup: Path) -> list[str]:
        """Replace the store with `backup`; the services move to the new connection. What
        the officer must be told (messages kept as sent)."""
        return self.finish_restore(
            backup, self.store.prepare_restore(backup, verify=chain_problems)
        )

    def prepare_restore(self, backup: Path, conn: db.Connection) -> Path:
        """The long part (staging, every page, the audit chain, the current state backed up)
        through a worker thread's own `conn`; the staged file for `finish_restore`."""
        return self.store.prepare_restore(backup, verify=chain_problems, conn=conn)

    def finish_restore(self, backup: Path, staged: Path) -> list[str]:
        """The swap, on the store connection's thread; the services move to the new one.
        What the officer must be told (`after_restore`)."""
        self.swap_in(backup, staged)
        self.store.migrate()
        return self.after_restore(backup)

    def restore_preview(self, staged: Path) -> list[str]:
        """What restoring the checked copy `staged` would take back from the incidents as
        they are now, for the officer to confirm before `swap_in` ([]: nothing). A store too
        damaged to read has nothing to compare: that is said instead."""
        before = readable_incidents(self.store.conn)
        if before is None:
            return [not_checked()]
        return self.store.read_staged(staged, lambda conn: would_take(conn, before))

    def swap_in(self, backup: Path, staged: Path) -> None:
        """The swap alone (an older backup is not updated yet: the window does that on a
        worker thread). What the current store issued and sent is written into the staged
        copy first, so it comes in with the swap: after it, nothing is issued or sent twice,
        even if the kit dies before `after_restore` (the next `Kit.open` finishes it)."""
        record = _before_restore(self.store.conn, backup)
        kept = self.store.before_restore_file
        record["kept"] = kept.name if kept is not None else ""
        self.store.write_staged(staged, lambda conn: carried.stage(conn, record))
        try:
            self.store.swap_in(staged, migrate=False)
        except BaseException:
            # nothing was swapped (a file in use: Windows), but the store reconnected: the
            # services follow it, or every section after this meets a closed connection
            self.audit = AuditLog(conn=self.store.conn, actor=self.audit.actor)
            self.settings = Settings(conn=self.store.conn, audit=self.audit)
            raise

    def after_restore(self, backup: Path) -> list[str]:
        """The restored store, updated to this version: the services move to it. What the
        officer must be told about it (messages kept as sent)."""
        fresh = Kit.open(self.store)
        self.audit, self.settings = fresh.audit, fresh.settings
        return fresh.notices

    @property
    def read_only(self) -> UserError | None:
        """Why the kit is open read-only (its disk full, or not writable); None: it is not."""
        return self.store.read_only

    @property
    def operator(self) -> str:
        return self.audit.actor

    def close(self) -> None:
        self.store.close()


def _before_restore(conn: db.Connection, backup: Path) -> dict[str, Any]:
    """What the store about to be replaced issued and sent, and its audit chain's head."""
    try:
        head = head_of(conn)
        replaced = {"replaced_head": head.hash, "replaced_entry": head.entry_id}
    except db.DatabaseError:  # a damaged store: its copy is kept aside
        replaced = {}
    return {
        "file": backup.name,
        **replaced,
        "issued": issued_before_restore(conn),
        "left": carried.left_messages(conn),
        "incidents": incidents_now(conn),
    }


def apply_restore_carry(conn: db.Connection, audit: AuditLog) -> list[str]:
    """The carry-over a swap brought in, applied in one transaction with the restore's audit
    entry; what the officer must be told (messages kept as they were, incidents the backup
    does not hold as they were). [] when no restore is waiting."""
    record = carried.pending_record(conn)
    if record is None:
        return []
    with db.transaction(conn):
        carry_issued(conn, {str(k): int(v) for k, v in dict(record.get("issued", {})).items()})
        audit.append(
            "store.restored",
            file=str(record.get("file", "")),
            replaced_head=str(record.get("replaced_head", "")),
            replaced_entry=record.get("replaced_entry"),
        )
        kept = carried.apply_left(conn, audit, list(record.get("left", [])))
        if kept:
            audit.append(
                "outbox.carried_over",
                messages={state: ids for state, ids in sorted(kept.items())},
                note="left after the backup was made: kept so, never sent again",
            )
        conn.execute("DELETE FROM meta WHERE key = ?", (carried.PENDING_KEY,))
    return carried_text(kept) + taken_by_restore(
        conn, list(record.get("incidents", [])), str(record.get("kept", ""))
    )


def carried_text(kept: dict[str, list[int]] | None) -> list[str]:
    """What the officer is told about messages a restore kept as they were."""
    if not kept:
        return []
    sent = sum(len(kept.get(s, [])) for s in ("sent", "delivered"))
    unsure = sum(len(ids) for s, ids in kept.items() if s not in ("sent", "delivered"))
    said: list[str] = []
    if sent:
        said.append(
            Msg.tr(
                "%n message(s) sent after this backup was made are kept as sent; they will "
                "not go out again.",
                "",
                sent,
            )
        )
    if unsure:
        said.append(
            Msg.tr(
                "%n message(s) that may have left after this backup was made stay uncertain "
                "or handed off, as they were; settle them in the outbox: they will not go "
                "out by themselves.",
                "",
                unsure,
            )
        )
    return [" ".join(said)]
