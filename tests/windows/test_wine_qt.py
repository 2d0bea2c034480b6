"""Qt under Windows Python (Wine 8): the window drawn offscreen, the full `--selftest` with its
Qt and PDF checks, and a PDF report. Wine 8 hands a Windows program no `QT_*` variable from
Linux (it keeps them for Unix libraries), so `QT_QPA_PLATFORM=offscreen` set outside never
arrived and Qt always took the "windows" platform, which aborts in Wine 8 (WinRT
`UISettings`); set inside the process, offscreen works. Uses the PySide6 the Windows package
ships (build/windows/qt-site, installed by `make test-windows`); runs from the Linux suite."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.reports.conftest import pdf_text
from tests.reports.test_pdf_fonts import TITLE, embedded_fonts
from tests.support.cli import REPO, CliRunner
from tests.windows.test_wine_console import winpy
from tests.windows.test_wine_modem import pytestmark as wine_lane

pytestmark = [
    *wine_lane,
    pytest.mark.skipif(
        not (winpy.QT_SITE / ".installed").is_file(),
        reason="the Windows PySide6 is not installed here: run 'make test-windows' once",
    ),
]


def windows_qt(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python.exe ARGS` under Wine with the kit and the Windows PySide6 on its path."""
    path = f"{winpy.windows_path(REPO)};{winpy.windows_path(winpy.QT_SITE)}"
    return subprocess.run(
        [*winpy.python_exe(), *args],
        env=winpy.wine_env({"PYTHONPATH": path, "PYTHONIOENCODING": "utf-8"}),
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def test_the_window_shows_the_demo_contacts_under_windows_qt(tmp_path: Path) -> None:
    shot = tmp_path / "contacts.png"
    done = windows_qt(str(REPO / "tests" / "windows" / "wine_window.py"), winpy.windows_path(shot))
    assert done.returncode == 0, done.stdout + done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "offscreen" and seen["title"].startswith("Outage Kit")
    assert seen["count"] == "15 contact(s)" and seen["rows"] == 15
    assert seen["fonts"] == ["DejaVu Sans"]
    assert shot.stat().st_size > 10_000  # a drawn window, not an empty image


def test_the_full_selftest_passes_under_windows_python_with_qt() -> None:
    done = windows_qt("-m", "app", "--selftest")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "All checks passed." in done.stdout
    # the name column is as wide as the longest check's name (it grew with "translations")
    assert re.search(r"^qt +ok \(Qt 6\.9\.3 on offscreen", done.stdout, re.M), done.stdout
    assert re.search(r"^report pdf +ok", done.stdout, re.M), done.stdout


def test_a_pdf_report_written_under_windows_embeds_the_shipped_font(
    cli: CliRunner, passphrase_file: Path, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    made = cli(
        "--json", "incident", "new", "--kind", "disaster", "--title", TITLE, "--services", "sms"
    )
    reference = made.json()["reference"]
    pdf = tmp_path / "Łukasz Żółw" / "raport.pdf"
    done = windows_qt(
        "-m", "app", "--home", winpy.windows_path(cli.home), "--passphrase-file",
        winpy.windows_path(passphrase_file), "report", "incident", reference, "--format", "pdf",
        "--out", winpy.windows_path(pdf),
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert {name.split("+")[-1] for name, _ in embedded_fonts(pdf)} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
    }
    assert "Zażółć gęślą jaźń" in pdf_text(pdf) and "Служба поддержки Восток" in pdf_text(pdf)
