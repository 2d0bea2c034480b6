"""Small quarantine exports written the way billing writes them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.backlog.actions import BacklogActions
from app.backlog.importer import BacklogImporter
from app.backlog.query import BacklogQuery
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from tests.support.cli import CliRunner

HEADER = (
    "Quarantine ID,Batch Number,Batch File Name,Carrier Name,Carrier File Type,"
    "Service Identifier,Tariff Key,Status,Quarantine Reason,Call Date,Date Updated,"
    "Date Released,Amount,Currency,Duration"
)
REASONS = (
    "Duplicate Usage Fault",
    "No Tariff Found",
    "Obsolete Usage Fault",
    "Non Existent Service Fault",
)
CARRIERS = ("Carrier North", "Carrier South", "Carrier West")


def sample_rows(count: int, *, start: int = 1) -> list[str]:
    rows = []
    for n in range(start, start + count):
        reason = REASONS[n % len(REASONS)]
        carrier = CARRIERS[n % len(CARRIERS)]
        day = 1 + n % 28
        month = 1 + n % 12
        rows.append(
            f"Q{n:06d},{100 + n % 5},CDR_{100 + n % 5}.csv,{carrier},CDR,"
            f"4670000{n:04d},TK{n % 7},Quarantine,{reason},"
            f"2026-{month:02d}-{day:02d} 10:{n % 60:02d}:00,2026-11-01,,"
            f"{n}.{n % 100:02d},EUR,{n % 300}"
        )
    return rows


def demo_kit_with_backlog(root: Path, rows: int) -> tuple[Path, Path]:
    """A demo kit in `root/kit` holding `rows` quarantined records, imported with the
    command line (the export written in chunks), and its passphrase file."""
    from tests.conftest import PASSPHRASE

    passfile = root / "passphrase"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    cli = CliRunner(home=root / "kit", passphrase_file=passfile)
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    export = root / "telephony.csv"
    with export.open("w", encoding="utf-8") as handle:
        handle.write(HEADER + "\n")
        for start in range(1, rows + 1, 50_000):
            handle.write("\n".join(sample_rows(min(50_000, rows + 1 - start), start=start)) + "\n")
    assert cli("backlog", "import", str(export)).code == 0
    export.unlink()
    return cli.home, passfile


def copied_kit(built: tuple[Path, Path], tmp_path: Path) -> CliRunner:
    """A copy in `tmp_path/kit` of a kit `demo_kit_with_backlog` built: its CliRunner."""
    home, passfile = built
    shutil.copytree(home, tmp_path / "kit")
    return CliRunner(home=tmp_path / "kit", passphrase_file=passfile)


#: the records of the bulk tests' kit (test_bulk_second_process.py, test_bulk_killed.py)
BULK_ROWS = 150_000


@pytest.fixture(scope="module")
def big_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo kit holding BULK_ROWS quarantined records (built once a module), and its
    passphrase file."""
    return demo_kit_with_backlog(tmp_path_factory.mktemp("bulk"), BULK_ROWS)


@pytest.fixture
def big(big_home: tuple[Path, Path], tmp_path: Path) -> CliRunner:
    """A copy of `big_home`'s kit for one test."""
    return copied_kit(big_home, tmp_path)


def closed_rows() -> list[str]:
    """40 records; billing has closed five of Carrier North's 13: 3, 6, 9 Completed and
    12, 15 Withdrawn."""
    rows = sample_rows(40)
    for n, status in ((3, "Completed"), (6, "Completed"), (9, "Completed")):
        rows[n - 1] = rows[n - 1].replace(",Quarantine,", f",{status},")
    for n in (12, 15):
        rows[n - 1] = rows[n - 1].replace(",Quarantine,", ",Withdrawn,")
    return rows


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    def write(
        lines: list[str], *, name: str = "telephony.csv", bom: bool = False, sep: str = ","
    ) -> Path:
        text = "\n".join(lines) + "\n"
        if sep != ",":
            text = text.replace(",", sep)
        path = tmp_path / name
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
        return path

    return write


@pytest.fixture
def importer(kit: Kit) -> BacklogImporter:
    return BacklogImporter(conn=kit.store.conn, audit=kit.audit)


@pytest.fixture
def query(kit: Kit) -> BacklogQuery:
    return BacklogQuery(conn=kit.store.conn)


@pytest.fixture
def actions(kit: Kit) -> BacklogActions:
    return BacklogActions(conn=kit.store.conn, audit=kit.audit)


def open_backlog(qtbot: Any, store: Store, paths: KitPaths) -> Any:
    """The real main window on `store`, showing its Backlog section (returned)."""
    from app.ui.backlog.section import BacklogSection
    from app.ui.main_window import MainWindow

    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(store)
    window.show()
    found = window.show_section("Backlog")
    assert isinstance(found, BacklogSection)
    return found


@pytest.fixture
def loaded(write_csv: Callable[..., Path], importer: BacklogImporter) -> int:
    """120 records in the store."""
    importer.run(write_csv([HEADER, *sample_rows(120)]))
    return 120


@pytest.fixture
def section(qtbot: Any, loaded: int, store: Store, paths: KitPaths) -> Any:
    """The Backlog section over the 120 records, its dashboard counted and summed."""
    found = open_backlog(qtbot, store, paths)
    qtbot.waitUntil(lambda: found.dashboard.summary is not None and found.dashboard.summary.amounts)
    return found
