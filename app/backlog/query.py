"""Searching the backlog: filters → SQL that the indexes of migration 6 answer, keyset pages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from app.backlog import tally
from app.backlog.catalog import ReasonCatalog
from app.backlog.model import (
    KINDS,
    RECORD_COLUMNS,
    STATUSES,
    BacklogRecord,
    Criteria,
    status_from_text,
)
from app.backlog.spellings import glob_escape, indexed_by, spellings, stored_spellings
from app.errors import UserError
from app.i18n import Msg
from app.store import db
from app.store.migrations.m019_backlog_narrow import RELEASED_TERM
from app.store.migrations.m020_backlog_days import SERVICE_PREFIX
from app.store.migrations.m026_backlog_call_dates import CALL_DATES_INDEX
from app.store.migrations.m027_backlog_status_order import DECIDED_TERM, STATUS_INDEX
from app.store.migrations.m028_backlog_quarantine_order import QUARANTINE_ORDER_INDEXES
from app.timefmt import read_day

#: the sort keys offered; each is backed by (filter…, call_date) indexes or its own index
SORTS = {
    "call_date": "call_date",
    "quarantine_id": "quarantine_id",
    "service_id": "service_id",
}
#: a page of rows, and the window's first: the rows of a full-height window and more (48 ×
#: ~26 px fills 1,080 px; Qt asks for the next page when a taller view is not yet full).
#: From a cold disk cache (the kit's pages reclaimed while it sat idle) a page costs about a
#: disk read a record, ~0.1-0.2 ms each: 200 rows made the Backlog's first page of a search
#: 60-140 ms cold, 48 keep every guide filter under 40 ms (issue 18, point 3)
PAGE = 48
#: the window counts a search's matches up to this, then says "over 10,000"
COUNT_CAP = 10_000
#: matches above which a first page walks the sort index instead of sorting the matches:
#: sorting costs ~12 µs a match (reading its row), walking ~3 µs a row passed over
BROAD = 5000
# sorted by another column than the call date (Quarantine ID, service identifier), a search
# matching M of N records finds its first page by one of three ways: reading its M records
# and sorting them (~12 µs a match: below FEW); walking the sort index and reading the
# record of every entry passed over (PAGE × N / M records: above MEMBERS); or, between the
# two, collecting the M ids from the filters' indexes (~1 µs each, no record read) and
# walking the sort index's entries alone, keeping those among them (PAGE × N / M entries at
# well under 1 µs each; 10-20× faster than reading the records for 5,000-50,000 matches).
# Counted in pages (what a cold disk cache pays for), sorting reads M records anywhere in
# the table, a page each, walking PAGE × N / M entries in order, ~120 a page (measured):
# equal at M = sqrt(PAGE × N / 120) ≈ 630 of a million records (the 911 service
# identifiers starting 4670123: ~1,040 pages sorted, ~430 walked, 70 and 30 ms cold)
FEW = 630
MEMBERS = 50_000
# _plan's answers for a search in a sort of its own index: few matches, or some
_SORT_MATCHES = " (sort the matches)"
_SORT_MEMBERS = " (walk the sort index, keeping the matches)"
_SORT_INDEXES = {
    "call_date": CALL_DATES_INDEX,
    "quarantine_id": "sqlite_autoindex_backlog_records_1",
    "service_id": "backlog_service_pages",
}
#: search fields with an index (column, call_date, status) that gives their matches in
#: call-date order (migration 17); text is an OR of several, which SQLite plans itself
# (migration 19: the tariff key's and the batch number's are (column, call_date): a value
# matches a few thousand records at most, whose status is read from the records)
_EQUAL_FIELDS = frozenset(
    {
        "reason",
        "unknown_reason",
        "kind",
        "carrier",
        "carrier_file_type",
        "tariff_key",
        "batch",
        "quarantine_id",
        "text",
    }
)
# the search fields whose index holds no status (migration 19: (column, call_date)): with a
# status, each match's status is read from its record (a batch number matches a few
# hundred records; a tariff key a few thousand, but its records of any status other than
# "quarantined" are in an index by status of their own, migration 27: `_decided_tariff`)
_NO_STATUS = frozenset({"tariff_key", "batch"})
# range filters the call-date order's index holds (migration 26): walking it checks them
# without reading a record
_IN_CALL_DATES = frozenset({"service_id"})
#: prefix and date-range filters: their fields, and their (column, call_date, status) index
_RANGE_FIELDS = {
    "service_id": frozenset({"service_id"}),
    "batch_file": frozenset({"batch_file"}),
    "date_updated": frozenset({"updated_from", "updated_to"}),
    "date_released": frozenset({"released_from", "released_to"}),
}
_RANGE_INDEXES = {
    "service_id": "backlog_service_pages",
    "batch_file": "backlog_batch_file_pages",
    "date_updated": "backlog_updated_pages",
    "date_released": "backlog_released_dates",
}
#: reading a match's record costs about this many index entries read in order: ~30 in time
#: from the system's cache, ~120 from a cold one (a record is a page read from the disk,
#: 120 entries a page); between the two, so that neither way goes far wrong (at 30 a page
#: of 48 by call date walked a day's 20,000 updated records' call-date order, reading
#: ~5,000 pages: 0.6 s cold)
_RECORD_COST = 100
#: a range is counted (to choose) up to 1/_PROBE of `_scan_limit`: counting and reading
#: it then cost no more than reading the widest range worth reading would
_PROBE = 3


def _rare(rows: int, limit: int) -> int:
    """A status with fewer records is read through its own index and sorted for a page by
    call date: reading its M records costs M × _RECORD_COST, walking the (call_date, status)
    index limit × rows / M entries (equal at ~700 of a million records, for 48)."""
    return max(1, int((limit * rows / _RECORD_COST) ** 0.5))


def _scan_limit(rows: int, limit: int, *, covered: bool = False) -> int:
    """The widest range whose index entries are read and sorted for a first page (of
    `limit` rows) sorted by call date; a wider one walks the call-date order, reading a
    record per row passed over. Reading R entries costs R; walking costs limit × rows / R
    records: equal at R = sqrt(limit × rows × _RECORD_COST) (~69,000 at a million records
    for a page of 48). `covered`: the call-date index holds the range's column (the walk
    reads index entries, no record): equal at R = sqrt(limit × rows) (~6,900)."""
    return int((limit * rows * (1 if covered else _RECORD_COST)) ** 0.5)


def _decided_tariff(criteria: Criteria) -> bool:
    """A tariff key with a status other than "quarantined": its matches lie together, in
    call-date order, in the index of the decided records' tariff keys (migration 27)."""
    status = status_from_text(criteria.status) if criteria.status else None
    return bool(criteria.tariff_key.strip()) and status not in (None, "quarantined")


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
# the records without their decision's note, time and actor (empty): a table's rows
_SELECT_SHOWN = (
    "SELECT "
    + ", ".join(f"r.{c}" for c in RECORD_COLUMNS if c not in _DERIVED)
    + ", '', NULL, NULL FROM backlog_records r"
)


