"""One SQLCipher database file, opened with a raw 256-bit key."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from app.errors import NotFound, StoreCorrupt

Connection = Any  # sqlcipher3.dbapi2.Connection (the module ships no type information)
DatabaseError: type[Exception] = sqlcipher3.dbapi2.DatabaseError
IntegrityError: type[Exception] = sqlcipher3.dbapi2.IntegrityError
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
# SQLCipher decrypts every page it reads into the cache: 64 MiB keeps a large backlog's
# indexes warm (FACTS.md: 12.7k → 71.7k inserts/s, count(*) 162 ms → 2 ms).
CACHE_KIB = 65536


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
        raise NotFound(f"There is no store at {path}. Run 'outage-kit init' to create one.")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=30.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(raw_key))
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema is the first page decryption: a wrong key fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher3.dbapi2.DatabaseError as err:
        conn.close()
        raise StoreCorrupt(
            f"The store at {path} cannot be read ({err}): it is damaged or belongs to another "
            "key. Restore the newest good backup (Backups section, or 'outage-kit restore')."
        ) from None
    return conn


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or a savepoint when already inside a transaction."""
    if conn.in_transaction:
        # SQLite resolves a reused savepoint name to the innermost one.
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def integrity_problems(conn: Connection, *, full: bool = True) -> list[str]:
    """Empty when sound. `full` adds SQLCipher's page HMAC check to SQLite's quick check."""
    problems: list[str] = []
    try:
        if full:
            problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        problems += [r for r in rows if r != "ok"]
    except sqlcipher3.dbapi2.DatabaseError as err:
        problems.append(str(err))
    return problems
