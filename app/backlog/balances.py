"""Negative balances (Oracle NCC note 1308880.1): a charge through the provisioning
interface can drive the first-expiring bucket of a balance type below zero and move its
expiry to the last bucket's. From balance-bucket snapshots the kit lists the accounts whose
total per balance type is negative, and the buckets that went negative, were charged again
while negative, or had their expiry moved since the previous snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.audit import AuditLog
from app.backlog.importer import MAX_PROBLEMS, RowProblem
from app.backlog.model import money_text
from app.backlog.sources import header_key, open_source
from app.backlog.values import ValueProblem, parse_money, parse_when
from app.errors import UserError
from app.i18n import Msg
from app.reports.render import Table
from app.store import db
from app.timefmt import iso, now

_HEADERS = {
    "account": ("Account", "MSISDN", "CLI", "Account / MSISDN", "Subscriber", "Wallet"),
    "balance_type": ("Balance Type", "Balance", "Balance Type Name"),
    "bucket": ("Bucket", "Bucket ID", "Bucket Number"),
    "value": ("Value", "Amount", "Bucket Value"),
    "expiry": ("Expiry", "Expiry Date", "Expires"),
    "currency": ("Currency", "Unit"),
}
_KNOWN = {header_key(n): f for f, names in _HEADERS.items() for n in (f, *names)}
_REQUIRED = ("account", "balance_type", "bucket", "value")
EXPORT_COLUMNS = (
    "Account",
    "Balance Type",
    "Bucket",
    "Finding",
    "Before",
    "After",
    "Expiry Before",
    "Expiry After",
    "Currency",
)


@dataclass
class SnapshotResult:
    snapshot: int
    buckets: int
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0


@dataclass(frozen=True)
class NegativeTotal:
    account: str
    balance_type: str
    total_minor: int
    currency: str


@dataclass(frozen=True)
class BucketFinding:
    account: str
    balance_type: str
    bucket: str
    finding: str  # went negative | charged while negative | expiry moved
    before_minor: int | None
    after_minor: int
    expiry_before: str
    expiry_after: str
    currency: str

    def row(self) -> tuple[str, ...]:
        """In the order of EXPORT_COLUMNS."""
        return (
            self.account,
            self.balance_type,
            self.bucket,
            self.finding,
            money_text(self.before_minor),
            money_text(self.after_minor),
            self.expiry_before,
            self.expiry_after,
            self.currency,
        )


@dataclass(frozen=True)
class NegativeBalances:
    snapshot: int | None
    previous: int | None
    totals: list[NegativeTotal]
    buckets: list[BucketFinding]

    def tables(self) -> list[Table]:
        return [
            Table(
                Msg.tr("Accounts with a negative balance type"),
                ("Account", "Balance Type", "Total", "Currency"),
                [
                    (t.account, t.balance_type, money_text(t.total_minor), t.currency)
                    for t in self.totals
                ],
                numeric=frozenset({2}),
            ),
            Table(
                Msg.tr("Buckets that went negative or had their expiry moved"),
                EXPORT_COLUMNS,
                [b.row() for b in self.buckets],
                numeric=frozenset({4, 5}),
            ),
        ]

    def export_table(self) -> Table:
        """One CSV: each negative total, then each bucket finding."""
        return Table(Msg.tr("Negative balances"), EXPORT_COLUMNS, self._export_rows())

    def _export_rows(self) -> Iterator[tuple[str, ...]]:
        for t in self.totals:
            total = money_text(t.total_minor)
            yield (
                t.account,
                t.balance_type,
                "",
                Msg.tr("negative total"),
                "",
                total,
                "",
                "",
                t.currency,
            )
        for b in self.buckets:
            yield b.row()


class BalanceSnapshots:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def import_file(self, path: Path) -> SnapshotResult:
        with open_source(path) as source:
            positions: dict[str, int] = {}
            for i, title in enumerate(source.header):
                found = _KNOWN.get(header_key(title))
                if found and found not in positions:
                    positions[found] = i
            missing = [_HEADERS[f][0] for f in _REQUIRED if f not in positions]
            if missing:
                raise UserError(
                    Msg.tr(
                        "{name} is not a balance-bucket snapshot: it has no {missing} column. "
                        "Columns needed: Account (or MSISDN), Balance Type, Bucket, Value, and "
                        "optionally Expiry and Currency."
                    ).format(name=path.name, missing=", ".join(missing))
                )
            result = SnapshotResult(snapshot=0, buckets=0)
            with db.transaction(self._conn) as conn:
                cur = conn.execute(
                    "INSERT INTO balance_snapshots (imported_at, source, buckets) VALUES (?, ?, 0)",
                    (iso(now()), path.name),
                )
                result.snapshot = int(cur.lastrowid)
                rows = list(self._rows(source.rows(), positions, result))
                conn.executemany(
                    "INSERT INTO balance_buckets (snapshot, account, balance_type, bucket, "
                    "value_minor, currency, expiry) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO UPDATE SET value_minor = excluded.value_minor, "
                    "currency = excluded.currency, expiry = excluded.expiry",
                    rows,
                )
                result.buckets = len(rows)
                if not rows:
                    raise UserError(
                        Msg.tr("{name} holds no bucket that could be read.").format(name=path.name)
                    )
                conn.execute(
                    "UPDATE balance_snapshots SET buckets = ? WHERE id = ?",
                    (result.buckets, result.snapshot),
                )
                self._audit.append(
                    "balances.imported",
                    file=path.name,
                    snapshot=result.snapshot,
                    buckets=result.buckets,
                    rejected=result.problem_count,
                )
        return result

    def _rows(
        self,
        rows: Iterator[tuple[int, list[Any]]],
        positions: dict[str, int],
        result: SnapshotResult,
    ) -> Iterator[tuple[Any, ...]]:
        width = max(positions.values()) + 1
        for line, cells in rows:
            cells = list(cells) + [""] * max(0, width - len(cells))
            raw = {f: cells[i] for f, i in positions.items()}
            if not any(str(v).strip() for v in raw.values()):
                continue
            try:
                yield self._bucket(raw, result.snapshot)
            except _Problem as problem:
                result.problem_count += 1
                if len(result.problems) < MAX_PROBLEMS:
                    result.problems.append(
                        RowProblem(line, _HEADERS[problem.field][0], str(problem))
                    )

    def _bucket(self, raw: dict[str, Any], snapshot: int) -> tuple[Any, ...]:
        values = {f: _text(raw.get(f, "")) for f in _HEADERS}
        for name in _REQUIRED:
            if not values[name]:
                raise _Problem(name, Msg.tr("empty"))
        try:
            value = parse_money(raw["value"])
        except ValueProblem as err:
            raise _Problem("value", str(err)) from None
        try:
            expiry = parse_when(raw.get("expiry", "") or "")
        except ValueProblem as err:
            raise _Problem("expiry", str(err)) from None
        return (
            snapshot,
            values["account"],
            values["balance_type"],
            values["bucket"],
            value or 0,
            values["currency"],
            expiry,
        )

    def latest_two(self) -> tuple[int | None, int | None]:
        rows = self._conn.execute("SELECT id FROM balance_snapshots ORDER BY id DESC LIMIT 2")
        ids = [int(r[0]) for r in rows]
        return (ids[0] if ids else None, ids[1] if len(ids) > 1 else None)

    def negative(self) -> NegativeBalances:
        current, previous = self.latest_two()
        if current is None:
            raise UserError(
                Msg.tr(
                    "No balance snapshot has been imported yet. Run "
                    "'outage-kit balances import FILE'."
                )
            )
        totals = [
            NegativeTotal(r[0], r[1], int(r[2]), r[3] or "")
            for r in self._conn.execute(
                "SELECT account, balance_type, sum(value_minor), max(currency) "
                "FROM balance_buckets WHERE snapshot = ? GROUP BY account, balance_type "
                "HAVING sum(value_minor) < 0 ORDER BY account, balance_type",
                (current,),
            )
        ]
        findings: list[BucketFinding] = []
        rows = self._conn.execute(
            "SELECT c.account, c.balance_type, c.bucket, p.value_minor, c.value_minor, "
            "coalesce(p.expiry, ''), c.expiry, c.currency "
            "FROM balance_buckets c LEFT JOIN balance_buckets p ON p.snapshot = ? "
            "AND p.account = c.account AND p.balance_type = c.balance_type "
            "AND p.bucket = c.bucket WHERE c.snapshot = ? "
            "ORDER BY c.account, c.balance_type, c.bucket",
            (previous if previous is not None else -1, current),
        )
        for account, kind, bucket, before, after, exp_before, exp_after, currency in rows:
            found = []
            if after < 0 and (before is None or before >= 0):
                found.append(Msg.tr("went negative"))
            elif after < 0 and before is not None and after < before:
                found.append(Msg.tr("charged while negative"))
            if before is not None and exp_before != exp_after:
                found.append(Msg.tr("expiry moved"))
            for finding in found:
                findings.append(
                    BucketFinding(
                        account,
                        kind,
                        bucket,
                        finding,
                        before,
                        after,
                        _day(exp_before),
                        _day(exp_after),
                        currency,
                    )
                )
        return NegativeBalances(current, previous, totals, findings)


class _Problem(ValueError):
    def __init__(self, field_name: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field_name


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _day(value: str) -> str:
    return value[:10] if value.endswith("T00:00:00") else value.replace("T", " ")
