"""One SQLCipher database file, opened with a raw 256-bit key."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import NotFound, StoreCorrupt, UserError, as_user_error, disk_full
from app.i18n import Msg

Connection = Any  # sqlcipher3.dbapi2.Connection (the module ships no type information)
DatabaseError: type[Exception] = sqlcipher3.dbapi2.DatabaseError
IntegrityError: type[Exception] = sqlcipher3.dbapi2.IntegrityError
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
# SQLCipher decrypts every page it reads into the cache: 64 MiB keeps a large backlog's
# indexes warm (FACTS.md: 12.7k → 71.7k inserts/s, count(*) 162 ms → 2 ms).
CACHE_KIB = 65536
#: how long a statement waits for another process's write lock before giving up
BUSY_SECONDS = 10.0
#: a writer waits this long quietly, then calls `on_wait` (once) and waits on
QUIET_WAIT_SECONDS = 0.5
# a writer that finds the store's write lock taken after this long says it waits
# (`writer_waiting`): a bulk decision holding it lets go
FIRST_TRY_SECONDS = 0.05
WAITING_NAME = "store-waiting.lock"
#: what a writer does when another process holds the store's write lock past
#: QUIET_WAIT_SECONDS: the command line says that it waits (None: wait silently)
on_wait: Callable[[], None] | None = None
#: SQLCipher 4's page size: every sound file is a whole number of these
PAGE_SIZE = 4096
_DAMAGE_TEXT = ("not a database", "malformed", "corrupt", "hmac")


def _key_pragma(raw_key: bytes) -> str:
    hex_key = raw_key.hex()
    if not _HEX_KEY.match(hex_key):  # the PRAGMA is built only from validated hex
        raise ValueError("store key must be 32 bytes")
    return f"PRAGMA key = \"x'{hex_key}'\""


def connect(path: Path, raw_key: bytes, *, create: bool = False) -> Connection:
    """Open (or with `create`, make) the database at `path` keyed with `raw_key`.

    Autocommit mode: writers use `transaction()` so each step commits when it says so.
    """
    if not create and not path.exists():
        raise NotFound(
            Msg.tr("There is no store at {path}. Run 'outage-kit init' to create one.").format(
                path=path
            )
        )
    try:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=True, timeout=BUSY_SECONDS
        )
    except sqlcipher3.dbapi2.DatabaseError as err:
        raise _open_error(path, err) from None
    try:
        _key(conn, raw_key)
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema is the first page decryption: a wrong key fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.dbapi2.DatabaseError as err:
        conn.close()
        raise _open_error(path, err) from None
    return conn


def connect_readonly(path: Path, raw_key: bytes) -> Connection:
    """Open a file to read it without writing a byte to it or beside it (no journal, no
    -wal/-shm): works on a write-protected USB stick. Raises the driver's DatabaseError."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    try:
        _key(conn, raw_key)
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def connect_reading(path: Path, raw_key: bytes) -> Connection:
    """Open the store to read it where it cannot be written (its disk full, a read-only
    disk): SQLite's read-only WAL mode keeps its index in memory when the -shm file cannot
    grow (`readonly_shm`), and still reads what the -wal holds. An empty -shm file costs
    no disk blocks, only an entry in the folder. Where even that cannot be made and no
    -wal holds anything, the file alone is read (`immutable`). Raises the driver's error."""
    shm = path.with_name(path.name + "-shm")
    with contextlib.suppress(OSError):  # never truncated: another process may be using it
        os.close(os.open(shm, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    if shm.exists():
        uri += "?mode=ro&readonly_shm=1"
    elif not wal.exists() or wal.stat().st_size == 0:
        uri += "?mode=ro&immutable=1"
    else:
        uri += "?mode=ro"  # fails below: a -wal that cannot be read safely is not skipped
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    try:
        _key(conn, raw_key)
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _key(conn: Connection, raw_key: bytes) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(raw_key))


def no_room(folder: Path) -> bool:
    """Less than 1 MiB free where `folder` is: the disk is full for the store's purposes."""
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


def is_damage(err: BaseException) -> bool:
    """The driver's word for pages that do not decrypt or do not parse."""
    text = str(err).lower()
    return any(words in text for words in _DAMAGE_TEXT)


def _open_error(path: Path, err: Exception) -> UserError:
    known = as_user_error(err, path.parent)
    if known is not None:
        return known
    if "disk i/o error" in str(err).lower() and no_room(path.parent):
        return disk_full(path.parent)  # the -shm file could not be made: no room for it
    if is_damage(err):
        return StoreCorrupt(
            Msg.tr(
                "The store at {path} cannot be read ({err}): it is damaged or belongs to "
                "another key. Restore the newest good backup (Backups section, or "
                "'outage-kit restore')."
            ).format(path=path, err=err)
        )
    return UserError(
        Msg.tr(
            "The store at {path} cannot be opened ({err}). Check that the data folder "
            "{folder} exists, is writable by you and is not on a read-only disk."
        ).format(path=path, err=err, folder=path.parent)
    )


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or a savepoint when already inside a transaction."""
    if conn.in_transaction:
        # SQLite resolves a reused savepoint name to the innermost one.
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite itself rolls back on a full disk
                conn.execute("ROLLBACK TO nested")
                conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    _begin(conn)
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a COMMIT that failed (disk full) leaves nothing half-done
            conn.execute("ROLLBACK")
        raise


def _begin(conn: Connection) -> None:
    """BEGIN IMMEDIATE, as a writer that says it waits (`_as_writer`)."""
    _as_writer(conn, lambda: conn.execute("BEGIN IMMEDIATE"))


def alone(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    """One statement that writes, committed on its own (in the caller's transaction if one
    is open): waiting for another process's write lock as `transaction` does, saying so.
    A statement that failed on the lock has written nothing and is run again."""
    if conn.in_transaction:
        return conn.execute(sql, params)
    return _as_writer(conn, lambda: conn.execute(sql, params))


def _as_writer(conn: Connection, attempt: Callable[[], Any]) -> Any:
    """`attempt` (a statement that takes the write lock); while another process writes,
    this one says it waits: to a bulk decision holding the store (app/backlog/bulk.py),
    which lets go at once, by the file WAITING_NAME; and to the person, by `on_wait`,
    after a short while. The busy timeout still ends the wait after BUSY_SECONDS in all."""
    started = time.monotonic()
    try:
        done = _try(conn, attempt, FIRST_TRY_SECONDS)
        if done is not None:
            return done
        _say_waiting(conn)
        notify = on_wait
        if notify is not None:
            done = _try(conn, attempt, QUIET_WAIT_SECONDS - FIRST_TRY_SECONDS)
            if done is not None:
                return done
            notify()
        rest = max(BUSY_SECONDS - (time.monotonic() - started), 0.0)
        conn.execute(f"PRAGMA busy_timeout = {int(rest * 1000)}")
        return attempt()
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")


def _try(conn: Connection, attempt: Callable[[], Any], seconds: float) -> Any:
    """`attempt` within `seconds`; None while another process holds the write lock."""
    conn.execute(f"PRAGMA busy_timeout = {int(max(seconds, 0.0) * 1000)}")
    try:
        return attempt()
    except DatabaseError as err:
        if "locked" not in str(err):
            raise
        return None


def _say_waiting(conn: Connection) -> None:
    """WAITING_NAME beside the store touched (an empty file: nothing of the store in it)."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            waiting = Path(file).with_name(WAITING_NAME)
            with contextlib.suppress(OSError):
                os.close(os.open(waiting, os.O_WRONLY | os.O_CREAT, 0o600))
                os.utime(waiting)
            return


def writer_waiting(folder: Path, since: float) -> bool:
    """Whether a writer said it waits for the store of `folder` after `since` (time.time())."""
    try:
        return (folder / WAITING_NAME).stat().st_mtime >= since
    except OSError:
        return False


# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_BAD_PAGE = r"(?i)HMAC verification failed for page (\d+)"


def _page_problem(text: str) -> str:
    """SQLCipher's report of a page that fails its check, in the officer's words."""
    found = re.search(_BAD_PAGE, text)
    if found is None:
        return text
    return Msg.tr("page {page} is damaged (it does not match its checksum)").format(
        page=found.group(1)
    )


def integrity_problems(conn: Connection, *, full: bool = True, indexes: bool = True) -> list[str]:
    """Empty when sound. `full` checks every page: SQLCipher's page HMACs, then SQLite's
    full integrity check (indexes against tables; without `indexes`, the quick check: on a
    large backlog the index comparison is ~95 % of the time); otherwise only the quick check."""
    problems: list[str] = []
    try:
        if full:
            checks = conn.execute("PRAGMA cipher_integrity_check")
            problems += [_page_problem(str(row[0])) for row in checks]
        pragma = "integrity_check(20)" if full and indexes else "quick_check(20)"
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
        problems += [r for r in rows if r != "ok"]
    except sqlcipher3.dbapi2.DatabaseError as err:
        known = as_user_error(err, "the store")
        if known is not None and not is_damage(err):
            raise known from None
        problems.append(str(err))
    return problems


#: openings of files a backup is often confused with; a backup's first page is ciphertext
_MAGIC: tuple[tuple[bytes, Callable[[], str]], ...] = (
    (b"SQLite format 3\x00", lambda: Msg.tr("it is an unencrypted SQLite database")),
    (b"PK\x03\x04", lambda: Msg.tr("it is a ZIP archive, e.g. a Word or Excel file")),
    (b"%PDF", lambda: Msg.tr("it is a PDF document")),
    (b"\x1f\x8b", lambda: Msg.tr("it is a gzip archive")),
    (b"\x89PNG", lambda: Msg.tr("it is a PNG image")),
    (b"\xff\xd8\xff", lambda: Msg.tr("it is a JPEG image")),
    (b"{\\rtf", lambda: Msg.tr("it is an RTF document")),
)
_TEXT_BYTES = frozenset(b"\t\n\r\f") | frozenset(range(0x20, 0x7F)) | frozenset(range(0x80, 0x100))


# a contact bundle's first member (bundles/archive.py writes the manifest first) and the
# opening of its detached signature: confused with a backup because both come from IT
_BUNDLE_MEMBERS = (b"manifest.json", b"bundle.toml")
_SIGNATURE_OPENING = b"untrusted comment:"


def _bundle_kind(head: bytes) -> str | None:
    """A contact bundle or its signature, said with where it goes instead."""
    if head.startswith(b"PK\x03\x04") and len(head) >= 30:
        name_length = int.from_bytes(head[26:28], "little")
        if head[30 : 30 + name_length] in _BUNDLE_MEMBERS:
            return Msg.tr(
                "it is a contact bundle: import it with 'outage-kit bundle import FILE' or "
                "Import contact bundle… in the window"
            )
    if head.startswith(_SIGNATURE_OPENING):
        return Msg.tr(
            "it is the signature of a contact bundle: import the bundle beside it with "
            "'outage-kit bundle import FILE' or Import contact bundle… in the window"
        )
    return None


def foreign_kind(head: bytes) -> str | None:
    """What the opening bytes of a file say it is, when clearly not an encrypted store:
    a contact bundle, a known file format, or text. A backup starts with a random salt and
    ciphertext, where every byte value is equally likely: a page of it is never 97 % text
    bytes."""
    bundle = _bundle_kind(head)
    if bundle is not None:
        return bundle
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind()
    if not head:
        return None
    try:
        head.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError as err:
        utf8 = err.start >= len(head) - 3  # only a character cut by the end of the sample
    controls = sum(1 for byte in head if byte not in _TEXT_BYTES)
    printable = sum(1 for byte in head if 0x20 <= byte < 0x7F or byte in b"\t\n\r")
    if utf8 and controls == 0:
        return Msg.tr("it is a text file")
    if printable >= 0.97 * len(head):
        return Msg.tr("it looks like a text file")
    return None


def put_meta(conn: Connection, key: str, value: str) -> None:
    """Set one `meta` value (inserted, or replaced), in its own transaction."""
    with transaction(conn) as c:
        c.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def wrong_key_text() -> str:
    """The problem `file_problems` names for a file whose first page this key does not open."""
    return Msg.tr(
        "it does not open with this store's key: it is damaged, or it is a backup of another store"
    )


def file_problems(path: Path, raw_key: bytes, *, indexes: bool = True) -> list[str]:
    """Empty when `path` opens read-only with `raw_key` and every page is sound (every
    page's HMAC, and SQLite's integrity check; `indexes`: its full one)."""
    return shape_problems(path) or _page_problems(path, raw_key, indexes=indexes)


def shape_problems(path: Path) -> list[str]:
    """What the file's size and first bytes alone say against it being a store (empty,
    another kind of file, cut short): seen at once, before any page is read."""
    try:
        size = path.stat().st_size
    except OSError as err:
        return [Msg.tr("cannot be read: {strerror}").format(strerror=err.strerror)]
    if size == 0:
        return [Msg.tr("the file is empty (0 bytes)")]
    try:
        with path.open("rb") as handle:
            head = handle.read(PAGE_SIZE)
    except OSError as err:
        return [Msg.tr("cannot be read: {strerror}").format(strerror=err.strerror)]
    kind = foreign_kind(head)
    if kind is not None:
        return [Msg.tr("this is not an Outage Kit backup ({kind})").format(kind=kind)]
    if size % PAGE_SIZE:
        return [
            Msg.tr("the file is cut short ({size} bytes is not a whole number of pages)").format(
                size=size
            )
        ]
    return []


def _page_problems(path: Path, raw_key: bytes, *, indexes: bool) -> list[str]:
    try:
        conn = connect_readonly(path, raw_key)
    except sqlcipher3.dbapi2.DatabaseError as err:
        if "malformed" in str(err).lower():
            # the first page decrypted with this key, but the pages do not fit together
            return [
                Msg.tr(
                    "it is damaged: it opens with this store's key, but its pages do not fit "
                    "together (the file was cut short or partly overwritten)"
                )
            ]
        if is_damage(err):
            return [wrong_key_text()]
        return [Msg.tr("cannot be read: {strerror}").format(strerror=err)]
    try:
        return integrity_problems(conn, indexes=indexes)
    finally:
        conn.close()
