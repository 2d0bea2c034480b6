"""SIGKILL at random moments of a backup: nothing is lost, the rotation stays restorable."""

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


def test_killed_backups_never_lose_anything(filled: CliRunner) -> None:
    cli = filled
    rnd = random.Random(1301)
    span = run_for(cli, "backup")
    for _ in range(RUNS):
        before = head(cli)
        killed_at_random(cli, rnd, span, "backup")
        rotation = assert_sound_and_restorable(cli)
        assert rotation  # the first good backup can never be lost
        # the chain is as before, or one 'store.backup' entry longer
        assert cli("audit", "verify", "--anchor", before).code == 0
