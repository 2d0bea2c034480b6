"""Import a quarantine export: streamed, all-or-nothing, re-import updates by Quarantine ID."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any, Protocol

from app.audit import AuditLog
from app.backlog import staging, tally
from app.backlog.catalog import ReasonCatalog
from app.backlog.model import KINDS, status_from_text
from app.backlog.query import latest_decision
from app.backlog.quickrows import RECORD, QuickRows
from app.backlog.sources import FIELD_LABELS, ColumnMap, CsvSource, RowSource, open_source
from app.backlog.staging import ImportLock
from app.backlog.values import (
    AmbiguousAmount,
    AmountReader,
    ValueProblem,
    parse_currency,
    parse_duration,
    parse_when,
)
from app.errors import UserError
from app.i18n import Msg
from app.localfmt import count_text
from app.store import db
from app.store.migrations.m028_backlog_quarantine_order import BACKLOG_INDEXES
from app.timefmt import iso, now

log = logging.getLogger(__name__)
CHUNK = 5000
MAX_PROBLEMS = 1000
# rows whose amount waits for the file to show its decimal mark ("1,234"): past this many
# (held in memory) the mark the separator implies decides, or they are refused
PENDING_MOST = 20_000
#: above this many estimated rows (and at least half the table), dropping the secondary
#: indexes and building them again after the load is ~3× faster than updating them per row
BULK_ROWS = 100_000
#: above this many estimated rows the import loads into a staging file and merges in short
#: transactions, so a notice queued or sent meanwhile never waits on it
STAGED_ROWS = 50_000
_CSV_BYTES_PER_ROW = 150
#: every index but the Quarantine ID's: dropped for a bulk load and built after it
SECONDARY_INDEXES = BACKLOG_INDEXES
BULK_CACHE_KIB = 262144
_TEXT_FIELDS = RECORD[5:11]
_DATE_FIELDS = RECORD[11:14]
# columns of every record; the others are the fields of the file's columns
_ALWAYS = ("quarantine_id", "kind", "status", "reason", "reason_known", "imported_at")
_FIELDS = {"amount_minor": "amount"}
#: billing's word wins over a local decision only when billing has finished with the record
_FINAL_STATUSES = ("completed", "withdrawn")


class CancelCheck(Protocol):
    @property
    def cancelled(self) -> bool: ...


class ImportCancelled(UserError):
    kind = "cancelled"

    def __init__(self) -> None:
        super().__init__("The import was cancelled; the backlog is as it was before.")


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    reason: str

    def text(self) -> str:
        return Msg.tr("line {line}, {column}: {reason}").format(
            line=self.line, column=self.column, reason=self.reason
        )


@dataclass
class ImportResult:
    source: str
    kind: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    # rows rejected because an earlier row of the file has their Quarantine ID
    repeated: int = 0
    # records stored with an empty reason cell: not a reason of the guide either
    no_reason: int = 0
    unknown_reasons: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        if not self.rows:  # a header row alone ("0 rows read" read as a silent failure)
            return Msg.tr(
                "{source} holds no records: there is nothing under its header row, so nothing "
                "was imported and the backlog is as it was. If the export should hold records, "
                "export it again from Billing > Quarantine."
            ).format(source=self.source)
        text = Msg.tr("{source}: %n row(s) read", "", self.rows).format(
            source=self.source
        ) + Msg.tr(", {inserted} new, {updated} updated, {rejected} rejected.").format(
            inserted=count_text(self.inserted),
            updated=count_text(self.updated),
            rejected=count_text(self.problem_count),
        )
        if self.repeated:
            text += Msg.tr(
                " %n row(s) repeated a Quarantine ID of an earlier line and were left out "
                "(the first kept).",
                "",
                self.repeated,
            )
        if self.no_reason:
            text += Msg.tr(" {count} without a reason.").format(count=count_text(self.no_reason))
        if self.unknown_reasons:
            text += Msg.tr(" {count} with a reason not in the guide.").format(
                count=count_text(sum(self.unknown_reasons.values()))
            )
        return text


def _uncount(result: ImportResult, record: tuple[Any, ...]) -> None:
    """A row whose reason was counted as it was converted, then left out (its ID repeated):
    the summary's reasons count the records stored, not the rows read."""
    reason, known = record[3], record[4]
    if not reason:
        result.no_reason -= 1
    elif not known:
        result.unknown_reasons[reason] -= 1
        if result.unknown_reasons[reason] <= 0:
            del result.unknown_reasons[reason]


