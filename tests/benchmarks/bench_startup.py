"""Issue 2 figures: start to unlocked main window vs a bare QMainWindow; store open time.

The bare window is a QMainWindow with one QLabel of text as its central widget, shown: the
least any program shows its user, and it makes Qt create what every window with text pays
for (the style, the font database, a text layout: ~12 ms here), which a window with nothing
in it never does. The dependency floor (issue 18, point 7) is that window plus what any start
of this program needs before it does anything of its own (see FLOOR).

Both programs print 'ready' in the first turn of their event loop after `show()` (the bare
window in a zero timer queued after show, the kit in one queued before its own deferred work),
and the time is taken when that line arrives. Runs alternate between the programs, so a
noisy neighbour on this shared machine hits both alike. The kit's modules are compiled first,
as `make run` does (an editable install has no bytecode of its own)."""

from __future__ import annotations

import compileall
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
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760)
w.setCentralWidget(QLabel("Outage Kit")); w.show()
def ready():
    print("ready", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
# What any start of this program pays before it does anything of its own, with the same bare
# window: SQLCipher, the keyring as the kit loads it (app.store.keys defers what keyring's
# helpers import unused), and Qt's `Qt` namespace, which every table, label alignment and
# key binding needs and a bare window never touches.
# It collects as the kit's launcher does (app/launcher.py): no cyclic collection while the
# modules import, then what they made frozen, out of later passes; any program can do this.
FLOOR = BARE.replace(
    "import sys",
    "import gc\ngc.disable()\n"
    "import sys, sqlcipher3\n"
    "from app.store.keys import OsKeyring\n"
    "OsKeyring.detect()\n"
    "from PySide6.QtCore import Qt",
).replace("app = QApplication", "gc.freeze(); gc.enable()\napp = QApplication")
RUNS = 11
# The same two programs once more, each printing its main thread's CPU time when it reaches
# the mark ("cpu <seconds>"): on this shared machine the wall clock swings by half from run to
# run with the load, the CPU a program spends much less. Only for that figure: the wall-clock
# runs above are the programs as they are.
FLOOR_CPU = FLOOR.replace(
    '    print("ready", flush=True)',
    '    import time\n    print(f"cpu {time.thread_time():.4f}", flush=True)\n'
    '    print("ready", flush=True)',
)
# The kit as `python -m app` starts it: the report is hooked in when the launcher imports the
# window module (after its unlock), not by importing that module first, which would import
# PySide6 before the keyring and the services and so measure another start-up order.
KIT_CPU = """
import importlib.abc, importlib.util, sys, time

def hook(ui):
    report = ui._report_when_ready
    def with_cpu(app, window):
        # connected before the report's own slot, so it runs first: the CPU up to "settled"
        window.sections_ready.connect(lambda: print(f"cpu {time.thread_time():.4f}", flush=True))
        report(app, window)
    ui._report_when_ready = with_cpu

class WhenImported(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "app.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            hook(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WhenImported())
from app.launcher import main
sys.exit(main(sys.argv[1:]))
"""
CPU_RUNS = 7


def _line_times(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from start until each line of output arrived, and until the process ended."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    seen = {line.strip(): time.perf_counter() - started for line in proc.stdout}
    if proc.wait() != 0:
        raise RuntimeError(f"{cmd} failed with {proc.returncode}")
    seen["exit"] = time.perf_counter() - started
    return seen


def _alternating(programs: dict[str, list[str]], envs: dict[str, dict[str, str]]) -> dict:
    times: dict[str, list[dict[str, float]]] = {name: [] for name in programs}
    for _ in range(RUNS):
        for name, cmd in programs.items():
            times[name].append(_line_times(cmd, envs[name]))
    return times


def _cpu_seconds(cmd: list[str], env: dict[str, str]) -> float:
    out = subprocess.run(
        cmd, env=env, cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[out.index("cpu") + 1])


def _median(runs: list[dict[str, float]], line: str) -> float:
    if any(line not in run for run in runs):
        raise RuntimeError(f"a run did not print {line!r}: {runs}")
    return statistics.median(run[line] for run in runs)


def run() -> list[Figure]:
    compileall.compile_dir(REPO / "app", quiet=1)
    compileall.compile_dir(REPO / "tests" / "support", quiet=1)
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
        kit = [py, "-m", "app", "--home", str(home)]
        subprocess.run(
            [*kit, "--passphrase-file", str(pp), "init", "--operator", "Bench"],
            env=env,
            check=True,
            capture_output=True,
        )
        no_keyring = {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
        times = _alternating(
            {
                "bare": [py, "-c", BARE],
                "floor": [py, "-c", FLOOR],
                "kit": [*kit, "--quit-when-ready"],
                "passphrase": [*kit, "--passphrase-file", str(pp), "--quit-when-ready"],
            },
            {"bare": env, "floor": env, "kit": env, "passphrase": no_keyring},
        )
        bare = _median(times["bare"], "ready")
        floor = _median(times["floor"], "ready")
        cpu: dict[str, list[float]] = {"floor": [], "kit": []}
        for _ in range(CPU_RUNS):  # alternating, as above
            cpu["floor"].append(_cpu_seconds([py, "-c", FLOOR_CPU], env))
            cpu["kit"].append(_cpu_seconds([py, "-c", KIT_CPU, *kit[3:], "--quit-when-ready"], env))

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
        Figure(
            "start → unlocked window shown (keyring)",
            _median(times["kit"], "ready"),
            "s",
            bare,
            "≤ 1.5× bare",
        ),
        Figure(
            "  same, against that window + SQLCipher, keyring, Qt namespace",
            _median(times["kit"], "ready"),
            "s",
            floor,
        ),
        Figure(
            "  start → Outbox lights and bundle watch in too",
            _median(times["kit"], "settled"),
            "s",
            bare,
        ),
        Figure(
            "  same (settled), against the dependency floor",
            _median(times["kit"], "settled"),
            "s",
            floor,
            "≤ 1.5× floor (issue 18, point 7)",
        ),
        Figure(
            "  same (settled), main thread's CPU against the floor's",
            statistics.median(cpu["kit"]),
            "s",
            statistics.median(cpu["floor"]),
            f"(steadier under load; medians of {CPU_RUNS})",
        ),
        Figure(
            "start → unlocked window shown (passphrase file, scrypt)",
            _median(times["passphrase"], "ready"),
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
