"""An anchor a restore explains. A head published before a restore (on a report, say) is not
in the restored chain when it was taken after the backup that was restored: those entries
were replaced, not rewritten. That is said only when it can be shown: the restore's audit
entry names the head of the store it replaced, the before-restore backup kept with that head
holds the anchor in a chain that verifies, and that chain runs through the point the restored
chain continues from (so the two share every entry up to the backup). Anything less — no
such backup, a chain that does not verify, a fork after the anchor — stays a break."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from app.audit.log import AuditEntry, AuditLog, chain_head
from app.store import db
from app.store.backups import Backups


@dataclass(frozen=True, repr=False)
class ReplacedAnchor:
    """The anchor was in the chain a restore replaced: `restore` is that restore's entry,
    `kept` the before-restore backup that holds it, `anchor` its entry there."""

    restore: AuditEntry
    kept: Path
    anchor: AuditEntry


def replaced_by_restore(audit: AuditLog, anchor: str, backups: Backups) -> ReplacedAnchor | None:
    """Where a restore replaced the entries that held `anchor` (None: nothing explains its
    absence from the chain)."""
    for restore in audit.entries(action_prefix="store.restored"):
        head = str(restore.details.get("replaced_head", ""))
        fork = audit.prev_hash(restore.id)
        if not head or fork is None:
            continue
        for info in backups.all():
            if info.reason != "before-restore" or info.audit_head() != head:
                continue
            with contextlib.suppress(db.DatabaseError):
                found = _held(backups.open_readonly(info.path), anchor, head, fork)
                if found is not None:
                    return ReplacedAnchor(restore, info.path, found)
    return None


def _held(conn: db.Connection, anchor: str, head: str, fork: str) -> AuditEntry | None:
    """The anchor's entry in the kept chain, when that chain verifies, ends at `head`, and
    holds the restored chain's fork point before the anchor."""
    try:
        kept = AuditLog(conn=conn, actor="")
        if chain_head(conn) != head or kept.verify():
            return None
        found = kept.find_anchor(anchor)
        if found is None:
            return None
        if fork == "0" * 64:
            return found
        row = conn.execute("SELECT id FROM audit_log WHERE hash = ?", (fork,)).fetchone()
        return found if row is not None and int(row[0]) < found.id else None
    finally:
        conn.close()