def _local_bound(text: str, *, end: bool, column: str) -> str:
    """--from/--to: a day means the whole day; a date-time is taken as written (local).
    Read as incident times are (timefmt.read_day): 2026-11-20, 20.11.2026 as the Polish
    window shows dates, yesterday; a refusal names the forms."""
    found = read_day(text, what=_date_what(column))
    if isinstance(found, datetime):
        return found.isoformat()
    return (found + timedelta(days=1) if end else found).isoformat() + "T00:00:00"


def _whole_day(text: str, column: str) -> bool:
    """Whether a bound is a day (not a date-time): a day's end bound is the next midnight."""
    return not isinstance(read_day(text, what=_date_what(column)), datetime)


def _date_what(column: str) -> str:
    """The date a bound is of, for a refusal ("Call date 'soon' is not a date …")."""
    return {
        "call_date": Msg.tr("call date"),
        "date_updated": Msg.tr("date updated"),
        "date_released": Msg.tr("date released"),
    }[column]


#: equality filters whose values repeat a lot (tens to hundreds of distinct values):
#: matched whatever the case through the values actually stored (see `spellings`)
_FEW_VALUES = {
    "carrier": "carrier",
    "carrier_file_type": "carrier_file_type",
    "tariff_key": "tariff_key",
}
#: range filters on the guide's dates: (column, from field, to field)
_DATE_RANGES = (
    ("call_date", "date_from", "date_to"),
    ("date_updated", "updated_from", "updated_to"),
    ("date_released", "released_from", "released_to"),
)


# the day counters' fields (migration 20): the date range each counts, by its search fields
_DAY_FIELDS = {
    frozenset({"date_from", "date_to"}): ("call", "date_from", "date_to"),
    frozenset({"updated_from", "updated_to"}): ("updated", "updated_from", "updated_to"),
    frozenset({"released_from", "released_to"}): ("released", "released_from", "released_to"),
}


