"""Issue 2 figures: start to unlocked main window vs a bare QMainWindow; store open time.
Issue 18, point 7: start to "settled" against the dependency floor.

How each side is built, and where its time stops:
- **bare**: a QMainWindow with one QLabel of text as its central widget, shown: the least
  any program shows its user, and it makes Qt create what every window with text pays for
  (the style, the font database, a text layout), which a window with nothing in it never
  does. It prints 'ready' just after its first paint on screen.
- **floor** (issue 18, point 7): that window plus what any start of this program needs
  before it does anything of its own (see FLOOR): SQLCipher, the keyring as the kit loads
  it, Qt's `Qt` namespace, and collecting as the kit's launcher does. 'ready' after its
  first paint, as the bare window.
- **kit**: `python -m app --quit-when-ready` on a store unlocked from the keyring, as the
  officer starts it. 'ready' just after the window's first paint (unlocked, the Incidents
  section in it), 'settled' just after the first paint that shows the sections built after
  it too (the Outbox count and path lights, the bundle status and Kit menu: everything the
  officer sees live); usually the same paint. The pages of sections not shown (Outbox,
  Runbooks) and the store's integrity check start after that paint, as they do for the
  officer, so they are not in the time.

"Just after the paint" is the same code on every side (app/ui/paint_watch.py, imported by
the baselines too): a high-priority event posted from the event that paints the window,
delivered once that paint and its flush to the screen are over. (Until 2 December both
marks came in the first turn of the event loop, before the first paint on both sides.)

Three figures for each comparison, because this machine is shared and its load swings the
wall clock by half from run to run:
- wall clock, from process start to the line's arrival, runs alternating between the
  programs so that a noisy neighbour hits all alike;
- the main thread's CPU time at the mark, each program printing it just before the line
  (AT_MARK, the same few lines on both sides);
- instructions executed by the whole process (every thread) up to the mark, counted by
  callgrind (`--dump-instr=no`; the process ends at the mark), which load does not change:
  the figure to compare two versions of the kit by.
The kit's modules are compiled first, as `make run` does (an editable install has no
bytecode of its own)."""

from __future__ import annotations

import compileall
import os
import re
import shutil
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
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from app.ui.paint_watch import PaintWatch
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760)
w.setCentralWidget(QLabel("Outage Kit"))
def ready():
    print("ready", flush=True)
    app.quit()
PaintWatch(w).after_next_paint(ready)
w.show()
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
# Put before a program: when it prints its mark (BENCH_MARK), the main thread's CPU time is
# printed first ("cpu <seconds>"); with BENCH_END_AT_MARK=1 the process ends there, so that
# callgrind counts up to the mark and not the way out (the kit's goes on: it closes the
# store).
AT_MARK = """
import os as _os, sys as _sys, time as _time
class _AtMark:
    def __init__(self, out):
        self._out, self._mark = out, _os.environ["BENCH_MARK"]
        self._end = _os.environ.get("BENCH_END_AT_MARK") == "1"
    def write(self, text):
        if text.strip() == self._mark:
            self._out.write(f"cpu {_time.thread_time():.4f}\\n")
            self._out.flush()
            if self._end:
                _os._exit(0)
        return self._out.write(text)
    def __getattr__(self, name):
        return getattr(self._out, name)
_sys.stdout = _AtMark(_sys.stdout)
"""
# The kit as `python -m app` starts it (app/__main__.py), with AT_MARK first.
KIT = AT_MARK + "import sys\nfrom app.launcher import main\nsys.exit(main(sys.argv[1:]))\n"
CPU_RUNS = 7
CALLGRIND_RUNS = int(os.environ.get("STARTUP_BENCH_CALLGRIND_RUNS", "3"))


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


def _instructions(cmd: list[str], env: dict[str, str], work: Path) -> float:
    """Millions of instructions the process executed (all its threads) until its mark."""
    out = work / "callgrind.out"
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--dump-instr=no", f"--callgrind-out-file={out}", *cmd],
        env={**env, "BENCH_END_AT_MARK": "1", "PYTHONHASHSEED": "0"},
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or "cpu" not in done.stdout.split():
        raise RuntimeError(f"{cmd} ended before its mark: {done.stdout} {done.stderr[-2000:]}")
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if collected is None:
        raise RuntimeError(f"callgrind gave no count: {done.stderr[-2000:]}")
    out.unlink(missing_ok=True)
    return int(collected.group(1)) / 1e6


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
        at_mark = {
            "floor": ([py, "-c", AT_MARK + FLOOR], {**env, "BENCH_MARK": "ready"}),
            "kit": (
                [py, "-c", KIT, *kit[3:], "--quit-when-ready"],
                {**env, "BENCH_MARK": "settled"},
            ),
        }
        cpu: dict[str, list[float]] = {"floor": [], "kit": []}
        for _ in range(CPU_RUNS):  # alternating, as above
            for name, (cmd, mark_env) in at_mark.items():
                cpu[name].append(_cpu_seconds(cmd, mark_env))
        print(f"   wall: {times}\n   cpu: {cpu}", file=sys.stderr, flush=True)
        instructions: dict[str, list[float]] = {"floor": [], "kit": []}
        for _ in range(CALLGRIND_RUNS if shutil.which("valgrind") else 0):
            for name, (cmd, mark_env) in at_mark.items():
                instructions[name].append(_instructions(cmd, mark_env, Path(tmp)))
            # minutes a run: each as it comes, on stderr
            print(f"   callgrind: {instructions}", file=sys.stderr, flush=True)

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
            "start → unlocked window painted (keyring)",
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
            "  start → painted with Outbox lights and bundle watch in",
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
        *(
            [
                Figure(
                    "  same (settled), instructions against the floor's (callgrind)",
                    statistics.median(instructions["kit"]),
                    "M",
                    statistics.median(instructions["floor"]),
                    f"(load-independent; medians of {CALLGRIND_RUNS})",
                )
            ]
            if instructions["kit"]
            else []
        ),
        Figure(
            "start → unlocked window painted (passphrase file, scrypt)",
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
