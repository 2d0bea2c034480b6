"""A workbook's times say their zone (issue s11): a spreadsheet keeps no zone, so the date
cells hold this computer's local time — and a manager opening the workbook in another
office must know which. Each column of times names it in its header, as the notices and
the PDF name zones (localfmt.zone_label, with the offset, both names where the zone
changes over the year); a fact that is a time has it in the cell beside it. The cells stay
date cells."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from tests.reports.conftest import T0, Night
from tests.support.cli import CliRunner

DAY = T0.date().isoformat()


@pytest.mark.parametrize(
    ("zone", "lang", "note", "first_out"),
    [
        ("Europe/Warsaw", "en", "CET, UTC+01:00 / CEST, UTC+02:00", "First out"),
        ("Asia/Kolkata", "pl", "IST, UTC+05:30", "Pierwsza wysyłka"),
        ("America/Bogota", "en", "UTC-05:00", "First out"),
    ],
)
def test_the_period_workbook_names_the_zone_of_its_times(
    night: Night, cli: CliRunner, tmp_path: Path, zone: str, lang: str, note: str, first_out: str
) -> None:
    night.kit.store.close()
    out = tmp_path / "period.xlsx"
    made = cli.subprocess(
        "report", "period", "--from", "2026-03-09", "--to", DAY, "--format", "xlsx",
        "--out", str(out),
        env={"TZ": zone, "OUTAGE_KIT_LANG": lang},
    )  # fmt: skip
    assert made.code == 0, made.err

    book = load_workbook(out)
    notices = book.worksheets[1]
    header = [c.value for c in notices[1]]
    assert f"{first_out} ({note})" in header, header
    cell = notices.cell(row=2, column=header.index(f"{first_out} ({note})") + 1)
    assert cell.is_date and isinstance(cell.value, datetime)
    # the incident's first notice left at 01:26 UTC: the cell holds that time in the zone
    expected = datetime(2026, 3, 10, 1, 26, tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(zone))
    assert cell.value == expected.replace(tzinfo=None)

    summary = [[c for c in row] for row in book.worksheets[0].iter_rows()]
    made_at = next(r for r in summary if r[1].is_date and r[1].value.hour + r[1].value.minute)
    assert made_at[2].value == note and made_at[2].data_type == "s"
