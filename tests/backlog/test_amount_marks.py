"""Which mark an export writes its decimals after is the file's, not each cell's (issue s11):
a quoted "1,234" in a comma-separated export was read as 1.234 — one thousand two hundred
and thirty-four crowns stored as one. An amount is read by the mark the file's other
amounts show ("12.50": "1,234" is 1234), a ";" export writes decimal commas unless its
amounts say otherwise, and a value no amount of the file settles is refused with its line,
its two readings and what to write — never read one way in silence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from tests.backlog.test_import_checks import OWN_HEADER, problems_by_line
from tests.support.cli import CliRunner

Writer = Callable[..., Path]


def row(qid: str, amount: str, sep: str = ",") -> str:
    cells = ["Kestrel Mobile", qid, amount, "60", "Rate Plan Missing", "SEK", "2026-10-05"]
    return sep.join(cells)


def stored(query: BacklogQuery) -> dict[str, int | None]:
    return {r.quarantine_id: r.amount_minor for r in query.page(Criteria())}


def test_a_comma_file_reads_1_234_by_its_other_amounts_even_later_ones(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [
        OWN_HEADER,
        row("A-1", '"1,234"'),  # before any amount showed the mark: waits for one
        row("A-2", "12"),
        row("A-3", "12.50"),  # the file writes decimals after a point
        row("A-4", '"1,234.50"'),
        row("A-5", '"12,345,678"'),
        row("A-6", '"1,234"'),
    ]
    result = importer.run(write_csv(lines, name="kestrel-voice.csv"), kind="rating")
    assert result.problems == [] and result.inserted == 6
    assert stored(query) == {
        "A-1": 123400,
        "A-2": 1200,
        "A-3": 1250,
        "A-4": 123450,
        "A-5": 1234567800,
        "A-6": 123400,
    }


def test_an_amount_against_the_files_mark_is_refused_naming_it(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [
        OWN_HEADER,
        row("B-1", "4.50"),
        row("B-2", '"12,5"'),
        row("B-3", '"1.234,50"'),
        row("B-4", '"12,34.50"'),
        row("B-5", "7.25"),
    ]
    result = importer.run(write_csv(lines, name="kestrel-voice.csv"), kind="rating")
    found = problems_by_line(result)
    assert sorted(found) == [3, 4, 5]
    assert found[3] == (
        "Charge: '12,5' writes its decimals after ',', but this file's amounts write them "
        "after '.' (as '4.50' does): check the cell and write it as the rest of the file does"
    )
    assert "'1.234,50' writes its decimals after ','" in found[4]
    assert found[5] == (
        "Charge: '12,34.50' is not an amount: its thousands are not in groups of three "
        "(write 1234.50 or 1,234.50)"
    )
    assert stored(query) == {"B-1": 450, "B-5": 725}


def test_a_semicolon_file_writes_decimal_commas_unless_its_amounts_say_otherwise(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    commas = [OWN_HEADER.replace(",", ";"), row("C-1", "1.234", ";"), row("C-2", "3", ";")]
    importer.run(write_csv(commas, name="kestrel-voice.csv"), kind="rating")
    points = [OWN_HEADER.replace(",", ";"), row("D-1", "1,234", ";"), row("D-2", "0.99", ";")]
    importer.run(write_csv(points, name="kestrel-2.csv"), kind="rating")
    polish = [OWN_HEADER.replace(",", ";"), row("E-1", "1.234", ";"), row("E-2", "2,5", ";")]
    importer.run(write_csv(polish, name="kestrel-3.csv"), kind="rating")
    assert stored(query) == {
        "C-1": 123400,  # no amount shows the mark: the ';' file's decimal comma
        "C-2": 300,
        "D-1": 123400,  # "0.99": this ';' file writes decimal points
        "D-2": 99,
        "E-1": 123400,
        "E-2": 250,
    }


def test_the_command_line_refuses_a_value_the_file_never_settles(
    cli: CliRunner, write_csv: Writer
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    lines = [OWN_HEADER, row("F-1", "15"), row("F-2", '"1,234"'), row("F-3", "8")]
    export = write_csv(lines, name="kestrel-voice.csv")
    done = cli.subprocess("backlog", "import", "--kind", "rating", str(export))
    assert done.code == 1 and "Internal error" not in done.err
    assert (
        "line 3, Charge: '1,234' could be 1234 or 1.234: no other amount in this file shows "
        "whether ',' separates thousands or decimals; write 1234 without the separator, or "
        "with its decimals (1,234.00)"
    ) in done.err
    listed = cli("--json", "backlog", "query").json()["records"]
    assert {r["quarantine_id"]: r["amount_minor"] for r in listed} == {"F-1": 1500, "F-3": 800}


def test_a_decimal_comma_file_is_told_to_write_its_own_mark(
    cli: CliRunner, write_csv: Writer
) -> None:
    """A ';' export writing "1 234,75" with one cell mistyped: the hint shows an amount as
    this file writes it (12,34), not with a point the officer would then type into the
    export; its badly grouped thousands likewise."""
    assert cli("init", "--operator", "Night Duty").code == 0
    lines = [
        OWN_HEADER.replace(",", ";"),
        row("G-1", "1 234,75", ";"),
        row("G-2", "12,5O", ";"),  # a letter O for a zero
        row("G-3", "12.34.5,00", ";"),
        row("G-4", "8,00", ";"),
        row("G-5", "8,50 €", ";"),
    ]
    export = write_csv(lines, name="kestrel-voice.csv")
    done = cli.subprocess("backlog", "import", "--kind", "rating", str(export))
    assert done.code == 1 and "Internal error" not in done.err
    assert "line 3, Charge: '12,5O' is not an amount (write 12,34)" in done.err, done.err
    assert (
        "line 4, Charge: '12.34.5,00' is not an amount: its thousands are not in groups of "
        "three (write 1234,50 or 1 234,50)"
    ) in done.err, done.err
    assert "line 6, Charge: '8,50 €' holds the currency sign €: write the number alone (12,34)" in (
        done.err
    )
    assert "(write 12.34)" not in done.err and "1,234.50" not in done.err
    listed = cli("--json", "backlog", "query").json()["records"]
    assert {r["quarantine_id"]: r["amount_minor"] for r in listed} == {"G-1": 123475, "G-4": 800}
