"""The incident report shows every language version of each notice as partners got it
(issue 15): an outage told to Polish, Czech, Ukrainian and English partners through a
bundle written here (its own field names, languages the kit does not ship, SMS derived from
the e-mail templates). The PDF (read back with poppler) carries each version's subject and
body as stored when the notice was queued, with its language, time zone, partners per
channel and how many of their messages left the kit; the XLSX has a sheet of every text and
headers, stages and verdicts in the report's language with typed cells; the CSV stays as
other systems load it, the same in every language."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from app.store import db
from tests.reports.conftest import Told, pdf_text
from tests.support.cli import CliRunner
from tests.support.report_langs import IMPACT, LONG_CS
from tests.support.workbook import plain_header

POLISH = {"OUTAGE_KIT_LANG": "pl"}
ENGLISH = {"OUTAGE_KIT_LANG": "en"}
#: where the tests leave the PDF pages as images, to be looked at
PAGES = Path("/tmp/report-languages")
ADDRESSES = ("noc@alfa.example.com", "+48 500 000 001", "ops@kyiv.example.net", "+420")


def _report(cli: CliRunner, reference: str, fmt: str, out: Path, env: dict[str, str]) -> None:
    made = cli.subprocess(
        "report", "incident", reference, "--format", fmt, "--out", str(out), env=env
    )
    assert made.code == 0, made.err


def _pages(pdf: Path, name: str) -> list[Path]:
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(PAGES / name)], check=True)
    return sorted(PAGES.glob(f"{name}-*.png"))


def test_the_pdf_shows_every_language_version_of_each_notice(
    told: Told, cli: CliRunner, tmp_path: Path
) -> None:
    told.kit.store.close()
    pdf = tmp_path / "incident.pdf"
    _report(cli, told.reference, "pdf", pdf, ENGLISH)
    flat = " ".join(pdf_text(pdf).split())
    assert _pages(pdf, "en")
    for text in IMPACT.values():  # each language's own free text, Cyrillic and Czech too
        assert text in flat, text
    assert flat.count("Texts as sent: 4 languages, 4 versions") == 3  # each notice
    assert "pl · Europe/Warsaw · 2 partners" in flat
    assert "cs · Europe/Prague · 1 partner" in flat
    assert "uk · Europe/Kyiv · 1 partner" in flat
    assert "en · Europe/London · 1 partner" in flat
    assert "E-mail to 2 partners, 2 out" in flat
    assert "SMS to 1 partner, 0 out" in flat  # no modem: the SMS copies still wait
    # subjects and bodies as sent, each in its partners' local time
    assert "Subject: [OK-2026-0001] Výpadek (initial): SMS gateways down" in flat
    assert "Subject: [OK-2026-0001] Збій (initial): SMS gateways down" in flat
    assert "Začátek: 2026-03-10 02:00 CET" in flat
    assert "Початок: 2026-03-10 03:00 EET" in flat
    assert "Began: 2026-03-10 01:00 GMT" in flat
    # the SMS short form derived from the Polish template, as it was queued
    # (the English title marked in the partner's language, as in every notice)
    sms = "OK-2026-0001: Awaria (initial): SMS gateways down (po angielsku). Następna informacja"
    assert sms in flat
    assert " ".join(LONG_CS.split()) in flat  # the long Czech text whole, over a page break
    for address in ADDRESSES:
        assert address not in flat  # partners' addresses are never in the report


def test_the_polish_pdf_says_the_same_in_polish(told: Told, cli: CliRunner, tmp_path: Path) -> None:
    told.kit.store.close()
    pdf = tmp_path / "raport.pdf"
    _report(cli, told.reference, "pdf", pdf, POLISH)
    flat = " ".join(pdf_text(pdf).split())
    assert _pages(pdf, "pl")
    assert flat.count("Treści w wysłanej postaci: 4 języki, 4 wersje") == 3
    assert "pl · Europe/Warsaw · 2 partnerzy" in flat
    assert "E-mail do 2 partnerów, wysłano 2" in flat
    assert "SMS do 1 partnera, wysłano 0" in flat
    assert "Temat: [OK-2026-0001] Awaria (initial): SMS gateways down" in flat
    for english in ("Texts as sent", "partners", "E-mail to", "SMS to", " out", "Subject:"):
        assert english not in flat, english


def test_a_text_the_store_does_not_hold_is_said_to_be_missing(
    told: Told, cli: CliRunner, tmp_path: Path
) -> None:
    """A store from before the kit kept each language's text: the report says so for that
    language, shows the others, and never re-renders one from today's templates."""
    conn = told.kit.store.conn
    first = conn.execute("SELECT min(id) FROM notices").fetchone()[0]
    with db.transaction(conn):
        conn.execute("DELETE FROM notice_texts WHERE notice_id = ? AND language = 'uk'", (first,))
    told.kit.store.close()
    pdf = tmp_path / "incident.pdf"
    _report(cli, told.reference, "pdf", pdf, ENGLISH)
    flat = " ".join(pdf_text(pdf).split())
    assert "No e-mail text in uk was stored with this notice, so the report cannot show" in flat
    assert "Збій (initial)" not in flat  # not re-created
    assert "Збій (update)" in flat and "Výpadek (initial)" in flat


