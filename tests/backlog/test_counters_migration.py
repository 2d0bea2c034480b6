"""Migration 24 on a store migration 23 left: the counters' update triggers stand aside for a
bulk decision (and only then), the store has the same triggers as a new store, the counters
stay true through decisions after it, and a large import a crash cut short puts the triggers
in as they are now when it ends."""

from __future__ import annotations

import json
from pathlib import Path

from app.backlog import tally
from app.backlog.actions import BacklogActions
from app.backlog.model import Criteria
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.migrations import MIGRATIONS
from app.store.migrations.m015_backlog_tally import TRIGGERS
from app.store.migrations.m020_backlog_days import DAY_TRIGGERS
from app.store.migrations.m023_backlog_money import KEY_TRIGGERS, MONEY_TRIGGERS
from app.store.migrations.m024_backlog_bulk_counts import UPDATE_TRIGGER_NAMES
from app.store.store import Store
from tests.backlog.test_counters_random import assert_counters_equal_recount
from tests.backlog.test_pages import varied_rows
from tests.conftest import PASSPHRASE
from tests.store.test_migration_tally import imported


def as_left_by_23(store: Store) -> None:
    """The counters' triggers as migrations 15, 20 and 23 made them; no pause table."""
    tally.suspend(store.conn)
    for statement in (*TRIGGERS, *DAY_TRIGGERS, *MONEY_TRIGGERS, *KEY_TRIGGERS):
        store.conn.execute(statement)
    store.conn.execute("DROP TABLE backlog_counts_paused")
    store.conn.execute("PRAGMA user_version = 23")


def triggers(store: Store) -> dict[str, str]:
    rows = store.conn.execute(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'trigger' AND tbl_name = 'backlog_records'"
    )
    return {str(r[0]): str(r[1]) for r in rows}


def test_after_the_migration_a_bulk_decision_moves_the_counters_itself(
    kit: Kit, tmp_path: Path
) -> None:
    store = imported(kit, tmp_path, varied_rows(600))
    as_left_by_23(store)
    old = triggers(store)
    assert all("backlog_counts_paused" not in sql for sql in old.values())
    assert store.migrate() == [m.version for m in MIGRATIONS if m.version > 23]
    now = triggers(store)
    assert set(now) == set(old)
    guarded = {name for name, sql in now.items() if "backlog_counts_paused" in sql}
    assert guarded == set(UPDATE_TRIGGER_NAMES)  # inserts and deletes as they were
    fresh = Store.create(
        KitPaths(tmp_path / "new"), operator="Night Duty", passphrase=PASSPHRASE,
        keeper=NoKeyring(),
    )  # fmt: skip
    try:
        assert triggers(fresh) == now
    finally:
        fresh.close()
    actions = BacklogActions(conn=store.conn, audit=kit.audit)
    actions.set_status(to="write-off", note="claim 9", criteria=Criteria(carrier="Carrier 1"))
    assert_counters_equal_recount(store.conn, "a write-off")
    actions.undo_last()
    assert_counters_equal_recount(store.conn, "its undo")


def test_an_interrupted_large_import_puts_the_triggers_in_as_they_are_now(
    kit: Kit, tmp_path: Path
) -> None:
    store = imported(kit, tmp_path, varied_rows(300))
    as_left_by_23(store)
    conn = store.conn
    job = {"staging": "x.staging", "upsert": "", "audit": {}, "rebuild": ["x"], "tally": True}
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('backlog_import_pending', ?)", (json.dumps(job),)
    )
    tally.suspend(conn)  # as the merge left them: dropped until it ends
    store.migrate()
    assert not tally.live(conn, UPDATE_TRIGGER_NAMES)  # not put in half-way
    conn.execute("DELETE FROM meta WHERE key = 'backlog_import_pending'")
    tally.refill(conn)  # what the merge does when it ends
    assert_counters_equal_recount(conn, "the refill")
    sql = triggers(store)
    assert all("backlog_counts_paused" in sql[name] for name in UPDATE_TRIGGER_NAMES)