def guess_kind(path: Path) -> str | None:
    name = path.stem.casefold()
    for word, kind in (("rating", "rating"), ("data", "bms-data"), ("misc", "bms-misc")):
        if word in name:
            return kind
    if "telephony" in name or "voice" in name:
        return "bms-telephony"
    return None


class BacklogImporter:
    def __init__(
        self, *, conn: db.Connection, audit: AuditLog, catalog: ReasonCatalog | None = None
    ) -> None:
        self._conn = conn
        self._audit = audit
        self._catalog = catalog or ReasonCatalog.shipped()

    def run(
        self,
        path: Path,
        *,
        kind: str | None = None,
        mapping: dict[str, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        token: CancelCheck | None = None,
        committing: Callable[[], None] | None = None,
    ) -> ImportResult:
        """`token` cancels while the rows are read; `committing` is called once that is no
        longer possible (the rows are read: from there on the import is kept whole). An
        import stopped on the way says in the log, at info level, what became of it."""
        try:
            return self._run(path, kind, mapping, progress, token, committing)
        except BaseException as err:
            try:
                kept = staging.merge_pending(self._conn)
            except Exception:  # the store itself failed: the next start tells
                kept = None
            said = {
                True: "its merge is finished at the next start",
                False: "rolled back, nothing of it was kept",
                None: "the store did not answer; the next start finishes or drops it",
            }[kept]
            log.info("backlog import of %s stopped (%s): %s", path.name, type(err).__name__, said)
            raise

    def _run(
        self,
        path: Path,
        kind: str | None,
        mapping: dict[str, str] | None,
        progress: Callable[[int, int], None] | None,
        token: CancelCheck | None,
        committing: Callable[[], None] | None,
    ) -> ImportResult:
        chosen = kind or guess_kind(path)
        if chosen not in KINDS:
            raise UserError(
                Msg.tr("Which quarantine is {name} from? Give --kind (one of {kinds}).").format(
                    name=path.name, kinds=", ".join(KINDS)
                )
            )
        result = ImportResult(source=path.name, kind=chosen)
        with ImportLock(self._conn), open_source(path) as source:
            staging.resume_pending(self._conn, self._audit, locked=True)
            columns = ColumnMap.resolve(source.header, mapping, path.name)
            existing = int(self._conn.execute("SELECT count(*) FROM backlog_records").fetchone()[0])
            estimate = path.stat().st_size // _CSV_BYTES_PER_ROW
            stamp = iso(now())
            if estimate >= STAGED_ROWS:
                # a second process (a notice being sent) must never wait on this import
                self._staged(path, source, columns, result, stamp, progress, token, committing)
                log.info("backlog import: %s", result.summary())
                return result
            bulk = estimate >= BULK_ROWS and estimate >= existing // 2
            if bulk:
                # building the indexes sorts a million keys each: a larger cache for the
                # duration saves spilling (measured 4.3 → 3.6 s at 200k rows)
                self._conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                with db.transaction(self._conn) as conn:
                    self._load(
                        conn, source, columns, result, stamp, bulk, progress, token, committing
                    )
                    total = int(conn.execute("SELECT count(*) FROM backlog_records").fetchone()[0])
                    result.inserted = total - existing
                    result.updated = result.rows - result.problem_count - result.inserted
                    self._audit.append("backlog.imported", **_audit_details(path, result))
            finally:
                if bulk:
                    self._conn.execute(f"PRAGMA cache_size = -{db.CACHE_KIB}")
        if bulk:
            # fresh statistics let the planner pick the index that covers the sort
            self._conn.execute("PRAGMA analysis_limit = 1000")
            self._conn.execute("ANALYZE backlog_records")
        log.info("backlog import: %s", result.summary())
        return result

    def _staged(
        self,
        path: Path,
        source: RowSource,
        columns: ColumnMap,
        result: ImportResult,
        stamp: str,
        progress: Callable[[int, int], None] | None,
        token: CancelCheck | None,
        committing: Callable[[], None] | None = None,
    ) -> None:
        """Rows into the staging file (cancellable, the store untouched), then merged in
        short slices (no longer cancellable: it finishes, after a crash at the next start)."""
        names = _columns_for(columns)
        load = staging.StagedLoad(self._conn, names)
        try:
            for chunk in _chunks(self._rows(source, columns, result, result.kind, stamp)):
                if token is not None and token.cancelled:
                    raise ImportCancelled()
                load.add(chunk)
                if progress is not None:
                    progress(int(source.fraction() * 800), 1000)
            if token is not None and token.cancelled:
                raise ImportCancelled()
            if committing is not None:
                committing()
            staged = result.rows - result.problem_count
            existing = int(
                self._conn.execute("SELECT count(*) FROM main.backlog_records").fetchone()[0]
            )
            bulk = staged >= BULK_ROWS and staged >= existing // 2
            job = staging.Merge(
                staging=staging.staged_name(stamp),
                upsert=staging.merge_sql(_upsert_sql(columns), names),
                audit=_audit_details(path, result),
                rebuild=list(SECONDARY_INDEXES) if bulk else [],
                tally=bulk,
            )
            load.finish(job)
        except BaseException:
            load.discard()
            raise
        _, result.inserted = staging.merge(self._conn, self._audit, job, progress)
        result.updated = result.rows - result.problem_count - result.inserted
        self._conn.execute("PRAGMA analysis_limit = 1000")
        self._conn.execute("ANALYZE backlog_records")

    def _load(
        self,
        conn: db.Connection,
        source: RowSource,
        columns: ColumnMap,
        result: ImportResult,
        stamp: str,
        bulk: bool,
        progress: Callable[[int, int], None] | None,
        token: CancelCheck | None,
        committing: Callable[[], None] | None = None,
    ) -> None:
        if bulk:
            for name in _index_names():
                conn.execute(f"DROP INDEX {name}")
            tally.suspend(conn)
        sql = _upsert_sql(columns)
        for chunk in _chunks(self._rows(source, columns, result, result.kind, stamp)):
            if token is not None and token.cancelled:
                raise ImportCancelled()
            conn.executemany(sql, chunk)
            if progress is not None:
                progress(int(source.fraction() * 1000), 1000)
        if token is not None and token.cancelled:
            raise ImportCancelled()
        if committing is not None:
            committing()
        if bulk:
            for statement in SECONDARY_INDEXES:
                conn.execute(statement)
            tally.refill(conn)

    def _rows(
        self,
        source: RowSource,
        columns: ColumnMap,
        result: ImportResult,
        kind: str,
        stamp: str,
    ) -> Iterator[tuple[Any, ...]]:
        # a ';'-separated export writes decimal commas (its amounts decide when they show it)
        presumed = "," if source.fixed_width and source.delimiter == ";" else None
        amounts = AmountReader(presumed=presumed)
        convert = _RowConverter(columns, kind, stamp, self._catalog, result, amounts)
        # CSV cells are all text: billing's usual rows take the quick path (see quickrows)
        quick = (
            QuickRows(
                by_field=columns.by_field,
                width=len(source.header),
                names=_columns_for(columns),
                kind=kind,
                stamp=stamp,
                amounts=amounts,
                counted=result,
            )
            if isinstance(source, CsvSource)
            else None
        )
        width = max(columns.by_field.values()) + 1
        header = len(source.header)
        first_line: dict[str, int] = {}
        # rows whose amount is "1,234" before the file showed its decimal mark: read again
        # once it does (or at the end)
        pending: list[tuple[int, list[Any]]] = []

        def take(
            line: int, cells: list[Any], record: tuple[Any, ...] | None = None
        ) -> tuple[Any, ...] | None:
            """`record`: the row as the quick path converted it (its ID repeated)."""
            try:
                if record is None:
                    if len(cells) != header and source.fixed_width:
                        _check_width(cells, header, source)
                    if len(cells) < width:
                        cells = list(cells) + [""] * (width - len(cells))
                    record = convert(cells)
                    if record is not None and quick is not None and len(cells) == header:
                        quick.learn(cells, record)
                if record is not None:
                    first = first_line.setdefault(record[0], line)
                    if first != line:
                        result.repeated += 1
                        _uncount(result, record)  # converted (and counted), then left out
                        raise _CellProblem(
                            "quarantine_id",
                            Msg.tr(
                                "{qid} is already on line {first} of this file; the row of "
                                "line {first} is kept, this one left out"
                            ).format(qid=record[0], first=first),
                        )
            except _CellProblem as problem:
                if problem.ambiguous and not amounts.settled:
                    # the ID is this line's: a later row with it is the repeated one
                    first_line.setdefault(_text(cells[columns.by_field["quarantine_id"]]), line)
                    pending.append((line, cells))
                    return None
                result.rows += 1
                result.problem_count += 1
                if len(result.problems) < MAX_PROBLEMS:
                    label = columns.labels.get(problem.field) or FIELD_LABELS.get(
                        problem.field, problem.field
                    )
                    result.problems.append(RowProblem(line, label, str(problem)))
                return None
            if record is not None:  # None: a blank line, not a record
                result.rows += 1
            return record

        def again() -> Iterator[tuple[Any, ...]]:
            waiting = pending[:]
            pending.clear()
            for line, cells in waiting:
                record = take(line, cells)
                if record is not None:
                    yield record

        for line, cells in source.rows():
            record = quick(cells) if quick is not None and len(cells) == header else None
            if record is not None and first_line.setdefault(record[0], line) == line:
                result.rows += 1  # a quick row changes neither the decimal mark nor `pending`
                yield record
                continue
            record = take(line, cells, record)
            if record is not None:
                yield record
            if pending and (amounts.mark is not None or len(pending) >= PENDING_MOST):
                if amounts.mark is None:
                    amounts.settle()
                yield from again()
        amounts.settle()
        yield from again()
        result.problems.sort(key=lambda p: p.line)


def _check_width(cells: list[Any], header: int, source: RowSource) -> None:
    """A CSV row must have the header's number of columns: read by position, one more or
    one fewer shifts every value after it into the wrong column."""
    if not any(_text(c) for c in cells):
        return  # a blank line
    raise _CellProblem(
        Msg.tr("columns"),
        Msg.tr(
            "the header has {header} columns, this row {row}: a value probably holds the "
            'separator ({separator}) without quotes (write "1,234.50" or 1234.50), or a '
            "value is missing or extra; nothing of this row was imported"
        ).format(header=header, row=len(cells), separator=repr(source.delimiter)),
    )


class _RowConverter:
    """Cells → the upsert's values, in `_columns_for` order. Built once per file: a million
    rows make every per-row lookup count (status and reason words are cached)."""

    def __init__(
        self,
        columns: ColumnMap,
        kind: str,
        stamp: str,
        catalog: ReasonCatalog,
        result: ImportResult,
        amounts: AmountReader,
    ) -> None:
        at = columns.by_field
        self._qid = at["quarantine_id"]
        self._status = at.get("status")
        self._reason = at.get("reason")
        texts = [at[n] for n in _TEXT_FIELDS if n in at]
        self._pick_texts: Callable[[list[Any]], Sequence[Any]] = (
            (lambda cells: [cells[i] for i in texts]) if len(texts) < 2 else itemgetter(*texts)
        )
        self._parsed: list[tuple[str, int, Callable[[Any], Any]]] = [
            (n, at[n], parse_when) for n in _DATE_FIELDS if n in at
        ]
        if "amount" in at:
            self._parsed.append(("amount", at["amount"], amounts))
        if "duration" in at:
            self._parsed.append(("duration", at["duration"], parse_duration))
        if "currency" in at:
            self._parsed.append(("currency", at["currency"], _currency))
        self._kind = kind
        self._stamp = stamp
        self._catalog = catalog
        self._result = result
        self._statuses: dict[str, str] = {}
        self._reasons: dict[str, tuple[str, int]] = {}

    def __call__(self, cells: list[Any]) -> tuple[Any, ...] | None:
        qid = _text(cells[self._qid])
        if not qid:
            if not any(_text(c) for c in cells):
                return None
            raise _CellProblem(
                "quarantine_id", Msg.tr("empty; every record needs its Quarantine ID")
            )
        status = self._status_of(cells[self._status]) if self._status is not None else None
        reason, known = self._reason_of(cells[self._reason] if self._reason is not None else "")
        values: list[Any] = [qid, self._kind, status or "quarantined", reason, known]
        values += [c.strip() if type(c) is str else _text(c) for c in self._pick_texts(cells)]
        for name, i, parse in self._parsed:
            try:
                values.append(parse(cells[i]))
            except ValueProblem as problem:
                ambiguous = isinstance(problem, AmbiguousAmount)
                raise _CellProblem(name, str(problem), ambiguous=ambiguous) from None
        if not reason:  # counted for a record that is stored, not for a rejected row
            self._result.no_reason += 1
        elif not known:
            self._result.unknown_reasons[reason] += 1
        values.append(self._stamp)
        return tuple(values)

    def _status_of(self, cell: Any) -> str | None:
        text = _text(cell)
        found = self._statuses.get(text)
        if found is None:
            found = status_from_text(text) if text else "quarantined"
            if found is None:
                raise _CellProblem(
                    "status",
                    Msg.tr(
                        "{text} is not a status of the guide (Quarantine, "
                        "Cleansed, Completed, Withdrawn, Write off, Pending)"
                    ).format(text=repr(text)),
                )
            self._statuses[text] = found
        return found

    def _reason_of(self, cell: Any) -> tuple[str, int]:
        text = _text(cell)
        found = self._reasons.get(text)
        if found is None:
            reason, known = self._catalog.canonical(text)
            # an empty reason is no reason of the guide: listed with the unknown ones
            found = self._reasons[text] = (reason, int(known))
        return found


class _CellProblem(ValueError):
    def __init__(self, field_name: str, reason: str, *, ambiguous: bool = False) -> None:
        super().__init__(reason)
        self.field = field_name
        # an amount that the rest of the file may still make clear
        self.ambiguous = ambiguous


def _currency(value: Any) -> str:
    return parse_currency(_text(value))


def _text(value: Any) -> str:
    if type(value) is str:  # every CSV cell: the fast path
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number cell in a workbook
    return "" if value is None else str(value).strip()


def _audit_details(path: Path, result: ImportResult) -> dict[str, Any]:
    return {
        "file": path.name,
        "kind": result.kind,
        "rows": result.rows,
        "inserted": result.inserted,
        "updated": result.updated,
        "rejected": result.problem_count,
    }


def _columns_for(columns: ColumnMap) -> list[str]:
    """The record's columns (`_RowConverter`'s values) for the fields the file has."""
    return [n for n in RECORD if n in _ALWAYS or _FIELDS.get(n, n) in columns.by_field]


def _upsert_sql(columns: ColumnMap) -> str:
    names = _columns_for(columns)
    final = ", ".join(f"'{s}'" for s in _FINAL_STATUSES)
    updates = [f"{n} = excluded.{n}" for n in names if n not in ("quarantine_id", "status")] + [
        # a decision taken in the kit and not yet superseded by billing survives a re-import
        f"status = CASE WHEN {latest_decision('backlog_records.id')} IS NULL "
        f"OR excluded.status IN ({final}) THEN excluded.status ELSE backlog_records.status END"
    ]
    return (
        f"INSERT INTO backlog_records ({', '.join(names)}) "
        f"VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT (quarantine_id) DO UPDATE SET {', '.join(updates)}"
    )


def _index_names() -> list[str]:
    return [staging.index_name(statement) for statement in SECONDARY_INDEXES]


def _chunks(rows: Iterator[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
