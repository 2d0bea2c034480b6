"""`paths add` / `paths edit` with values that would send a password in clear: the officer
typed the values on the command line and never saw a delivery.toml, so the kit names the
path and what was wrong with the values given ("delivery.toml has problems" before)."""

from __future__ import annotations

from tests.support.cli import CliRunner

IN_CLEAR = 'a username with security = "none" would send the password in clear'


def test_paths_add_and_edit_say_what_was_wrong_with_the_values(cli: CliRunner) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    refused = cli(
        "paths", "add", "smtp", "night-relay", "host=smtp.example.com",
        "from=duty@example.com", "username=noc", "security=none",
    )  # fmt: skip
    assert refused.code == 2, refused.err
    assert "delivery.toml" not in refused.err
    assert "The path 'night-relay' was not saved" in refused.err and IN_CLEAR in refused.err

    added = cli(
        "paths", "add", "smtp", "night-relay", "host=smtp.example.com",
        "from=duty@example.com", "security=none",
    )  # fmt: skip
    assert added.code == 0, added.err
    edited = cli("paths", "edit", "night-relay", "username=noc")
    assert edited.code == 2, edited.err
    assert "delivery.toml" not in edited.err
    assert "The path 'night-relay' was not saved" in edited.err and IN_CLEAR in edited.err
    listed = cli("--json", "paths", "list")
    assert '"username": ""' in listed.out  # nothing half-changed
