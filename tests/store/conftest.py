"""Fixtures of the store's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.crash import filled_kit
from tests.support.cli import CliRunner


@pytest.fixture
def filled(cli: CliRunner, tmp_path: Path) -> CliRunner:
    """The demo kit with a backlog and a backup on a stick, for the crash tests."""
    return filled_kit(cli, tmp_path)