# the day counters' fields' dates
_DAY_COLUMNS = {"call": "call_date", "updated": "date_updated", "released": "date_released"}


@dataclass(frozen=True)
class Where:
    sql: str
    params: tuple[Any, ...]

    @classmethod
    def of(
        cls,
        criteria: Criteria,
        *,
        conn: db.Connection,
        broad: frozenset[str] = frozenset(),
    ) -> Where:
        """`broad`: columns (status, a prefix or a date column) that match so many records
        that walking the sort index and filtering beats reading every match and sorting:
        their term is written `+column`, which keeps SQLite from choosing their index. A
        tariff key with a status other than "quarantined" says so in the terms of its
        decided records' index (migration 27), status included. Text filters match
        whatever the case."""
        parts: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            parts.append(sql)
            params.extend(values)

        def one_of(term: str, values: list[str]) -> None:
            if not values:
                add("0")
            elif len(values) == 1:
                add(f"{term} = ?", values[0])
            else:
                add(f"{term} IN ({', '.join('?' * len(values))})", *values)

        if criteria.status:
            status = status_from_text(criteria.status)
            if status is None:
                raise UserError(
                    Msg.tr("{status} is not a status; use one of {statuses}.").format(
                        status=repr(criteria.status), statuses=", ".join(STATUSES)
                    )
                )
            if _decided_tariff(criteria):
                add(f"status = ? AND {DECIDED_TERM}", status)
            else:
                add("+status = ?" if "status" in broad else "status = ?", status)
        if criteria.kind:
            kind = criteria.kind.strip().lower()
            if kind not in KINDS:
                raise UserError(
                    Msg.tr("{kind} is not a kind; use one of {kinds}.").format(
                        kind=repr(criteria.kind), kinds=", ".join(KINDS)
                    )
                )
            add("+kind = ?" if "kind" in broad else "kind = ?", kind)
        if criteria.reason.strip():
            # the guide's reasons are stored in its spelling; any other as billing wrote it
            name, known = ReasonCatalog.shipped().canonical(criteria.reason)
            one_of("reason", [name] if known else spellings(conn, "reason", name))
        if criteria.unknown_reason:
            add("reason_known = 0")
        for field, column in _FEW_VALUES.items():
            value = str(getattr(criteria, field))
            if value.strip():
                one_of(column, spellings(conn, column, value))
        # thousands of batch numbers, a million IDs: too many to list, so their spellings
        # found along the index
        if criteria.batch.strip():
            one_of("batch_number", stored_spellings(conn, "batch_number", criteria.batch))
        if criteria.quarantine_id.strip():
            one_of("quarantine_id", stored_spellings(conn, "quarantine_id", criteria.quarantine_id))
        # GLOB, not LIKE: LIKE cannot use the index (FACTS.md); the case comes from the
        # spellings stored
        for column, value in (
            ("service_id", criteria.service_id),
            ("batch_file", criteria.batch_file),
        ):
            if value.strip():
                term = f"+{column}" if column in broad else column
                globs = _stored_prefixes(conn, column, value)
                add("(" + " OR ".join(f"{term} GLOB ?" for _ in globs) + ")", *globs)
        for column, first, last in _DATE_RANGES:
            _date_range(add, column, getattr(criteria, first), getattr(criteria, last), broad)
        if criteria.text.strip():
            terms = text_terms(conn, criteria.text)
            ors = " OR ".join(t.sql for t in terms)
            add(f"({ors})", *(v for t in terms for v in t.params))
        return cls(" AND ".join(parts) or "1", tuple(params))


def text_terms(conn: db.Connection, text: str) -> list[Where]:
    """Free text: a Quarantine ID, or the start of a service identifier or batch file name,
    or a batch number (whatever the case): one term a column (each has its own index),
    for the spellings some record holds."""
    terms: list[Where] = []
    for column in ("quarantine_id", "batch_number"):
        found = stored_spellings(conn, column, text)
        if found:
            terms.append(Where(f"{column} IN ({', '.join('?' * len(found))})", tuple(found)))
    for column in ("service_id", "batch_file"):
        starts = stored_spellings(conn, column, text, prefix=True)
        terms += [Where(f"{column} GLOB ?", (glob_escape(p) + "*",)) for p in starts]
    return terms or [Where("0", ())]


