"""Migration 15 (the backlog tally) on a store migration 14 left: it says each step, a kill
half-way leaves the store as it was and the next start finishes it, and the tally then
agrees with the records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.backlog import tally
from app.backlog.importer import BacklogImporter
from app.kit import Kit
from app.paths import KitPaths
from app.store import steps
from app.store.keys import KeyFile
from app.store.migrations import LATEST_VERSION, MIGRATIONS
from app.store.migrations.m015_backlog_tally import BACKLOG_INDEXES, TALLY_COLUMNS
from app.store.migrations.m023_backlog_money import KEY_TRIGGER_NAMES, MONEY_TRIGGER_NAMES
from app.store.migrations.m028_backlog_quarantine_order import BACKLOG_INDEXES as INDEXES_NOW
from app.store.store import Store
from tests.backlog.conftest import HEADER, sample_rows
from tests.support.cli import CliRunner
from tests.support.killed import run_killed

_KEY = ", ".join(TALLY_COLUMNS)
#: tables of migrations after 18 (those that downgrade a store to 18 or before drop them)
TABLES_AFTER_18 = (
    "template_bundle_texts", "backlog_money", "backlog_day_money", "backlog_key_tally"
)  # fmt: skip
LATER_TABLES = (
    "outbox_unaudited", "backlog_day_tally", *TABLES_AFTER_18, "backlog_counts_paused"
)  # fmt: skip


def drop_after_18(store: Store) -> None:
    """The tables (and their triggers) of the migrations after 18: not there yet."""
    for name in (*MONEY_TRIGGER_NAMES, *KEY_TRIGGER_NAMES):
        store.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for later in TABLES_AFTER_18:
        store.conn.execute(f"DROP TABLE {later}")


def as_left_by_14(store: Store) -> None:
    """The schema migration 14 left: no tally, no triggers."""
    conn = store.conn
    tally.suspend(conn)
    conn.execute("DROP TABLE backlog_tally")
    for later in LATER_TABLES:  # what the migrations after 15 add, not there yet at 14
        conn.execute(f"DROP TABLE {later}")
    as_left_by_16(store)
    conn.execute("PRAGMA user_version = 14")


def as_left_by_16(store: Store) -> None:
    """The backlog's indexes before migration 17 (the ones migration 15 lists)."""
    for name in index_names(store):
        store.conn.execute(f"DROP INDEX {name}")
    for statement in BACKLOG_INDEXES:
        store.conn.execute(statement)


def index_names(store: Store) -> set[str]:
    rows = store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'backlog_records' "
        "AND name NOT LIKE 'sqlite_autoindex%'"
    )
    return {str(r[0]) for r in rows}


def tally_rows(store: Store) -> set[tuple[object, ...]]:
    return set(store.conn.execute(f"SELECT {_KEY}, n FROM backlog_tally WHERE n > 0"))


def counted(store: Store) -> set[tuple[object, ...]]:
    return set(
        store.conn.execute(
            f"SELECT {_KEY}, count(*) FROM backlog_records GROUP BY {_KEY}"
        )
    )  # fmt: skip


def imported(kit: Kit, tmp_path: Path, rows: list[str]) -> Store:
    """The kit's store with `rows` imported (CSV lines under HEADER)."""
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(export)
    return kit.store


@pytest.fixture
def old_store(kit: Kit, tmp_path: Path) -> Store:
    as_left_by_14(imported(kit, tmp_path, sample_rows(3000)))
    return kit.store


_KILLED_AT_A_STEP = """
import os, signal, sys
from pathlib import Path
from typing import Any
from app.paths import KitPaths
from app.store import steps
from app.store.keys import KeyFile
from app.store.migrations import LATEST_VERSION, MIGRATIONS
from app.store.store import Store
paths = KitPaths(Path(sys.argv[1]))
store = Store(paths=paths, raw_key=bytes.fromhex(sys.stdin.readline().strip()),
              key_file=KeyFile.load(paths.key_file))
def listen(text):
    print(text, flush=True)
    if sys.argv[2] in text:  # Windows has no SIGKILL: TerminateProcess
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
steps.listener = listen
store.migrate()
print("finished", flush=True)
"""


