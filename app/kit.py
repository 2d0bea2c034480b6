"""An unlocked kit: the store and the services every front end needs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.audit import AuditLog, chain_head, chain_problems
from app.backlog.staging import resume_pending
from app.errors import UserError
from app.incidents.references import carry_issued, issued_before_restore
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
        if store.read_only is None:  # a large import a crash cut short is finished
            resume_pending(store.conn, audit, notes=notices)
        store.backups.keep = settings.get("backup_keep")
        store.backups.head_reader = chain_head
        return cls(store=store, audit=audit, settings=settings, notices=notices)

    def restore(self, backup: Path) -> None:
        """Replace the store with `backup`; the services move to the new connection."""
        self.finish_restore(backup, self.store.prepare_restore(backup, verify=chain_problems))

    def prepare_restore(self, backup: Path, conn: db.Connection) -> Path:
        """The long part (staging, every page, the audit chain, the current state backed up)
        through a worker thread's own `conn`; the staged file for `finish_restore`."""
        return self.store.prepare_restore(backup, verify=chain_problems, conn=conn)

    def finish_restore(self, backup: Path, staged: Path) -> None:
        """The swap, on the store connection's thread; the services move to the new one."""
        issued = self.swap_in(staged)
        self.store.migrate()
        self.after_restore(backup, issued)

    def swap_in(self, staged: Path) -> dict[str, int]:
        """The swap alone (an older backup is not updated yet: the window does that on a
        worker thread); what was issued before it, for `after_restore`."""
        issued = issued_before_restore(self.store.conn)  # never issued again after the swap
        self.store.swap_in(staged, migrate=False)
        return issued

    def after_restore(self, backup: Path, issued: dict[str, int]) -> None:
        """The restored store, updated to this version: the services move to it."""
        carry_issued(self.store.conn, issued)
        fresh = Kit.open(self.store)
        self.audit, self.settings = fresh.audit, fresh.settings
        self.audit.append("store.restored", file=backup.name)

    @property
    def read_only(self) -> UserError | None:
        """Why the kit is open read-only (its disk full, or not writable); None: it is not."""
        return self.store.read_only

    @property
    def operator(self) -> str:
        return self.audit.actor

    def close(self) -> None:
        self.store.close()
