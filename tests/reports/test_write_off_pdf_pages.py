"""The write-off PDF's pages as a reader gets them (poppler reads the file back): no row's
text split between two pages, the table's header at the top of every page, "Page X of Y"
on each, and long cell text wrapped inside its own column."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from app.kit import Kit
from app.reports.render import Report, ReportSection, Table
from app.ui.report_pdf import write_report_pdf
from tests.support.cli import CliRunner
from tests.support.pdf_words import page_text, pdf_words
from tests.support.private import assert_owner_only
from tests.support.write_offs import pdf_args, write_off_many

ROWS = 400
#: a row's words: R0012 (its ID), t12 (short text), w12x0 … (long text, 0 to 36 words)
_TOKEN = re.compile(r"R(\d{4})|t(\d+)|w(\d+)x\d+")


def _report() -> Report:
    rows = []
    for i in range(1, ROWS + 1):
        long = " ".join(f"w{i}x{k}" for k in range(i % 37))
        rows.append((f"R{i:04d}", long, f"t{i}", Decimal(i * 123) / 100))
    table = Table(
        "All rows",
        ("Identifier", "Long text", "Short", "Amount"),
        rows,
        totals=[("Total", "", "", Decimal(sum(range(1, ROWS + 1)) * 123) / 100)],
        numeric=frozenset({3}),
    )
    return Report("Layout check", facts=[("Rows", ROWS)], sections=[ReportSection("Rows", [table])])


def test_rows_whole_headers_repeated_pages_counted_text_wrapped(tmp_path: Path) -> None:
    out = tmp_path / "layout.pdf"
    told: list[tuple[int, int]] = []
    count = write_report_pdf(_report(), out, progress=lambda d, t: told.append((d, t)))
    assert_owner_only(out)
    pages = pdf_words(out)
    assert len(pages) == count > 5
    assert told[-1][0] == told[-1][1] and [d for d, _ in told] == sorted(d for d, _ in told)

    found: dict[int, set[int]] = defaultdict(set)  # row → the pages its words are on
    words_of: dict[int, int] = defaultdict(int)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page_text(page)
        heads = {w.text: w for w in page if w.text in ("Identifier", "Long", "Short", "Amount")}
        rows_here = [w for w in page if _TOKEN.fullmatch(w.text)]
        if not rows_here:
            continue
        assert len(heads) == 4, f"page {number} has no header: {page_text(page)[:200]}"
        assert heads["Identifier"].bottom <= min(w.top for w in rows_here)  # on top
        for word in rows_here:
            match = _TOKEN.fullmatch(word.text)
            assert match is not None
            row = int(next(g for g in match.groups() if g))
            found[row].add(number)
            words_of[row] += 1
            if word.text.startswith("w"):  # long text stays between its column's edges
                assert heads["Long"].left - 0.5 <= word.left
                assert word.right <= heads["Short"].left
    assert sorted(found) == list(range(1, ROWS + 1))
    split = {row: sorted(p) for row, p in found.items() if len(p) > 1}
    assert split == {}, f"rows split across pages: {split}"
    assert all(words_of[i] == 2 + i % 37 for i in found)  # every word of every row there
    tall = [w for p in pages for w in p if re.fullmatch(r"w36x\d+", w.text)]
    assert len({w.top for w in tall}) > 1  # 36 words wrap onto several lines


def test_a_row_taller_than_a_page_is_cut_between_its_lines_under_headers(
    tmp_path: Path,
) -> None:
    huge = " ".join(f"long{k}" for k in range(4000))
    table = Table("One", ("Identifier", "Note"), [("R0001", huge), ("R0002", "after")])
    out = tmp_path / "huge.pdf"
    count = write_report_pdf(Report("Huge", sections=[ReportSection("S", [table])]), out)
    pages = pdf_words(out)
    assert count == len(pages) > 1
    seen = [w.text for p in pages for w in p if w.text.startswith("long")]
    assert seen == [f"long{k}" for k in range(4000)]  # nothing lost where it was cut
    assert all("Identifier" in page_text(p) for p in pages)


def test_a_polish_three_row_report_through_the_command_line(
    kit: Kit, cli: CliRunner, tmp_path: Path
) -> None:
    write_off_many(kit, tmp_path, 3)
    out = tmp_path / "odpisy.pdf"
    result = cli.subprocess(*pdf_args(out), env={"OUTAGE_KIT_LANG": "pl"})
    assert result.code == 0, result.err
    assert_owner_only(out)
    pages = pdf_words(out)
    for number, page in enumerate(pages, start=1):
        assert f"Strona {number} z {len(pages)}" in page_text(page)
    text = " ".join(page_text(p) for p in pages)
    assert "Raport odpisów" in text and "Przewoźnik" in text and "Page" not in text
    assert all(f"W00000{n}" in text for n in (1, 2, 3))
    assert "Łódź" in text and "Связь" in text and "João" in text
