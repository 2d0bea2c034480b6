"""The clearly-marked demo data, so a newcomer can try every flow: the demo directory
(resources/demo/), and a DEMO backlog — a few thousand quarantine records of every quarantine
and every reason of the guide, some decided — with balance snapshots that walk through the two
examples of the NCC note on negative balances."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.backlog.actions import BacklogActions
from app.backlog.catalog import ReasonCatalog
from app.backlog.model import KINDS, Criteria
from app.contacts.directory import DirectoryStore
from app.contacts.model import Directory
from app.contacts.source import parse_source, read_folder
from app.kit import Kit
from app.resources import resource
from app.store import db
from app.timefmt import iso, now

DEMO_FOLDER = "demo"
DEMO_RECORDS = 3000
#: every record, carrier, batch file, tariff and snapshot of the demo says DEMO
DEMO_CARRIERS = (
    "DEMO Carrier North",
    "DEMO Carrier South",
    "DEMO Operadora São João",
    "DEMO Operator Łódź",
    "DEMO Nordic Mobile",
)
DEMO_UNKNOWN_REASON = "DEMO reason not in the guide"
DEMO_ACCOUNT = "DEMO-46700000000"
#: (source, [(account, balance type, bucket, value in cents, expiry)]): NCC note 1308880.1 —
#: a 10 EUR charge drives bucket 1 (8 EUR) to -2 and moves its expiry to bucket 2's (example
#: 1.1); a second charge takes it to -12 and the General Cash total below zero (example 1.2)
DEMO_SNAPSHOTS = (
    (
        "DEMO snapshot 1 - before the charge",
        [(1, 800, "2026-08-30T00:00:00"), (2, 1000, "2026-09-30T00:00:00")],
    ),
    (
        "DEMO snapshot 2 - NCC example 1.1, bucket 1 negative, expiry moved",
        [(1, -200, "2026-09-30T00:00:00"), (2, 1000, "2026-09-30T00:00:00")],
    ),
    (
        "DEMO snapshot 3 - NCC example 1.2, charged again, total negative",
        [(1, -1200, "2026-09-30T00:00:00"), (2, 1000, "2026-09-30T00:00:00")],
    ),
)
_BACKLOG_COLUMNS = (
    "quarantine_id, kind, status, reason, reason_known, batch_number, batch_file, carrier, "
    "carrier_file_type, service_id, tariff_key, call_date, date_updated, date_released, "
    "amount_minor, currency, duration, imported_at"
)


def demo_directory() -> Directory:
    return parse_source(read_folder(resource(DEMO_FOLDER)))


def load_demo(kit: Kit) -> Directory:
    """Replace the kit's directory with the demo set (one audited transaction)."""
    directory = demo_directory()
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="demo", reason="demo data"
    )
    return directory


def load_demo_backlog(kit: Kit) -> int:
    """The DEMO backlog and balance snapshots (audited); then a few DEMO decisions, each an
    action that can be undone. Returns the records added (0 when the demo is there already)."""
    conn = kit.store.conn
    if conn.execute("SELECT 1 FROM backlog_records WHERE quarantine_id = 'DEMO-000001'").fetchone():
        return 0
    rows = list(_demo_records(now().astimezone().replace(tzinfo=None, microsecond=0)))
    marks = ", ".join("?" * len(rows[0]))
    with db.transaction(conn):
        conn.executemany(f"INSERT INTO backlog_records ({_BACKLOG_COLUMNS}) VALUES ({marks})", rows)
        for source, buckets in DEMO_SNAPSHOTS:
            snapshot = conn.execute(
                "INSERT INTO balance_snapshots (imported_at, source, buckets) VALUES (?, ?, ?)",
                (iso(now()), source, len(buckets) + 1),
            ).lastrowid
            conn.executemany(
                "INSERT INTO balance_buckets (snapshot, account, balance_type, bucket, "
                "value_minor, currency, expiry) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (snapshot, DEMO_ACCOUNT, "General Cash", str(n), value, "EUR", expiry)
                    for n, value, expiry in buckets
                ]
                + [(snapshot, "DEMO-46700000001", "General Cash", "1", 2500, "EUR", "")],
            )
        kit.audit.append(
            "backlog.demo_loaded", records=len(rows), balance_snapshots=len(DEMO_SNAPSHOTS)
        )
    actions = BacklogActions(conn=conn, audit=kit.audit)
    actions.set_status(
        to="write-off",
        note="DEMO: duplicates confirmed with the carrier",
        criteria=Criteria(reason="Duplicate Usage Fault", status="quarantined"),
    )
    actions.set_status(
        to="pending",
        note="DEMO: waiting for the rate card",
        criteria=Criteria(reason="Missing Rate Card", status="quarantined"),
    )
    actions.set_status(
        to="cleansed",
        note="DEMO: tariff added, rated again",
        criteria=Criteria(reason="No Tariff Found", carrier=DEMO_CARRIERS[0]),
    )
    return len(rows)


def _demo_records(today: datetime) -> list[tuple[object, ...]]:
    """Every quarantine with every reason of its category (BMS or rating), a record in 150
    with a reason not in the guide; call dates over the last 120 days."""
    rnd = random.Random(1308880)  # noqa: S311 - invented demo figures, the same every time
    reasons = ReasonCatalog.shipped().reasons
    by_kind = {
        kind: [r.name for r in reasons if r.category == ("rating" if kind == "rating" else "bms")]
        for kind in KINDS
    }
    statuses = ["quarantined"] * 8 + ["completed", "withdrawn"]
    imported = iso(now())
    rows: list[tuple[object, ...]] = []
    for n in range(DEMO_RECORDS):
        kind = KINDS[n % len(KINDS)]
        names = by_kind[kind]
        known = n % 150 != 149
        reason = names[(n // len(KINDS)) % len(names)] if known else DEMO_UNKNOWN_REASON
        status = rnd.choice(statuses)
        call = today - timedelta(days=rnd.randrange(1, 121), minutes=rnd.randrange(1440))
        updated = call + timedelta(days=rnd.randrange(0, 5))
        released = updated + timedelta(days=1) if status == "completed" else None
        batch = 900 + n % 40
        rows.append(
            (
                f"DEMO-{n + 1:06d}",
                kind,
                status,
                reason,
                int(known),
                str(batch),
                f"DEMO_{kind.upper()}_{batch}.csv",
                DEMO_CARRIERS[n % len(DEMO_CARRIERS)],
                "CDR" if kind == "rating" else ("CDR", "TAP", "NRTRDE")[(n // 4) % 3],
                f"4670000{n % 10000:04d}",
                f"DEMO-TK{n % 12}",
                call.isoformat(),
                updated.isoformat(),
                released.isoformat() if released else "",
                rnd.randrange(1, 50000),
                ("EUR", "EUR", "EUR", "PLN", "SEK")[n % 5],
                rnd.randrange(1, 3600),
                imported,
            )
        )
    return rows
