"""The backlog command line takes what an officer types the same way everywhere (a new-user
walk): `set-status --to action-pending` as `query --status action-pending` does (it was
refused: "must be pending"); `--carrier "lodz gsm"` finds "Łódź GSM", marks on letters
ignored as `incident told --partner` ignores them (it found nothing), still by the carrier's
index; and a call date billing gave as a day prints as a day, as the kit writes days (it
printed "2026-11-30 00:00:00")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import Where
from app.kit import Kit
from tests.backlog.conftest import HEADER
from tests.support.cli import CliRunner


def _row(qid: str, carrier: str, call: str) -> str:
    return (
        f"{qid},B-1,cdr_01.csv,{carrier},CDR,4670000001,TK1,Quarantine,"
        f"No Tariff Found,{call},2026-12-01,,1.50,EUR,60"
    )


ROWS = [
    _row("Q-1", "Łódź GSM", "2026-11-30"),
    _row("Q-2", "Łódź GSM", "2026-11-29 10:15:00"),
    _row("Q-3", "Carrier North", "2026-11-28"),
]


@pytest.fixture
def loaded(kit: Kit, importer: BacklogImporter, write_csv: Callable[..., Path]) -> Kit:
    assert importer.run(write_csv([HEADER, *ROWS])).inserted == 3
    return kit


def test_the_carrier_matches_without_polish_letters_along_its_index(loaded: Kit) -> None:
    conn = loaded.store.conn
    where = Where.of(Criteria(carrier="lodz gsm"), conn=conn)
    assert conn.execute(
        f"SELECT count(*) FROM backlog_records WHERE {where.sql}", where.params
    ).fetchone() == (2,)
    plan = " ".join(
        str(r[3])
        for r in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM backlog_records WHERE {where.sql}",
            where.params,
        )
    )
    assert "INDEX" in plan and "SCAN backlog_records" not in plan.replace(
        "SCAN backlog_records USING", ""
    ), plan


def test_the_command_line_takes_the_same_words_both_ways(loaded: Kit, cli: CliRunner) -> None:
    loaded.store.close()
    found = cli("backlog", "query", "--carrier", "lodz gsm")
    assert found.code == 0, found.err
    assert "Q-1" in found.out and "Q-2" in found.out and "Q-3" not in found.out
    lines = {line.split()[0]: line for line in found.out.splitlines() if line.startswith("Q-")}
    assert " 2026-11-30 " in lines["Q-1"] and "00:00" not in lines["Q-1"], lines["Q-1"]
    assert " 2026-11-29 10:15:00 " in lines["Q-2"], lines["Q-2"]

    done = cli(
        "backlog", "set-status", "--carrier", "lodz gsm", "--to", "action-pending", "--note", "x"
    )
    assert done.code == 0, done.err
    pending = cli("--json", "backlog", "query", "--status", "action-pending")
    assert sorted(r["quarantine_id"] for r in pending.json()["records"]) == ["Q-1", "Q-2"]

    wrong = cli("backlog", "set-status", "--carrier", "lodz gsm", "--to", "sideways")
    assert wrong.code != 0 and "is not a decision" in wrong.err, wrong.err
