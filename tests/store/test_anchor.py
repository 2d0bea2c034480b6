"""An anchored audit chain (issue 13, point 8): a head published earlier proves no entry
up to it was rewritten, even by someone who recomputed every hash after it."""

from __future__ import annotations

import json
from pathlib import Path

from app.audit import anchor_line
from app.audit.log import _digest
from app.kit import Kit
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.unlock import unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.support.cli import CliRunner


def rewrite_and_recompute(home: Path, entry_id: int, details: dict[str, str]) -> None:
    """What someone holding the passphrase can do: edit an entry and recompute the chain."""
    kit = Kit.open(unlock_with_passphrase(KitPaths(home), PASSPHRASE, NoKeyring()))
    conn = kit.store.conn
    try:
        conn.execute(
            "UPDATE audit_log SET details = ? WHERE id = ?", (json.dumps(details), entry_id)
        )
        prev = "0" * 64
        rows = conn.execute(
            "SELECT id, at, actor, action, details FROM audit_log ORDER BY id"
        ).fetchall()
        for row_id, at, actor, action, body in rows:
            digest = _digest(prev, at, actor, action, body)
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                (prev, digest, row_id),
            )
            prev = digest
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (prev,))
    finally:
        kit.close()


def test_a_rewrite_older_than_a_published_head_is_detected(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("backup").code == 0
    head = cli("--json", "audit", "head").json()
    assert len(head["hash"]) == 64 and head["entry_id"] == 2
    assert head["hash"] in cli("audit", "head").out

    assert cli("backup").code == 0  # more work after the anchor was published
    anchored = cli("--json", "audit", "verify", "--anchor", head["hash"])
    assert anchored.code == 0 and anchored.json()["anchor_entry"] == 2
    assert "holds the anchor unchanged" in cli("audit", "verify", "--anchor", head["hash"]).out

    rewrite_and_recompute(cli.home, 1, {"operator": "someone else"})
    assert cli("audit", "verify").code == 0  # the chain alone cannot tell
    caught = cli("audit", "verify", "--anchor", head["hash"])
    assert caught.code == 1 and "is not in the chain" in caught.out
    for wrong in ("not-a-hash", "2d", "entry 48"):
        refused = cli("audit", "verify", "--anchor", wrong)
        assert refused.code == 2 and "is not an anchor" in refused.err, refused.err


def test_the_head_as_a_report_prints_it_is_an_anchor(cli: CliRunner) -> None:
    """A manager pastes the footer line of a report, in English or Polish, or the hash as
    wrapped with its line: the chain is checked against the hash it holds (it read BROKEN)."""
    assert cli("init", "--operator", "Night Duty").code == 0
    assert cli("backup").code == 0
    head = cli("--json", "audit", "head").json()
    printed = cli("audit", "head").out.strip().splitlines()[0]
    assert cli("backup").code == 0  # more work after it was printed
    for pasted in (
        printed,
        f"Audit chain head: entry {head['entry_id']}, {head['hash']}",
        f"Głowa łańcucha audytu: wpis {head['entry_id']}, {head['hash'].upper()}",
        f"entry {head['entry_id']}, {head['hash'][:20]}",
    ):
        checked = cli("--json", "audit", "verify", "--anchor", pasted)
        assert checked.code == 0, (pasted, checked.out)
        assert checked.json()["anchor_entry"] == head["entry_id"]


def test_every_backup_records_the_head_it_holds(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    made = cli("--json", "backup").json()
    sidecar = json.loads(Path(made["backup"] + ".json").read_text())
    assert sidecar["audit_head"] == made["audit_head"]
    # the backup holds the chain up to that head (the backup entry itself comes after)
    assert cli("--json", "audit", "verify", "--anchor", sidecar["audit_head"]).code == 0
    restored = cli("restore", made["backup"])
    assert restored.code == 0, restored.err
    assert cli("audit", "verify", "--anchor", sidecar["audit_head"]).code == 0


def test_a_report_can_print_the_head(kit: Kit) -> None:
    kit.audit.append("report.made", title="Weekly")
    line = anchor_line(kit.store.conn)
    assert line == f"Audit chain head: entry 1, {kit.audit.head().hash}"


def test_an_anchor_a_restore_replaced_is_explained_and_a_rewrite_still_breaks(
    cli: CliRunner, tmp_path: Path
) -> None:
    """F15: a head printed on a report after the backup that is later restored is not in
    the restored chain. The kept before-restore backup proves why: said so, not "BROKEN".
    A chain rewritten after that (every hash recomputed) is still BROKEN."""
    assert cli("init", "--operator", "Night Duty").code == 0
    backup = tmp_path / "bk1.okbak"
    assert cli("backup", "--out", str(backup)).code == 0
    assert cli("backup").code == 0  # work after the backup
    anchor = cli("--json", "audit", "head").json()
    assert cli("backup").code == 0
    assert cli("restore", str(backup)).code == 0

    explained = cli("audit", "verify", "--anchor", anchor["hash"])
    assert explained.code == 0, explained.out
    assert "BROKEN" not in explained.out
    assert f"The anchor (entry {anchor['entry_id']} of" in explained.out
    assert "was taken after the backup restored on" in explained.out
    assert "The chain itself is sound" in explained.out and "before-restore" in explained.out
    said = cli("--json", "audit", "verify", "--anchor", anchor["hash"]).json()
    assert said["anchor_replaced_by_restore"]["anchor_entry"] == anchor["entry_id"]
    restored = cli("--json", "audit", "list", "--action", "store.restored").json()[0]
    assert restored["details"]["replaced_head"] != anchor["hash"]  # taken before the last

    rewrite_and_recompute(cli.home, 1, {"operator": "someone else"})
    assert cli("audit", "verify").code == 0  # the chain alone cannot tell
    caught = cli("audit", "verify", "--anchor", anchor["hash"])
    assert caught.code == 1 and "BROKEN" in caught.out and "is not in the chain" in caught.out


def test_without_the_kept_backup_a_missing_anchor_stays_broken(
    cli: CliRunner, tmp_path: Path
) -> None:
    """Only a kept chain that holds the anchor explains it: the restore's entry alone does
    not (whoever rewrites the log could write one)."""
    assert cli("init", "--operator", "Night Duty").code == 0
    backup = tmp_path / "bk1.okbak"
    assert cli("backup", "--out", str(backup)).code == 0
    anchor = cli("--json", "audit", "head").json()["hash"]
    assert cli("backup").code == 0
    assert cli("restore", str(backup)).code == 0
    for kept in (cli.home / "backups").glob("store-*-before-restore.okbak*"):
        kept.unlink()
    caught = cli("audit", "verify", "--anchor", anchor)
    assert caught.code == 1 and "BROKEN" in caught.out