def test_the_workbook_has_every_text_and_speaks_the_reports_language(
    told: Told, cli: CliRunner, tmp_path: Path
) -> None:
    told.kit.store.close()
    english, polish = tmp_path / "incident.xlsx", tmp_path / "incydent.xlsx"
    _report(cli, told.reference, "xlsx", english, ENGLISH)
    _report(cli, told.reference, "xlsx", polish, POLISH)

    book = load_workbook(english)
    assert book.sheetnames == ["Summary", "Notices", "Texts as sent"]
    texts = book["Texts as sent"]
    header = [c.value for c in texts[1]]
    assert header == [
        "Incident", "Notice", "Stage", "Language", "Time zone", "Channel", "Partners",
        "Messages out", "Subject", "Text", "Template language",
    ]  # fmt: skip
    rows = [[c.value for c in row] for row in texts.iter_rows(min_row=2)]
    # per notice: cs e-mail + SMS, en e-mail, pl e-mail + SMS, uk e-mail
    assert len(rows) == 3 * 6
    assert [(r[1], r[3], r[5]) for r in rows[:6]] == [
        (1, "cs", "e-mail"), (1, "cs", "SMS"), (1, "en", "e-mail"),
        (1, "pl", "e-mail"), (1, "pl", "SMS"), (1, "uk", "e-mail"),
    ]  # fmt: skip
    polish_email = rows[3]
    assert polish_email[6:8] == [2, 2]  # partners, messages out: numbers
    assert texts.cell(row=5, column=7).data_type == "n"
    assert IMPACT["dopad.pl"] in polish_email[9]
    czech_update = next(r for r in rows if r[1] == 2 and r[3] == "cs" and r[5] == "e-mail")
    assert LONG_CS in czech_update[9]  # whole, its lines kept
    assert rows[4][8] is None and rows[4][7] == 0  # an SMS: no subject, still queued

    book = load_workbook(polish)
    assert book.sheetnames == ["Podsumowanie", "Powiadomienia", "Treści wysłane"]
    notices = book["Powiadomienia"]
    names = [plain_header(c.value) for c in notices[1]]
    assert "Stage" not in names and "First out" not in names
    row = {name: cell for name, cell in zip(names, notices[2], strict=True)}
    assert row["Etap"].value == "Powiadomienie wstępne"
    assert row["Reguła pierwszego powiadomienia"].value == "W TERMINIE"
    assert row["Rodzaj"].value == "awaria"
    assert row["Wiadomości"].data_type == "n" and row["Wiadomości"].value == 7
    assert row["Pierwsza wysyłka"].is_date
    header = [c.value for c in book["Treści wysłane"][1]]
    assert header[:4] == ["Incydent", "Powiadomienie", "Etap", "Język"]
    every = " ".join(
        str(c.value) for sheet in book.worksheets for r in sheet.iter_rows() for c in r
    )
    for address in ADDRESSES:
        assert address not in every


def test_the_csv_is_the_same_in_every_language(told: Told, cli: CliRunner, tmp_path: Path) -> None:
    """Other systems load the CSV by its header: English keys and cells whatever language
    made the report (one row per notice; the texts per language are in the XLSX)."""
    told.kit.store.close()
    english, polish = tmp_path / "incident.csv", tmp_path / "incydent.csv"
    _report(cli, told.reference, "csv", english, ENGLISH)
    _report(cli, told.reference, "csv", polish, POLISH)

    def rows(path: Path) -> list[list[str]]:
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f))

    # the last column: the audit chain's head of each run, named and written in English
    assert rows(polish)[0][-1] == "Audit chain head"
    assert all(r[-1].startswith("entry ") for r in rows(polish)[1:] if r[-1])
    assert [r[:-1] for r in rows(polish)] == [r[:-1] for r in rows(english)]
    header, *notices = rows(english)
    assert len(notices) == 3 and header[6] == "Stage"
    assert [r[6] for r in notices] == ["Initial notice", "Update", "Resolution"]
    assert [r[header.index("First-notice rule")] for r in notices] == ["ON TIME", "", ""]
