"""Counts and amounts of the backlog by status, reason, carrier and age (the dashboard)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.backlog import tally
from app.backlog.model import STATUS_LABELS
from app.store import db

#: age of the call: 180 days is the suppliers' usual back-billing threshold (the guide's
#: "Obsolete Usage Fault"), so that bucket is where revenue is about to be lost
AGE_BUCKETS = ((7, "0–7 days"), (30, "8–30 days"), (90, "31–90 days"), (180, "91–180 days"))
OLDEST = "over 180 days"
DIMENSIONS = ("status", "reason", "carrier", "age")


@dataclass(frozen=True)
class Bar:
    key: str  # the value to filter on (status word, reason, carrier; age: days bound)
    label: str
    count: int
    #: (currency, amount in minor units) per currency, largest first — never added across
    #: currencies; None: not summed yet (see `counts`)
    amounts: tuple[tuple[str, int], ...] | None

    def amount_in(self, currency: str) -> int:
        return dict(self.amounts or ()).get(currency, 0)


@dataclass(frozen=True)
class Summary:
    total: int
    by: dict[str, list[Bar]]
    amounts: bool = True  # False: counts only, the amounts follow from `summarise`

    def currencies(self) -> list[tuple[str, int]]:
        """(currency, total in minor units), the currency of most records first (a sum of
        different currencies means nothing, so each keeps its own)."""
        records: dict[str, int] = {}
        sums: dict[str, int] = {}
        for bar in self.by.get("status", []):
            for currency, amount in bar.amounts or ():
                sums[currency] = sums.get(currency, 0) + amount
        for currency, n in self.currency_counts:
            records[currency] = n
        return sorted(sums.items(), key=lambda kv: (-records.get(kv[0], 0), kv[0]))

    #: (currency, records) — which currency most records are in
    currency_counts: tuple[tuple[str, int], ...] = ()


_OPEN = "status IN ('quarantined', 'pending')"


def counts(conn: db.Connection, *, today: date | None = None, open_only: bool = False) -> Summary:
    """The four dimensions' counts without reading a record: status, reason and carrier
    from the tally (a few thousand rows), the ages from call-date ranges of its index."""
    where = f"WHERE {_OPEN}" if open_only else ""
    # the tally (migration 15) when it is true; in the middle of a bulk load, the records
    table, count = (
        ("backlog_tally", "sum(n)") if tally.live(conn) else ("backlog_records", "count(*)")
    )
    totals: dict[str, dict[str, list[int]]] = {}
    for dimension in ("status", "reason", "carrier"):
        rows = conn.execute(
            f"SELECT {dimension}, {count} FROM {table} {where} GROUP BY {dimension} "
            f"HAVING {count} > 0"
        )
        totals[dimension] = {str(k): [int(n), 0] for k, n in rows}
    day = today or date.today()
    above = [
        int(
            conn.execute(
                "SELECT count(*) FROM backlog_records WHERE call_date >= ?"
                + (f" AND {_OPEN}" if open_only else ""),
                ((day - timedelta(days=d)).isoformat(),),
            ).fetchone()[0]
        )
        for d, _ in AGE_BUCKETS
    ]
    total = sum(n for n, _ in totals["status"].values())
    cumulative = [*above, total]
    totals["age"] = {
        str(i): [cumulative[i] - (cumulative[i - 1] if i else 0), 0] for i in range(len(cumulative))
    }
    return _summary(totals, None)


def summarise(
    conn: db.Connection, *, today: date | None = None, open_only: bool = False
) -> Summary:
    """Counts and amounts. `open_only`: only records still waiting for a decision
    (quarantined or pending). From the amounts' counters (migration 23: ~2,000 small rows,
    milliseconds at a million records) when they are true; in the middle of a bulk load,
    SQLite groups the records in one pass over the table (in C, the interpreter free
    meanwhile) into a few thousand (status, reason, carrier, age) groups."""
    where = f"WHERE {_OPEN}" if open_only else ""
    day = today or date.today()
    bounds = [(day - timedelta(days=d)).isoformat() for d, _ in AGE_BUCKETS]
    if tally.money_live(conn):
        return _from_counters(conn, bounds, open_only)
    age = _age_bucket("call_date", bounds)
    rows = conn.execute(
        f"SELECT status, reason, carrier, {age} AS age, coalesce(currency, ''), count(*), "
        f"coalesce(sum(amount_minor), 0) FROM backlog_records NOT INDEXED {where} "
        "GROUP BY status, reason, carrier, age, currency",
        bounds,
    )
    folded = _Folded()
    for status, reason, carrier, age_bucket, currency, count, amount in rows:
        folded.add(currency, count, amount, status=status, reason=reason, carrier=carrier)
        folded.add(currency, count, amount, counted=False, age=age_bucket)
    return folded.summary()


def counts_and_amounts(
    conn: db.Connection, *, today: date | None = None, open_only: bool = False
) -> Summary:
    """The dashboard's first step: everything from the counters when the amounts' are true
    (`summarise`, milliseconds), else the counts alone (`counts`), the amounts to follow."""
    if tally.money_live(conn):
        return summarise(conn, today=today, open_only=open_only)
    return counts(conn, today=today, open_only=open_only)


def _age_bucket(column: str, bounds: list[str]) -> str:
    """SQL: the index of the first age bucket whose lower bound `column` reaches."""
    age = "CASE " + " ".join(f"WHEN {column} >= ? THEN {i}" for i in range(len(bounds)))
    return age + f" ELSE {len(bounds)} END"


def _from_counters(conn: db.Connection, bounds: list[str], open_only: bool) -> Summary:
    """Status, reason and carrier from `backlog_money`; the ages from `backlog_day_money`,
    whose days compare with a whole-day bound as the records' call dates do."""
    where = f" AND {_OPEN}" if open_only else ""
    folded = _Folded()
    for status, reason, carrier, currency, count, amount in conn.execute(
        f"SELECT status, reason, carrier, currency, n, amount FROM backlog_money WHERE n > 0{where}"
    ):
        folded.add(currency, count, amount, status=status, reason=reason, carrier=carrier)
    age = _age_bucket("day", bounds)
    for age_bucket, currency, count, amount in conn.execute(
        f"SELECT {age} AS age, currency, sum(n), sum(amount) FROM backlog_day_money "
        f"WHERE n > 0{where} GROUP BY age, currency",
        bounds,
    ):
        folded.add(currency, count, amount, counted=False, age=age_bucket)
    return folded.summary()


