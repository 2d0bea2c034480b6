"""An export that is its header row alone (billing's export of an empty quarantine, or one
cut short): `backlog import` said "0 rows read, 0 new, 0 updated, 0 rejected." and exit 0,
which read as an import that silently failed. It now says the file holds no records and
that the backlog is as it was. A header alone that lacks the Quarantine ID column is
refused with the very words (and exit code) of the same file with rows under it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.support.cli import CliRunner

HEAD = "QID,Supplier,Service Number,Error,Usage Date,Charge,Currency"
ROW = "H-1,Carrier East,4811,No Tariff Found,2026-12-01,7.25,EUR"
NO_ID_HEAD = "Supplier,Service Number,Error,Usage Date,Charge,Currency"
NO_ID_ROW = "Carrier East,4811,No Tariff Found,2026-12-01,7.25,EUR"


def test_a_header_alone_says_the_file_holds_no_records(
    cli: CliRunner, write_csv: Callable[..., Path]
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("backlog", "import", "--kind", "rating", str(write_csv([HEAD, ROW]))).code == 0
    empty = write_csv([HEAD], name="east-rating.csv")

    done = cli.subprocess("backlog", "import", "--kind", "rating", str(empty))

    assert done.code == 0, done.err  # nothing is wrong and nothing was lost
    assert done.out.strip() == (
        "east-rating.csv holds no records: there is nothing under its header row, so "
        "nothing was imported and the backlog is as it was. If the export should hold "
        "records, export it again from Billing > Quarantine."
    ), done.out
    assert "0 rows read" not in done.out
    polish = cli.subprocess(
        "backlog", "import", "--kind", "rating", str(empty), env={"OUTAGE_KIT_LANG": "pl"}
    )
    assert polish.code == 0 and polish.out.startswith(
        "east-rating.csv nie zawiera żadnych rekordów: pod wierszem nagłówka nie ma nic"
    ), polish.out
    stored = cli("--json", "backlog", "query").json()["records"]
    assert [(r["quarantine_id"], r["amount_minor"]) for r in stored] == [("H-1", 725)]


def test_a_header_alone_without_the_quarantine_id_is_refused_as_with_rows(
    cli: CliRunner, write_csv: Callable[..., Path]
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    export = write_csv([NO_ID_HEAD], name="east-rating.csv")
    alone = cli.subprocess("backlog", "import", "--kind", "rating", str(export))
    write_csv([NO_ID_HEAD, NO_ID_ROW], name="east-rating.csv")
    with_rows = cli.subprocess("backlog", "import", "--kind", "rating", str(export))

    assert (alone.code, alone.out, alone.err) == (with_rows.code, with_rows.out, with_rows.err)
    assert alone.code == 2 and alone.out == ""
    assert (
        "east-rating.csv has no Quarantine ID column, so it is not a quarantine export the "
        "kit knows (its columns: 'Supplier', 'Service Number', 'Error', 'Usage Date', "
        "'Charge', 'Currency'). Export again from Billing > Quarantine, or give a mapping "
        "file that names the Quarantine ID column (--mapping)."
    ) in alone.err
    assert cli("--json", "backlog", "query").json()["records"] == []
