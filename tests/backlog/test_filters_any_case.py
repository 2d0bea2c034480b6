"""The Quarantine ID and batch filters match whatever the case (issue s11): billing writes
"Qa-7bX" and an officer types "QA-7BX" or "qa-7bx" — before, only the term as typed, in
capitals and in small letters were tried, so a mixed-case ID was never found. Each stays
served by its index (a million records: a scan would cost ~1 s)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery, Where
from app.kit import Kit
from tests.backlog.conftest import HEADER
from tests.support.cli import CliRunner


def _row(qid: str, batch: str, batch_file: str, service: str) -> str:
    return (
        f"{qid},{batch},{batch_file},Carrier North,CDR,{service},TK1,Quarantine,"
        "No Tariff Found,2026-11-20 10:00:00,2026-11-21,,1.50,EUR,60"
    )


ROWS = [
    _row("Qa-7bX", "Bt-9Kq", "Cdr_Mixed_01.csv", "4670000001"),
    _row("QA-7BX", "BT-9KQ", "CDR_UPPER_01.csv", "4670000002"),
    _row("QB-1", "bt-9kq", "cdr_lower_01.csv", "4670000003"),
    _row("Other-1", "Bt-9", "Elsewhere.csv", "4670000004"),
]


@pytest.fixture
def mixed(importer: BacklogImporter, write_csv: Callable[..., Path]) -> int:
    return importer.run(write_csv([HEADER, *ROWS])).inserted


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        (Criteria(quarantine_id="qA-7Bx"), ["QA-7BX", "Qa-7bX"]),
        (Criteria(quarantine_id="qa-7bx"), ["QA-7BX", "Qa-7bX"]),
        (Criteria(quarantine_id="QA-7B"), []),  # a whole ID, not its start
        (Criteria(batch="bT-9kQ"), ["QA-7BX", "QB-1", "Qa-7bX"]),
        (Criteria(batch_file="cDR_mIxed"), ["Qa-7bX"]),
        (Criteria(text="qa-7Bx"), ["QA-7BX", "Qa-7bX"]),
        (Criteria(text="Bt-9kQ"), ["QA-7BX", "QB-1", "Qa-7bX"]),
    ],
)
def test_mixed_case_terms_match_every_spelling(
    mixed: int, query: BacklogQuery, criteria: Criteria, expected: list[str]
) -> None:
    found = sorted(r.quarantine_id for r in query.page(criteria))
    assert found == expected
    assert query.count(criteria) == len(expected)


@pytest.mark.parametrize(
    ("criteria", "index"),
    [
        (Criteria(quarantine_id="qA-7Bx"), "sqlite_autoindex_backlog_records_1"),
        (Criteria(batch="bT-9kQ"), "backlog_batch_dates"),
    ],
)
def test_the_filters_stay_served_by_their_index(
    mixed: int, kit: Kit, criteria: Criteria, index: str
) -> None:
    conn = kit.store.conn
    where = Where.of(criteria, conn=conn)
    plan = " ".join(
        str(r[3])
        for r in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM backlog_records WHERE {where.sql}",
            where.params,
        )
    )
    assert f"USING COVERING INDEX {index}" in plan or f"USING INDEX {index}" in plan, plan
    assert "SCAN backlog_records" not in plan.replace("SCAN backlog_records USING", ""), plan


def test_the_command_line_finds_a_mixed_case_id_typed_any_way(
    mixed: int, kit: Kit, cli: CliRunner
) -> None:
    kit.store.close()
    done = cli.subprocess("--json", "backlog", "query", "--quarantine-id", "qa-7BX")
    assert done.code == 0, done.err
    assert sorted(r["quarantine_id"] for r in done.json()["records"]) == ["QA-7BX", "Qa-7bX"]
    done = cli.subprocess("--json", "backlog", "query", "--batch", "BT-9kq")
    assert done.json()["total"] == 3
