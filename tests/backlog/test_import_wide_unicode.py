"""A backlog export saved as UTF-16 or UTF-32 (Excel's "Unicode text") is told as such (a
new-user walk: "line 1, column 1: byte 0xFF is not UTF-8 text"): the file is UTF-16, save it
as UTF-8 (CSV UTF-8 in Excel). Nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.kit import Kit
from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import CliRunner


@pytest.mark.parametrize(("codec", "named"), [("utf-16", "UTF-16"), ("utf-32", "UTF-32")])
def test_a_unicode_text_export_is_named_and_refused(
    kit: Kit, cli: CliRunner, tmp_path: Path, codec: str, named: str
) -> None:
    kit.store.close()
    export = tmp_path / "quarantine.csv"
    export.write_bytes("\r\n".join([HEADER, *sample_rows(5)]).encode(codec))  # with its BOM
    done = cli("backlog", "import", str(export), "--kind", "bms-telephony")
    assert done.code != 0
    assert f"the file is {named}; save it as UTF-8 ('CSV UTF-8' in Excel" in done.err, done.err
    assert "0xFF" not in done.err and "nothing was imported" in done.err
    listed = cli("--json", "backlog", "query")
    assert listed.json()["total"] == 0
