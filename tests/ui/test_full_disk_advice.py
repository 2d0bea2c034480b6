"""The full-disk banner names what frees room (a tester's finding: it suggested "moving
older backups from …/backups (0 B)", which frees nothing): a kit without backups is told
to move other large files; backups are suggested only where moving them would be enough."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.errors import DiskFull
from app.paths import KitPaths
from app.store.room import ROOM_NEEDED, Room
from app.ui.language import install_language
from app.ui.read_only import what_to_free
from tests.support.unlocked import unlocked_window
from tests.ui.test_full_disk_window import full_disk  # noqa: F401 (the fixture)


def test_a_kit_without_backups_is_not_told_to_move_them(
    qtbot: QtBot,
    full_disk: tuple[KitPaths, Path],  # noqa: F811
) -> None:
    paths, _filler = full_disk
    window = unlocked_window(qtbot, paths)
    banner = window.read_only_banner
    assert banner.isVisible()
    said = banner.text.text()
    assert "older backups" not in said and "(0 B)" not in said, said
    assert "Free at least 16 MB" in said and "move large files you do not need there" in said
    assert "Check again" in said


def test_backups_are_suggested_where_moving_them_is_enough(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    big = Room(free=1 << 20, disk=tmp_path, backups=backups, backups_size=ROOM_NEEDED)
    small = Room(free=1 << 20, disk=tmp_path, backups=backups, backups_size=4096)
    full = DiskFull("the disk is full")
    assert f"moving older backups from {backups} (16 MB)" in what_to_free(full, big)
    assert "older backups" not in what_to_free(full, small)
    install_language("pl")  # the conftest puts English back afterwards
    polish = what_to_free(full, small)
    assert "kopie zapasowe" not in polish and "przenieś niepotrzebne duże pliki" in polish
