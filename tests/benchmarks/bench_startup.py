"""Issue 2 figures: start to unlocked main window vs a bare QMainWindow; store open time."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.paths import KitPaths
from app.store import db
from app.store.keys import NoKeyring
from app.store.store import Store
from tests.benchmarks import Figure

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "Correct-Horse-42-battery"
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
# The chosen dependencies' own import cost, with the same bare window: the floor any start of
# this program pays before it does anything of its own.
FLOOR = BARE.replace("import sys", "import sys, sqlcipher3, keyring.backends.SecretService")
RUNS = 7


def _median_seconds(cmd: list[str], env: dict[str, str], expect: str = "") -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=REPO)
        times.append(time.perf_counter() - started)
        if expect and expect not in out.stdout:
            raise RuntimeError(f"{cmd} printed {out.stdout!r} {out.stderr!r}")
    return statistics.median(times)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "kit"
        keyring_file = Path(tmp) / "keyring.json"
        pp = Path(tmp) / "pp"
        pp.write_text(PASSPHRASE)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO),
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileTestKeyring",
            "OUTAGE_KIT_TEST_KEYRING": str(keyring_file),
        }
        py = sys.executable
        subprocess.run(
            [
                py,
                "-m",
                "app",
                "--home",
                str(home),
                "--passphrase-file",
                str(pp),
                "init",
                "--operator",
                "Bench",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        bare = _median_seconds([py, "-c", BARE], env)
        floor = _median_seconds([py, "-c", FLOOR], env)
        kit_keyring = _median_seconds(
            [py, "-m", "app", "--home", str(home), "--quit-when-ready"], env, "ready"
        )
        no_keyring = {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        kit_passphrase = _median_seconds(
            [
                py,
                "-m",
                "app",
                "--home",
                str(home),
                "--passphrase-file",
                str(pp),
                "--quit-when-ready",
            ],
            no_keyring,
            "ready",
        )

        store = Store.create(
            KitPaths(Path(tmp) / "open"), operator="b", passphrase=PASSPHRASE, keeper=NoKeyring()
        )
        key, path = store._key, store.paths.database
        store.close()
        opens = []
        raw = []
        for _ in range(50):
            started = time.perf_counter()
            db.connect(path, key).close()
            opens.append(time.perf_counter() - started)
            import sqlcipher3

            started = time.perf_counter()
            conn = sqlcipher3.connect(str(path))
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()
            raw.append(time.perf_counter() - started)
    return [
        Figure("start → unlocked window (keyring)", kit_keyring, "s", bare, "≤ 1.5× bare"),
        Figure(
            "  same, against bare window + sqlcipher3 + keyring imports", kit_keyring, "s", floor
        ),
        Figure(
            "start → unlocked window (passphrase file, scrypt)",
            kit_passphrase,
            "s",
            bare,
            "(no keyring: + key unwrap)",
        ),
        Figure(
            "store open with raw key (db.connect)",
            statistics.median(opens) * 1000,
            "ms",
            statistics.median(raw) * 1000,
            "< 10 ms",
        ),
    ]
