"""Searching the backlog: filters → SQL that the indexes of migration 6 answer, keyset pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.backlog.catalog import ReasonCatalog
from app.backlog.model import KINDS, RECORD_COLUMNS, BacklogRecord, Criteria, status_from_text
from app.errors import UserError
from app.store import db

#: the sort keys offered; each is backed by (filter…, call_date) indexes or its own index
SORTS = {
    "call_date": "call_date",
    "quarantine_id": "quarantine_id",
    "service_id": "service_id",
}
PAGE = 200
#: matches above which a first page walks the sort index instead of sorting the matches:
#: sorting costs ~12 µs a match (reading its row), walking ~3 µs a row passed over
BROAD = 5000
_SORT_INDEXES = {
    "call_date": "backlog_by_call_date",
    "quarantine_id": "sqlite_autoindex_backlog_records_1",
    "service_id": "backlog_by_service",
}


def latest_decision(record: str) -> str:
    """SQL for the id of the action that decided `record` last (undone ones do not count)."""
    return (
        "(SELECT max(c.action) FROM backlog_changes c JOIN backlog_actions a ON a.id = c.action "
        f"WHERE c.record = {record} AND a.undo_of IS NULL AND a.undone_by IS NULL)"
    )


_DERIVED = ("note", "decided_at", "decided_by")
_SELECT = (
    "SELECT "
    + ", ".join(f"r.{c}" for c in RECORD_COLUMNS if c not in _DERIVED)
    + ", coalesce(d.note, ''), d.at, d.actor FROM backlog_records r "
    + f"LEFT JOIN backlog_actions d ON d.id = {latest_decision('r.id')}"
)


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def _local_bound(text: str, *, end: bool) -> str:
    """--from/--to: a date means the whole day; a date-time is taken as written (local)."""
    value = text.strip()
    try:
        if len(value) <= 10:
            day = date.fromisoformat(value)
            return (day + timedelta(days=1) if end else day).isoformat() + "T00:00:00"
        return datetime.fromisoformat(value).replace(tzinfo=None).isoformat()
    except ValueError:
        raise UserError(f"{value!r} is not a date like 2026-11-20 (or 2026-11-20T13:45).") from None


@dataclass(frozen=True)
class Where:
    sql: str
    params: tuple[Any, ...]

    @classmethod
    def of(cls, criteria: Criteria, *, broad: frozenset[str] = frozenset()) -> Where:
        """`broad`: columns (status, or a prefix column) that match so many records that
        walking the sort index and filtering beats reading every match and sorting: their
        term is written `+column`, which keeps SQLite from choosing their index."""
        parts: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            parts.append(sql)
            params.extend(values)

        if criteria.status:
            status = status_from_text(criteria.status)
            if status is None:
                raise UserError(f"{criteria.status!r} is not a status.")
            add("+status = ?" if "status" in broad else "status = ?", status)
        if criteria.kind:
            if criteria.kind not in KINDS:
                raise UserError(f"{criteria.kind!r} is not a kind; use one of {', '.join(KINDS)}.")
            add("kind = ?", criteria.kind)
        if criteria.reason:
            add("reason = ?", ReasonCatalog.shipped().canonical(criteria.reason)[0])
        if criteria.unknown_reason:
            add("reason_known = 0")
        for column, value in (
            ("carrier", criteria.carrier),
            ("batch_number", criteria.batch),
            ("tariff_key", criteria.tariff_key),
            ("quarantine_id", criteria.quarantine_id),
        ):
            if value:
                add(f"{column} = ?", value.strip())
        # GLOB, not LIKE: LIKE is case-insensitive and cannot use the index (FACTS.md)
        for column, value in (
            ("service_id", criteria.service_id),
            ("batch_file", criteria.batch_file),
        ):
            if value:
                term = f"+{column}" if column in broad else column
                add(f"{term} GLOB ?", glob_escape(value.strip()) + "*")
        if criteria.date_from:
            add("call_date >= ?", _local_bound(criteria.date_from, end=False))
        if criteria.date_to:
            end = _local_bound(criteria.date_to, end=True)
            add("call_date < ?" if len(criteria.date_to.strip()) <= 10 else "call_date <= ?", end)
        if criteria.text:
            term = criteria.text.strip()
            prefix = glob_escape(term) + "*"
            add(
                "(quarantine_id = ? OR service_id GLOB ? OR batch_file GLOB ? OR batch_number = ?)",
                term,
                prefix,
                prefix,
                term,
            )
        return cls(" AND ".join(parts) or "1", tuple(params))


@dataclass(frozen=True)
class PageKey:
    """Where the last page ended: the sort value and id of its last row."""

    value: Any
    id: int


class BacklogQuery:
    def __init__(self, *, conn: db.Connection) -> None:
        self._conn = conn

    def page(
        self,
        criteria: Criteria,
        *,
        sort: str = "call_date",
        descending: bool = True,
        after: PageKey | None = None,
        limit: int = PAGE,
    ) -> list[BacklogRecord]:
        """One page in (sort, id) order, starting after `after` (keyset paging: a page deep
        in a million rows costs what the first one does)."""
        column = SORTS.get(sort)
        if column is None:
            raise UserError(f"Cannot sort by {sort!r}; use one of {', '.join(SORTS)}.")
        where, indexed = self._plan(criteria, sort)
        sql = f"SELECT id FROM backlog_records{indexed} WHERE {where.sql}"
        params = list(where.params)
        direction = "DESC" if descending else "ASC"
        if after is not None:
            op = "<" if descending else ">"
            sql += f" AND ({column}, id) {op} (?, ?)"
            params += [after.value, after.id]
        sql += f" ORDER BY {column} {direction}, id {direction} LIMIT ?"
        params.append(int(limit))
        # ids first, then the rows: the decision columns are looked up for this page only
        return self.by_ids([int(r[0]) for r in self._conn.execute(sql, params)])

    def _plan(self, criteria: Criteria, sort: str) -> tuple[Where, str]:
        """The WHERE clause, and an INDEXED BY when the matches are too many to sort.

        A status matching fewer than BROAD records reads them by its index and sorts them
        (its index has no call_date: see migration 6). Sorted by call date, every other
        equality filter has an index ending in call_date, so only a broad status, service
        identifier or batch-file prefix needs help: the call-date index of the other filters
        is walked instead. Sorted by another column, a search matching more than BROAD
        records walks that column's index instead."""
        plain = Where.of(criteria)
        if plain.sql == "1":
            return plain, ""
        status = status_from_text(criteria.status) if criteria.status else None
        if status is not None and not self._at_least("status = ?", (status,)):
            return plain, " INDEXED BY backlog_by_status"
        # a broad status never picks its index (it would read every match to check the rest)
        broad = {"status"} if status is not None else set()
        if sort == "call_date":
            broad |= {
                column
                for column, value in (
                    ("service_id", criteria.service_id),
                    ("batch_file", criteria.batch_file),
                )
                if value and self._at_least(f"{column} GLOB ?", (glob_escape(value) + "*",))
            }
            return (Where.of(criteria, broad=frozenset(broad)), "") if broad else (plain, "")
        where = Where.of(criteria, broad=frozenset(broad))
        if self._at_least(where.sql, where.params):
            return where, f" INDEXED BY {_SORT_INDEXES[sort]}"
        return where, ""

    def _at_least(self, where: str, params: tuple[Any, ...]) -> bool:
        """Whether `where` matches BROAD records or more (stops counting there)."""
        sql = f"SELECT count(*) FROM (SELECT 1 FROM backlog_records WHERE {where} LIMIT {BROAD})"
        return int(self._conn.execute(sql, params).fetchone()[0]) >= BROAD

    def ids(
        self, criteria: Criteria, *, sort: str = "call_date", descending: bool = True
    ) -> list[int]:
        where = Where.of(criteria)
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT id FROM backlog_records WHERE {where.sql} "
            f"ORDER BY {SORTS[sort]} {direction}, id {direction}"
        )
        return [int(r[0]) for r in self._conn.execute(sql, where.params)]

    def count(self, criteria: Criteria) -> int:
        where = Where.of(criteria)
        sql = f"SELECT count(*) FROM backlog_records WHERE {where.sql}"
        return int(self._conn.execute(sql, where.params).fetchone()[0])

    def by_ids(self, ids: list[int]) -> list[BacklogRecord]:
        """In the order given; ids no longer present are left out."""
        found: dict[int, BacklogRecord] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            for row in self._conn.execute(f"{_SELECT} WHERE r.id IN ({marks})", part):
                record = _record(row)
                found[record.id] = record
        return [found[i] for i in ids if i in found]

    def get(self, record_id: int) -> BacklogRecord | None:
        row = self._conn.execute(f"{_SELECT} WHERE r.id = ?", (record_id,)).fetchone()
        return _record(row) if row else None

    def distinct(self, column: str) -> list[str]:
        """Values of a low-cardinality column (reason, carrier) for the search form. Walks the
        index one distinct key at a time instead of reading the table."""
        if column not in ("reason", "carrier", "status"):
            raise ValueError(column)
        rows = self._conn.execute(f"SELECT DISTINCT {column} FROM backlog_records ORDER BY 1")
        return [str(r[0]) for r in rows if r[0]]


def _record(row: tuple[Any, ...]) -> BacklogRecord:
    values = list(row)
    values[5] = bool(values[5])
    return BacklogRecord(*values)


def page_key(record: BacklogRecord, sort: str) -> PageKey:
    return PageKey(getattr(record, SORTS[sort]), record.id)
