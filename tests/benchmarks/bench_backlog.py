"""Issue 5 figures on 1,000,000 generated quarantine records, in SQLCipher, in one run:
import vs. the same file loaded well by hand (`bare_import`: csv.reader, one transaction,
large cache, the same indexes and the same counters built after the load); filtered first
pages vs. reading 200 rows by primary key; an audited bulk change of 100,000 records vs. the
same statements run bare (`bare_write_off`: same triggers, same audit row); peak memory with
the table open in the window vs. the empty window. Wall and CPU seconds (CPU: what the load
of this shared machine swings least).

`BACKLOG_BENCH_ROWS` (default 1,000,000) scales it down for a quick look."""

from __future__ import annotations

import atexit
import csv
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from app.backlog.actions import BacklogActions, large_cache
from app.backlog.catalog import ReasonCatalog
from app.backlog.importer import SECONDARY_INDEXES, BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.backlog.tally import DROP_TEMPORARY, FILL, MOVE, PAUSE, RESUME
from app.kit import Kit
from app.paths import KitPaths
from app.store import db
from app.store.keys import KeyFile, NoKeyring
from app.store.migrations.m024_backlog_bulk_counts import COUNTER_TRIGGER_NAMES, COUNTER_TRIGGERS
from app.store.store import Store
from tests.benchmarks import Figure

REPO = Path(__file__).resolve().parents[2]
ROWS = int(os.environ.get("BACKLOG_BENCH_ROWS", "1000000"))
CARRIERS = 10  # uniform: each carrier holds ROWS / 10 records (100,000 at a million)
PASSPHRASE = "Correct-Horse-42-battery"
HEADER = [
    "Quarantine ID",
    "Batch Number",
    "Batch File Name",
    "Carrier Name",
    "Carrier File Type",
    "Service Identifier",
    "Tariff Key",
    "Status",
    "Quarantine Reason",
    "Call Date",
    "Date Updated",
    "Date Released",
    "Amount",
    "Currency",
    "Duration",
]
_STATUS_WORDS = {"quarantined": "Quarantine", "pending": "Pending", "write-off": "Write off"}
COLUMNS = (
    "quarantine_id, batch_number, batch_file, carrier, carrier_file_type, service_id, "
    "tariff_key, status, reason, call_date, date_updated, date_released, amount_minor, "
    "currency, duration, kind, reason_known, imported_at"
)


def _records(count: int) -> Iterator[tuple[object, ...]]:
    """The same rows in the store's own form (the baseline) and, via _csv_row, as billing
    writes them (the import)."""
    rnd = random.Random(5)
    reasons = [r.name for r in ReasonCatalog.shipped().reasons]
    statuses = ["quarantined"] * 7 + ["pending", "write-off"]
    file_types = ["CDR"] * 8 + ["TAP", "NRTRDE"]
    for n in range(count):
        batch = rnd.randrange(5000)
        # a third released, on a day of November; updated over October and November
        released = f"2026-11-{rnd.randrange(1, 31):02d}T06:00:00" if n % 3 == 0 else ""
        yield (
            f"Q{n + 1:09d}",
            str(batch),
            f"CDR_{batch:06d}.csv",
            f"Carrier {n % CARRIERS}",
            rnd.choice(file_types),
            f"4670{rnd.randrange(10**7):07d}",
            f"TK{rnd.randrange(400)}",
            rnd.choice(statuses),
            rnd.choice(reasons),
            f"2026-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}T"
            f"{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:00",
            f"2026-{rnd.randrange(10, 12):02d}-{rnd.randrange(1, 31):02d}T00:00:00",
            released,
            rnd.randrange(100000),
            "EUR",
            rnd.randrange(3600),
            "bms-telephony",
            1,
            "2026-11-22T00:00:00Z",
        )


def _csv_row(r: tuple[object, ...]) -> list[object]:
    amount = int(r[12])  # type: ignore[call-overload]
    return [
        *r[:7],
        _STATUS_WORDS[str(r[7])],
        r[8],
        str(r[9]).replace("T", " "),
        str(r[10])[:10],
        str(r[11]).replace("T", " "),
        f"{amount // 100}.{amount % 100:02d}",
        r[13],
        r[14],
    ]


_BARE_STATUS = {word: status for status, word in _STATUS_WORDS.items()}


