"""A copy of a backup made before a key rotation, copied by hand without its `.json` (a `cp`
renews its file time): the refusal says it has the earlier key — known by the salt the file
begins with, not by its time — that no passphrase opens it, and which backup in the data
folder is the same one under the new key (a walk's finding: it said "it is damaged, or a
backup of another store"). Nothing stored changes; the backup it names restores."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.paths import KitPaths
from app.recovery import rotate_key
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.sections.backups import BackupsSection
from tests.conftest import PASSPHRASE
from tests.store.test_restore_checks import OLD_KEY, refused
from tests.support.cli import CliRunner
from tests.support.unlocked import close_kit, unlocked_section
from tests.ui.test_restore_from_file import _audit_actions, restore_picked


def test_a_hand_copy_made_before_a_rotation_says_it_has_the_earlier_key(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    inside = Path(cli("--json", "backup").json()["backup"])
    stick = tmp_path / "USB"
    stick.mkdir()
    copy = stick / inside.name
    shutil.copyfile(inside, copy)  # cp: no .json, a new file time
    assert cli("rekey", "--yes").code == 0
    shutil.copyfile(copy, stick / "again.okbak")  # copied again after the rotation: newer
    again = stick / "again.okbak"
    for candidate in (again, copy):  # again: the walk's case, a file time after the rotation
        refused(cli, candidate, OLD_KEY)
        said = cli("restore", str(candidate)).err
        assert "no passphrase opens it" in said, said
        assert f"The same backup, moved to the new key, is {inside}: restore that one" in said
        assert "damaged" not in said and "another store" not in said, said
    monkeypatch.setenv("OUTAGE_KIT_LANG", "pl")
    polish = cli("restore", str(copy)).err
    monkeypatch.delenv("OUTAGE_KIT_LANG")
    assert "ma nadal wcześniejszy klucz" in polish and "żadne hasło" in polish, polish
    restored = cli("restore", str(inside))  # the backup it names
    assert restored.code == 0, restored.err


def test_the_window_says_the_same_of_a_copy_made_before_a_rotation(
    qtbot: QtBot,
    kit: Kit,
    store: Store,
    paths: KitPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = store.backup("manual")
    stick = tmp_path / "USB"
    stick.mkdir()
    copy = stick / "from-the-cupboard.okbak"
    shutil.copyfile(made.path, copy)
    rotate_key(kit, passphrase=PASSPHRASE, keeper=NoKeyring())
    later = time.time() + 3600
    os.utime(copy, (later, later))  # copied around since: its file time says nothing
    kit.audit.append("test.kept")
    store.close()

    window, section = unlocked_section(qtbot, paths, BackupsSection)
    warned = restore_picked(qtbot, monkeypatch, section, copy)
    qtbot.waitUntil(lambda: bool(warned), timeout=60000)
    assert OLD_KEY in warned[0] and "no passphrase opens it" in warned[0], warned[0]
    assert f"The same backup, moved to the new key, is {made.path}" in warned[0], warned[0]
    assert "Nothing was changed" in warned[0]
    qtbot.waitUntil(lambda: bool(window.sections), timeout=30000)
    section = window.show_section("Backups")
    assert isinstance(section, BackupsSection)
    restored = restore_picked(qtbot, monkeypatch, section, made.path)  # the one it names
    qtbot.waitUntil(lambda: window.kit is not None and bool(window.sections), timeout=60000)
    assert not restored
    assert _audit_actions(window)[0] == "store.restored"
    close_kit(window)
