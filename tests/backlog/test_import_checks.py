"""What a new user's own exports held (issue s10): a value the kit cannot store, a row that
does not line up with its header, a currency written any which way, a Quarantine ID twice,
and an import killed between staging and merging. Each is one rejected row (or a refused
file) with its line and what to write instead; the other rows import; nothing crashes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import app.backlog.importer as importer_module
from app.backlog import staging
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.errors import UserError
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import KeyFile
from app.store.store import Store
from tests.support.cli import CliRunner
from tests.support.killed import run_killed

Writer = Callable[..., Path]
# their own export: other column names, another order, other carriers and reasons
OWN_HEADER = "Supplier,QID,Charge,Seconds,Error,Currency,Usage Date"


def own_row(qid: str, amount: str = "4.50", seconds: str = "60", currency: str = "SEK") -> str:
    return f"Kestrel Mobile,{qid},{amount},{seconds},Rate Plan Missing,{currency},2026-10-05"


def problems_by_line(result: importer_module.ImportResult) -> dict[int, str]:
    return {p.line: f"{p.column}: {p.reason}" for p in result.problems}


def test_oversized_and_unreadable_numbers_reject_only_their_row(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [
        OWN_HEADER,
        own_row("K-1"),
        own_row("K-2", amount="99999999999999999999.99"),
        own_row("K-3", amount="1e308"),
        own_row("K-4", amount="1e-308"),
        own_row("K-5", amount="NaN"),
        own_row("K-6", amount="Infinity"),
        own_row("K-7", amount="-0"),
        own_row("K-8", amount="7" * 40),
        own_row("K-9", seconds="99999999999999999999"),
        own_row("K-10", seconds="-30"),
        own_row("K-11", amount="-9999999999.99"),
    ]
    result = importer.run(write_csv(lines, name="kestrel-voice.csv"), kind="rating")
    found = problems_by_line(result)
    assert sorted(found) == [3, 4, 5, 6, 7, 9, 10, 11]
    assert found[3].startswith("Charge: '99999999999999999999.99' is larger than the largest")
    assert "9 999 999 999.99" in found[3] and "9 999 999 999.99" in found[9]
    assert found[4] == "Charge: '1e308' is not an amount (write 12.34)"
    assert found[10].startswith("Seconds: '99999999999999999999' is not a duration")
    assert found[11] == "Seconds: '-30' is not a duration: it must be from 0 to 999999999 seconds"
    assert (result.inserted, result.problem_count) == (3, 8)
    stored = {r.quarantine_id: r.amount_minor for r in query.page(Criteria())}
    assert stored == {"K-1": 450, "K-7": 0, "K-11": -999999999999}


def test_the_command_line_lists_the_rows_and_does_not_crash(
    cli: CliRunner, write_csv: Writer
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    export = write_csv(
        [OWN_HEADER, own_row("K-1"), own_row("K-2", amount="1e308"), "Kestrel Mobile,K-3,1,234.50"],
        name="kestrel-voice.csv",
    )
    result = cli("--json", "backlog", "import", "--kind", "rating", str(export))
    assert result.code == 1 and "Internal error" not in result.err
    assert result.json()["inserted"] == 1
    assert "line 3, Charge: '1e308' is not an amount" in result.err
    assert "line 4, columns: the header has 7 columns, this row 4" in result.err


def test_a_row_that_does_not_line_up_with_the_header_is_rejected(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [
        OWN_HEADER,
        "Kestrel Mobile,S-1,1,234.50,60,Rate Plan Missing,SEK,2026-10-05",  # thousands comma
        own_row("S-2") + ",trailing",
        "Kestrel Mobile,S-3,4.50,60,Rate Plan Missing,SEK",  # one missing
        '"Kestrel Mobile",S-4,"1,234.50",60,Rate Plan Missing,SEK,2026-10-05',  # quoted: fine
        "",
        own_row("S-5"),
    ]
    result = importer.run(write_csv(lines, name="kestrel-voice.csv"), kind="rating")
    found = problems_by_line(result)
    assert sorted(found) == [2, 3, 4]
    assert found[2].startswith("columns: the header has 7 columns, this row 8")
    assert "separator (',') without quotes" in found[2]
    assert "this row 6" in found[4]
    stored = {r.quarantine_id: (r.amount_minor, r.currency) for r in query.page(Criteria())}
    assert stored == {"S-4": (123450, "SEK"), "S-5": (450, "SEK")}


def test_a_header_with_a_column_twice_is_refused_whole(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    export = write_csv(["QID,Supplier,qid", "A-1,Kestrel Mobile,A-2"], name="kestrel-voice.csv")
    with pytest.raises(UserError) as refused:
        importer.run(export, kind="rating")
    assert "has the column 'qid' twice (columns 1 and 3)" in str(refused.value)
    assert "nothing was imported" in str(refused.value)
    assert query.count(Criteria()) == 0


def test_currencies_are_iso_codes_and_signs_are_refused(
    kit: Kit, write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    # a record an older kit stored with a lower-case currency stays as it was
    importer.run(write_csv([OWN_HEADER, own_row("OLD-1")], name="kestrel-voice.csv"), kind="rating")
    kit.store.conn.execute("UPDATE backlog_records SET currency = 'sek'")
    lines = [
        OWN_HEADER,
        own_row("C-1", currency="nok"),
        own_row("C-2", currency="NOK$"),
        own_row("C-3", currency="kr"),
        own_row("C-4", amount="€12.00", currency=""),
        own_row("C-5", amount="12 NOK", currency="NOK"),
        own_row("C-6", currency=" Nok "),
        own_row("C-7", currency=""),
    ]
    result = importer.run(write_csv(lines, name="kestrel-2.csv"), kind="rating")
    found = problems_by_line(result)
    assert sorted(found) == [3, 4, 5, 6]
    assert found[3] == (
        "Currency: 'NOK$' is not a currency code: write the three-letter ISO 4217 code "
        "(EUR, USD, PLN)"
    )
    assert found[5].startswith("Charge: '€12.00' holds the currency sign €")
    assert "holds the currency sign NOK" in found[6]
    stored = {r.quarantine_id: r.currency for r in query.page(Criteria())}
    assert stored == {"OLD-1": "sek", "C-1": "NOK", "C-6": "NOK", "C-7": ""}


def test_a_quarantine_id_twice_in_one_file_keeps_the_first(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [OWN_HEADER, own_row("D-1", amount="1.00"), own_row("D-2"), own_row("D-1", "9.00")]
    result = importer.run(write_csv(lines, name="kestrel-voice.csv"), kind="rating")
    assert (result.inserted, result.updated, result.problem_count) == (2, 0, 1)
    assert problems_by_line(result) == {
        4: "QID: D-1 is already on line 2 of this file; the row of line 2 is kept, this one "
        "left out"
    }
    assert "1 row repeated a Quarantine ID of an earlier line" in result.summary()
    assert query.page(Criteria(quarantine_id="D-1"))[0].amount_minor == 100


_KILLED_BEFORE_MERGE = """
import os, signal, sys
from pathlib import Path
import app.backlog.importer as importer_module
from app.backlog import staging
from app.backlog.importer import BacklogImporter
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import KeyFile
from app.store.store import Store
importer_module.STAGED_ROWS = 0
def killed(*args, **kwargs):  # the rows are staged; the merge has not begun
    print(sorted(p.name for p in paths.home.glob("backlog-import-*.staging")), flush=True)
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
staging.merge = killed
paths = KitPaths(Path(sys.argv[1]))
store = Store(paths=paths, raw_key=bytes.fromhex(sys.stdin.readline().strip()),
              key_file=KeyFile.load(paths.key_file))