def bare_import(conn: db.Connection, export: Path) -> None:
    """The import baseline: what a competent engineer writes for this file with the same
    libraries. The kit's own table, `csv.reader`, the minimal conversion of each cell to the
    store's form (no validation, no problem report), one transaction with a 256 MiB cache,
    the same secondary indexes dropped first and built after the load. Same store, same
    unlock as the kit's import. The tally's, the day counters', the amounts' and the key
    counters' triggers dropped too, and all counted after the load with the same statements
    as the kit's (app.backlog.tally.FILL: one upsert pass over the records a grouping, no
    sort), the triggers put back. No ANALYZE (the kit runs one: that is counted against
    it)."""
    names = [statement.split()[2] for statement in SECONDARY_INDEXES]
    conn.execute("PRAGMA cache_size = -262144")
    sql = f"INSERT INTO backlog_records ({COLUMNS}) VALUES ({', '.join('?' * 18)})"
    status = _BARE_STATUS
    with db.transaction(conn), export.open(encoding="utf-8", newline="") as handle:
        for name in names:
            conn.execute(f"DROP INDEX {name}")
        # the tally, day counters and amounts: counted once after the load, like the indexes
        for name in COUNTER_TRIGGER_NAMES:
            conn.execute(f"DROP TRIGGER {name}")
        reader = csv.reader(handle)
        next(reader)
        chunk: list[tuple[object, ...]] = []
        for q, bn, bf, ca, ft, sv, tk, st, rs, cd, du, dr, am, cu, dn in reader:
            whole, _, cents = am.partition(".")
            chunk.append(
                (
                    q, bn, bf, ca, ft, sv, tk, status[st], rs, cd.replace(" ", "T"),
                    du + "T00:00:00", dr.replace(" ", "T"), int(whole) * 100 + int(cents),
                    cu, int(dn), "bms-telephony", 1, "2026-11-22T00:00:00Z",
                )
            )  # fmt: skip
            if len(chunk) == 5000:
                conn.executemany(sql, chunk)
                chunk = []
        conn.executemany(sql, chunk)
        for statement in (*SECONDARY_INDEXES, *FILL, *COUNTER_TRIGGERS, *DROP_TEMPORARY):
            conn.execute(statement)
    conn.execute(f"PRAGMA cache_size = -{db.CACHE_KIB}")


def _new_kit(folder: Path) -> Kit:
    store = Store.create(
        KitPaths(folder), operator="bench", passphrase=PASSPHRASE, keeper=NoKeyring()
    )
    return Kit.open(store)


def _timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        export = root / "telephony-quarantine.csv"
        rows = _records(ROWS)
        with export.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            writer.writerows(_csv_row(r) for r in rows)

        # baseline: the same file into the same table, done well (see bare_import)
        kit, figures = _import_pair(root, export, 0)
        figures += _pages(kit)
        figures += guide_searches(kit)
        figures += _bulk(kit)
        kit.close()
        figures += _memory(root / "kit0")
        return figures


def _pages(kit: Kit) -> list[Figure]:
    query = BacklogQuery(conn=kit.store.conn)
    searches = [
        Criteria(),
        Criteria(status="pending"),
        Criteria(status="write-off"),
        Criteria(reason="No Tariff Found"),
        Criteria(status="quarantined", reason="Missing Rate Card"),
        Criteria(status="pending", reason="Obsolete Usage Fault"),
        Criteria(carrier="Carrier 3"),
        Criteria(carrier="Carrier 3", status="pending"),
        Criteria(service_id="46701"),
        Criteria(batch="1234"),
        Criteria(batch_file="CDR_0042"),
        Criteria(tariff_key="TK17"),
        Criteria(date_from="2026-03-01", date_to="2026-03-31"),
        Criteria(status="pending", date_from="2026-06-01", date_to="2026-06-30"),
        Criteria(text="Q000500000"),
        Criteria(text="467012"),
        Criteria(kind="bms-telephony"),
        Criteria(unknown_reason=True),
        Criteria(quarantine_id="Q000123456"),
    ]
    timings, slowest = _first_pages(query, searches)
    conn = kit.store.conn
    base: list[float] = []
    for start in range(1, 200_000, 10_007):
        base.append(
            _timed(
                lambda s=start: conn.execute(
                    "SELECT * FROM backlog_records WHERE id >= ? ORDER BY id LIMIT 200", (s,)
                ).fetchall()
            )
        )
    p50 = statistics.median(timings) * 1000
    return [
        Figure(
            f"first page, {len(searches)} filters × 3 sorts, p50",
            p50,
            "ms",
            statistics.median(base) * 1000,
            "≤ 50 ms",
        ),
        Figure(
            "first page, p90",
            statistics.quantiles(timings, n=10)[-1] * 1000,
            "ms",
        ),
        Figure(f"first page, slowest ({slowest[1]})"[:58], slowest[0] * 1000, "ms"),
    ]


