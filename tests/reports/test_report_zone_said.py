"""A report names the officer's zone as the notices to partners do: its abbreviation (CET,
CEST, IST) where the zone has one, else its offset (UTC-05:00: the tz database has only
"-05" for Bogotá) — in the PDF's and the HTML's prose and facts, in both languages. What
programs read keeps the numeric offset whatever the zone: the CSV writes 2026-03-09 20:26
-0500 as before."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.reports.conftest import T0, Night, pdf_text
from tests.support.cli import CliRunner

DAY = T0.date().isoformat()


def _report(cli: CliRunner, reference: str, fmt: str, out: Path, zone: str, lang: str) -> None:
    made = cli.subprocess(
        "report", "incident", reference, "--format", fmt, "--out", str(out),
        env={"TZ": zone, "OUTAGE_KIT_LANG": lang},
    )  # fmt: skip
    assert made.code == 0, made.err


@pytest.mark.parametrize(
    ("zone", "english", "polish"),
    [
        # 01:00 UTC on 10 March: winter in Warsaw, summer (daylight time) in Sydney
        ("Europe/Warsaw", "2026-03-10 02:00 CET", "10.03.2026 02:00 CET"),
        ("Australia/Sydney", "2026-03-10 12:00 AEDT", "10.03.2026 12:00 AEDT"),
        ("Asia/Kolkata", "2026-03-10 06:30 IST", "10.03.2026 06:30 IST"),
        ("America/Bogota", "2026-03-09 20:00 UTC-05:00", "9.03.2026 20:00 UTC-05:00"),
    ],
)
def test_an_incident_report_names_the_zone_as_notices_do(
    night: Night, cli: CliRunner, tmp_path: Path, zone: str, english: str, polish: str
) -> None:
    night.kit.store.close()
    pdf, html = tmp_path / "incident.pdf", tmp_path / "incident.html"
    _report(cli, night.reference, "pdf", pdf, zone, "en")
    text = " ".join(pdf_text(pdf).split())
    assert f"Detected at {english}" in text, text[:400]
    assert " +0" not in text and " -0" not in text  # no bare offset left for a person

    _report(cli, night.reference, "html", html, zone, "pl")
    page = " ".join(html.read_text(encoding="utf-8").replace("\u00a0", " ").split())
    assert polish in page, page[:600]


def test_the_csv_keeps_the_numeric_offset_in_any_zone(
    night: Night, cli: CliRunner, tmp_path: Path
) -> None:
    night.kit.store.close()
    out = tmp_path / "period.csv"
    made = cli.subprocess(
        "report", "period", "--from", "2026-03-09", "--to", DAY, "--format", "csv",
        "--out", str(out),
        env={"TZ": "America/Bogota", "OUTAGE_KIT_LANG": "pl"},
    )  # fmt: skip
    assert made.code == 0, made.err
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["Detected"] == "2026-03-09 20:00 -0500", rows[0]
    assert rows[0]["First out"] == "2026-03-09 20:26 -0500"
