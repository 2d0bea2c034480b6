"""The size the kit says of a store (checking it, backing it up) holds its write-ahead log,
where a new store's recent changes are: a tester's store read "(4 KB)" while its backup was
476 KB."""

from __future__ import annotations

from app.contacts.demo import load_demo
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.steps import size_text
from app.store.store import Store
from tests.conftest import OPERATOR, PASSPHRASE

UNITS = {"B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30}


def _bytes(said: str) -> float:
    number, unit = said.split()
    return float(number) * UNITS[unit]


def test_the_size_said_of_a_store_holds_its_recent_changes(paths: KitPaths) -> None:
    # a store just made, as the officer's first one (the `store` fixture's is a copy of one
    # made and closed, its log written into the database)
    kit = Kit.open(
        Store.create(paths, operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring())
    )
    load_demo(kit)
    database = paths.database
    wal = database.with_name(database.name + "-wal")
    assert wal.stat().st_size > database.stat().st_size  # most of it is still in the log
    said = _bytes(size_text(database))
    made = kit.store.backup("manual")
    assert said >= made.size / 2, (size_text(database), made.size)
    kit.store.close()