def migrate_killed_at(paths: KitPaths, raw_key: str, step: str) -> str:
    """Migrate the store at `paths` in a second process killed when the step saying `step`
    begins; what it said before."""
    said = run_killed(_KILLED_AT_A_STEP, [str(paths.home), step], raw_key)
    assert step in said
    return said


def test_killed_half_way_the_store_is_as_it_was_and_the_next_start_finishes(
    old_store: Store, paths: KitPaths, passphrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = index_names(old_store)
    records = counted(old_store)
    raw_key = KeyFile.load(paths.key_file).unwrap(passphrase).hex()
    old_store.close()
    said = migrate_killed_at(paths, raw_key, "counting the backlog")
    assert "Backing up the store" in said  # killed after the backup, counting the tally

    store = Store(
        paths=paths, raw_key=bytes.fromhex(raw_key), key_file=KeyFile.load(paths.key_file)
    )
    try:
        # nothing half-changed: the indexes as they were, no tally, the records intact
        assert store.schema_version == 14
        assert index_names(store) == before
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "backlog_tally" not in tables
        assert counted(store) == records

        steps.enabled = True  # as the command line does in text mode
        try:
            assert store.migrate() == [m.version for m in MIGRATIONS if m.version > 14]
        finally:
            steps.enabled = False
        said = capsys.readouterr().err
        assert "Backing up the store before updating it" in said
        assert "counting the backlog's records by status, reason and carrier… done" in said
        assert index_names(store) == {s.split()[2] for s in INDEXES_NOW}
        assert tally.live(store.conn)
        assert tally_rows(store) == records
        assert sum(r[-1] for r in records) == 3000  # type: ignore[misc]
    finally:
        store.close()


def test_an_interrupted_large_import_counts_the_tally_when_it_ends(old_store: Store) -> None:
    """A merge a crash cut short has its indexes dropped until it ends: migration 15 leaves
    the tally to it (counted once, after the indexes are built)."""
    conn = old_store.conn
    rebuild = [s for s in BACKLOG_INDEXES if "status" in s][:3]
    for statement in rebuild:
        conn.execute(f"DROP INDEX {statement.split()[2]}")
    job = {"staging": "x.staging", "upsert": "", "audit": {}, "rebuild": rebuild}
    conn.execute("INSERT INTO meta (key, value) VALUES ('backlog_import_pending', ?)",
                 (json.dumps(job),))  # fmt: skip
    old_store.migrate()
    saved = json.loads(
        conn.execute("SELECT value FROM meta WHERE key = 'backlog_import_pending'").fetchone()[0]
    )
    # and builds the latest migration's indexes, not the ones it dropped
    assert saved["tally"] is True and saved["rebuild"] == list(INDEXES_NOW)
    assert not tally.live(conn)  # counts read the records until the merge has ended


def test_the_window_updates_an_older_store_with_a_dialog_naming_each_step(
    qtbot: Any, old_store: Store, paths: KitPaths
) -> None:
    from app.store.keys import NoKeyring
    from app.ui.main_window import MainWindow

    window = MainWindow(paths=paths, keeper=NoKeyring())
    qtbot.addWidget(window)
    window.open_store(old_store)
    window.show()
    dialog = window.migration_dialog
    assert dialog is not None and dialog.isVisible()  # the window answers meanwhile
    qtbot.waitUntil(lambda: window.kit is not None, timeout=60_000)
    assert not dialog.isVisible()
    assert any("counting the backlog's records" in s for s in dialog.steps), dialog.steps
    assert dialog.steps[0].startswith("Backing up the store before updating it")
    assert old_store.schema_version == LATEST_VERSION and tally.live(old_store.conn)
    assert window.show_section("Backlog") is not None


def test_a_new_store_is_made_without_an_update_step(cli: CliRunner) -> None:
    """An officer creating the store is told it was created, not that it was 'updated'."""
    made = cli("init", "--operator", "Night Duty", "--demo")
    assert made.code == 0 and "Created the encrypted store" in made.out
    assert "Updating the store" not in made.out + made.err
    assert cli("--json", "backlog", "query").code == 0  # the tally's triggers are in place
