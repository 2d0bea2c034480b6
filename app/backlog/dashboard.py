"""Counts and amounts of the backlog by status, reason, carrier and age (the dashboard)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

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
    amount_minor: int


@dataclass(frozen=True)
class Summary:
    total: int
    by: dict[str, list[Bar]]


def summarise(
    conn: db.Connection, *, today: date | None = None, open_only: bool = False
) -> Summary:
    """`open_only`: only records still waiting for a decision (quarantined or pending)."""
    where = "WHERE status IN ('quarantined', 'pending')" if open_only else ""
    day = today or date.today()
    by: dict[str, list[Bar]] = {}
    for column in ("status", "reason", "carrier"):
        rows = conn.execute(
            f"SELECT {column}, count(*), coalesce(sum(amount_minor), 0) FROM backlog_records "
            f"{where} GROUP BY {column} ORDER BY count(*) DESC"
        )
        by[column] = [Bar(str(k), _label(column, str(k)), int(c), int(a)) for k, c, a in rows]
    by["age"] = _ages(conn, where, day)
    total = sum(b.count for b in by["status"])
    return Summary(total, by)


def _label(column: str, key: str) -> str:
    if column == "status":
        return STATUS_LABELS.get(key, key)
    return key or "(none)"


def _ages(conn: db.Connection, where: str, day: date) -> list[Bar]:
    bounds = [((day - timedelta(days=d)).isoformat(), label, d) for d, label in AGE_BUCKETS]
    cases = " ".join(f"WHEN call_date >= '{b}' THEN {i}" for i, (b, _, _) in enumerate(bounds))
    rows = conn.execute(
        f"SELECT CASE {cases} ELSE {len(bounds)} END AS bucket, count(*), "
        f"coalesce(sum(amount_minor), 0) FROM backlog_records {where} GROUP BY bucket"
    )
    found = {int(b): (int(c), int(a)) for b, c, a in rows}
    labels = [(label, str(d)) for _, label, d in bounds] + [(OLDEST, "older")]
    return [Bar(key, label, *found.get(i, (0, 0))) for i, (label, key) in enumerate(labels)]
