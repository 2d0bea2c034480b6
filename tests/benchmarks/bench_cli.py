"""Issue 18, point 4: one `outage-kit backlog query` (status and reason, first 50 rows, the
count, JSON) against a bare script doing the same work: it unlocks the same way (asks the
keyring, then opens the key file with the passphrase file), runs the same two statements on
the same store and prints the same JSON. Whole processes, alternating, medians of 5.

The kit's modules are compiled first, as `make bench` and the installed or frozen kit have
them: with PYTHONDONTWRITEBYTECODE set (as on this machine) an editable install would compile
some sixty modules at every command (~0.1 s, measured 0.52 against 0.34 s), which no user pays.
The bare script imports the same `app.store.keys` and profits the same way.

The count: the kit reads the tally (migration 15), the bare script counts with the
(reason, call_date, status) index; measured at a million records that is 1.5 ms against
3-13 ms, within the noise of a whole process.

`BACKLOG_BENCH_ROWS` (default 1,000,000) sets the store's size."""

from __future__ import annotations

import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import Figure
from tests.benchmarks.bench_backlog import PASSPHRASE, REPO, ROWS, bench_store

FILTERS = ("--status", "pending", "--reason", "No Tariff Found")
#: the bare script: what an engineer writes for this one question
BARE = """
import json, sys
from pathlib import Path
import sqlcipher3
from app.store.keys import KeyFile
home, secret = Path(sys.argv[1]), Path(sys.argv[2]).read_text(encoding="utf-8").strip()
import keyring  # the kit's order: the keyring first, then the passphrase file
try:
    found = keyring.get_password("outage-kit", str(home))
except Exception:
    found = None
key = bytes.fromhex(found) if found else KeyFile.load(home / "store.key").unwrap(secret)
conn = sqlcipher3.connect(str(home / "store.db"), isolation_level=None)
conn.execute(f"PRAGMA key = \\"x'{key.hex()}'\\"")
conn.execute("PRAGMA cache_size = -65536")
where, params = "status = ? AND reason = ?", ("pending", "No Tariff Found")
cur = conn.execute(
    f"SELECT * FROM backlog_records WHERE {where} ORDER BY call_date DESC, id DESC LIMIT 50",
    params,
)
names = [d[0] for d in cur.description]
records = [dict(zip(names, row)) for row in cur]
total = conn.execute(f"SELECT count(*) FROM backlog_records WHERE {where}", params).fetchone()[0]
print(json.dumps({"total": total, "records": records}, indent=2))
"""


def commands(home: Path, secret: Path) -> tuple[list[str], list[str]]:
    kit = [
        sys.executable, "-m", "app", "--home", str(home), "--passphrase-file", str(secret),
        "--json", "backlog", "query", *FILTERS,
    ]  # fmt: skip
    return kit, [sys.executable, "-c", BARE, str(home), str(secret)]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def alternate(
    a: list[str], b: list[str], pairs: int = 5
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Medians of whole-process wall times and of their CPU times (user + system: what a
    loaded machine swings least), A and B in turn (after one of each unmeasured)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    for n in range(pairs + 1):
        for i, command in enumerate((a, b)):
            started, cpu_started = time.perf_counter(), _children_cpu()
            subprocess.run(command, env=env, cwd=REPO, check=True, capture_output=True)
            if n:
                wall[i].append(time.perf_counter() - started)
                cpu[i].append(_children_cpu() - cpu_started)
    median = statistics.median
    return (median(wall[0]), median(wall[1])), (median(cpu[0]), median(cpu[1]))


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        home = bench_store(Path(tmp))
        secret = Path(tmp) / "passphrase.txt"
        secret.write_text(PASSPHRASE, encoding="utf-8")
        compileall.compile_dir(REPO / "app", quiet=1)
        (seconds, baseline), (cpu, cpu_baseline) = alternate(*commands(home, secret))
        return [
            Figure(
                f"CLI backlog query (status + reason) at {ROWS:,}, median of 5",
                seconds,
                "s",
                baseline,
                "≤ 1.5× the bare script",
            ),
            Figure("  same, CPU time of the process (user + system)", cpu, "s", cpu_baseline),
        ]
