"""The encrypted store of one kit: database, key, backups, schema version."""

from __future__ import annotations

import contextlib
import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.errors import UserError
from app.fsutil import fsync_dir, make_private
from app.paths import KitPaths
from app.store import db
from app.store.backups import BackupInfo, Backups
from app.store.keys import KeyFile, SecretKeeper, new_raw_key
from app.store.migrations import LATEST_VERSION, MIGRATIONS


class Store:
    """An unlocked store. Owns the GUI/main thread's connection; workers call `connect()`."""

    def __init__(self, *, paths: KitPaths, raw_key: bytes, key_file: KeyFile) -> None:
        self.paths = paths
        self._key = raw_key
        self.key_file = key_file
        self.conn = db.connect(paths.database, raw_key)
        self.backups = Backups(folder=paths.backups, raw_key=raw_key)

    # -- life cycle ---------------------------------------------------------------------

    @classmethod
    def create(
        cls, paths: KitPaths, *, operator: str, passphrase: str, keeper: SecretKeeper
    ) -> Store:
        if paths.database.exists() or paths.key_file.exists():
            raise UserError(
                f"{paths.home} already holds a store. Open it, or choose an empty folder."
            )
        paths.ensure()
        raw_key = new_raw_key()
        key_file = KeyFile.wrap(raw_key, passphrase)
        conn = db.connect(paths.database, raw_key, create=True)
        conn.close()
        make_private(paths.database)  # mode 600; on Windows an owner-only access list
        key_file.save(paths.key_file)
        keeper.put(key_file.store_id, raw_key)
        store = cls(paths=paths, raw_key=raw_key, key_file=key_file)
        store.migrate()
        with db.transaction(store.conn) as conn:
            now = datetime.now(UTC).isoformat(timespec="seconds")
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("store_id", key_file.store_id), ("created_at", now), ("operator", operator)],
            )
        return store

    def connect(self) -> db.Connection:
        """A new connection for a worker thread (0.3 ms with the raw key)."""
        return db.connect(self.paths.database, self._key)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    @property
    def store_id(self) -> str:
        return self.key_file.store_id

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with db.transaction(self.conn) as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- schema -------------------------------------------------------------------------

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction, after a backup."""
        current = self.schema_version
        if current > LATEST_VERSION:
            raise UserError(
                f"This store has schema version {current}, but this Outage Kit only knows up "
                f"to {LATEST_VERSION}. Install the newer Outage Kit that wrote it."
            )
        pending = [m for m in MIGRATIONS if m.version > current]
        if pending and current > 0:
            self.backups.make(self.conn, "pre-migration")
        for migration in pending:
            with db.transaction(self.conn) as conn:
                migration.apply(conn)
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        return [m.version for m in pending]

    # -- health and backups -------------------------------------------------------------

    def problems(self, *, full: bool = True) -> list[str]:
        return db.integrity_problems(self.conn, full=full)

    def backup(self, reason: str = "manual", *, conn: db.Connection | None = None) -> BackupInfo:
        """`conn`: a worker thread's own connection, when called off the main thread."""
        source = conn if conn is not None else self.conn
        info = self.backups.make(source, reason)
        if reason == "daily":
            with db.transaction(source) as c:
                c.execute(
                    "INSERT INTO meta (key, value) VALUES ('last_daily_backup', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (info.created.date().isoformat(),),
                )
        return info

    def daily_backup_due(self) -> bool:
        return self.meta("last_daily_backup") != datetime.now(UTC).date().isoformat()

    def restore(self, backup: Path) -> None:
        """Replace the database with `backup` after checking it; the current state is kept
        as a backup (or, when unreadable, moved aside) so nothing is lost."""
        problems = self.backups.problems(backup)
        if problems:
            raise UserError(
                f"{backup.name} is not a sound backup of this store ({problems[0]}). "
                "Choose another backup."
            )
        try:
            sound = not self.problems()
        except db.DatabaseError:
            sound = False
        if sound:
            self.backup("before-restore")
        self.close()
        db_path = self.paths.database
        try:
            staging = db_path.with_name(".store.db.restoring")
            shutil.copyfile(backup, staging)
            make_private(staging)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            for suffix in ("", "-wal", "-shm"):
                current = db_path.with_name(db_path.name + suffix)
                if not current.exists():
                    continue
                if not sound:
                    # Damaged: kept aside (still encrypted) for a specialist, never deleted.
                    current.replace(db_path.with_name(f"store.db.damaged-{stamp}{suffix}"))
                elif suffix:
                    current.unlink()  # the sound state is in the before-restore backup
            staging.replace(db_path)
            fsync_dir(db_path.parent)
        finally:
            self.conn = db.connect(db_path, self._key)
        self.migrate()

    # -- keys ---------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        raw_key = self.key_file.unwrap(old)
        self.key_file = KeyFile.wrap(raw_key, new, store_id=self.store_id)
        self.key_file.save(self.paths.key_file)

    def rekey(self, passphrase: str, keeper: SecretKeeper) -> None:
        """Rotate the raw key: database, backups, key file and keyring all move to the new one."""
        self.key_file.unwrap(passphrase)  # proves the person knows the passphrase
        new_key = new_raw_key()
        hex_key = new_key.hex()
        self.backup("rekey")
        self.conn.execute(f"PRAGMA rekey = \"x'{hex_key}'\"")
        for info in self.backups.all():
            conn = db.connect(info.path, self._key)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute(f"PRAGMA rekey = \"x'{hex_key}'\"")
            finally:
                conn.close()
        self._key = new_key
        self.backups = Backups(folder=self.paths.backups, raw_key=new_key)
        self.key_file = KeyFile.wrap(new_key, passphrase, store_id=self.store_id)
        self.key_file.save(self.paths.key_file)
        keeper.put(self.store_id, new_key)
