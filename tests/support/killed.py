"""A second process that kills itself (SIGKILL; Windows: TerminateProcess) half-way through
work on a store, as a crash or a power cut would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_killed(script: str, args: list[str], raw_key: str) -> str:
    """Run `script` (Python, the raw key on its first line of input) with `args` in a second
    process that must end killed before it prints "finished"; what it printed."""
    run = subprocess.run(
        [sys.executable, "-c", script, *args],
        input=raw_key + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    # POSIX: killed by SIGKILL; Windows: os.kill() ended it with TerminateProcess(SIGTERM)
    assert run.returncode == (signal.SIGTERM if sys.platform == "win32" else -9), run.stderr
    assert "finished" not in run.stdout
    return str(run.stdout)