def _stored_prefixes(conn: db.Connection, column: str, term: str) -> list[str]:
    """GLOB prefixes of the spellings of `term` some record starts with (usually one: a
    single range then checks the status in the (column, status) index, where an OR of
    ranges would read every matching record to check it); the term as typed when none."""
    starts = stored_spellings(conn, column, term, prefix=True) or [term.strip()]
    return [glob_escape(p) + "*" for p in starts]


def _date_range(add: Any, column: str, first: str, last: str, broad: frozenset[str]) -> None:
    """A date means the whole day; a date-time is taken as written (local). A record
    without the date never matches a range."""
    term = f"+{column}" if column in broad else column
    if column == "date_released" and (first.strip() or last.strip()):
        add(RELEASED_TERM)  # implied by the range; lets SQLite use the partial index
    if first.strip():
        add(f"{term} >= ?", _local_bound(first, end=False, column=column))
    elif last.strip() and column != "call_date":
        add(f"{term} >= ?", "0")  # not the empty date
    if last.strip():
        end = _local_bound(last, end=True, column=column)
        add(f"{term} < ?" if _whole_day(last, column) else f"{term} <= ?", end)


@dataclass(frozen=True)
class PageKey:
    """Where the last page ended: the sort value and id of its last row."""

    value: Any
    id: int


