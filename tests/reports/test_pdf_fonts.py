"""PDFs are right without the system's fonts (issue 19: Windows has no DejaVu): the kit ships
DejaVu Sans in resources/fonts/ and embeds it. The report is written by the real command line
in its own process, with a font configuration that holds no font at all."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reports.conftest import pdf_text
from tests.support.cli import CliRunner

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdffonts") and shutil.which("pdftotext")), reason="needs poppler-utils"
)

TITLE = "Zażółć gęślą jaźń — Служба поддержки Восток"


def no_system_fonts(tmp_path: Path) -> dict[str, str]:
    """fontconfig with no font folder: the machine has no fonts for Qt to find."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}


def embedded_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) for every font in the PDF (poppler's pdffonts)."""
    lines = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]


def test_a_report_in_polish_russian_and_portuguese_embeds_the_shipped_dejavu(
    cli: CliRunner, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    made = cli(
        "--json", "incident", "new", "--kind", "disaster", "--title", TITLE, "--services", "sms"
    )
    assert made.code == 0, made.err
    reference = made.json()["reference"]
    pdf = tmp_path / "Łukasz Żółw" / "raport incydentu.pdf"
    written = cli.subprocess(
        "report",
        "incident",
        reference,
        "--format",
        "pdf",
        "--out",
        str(pdf),
        env=no_system_fonts(tmp_path),
    )
    assert written.code == 0, written.err
    fonts = embedded_fonts(pdf)
    assert fonts, "a PDF without fonts shows no text"
    assert {name.split("+")[-1] for name, _emb in fonts} <= {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(emb == "yes" for _name, emb in fonts), fonts
    text = pdf_text(pdf)
    assert "Zażółć gęślą jaźń" in text
    assert "Служба поддержки Восток" in text