#: issue 17: the guide's last three fields and text typed in another case
GUIDE_SEARCHES = (
    Criteria(carrier="carrier 3"),
    Criteria(carrier="CARRIER 3", status="pending"),
    Criteria(carrier_file_type="tap"),
    Criteria(carrier_file_type="nrtrde", status="write-off"),
    Criteria(updated_from="2026-11-01"),
    Criteria(updated_from="2026-11-14", updated_to="2026-11-14"),
    Criteria(released_from="2026-11-01", released_to="2026-11-30"),
    Criteria(released_from="2026-11-20", released_to="2026-11-20"),
    Criteria(released_to="2026-11-02", status="pending"),
    Criteria(tariff_key="tk17"),
    Criteria(batch_file="cdr_0042"),
    Criteria(quarantine_id="q000123456"),
    Criteria(text="q000500000"),
    Criteria(text="cdr_00420"),
)


def guide_searches(kit: Kit) -> list[Figure]:
    """First page and count of each guide search (the window shows both), worst of 3 sorts."""
    query = BacklogQuery(conn=kit.store.conn)
    pages, slowest = _first_pages(query, GUIDE_SEARCHES)
    counts = [_timed(lambda c=criteria: query.count(c)) for criteria in GUIDE_SEARCHES]
    return [
        Figure(f"guide fields, first page, {len(GUIDE_SEARCHES)} × 3 sorts, p50",
               statistics.median(pages) * 1000, "ms", goal="≤ 50 ms"),
        Figure("guide fields, first page, p90", statistics.quantiles(pages, n=10)[-1] * 1000, "ms"),
        Figure(f"guide fields, slowest ({slowest[1]})"[:58], slowest[0] * 1000, "ms"),
        Figure("guide fields, count of matches, slowest", max(counts) * 1000, "ms"),
    ]  # fmt: skip


def _first_pages(
    query: BacklogQuery, searches: Sequence[Criteria]
) -> tuple[list[float], tuple[float, str]]:
    """Each search's first page, three times in each of three sorts: every timing, and the
    slowest with what it was."""
    timings: list[float] = []
    slowest = (0.0, "")
    for criteria in searches:
        for sort, descending in (
            ("call_date", True),
            ("call_date", False),
            ("quarantine_id", True),
        ):
            for _ in range(3):
                seconds = _timed(
                    lambda c=criteria, s=sort, d=descending: query.page(c, sort=s, descending=d)
                )
                timings.append(seconds)
                if seconds > slowest[0]:
                    slowest = (seconds, f"{criteria.describe()} by {sort}")
    return timings, slowest


def bare_write_off(conn: db.Connection, carrier: str) -> None:
    """The write-off baseline: the statements the kit's audited bulk change runs, run bare
    (the same large cache, one transaction): the action row, the per-record change rows,
    the count of matches, the counters moved from the change rows as the kit moves them
    (app.backlog.tally.MOVE: the changed records' counter values into a temporary table,
    one upsert pass a counter grouping), the update triggers paused for the UPDATE as the
    kit pauses them (the same pause row), the action's counts, the count of changes by
    former status and one audit entry chained to the head (its SHA-256, the head in `meta`).
    Without the kit's planning of the WHERE (`Where.of`), its check that the counters are
    live and its Python around them. (Before migration 24 the UPDATE fired the counters'
    per-record triggers, on both sides alike; the statements besides the UPDATE and the
    commit took ~0.1 s of the ~30 s at a million records.) In one transaction the order of
    the records does not matter (each page changed is written once, at the commit); the
    kit's slices, committed one after another, take them by call date (app/backlog/bulk.py,
    `pick`)."""
    where, params = "carrier = ?", (carrier,)
    source = f"SELECT id, status FROM backlog_records WHERE {where}"
    with large_cache(conn), db.transaction(conn):
        action = conn.execute(
            "INSERT INTO backlog_actions (at, actor, to_status, note, criteria) "
            "VALUES ('2026-11-30T00:00:00Z', 'bench', 'write-off', 'bench', '{}')"
        ).lastrowid
        changed = conn.execute(
            "INSERT INTO backlog_changes (action, record, from_status, to_status) "
            f"SELECT ?, id, status, 'write-off' FROM ({source}) WHERE status <> 'write-off'",
            (action, *params),
        ).rowcount
        matched = conn.execute(f"SELECT count(*) FROM ({source})", params).fetchone()[0]
        conn.execute(MOVE[0], (action,))
        for statement in (*MOVE[1:], *DROP_TEMPORARY):
            conn.execute(statement)
        conn.execute(PAUSE, (action,))
        conn.execute(
            "UPDATE backlog_records SET status = 'write-off', decided_at = '2026-11-30' "
            "WHERE id IN (SELECT record FROM backlog_changes WHERE action = ?)",
            (action,),
        )
        conn.execute(RESUME, (action,))
        conn.execute(
            "UPDATE backlog_actions SET matched = ?, changed = ? WHERE id = ?",
            (matched, changed, action),
        )
        counts = conn.execute(
            "SELECT from_status, count(*) FROM backlog_changes WHERE action = ? GROUP BY 1",
            (action,),
        ).fetchall()
        head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        details = json.dumps({"action_id": action, "counts": counts, "matched": matched})
        prev = head[0] if head else "0" * 64
        digest = hashlib.sha256(f"{prev}{details}".encode()).hexdigest()
        conn.execute(
            "INSERT INTO audit_log (at, actor, action, details, prev_hash, hash) "
            "VALUES ('2026-11-30T00:00:00Z', 'bench', 'bench', ?, ?, ?)",
            (details, prev, digest),
        )
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (digest,))


