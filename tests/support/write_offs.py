"""A store with many written-off records, for the write-off report's size tests (no Qt:
the command-line tests use it too)."""

from __future__ import annotations

from pathlib import Path

from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.kit import Kit

HEADER = (
    "Quarantine ID,Batch Number,Batch File Name,Carrier Name,Carrier File Type,"
    "Service Identifier,Tariff Key,Status,Quarantine Reason,Call Date,Date Updated,"
    "Date Released,Amount,Currency,Duration"
)
REASONS = ("Duplicate Usage Fault", "No Tariff Found", "Obsolete Usage Fault")
CARRIERS = ("Carrier North", "Operator Łódź", "Оператор Связь", "Operadora São João")
#: long enough to wrap in the note column (several lines a row)
NOTE = (
    "Claim raised with the carrier's interconnect desk; the roaming tariff was withdrawn "
    "before these calls, so the usage cannot be rated again (agreed with billing, BILL-4471)"
)


def write_off_many(kit: Kit, folder: Path, count: int) -> None:
    """`count` records imported, then written off with NOTE (the decision's note)."""
    source = folder / "quarantine-many.csv"
    lines = [HEADER]
    for n in range(1, count + 1):
        lines.append(
            f"W{n:06d},{100 + n % 5},CDR_{100 + n % 5}.csv,{CARRIERS[n % 4]},CDR,"
            f"4670000{n:05d},TK{n % 7},Quarantine,{REASONS[n % 3]},"
            f"2026-{1 + n % 12:02d}-{1 + n % 28:02d} 10:{n % 60:02d}:00,2026-11-01,,"
            f"{n % 900}.{n % 100:02d},EUR,{n % 300}"
        )
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(source, kind="bms-data")
    BacklogActions(conn=kit.store.conn, audit=kit.audit).set_status(
        to="write-off", note=NOTE, criteria=Criteria()
    )


def pdf_args(out: Path, *more: str) -> list[str]:
    """The command line's words for the write-off PDF at `out`."""
    return ["backlog", "report", "write-offs", "--format", "pdf", "--out", str(out), *more]
