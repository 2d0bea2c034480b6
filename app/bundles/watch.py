"""The watched folder (e.g. a USB stick's mount point): where new bundles turn up."""

from __future__ import annotations

from pathlib import Path

from app.audit import AuditLog
from app.bundles.names import SIGNATURE_SUFFIX
from app.store import db


def watched_folder(conn: db.Connection) -> Path | None:
    row = conn.execute("SELECT folder FROM bundle_watch WHERE id = 1").fetchone()
    return Path(row[0]) if row else None


def set_watched_folder(conn: db.Connection, audit: AuditLog, folder: Path | None) -> None:
    with db.transaction(conn):
        conn.execute("DELETE FROM bundle_watch")
        if folder is not None:
            conn.execute("INSERT INTO bundle_watch (id, folder) VALUES (1, ?)", (str(folder),))
        audit.append("bundle.watch_folder", folder=str(folder) if folder else None)


def signed_bundles(folder: Path) -> list[Path]:
    """Bundle files in `folder` that have their signature next to them, newest first.
    (Unsigned files are left alone: they are never imported anyway.)"""
    try:
        found = [
            p
            for p in folder.iterdir()
            if p.suffix == ".zip"
            and p.is_file()
            and p.with_name(p.name + SIGNATURE_SUFFIX).exists()
        ]
    except OSError:
        return []  # the stick was pulled, or the folder is not mounted yet
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)
