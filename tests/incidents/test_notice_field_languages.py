"""A field written for a language nobody in the audience reads ('customer_impact.se'
typed for Swedish 'sv', or French when no partner reads French) was dropped without a
word and the dry run said "ok": now `incident notify` refuses it, dry run or not, naming
the languages the partners read. The forms bundle: Swedish and German partners."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.incidents.service import IncidentService
from app.kit import Kit
from tests.support.cli import CliRunner
from tests.support.forms_bundle import load_forms_bundle, officer_zone


@pytest.fixture
def reference(cli: CliRunner, kit: Kit, tmp_path: Path) -> Iterator[str]:
    with officer_zone("Europe/Warsaw"):
        load_forms_bundle(kit, tmp_path / "src")
        opened = cli(
            "--json",
            *("incident", "new", "--kind", "disaster", "--title", "Rating stuck"),
            *("--services", "billing", "--detected", "27.11.2026 5:30"),
        )
        assert opened.code == 0, opened.err
        yield opened.json()["reference"]


def _notify(
    cli: CliRunner, tmp_path: Path, reference: str, extra: dict[str, str], *flags: str
) -> Any:
    promise = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%MZ")
    typed = {
        "customer_impact": "No renewals.",
        "start_time": "27.11.2026 5:10",
        "next_update": promise,
        **extra,
    }
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(typed), "utf-8")
    args = ("incident", "notify", reference, "--stage", "initial", "--fields", str(fields))
    return cli(*args, *flags)


def test_a_field_in_a_language_nobody_reads_is_refused(
    cli: CliRunner, kit: Kit, tmp_path: Path, reference: str
) -> None:
    dry = _notify(cli, tmp_path, reference, {"customer_impact.se": "Inga förnyelser."}, "--dry-run")
    assert dry.code != 0 and "ok: ready" not in dry.out
    said = dry.out + dry.err
    assert "The field 'customer_impact.se' is written in se" in said
    assert f"nobody of {reference}'s partners reads that language (they read: de, sv)" in said
    real = _notify(cli, tmp_path, reference, {"customer_impact.fr": "Pas de renouvellement."})
    assert real.code != 0 and "'customer_impact.fr'" in real.out + real.err
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    assert service.notices(service.get(reference)) == []  # nothing queued
    # Swedish for the Swedes, and English (the text every language falls back to), go out
    ok = _notify(
        cli,
        tmp_path,
        reference,
        {"customer_impact.sv": "Inga förnyelser.", "customer_impact.en": "None."},
        "--dry-run",
    )
    assert ok.code == 0, ok.out + ok.err
