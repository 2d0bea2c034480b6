"""The dry run said "ok: ready to queue" with SMS texts when no modem was set up: the
copies would only wait in the outbox. Now the lint (text and --json) warns, per channel
without a path, and the warning goes once a path is added. Not a refusal."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.kit import Kit
from tests.support.cli import CliRunner
from tests.support.forms_bundle import load_forms_bundle, officer_zone

NO_SMS = (
    "warning: No SMS path is set up: 1 SMS will stay queued until a modem is added "
    "(Outbox ▸ Delivery paths)."
)
NO_EMAIL = "warning: No e-mail path is set up: 4 e-mails will stay queued until an SMTP"


@pytest.fixture
def fields(cli: CliRunner, kit: Kit, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with officer_zone("Europe/Warsaw"):
        load_forms_bundle(kit, tmp_path / "src")
        opened = cli(
            "--json",
            *("incident", "new", "--kind", "disaster", "--title", "Rating stuck"),
            *("--services", "billing", "--detected", "27.11.2026 5:30"),
        )
        assert opened.code == 0, opened.err
        promise = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%MZ")
        typed = {"customer_impact": "No renewals.", "start_time": "27.11.2026 5:10"}
        path = tmp_path / "fields.json"
        path.write_text(json.dumps({**typed, "next_update": promise}), "utf-8")
        yield opened.json()["reference"], path


def test_the_dry_run_says_which_channel_has_no_way_out(
    cli: CliRunner, fields: tuple[str, Path]
) -> None:
    reference, path = fields
    args = ("incident", "notify", reference, "--stage", "initial", "--fields", str(path))
    dry = cli(*args, "--dry-run")
    assert dry.code == 0, dry.out + dry.err
    assert "ok: nothing missing, ready to queue." in dry.out
    assert NO_SMS in dry.out and NO_EMAIL in dry.out
    data = cli("--json", *args, "--dry-run").json()
    assert any(w.startswith("No SMS path is set up: 1 SMS") for w in data["warnings"])
    added = cli("paths", "add", "webmail", "outlook-web", "compose_url=outlook")
    assert added.code == 0, added.err
    dry = cli(*args, "--dry-run")
    assert NO_SMS in dry.out and "No e-mail path" not in dry.out
    added = cli("paths", "add", "modem", "usb-modem", "port=/dev/ttyUSB0")
    assert added.code == 0, added.err
    dry = cli(*args, "--dry-run")
    assert "warning:" not in dry.out and "ok: nothing missing" in dry.out
