"""Every backlog counter (the tally, the day counters, the amounts, the tariff key and batch
number counts) equals a full GROUP BY recount of the records after every step of a random mix
of what changes records: imports (row by row, in one bulk transaction, staged and merged),
write-offs and status changes picked by a search, by rows or by a file of IDs, undo, another
writer's single-record edits and deletes, and a second process deciding at the same time; and
after a bulk decision killed (SIGKILL) at a random moment, at the next open."""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import app.backlog.importer as importer_module
from app.backlog import staging, tally
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.errors import UserError
from app.kit import Kit
from app.paths import KitPaths
from app.store import db
from app.store.keys import KeyFile
from app.store.migrations.m020_backlog_days import SERVICE_PREFIX, day_of
from app.store.store import Store
from tests.backlog.conftest import HEADER
from tests.backlog.test_money_counts import _KILLED_IMPORT
from tests.support.killed import REPO, run_killed

Writer = Callable[..., Path]
_STATUS_WORDS = ("Quarantine", "Pending", "Write off", "Completed", "Withdrawn")
_REASONS = ("No Tariff Found", "Obsolete Usage Fault", "Duplicate Usage Fault", "Odd Reason")
_CARRIERS = ("Carrier 0", "Carrier 1", "Carrier 2", "Carrier 3")

#: each counter table as a full recount of the records gives it (the counters' definitions,
#: written out again here, apart from the code that keeps them)
RECOUNT = {
    "backlog_tally": (
        "SELECT status, kind, reason, reason_known, carrier, carrier_file_type, count(*) "
        "FROM backlog_records GROUP BY 1, 2, 3, 4, 5, 6"
    ),
    "backlog_day_tally": (
        f"SELECT 'call', {day_of('call_date')}, status, count(*) FROM backlog_records "
        "GROUP BY 2, 3 UNION ALL "
        f"SELECT 'updated', {day_of('date_updated')}, status, count(*) FROM backlog_records "
        "GROUP BY 2, 3 UNION ALL "
        f"SELECT 'released', {day_of('date_released')}, status, count(*) FROM backlog_records "
        "WHERE date_released <> '' GROUP BY 2, 3 UNION ALL "
        f"SELECT 'service', substr(service_id, 1, {SERVICE_PREFIX}), status, count(*) "
        "FROM backlog_records GROUP BY 2, 3"
    ),
    "backlog_money": (
        "SELECT status, reason, carrier, coalesce(currency, ''), count(*), "
        "coalesce(sum(amount_minor), 0) FROM backlog_records GROUP BY 1, 2, 3, 4"
    ),
    "backlog_day_money": (
        f"SELECT {day_of('call_date')}, status, coalesce(currency, ''), count(*), "
        "coalesce(sum(amount_minor), 0) FROM backlog_records GROUP BY 1, 2, 3"
    ),
    "backlog_key_tally": (
        "SELECT 'tariff', tariff_key, status, count(*) FROM backlog_records GROUP BY 2, 3 "
        "UNION ALL "
        "SELECT 'batch', batch_number, status, count(*) FROM backlog_records GROUP BY 2, 3"
    ),
}


def assert_counters_equal_recount(conn: db.Connection, step: str = "") -> None:
    """Every counter row that counts something equals the recount's, and the recount has no
    row the counters lack; the counters are live and no decision's pause is left."""
    assert tally.live(conn) and tally.days_live(conn), step
    assert tally.money_live(conn) and tally.keys_live(conn), step
    assert conn.execute("SELECT count(*) FROM backlog_counts_paused").fetchone()[0] == 0, step
    for table, recount in RECOUNT.items():
        moneyed = table in ("backlog_money", "backlog_day_money")
        kept = set(
            conn.execute(f"SELECT * FROM {table} WHERE n <> 0" + (" OR amount <> 0" * moneyed))
        )
        assert kept == set(conn.execute(recount)), f"{table} after {step}"


