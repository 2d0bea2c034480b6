"""One of the kit's locks held by another process, as a script's `backlog import` or
`outbox send` holds it while the officer works in the window or on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.cli import REPO


@contextmanager
def held_elsewhere(home: Path, acquire: str) -> Iterator[None]:
    """Inside the block, `acquire` has run in another process and holds its lock: Python
    lines taking a lock of the kit in `home` (a `Path` there, by that name)."""
    script = (
        "import sys, time; from pathlib import Path\n"
        "home = Path(sys.argv[1])\n"
        f"{acquire}\n"
        "print('held', flush=True); time.sleep(60)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(home)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.kill()
        holder.communicate()
