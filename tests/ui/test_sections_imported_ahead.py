"""The sections the officer has not opened yet have their code imported once the window has
settled, one a turn of the event loop, so that a first visit builds the section without
importing it first (issue 18, point 5: the Backlog's modules took ~70 ms of its first
visit, more than its first paint); the Backlog's widgets are built too (6 ms of its ~20-ms
first visit), but nothing of the backlog is read until the officer opens it. Seen from the
real program in its own process, unlocked from the keyring as at a duty desk, nobody
clicking anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.ui.sections import SECTIONS
from tests.support.cli import REPO
from tests.ui.test_start_imports import kit_at_a_duty_desk

LAZY = [e.path.split(":")[0] for e in SECTIONS if not e.eager]
#: watches the modules from a thread of its own while the window runs untouched; says which
#: of the lazy sections' modules were imported, which sections of theirs were built, and
#: how many records the Backlog's table holds (none: read on the first visit)
PROGRAM = """
import gc, os, sys, threading, time
wanted = sys.argv.pop(1).split(",")
def watch():
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not all(m in sys.modules for m in wanted):
        time.sleep(0.05)
    time.sleep(0.5)
    from app.ui.section import Section
    built = [o for o in gc.get_objects() if isinstance(o, Section)]
    print("IMPORTED", *[m for m in wanted if m in sys.modules], flush=True)
    print("BUILT", *sorted(type(o).__name__ for o in built), flush=True)
    print("ROWS", *[o.records.model.rowCount() for o in built
                     if type(o).__name__ == "BacklogSection"], flush=True)
    os._exit(0)
threading.Thread(target=watch, daemon=True).start()
from app.launcher import main
sys.exit(main())
"""


def test_unopened_sections_are_imported_once_the_window_settled(tmp_path: Path) -> None:
    home, env = kit_at_a_duty_desk(tmp_path)
    ran = subprocess.run(
        [sys.executable, "-c", PROGRAM, ",".join(LAZY), "--home", str(home)],
        env=env, capture_output=True, text=True, timeout=120, check=False, cwd=REPO,
    )  # fmt: skip
    said = {line.split(" ", 1)[0]: line.split()[1:] for line in ran.stdout.splitlines()}
    assert "IMPORTED" in said, (ran.stdout, ran.stderr[-2000:])
    assert said["IMPORTED"] == LAZY  # every section not opened, the Backlog among them
    assert "app.ui.backlog.section" in LAZY
    # built: the eager ones at unlock, the Backlog ahead of its visit; the others imported
    eager = sorted(e.path.split(":")[1] for e in SECTIONS if e.eager or e.ahead)
    assert said["BUILT"] == eager
    assert "BacklogSection" in eager
    assert said["ROWS"] == ["0"]  # nothing of the backlog read before the officer opens it
