"""The data folder's window lock (app/folderlock.py) between real processes: on Windows the
`msvcrt.locking` branch, run under Windows Python in the Windows lane (`winpy.py test
tests/windows/test_folder_lock.py`); on Linux the same test runs the `flock` branch.

A window process holds the lock; a second process (a second window, or `restore` / `rekey`
on the command line) is refused and names the first one's process id; when the first one is
killed without a chance to clean up (TerminateProcess on Windows, SIGKILL here), the OS drops
its lock and the folder is free again — a dead window never locks the officer out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.folderlock import LOCK_NAME, FolderLock, other_holders, take_every, take_free
from tests.support.cli import REPO

pytestmark = pytest.mark.windows

HOLD = """
import sys
from pathlib import Path
from app.folderlock import FolderLock
lock = FolderLock(Path(sys.argv[1]), int(sys.argv[2]))
print("held" if lock.take() else "refused", flush=True)
sys.stdin.readline()  # held until the test kills this process
"""

PROBE = """
import json, sys
from pathlib import Path
from app.folderlock import FolderLock, take_every
home = Path(sys.argv[1])
lock = FolderLock(home)
took = lock.take()
holder = 0 if took else lock.holder()
lock.release()
locks, pid = take_every(home)
for each in locks:
    each.release()
print(json.dumps({"took": took, "holder": holder, "every": pid}), flush=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _holder(home: Path, slot: int = 0) -> subprocess.Popen[str]:
    """A process of its own holding `slot` of the lock on `home`, until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(home), str(slot)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=REPO,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def _probe(home: Path) -> dict[str, int | bool | None]:
    """What a second process finds: the first slot, and every slot (as `restore` takes it)."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(home)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        timeout=120,
        check=True,
    )
    found: dict[str, int | bool | None] = json.loads(done.stdout)
    return found


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "Łukasz Żółw" / "OutageKit"  # a profile folder with a space
    folder.mkdir(parents=True)
    yield folder


def test_a_second_process_is_refused_and_names_the_first_until_it_is_killed(
    home: Path,
) -> None:
    first = _holder(home)
    try:
        seen = _probe(home)
        assert seen == {"took": False, "holder": first.pid, "every": first.pid}
        mine = FolderLock(home)  # this process too: refused, the first one named
        assert not mine.take() and mine.holder() == first.pid
    finally:
        first.kill()  # TerminateProcess on Windows: no clean-up of its own runs
        first.wait(timeout=60)
        if first.stdin is not None:
            first.stdin.close()
        if first.stdout is not None:
            first.stdout.close()
    assert (home / LOCK_NAME).exists()  # left behind by the killed process, not held
    assert _probe(home) == {"took": True, "holder": 0, "every": None}
    lock = FolderLock(home)
    assert lock.take()
    lock.release()


def test_a_window_opened_anyway_holds_a_slot_of_its_own(home: Path) -> None:
    """The first window hangs, the officer opens another anyway (its own slot); the hung
    one is killed: `restore` still finds a window open, the one opened anyway."""
    first = _holder(home)
    second = take_free(home)
    try:
        assert second is not None and second.slot == 1
        assert other_holders(home, second) == [first.pid]
    finally:
        first.kill()
        first.wait(timeout=60)
        for stream in (first.stdin, first.stdout):
            if stream is not None:
                stream.close()
    assert other_holders(home, second) == []
    assert _probe(home)["every"] == os.getpid()
    assert take_every(home)[1] == os.getpid()  # this process, through its other handle
    second.release()
    locks, pid = take_every(home)
    assert pid is None and len(locks) > 1
    for lock in locks:
        lock.release()