kit = Kit.open(store)
BacklogImporter(conn=store.conn, audit=kit.audit).run(Path(sys.argv[2]), kind="rating")
print("finished", flush=True)
"""


def test_an_import_killed_before_its_merge_is_finished_at_the_next_start(
    kit: Kit, write_csv: Writer, paths: KitPaths, passphrase: str, cli: CliRunner
) -> None:
    lines = [OWN_HEADER, *(own_row(f"M-{n}") for n in range(120)), own_row("M-5")]
    export = write_csv(lines, name="kestrel-voice.csv")
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    kit.store.close()
    printed = run_killed(_KILLED_BEFORE_MERGE, [str(paths.home), str(export)], raw_key)
    assert "backlog-import-" in printed  # killed with the staging file there
    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        assert store.conn.execute("SELECT count(*) FROM backlog_records").fetchone()[0] == 0
    finally:
        store.close()

    # the next command finishes it, and says so
    listed = cli("--json", "backlog", "query", "--limit", "1")
    assert listed.code == 0 and listed.json()["total"] == 120
    assert (
        "The import of kestrel-voice.csv was cut short; it is finished now: 120 new, "
        "0 updated, 1 rejected" in listed.err
    )
    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        reopened = Kit.open(store)
        assert reopened.notices == []  # said once
        [entry] = reopened.audit.entries(action_prefix="backlog.imp")
        assert entry.action == "backlog.imported" and entry.details["resumed"] is True
        assert entry.details["file"] == "kestrel-voice.csv"
        assert (entry.details["inserted"], entry.details["rejected"]) == (120, 1)
        assert not list(paths.home.glob("*.staging"))
    finally:
        store.close()


def test_a_staging_file_that_cannot_be_merged_is_reported_not_dropped_silently(
    kit: Kit, caplog: pytest.LogCaptureFixture
) -> None:
    leftover = kit.store.paths.home / "backlog-import-2026-10-05T101500.staging"
    leftover.write_bytes(b"not a staging file")
    notes: list[str] = []
    assert not staging.resume_pending(kit.store.conn, kit.audit, notes=notes)
    assert notes == [
        "An import of a quarantine export was interrupted before it was stored: nothing of "
        "it is in the backlog. Import the file again."
    ]
    [entry] = kit.audit.entries(action_prefix="backlog.import_interrupted")
    assert entry.details["staging"] == leftover.name and entry.details["stored"] is False
    assert "interrupted before it was stored" in caplog.text
    assert not leftover.exists()


def test_a_negative_duration_and_an_empty_reason_are_not_taken_as_good(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [
        OWN_HEADER,
        own_row("E-1"),
        "Kestrel Mobile,E-2,,,,,",  # only its ID
        own_row("E-3", seconds="-0:30"),
    ]
    result = importer.run(write_csv(lines, name="kestrel-voice.csv"), kind="rating")
    assert problems_by_line(result) == {
        4: "Seconds: '-0:30' is not a duration: it must be from 0 to 999999999 seconds"
    }
    assert "1 without a reason." in result.summary()
    assert query.count(Criteria(unknown_reason=True)) == 2  # E-1 (not in the guide) and E-2
    assert not query.page(Criteria(quarantine_id="E-2"))[0].reason_known


def test_a_duration_of_superscript_digits_is_a_rejected_row_not_a_crash(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    # "²" is a digit to str.isdigit, but no number int() reads: the import crashed on it
    lines = [OWN_HEADER, own_row("G-1", seconds="\u00b2"), own_row("G-2", seconds="\u0663")]
    result = importer.run(write_csv(lines, name="kestrel-voice.csv"), kind="rating")
    assert problems_by_line(result) == {
        2: "Seconds: '\u00b2' is not a duration (seconds, or h:mm:ss)"
    }
    assert [r.duration for r in query.page(Criteria())] == [3]  # an Arabic-Indic 3 is a 3
