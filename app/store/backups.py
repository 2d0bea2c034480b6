"""Encrypted, rotating backups: each one is a SQLCipher file under the store's own key."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import UserError
from app.fsutil import make_private
from app.store import db

SUFFIX = ".okbak"
_NAME = re.compile(r"^store-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)\.okbak$")
REASONS = ("manual", "daily", "pre-migration", "before-restore", "rekey")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


class Backups:
    """The backup folder of one store."""

    def __init__(self, *, folder: Path, raw_key: bytes, keep: int = 10) -> None:
        self.folder = folder
        self._key = raw_key
        self.keep = keep

    def make(self, conn: db.Connection, reason: str) -> BackupInfo:
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        self.folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        name = f"store-{now.strftime('%Y%m%dT%H%M%S%f')}Z-{reason}{SUFFIX}"
        final = self.folder / name
        partial = self.folder / f".{name}.partial"
        target = db.connect(partial, self._key, create=True)
        try:
            conn.backup(target)
        finally:
            target.close()
        make_private(partial)  # mode 600; on Windows an owner-only access list
        partial.replace(final)
        self.prune()
        return BackupInfo(final, now, reason, final.stat().st_size)

    def all(self) -> list[BackupInfo]:
        found: list[BackupInfo] = []
        if not self.folder.exists():
            return found
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if not match:
                continue
            created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            found.append(BackupInfo(path, created, match.group(2), path.stat().st_size))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def problems(self, path: Path) -> list[str]:
        """Empty when `path` is a sound backup of this store (right key, intact pages)."""
        try:
            conn = db.connect(path, self._key)
        except UserError as err:
            return [str(err)]
        try:
            return db.integrity_problems(conn)
        finally:
            conn.close()

    def newest_good(self) -> BackupInfo | None:
        for info in self.all():
            if not self.problems(info.path):
                return info
        return None

    def prune(self) -> None:
        """Keep the newest `keep` backups."""
        for info in self.all()[self.keep :]:
            with contextlib.suppress(FileNotFoundError):
                info.path.unlink()
