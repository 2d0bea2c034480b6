"""A person at the workstation's console, answering the kit's question: Windows Python under
Wine with a real Windows console (Wine's console on a pseudo-terminal, where
`GetConsoleMode` succeeds as on a Windows console). Runs from the Linux suite when the
Windows lane is set up (`make test-windows` sets it up), and says so when it is not.

Under Wine 8 without a display a console cannot be opened from inside Windows
(`CREATE_NEW_CONSOLE` gives one whose handles are no console), hence from here."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
import tty
from pathlib import Path

import pytest

from app.bundles import minisign
from tests.support.cli import REPO, CliRunner

sys.path.insert(0, str(REPO / "packaging" / "windows"))
import winpy

pytestmark = [
    pytest.mark.windows,
    pytest.mark.skipif(
        sys.platform == "win32"
        or not winpy.STAMP.is_file()
        or not (winpy.shutil.which("wine") or winpy.shutil.which("wine64")),
        reason="the Windows Python under Wine is not set up here: run 'make test-windows' once",
    ),
]
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def on_windows_console(args: list[str], answer: str, *, wait: float = 90) -> str:
    """`python.exe -m app ARGS` with a console as standard input; types ANSWER + Enter once
    the question is on the screen; returns the screen text."""
    master, slave = os.openpty()
    tty.setraw(slave)  # keys reach Wine's console as typed (Enter is CR, not LF)
    proc = subprocess.Popen(
        [*winpy.python_exe(), "-m", "app", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=winpy.wine_env(),
        cwd=REPO,
    )
    os.close(slave)
    screen, typed = b"", False
    deadline = time.monotonic() + wait
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break  # ended, and Wine's console keeps the terminal open: no EOF
                continue
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the terminal closed
                break
            screen += chunk
            if not typed and b"[y/N]" in ESCAPES.sub(b"", screen).replace(b"\r\n", b""):
                os.write(master, answer.encode() + b"\r")
                typed = True
    finally:
        running = proc.poll() is None
        if running:
            proc.kill()
            proc.wait()
        os.close(master)
    assert typed, f"the question never appeared: {screen!r}"
    assert not running, f"still running after {wait} s: {screen!r}"
    return ESCAPES.sub(b"", screen).decode("utf-8", "replace")


def test_confirmation_is_typed_into_a_windows_console(
    tmp_path: Path, cli: CliRunner, passphrase_file: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    key = minisign.generate()
    pub, _ = minisign.write_keypair(tmp_path / "it", key, "x-passphrase", kdf=minisign.INTERACTIVE)
    args = [
        "--home",
        winpy.windows_path(cli.home),
        "--passphrase-file",
        winpy.windows_path(passphrase_file),
        "bundle",
        "trust",
        winpy.windows_path(pub),
    ]
    refused = on_windows_console(args, "n")
    assert "Does IT confirm this fingerprint?" in refused and "Not pinned" in refused
    assert cli("--json", "bundle", "status").json()["signers"] == []
    accepted = on_windows_console(args, "y")
    assert "Pinned as the primary signer" in " ".join(accepted.split())
    [signer] = cli("--json", "bundle", "status").json()["signers"]
    assert signer["key_id"] == key.public.key_id_text
