"""The real `outage-kit` program, started as its own process the way a script starts it:
no terminal on stdin, stdout and stderr captured, the exit code as the shell sees it."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import OPERATOR
from tests.support.cli import REPO, CliRunner
from tests.support.cli import Result as Answer

SCRIPT = Path(sys.executable).with_name("outage-kit")


def command_line() -> list[str]:
    """The installed console script (what IT runs); `python -m app` where it is missing."""
    return [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "app"]


@dataclass
class Outage:
    """`outage-kit --home HOME [--passphrase-file FILE] --json ARGS` as a separate process."""

    home: Path
    passphrase_file: Path | None
    env: dict[str, str] = field(default_factory=dict)

    def __call__(
        self, *args: str, json_output: bool = True, stdin: str | None = None, timeout: float = 90
    ) -> Answer:  # Answer.json(): the one JSON document on stdout
        proc = subprocess.run(
            [*command_line(), *self.global_args(json_output), *args],
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",  # the kit reads and writes pipes in UTF-8 (Windows too)
            env=self.environment(),
            cwd=REPO,
            timeout=timeout,
        )
        return Answer(proc.returncode, proc.stdout, proc.stderr)

    def global_args(self, json_output: bool = True) -> list[str]:
        args = ["--home", str(self.home)]
        if self.passphrase_file is not None:
            args += ["--passphrase-file", str(self.passphrase_file)]
        return [*args, "--json"] if json_output else args

    def environment(self) -> dict[str, str]:
        env = {**os.environ, "PYTHONPATH": str(REPO), **self.env}
        env.pop("OUTAGE_KIT_HOME", None)
        env.pop("OUTAGE_KIT_PASSPHRASE_FILE", None)
        env.pop("OUTAGE_KIT_KEY_PASSPHRASE_FILE", None)
        return env

    def ok(self, *args: str, stdin: str | None = None) -> Any:
        """Run, expect exit 0, return the JSON answer."""
        answer = self(*args, stdin=stdin)
        assert answer.code == 0, (args, answer.code, answer.out, answer.err)
        return answer.json()

    def fails(self, kind: str, *args: str, stdin: str | None = None) -> dict[str, Any]:
        """Run, expect exit 2 and one JSON error object of `kind`; return it."""
        answer = self(*args, stdin=stdin)
        assert answer.code == 2, (args, answer.code, answer.out, answer.err)
        error: dict[str, Any] = answer.json()
        assert error["error"] == kind, (args, error)
        assert error["exit_code"] == 2
        assert error["message"] and f"outage-kit: {error['message']}" in answer.err
        assert "This is a bug" not in answer.err
        return error


@pytest.fixture
def demo(cli: CliRunner) -> CliRunner:
    """A store with the invented DEMO partners (made in-process: quick)."""
    created = cli("init", "--operator", OPERATOR, "--demo")
    assert created.code == 0, created.err
    return cli


@pytest.fixture
def outage(demo: CliRunner) -> Outage:
    return Outage(home=demo.home, passphrase_file=demo.passphrase_file)