class BacklogQuery:
    """`decisions=False`: pages (and `by_ids`) leave the note, time and actor of each
    record's decision empty - a table showing none of them reads a decision lookup less a
    record; `get` always reads the record whole."""

    def __init__(self, *, conn: db.Connection, decisions: bool = True) -> None:
        self._conn = conn
        self._select = _SELECT if decisions else _SELECT_SHOWN
        self._decisions = decisions
        # the last counts made, for choosing a plan only (a stale one picks a slower way to
        # the same rows): the window counts a search, then asks for its first page
        self._counted: dict[tuple[Criteria, int | None], int] = {}

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
            raise UserError(
                Msg.tr("Cannot sort by {sort}; use one of {sorts}.").format(
                    sort=repr(sort), sorts=", ".join(SORTS)
                )
            )
        if criteria.text.strip() and column == "call_date":
            return self.by_ids(self._text_page(criteria, descending, after, limit))
        where, indexed = self._plan(criteria, sort, limit)
        if indexed == _SORT_MEMBERS:
            # the matches' ids from the filters' indexes, then the sort index's entries
            # walked in order, keeping those ids: no record read but the page's
            where = Where(f"id IN (SELECT id FROM backlog_records WHERE {where.sql})", where.params)
            indexed = indexed_by(self._conn, _SORT_INDEXES[sort])
        elif indexed == _SORT_MATCHES:
            # few matches: found in their filter's index (which holds the status), then only
            # their records read and sorted; SQLite would otherwise walk the whole sort index
            # to find them (`+` keeps it off it), or read every record of the filter's value
            # to check the status there
            column = f"+{column}"
            where = Where(f"id IN (SELECT id FROM backlog_records WHERE {where.sql})", where.params)
            indexed = ""
        # no filter and no decisions wanted (the window's table: what the Backlog section
        # first shows): the page's rows in one statement, read along the sort's index
        whole = where.sql == "1" and not indexed and not self._decisions
        sql = f"{_SELECT_SHOWN if whole else 'SELECT id FROM backlog_records' + indexed}"
        sql += f" WHERE {where.sql}"
        params = list(where.params)
        direction = "DESC" if descending else "ASC"
        if after is not None:
            op = "<" if descending else ">"
            sql += f" AND ({column}, id) {op} (?, ?)"
            params += [after.value, after.id]
        sql += f" ORDER BY {column} {direction}, id {direction} LIMIT ?"
        params.append(int(limit))
        if whole:
            return [_record(row) for row in self._conn.execute(sql, params)]
        # ids first, then the rows: the decision columns are looked up for this page only
        return self.by_ids([int(r[0]) for r in self._conn.execute(sql, params)])

    def _text_page(
        self, criteria: Criteria, descending: bool, after: PageKey | None, limit: int
    ) -> list[int]:
        """Free text by call date: each column's matches from its own index (with the
        call date and status there: no record read for a service or batch-file prefix),
        merged. An OR of the four read every match's record to sort it (0.1-0.2 s for
        the 10,000 service identifiers starting 467012 at a million records)."""
        union = self._text_union(criteria)
        params = list(union.params)
        sql = f"SELECT id FROM ({union.sql})"
        direction = "DESC" if descending else "ASC"
        if after is not None:
            sql += f" WHERE (k, id) {'<' if descending else '>'} (?, ?)"
            params += [after.value, after.id]
        sql += f" ORDER BY k {direction}, id {direction} LIMIT ?"
        return [int(r[0]) for r in self._conn.execute(sql, (*params, int(limit)))]

    def _text_union(self, criteria: Criteria, key: str = ", call_date AS k") -> Where:
        """(id, call date as k) of the matches of a search with free text: one SELECT a
        column the text is looked for in, with the search's other filters."""
        status = status_from_text(criteria.status) if criteria.status else None
        broad = frozenset({"status"} if status is not None else ())
        rest = Where.of(replace(criteria, text=""), conn=self._conn, broad=broad)
        terms = text_terms(self._conn, criteria.text)
        union = " UNION ".join(
            f"SELECT id{key} FROM backlog_records WHERE {rest.sql} AND {t.sql}" for t in terms
        )
        return Where(union, tuple(v for t in terms for v in (*rest.params, *t.params)))

    def _plan(self, criteria: Criteria, sort: str, limit: int) -> tuple[Where, str]:
        """The WHERE clause, and an INDEXED BY when SQLite's own choice reads too much.

        A rare status (fewer than BROAD records, or `_rare` sorted by call date) reads its
        records through its index and sorts them.
        Sorted by call date (migrations 17 and 19: every filter's index is (column,
        call_date[, status])): an equality filter walks its index in call-date order,
        checking the status there (or in the record, for the narrow tariff key and batch
        number), as SQLite does by itself; a status or call-date range alone walks the
        (call_date, status) index; a prefix or date range reads its range from its index and
        keeps the first page, unless the range is wider than `_scan_limit`: then walking the
        call-date order is shorter (the range's records are then dense there); a tariff key
        with a status other than "quarantined" reads its decided records' index (migration
        27). Sorted by another column: see FEW and MEMBERS, and `_status_order_plan` for a
        status holding under half the records sorted by Quarantine ID; sorted by Quarantine
        ID, a reason or a tariff key alone, or with a status most records hold, walks its own
        (column, quarantine_id) index (migration 28)."""
        plain = Where.of(criteria, conn=self._conn)
        if plain.sql == "1":
            return plain, ""
        status = status_from_text(criteria.status) if criteria.status else None
        # sorted by call date, every index holds the status: only a status rarer than
        # reading its records costs (_rare) is read through its own index
        rare = _rare(self._top_id(), limit) if sort == "call_date" else BROAD
        if status is not None and not self._at_least(Criteria(status=status), rare):
            return plain, indexed_by(self._conn, STATUS_INDEX)
        # a broad status never picks its index (it would read every match to check the rest;
        # SQLite does, on a store without ANALYZE's figures): it is checked in the others
        broad = frozenset({"status"} if status is not None else ())
        where = Where.of(criteria, conn=self._conn, broad=broad)
        # read from a filter's index, the status checked there, but for `_NO_STATUS`
        fields = set(criteria.as_dict()) - {"status"}
        narrow = (
            status is not None
            and bool(fields)
            and fields <= _NO_STATUS
            and not _decided_tariff(criteria)
        )
        if sort == "call_date":
            return self._call_date_plan(criteria, where, limit)
        if sort == "quarantine_id" and status is not None and self._minority(status):
            return self._status_order_plan(criteria, status, where, narrow=narrow)
        if sort == "quarantine_id" and len(fields) == 1:
            # a reason or a tariff key alone (or with a status most records hold): its
            # entries of its (column, quarantine_id) index, in order (migration 28)
            own = QUARANTINE_ORDER_INDEXES.get(next(iter(fields)))
            if own is not None:
                return where, indexed_by(self._conn, own)
        if self._sort_members(criteria):
            if narrow:  # the ids of the filter's records; the status read for those kept
                rest = Where.of(replace(criteria, status=""), conn=self._conn)
                kept = f"id IN (SELECT id FROM backlog_records WHERE {rest.sql}) AND +status = ?"
                index = indexed_by(self._conn, _SORT_INDEXES[sort])
                return Where(kept, (*rest.params, status)), index
            # a status alone is collected from its own index, anything else from the others
            alone = set(criteria.as_dict()) == {"status"}
            return plain if alone else where, _SORT_MEMBERS
        if self._at_least(criteria, FEW):
            return where, indexed_by(self._conn, _SORT_INDEXES[sort])
        return where, _SORT_MATCHES

    def _minority(self, status: str) -> bool:
        """Whether `status` holds under half the records: an entry of the status index,
        (status, quarantine_id), is ~1.5 times one of the Quarantine ID's own (the status's
        name is in each), so walking a status's entries passes over fewer pages than
        walking every record's only then (at a million records "pending" and "write-off"
        hold ~11 % each; "quarantined", 78 %, walks the Quarantine ID's index)."""
        return not self._at_least(Criteria(status=status), self._top_id() // 2)

    def _status_order_plan(
        self, criteria: Criteria, status: str, where: Where, *, narrow: bool
    ) -> tuple[Where, str]:
        """Sorted by Quarantine ID with a status: the status's entries of its index,
        (status, quarantine_id) (migration 27), walked in order, where the Quarantine ID's
        own index passed over every other status's too (PAGE × S / M entries before the
        first page's last match instead of PAGE × N / M, S the status's records, N all).
        As with the Quarantine ID's index (see FEW and MEMBERS): a status alone is read
        along it; few matches are sorted; some are collected from the filters' indexes
        and kept as the walk meets them (`narrow`: the filter's matches of any status,
        whose status the walk checks in its index); many are read record by record."""
        index = indexed_by(self._conn, STATUS_INDEX)
        if set(criteria.as_dict()) == {"status"}:
            return Where("status = ?", (status,)), index
        if self._sort_members(criteria):
            source = Where.of(replace(criteria, status=""), conn=self._conn) if narrow else where
            kept = f"status = ? AND id IN (SELECT id FROM backlog_records WHERE {source.sql})"
            return Where(kept, (status, *source.params)), index
        if self._at_least(criteria, FEW):
            return Where(f"status = ? AND {where.sql}", (status, *where.params)), index
        return where, _SORT_MATCHES

    def _call_date_plan(self, criteria: Criteria, plain: Where, page: int) -> tuple[Where, str]:
        """`plain`: the search with its status (if any) kept off the status index."""
        fields = set(criteria.as_dict()) - {"status"}
        if fields & _EQUAL_FIELDS:
            return plain, ""  # its (column, call_date, status) index, in call-date order
        ranges = [(c, f) for c, f in _RANGE_FIELDS.items() if fields & f]
        if not ranges:  # a status, call dates, or neither
            return plain, indexed_by(self._conn, CALL_DATES_INDEX)
        # counting a range costs what reading it does: count a third of the way only, or
        # the whole way when the walk reads index entries too (a range just wider than the
        # limit then costs as much to walk as to read; a short service prefix, up to one in
        # ten records, is counted by the day counters, not here)
        covered = all(column in _IN_CALL_DATES for column, _ in ranges)
        limit = _scan_limit(self._top_id(), page, covered=covered) // (1 if covered else _PROBE)
        widths = []
        for column, names in ranges:
            alone = Criteria(**{f: getattr(criteria, f) for f in names})
            where = Where.of(alone, conn=self._conn)
            index = indexed_by(self._conn, _RANGE_INDEXES[column])
            counted = self._day_count(alone)  # the day counters, when they can say
            if counted is None:
                sql = (
                    f"SELECT count(*) FROM (SELECT 1 FROM backlog_records{index} "
                    f"WHERE {where.sql} LIMIT ?)"
                )
                counted = int(self._conn.execute(sql, (*where.params, limit + 1)).fetchone()[0])
            found = min(counted, limit + 1)
            widths.append((found, column, index))
        found, column, index = min(widths)
        if found <= limit:
            return plain, index
        broad = frozenset({"status", *(column for column, _ in ranges)})
        where = Where.of(criteria, conn=self._conn, broad=broad)
        return where, indexed_by(self._conn, CALL_DATES_INDEX)

    def _sort_members(self, criteria: Criteria) -> bool:
        """Whether at least FEW records match, and collecting their ids reads no more than
        MEMBERS index entries: the filters' matches without the status, where the status is
        checked (a status alone: its matches, from its own index). Counted from the tally
        when it can say, else from the window's count (up to COUNT_CAP) and then the filters
        without the status up to MEMBERS."""
        fields = set(criteria.as_dict())
        if fields == {"status"}:
            return FEW <= self.count(criteria, cap=MEMBERS) <= MEMBERS
        if not self._at_least(criteria, FEW):
            return False
        rest = replace(criteria, status="") if "status" in fields else criteria
        return self.count(rest, cap=MEMBERS) <= MEMBERS

    def _top_id(self) -> int:
        row = self._conn.execute("SELECT coalesce(max(id), 1) FROM backlog_records").fetchone()
        return int(row[0])

    def _at_least(self, criteria: Criteria, count: int = BROAD) -> bool:
        """Whether `criteria` match `count` records or more (from the tally when it can say,
        else counting stops there, or the window's count just made says)."""
        known = self._counted.get((criteria, COUNT_CAP))
        if known is not None and count <= COUNT_CAP:
            return known >= count
        return self.count(criteria, cap=count - 1) >= count

    def ids(
        self, criteria: Criteria, *, sort: str = "call_date", descending: bool = True
    ) -> list[int]:
        where = Where.of(criteria, conn=self._conn)
        direction = "DESC" if descending else "ASC"
        sql = (
            f"SELECT id FROM backlog_records WHERE {where.sql} "
            f"ORDER BY {SORTS[sort]} {direction}, id {direction}"
        )
        return [int(r[0]) for r in self._conn.execute(sql, where.params)]

    def count(self, criteria: Criteria, *, cap: int | None = None) -> int:
        """The matches; with `cap`, counting stops above it (cap + 1 means "more than cap"):
        the window shows "over 10,000" rather than reading 600,000 rows a keystroke. Status,
        kind, reason, carrier and file type (any mix) are summed from the tally."""
        found = self._count(criteria, cap)
        if len(self._counted) >= 16:
            self._counted.clear()
        self._counted[(criteria, cap)] = found
        return found

    def _count(self, criteria: Criteria, cap: int | None) -> int:
        if tally.answers(criteria) and tally.live(self._conn):
            where = Where.of(criteria, conn=self._conn)
            if cap is not None:  # the tally's rows read until the cap is passed
                sql = f"SELECT n FROM backlog_tally WHERE {where.sql}"
                return _capped_sum(self._conn.execute(sql, where.params), int(cap))
            sql = f"SELECT coalesce(sum(n), 0) FROM backlog_tally WHERE {where.sql}"
            return int(self._conn.execute(sql, where.params).fetchone()[0])
        counted = self._day_count(criteria)
        if counted is None:
            counted = self._key_count(criteria)
        if counted is not None:
            return counted if cap is None else min(counted, int(cap) + 1)
        if criteria.text.strip() and len(criteria.as_dict()) > 1:
            # with other filters: each column's matches from its index (which holds the
            # status and call date), merged; text alone is counted in the indexes as it is
            union = self._text_union(criteria, key="")
            limited = "" if cap is None else f" LIMIT {int(cap) + 1}"
            sql = f"SELECT count(*) FROM ({union.sql}{limited})"
            return int(self._conn.execute(sql, union.params).fetchone()[0])
        status = status_from_text(criteria.status) if criteria.status else None
        # (a status alone is counted in its own index: the tally is not live mid-import)
        broad = (
            status is not None
            and set(criteria.as_dict()) != {"status"}
            and self._at_least(Criteria(status=status))
        )
        # a common status with another filter: that filter's index finds the matches and
        # their rows are checked, where the status index would read every record of it
        where = Where.of(criteria, conn=self._conn, broad=frozenset({"status"} if broad else ()))
        table = "backlog_records"
        if set(criteria.as_dict()) <= {"status", "date_from", "date_to"}:
            # call dates alone (and a status): SQLite would skip-scan a (carrier, call_date)
            # index and read every row in the range to check the status
            table += indexed_by(self._conn, CALL_DATES_INDEX)
        sql = f"SELECT count(*) FROM {table} WHERE {where.sql}"
        params: tuple[Any, ...] = where.params
        if cap is not None:
            sql = f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {where.sql} LIMIT ?)"
            params = (*params, int(cap) + 1)
        return int(self._conn.execute(sql, params).fetchone()[0])

    def _key_count(self, criteria: Criteria) -> int | None:
        """The exact count of a tariff key or a batch number, alone or with a status, from
        their counters (migration 23; their indexes hold no status, so the records of every
        match were read to check it); None when they cannot say."""
        fields = set(criteria.as_dict()) - {"status"}
        if fields == {"tariff_key"}:
            field, values = "tariff", spellings(self._conn, "tariff_key", criteria.tariff_key)
        elif fields == {"batch"}:
            field, values = "batch", stored_spellings(self._conn, "batch_number", criteria.batch)
        else:
            return None
        status = status_from_text(criteria.status) if criteria.status else None
        if (criteria.status and status is None) or not tally.keys_live(self._conn):
            return None
        sql = "SELECT coalesce(sum(n), 0) FROM backlog_key_tally WHERE field = ?"
        sql += f" AND value IN ({', '.join('?' * len(values))})"
        params: list[Any] = [field, *values]
        if status is not None:
            sql += " AND status = ?"
            params.append(status)
        return int(self._conn.execute(sql, params).fetchone()[0]) if values else 0

    def _day_count(self, criteria: Criteria) -> int | None:
        """The exact count from the day counters (migration 20) of one date range of whole
        days, or one service prefix up to SERVICE_PREFIX characters, alone or with a status;
        None when they cannot say (other fields, a date-time bound, a longer prefix, a bulk
        load under way)."""
        fields = set(criteria.as_dict()) - {"status"}
        status = status_from_text(criteria.status) if criteria.status else None
        if not fields or (criteria.status and status is None):
            return None
        parts, params = ["field = ?"], []
        if fields == {"service_id"}:
            if len(criteria.service_id.strip()) > SERVICE_PREFIX:
                return None
            globs = _stored_prefixes(self._conn, "service_id", criteria.service_id)
            params.append("service")
            parts.append("(" + " OR ".join("day GLOB ?" for _ in globs) + ")")
            params.extend(globs)
        else:
            found = next((v for k, v in _DAY_FIELDS.items() if fields <= k), None)
            if found is None:
                return None
            field, first, last = found
            column = _DAY_COLUMNS[field]
            lower, upper = getattr(criteria, first).strip(), getattr(criteria, last).strip()
            if not (lower or upper) or not all(_whole_day(b, column) for b in (lower, upper) if b):
                return None  # a date-time bound (not a whole day), or blanks: no range
            params.append(field)
            if lower:
                parts.append("day >= ?")
                params.append(_local_bound(lower, end=False, column=column))
            elif field != "call":
                parts.append("day >= '0'")  # not the empty date
            if upper:
                parts.append("day < ?")
                params.append(_local_bound(upper, end=True, column=column))
        if status is not None:
            parts.append("status = ?")
            params.append(status)
        if not tally.days_live(self._conn):
            return None
        sql = f"SELECT coalesce(sum(n), 0) FROM backlog_day_tally WHERE {' AND '.join(parts)}"
        return int(self._conn.execute(sql, params).fetchone()[0])

    def by_ids(self, ids: list[int]) -> list[BacklogRecord]:
        """In the order given; ids no longer present are left out."""
        found: dict[int, BacklogRecord] = {}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            for row in self._conn.execute(f"{self._select} WHERE r.id IN ({marks})", part):
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
        if tally.live(self._conn):  # a few thousand rows, not a million index entries
            rows = self._conn.execute(
                f"SELECT DISTINCT {column} FROM backlog_tally WHERE n > 0 ORDER BY 1"
            )
        else:  # one seek per distinct value along the column's index
            rows = self._conn.execute(
                f"WITH RECURSIVE d(v) AS (SELECT min({column}) FROM backlog_records "
                f"UNION ALL SELECT (SELECT min({column}) FROM backlog_records "
                f"WHERE {column} > d.v) FROM d WHERE d.v IS NOT NULL) "
                "SELECT v FROM d WHERE v IS NOT NULL"
            )
        return [str(r[0]) for r in rows if r[0]]


def _capped_sum(rows: Any, cap: int) -> int:
    """The sum of `rows`' numbers, read until it passes `cap` (cap + 1 then): a window's
    "over 10,000" of a broad search reads one of the tally's pages, not its ~60 (each
    decrypted: ~10 M instructions, a tenth of the Backlog section's first paint)."""
    found = 0
    try:
        for (n,) in rows:
            found += int(n)
            if found > cap:
                return cap + 1
        return found
    finally:
        rows.close()


_REASON_KNOWN = RECORD_COLUMNS.index("reason_known")


def _record(row: tuple[Any, ...]) -> BacklogRecord:
    """The record `BacklogRecord(*row)` makes (reason_known a bool), its fields set at once:
    a frozen dataclass's __init__ sets each of its 21 fields through object.__setattr__,
    half the cost of making a table page's records (tests/backlog/test_pages.py checks the
    two are equal)."""
    record: BacklogRecord = object.__new__(BacklogRecord)
    fields = record.__dict__
    fields.update(zip(RECORD_COLUMNS, row, strict=True))
    fields["reason_known"] = bool(row[_REASON_KNOWN])
    return record


def page_key(record: BacklogRecord, sort: str) -> PageKey:
    return PageKey(getattr(record, SORTS[sort]), record.id)
