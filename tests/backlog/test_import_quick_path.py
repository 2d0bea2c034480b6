"""The import's quick path (app.backlog.quickrows, issue 18) stores what the careful path
stores, cell by cell and type by type, and rejects, counts and says the same: each awkward
file below is imported twice into two stores, once as the kit does it and once with the
quick path switched off, and everything is compared. The files repeat their values (as
billing's exports do) so that most rows take the quick path, and the test checks they did."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

import app.backlog.importer as importer_module
from app.backlog.importer import BacklogImporter, ImportResult
from app.backlog.quickrows import QuickRows
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store

FIELDS = {  # the column titles (other names than the guide's for some) and their values
    "QID": [],
    "Supplier": ["Kestrel Mobile", " Carrier 3 ", "Łódź Telecom"],
    "Batch": ["7", " 12", "CDR 5"],
    "File Name": ["cdr_7.csv", "CDR_0042.CSV"],
    "File Type": ["CDR", "tap", ""],
    "Service ID": ["46701234567", " 4670 "],
    "Tariff": ["TK17", "tk 2", ""],
    "Status": ["Quarantine", " pending ", "WRITE-OFF", "Write off", "Completed", ""],
    "Error": [
        "No Tariff Found",
        "no tariff found",
        "Rating Failed – Unknown Reason",
        "Rate Plan Missing",
        "",
        " Missing Rate Card ",
    ],
    "Usage Date": [
        "2026-11-20",
        "2026-11-20 13:45",
        "2026-11-20T13:45:07",
        "2026-02-28 23:59:59",
        "20/11/2026",
        " 2026-11-21 ",
        "20 Nov 2026",
    ],
    "Updated": ["2026-11-01", "2026-11-01 06:00", "", "01.11.2026"],
    "Released": ["", "", "2026-11-30 06:00:00", "2026-11-30T06:00"],
    "Charge": [],  # by the file's decimal mark: see _amounts
    "Currency": ["EUR", "eur", " Eur ", "PLN", "", "sek"],
    "Seconds": ["60", "0", "1:02:03", "", " 42 ", "999999999"],
}
# values a row is rejected for
BAD = {
    "Status": ["bogus"],
    "Usage Date": ["2026-02-30", "2026-11-20 24:00", "2026-13-01"],
    "Currency": ["XYZ", "HRK", "€"],
    "Seconds": ["-5", "1000000000", "1:xx"],
}
POINT_AMOUNTS = ["12.50", "-4.5", "7", "", "0012.30", "-0", "1234567890.99", '"1,234.50"',
                 '"1,234"', "+3", "5.", ".5", "0.05"]  # fmt: skip
POINT_BAD = ["12345678901", '"12,5"', "1e3", "12 EUR"]
COMMA_AMOUNTS = ["12,50", "-4,5", "7", "", '"1 234,56"', "1.234", "1.234,50", "3,", "0,5"]
COMMA_BAD = ["12.5", "1,2,3"]


def _rows(count: int, amounts: list[str], bad: list[str], sep: str, seed: int) -> list[str]:
    rnd = random.Random(seed)
    ids = [f"q-{n:04d}" for n in range(count)]
    lines = []
    for n in range(count):
        values = {name: _value(rnd, choices, BAD.get(name)) for name, choices in FIELDS.items()}
        values["QID"] = rnd.choice(ids) if n % 50 == 49 else ids[n]  # a few repeated
        if n % 97 == 13:
            values["QID"] = " "  # a row without its ID
        values["Charge"] = _value(rnd, amounts, bad)
        cells = [_quoted(values[name], sep) for name in FIELDS]
        lines.append("" if n % 89 == 88 else sep.join(cells))  # and a few blank lines
    return lines


def _value(rnd: random.Random, choices: list[str], bad: list[str] | None) -> str:
    """A bad value for 1 row in 30, the plain first one for half the rows, else any."""
    if bad and rnd.random() < 1 / 30:
        return rnd.choice(bad)
    return "" if not choices else choices[0] if rnd.random() < 0.5 else rnd.choice(choices)


def _quoted(value: str, sep: str) -> str:
    return f'"{value}"' if sep in value and not value.startswith('"') else value


def _header(order: list[str], sep: str) -> str:
    return sep.join(order)


class _Counting(QuickRows):
    """The quick path, counting the rows it converted."""

    converted = 0

    def __call__(self, cells: list[str]) -> tuple[Any, ...] | None:
        record = super().__call__(cells)
        _Counting.converted += record is not None
        return record


class _Off(QuickRows):
    def __call__(self, cells: list[str]) -> tuple[Any, ...] | None:
        return None


def _stored(kit: Kit) -> list[tuple[Any, ...]]:
    conn = kit.store.conn
    names = [r[1] for r in conn.execute("PRAGMA table_info(backlog_records)")]
    names.remove("imported_at")  # the moment of each import
    columns = ", ".join(f"{n}, typeof({n})" for n in names)
    return [tuple(r) for r in conn.execute(f"SELECT {columns} FROM backlog_records ORDER BY id")]


def _said(result: ImportResult) -> tuple[Any, ...]:
    problems = [p.text() for p in result.problems]
    return (problems, result.summary(), result.rows, result.inserted, result.updated,
            result.problem_count, result.repeated, result.no_reason,
            dict(result.unknown_reasons))  # fmt: skip


def _import(
    folder: Path, export: Path, quick: type[QuickRows], monkeypatch: pytest.MonkeyPatch
) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    store = Store.create(
        KitPaths(folder), operator="Night Duty", passphrase="Correct-Horse-42-battery",
        keeper=NoKeyring(),
    )  # fmt: skip
    kit = Kit.open(store)
    try:
        with monkeypatch.context() as patch:
            patch.setattr(importer_module, "QuickRows", quick)
            result = BacklogImporter(conn=store.conn, audit=kit.audit).run(export, kind="rating")
        return _said(result), _stored(kit)
    finally:
        kit.close()


@pytest.mark.parametrize(
    ("sep", "amounts", "columns", "bom"),
    [
        (",", (POINT_AMOUNTS, POINT_BAD), list(FIELDS), True),
        (";", (COMMA_AMOUNTS, COMMA_BAD), list(reversed(FIELDS)), False),
        # a file without some optional columns, in another order
        (
            ",",
            (POINT_AMOUNTS, POINT_BAD),
            ["Charge", "QID", "Usage Date", "Currency", "Supplier"],
            False,
        ),
    ],
    ids=["points-bom", "polish-semicolons", "fewer-columns"],
)
def test_the_quick_path_stores_and_says_what_the_careful_path_does(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sep: str,
    amounts: tuple[list[str], list[str]],
    columns: list[str],
    bom: bool,
) -> None:
    lines = []
    for line in _rows(600, *amounts, sep, seed=len(columns) + len(sep)):
        if not line:
            lines.append(line)
            continue
        cells = dict(zip(FIELDS, _split(line, sep), strict=True))
        lines.append(sep.join(cells[name] for name in columns))
    export = tmp_path / "kestrel-voice.csv"
    text = "\n".join([_header(columns, sep), *lines]) + "\n"
    export.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))

    _Counting.converted = 0
    quick = _import(tmp_path / "quick", export, _Counting, monkeypatch)
    careful = _import(tmp_path / "careful", export, _Off, monkeypatch)

    assert quick[0] == careful[0]  # the same problems, summary and counts
    assert quick[1] == careful[1]  # the same records, cell by cell, type by type
    stored = len(careful[1])
    assert 300 < stored < 600 and careful[0][5] > 20  # a file of good and rejected rows
    # most stored rows took the quick path (the others taught it their values)
    assert _Counting.converted > stored // 4


def _split(line: str, sep: str) -> list[str]:
    """A line of `_rows` back into its cells as written (quotes kept)."""
    cells, cell, quoted = [], "", False
    for char in line:
        if char == '"':
            quoted = not quoted
        if char == sep and not quoted:
            cells.append(cell)
            cell = ""
        else:
            cell += char
    return [*cells, cell]
