"""The write-off workbook's "Generated" is a date-time cell a manager can sort and compute
with (the tester's F17: it was the text "2026-12-01 23:39 CET", while the incident and
period workbooks write real dates), in the zone the workbook names beside it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from app.kit import Kit
from tests.support.cli import CliRunner
from tests.support.write_offs import write_off_many


@pytest.mark.parametrize(("zone", "note"), [("Europe/Warsaw", "CET, UTC+01:00 / CEST, UTC+02:00")])
def test_generated_is_a_date_time_cell_in_the_zone_it_names(
    kit: Kit, cli: CliRunner, tmp_path: Path, zone: str, note: str
) -> None:
    write_off_many(kit, tmp_path, 3)
    kit.store.close()
    out = tmp_path / "write-offs.xlsx"
    made = cli.subprocess(
        "backlog", "report", "write-offs", "--format", "xlsx", "--out", str(out),
        env={"TZ": zone},
    )  # fmt: skip
    assert made.code == 0, made.err

    summary = load_workbook(out).worksheets[0]
    row = next(r for r in summary.iter_rows() if r[0].value == "Generated")
    cell = row[1]
    assert cell.data_type == "d" and isinstance(cell.value, datetime), (cell.value, cell.data_type)
    assert "yy" in cell.number_format and "hh:mm" in cell.number_format
    # the wall clock of the zone the cell beside it names (the report was made just now)
    here = datetime.now(ZoneInfo(zone)).replace(tzinfo=None)
    assert abs((here - cell.value).total_seconds()) < 600
    assert row[2].value == note
