"""Workbook sheets get short, unique, meaningful names in every language: Excel's 31
characters are cut between words, never mid-word; names Excel would take as one (it
compares them case-insensitively) get a number; the characters Excel forbids are gone.
And a number in a Polish message is grouped as Poland writes it (20 000, not 20,000)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app import i18n
from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.writeoffs import write_off_report
from app.kit import Kit
from app.notices.check import check_template
from app.reports.document import NOTICE_COLUMNS
from app.reports.planned_work import COLUMNS as PLANNED_COLUMNS
from app.reports.sheets import COLUMN_WORDS, TEXT_COLUMNS
from app.reports.xlsx import SHEET_NAME_MAX, sheet_name, write_xlsx
from tests.backlog.conftest import HEADER, sample_rows


def test_a_long_polish_title_is_cut_between_words() -> None:
    title = "Powiadomienia 1.03.2026 – 31.03.2026 (prace planowane)"
    name = sheet_name(title, [])
    assert name == "Powiadomienia 1.03.2026"
    assert len(name) <= SHEET_NAME_MAX and title.startswith(name)


def test_names_are_unique_the_way_excel_compares_them() -> None:
    taken = ["Powiadomienia"]
    second = sheet_name("POWIADOMIENIA", taken)
    assert second == "POWIADOMIENIA (2)"
    third = sheet_name("powiadomienia", [*taken, second])
    assert third == "powiadomienia (3)"
    long = "Zaplanowane powiadomienia wysłane partnerom"
    first = sheet_name(long, [])
    again = sheet_name(long, [first])
    assert again.endswith(" (2)") and len(again) <= SHEET_NAME_MAX
    assert again.removesuffix(" (2)") in long.split(" ", 3)[0] + " " + long.split(" ", 3)[1]


def test_characters_excel_forbids_are_gone() -> None:
    name = sheet_name("Notices [OK-2026-0042]: 1/2 * ? \\ 'x'", [])
    assert not set(name) & set("[]:*?/\\")
    assert not name.startswith("'") and not name.endswith("'")
    assert name == "Notices OK-2026-0042 1 2 'x"  # no doubled spaces left


def test_a_polish_limit_message_groups_thousands_the_polish_way() -> None:
    i18n.install("pl")
    [problem] = check_template(
        "Subject: x\n\n{{ 'a'*100000000 }}\n", ("disaster", "update", "en", "email")
    )
    assert "20\u00a0000 znaków" in problem and "20,000" not in problem
    i18n.install("en")
    [problem] = check_template(
        "Subject: x\n\n{{ 'a'*100000000 }}\n", ("disaster", "update", "en", "email")
    )
    assert "more than 20,000 characters" in problem


def test_a_polish_write_off_workbook_keeps_its_records_sheet(kit: Kit, tmp_path: Path) -> None:
    """The records' table is titled in Polish in a Polish report: it still gets a sheet of
    its own (it went onto the summary sheet, up to a million rows under the facts)."""
    source = tmp_path / "quarantine.csv"
    source.write_text("\n".join([HEADER, *sample_rows(8)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(source, kind="bms-telephony")
    BacklogActions(conn=kit.store.conn, audit=kit.audit).set_status(
        to="write-off", note="Duplikaty", criteria=Criteria(reason="Duplicate Usage Fault")
    )
    i18n.install("pl")
    report = write_off_report(kit.store.conn, operator="dyżurny")
    write_xlsx(report, tmp_path / "odpisy.xlsx", sheet_for={"Written-off records"})
    book = load_workbook(tmp_path / "odpisy.xlsx")
    assert book.sheetnames == ["Podsumowanie", "Odpisane rekordy"]
    records = list(book["Odpisane rekordy"].iter_rows(values_only=True))
    assert len(records) == 1 + 2  # its header and the two records written off


def test_every_column_of_the_reports_tables_is_marked_for_translation() -> None:
    columns = {*NOTICE_COLUMNS, *PLANNED_COLUMNS, *TEXT_COLUMNS}
    assert columns <= set(COLUMN_WORDS), columns - set(COLUMN_WORDS)
    i18n.install("pl")
    untranslated = [c for c in columns if i18n.translate("Msg", c) == c]
    assert untranslated == ["Status"] or not untranslated, untranslated  # "Status" is Polish too
