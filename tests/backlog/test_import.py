"""Importing quarantine exports: the edge cases billing's exports really have."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.backlog import tally
from app.backlog.importer import SECONDARY_INDEXES, BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.errors import UserError
from app.kit import Kit
from tests.backlog.conftest import HEADER, sample_rows

Writer = Callable[..., Path]


def test_import_reads_guide_columns_and_audits(
    kit: Kit, write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    result = importer.run(write_csv([HEADER, *sample_rows(10)]))
    assert (result.rows, result.inserted, result.updated, result.problem_count) == (10, 10, 0, 0)
    first = query.page(Criteria(quarantine_id="Q000003"))[0]
    assert first.kind == "bms-telephony"  # from the file name
    assert first.status == "quarantined"
    assert first.reason == "Non Existent Service Fault" and first.reason_known
    assert first.carrier == "Carrier North"
    assert first.call_date == "2026-04-04T10:03:00"
    assert first.amount_minor == 303 and first.currency == "EUR"
    entry = kit.audit.entries(action_prefix="backlog.imported")[0]
    assert entry.details["inserted"] == 10 and entry.details["file"] == "telephony.csv"


def test_bom_semicolons_and_quoted_newlines(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [
        "quarantine id;STATUS;Quarantine Reason;Batch File Name;Call Date",
        'A1;Pending;No Tariff Found;"CDR\nsecond line.csv";20/11/2026',
        "A2;Write off;no  tariff found;CDR_2.csv;21.11.2026 13:45",
    ]
    result = importer.run(write_csv(lines, bom=True, sep=";"), kind="rating")
    assert result.inserted == 2 and result.problem_count == 0
    a1, a2 = query.by_ids(query.ids(Criteria(), sort="quarantine_id", descending=False))
    assert a1.batch_file == "CDR\nsecond line.csv"
    assert a1.status == "pending" and a2.status == "write-off"
    assert a2.reason == "No Tariff Found"  # matched case- and space-insensitively
    assert (a1.call_date, a2.call_date) == ("2026-11-20T00:00:00", "2026-11-21T13:45:00")


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("2026-11-20", "2026-11-20T00:00:00"),
        ("2026-11-20T08:05:09", "2026-11-20T08:05:09"),
        ("2026/11/20 08:05", "2026-11-20T08:05:00"),
        ("20/11/2026 8:05 PM", "2026-11-20T20:05:00"),
        ("11/20/2026", "2026-11-20T00:00:00"),  # month first only when day first is impossible
        ("03/04/2026", "2026-04-03T00:00:00"),  # day first, as the billing system writes
        ("20 Nov 2026", "2026-11-20T00:00:00"),
    ],
)
def test_dates_in_several_formats(
    text: str, stored: str, write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    importer.run(write_csv(["Quarantine ID,Call Date", f"X1,{text}"]), kind="bms-data")
    assert query.page(Criteria())[0].call_date == stored


def test_bad_rows_reported_good_rows_kept(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = [
        "Quarantine ID,Status,Call Date,Amount",
        "B1,Quarantine,2026-11-20,1.00",
        "B2,Quarantine,31/02/2026,1.00",
        ",Quarantine,2026-11-20,1.00",
        "B4,Sleeping,2026-11-20,1.00",
        "B5,Quarantine,2026-11-20,lots",
        "B6,Cleansed,2026-11-21,2.50",
    ]
    result = importer.run(write_csv(lines), kind="bms-misc")
    assert result.inserted == 2
    assert [(p.line, p.column) for p in result.problems] == [
        (3, "Call Date"),
        (4, "Quarantine ID"),
        (5, "Status"),
        (6, "Amount"),
    ]
    assert "not a valid date" in result.problems[0].reason
    assert {r.quarantine_id for r in query.page(Criteria())} == {"B1", "B6"}


def test_reimport_updates_by_quarantine_id(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    importer.run(write_csv([HEADER, *sample_rows(5)]))
    changed = [row.replace("Quarantine,", "Completed,") for row in sample_rows(3)]
    duplicate = sample_rows(1, start=4)[0].replace("TK4", "TK-NEW")
    result = importer.run(write_csv([HEADER, *changed, duplicate, duplicate]))
    # the repeated row is left out, naming the line of the one kept
    assert (result.inserted, result.updated, result.problem_count) == (0, 4, 1)
    assert "already on line 5" in result.problems[0].text()
    assert query.count(Criteria()) == 5
    assert query.count(Criteria(status="completed")) == 3
    assert query.page(Criteria(quarantine_id="Q000004"))[0].tariff_key == "TK-NEW"


def test_unknown_reason_kept_and_flagged(
    write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    lines = ["Quarantine ID,Quarantine Reason", "U1,Cosmic Ray Fault", "U2,Missing Rate"]
    result = importer.run(write_csv(lines), kind="rating")
    assert result.unknown_reasons == {"Cosmic Ray Fault": 1}
    flagged = query.page(Criteria(unknown_reason=True))
    assert [r.quarantine_id for r in flagged] == ["U1"]
    assert flagged[0].reason == "Cosmic Ray Fault"


def test_empty_file_and_wrong_columns_change_nothing(
    kit: Kit, write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    importer.run(write_csv([HEADER, *sample_rows(3)]))
    with pytest.raises(UserError, match="empty"):
        importer.run(write_csv([""], name="empty.csv"), kind="rating")
    with pytest.raises(UserError, match="no Quarantine ID column"):
        importer.run(write_csv(["Name,Email", "a,b"], name="contacts.csv"), kind="rating")
    assert query.count(Criteria()) == 3


def test_mapping_handles_other_exports(
    tmp_path: Path, write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    from app.backlog.sources import read_mapping

    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text('{"Record": "quarantine_id", "Why": "Quarantine Reason"}')
    path = write_csv(["Record,Why", "M1,Missing Rate Card"], name="other.csv")
    importer.run(path, kind="rating", mapping=read_mapping(mapping_file))
    assert query.page(Criteria())[0].reason == "Missing Rate Card"


def test_kind_must_be_known(write_csv: Writer, importer: BacklogImporter) -> None:
    with pytest.raises(UserError, match="--kind"):
        importer.run(write_csv([HEADER, *sample_rows(1)], name="export.csv"))


def test_xlsx_import_and_broken_workbook(
    tmp_path: Path, importer: BacklogImporter, query: BacklogQuery
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Quarantine ID", "Status", "Call Date", "Amount", "Batch Number"])
    from datetime import datetime

    sheet.append([1001, "Write Off", datetime(2026, 11, 20, 4, 30), 12.5, 77])
    path = tmp_path / "rating.xlsx"
    book.save(path)
    result = importer.run(path)
    assert result.inserted == 1
    record = query.page(Criteria())[0]
    assert (record.quarantine_id, record.status, record.call_date) == (
        "1001",
        "write-off",
        "2026-11-20T04:30:00",
    )
    assert (record.amount_minor, record.batch_number, record.kind) == (1250, "77", "rating")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:300])
    with pytest.raises(UserError, match="cannot be read as an Excel workbook"):
        importer.run(broken, kind="rating")
    assert query.count(Criteria()) == 1


class _CancelAfter:
    def __init__(self, checks: int) -> None:
        self.left = checks

    @property
    def cancelled(self) -> bool:
        self.left -= 1
        return self.left < 0


def test_cancelled_import_leaves_store_as_it_was(
    kit: Kit, write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    importer.run(write_csv([HEADER, *sample_rows(3)]))
    audit_before = len(kit.audit.entries())
    big = write_csv([HEADER, *sample_rows(12000, start=10)], name="telephony-2.csv")
    with pytest.raises(UserError, match="cancelled"):
        importer.run(big, token=_CancelAfter(1))
    assert query.count(Criteria()) == 3
    assert len(kit.audit.entries()) == audit_before


def test_bulk_import_rebuilds_indexes(
    kit: Kit, write_csv: Writer, query: BacklogQuery, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.backlog.importer as importer_module

    monkeypatch.setattr(importer_module, "BULK_ROWS", 10)
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        write_csv([HEADER, *sample_rows(300)])
    )
    names = {
        r[0]
        for r in kit.store.conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'backlog_records' AND type='index'"
        )
    }
    assert "backlog_status_quarantine_ids" in names and "backlog_updated_pages" in names
    assert len(names) == len(SECONDARY_INDEXES) + 1
    # the tally was counted afresh after the load, and its triggers are back
    assert tally.live(kit.store.conn)
    assert query.count(Criteria(reason="No Tariff Found")) == 75
    assert query.count(Criteria(reason="No Tariff Found", status="pending")) == len(
        query.ids(Criteria(reason="No Tariff Found", status="pending"))
    )


def test_reimport_keeps_a_decision_taken_in_the_kit(
    kit: Kit, write_csv: Writer, importer: BacklogImporter, query: BacklogQuery
) -> None:
    from app.backlog.actions import BacklogActions

    importer.run(write_csv([HEADER, *sample_rows(3)]))
    actions = BacklogActions(conn=kit.store.conn, audit=kit.audit)
    actions.set_status(to="write-off", note="claim", quarantine_ids=["Q000001", "Q000002"])
    actions.set_status(to="cleansed", quarantine_ids=["Q000002"])
    actions.undo_last()  # Q000002 is back to its write-off decision
    again = sample_rows(3)
    again[1] = again[1].replace("Quarantine,", "Completed,")  # billing finished Q000002
    importer.run(write_csv([HEADER, *again]))
    statuses = {r.quarantine_id: r.status for r in query.page(Criteria())}
    assert statuses == {"Q000001": "write-off", "Q000002": "completed", "Q000003": "quarantined"}
    kept = query.page(Criteria(quarantine_id="Q000001"))[0]
    assert (kept.note, kept.decided_by) == ("claim", kit.operator)


@pytest.mark.parametrize(
    ("line", "old", "new", "where", "what"),
    [
        # a Windows-1252 "é" in the header: it used to end in an internal error
        (1, b"Carrier Name", b"Carri\xe9r Name", "line 1, column 49", "byte 0xE9 is not UTF-8"),
        # far past the first block read, after two-byte letters on the same line
        (251, b"Carrier", "Łódź ".encode() + b"\xff", "line 251, column 30", "byte 0xFF"),
        (4, b"TK", b"T\x00K", "line 4, column 56", "a NUL byte (0x00)"),
    ],
)
def test_bad_bytes_are_named_by_line_and_column_and_nothing_is_stored(
    line: int,
    old: bytes,
    new: bytes,
    where: str,
    what: str,
    tmp_path: Path,
    write_csv: Writer,
    importer: BacklogImporter,
    query: BacklogQuery,
) -> None:
    importer.run(write_csv([HEADER, *sample_rows(3)]))
    lines = [text.encode() for text in [HEADER, *sample_rows(400, start=10)]]
    assert old in lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    bad = tmp_path / "damaged.csv"
    bad.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(UserError) as refused:
        importer.run(bad, kind="bms-telephony")
    message = str(refused.value)
    assert f"damaged.csv {where}: {what}" in message and "nothing was imported" in message
    assert query.count(Criteria()) == 3  # what was stored before is all there, unchanged
