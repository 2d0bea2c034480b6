"""A bundle's own time fields from the command line (the "outage_began" defect: partners
were told the officer's "10:20" verbatim, unconverted, without a zone). `bundle build`
refuses a field that reads like a time but is shown as typed; `bundle import` says it;
`incident notify` reads a marked field as a moment shown in each partner's zone, refuses an
end still ahead, and a bare clock typed into a field the templates show as text."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.archive import Manifest, build_archive, file_entries
from app.bundles.builder import BuiltBundle, source_files, write_bundle
from app.notices.localtime import local_text, zone
from app.timefmt import iso, now
from tests.support.cli import CliRunner
from tests.support.ferry_bundle import FILES, ZONES, write_ferry_source

UNMARKED = {
    "templates/disaster/initial.en.j2": FILES["templates/disaster/initial.en.j2"].replace(
        "{{ trouble_from|local }}", "{{ trouble_from }}"
    ),
    "templates/disaster/resolved.en.j2": FILES["templates/disaster/resolved.en.j2"].replace(
        "Back in service: {{ back_in_service|with_utc }}", "Restored: {{ all_clear }}"
    ),
    "templates/disaster/resolved.pl.j2": FILES["templates/disaster/resolved.pl.j2"].replace(
        "{{ back_in_service }}", "{{ all_clear }}"
    ),
}


def _build(cli: CliRunner, source: Path, key_prefix: Path, passfile: Path, out: Path) -> object:
    return cli(
        "bundle", "build", str(source), "--key", f"{key_prefix}.key", "--version", "1",
        "--out", str(out), "--key-passphrase-file", str(passfile),
    )  # fmt: skip


def _fields(tmp_path: Path, name: str, **values: str) -> str:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    return str(path)


def _clock(moment: datetime) -> str:
    """A time as the officer types it: the bare clock of this workstation."""
    return f"{moment.astimezone():%H:%M}"


def test_build_refuses_a_time_shown_as_typed_and_says_how_to_mark_it(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    assert cli("init", "--operator", "Night Duty").code == 0
    source = write_ferry_source(tmp_path / "src", UNMARKED)
    out = tmp_path / "ferry.zip"
    refused = _build(cli, source, key_prefix, key_passphrase_file, out)
    assert refused.code != 0 and not out.exists()  # type: ignore[attr-defined]
    err = refused.err  # type: ignore[attr-defined]
    # by the words before it, in the file and line IT opens; by the name alone too
    assert "templates/disaster/initial.en.j2: line 4: {{ trouble_from }} reads like a time" in err
    assert "('Trouble since:')" in err and "Write {{ trouble_from|local }}" in err
    assert "templates/disaster/initial.pl.j2: line 4: {{ trouble_from }}" in err
    assert "templates/disaster/resolved.en.j2: line 3: {{ all_clear }}" in err  # 'Restored:'
    assert "resolved.pl.j2" not in err  # 'Działa od:' / 'all_clear': not read as a time

    # marked in the English template alone: one marking makes the field a time everywhere
    fixed = write_ferry_source(tmp_path / "src")
    for name in UNMARKED:
        (fixed / name).write_text(FILES[name], encoding="utf-8")
    built = _build(cli, fixed, key_prefix, key_passphrase_file, out)
    assert built.code == 0 and "WARNING" not in built.err, built.err  # type: ignore[attr-defined]


def test_import_says_it_but_lets_the_contacts_in(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, signer: minisign.SecretKey
) -> None:
    """A bundle from a kit that did not check (built before this one) still gets in: it is
    IT's signed word, and refusing it would leave the officer on an old contact list. The
    officer is told, and the form refuses a bare clock in such a field (below)."""
    assert cli("init", "--operator", "Night Duty").code == 0
    files = source_files(write_ferry_source(tmp_path / "src", UNMARKED))
    manifest = Manifest("ferry-links", 1, iso(now()), None, file_entries(files))
    archive = build_archive(files, manifest)
    signature = signer.sign(archive, trusted_comment="outage-kit bundle ferry-links version 1")
    out = tmp_path / "old-kit.zip"
    write_bundle(BuiltBundle(manifest, archive, signature), out)
    assert cli("bundle", "trust", f"{key_prefix}.pub", "--yes").code == 0
    applied = cli("bundle", "import", str(out), "--yes")
    assert applied.code == 0, applied.err
    assert "{{ trouble_from }} reads like a time" in applied.out + applied.err
    assert len(cli("--json", "contacts", "list").json()) == 3


@pytest.fixture
def ferry_cli(
    cli: CliRunner, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> CliRunner:
    assert cli("init", "--operator", "Night Duty").code == 0
    out = tmp_path / "ferry.zip"
    built = _build(cli, write_ferry_source(tmp_path / "src"), key_prefix, key_passphrase_file, out)
    assert built.code == 0, built.err  # type: ignore[attr-defined]
    assert cli("bundle", "trust", f"{key_prefix}.pub", "--yes").code == 0
    assert cli("bundle", "import", str(out), "--yes").code == 0
    return cli


def test_notify_shows_each_partner_the_typed_time_in_their_zone(
    ferry_cli: CliRunner, tmp_path: Path
) -> None:
    cli = ferry_cli
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "Tickets down",
        "--services", "tickets",
    ).out.strip()  # fmt: skip
    began = (now() - timedelta(minutes=25)).replace(second=0, microsecond=0)
    promise = (now() + timedelta(hours=1)).isoformat(timespec="minutes")
    fields = _fields(
        tmp_path, "initial", trouble_from=_clock(began), measures="Restarting the gateway.",
        **{"measures.pl": "Restartujemy bramkę.", "next_update": promise},
    )  # fmt: skip
    queued = cli("--json", "incident", "notify", ref, "--stage", "initial", "--fields", fields)
    assert queued.code == 0, queued.err
    notices = {n["timezone"]: n for n in queued.json()["notices"]}
    assert sorted(notices) == sorted(ZONES)
    for where, notice in notices.items():
        assert local_text(began, zone(where)) in notice["body"], (where, notice["body"])
        assert notice["details_in"] == notice["language"]  # Polish typed: no "in English"
    assert (
        "Trouble since: " + local_text(began, zone("Asia/Tokyo")) in notices["Asia/Tokyo"]["body"]
    )
    assert " JST" in notices["Asia/Tokyo"]["body"]
    assert " UTC-05:00" in notices["America/Lima"]["body"]
    polish = notices["Europe/Warsaw"]["body"]
    assert "Utrudnienia od: " + local_text(began, zone("Europe/Warsaw")) in polish
    assert "angielsk" not in polish

    # the resolution: an end still ahead is refused, saying why; minutes ago goes out
    ahead = now() + timedelta(minutes=27)
    early = _fields(tmp_path, "early", back_in_service=_clock(ahead), measures="Fixed.")
    refused = cli("incident", "notify", ref, "--stage", "resolved", "--fields", early)
    assert refused.code != 0
    assert "'back_in_service'" in refused.err and "cannot be in the future" in refused.err
    back = (now() - timedelta(minutes=3)).replace(second=0, microsecond=0)
    done = _fields(tmp_path, "done", back_in_service=_clock(back), measures="Fixed.")
    resolved = cli("--json", "incident", "notify", ref, "--stage", "resolved", "--fields", done)
    assert resolved.code == 0, resolved.err
    bodies = {n["timezone"]: n["body"] for n in resolved.json()["notices"]}
    tokyo = local_text(back, zone("Asia/Tokyo"))
    assert f"Back in service: {tokyo} ({back.astimezone(UTC):%H:%M} UTC)" in bodies["Asia/Tokyo"]


def test_a_bare_clock_in_a_field_shown_as_text_is_refused(
    ferry_cli: CliRunner, tmp_path: Path
) -> None:
    cli = ferry_cli
    ref = cli(
        "incident", "new", "--kind", "disaster", "--title", "Tickets down",
        "--services", "tickets",
    ).out.strip()  # fmt: skip
    began = now() - timedelta(minutes=25)
    promise = (now() + timedelta(hours=1)).isoformat(timespec="minutes")
    fields = _fields(
        tmp_path, "f", trouble_from=_clock(began), measures=_clock(began), next_update=promise
    )
    dry = cli(
        "--json", "incident", "notify", ref, "--stage", "initial", "--fields", fields, "--dry-run"
    )
    assert dry.code == 1
    assert any("'measures' holds a time" in p and "UTC" in p for p in dry.json()["problems"]), (
        dry.json()["problems"]
    )
