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
    assert cli("audit", "verify", "--anchor", "not-a-hash").code == 1


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
