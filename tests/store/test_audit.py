from __future__ import annotations

from app.kit import Kit
from tests.support.cli import CliRunner


def _fill(kit: Kit, n: int = 5) -> None:
    for i in range(n):
        kit.audit.append("test.entry", n=i)


def test_intact_chain_verifies(kit: Kit) -> None:
    _fill(kit)
    assert kit.audit.verify() == []


def test_edited_entry_is_found(kit: Kit) -> None:
    _fill(kit)
    kit.store.conn.execute("UPDATE audit_log SET details = '{\"n\": 99}' WHERE id = 3")
    breaks = kit.audit.verify()
    assert [(b.entry_id, b.reason) for b in breaks] == [(3, "was changed after it was written")]


def test_deleted_entry_is_found(kit: Kit) -> None:
    _fill(kit)
    kit.store.conn.execute("DELETE FROM audit_log WHERE id = 2")
    assert any("missing" in b.reason for b in kit.audit.verify())


def test_cut_tail_is_found(kit: Kit) -> None:
    _fill(kit)
    kit.store.conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert [b.reason for b in kit.audit.verify()] == ["the newest entries were removed"]


def test_audit_verify_command_fails_on_an_edited_row(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("backup").code == 0
    assert cli("audit", "verify").code == 0
    kit = cli_kit(cli)
    kit.store.conn.execute("UPDATE audit_log SET actor = 'someone else' WHERE id = 1")
    kit.close()
    result = cli("audit", "verify")
    assert result.code == 1
    assert "entry 1: was changed" in result.out
    check = cli("--json", "check")
    assert check.code == 1 and check.json()["audit"] != "ok"


def cli_kit(cli: CliRunner) -> Kit:
    from app.paths import KitPaths
    from app.store.keys import NoKeyring
    from app.store.unlock import read_passphrase_file, unlock_with_passphrase

    assert cli.passphrase_file is not None
    store = unlock_with_passphrase(
        KitPaths(cli.home), read_passphrase_file(cli.passphrase_file), NoKeyring()
    )
    return Kit.open(store)