def random_rows(rnd: random.Random, ids: range) -> list[str]:
    """Rows as billing writes them, with every kind of value a counter buckets: call dates
    with a time and without, released or not, amounts or none, two currencies."""
    rows = []
    for n in ids:
        call = f"2026-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
        if rnd.random() < 0.7:
            call += f" {rnd.randrange(24):02d}:{rnd.randrange(60):02d}:00"
        released = f"2026-11-{rnd.randrange(1, 29):02d} 06:00:00" if rnd.random() < 0.3 else ""
        amount = f"{rnd.randrange(1000)}.{rnd.randrange(100):02d}" if rnd.random() < 0.9 else ""
        rows.append(
            f"Q{n:06d},{rnd.randrange(5)},CDR_{rnd.randrange(5)}.csv,{rnd.choice(_CARRIERS)},"
            f"{rnd.choice(('CDR', 'TAP'))},4670{rnd.randrange(3)}{n:05d},TK{rnd.randrange(6)},"
            f"{rnd.choice(_STATUS_WORDS)},{rnd.choice(_REASONS)},{call},"
            f"2026-11-{rnd.randrange(1, 29):02d},{released},{amount},"
            f"{rnd.choice(('EUR', 'EUR', 'SEK'))},{rnd.randrange(300)}"
        )
    return rows


_SECOND = """
import random, sys
from pathlib import Path
from app.backlog.actions import BacklogActions
from app.backlog.model import Criteria
from app.errors import UserError
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import KeyFile
from app.store.store import Store
paths = KitPaths(Path(sys.argv[1]))
store = Store(paths=paths, raw_key=bytes.fromhex(sys.stdin.readline().strip()),
              key_file=KeyFile.load(paths.key_file))
kit = Kit.open(store)
actions = BacklogActions(conn=store.conn, audit=kit.audit, origin="second")
rnd = random.Random(int(sys.argv[2]))
for _ in range(4):
    try:
        if rnd.random() < 0.3:
            actions.undo_last()
        else:
            carrier = f"Carrier {rnd.randrange(4)}"
            actions.set_status(to=rnd.choice(["write-off", "pending", "quarantined"]),
                               note="second", criteria=Criteria(carrier=carrier))
    except UserError:
        pass
store.close()
print("finished", flush=True)
"""


