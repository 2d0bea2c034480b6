"""Encrypted, rotating backups: each one is a SQLCipher file under the store's own key.

A backup joins the rotation only after it was written, synced and read back sound; a store
that is not sound is copied aside under a name that says so, outside the rotation, so a run
of backups of a damaged store can never push the last good one out."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from pathlib import Path

from app.errors import StoreCorrupt, UserError, as_user_error
from app.fsutil import (
    as_argument,
    create_private,
    fsync_dir,
    fsync_file,
    partial_name,
    write_private,
)
from app.i18n import Msg
from app.records import EqualByFields, lazy_record
from app.store import db

SUFFIX = ".okbak"
SIDECAR = ".json"
UNSOUND_FOLDER = "unsound"
UNSOUND_KEEP = 3
# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_NAME = r"^store-(\d{8}T\d{6}\d{6}Z)-([a-z-]+)\.okbak$"
REASONS = ("manual", "daily", "pre-migration", "before-restore", "rekey")
#: what the sidecar of a backup carries: the audit chain's head at backup time
HeadReader = Callable[[db.Connection], str]


@lazy_record
class BackupInfo(EqualByFields):
    """One backup file in the backups folder: when and why it was made, its size."""

    path: Path
    created: datetime
    reason: str
    size: int

    @property
    def sidecar(self) -> Path:
        return self.path.with_name(self.path.name + SIDECAR)

    def audit_head(self) -> str:
        """The audit chain head recorded beside this backup ("" when none was)."""
        try:
            doc = json.loads(self.sidecar.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return ""
        return str(doc.get("audit_head", "")) if isinstance(doc, dict) else ""


class Backups:
    """The backup folder of one store."""

    def __init__(self, *, folder: Path, raw_key: bytes, keep: int = 10) -> None:
        self.folder = folder
        self._key = raw_key
        self.keep = keep
        self.head_reader: HeadReader | None = None

    def make(
        self,
        conn: db.Connection,
        reason: str,
        *,
        protect: Collection[Path] = (),
        database: Path | None = None,
        prune: bool = True,
    ) -> BackupInfo:
        """Write, sync and verify a backup of `conn`, then rotate (never deleting a file in
        `protect`; not at all unless `prune`: a restore rotates once it is confirmed). When
        `conn`'s store is not sound, `database` (its file) is copied aside to
        backups/unsound/ and StoreCorrupt says so: the rotation is not touched."""
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        self.folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        name = f"store-{now.strftime('%Y%m%dT%H%M%S%f')}Z-{reason}{SUFFIX}"
        final = self.folder / name
        partial = self.folder / partial_name(name)
        try:
            problems = self._write(conn, partial)
            if problems:
                kept = self.keep_aside(database, now, reason) if database else None
                raise StoreCorrupt(_unsound_text(problems, kept, self.newest_sound_name()))
            head = self.head_reader(conn) if self.head_reader else ""
            partial.replace(final)
            fsync_dir(self.folder)
            if head:
                write_private(final.with_name(name + SIDECAR), _sidecar(head, now, reason))
        except BaseException as err:
            with contextlib.suppress(OSError):
                partial.unlink()
            known = as_user_error(err, self.folder)
            if known is not None and known is not err:
                raise known from None
            raise
        if prune:
            self.prune(protect=[*protect, final])
        return BackupInfo(final, now, reason, final.stat().st_size)

    def _write(self, conn: db.Connection, partial: Path) -> list[str]:
        """Copy `conn` into `partial` (owner-only from the first byte); the problems found
        reading it back (empty: sound)."""
        create_private(partial)
        try:
            target = db.connect(partial, self._key, create=True)
        except StoreCorrupt as err:  # an empty file never is: the folder is at fault
            raise UserError(str(err)) from None
        try:
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            conn.backup(target)
        except db.DatabaseError as err:
            if not db.is_damage(err):
                raise
            return [str(err)]
        finally:
            target.close()
        fsync_file(partial)
        return db.file_problems(partial, self._key)

    def keep_aside(self, database: Path, now: datetime, reason: str) -> Path | None:
        """A raw copy of a damaged store (still encrypted) for a specialist."""
        folder = self.folder / UNSOUND_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
        kept = folder / f"store-{stamp}-{reason}-NOT-SOUND.db"
        try:
            for suffix in ("", "-wal"):
                source = database.with_name(database.name + suffix)
                if source.exists():
                    _copy_private(source, kept.with_name(kept.name + suffix))
        except OSError:
            for suffix in ("", "-wal"):
                with contextlib.suppress(OSError):
                    kept.with_name(kept.name + suffix).unlink()
            return None
        olds = sorted(p for p in folder.glob("store-*-NOT-SOUND.db"))
        for old in olds[:-UNSOUND_KEEP]:
            for suffix in ("", "-wal"):
                with contextlib.suppress(OSError):
                    old.with_name(old.name + suffix).unlink()
        return kept

    def export(self, info: BackupInfo, out: Path) -> Path:
        """Copy a backup (and its sidecar) to `out` — a file, or a folder such as a USB
        stick — owner-only, read back sound before it takes its name."""
        target = out / info.path.name if out.is_dir() else out
        partial = target.with_name(partial_name(target.name))
        try:
            _copy_private(info.path, partial)
            problems = _differs(info.path, partial) or db.file_problems(
                partial, self._key, indexes=False
            )
            if problems:
                raise UserError(
                    Msg.tr(
                        "The copy at {target} did not read back sound ({problem}): the "
                        "medium may be failing. The backup in the kit's folder is unaffected."
                    ).format(target=target, problem=problems[0])
                )
            partial.replace(target)
            fsync_dir(target.parent)
            if info.sidecar.exists():
                sidecar = target.with_name(target.name + SIDECAR)
                write_private(sidecar, info.sidecar.read_bytes())
        except BaseException as err:
            with contextlib.suppress(OSError):
                partial.unlink()
            if isinstance(err, OSError):
                known = as_user_error(err, target.parent)
                if known is not None:
                    raise known from None
                raise UserError(
                    Msg.tr(
                        "Cannot write the copy to {target} ({strerror}): check that the "
                        "folder exists and is writable (a write-protected stick cannot take "
                        "it). The backup in the kit's folder is unaffected."
                    ).format(target=target, strerror=err.strerror)
                ) from None
            raise
        return target

    def set_aside(self, info: BackupInfo) -> Path:
        """Move a rotation backup that no longer reads sound out of the rotation."""
        folder = self.folder / UNSOUND_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / info.path.name.replace(SUFFIX, f"-NOT-SOUND{SUFFIX}")
        info.path.replace(target)
        with contextlib.suppress(FileNotFoundError):
            info.sidecar.unlink()
        return target

    def all(self) -> list[BackupInfo]:
        found: list[BackupInfo] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.iterdir():
            match = re.match(_NAME, path.name)
            if not match:
                continue
            created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            with contextlib.suppress(OSError):
                found.append(BackupInfo(path, created, match.group(2), path.stat().st_size))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def problems(self, path: Path) -> list[str]:
        """Empty when `path` is a sound backup of this store (right key, intact pages).
        The file is only read: a backup on a write-protected stick checks fine."""
        return db.file_problems(path, self._key)

    def open_readonly(self, path: Path) -> db.Connection:
        """A backup opened to read its content (nothing is written to it or beside it)."""
        return db.connect_readonly(path, self._key)

    def newest_good(self) -> BackupInfo | None:
        for info in self.all():
            if not self.problems(info.path):
                return info
        return None

    def newest_sound_name(self) -> str:
        good = self.newest_good()
        return str(good.path) if good else ""

    def prune(self, *, protect: Collection[Path] = ()) -> None:
        """Keep the newest `keep` backups and every file in `protect` (`make` protects the
        backup it just verified — the newest sound one — and restore the file it reads)."""
        kept = {p.resolve() for p in protect}
        for info in self.all()[max(1, self.keep) :]:
            if info.path.resolve() in kept:
                continue
            for path in (info.path, info.sidecar):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()


def _sidecar(head: str, now: datetime, reason: str) -> bytes:
    doc = {"audit_head": head, "created": now.isoformat(timespec="seconds"), "reason": reason}
    return (json.dumps(doc, indent=2) + "\n").encode("utf-8")


def _differs(source: Path, copy: Path) -> list[str]:
    """The copy read back byte for byte against its source. With every page's HMAC then
    checked, this proves the copy is the verified backup, without the minutes SQLite's
    full integrity check takes on a large store (measured: 25 s of 27 s for 268 MB)."""
    digests = []
    for path in (source, copy):
        with path.open("rb") as handle:
            digests.append(hashlib.file_digest(handle, "sha256").digest())
    return [] if digests[0] == digests[1] else ["it differs from the backup it was copied from"]


def _copy_private(source: Path, target: Path) -> None:
    create_private(target)
    with source.open("rb") as src, target.open("r+b") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def _unsound_text(problems: list[str], kept: Path | None, newest_sound: str) -> str:
    text = Msg.tr("The store is not sound ({problem}), so no backup joined the rotation").format(
        problem=problems[0]
    )
    text += Msg.tr("; a copy of it was kept aside as {kept}.").format(kept=kept) if kept else "."
    if newest_sound:
        text += Msg.tr(" Restore the newest good backup: outage-kit restore {backup}").format(
            backup=as_argument(newest_sound)
        )
    else:
        text += Msg.tr(" No sound backup was found; copy the data folder aside and ask for help.")
    return text
