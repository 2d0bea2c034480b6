"""The import's summary counts reasons of the records it stored: a row left out because its
Quarantine ID repeated an earlier line's was still counted "with a reason not in the guide"
(or "without a reason"), so four rows, one of them left out, said "4 with a reason not in
the guide" over 3 new records (a helper's walk, 3 December). Both ways rows are read: the
quick path (plain CSV rows) and the careful one (a row it has not met the like of)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from app.store.store import Store
from tests.backlog.conftest import HEADER
from tests.support.cli import CliRunner

ROW = "{qid},7,CDR_7.csv,Carrier North,CDR,46700001234,TK1,Quarantine,{reason},{call},,,1.00,EUR,5"


def test_a_row_left_out_for_its_repeated_id_is_not_counted_by_its_reason(
    store: Store, cli: CliRunner, write_csv: Callable[..., Path]
) -> None:
    store.close()  # the command line's process opens it
    rows = [
        ("Q700001", "Roaming Partner Unknown"),
        ("Q700002", "Roaming Partner Unknown"),
        ("Q700003", ""),
        ("Q700004", "No Tariff Found"),
        ("Q700001", "Roaming Partner Unknown"),  # repeated: left out
        ("Q700003", ""),  # repeated: left out
    ]
    # the same rows read the quick way (same call-date form all along) and the careful way
    # (a different call-date form on each row: the quick path has not met it)
    for name, calls in (
        ("quick.csv", ["2026-10-05 10:00:00"] * len(rows)),
        ("careful.csv", [f"2026-10-0{n + 1}T10:00:00" for n in range(len(rows))]),
    ):
        lines = [ROW.format(qid=q, reason=r, call=c) for (q, r), c in zip(rows, calls, strict=True)]
        export = write_csv([HEADER, *lines], name=name)
        done = cli.subprocess("--json", "backlog", "import", "--kind", "bms-telephony", str(export))
        assert done.code == 1, done.err  # rows were left out
        result = json.loads(done.out)
        assert result["rejected"] == 2, result
        assert result["unknown_reasons"] == {"Roaming Partner Unknown": 2}, result
        said = cli.subprocess("backlog", "import", "--kind", "bms-telephony", str(export))
        assert "2 with a reason not in the guide" in said.out, said.out
        assert "1 without a reason" in said.out, said.out
