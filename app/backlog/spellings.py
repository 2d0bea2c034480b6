"""The stored spellings of what an officer types in a backlog search, whatever its case
("carrier north" → "Carrier North"), found along the indexes without reading every row;
and the INDEXED BY hint a query may give while the index exists."""

from __future__ import annotations

from app.backlog import tally
from app.store import db
from app.store.migrations.m023_backlog_money import KEY_FIELDS
from app.textsearch import folded


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


#: the index `spellings` skips along, per column (a reason not in the guide is looked up
#: among the stored ones: a few dozen)
_VALUE_INDEXES = {
    "reason": "backlog_reason_pages",
    "carrier": "backlog_carrier_pages",
    "carrier_file_type": "backlog_file_type_pages",
    "tariff_key": "backlog_tariff_dates",
}


# columns whose every stored value the key counters hold (migration 23): their field there
_KEY_FIELDS = {column: field for field, column in KEY_FIELDS.items()}


def indexed_by(conn: db.Connection, name: str) -> str:
    """` INDEXED BY name`, or nothing while a large import has the index dropped (it is
    built again at the end of the merge: see staging.Merge.rebuild)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
    ).fetchone()
    return f" INDEXED BY {name}" if found else ""


def spellings(conn: db.Connection, column: str, term: str) -> list[str]:
    """The stored values of `column` equal to `term` whatever the case and the marks on its
    letters, as `incident told --partner` compares names ("carrier north" → ["Carrier
    North"], "lodz gsm" → ["Łódź GSM"]). Skips from one distinct value to the next along
    the column's index (a seek per distinct value), so a million rows with a few thousand
    values cost ~ms; the query then asks the index for the values found."""
    if column not in _VALUE_INDEXES:
        raise ValueError(column)
    wanted = folded(term.strip())
    field = _KEY_FIELDS.get(column)
    if field is not None and tally.keys_live(conn):
        # the key counters list every stored tariff key (a row a status): a dozen pages,
        # where the index walk seeks once a value (~1,200 keys: ~480 pages at a million
        # records, for every search with a tariff key)
        rows = conn.execute(
            "SELECT DISTINCT value FROM backlog_key_tally WHERE field = ? AND n > 0", (field,)
        )
        return [str(r[0]) for r in rows if folded(str(r[0])) == wanted]
    if not indexed_by(conn, _VALUE_INDEXES[column]):  # one scan, not one a value
        rows = conn.execute(f"SELECT DISTINCT {column} FROM backlog_records")
        return [str(r[0]) for r in rows if folded(str(r[0])) == wanted]
    rows = conn.execute(
        f"WITH RECURSIVE d(v) AS (SELECT min({column}) FROM backlog_records "
        f"UNION ALL SELECT (SELECT min({column}) FROM backlog_records WHERE {column} > d.v) "
        "FROM d WHERE d.v IS NOT NULL) SELECT v FROM d WHERE v IS NOT NULL"
    )
    return [str(r[0]) for r in rows if folded(str(r[0])) == wanted]


# more spellings of one term than any export holds (a search beyond it keeps the first)
_MOST_SPELLINGS = 64


def stored_spellings(
    conn: db.Connection, column: str, term: str, *, prefix: bool = False
) -> list[str]:
    """For columns with too many values to list (Quarantine IDs, batch numbers, service
    identifiers, batch file names): the spellings of `term` whatever its case ("q-ab12" →
    ["Q-AB12"]) that some record holds — as a whole value, or as the start of one when
    `prefix`. Walks the column's index a letter at a time, keeping only the cases some
    record starts with: an index seek for each case of each letter (a term as billing
    writes it has one stored spelling, so ~2 seeks a letter), where every case variant
    of "Q-AB12-XY" would be 2^5 lookups and a case-insensitive scan reads a million rows."""
    value = term.strip()
    found = [""]
    for char in value:
        cases = list(dict.fromkeys(c for c in (char, char.upper(), char.lower()) if len(c) == 1))
        if len(cases) == 1:
            found = [f + char for f in found]
            continue
        found = [f + c for f in found for c in cases if _starts(conn, column, f + c)]
        del found[_MOST_SPELLINGS:]
        if not found:
            return []
    if prefix:
        return found
    return [f for f in found if _holds(conn, column, f)]


def _starts(conn: db.Connection, column: str, start: str) -> bool:
    sql = f"SELECT 1 FROM backlog_records WHERE {column} GLOB ? LIMIT 1"
    return conn.execute(sql, (glob_escape(start) + "*",)).fetchone() is not None


def _holds(conn: db.Connection, column: str, value: str) -> bool:
    sql = f"SELECT 1 FROM backlog_records WHERE {column} = ? LIMIT 1"
    return conn.execute(sql, (value,)).fetchone() is not None
