"""The encrypted store of one kit: database, key, backups, schema version."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn, TypeVar

from app.errors import DiskFull, StoreCorrupt, UserError, as_user_error, disk_full
from app.fsutil import create_private, fsync_dir, partial_name, remove_leftovers
from app.i18n import Msg
from app.paths import KitPaths, too_deep_for_windows
from app.store import db, key_history, steps
from app.store.backups import SIDECAR, BackupInfo, Backups
from app.store.keys import KeyFile, SecretKeeper, new_raw_key
from app.store.room import room
from app.store.schema_version import LATEST_VERSION

# meta key: when the store key was last rotated (ISO 8601, UTC); it goes with the key, so a
# restore keeps it (a copy made before a rotation does not open: the refusal says why)
KEY_ROTATED = "key_rotated_at"

#: more checks of a backup's content (the audit chain): problems found, empty when sound
ContentCheck = Callable[[db.Connection], list[str]]


def _stage(source: Path, staged: Path) -> None:
    """Copy `source` (opened read-only, never written) into `staged`, owner-only, synced."""
    if source.is_dir():
        raise UserError(
            Msg.tr("{source} is a folder; give the backup file itself.").format(source=source)
        )
    create_private(staged)
    try:
        with source.open("rb") as src, staged.open("r+b") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
    except FileNotFoundError:
        raise UserError(Msg.tr("There is no file {source}.").format(source=source)) from None
    except PermissionError:
        raise UserError(
            Msg.tr("{source} cannot be read: you have no permission to read it.").format(
                source=source
            )
        ) from None
    except OSError as err:
        known = as_user_error(err, staged.parent)
        if known is not None:
            raise known from None
        raise UserError(
            Msg.tr("{source} cannot be read ({strerror}).").format(
                source=source, strerror=err.strerror
            )
        ) from None


def _refuse_too_deep(paths: KitPaths) -> None:
    """A data folder too deep for Windows is neither made nor opened: its backups would fail."""
    problem = too_deep_for_windows(paths.home)
    if problem:
        raise UserError(problem)


_T = TypeVar("_T")


class Store:
    """An unlocked store. Owns the GUI/main thread's connection; workers call `connect()`."""

    def __init__(
        self,
        *,
        paths: KitPaths,
        raw_key: bytes,
        key_file: KeyFile,
        damaged_ok: bool = False,
        read_only_ok: bool = False,
    ) -> None:
        """`damaged_ok`: a store whose first page does not decrypt opens with `conn` None,
        so that `restore` can still replace it. `read_only_ok`: a store that cannot be
        written (its disk full, a read-only disk) opens read-only, `read_only` says why."""
        _refuse_too_deep(paths)
        self.paths = paths
        self._key = raw_key
        self.key_file = key_file
        #: why the store is open read-only (None: it is writable)
        self.read_only: UserError | None = None
        with contextlib.suppress(OSError):  # a read-only disk keeps its leftovers
            remove_leftovers(paths.home, paths.backups)
        self.conn: db.Connection = None
        if read_only_ok and db.no_room(paths.home):
            # Not even a writable connection: SQLite would open one where its -shm is
            # there already, and closing it checkpoints. A file that does not read is
            # opened the usual way below, which names its problem.
            with contextlib.suppress(UserError):
                self.conn = self._open_read_only(disk_full(paths.home))
        if self.conn is None:
            self._connect(damaged_ok=damaged_ok, read_only_ok=read_only_ok)
        self.backups = Backups(folder=paths.backups, raw_key=raw_key)
        #: a restore not yet confirmed: the files its rotation must keep (the backup being
        #: restored, the current state kept before it), and the one No takes away again
        self._restore_keeps: list[Path] = []
        self._before_restore: Path | None = None

    def _connect(self, *, damaged_ok: bool, read_only_ok: bool) -> None:
        try:
            self.conn = db.connect(self.paths.database, self._key)
        except StoreCorrupt:
            if not damaged_ok:
                raise
        except UserError as err:
            # a full disk, or the generic "cannot be opened" (a read-only disk); not a
            # missing store nor another process's write lock
            if not read_only_ok or not (isinstance(err, DiskFull) or type(err) is UserError):
                raise
            self.conn = self._open_read_only(err)

    def _open_read_only(self, why: UserError) -> db.Connection:
        """The connection of a store that cannot be written; `why` if it cannot be read
        either (then it is not a matter of room)."""
        try:
            conn = db.connect_reading(self.paths.database, self._key)
        except db.DatabaseError:
            raise why from None
        self.read_only = why
        return conn

    def reopened(self, *, read_only_ok: bool = True) -> Store:
        """The same store opened again with the key in hand (a read-only one, once its disk
        has room: writable if it can be)."""
        return Store(
            paths=self.paths, raw_key=self._key, key_file=self.key_file, read_only_ok=read_only_ok
        )

    # -- life cycle ---------------------------------------------------------------------

    @classmethod
    def create(
        cls, paths: KitPaths, *, operator: str, passphrase: str, keeper: SecretKeeper
    ) -> Store:
        _refuse_too_deep(paths)
        if paths.database.exists() or paths.key_file.exists():
            raise UserError(
                Msg.tr("{home} already holds a store. Open it, or choose an empty folder.").format(
                    home=paths.home
                )
            )
        paths.ensure()
        raw_key = new_raw_key()
        key_file = KeyFile.wrap(raw_key, passphrase)
        create_private(paths.database)  # owner-only before a byte is in it (Windows: ACL)
        conn = db.connect(paths.database, raw_key, create=True)
        conn.close()
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
        if self.read_only is not None:
            return db.connect_reading(self.paths.database, self._key)
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
        db.put_meta(self.conn, key, value)

    # -- schema -------------------------------------------------------------------------

    @property
    def needs_migration(self) -> bool:
        """The store is older than this Outage Kit: `migrate` has work to do."""
        return self.schema_version < LATEST_VERSION

    def migrate(self, *, conn: db.Connection | None = None) -> list[int]:
        """Apply pending migrations, each in its own transaction, after a backup. `conn`: a
        worker thread's own connection (the window migrates off its GUI thread)."""
        on = conn if conn is not None else self.conn
        current = int(on.execute("PRAGMA user_version").fetchone()[0])
        if current > LATEST_VERSION:
            raise UserError(
                Msg.tr(
                    "This store has schema version {current}, but this Outage Kit only knows up "
                    "to {LATEST_VERSION}. Install the newer Outage Kit that wrote it."
                ).format(current=current, LATEST_VERSION=LATEST_VERSION)
            )
        if current == LATEST_VERSION:
            return []
        from app.store.migrations import MIGRATIONS  # only when there is work: see schema_version

        pending = [m for m in MIGRATIONS if m.version > current]
        if pending and current > 0:
            size = steps.size_text(self.paths.database)
            with steps.step(
                Msg.tr("Backing up the store before updating it ({size})").format(size=size)
            ):
                self.backups.make(on, "pre-migration", database=self.paths.database)
        # a new store is made, not updated: its steps are not announced
        with steps.quiet() if current == 0 else contextlib.nullcontext():
            for migration in pending:
                with db.transaction(on) as c:
                    migration.apply(c)
                    c.execute(f"PRAGMA user_version = {int(migration.version)}")
        return [m.version for m in pending]

    # -- health and backups -------------------------------------------------------------

    def problems(self, *, full: bool = True) -> list[str]:
        return db.integrity_problems(self.conn, full=full)

    def backup(self, reason: str = "manual", *, conn: db.Connection | None = None) -> BackupInfo:
        """`conn`: a worker thread's own connection, when called off the main thread."""
        source = conn if conn is not None else self.conn
        info = self.backups.make(source, reason, database=self.paths.database)
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

    def restore(self, backup: Path, *, verify: ContentCheck | None = None) -> None:
        """Replace the database with `backup`. The file is only read (copied into the data
        folder first) and the copy is checked completely — key, every page, schema, and
        `verify` (the audit chain) — before anything changes. The current state is kept as
        a backup, or, when it is not sound, copied aside; nothing is lost."""
        self.swap_in(self.prepare_restore(backup, verify=verify))

    def prepare_restore(
        self, backup: Path, *, verify: ContentCheck | None = None, conn: db.Connection | None = None
    ) -> Path:
        """The long part of a restore, the store left as it is: `backup` staged in the data
        folder and checked, the current state backed up (through `conn`, a worker thread's
        own connection, else the store's). The staged file for `swap_in`."""
        staged = self.paths.database.with_name(partial_name("store.db.restoring"))
        try:
            # an empty or cut-short file is refused before "Checking every page … done",
            # which read as a pass just before the refusal
            problems = db.shape_problems(backup)
            if not problems:
                checking = Msg.tr("Checking every page of {file} ({size}) and its audit chain")
                with steps.step(checking.format(file=backup.name, size=steps.size_text(backup))):
                    _stage(backup, staged)
                    problems = self.backups.problems(staged) or self._content_problems(
                        staged, verify
                    )
            if problems and problems[0] == db.wrong_key_text():
                problems[0] = self._older_than_rotation(backup, conn or self.conn) or problems[0]
            if problems:
                raise UserError(
                    Msg.tr(
                        "{backup} was not restored: {value}. Nothing was changed. Choose another "
                        "backup (they are in {backups})."
                    ).format(backup=backup, value=problems[0], backups=self.paths.backups)
                )
            if not self._backup_before_restore(backup, conn or self.conn):
                raise UserError(
                    Msg.tr(
                        "{backup} was not restored: the damaged store could not be copied aside "
                        "first (is the disk full?). Nothing was changed; free some space in "
                        "{backups} and try again."
                    ).format(backup=backup, backups=self.paths.backups)
                )
        except BaseException as err:
            self._drop_staged(staged, err)
        return staged

    def swap_in(self, staged: Path, *, migrate: bool = True) -> None:
        """The quick part of a restore, on the connection's own thread: the checked `staged`
        file replaces the database, and the store reconnects to it (and updates it, unless
        `migrate` is False: the window updates an older backup on a worker thread)."""
        db_path = self.paths.database
        rotated = self.rotated_at()  # goes with the key, not with the restored content
        retired = key_history.earlier(self.conn)  # so do the salts of its earlier keys
        try:
            self.close()
            try:
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        db_path.with_name(db_path.name + suffix).unlink()
                staged.replace(db_path)
                fsync_dir(db_path.parent)
            finally:
                self.conn = db.connect(db_path, self._key)
        except BaseException as err:
            self._drop_staged(staged, err)
        # confirmed and swapped: the rotation may go on (the backup of the state replaced
        # and the one restored kept)
        keeps, self._before_restore, self._restore_keeps = self._restore_keeps, None, []
        if keeps:  # a backup was made for it (a damaged store is copied aside: no rotation)
            with contextlib.suppress(OSError):
                self.backups.prune(protect=keeps)
        restored = self.rotated_at()
        if rotated is not None and (restored is None or restored < rotated):
            self.set_meta(KEY_ROTATED, rotated.isoformat())
        carried = key_history.earlier(self.conn)
        if retired.keys() - carried.keys():
            key_history.keep(self.conn, {**retired, **carried})
        if migrate:
            self.migrate()

    def write_staged(self, staged: Path, write: Callable[[db.Connection], None]) -> None:
        """`write` into the checked `staged` copy before `swap_in` (one self-contained file:
        no journal is left beside it); on any failure the copy goes and nothing changed."""
        try:
            conn = db.connect(staged, self._key)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                write(conn)
            finally:
                conn.close()
        except BaseException as err:
            self._drop_staged(staged, err)

    def read_staged(self, staged: Path, read: Callable[[db.Connection], _T]) -> _T:
        """`read` from the checked `staged` copy before `swap_in` (what a restore would
        bring), the copy left as it is."""
        conn = db.connect(staged, self._key)
        try:
            return read(conn)
        finally:
            conn.close()

    @property
    def before_restore_file(self) -> Path | None:
        """The backup of the current state a restore not yet swapped in made (None: none,
        or the store was damaged and copied aside)."""
        return self._before_restore

    def discard_staged(self, staged: Path) -> None:
        """The officer did not confirm the restore: the checked copy goes, and the backup of
        the current state made for it (the same state, still the store's): nothing changed,
        and no refused restore pushes a good backup out of the rotation."""
        with contextlib.suppress(OSError):
            staged.unlink()
        made, self._before_restore, self._restore_keeps = self._before_restore, None, []
        if made is not None:
            for path in (made, made.with_name(made.name + SIDECAR)):
                with contextlib.suppress(OSError):
                    path.unlink()

    def rotated_at(self, conn: db.Connection | None = None) -> datetime | None:
        """When the store key was last rotated (None: never, or not readable)."""
        source: db.Connection | None = conn or self.conn  # None: a damaged store, unlocked
        if source is None:  # only to be restored
            return None
        try:
            row = source.execute("SELECT value FROM meta WHERE key = ?", (KEY_ROTATED,)).fetchone()
            return datetime.fromisoformat(str(row[0])) if row else None
        except (db.DatabaseError, ValueError):
            return None

    def _older_than_rotation(self, backup: Path, conn: db.Connection) -> str | None:
        """Why a file the key does not open was refused, once the key was ever rotated."""
        rotated = self.rotated_at(conn)
        if rotated is None:
            return None
        return key_history.refusal(conn, backup, rotated, [b.path for b in self.backups.all()])

    def _drop_staged(self, staged: Path, err: BaseException) -> NoReturn:
        with contextlib.suppress(OSError):
            staged.unlink()
        known = as_user_error(err, self.paths.home)
        if known is not None and known is not err:
            raise known from None
        raise err

    def _backup_before_restore(self, backup: Path, conn: db.Connection | None) -> bool:
        """The current state is kept: a verified backup in the rotation when the store is
        sound (the backup's own check of every page is the soundness check: one read, not
        two), else the damaged file copied aside. False: not even that could be written."""
        db_path = self.paths.database
        if conn is not None:
            size = steps.size_text(db_path)
            try:
                with steps.step(
                    Msg.tr("Backing up the current store first ({size})").format(size=size)
                ):
                    made = self.backups.make(conn, "before-restore", prune=False)
                self._before_restore = made.path
                self._restore_keeps = [backup, made.path]
                return True
            except StoreCorrupt:
                pass  # not sound: copied aside below, outside the rotation
        with steps.step(Msg.tr("Copying the damaged store aside first")):
            kept = self.backups.keep_aside(db_path, datetime.now(UTC), "before-restore")
        return kept is not None

    def _content_problems(self, staged: Path, verify: ContentCheck | None) -> list[str]:
        conn = db.connect_readonly(staged, self._key)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST_VERSION:
                return [
                    Msg.tr(
                        "it was written by a newer Outage Kit (schema {version}; this one knows "
                        "up to {latest}). Install that version to restore it"
                    ).format(version=version, latest=LATEST_VERSION)
                ]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if version == 0 or "meta" not in tables:
                return [Msg.tr("it holds no Outage Kit store")]
            row = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
            if row is not None and str(row[0]) != self.store_id:
                return [Msg.tr("it is a backup of another store")]
            return verify(conn) if verify is not None else []
        except db.DatabaseError as err:
            return [Msg.tr("it cannot be read ({error})").format(error=err)]
        finally:
            conn.close()

    # -- keys ---------------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        raw_key = self.key_file.unwrap(old)
        self.key_file = KeyFile.wrap(raw_key, new, store_id=self.store_id)
        self.key_file.save(self.paths.key_file)

    def rekey(self, passphrase: str, keeper: SecretKeeper) -> None:
        """Rotate the raw key: database, backups, key file and keyring all move to the new one."""
        self.key_file.unwrap(passphrase)  # proves the person knows the passphrase
        self._room_to_rekey()
        new_key, old_key = new_raw_key(), self._key
        self.backup("rekey")
        # A backup that does not open would stop the loop below half-way: such backups are
        # moved aside first.
        for info in self.backups.all():
            if self.backups.problems(info.path):
                self.backups.set_aside(info)
        # the backups first, then the store, then its key file: a failure on the way (a disk
        # that fills) puts every file back under the old key, never a store its key file
        # does not open
        done: list[Path] = []
        try:
            for info in self.backups.all():
                _rekey_file(info.path, old_key, new_key)
                done.append(info.path)
            self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            done.append(self.paths.database)
            key_file = KeyFile.wrap(new_key, passphrase, store_id=self.store_id)
            key_file.save(self.paths.key_file)
        except BaseException as err:
            self._rekey_undone(done, new_key, old_key)
            if not room(self.paths).enough:
                raise disk_full(self.paths.home) from err
            raise
        rotated = datetime.now(UTC)
        files = [self.paths.database, *(info.path for info in self.backups.all())]
        key_history.record(self.conn, files, rotated)  # copies of these keep the old key
        self._key = new_key
        reader = self.backups.head_reader
        self.backups = Backups(folder=self.paths.backups, raw_key=new_key, keep=self.backups.keep)
        self.backups.head_reader = reader
        self.key_file = key_file
        keeper.put(self.store_id, new_key)
        self.set_meta(KEY_ROTATED, rotated.isoformat())

    def _room_to_rekey(self) -> None:
        """A rotation writes a backup, the store again (its -wal) and each backup again (its
        journal, one at a time): refused before anything is written when that cannot fit."""
        sizes = [info.size for info in self.backups.all()]
        store = _size(self.paths.database) + _size(self.paths.database.with_name("store.db-wal"))
        needed = 2 * store + max([store, *sizes]) + (1 << 20)
        free = room(self.paths).free
        if free < needed:
            raise DiskFull(
                Msg.tr(
                    "The disk holding {where} is too full to rotate the key: that writes the "
                    "store and each backup again, about {needed}, and {free} is free. Nothing "
                    "was changed. Free some space on that disk (old backups in {backups}, for "
                    "one) and try again."
                ).format(
                    needed=steps.bytes_text(needed),
                    where=self.paths.home,
                    free=steps.bytes_text(free),
                    backups=self.paths.backups,
                ),
                details={"folder": str(self.paths.home)},
            )

    def _rekey_undone(self, done: list[Path], new_key: bytes, old_key: bytes) -> None:
        """The files a failed rotation had moved to `new_key` back under `old_key`."""
        for path in reversed(done):
            with contextlib.suppress(Exception):
                if path == self.paths.database:
                    self.conn.execute(f"PRAGMA rekey = \"x'{old_key.hex()}'\"")
                else:
                    _rekey_file(path, new_key, old_key)


def _rekey_file(path: Path, key: bytes, new_key: bytes) -> None:
    """A backup file, under `key`, re-encrypted with `new_key` in place."""
    conn = db.connect(path, key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        conn.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