class Mix:
    """The random steps, on a real store (`kit`), each followed by the recount."""

    def __init__(self, kit: Kit, write_csv: Writer, rnd: random.Random, raw_key: str) -> None:
        self.kit = kit
        self.conn = kit.store.conn
        self.write_csv = write_csv
        self.rnd = rnd
        self.raw_key = raw_key
        self.actions = BacklogActions(conn=self.conn, audit=kit.audit)
        self.next_id = 1
        self.files = 0

    def _ids(self) -> list[int]:
        return [int(r[0]) for r in self.conn.execute("SELECT id FROM backlog_records")]

    def _file(self, count: int) -> Path:
        # new records and records already there (billing's next export changes them)
        start = max(1, self.next_id - self.rnd.randrange(0, 60))
        self.next_id = max(self.next_id, start + count)
        self.files += 1
        rows = random_rows(self.rnd, range(start, start + count))
        return self.write_csv([HEADER, *rows], name=f"telephony-{self.files}.csv")

    def import_rows(self) -> None:
        BacklogImporter(conn=self.conn, audit=self.kit.audit).run(
            self._file(self.rnd.randrange(5, 80))
        )

    def import_bulk(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(importer_module, "BULK_ROWS", 10)
        try:
            self.import_rows()  # one transaction, counted afresh at the end
        finally:
            monkeypatch.setattr(importer_module, "BULK_ROWS", 100_000)

    def import_staged(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(importer_module, "STAGED_ROWS", 10)
        monkeypatch.setattr(staging, "MERGE_ROWS", 30)
        try:
            self.import_rows()
        finally:
            monkeypatch.setattr(importer_module, "STAGED_ROWS", 50_000)

    def decide(self) -> None:
        to = self.rnd.choice(["write-off", "pending", "quarantined"])
        pick = self.rnd.randrange(3)
        closed = self.rnd.random() < 0.3
        if pick == 0:
            criteria = self.rnd.choice(
                [
                    Criteria(carrier=self.rnd.choice(_CARRIERS)),
                    Criteria(reason=self.rnd.choice(_REASONS), status="quarantined"),
                    Criteria(tariff_key=f"TK{self.rnd.randrange(6)}"),
                    Criteria(date_from="2026-03-01", date_to="2026-08-31"),
                ]
            )
            self.actions.set_status(to=to, note="claim", criteria=criteria, include_closed=closed)
        elif pick == 1:
            ids = self._ids()
            chosen = self.rnd.sample(ids, min(len(ids), self.rnd.randrange(1, 40)))
            self.actions.set_status(to=to, note="claim", ids=chosen, include_closed=closed)
        else:
            qids = [f"Q{self.rnd.randrange(1, self.next_id + 5):06d}" for _ in range(20)]
            self.actions.set_status(to=to, note="claim", quarantine_ids=qids)

    def undo(self) -> None:
        with contextlib.suppress(UserError):  # nothing to undo: the last one was an undo
            self.actions.undo_last()

    def edit_one(self) -> None:
        """Another writer changes one record: any column a counter is keyed by, or several."""
        column, value = self.rnd.choice(
            [
                ("status", "'pending'"),
                ("status", "'completed'"),
                ("reason", "'Carrier Says No'"),
                ("carrier", "'Carrier 9'"),
                ("amount_minor", str(self.rnd.randrange(-500, 50000))),
                ("amount_minor", "NULL"),
                ("currency", "'NOK'"),
                ("call_date", "'2025-12-31T23:59:59'"),
                ("call_date", "'soon'"),
                ("date_released", "'2026-12-01T00:00:00'"),
                ("date_released", "''"),
                ("service_id", "'4679912345'"),
                ("tariff_key", "'TK99'"),
                ("batch_number", "'77'"),
                ("status = 'write-off', amount_minor", "1"),
            ]
        )
        with db.transaction(self.conn):
            self.conn.execute(
                f"UPDATE backlog_records SET {column} = {value} "
                "WHERE id = (SELECT id FROM backlog_records ORDER BY random() LIMIT 1)"
            )

    def delete_one(self) -> None:
        with db.transaction(self.conn):
            self.conn.execute(
                "DELETE FROM backlog_records WHERE id = (SELECT id FROM backlog_records "
                "WHERE id NOT IN (SELECT record FROM backlog_changes) "
                "ORDER BY random() LIMIT 1)"
            )

    def with_second_process(self) -> None:
        """A second process decides and undoes while this one does too."""
        home = str(self.kit.store.paths.home)
        second = subprocess.Popen(
            [sys.executable, "-c", _SECOND, home, str(self.rnd.randrange(10**6))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert second.stdin is not None
        second.stdin.write(self.raw_key + "\n")
        second.stdin.flush()  # it unlocks and starts; communicate() closes its input
        for _ in range(3):
            self.rnd.choice([self.decide, self.undo, self.edit_one])()
        out, err = second.communicate(timeout=120)
        assert second.returncode == 0 and "finished" in out, err


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_counter_equals_a_recount_after_every_step_of_a_random_mix(
    kit: Kit,
    write_csv: Writer,
    paths: KitPaths,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
) -> None:
    rnd = random.Random(seed)
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    mix = Mix(kit, write_csv, rnd, raw_key)
    mix.import_rows()
    assert_counters_equal_recount(mix.conn, "the first import")
    steps: list[tuple[str, Callable[[], None], int]] = [
        ("import", mix.import_rows, 3),
        ("bulk import", lambda: mix.import_bulk(monkeypatch), 1),
        ("staged import", lambda: mix.import_staged(monkeypatch), 1),
        ("decision", mix.decide, 6),
        ("undo", mix.undo, 3),
        ("edit", mix.edit_one, 3),
        ("delete", mix.delete_one, 1),
        ("second process", mix.with_second_process, 1),
    ]
    names = [name for name, _, weight in steps for _ in range(weight)]
    done = []
    for _ in range(24):
        name = rnd.choice(names)
        next(work for n, work, _ in steps if n == name)()
        done.append(name)
        assert_counters_equal_recount(mix.conn, " → ".join(done))
    # the mix changed records by every path at least once over the seeds; here, some at least
    assert mix.conn.execute("SELECT count(*) FROM backlog_actions").fetchone()[0] > 0


def test_a_bulk_decision_moves_the_counters_without_the_update_triggers(
    kit: Kit, write_csv: Writer
) -> None:
    """The decision's own UPDATE fires no counter trigger (the counters moved in one
    statement each); a single record's change afterwards fires them again."""
    rnd = random.Random(7)
    conn = kit.store.conn
    BacklogImporter(conn=conn, audit=kit.audit).run(
        write_csv([HEADER, *random_rows(rnd, range(1, 301))])
    )
    fired: list[str] = []
    conn.create_function("seen", 1, fired.append)
    with db.transaction(conn):  # a temporary trigger beside the counters' to watch them
        conn.execute(
            "CREATE TEMP TRIGGER watch AFTER UPDATE OF status ON backlog_records "
            "WHEN NOT EXISTS (SELECT 1 FROM main.backlog_counts_paused) "
            "BEGIN SELECT seen(NEW.quarantine_id); END"
        )
    actions = BacklogActions(conn=conn, audit=kit.audit)
    done = actions.set_status(
        to="write-off", note="claim", criteria=Criteria(carrier="Carrier 1"), include_closed=True
    )
    assert done.changed > 20 and fired == []
    assert_counters_equal_recount(conn, "the write-off")
    actions.undo_last()
    assert fired == []
    assert_counters_equal_recount(conn, "the undo")
    (qid,) = conn.execute(
        "SELECT quarantine_id FROM backlog_records WHERE status <> 'pending' LIMIT 1"
    ).fetchone()
    with db.transaction(conn):
        conn.execute(
            "UPDATE backlog_records SET status = 'pending' WHERE quarantine_id = ?", (qid,)
        )
    assert fired == [qid]
    assert_counters_equal_recount(conn, "one record's change")


_KILLED_DECISION = """
import os, random, signal, sys, threading, time
from pathlib import Path
from app.backlog.actions import BacklogActions
from app.backlog.model import Criteria
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import KeyFile
from app.store.store import Store
paths = KitPaths(Path(sys.argv[1]))
store = Store(paths=paths, raw_key=bytes.fromhex(sys.stdin.readline().strip()),
              key_file=KeyFile.load(paths.key_file))
kit = Kit.open(store)
actions = BacklogActions(conn=store.conn, audit=kit.audit)
rnd = random.Random(int(sys.argv[2]))
kill = getattr(signal, "SIGKILL", signal.SIGTERM)  # Windows: TerminateProcess
# the kill lands anywhere in the run of bulk decisions and undos: mid-statement too
threading.Timer(rnd.uniform(0.0, 1.5), lambda: os.kill(os.getpid(), kill)).start()
print("deciding", flush=True)
while True:
    for carrier in ("Carrier 0", "Carrier 1", "Carrier 2", "Carrier 3"):
        actions.set_status(to=rnd.choice(["write-off", "pending"]), note="claim",
                           criteria=Criteria(carrier=carrier), include_closed=True)
        actions.undo_last()
print("finished", flush=True)
"""


@pytest.mark.parametrize("seed", range(4))
def test_a_bulk_decision_killed_at_a_random_moment_leaves_true_counters(
    kit: Kit, write_csv: Writer, paths: KitPaths, passphrase: str, seed: int
) -> None:
    rnd = random.Random(100 + seed)
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *random_rows(rnd, range(1, 2001))])
    )
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    kit.store.close()
    out = run_killed(_KILLED_DECISION, [str(paths.home), str(seed)], raw_key)
    assert "deciding" in out or out == ""  # killed before or after it started deciding
    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        reopened = Kit.open(store)
        conn = reopened.store.conn
        assert_counters_equal_recount(conn, "the kill")
        # every action the kill left is whole: its change rows match the records' statuses
        assert conn.execute("SELECT count(*) FROM backlog_records").fetchone()[0] == 2000
        BacklogActions(conn=conn, audit=reopened.audit).set_status(
            to="pending", note="", criteria=Criteria(carrier="Carrier 2"), include_closed=True
        )
        assert_counters_equal_recount(conn, "a decision after the kill")
    finally:
        store.close()


@pytest.mark.parametrize("seed", range(2))
def test_an_import_killed_at_a_random_moment_is_counted_true_when_the_next_open_resumes_it(
    kit: Kit, write_csv: Writer, paths: KitPaths, passphrase: str, seed: int
) -> None:
    rnd = random.Random(200 + seed)
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *random_rows(rnd, range(1, 201))])
    )
    # new records and 150 already there; killed while merging or building the indexes
    export = write_csv([HEADER, *random_rows(rnd, range(50, 1551))], name="telephony-big.csv")
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    kit.store.close()
    at = rnd.randrange(801, 1000)
    run_killed(_KILLED_IMPORT, [str(paths.home), str(export), str(at)], raw_key)
    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        reopened = Kit.open(store)  # the next start finishes the import
        conn = reopened.store.conn
        assert conn.execute("SELECT count(*) FROM backlog_records").fetchone()[0] == 1550
        assert_counters_equal_recount(conn, f"an import killed at {at}/1000, resumed")
    finally:
        store.close()
