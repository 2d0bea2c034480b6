"""A bulk decision on 150,000 records killed mid-way (SIGKILL, a second process) leaves a
state the next start settles: a decision rolled back, an undo finished; and a restore is
refused while a decision runs. Nothing here times another process's wait, so these run in
the parallel part of `make test` (the notice's wait, in test_bulk_second_process.py, runs
alone)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from app.backlog.actions import BacklogActions
from tests.backlog.test_bulk_second_process import (
    DECIDE,
    counts,
    first_progress,
    open_kit,
    start,
)
from tests.support.cli import CliRunner


def killed_while(cli: CliRunner, rnd: random.Random, *args: str) -> float:
    """`args` run in a second process, killed (SIGKILL) at a random moment once its slices
    have begun: a random way through (its progress lines, a tenth each), then a random
    fraction of a second more — a moment in time alone would outlast a fast machine's whole
    decision (CI's, 1 run: "finished before the kill"). How far through it was, in percent."""
    proc = start(cli, *args, "--progress")
    try:
        line = first_progress(proc)
        target = rnd.randrange(0, 80)
        assert proc.stderr is not None
        while (through := int(re.findall(r"(\d+)%", line)[-1])) < target:
            line = proc.stderr.readline()
            assert line, proc.communicate()
        time.sleep(rnd.uniform(0.0, 0.3))
        assert proc.poll() is None, f"finished before the kill ({through}%)"
    finally:
        proc.kill()  # SIGKILL; TerminateProcess on Windows
        proc.communicate()
    return through


def test_a_decision_killed_mid_way_is_rolled_back_at_the_next_start(big: CliRunner) -> None:
    rnd = random.Random(13)
    before = counts(big.home)
    for _ in range(2):
        through = killed_while(big, rnd, *DECIDE)
        assert big("check").code == 0
        kit = open_kit(big.home)  # the next start rolls the decision back
        try:
            [said] = kit.notices
            assert "was cut short before it finished: it is rolled back" in said, (through, said)
            rolled = kit.audit.entries(action_prefix="backlog.decision_rolled_back")[0].details
            assert rolled["to"] == "write-off" and rolled["kept"] == 0
            assert BacklogActions(conn=kit.store.conn, audit=kit.audit).last_undoable() is None
        finally:
            kit.close()
        assert counts(big.home) == before, through
    entries = big("--json", "audit", "list", "--action", "backlog.status_changed").json()
    assert [e for e in entries if e["details"]["note"] == "claim 42"] == []
    assert big("audit", "verify").code == 0


def test_an_undo_killed_mid_way_is_finished_at_the_next_start(big: CliRunner) -> None:
    assert big("backlog", "set-status", "--carrier", "Carrier North", "--to", "pending").code == 0
    before = counts(big.home)
    assert big(*DECIDE).code == 0
    through = killed_while(big, random.Random(7), "backlog", "undo")
    kit = open_kit(big.home)  # the next start finishes the undo
    try:
        [said] = kit.notices
        assert "it is finished now" in said, (through, said)
        undone = kit.audit.entries(action_prefix="backlog.action_undone")[0]
        assert undone.details["resumed"] is True
    finally:
        kit.close()
    assert counts(big.home) == before


def test_restore_is_refused_while_a_decision_runs(big: CliRunner, tmp_path: Path) -> None:
    backup = tmp_path / "stick.okbak"
    assert big("backup", "--out", str(backup)).code == 0
    deciding = start(big, *DECIDE, "--progress")
    try:
        first_progress(deciding)
        refused = big("restore", str(backup))
        running = deciding.poll() is None
    finally:
        deciding.kill()
        deciding.communicate()
    assert running
    assert refused.code == 2, refused.err
    assert "A decision on the backlog (or its undo) is running" in refused.err
