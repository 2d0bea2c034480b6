"""English a new user found in the Polish command line's answers, with an IT admin's bundle
of other languages and field names (issue 15): the incident's services by name, each
contact's channels as words, the planned-work calendar's days as Polish writes them, an
empty field in the preview, and a bundle signer's role. Each command is a second process."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from app.bundles import minisign
from app.incidents.service import IncidentService
from app.kit import Kit
from app.localfmt import day_text
from app.paths import KitPaths
from app.timefmt import now
from tests.support.cli import CliRunner
from tests.support.lang_bundle import load_into
from tests.support.officer_bundle import load_officer_bundle

POLISH = {"OUTAGE_KIT_LANG": "pl"}


def test_the_polish_command_line_says_no_stored_codes_or_english(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    load_into(kit, tmp_path / "bundle", polish=True)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS gateways down", ["sms"])
    kit.store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)

    shown = cli.subprocess("incident", "show", incident.reference, env=POLISH)
    assert "; usługi SMS gateways\n" in shown.out, shown.out  # the bundle's name, not "sms"

    contacts = cli.subprocess("contacts", "list", env=POLISH)
    assert "[e-mail;SMS]" in contacts.out and "[email;sms]" not in contacts.out, contacts.out

    calendar = cli.subprocess("incident", "schedule", env=POLISH)
    today = now().astimezone().date()
    assert calendar.out.strip() == (
        f"Brak prac planowanych od {day_text(today, language='pl')} do "
        f"{day_text(today + timedelta(days=28), language='pl')}."
    )

    fields = tmp_path / "fields.json"
    fields.write_text('{"customer_impact": "MT billing stopped"}', encoding="utf-8")
    preview = cli.subprocess(
        "incident", "notify", incident.reference, "--stage", "initial",
        "--fields", str(fields), "--dry-run", env=POLISH,
    )  # fmt: skip
    assert "[start_time: nie wypełniono]" in preview.out, preview.out
    assert "not filled in" not in preview.out

    prefix = tmp_path / "keys" / "it"
    prefix.parent.mkdir()
    minisign.write_keypair(prefix, minisign.generate(), "key pass", kdf=minisign.INTERACTIVE)
    pinned = cli.subprocess(
        "bundle", "trust", f"{prefix}.pub", "--role", "backup", "--yes", env=POLISH
    )
    assert "Dodano jako zaufanego sygnatariusza (zapasowy): klucz " in pinned.out, pinned.err
    status = cli.subprocess("bundle", "status", env=POLISH)
    assert "Zaufany sygnatariusz (zapasowy): klucz " in status.out, status.out
    assert "backup" not in status.out


def test_contacts_groups_names_the_services_in_the_kits_language(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    load_officer_bundle(kit, tmp_path / "bundle")  # services.csv: name.pl, name.cs
    kit.store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)

    polish = cli.subprocess("contacts", "groups", env=POLISH)
    [line] = polish.out.splitlines()
    assert line.startswith("all") and "Everyone" in line, polish.out
    assert line.endswith("4 kontakty   usługi: Rozliczenia, Bramka SMS"), polish.out

    english = cli.subprocess("contacts", "groups", env={"OUTAGE_KIT_LANG": "en"})
    assert english.out.rstrip().endswith("services: Billing, SMS gateway"), english.out
    # the data other programs read keeps the ids
    data = cli.subprocess("--json", "contacts", "groups", env=POLISH)
    assert [g["services"] for g in json.loads(data.out)] == [["billing", "gateway"]], data.out
