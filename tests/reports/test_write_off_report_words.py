"""The write-off report as a Polish manager reads it: record columns in Polish, the rows left
out of a long PDF counted with the language's thousands separator; `--out` at a folder or
under a file names the person's path, never the kit's temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import i18n
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.writeoffs import write_off_report
from app.kit import Kit
from app.reports.render import render_html
from app.reports.xlsx import write_xlsx
from app.ui.pdf import write_pdf
from tests.backlog.conftest import HEADER, sample_rows
from tests.reports.conftest import pdf_text
from tests.support.cli import CliRunner

RECORDS = 10_004


@pytest.fixture
def written_off(kit: Kit, tmp_path: Path) -> Kit:
    source = tmp_path / "quarantine.csv"
    source.write_text("\n".join([HEADER, *sample_rows(RECORDS)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(source, kind="bms-telephony")
    BacklogActions(conn=kit.store.conn, audit=kit.audit).set_status(
        to="write-off", note="Supplier claim 2026-11", criteria=Criteria()
    )
    return kit


def test_a_polish_write_off_report_is_polish_down_to_its_columns(
    written_off: Kit, tmp_path: Path
) -> None:
    conn, operator = written_off.store.conn, written_off.operator
    with i18n.speaking("pl"):
        pdf = tmp_path / "odpisy.pdf"
        write_pdf(
            render_html(write_off_report(conn, operator=operator), row_limit=4),
            pdf,
            title="Raport odpisów",
            landscape=True,
        )
        book = tmp_path / "odpisy.xlsx"
        write_xlsx(
            write_off_report(conn, operator=operator), book, sheet_for={"Written-off records"}
        )
    flat = " ".join(pdf_text(pdf).split())
    # (split() takes the non-breaking space of "10 000" for a space)
    assert "… i jeszcze 10 000 wierszy: wszystkie są w eksporcie CSV lub XLSX." in flat
    for header in ("Identyfikator", "Przewoźnik", "Przyczyna", "Kiedy odpisano"):
        assert header in flat  # (narrow headers wrap: "ID" above "kwarantanny")
    assert "Quarantine ID" not in flat and "Carrier Name" not in flat
    sheet = load_workbook(book, read_only=True)["Odpisane rekordy"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:5] == [
        "ID kwarantanny",
        "Identyfikator usługi",
        "Przewoźnik",
        "Przyczyna kwarantanny",
        "Data połączenia",
    ]


def test_an_english_write_off_pdf_groups_the_rows_left_out(
    written_off: Kit, tmp_path: Path
) -> None:
    html = render_html(
        write_off_report(written_off.store.conn, operator=written_off.operator), row_limit=4
    )
    assert "… and 10,000 more rows: export CSV or XLSX for all of them." in html
    assert ">Quarantine ID</th>" in html


def test_out_at_a_folder_or_under_a_file_names_the_persons_path(
    written_off: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for fmt in ("html", "csv", "xlsx"):
        result = cli.subprocess(
            "backlog", "report", "write-offs", "--format", fmt, "--out", str(folder)
        )
        assert result.code != 0
        assert ".tmp" not in result.err, result.err
        assert f"{folder} is a folder" in result.err, result.err
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    result = cli.subprocess(
        "backlog",
        "report",
        "write-offs",
        "--format",
        "html",
        "--out",
        str(a_file / "writeoffs.html"),
    )
    assert result.code != 0 and ".tmp" not in result.err and "internal error" not in result.err
    assert str(a_file) in result.err, result.err
