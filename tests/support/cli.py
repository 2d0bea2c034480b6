"""Run the real command line, in-process (fast) or as a subprocess (exit codes, env)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.cli import main

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@dataclass
class CliRunner:
    home: Path
    passphrase_file: Path | None

    def global_args(self) -> list[str]:
        args = ["--home", str(self.home)]
        if self.passphrase_file is not None:
            args += ["--passphrase-file", str(self.passphrase_file)]
        return args

    def __call__(self, *args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([*self.global_args(), *args])
            except SystemExit as exit_:  # argparse usage errors
                code = int(exit_.code or 0)
        return Result(code, out.getvalue(), err.getvalue())

    def subprocess(
        self, *args: str, env: dict[str, str] | None = None, timeout: float = 60
    ) -> Result:
        full_env = {**os.environ, **(env or {})}
        full_env["PYTHONPATH"] = str(REPO)
        proc = subprocess.run(
            [sys.executable, "-m", "app", *self.global_args(), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",  # the kit writes UTF-8 to pipes on every platform
            env=full_env,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            cwd=REPO,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)


def bundle_build(
    cli: CliRunner, source: Path, key_prefix: Path, passfile: Path, version: int, out: Path
) -> Any:
    """`bundle build` as IT runs it (here, not in a test module that imports Qt: the
    Windows lane's groups collect tests without Qt); its result, built or refused."""
    return cli(
        "bundle",
        "build",
        str(source),
        "--key",
        str(key_prefix.with_name(key_prefix.name + ".key")),
        "--version",
        str(version),
        "--out",
        str(out),
        "--key-passphrase-file",
        str(passfile),
    )


def build_bundle_with_cli(
    cli: CliRunner, source: Path, key_prefix: Path, passfile: Path, version: int, out: Path
) -> None:
    result = bundle_build(cli, source, key_prefix, passfile, version, out)
    assert result.code == 0, result.err
