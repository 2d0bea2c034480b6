"""A report's temporary file is owner-only while it is written, not only once it is renamed:
a big write-off PDF takes a minute to lay out, and the report holds service identifiers.
Watched by a second process polling the folder (what another user on the machine could
open), and at the moment the kit's one atomic writer has written the data."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app import fsutil
from app.ui.pdf import write_pdf

pytestmark = pytest.mark.skipif(os.name != "posix", reason="mode bits: POSIX")

_POLLER = textwrap.dedent(
    """
    import os, stat, sys
    folder, stop = sys.argv[1], sys.argv[2]
    seen = {}
    print("ready", flush=True)
    while not os.path.exists(stop):
        for entry in os.scandir(folder):
            if entry.name.endswith(".tmp"):
                try:
                    seen.setdefault(entry.name, oct(stat.S_IMODE(entry.stat().st_mode)))
                except FileNotFoundError:
                    pass
    for name, mode in seen.items():
        print(name, mode)
    """
)


@contextmanager
def watched(folder: Path) -> Iterator[dict[str, str]]:
    """The mode of every `.tmp` file a second process saw in `folder` (filled on exit)."""
    stop = folder.parent / f"{folder.name}.stop"
    poller = subprocess.Popen(
        [sys.executable, "-c", _POLLER, str(folder), str(stop)], stdout=subprocess.PIPE, text=True
    )
    assert poller.stdout is not None
    assert poller.stdout.readline().strip() == "ready"
    seen: dict[str, str] = {}
    try:
        yield seen
    finally:
        stop.touch()
        out, _ = poller.communicate(timeout=60)
        seen.update(line.rsplit(" ", 1) for line in out.splitlines() if line)  # type: ignore[misc]


@pytest.fixture
def modes_at_write(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """The mode of each temporary file when its data has been written (the writer's fsync)."""
    seen: dict[str, str] = {}
    real = os.fsync

    def spy(fd: int) -> None:
        for path in tmp_path.rglob(".*.tmp"):
            seen[path.name] = oct(stat.S_IMODE(path.stat().st_mode))
        real(fd)

    monkeypatch.setattr(os, "fsync", spy)
    old = os.umask(0o022)  # the usual umask: what the OS would give a file created plainly
    yield seen
    os.umask(old)


def _long_html(rows: int) -> str:
    cells = "".join(
        f"<tr><td>SID-{n:07d}</td><td>+46 70 000 {n % 100:02d} {n % 97:02d}</td></tr>"
        for n in range(rows)
    )
    return f"<html><body><h1>Write-off report</h1><table>{cells}</table></body></html>"


def test_a_pdf_being_written_is_readable_by_its_owner_only(
    tmp_path: Path, modes_at_write: dict[str, str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "write-offs.pdf"
    with watched(folder) as polled:
        write_pdf(_long_html(4000), out, title="Write-off report", landscape=True)
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    seen = {**polled, **modes_at_write}
    assert seen, "the temporary file was never seen"
    assert set(seen.values()) == {"0o600"}, seen
    assert [p.name for p in folder.iterdir()] == ["write-offs.pdf"]  # no temporary left


def test_every_atomic_write_starts_owner_only_whatever_the_umask(
    tmp_path: Path, modes_at_write: dict[str, str]
) -> None:
    """CSV, HTML, XLSX, .eml, settings, backup sidecars: all go through `write_private`."""
    out = tmp_path / "out" / "report.csv"
    os.umask(0o000)  # a careless session: plain files would come out world-writable
    fsutil.write_private(out, b"Quarantine ID,Service Identifier\r\n" * 1000)
    assert list(modes_at_write.values()) == ["0o600"], modes_at_write
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
