"""Which files had the store's earlier keys, known from the files themselves.

SQLCipher begins every file with a random 16-byte salt, in the clear, drawn when the file is
made and kept through a rekey. A key rotation records the salts of the store and of every
backup it moves to the new key (they all had the old one): a copy made of any of them before
the rotation — `backup --out`, or a file copied by hand to a USB stick — carries one of those
salts, whatever its name, its modification time (a `cp` renews it) or the `.json` beside it.
The salts say nothing of the content or the key. Kept in `meta` (it goes with the key, like
the rotation's time, so a restore carries it over)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from app.i18n import Msg
from app.localfmt import moment_text
from app.store import db

# meta key: {salt (hex): when the rotation that retired its key happened (ISO 8601, UTC)}
EARLIER_KEY_SALTS = "earlier_key_salts"
SALT_BYTES = 16


def salt_of(path: Path) -> str:
    """The salt a store or backup file begins with, in hex ("" when it cannot be read)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return ""
    return head.hex() if len(head) == SALT_BYTES else ""


def earlier(conn: db.Connection | None) -> dict[str, str]:
    """Every recorded salt of a file made under an earlier key → that key's rotation time."""
    if conn is None:
        return {}
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (EARLIER_KEY_SALTS,)).fetchone()
        found = json.loads(str(row[0])) if row else {}
    except (db.DatabaseError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def retired_at(conn: db.Connection | None, path: Path) -> datetime | None:
    """When the key `path` was made under was retired by a rotation (None: not known to
    have had an earlier key)."""
    when = earlier(conn).get(salt_of(path)) if salt_of(path) else None
    return datetime.fromisoformat(when) if when else None


def record(conn: db.Connection, files: Iterable[Path], rotated: datetime) -> None:
    """Before a rotation: the salts of `files` (the store and its backups) had the old key."""
    kept = earlier(conn)
    for path in files:
        salt = salt_of(path)
        if salt:
            kept.setdefault(salt, rotated.isoformat())
    keep(conn, kept)


def keep(conn: db.Connection, salts: dict[str, str]) -> None:
    """Write the record (a restore writes back the one it had with the key)."""
    db.put_meta(conn, EARLIER_KEY_SALTS, json.dumps(salts, sort_keys=True))


def refusal(conn: db.Connection, backup: Path, rotated: datetime, folder: Iterable[Path]) -> str:
    """Why `backup`, which the store's key does not open, was refused, the key having been
    rotated (last at `rotated`); `folder`: the backups in the data folder."""
    retired = retired_at(conn, backup)
    if retired is None:
        return Msg.tr(
            "it does not open with this store's key: it is damaged, a backup of another "
            "store, or a copy made before the key rotation of {date} (such copies keep the "
            "earlier key)"
        ).format(date=moment_text(rotated))
    said = Msg.tr(
        "this copy was made before the key rotation of {date} and still has the earlier "
        "key, which the kit no longer has: no passphrase opens it (the rotation changed the "
        "key, not the passphrase)"
    ).format(date=moment_text(retired))
    salt = salt_of(backup)
    twin = next((p for p in folder if salt_of(p) == salt and p.resolve() != backup.resolve()), None)
    if twin is None:
        return said
    return said + Msg.tr(
        ". The same backup, moved to the new key, is {twin}: restore that one"
    ).format(twin=twin)