def write_offs(kit: Kit, pairs: int = 3) -> tuple[tuple[float, float], tuple[float, float], int]:
    """Medians of the kit's audited write-off and of `bare_write_off`, wall and CPU seconds
    ((kit, bare) each), alternating on carriers of the same size (the order swapped from
    pair to pair); and how many records one changed."""
    conn = kit.store.conn
    actions = BacklogActions(conn=conn, audit=kit.audit)
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    changed = 0
    for n in range(pairs):
        for who in (0, 1) if n % 2 == 0 else (1, 0):
            carrier = f"Carrier {2 * n + 1 + who}"
            started, cpu_started = time.perf_counter(), _cpu()
            if who == 0:
                criteria = Criteria(carrier=carrier)
                changed = actions.set_status(
                    to="write-off", note="bench", criteria=criteria
                ).changed
            else:
                bare_write_off(conn, carrier)
            wall[who].append(time.perf_counter() - started)
            cpu[who].append(_cpu() - cpu_started)
    median = statistics.median
    return (median(wall[0]), median(wall[1])), (median(cpu[0]), median(cpu[1])), changed


def _bulk(kit: Kit) -> list[Figure]:
    (seconds, baseline), (cpu, cpu_baseline), changed = write_offs(kit)
    actions = BacklogActions(conn=kit.store.conn, audit=kit.audit)
    undo = _timed(actions.undo_last)
    return [
        Figure(
            f"bulk write-off of {changed:,} records, audited (median of 3)",
            seconds,
            "s",
            baseline,
            "≤ 1.2× the same statements bare",
        ),
        Figure("  same, CPU seconds (user + system)", cpu, "s", cpu_baseline),
        Figure(f"undo of that bulk action ({changed:,} records)", undo, "s", baseline),
    ]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


