"""Incident references are never issued twice. The next number is one past the highest in the
store, and past the highest ever issued before a restore: restoring an older backup must not
hand out OK-2026-0003 again when partners already hold a notice with it for another outage.
The highest issued number per year is carried into the restored store's meta table."""

from __future__ import annotations

from app.store import db

REFERENCE_PREFIX = "OK"
_FLOOR_KEY = "reference_issued:"  # + "OK-2026-": the highest number issued before a restore
_PREFIX_LENGTH = len(REFERENCE_PREFIX) + 6  # "OK-2026-"


def highest_issued(conn: db.Connection) -> dict[str, int]:
    """{"OK-2026-": 3, …}: the highest number per year in the store or carried into it."""
    found: dict[str, int] = {}
    rows = conn.execute(
        "SELECT substr(reference, 1, ?), max(CAST(substr(reference, ?) AS INTEGER)) "
        "FROM incidents WHERE reference GLOB ? GROUP BY 1",
        (_PREFIX_LENGTH, _PREFIX_LENGTH + 1, f"{REFERENCE_PREFIX}-[0-9][0-9][0-9][0-9]-*"),
    ).fetchall()
    for prefix, number in rows:
        found[str(prefix)] = int(number or 0)
    for key, value in conn.execute(
        "SELECT key, value FROM meta WHERE key GLOB ?", (_FLOOR_KEY + "*",)
    ).fetchall():
        prefix = str(key)[len(_FLOOR_KEY) :]
        if str(value).isdigit():
            found[prefix] = max(found.get(prefix, 0), int(value))
    return found


def issued_before_restore(conn: db.Connection) -> dict[str, int]:
    """`highest_issued`, or {} when the store is too damaged to read them (the restore that
    replaces a damaged store must not fail for it; its copy is kept aside)."""
    try:
        return highest_issued(conn)
    except db.DatabaseError:
        return {}


def issued_floor(conn: db.Connection, prefix: str) -> int:
    """The highest number issued under `prefix` before a restore (0: none carried)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_FLOOR_KEY + prefix,)).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else 0


def carry_issued(conn: db.Connection, issued: dict[str, int]) -> None:
    """After a restore: remember what was issued before it (the larger number is kept)."""
    merged = highest_issued(conn)  # the restored store's own numbers and floors
    with db.transaction(conn) as tx:
        for prefix, number in issued.items():
            if number > merged.get(prefix, 0):
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (_FLOOR_KEY + prefix, str(number)),
                )
