"""A bulk decision the full disk stops half-way (the walk of session 15): the officer is told
"Nothing was changed", and the records are as they were — but the audit said
`backlog.decision_rolled_back`, the roll-back of a decision that never stood. Now it says the
decision was refused, why, and how many records it had changed and put back; nothing
says a change stood, and `audit verify` agrees. On a real small tmpfs (root only)."""

from __future__ import annotations

from pathlib import Path

from tests.backlog.conftest import HEADER, sample_rows
from tests.store.damage import tmpfs
from tests.store.test_disk_full import fill, says_disk_full
from tests.support.cli import CliRunner

ROWS = 20_000


def test_a_decision_stopped_by_a_full_disk_is_audited_as_refused(
    tmp_path: Path, passphrase_file: Path
) -> None:
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(ROWS)]) + "\n")
    with tmpfs(tmp_path / "disk", "48m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        assert cli("init", "--operator", "Night Duty").code == 0
        assert cli("backlog", "import", str(export)).code == 0
        quarantined = ("--json", "backlog", "query", "--status", "quarantined", "--limit", "1")
        before = cli(*quarantined).json()["total"]

        filler = fill(disk, spare=1024 * 1024)  # room to start the decision, not to finish it
        decided = cli.subprocess("backlog", "set-status", "--all", "--to", "cleansed")
        says_disk_full(decided)
        assert "Nothing was changed" in decided.err, decided.err
        filler.unlink()

        assert cli(*quarantined).json()["total"] == before  # nothing of it stands
        entries = cli("--json", "audit", "list").json()
        actions = [e["action"] for e in entries]
        assert "backlog.decision_rolled_back" not in actions, actions
        assert "backlog.status_changed" not in actions, actions
        [refused] = [e for e in entries if e["action"] == "backlog.decision_refused"]
        assert refused["details"]["why"] == "disk full", refused
        assert refused["details"]["to"] == "cleansed", refused
        # what it had changed before the disk filled (here none: its first slice) is back
        assert refused["details"]["restored"] == refused["details"]["kept"] == 0, refused
        assert cli("audit", "verify").code == 0
        assert cli("check").code == 0