_WINDOW = """
import resource, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import KeyFile
from app.store.store import Store
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1200, 760); window.show()
# opened with the raw key, as a keyring unlock does (the passphrase's scrypt would add its
# own 128 MB peak, which has nothing to do with the table)
paths = KitPaths(Path(sys.argv[2]))
store = Store(
    paths=paths, raw_key=bytes.fromhex(sys.stdin.readline().strip()),
    key_file=KeyFile.load(paths.key_file),
)
kit = Kit.open(store)
if sys.argv[1] == "backlog":
    from app.ui.backlog.section import BacklogSection
    section = BacklogSection(kit)
    window.setCentralWidget(section)
    section.shown()
    table = section.records.table
    for _ in range(40):  # scroll to the bottom 40 times: 40 pages fetched
        table.scrollToBottom()
        QCoreApplication.processEvents()
    deadline = time.time() + 120
    while section.dashboard.summary is None and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
for _ in range(10):
    QCoreApplication.processEvents()
# VmHWM: this process's own peak (ru_maxrss would include the benchmark's memory at fork)
status = Path("/proc/self/status")
if status.exists():
    peak = next(l for l in status.read_text().splitlines() if l.startswith("VmHWM"))
    print(int(peak.split()[1]))
else:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def window_script(
    script: str,
    mode: str,
    home: Path,
    *,
    prefix: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> str:
    """The last line `script` prints, run offscreen in a fresh process on the kit at
    `home`, unlocked with the raw key (as a keyring unlock does); under `prefix` (a
    profiler's command line) with `env` added, if given."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), **(env or {})}
    raw_key = KeyFile.load(KitPaths(home).key_file).unwrap(PASSPHRASE).hex()
    out = subprocess.run(
        [*prefix, sys.executable, "-c", script, mode, str(home)],
        input=raw_key + "\n",
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return out.stdout.strip().splitlines()[-1]


def store_of(root: Path, rows: int = ROWS) -> Path:
    """A kit under `root` holding `rows` generated records, loaded the bare way."""
    export = root / "telephony.csv"
    with export.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(_csv_row(r) for r in _records(rows))
    kit = _new_kit(root / "kit")
    bare_import(kit.store.conn, export)
    kit.close()
    export.unlink()
    return root / "kit"


_SHARED: list[Path] = []


def bench_store(root: Path) -> Path:
    """`BACKLOG_BENCH_STORE` (a kit folder built before by `store_of`, migrated to this
    version when opened), or else the store `store_of` built for this run: one 1M-row
    store for the CLI, filter and window benchmarks of one `make bench` (each used to build
    its own: minutes each at a million records). Built the first time in a folder of this
    module's, removed when the process ends (`root`, the caller's folder, would be removed
    with the first benchmark)."""
    reuse = os.environ.get("BACKLOG_BENCH_STORE")
    if reuse:
        return Path(reuse)
    if not _SHARED:
        folder = Path(tempfile.mkdtemp(prefix="bench-store-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _SHARED.append(store_of(folder))
    return _SHARED[0]


def _memory(home: Path) -> list[Figure]:
    results = []
    for mode in ("empty", "backlog"):  # the same unlocked kit, without and with the section
        results.append(int(window_script(_WINDOW, mode, home)) / 1024)
    return [
        Figure(
            f"peak RSS, {ROWS:,}-row backlog open in the window",
            results[1],
            "MB",
            results[0],
            "≤ 300 MB (baseline: same kit, no section)",
        )
    ]


def _import_pair(root: Path, export: Path, n: int) -> tuple[Kit, list[Figure]]:
    """The kit's import and `bare_import` of `export` into two new stores, the kit first in
    odd runs: wall and CPU seconds of each; the kit's store left open."""
    timings: dict[str, tuple[float, float]] = {}
    kit: Kit | None = None
    for who in ("kit", "bare") if n % 2 else ("bare", "kit"):
        target = _new_kit(root / f"{who}{n}")
        started, cpu = time.perf_counter(), _cpu()
        if who == "bare":
            bare_import(target.store.conn, export)
        else:
            BacklogImporter(conn=target.store.conn, audit=target.audit).run(export)
        timings[who] = (time.perf_counter() - started, _cpu() - cpu)
        if who == "bare":
            target.close()  # not timed: the kit's store is not closed either
        else:
            kit = target
    assert kit is not None
    (wall, cpu), (bare_wall, bare_cpu) = timings["kit"], timings["bare"]
    return kit, [
        Figure(f"import {ROWS:,}-row CSV, run {n + 1}", wall, "s", bare_wall, "≤ 1.3×"),
        Figure("  same, CPU seconds (user + system)", cpu, "s", bare_cpu),
    ]


def ratios(runs: int) -> Iterator[Figure]:
    """Issue 18 items 2 and 6 alone: `runs` times the import against `bare_import` (the
    order alternating from run to run) and the audited write-off against `bare_write_off`
    (the same figures `run` gives, without the pages, searches and memory), each on a new
    pair of stores; figures given as each run ends."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        export = root / "telephony-quarantine.csv"
        with export.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            writer.writerows(_csv_row(r) for r in _records(ROWS))
        for n in range(runs):
            kit, figures = _import_pair(root, export, n)
            yield from figures
            yield from _bulk(kit)
            kit.close()
            for folder in root.glob(f"*{n}"):
                shutil.rmtree(folder, ignore_errors=True)  # ~1 GB a store


if __name__ == "__main__":  # python -m tests.benchmarks.bench_backlog [runs]
    for figure in ratios(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"  {figure.line()}   (load {load})", flush=True)
