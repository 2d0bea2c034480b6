"""Searching on every field of the guide — Date Updated, Date Released and Carrier File Type
included — whatever the case of the text typed, from the command line and the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.backlog.importer import BacklogImporter
from app.backlog.model import Criteria
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from tests.backlog.conftest import HEADER, open_backlog
from tests.support.cli import CliRunner

Writer = Callable[..., Path]
#: id, batch, batch file, carrier, file type, tariff, reason, call, updated, released
ROWS = (
    ("QA-1", "101", "CDR_101.csv", "Carrier North", "CDR", "TK1", "No Tariff Found",
     "2026-10-01 08:00", "2026-11-02", ""),
    ("QA-2", "101", "CDR_101.csv", "CARRIER NORTH", "TAP", "tk1", "No Tariff Found",
     "2026-10-02 08:00", "2026-11-03 14:30", "2026-11-05"),
    ("qa-3", "102", "cdr_102.csv", "Operadora São João", "NRTRDE", "TK2", "Duplicate Usage Fault",
     "2026-10-03 08:00", "2026-11-10", "2026-11-20"),
    ("QA-4", "103", "CDR_103.csv", "Carrier South", "TAP", "TK2", "Duplicate Usage Fault",
     "2026-10-04 08:00", "", ""),
)  # fmt: skip


def _line(row: tuple[str, ...]) -> str:
    """The row in HEADER's column order (service, status, amount, currency, duration added)."""
    qid, batch, bfile, carrier, ftype, tariff, reason, call, updated, released = row
    return (
        f"{qid},{batch},{bfile},{carrier},{ftype},4670000{qid[-1]},{tariff},Quarantine,"
        f"{reason},{call},{updated},{released},1.00,EUR,60"
    )


@pytest.fixture
def guide_rows(write_csv: Writer, importer: BacklogImporter) -> None:
    result = importer.run(write_csv([HEADER, *map(_line, ROWS)]))
    assert result.inserted == len(ROWS) and not result.problem_count


def _ids(query: BacklogQuery, criteria: Criteria) -> list[str]:
    found = query.page(criteria, sort="quarantine_id", descending=False)
    assert query.count(criteria) == len(found)
    return [r.quarantine_id for r in found]


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        (Criteria(carrier="carrier north"), ["QA-1", "QA-2"]),
        (Criteria(carrier="OPERADORA SÃO JOÃO"), ["qa-3"]),
        (Criteria(carrier="Carrier"), []),  # a carrier is matched whole
        (Criteria(carrier_file_type="tap"), ["QA-2", "QA-4"]),
        (Criteria(carrier_file_type="NrTrDe"), ["qa-3"]),
        (Criteria(tariff_key="TK1"), ["QA-1", "QA-2"]),
        (Criteria(batch="101"), ["QA-1", "QA-2"]),
        (Criteria(batch_file="cdr_10"), ["QA-1", "QA-2", "QA-4", "qa-3"]),
        (Criteria(quarantine_id="qa-1"), ["QA-1"]),
        (Criteria(quarantine_id="QA-3"), ["qa-3"]),
        (Criteria(text="qa-2"), ["QA-2"]),
        (Criteria(text="CDR_102"), ["qa-3"]),
        (Criteria(updated_from="2026-11-03"), ["QA-2", "qa-3"]),
        (Criteria(updated_to="2026-11-03"), ["QA-1", "QA-2"]),  # the whole day; not the empty
        (Criteria(updated_from="2026-11-03T15:00"), ["qa-3"]),
        (Criteria(released_from="2026-11-01", released_to="2026-11-30"), ["QA-2", "qa-3"]),
        (Criteria(released_to="2026-11-10"), ["QA-2"]),
        (Criteria(carrier="carrier north", released_from="2026-11-01"), ["QA-2"]),
    ],
)
def test_every_guide_field_whatever_the_case(
    guide_rows: None, query: BacklogQuery, criteria: Criteria, expected: list[str]
) -> None:
    assert _ids(query, criteria) == expected


def test_a_bulk_decision_takes_what_the_search_shows(
    guide_rows: None, query: BacklogQuery, kit: Kit
) -> None:
    from app.backlog.actions import BacklogActions

    actions = BacklogActions(conn=kit.store.conn, audit=kit.audit)
    done = actions.set_status(to="pending", criteria=Criteria(carrier_file_type="tap"))
    assert done.changed == 2
    assert _ids(query, Criteria(status="pending")) == ["QA-2", "QA-4"]


def test_command_line_filters_for_the_new_fields(
    cli: CliRunner, write_csv: Writer, tmp_path: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    cli("backlog", "import", "--kind", "bms-data", str(write_csv([HEADER, *map(_line, ROWS)])))

    def found(*args: str) -> list[str]:
        result = cli("--json", "backlog", "query", "--sort", "quarantine_id", "--ascending", *args)
        assert result.code == 0, result.err
        return [r["quarantine_id"] for r in result.json()["records"]]

    assert found("--carrier-file-type", "tap") == ["QA-2", "QA-4"]
    assert found("--updated-from", "2026-11-03", "--updated-to", "2026-11-09") == ["QA-2"]
    assert found("--released-from", "2026-11-06") == ["qa-3"]
    assert found("--carrier", "carrier north", "--released-to", "2026-11-30") == ["QA-2"]
    bad = cli("backlog", "query", "--released-from", "soon")
    assert bad.code == 2 and "Date released 'soon' is not a date the kit can read" in bad.err
    assert "28.11.2026, 28.11. (the nearest), 2026-11-28" in bad.err


def test_window_search_bar_finds_by_the_new_fields(
    qtbot: QtBot, guide_rows: None, store: Store, paths: KitPaths
) -> None:
    panel = open_backlog(qtbot, store, paths).records
    bar = panel.search_bar
    qtbot.keyClicks(bar.file_type, "tap")
    qtbot.keyClicks(bar.released_from, "2026-11-01")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 matching record")
    bar.released_from.clear()
    qtbot.keyClicks(bar.updated_to, "2026-11-30")
    qtbot.keyClick(bar.updated_to, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 matching record")  # QA-4 has none
    bar.clear_button.click()
    qtbot.keyClicks(bar.carrier.lineEdit(), "CARRIER north")
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.count_label.text() == "2 matching records")
