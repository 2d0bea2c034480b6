"""The write-off PDF on the command line: progress on stderr only on a terminal or when
asked, and Ctrl+C (a real SIGINT to a real second process) ends it with a clear message,
exit 130, and no file nor temporary left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.kit import Kit
from tests.support.cli import REPO, CliRunner
from tests.support.write_offs import pdf_args, write_off_many

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT and pty: POSIX")


def _command(cli: CliRunner, out: Path, *more: str) -> list[str]:
    return [sys.executable, "-m", "app", *cli.global_args(), *pdf_args(out, *more)]


@posix_only
def test_ctrl_c_stops_the_pdf_and_leaves_nothing(kit: Kit, cli: CliRunner, tmp_path: Path) -> None:
    write_off_many(kit, tmp_path, 6000)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "write-offs.pdf"
    proc = subprocess.Popen(
        _command(cli, out, "--progress"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert proc.stderr is not None
        said = [proc.stderr.readline()]
        while not said[-1].startswith("Writing the PDF:") and said[-1]:
            said.append(proc.stderr.readline())
        assert said[-1].startswith("Writing the PDF: "), said  # under way: then Ctrl+C
        proc.send_signal(signal.SIGINT)
        out_text, err_text = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err_text
    assert "outage-kit: interrupted; nothing half-done was kept." in err_text
    assert "Traceback" not in err_text and "written to" not in out_text
    assert list(folder.iterdir()) == []  # neither the report nor its temporary


def test_progress_only_when_asked_off_a_terminal(kit: Kit, cli: CliRunner, tmp_path: Path) -> None:
    write_off_many(kit, tmp_path, 3)
    plain = cli.subprocess(*pdf_args(tmp_path / "a.pdf"))
    assert plain.code == 0, plain.err
    assert "Writing the PDF" not in plain.err  # a script's log gets no progress unasked
    asked = cli.subprocess(*pdf_args(tmp_path / "b.pdf", "--progress"))
    assert asked.code == 0, asked.err
    assert "Writing the PDF: 100%\n" in asked.err
    assert "\r" not in asked.err  # a log gets whole lines


@posix_only
def test_progress_on_a_terminal_rewrites_one_line(kit: Kit, cli: CliRunner, tmp_path: Path) -> None:
    import pty

    write_off_many(kit, tmp_path, 3)
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        _command(cli, tmp_path / "t.pdf"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.wait(timeout=120) == 0
    assert b"\rWriting the PDF: 100%" in seen, seen
