"""SIGKILL at random moments of a restore: the old state or the new one, the state before
kept in a before-restore backup, the copy restored from only ever read."""

from __future__ import annotations

import random

from tests.store.crash import (
    RUNS,
    assert_sound_and_restorable,
    head,
    killed_at_random,
    run_for,
)
from tests.support.cli import CliRunner


def test_killed_restores_leave_the_old_or_the_new_state(filled: CliRunner) -> None:
    cli = filled
    rnd = random.Random(1302)
    target = cli.home.parent / "stick.okbak"  # on a stick, outside the rotation
    target_bytes = target.read_bytes()
    target_head = (target.with_name(target.name + ".json")).read_text()
    span = run_for(cli, "restore", str(target))
    for _ in range(RUNS):
        assert cli("backup").code == 0  # later work, which the target does not hold
        before = head(cli)
        killed_at_random(cli, rnd, span, "restore", str(target))
        rotation = assert_sound_and_restorable(cli)
        assert target.read_bytes() == target_bytes  # only ever read
        if head(cli) != before:
            # restored: the state before is kept in a before-restore backup
            assert before in target_head or any(
                before in p.with_name(p.name + ".json").read_text()
                for p in rotation
                if p.name.endswith("before-restore.okbak")
            )
