"""F21: `outbox export-eml` writes each draft as it makes it (a few hundred messages read at
a time, not every draft in memory before the first file), says its progress, and Ctrl+C
(or Cancel) leaves nothing half-written: no file, every message queued again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.errors import Cancelled
from app.kit import Kit
from tests.delivery.conftest import queue
from tests.support.cli import REPO, CliRunner

BODY = "Impact: MT billing delayed for all operators.\nNext update no later than 03:30.\n" * 40


def test_drafts_are_written_as_they_are_made_not_all_held_first(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    # one draft first: what a first export imports and sets up once a process (the e-mail
    # modules, the template's compiled form) is not what this test measures
    queue(kit, ["first@example.com"], body=BODY)
    assert len(delivery.export_eml(tmp_path / "first")) == 1
    count = 3000
    queue(kit, [f"partner{i:04d}@example.com" for i in range(count)], body=BODY)
    folder = tmp_path / "usb"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        if done in (1, total):  # what is on the disk when the first and last are said
            seen.append((done, len(list(folder.glob("*.eml")))))

    tracemalloc.start()
    try:
        written = delivery.export_eml(folder, progress=progress)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(written) == count
    assert seen == [(1, 1), (count, count)]  # the first file is there at the first word
    # 3000 drafts of ~3.5 kB held at once would be > 10 MB; a few hundred at a time is not
    assert peak < 6 << 20, f"peak {peak / (1 << 20):.1f} MiB"


def test_a_cancelled_export_leaves_no_file_and_every_message_queued(
    kit: Kit, delivery: Delivery, tmp_path: Path
) -> None:
    queue(kit, [f"partner{i:03d}@example.com" for i in range(300)], body=BODY)
    folder = tmp_path / "usb"
    written: list[int] = []
    with pytest.raises(Cancelled):
        delivery.export_eml(
            folder,
            progress=lambda done, _total: written.append(done),
            cancelled=lambda: len(written) >= 120,
        )
    assert max(written) == 120  # it was cut in the middle
    assert list(folder.iterdir()) == []  # no draft, no temporary
    assert Outbox(conn=kit.store.conn, audit=kit.audit).counts()["queued"] == 300


def test_progress_only_on_a_terminal_or_when_asked(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    queue(kit, [f"partner{i:03d}@example.com" for i in range(30)])
    plain = cli.subprocess("outbox", "export-eml", str(tmp_path / "a"))
    assert plain.code == 0, plain.err
    assert "Writing .eml files" not in plain.err  # a script's log gets no progress unasked
    queue(kit, [f"other{i:03d}@example.com" for i in range(30)])
    asked = cli.subprocess("outbox", "export-eml", str(tmp_path / "b"), "--progress")
    assert asked.code == 0, asked.err
    assert "Writing .eml files: 100%\n" in asked.err and "\r" not in asked.err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX here")
def test_ctrl_c_mid_export_leaves_nothing_half_written(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    count = 4000
    queue(kit, [f"partner{i:04d}@example.com" for i in range(count)], body=BODY)
    folder = tmp_path / "usb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", *cli.global_args(), "outbox", "export-eml", str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if folder.is_dir() and len(list(folder.glob("*.eml"))) >= 50:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)  # Ctrl+C
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "interrupted; nothing half-done was kept" in err
    assert list(folder.iterdir()) == []
    assert cli("check").code == 0
    counts = cli("--json", "outbox", "list", "--limit", "1").json()["counts"]
    assert counts["queued"] == count and counts["handed-off"] == 0