class _Folded:
    """Groups of (dimension values, currency, records, amount) folded into each dimension."""

    def __init__(self) -> None:
        self.totals: dict[str, dict[str, list[int]]] = {d: {} for d in DIMENSIONS}
        self.amounts: dict[str, dict[str, dict[str, int]]] = {d: {} for d in DIMENSIONS}
        self.records: dict[str, int] = {}

    def add(
        self, currency: str, count: int, amount: int, *, counted: bool = True, **keys: object
    ) -> None:
        """`counted`: these records count once towards the currencies' records (a record
        added to several groups of different dimensions counts once)."""
        if counted:
            self.records[currency] = self.records.get(currency, 0) + count
        for dimension, key in keys.items():
            total = self.totals[dimension].setdefault(str(key), [0, 0])
            total[0] += count
            sums = self.amounts[dimension].setdefault(str(key), {})
            sums[currency] = sums.get(currency, 0) + amount

    def summary(self) -> Summary:
        return _summary(self.totals, self.amounts, currency_counts=tuple(self.records.items()))


def _summary(
    totals: dict[str, dict[str, list[int]]],
    amounts: dict[str, dict[str, dict[str, int]]] | None,
    *,
    currency_counts: tuple[tuple[str, int], ...] = (),
) -> Summary:
    def sums(dimension: str, key: str) -> tuple[tuple[str, int], ...] | None:
        if amounts is None:
            return None
        found = amounts[dimension].get(key, {})
        return tuple(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))

    by: dict[str, list[Bar]] = {}
    for dimension in ("status", "reason", "carrier"):
        ordered = sorted(totals[dimension].items(), key=lambda kv: (-kv[1][0], kv[0]))
        by[dimension] = [
            Bar(k, _label(dimension, k), c, sums(dimension, k)) for k, (c, _) in ordered
        ]
    labels = [label for _, label in AGE_BUCKETS] + [OLDEST]
    by["age"] = []
    for i, label in enumerate(labels):
        count = totals["age"].get(str(i), [0, 0])[0]
        by["age"].append(Bar(str(i), label, count, sums("age", str(i))))
    total = sum(b.count for b in by["status"])
    return Summary(total, by, amounts is not None, currency_counts)


def _label(column: str, key: str) -> str:
    if column == "status":
        return STATUS_LABELS.get(key, key)
    return key or "(none)"
