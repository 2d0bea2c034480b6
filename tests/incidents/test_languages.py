"""Every partner reads a correct notice in their language and time zone (issue 15), with a
bundle whose templates use their own field names, languages the kit does not ship (sv, de)
and no SMS short forms."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.bundles import minisign
from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.model import Incident, Recipient
from app.incidents.service import IncidentService, NoticeRefused
from app.kit import Kit
from app.notices.localtime import local_text, zone
from tests.support.cli import CliRunner
from tests.support.lang_bundle import write_source

PROMISE = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)
FIELDS = {
    "customer_impact": "SMS MT traffic is not delivered.",
    "customer_impact.sv": "SMS MT-trafik levereras inte.",
    "start_time": "2026-11-30 21:40 UTC",
    "next_update": PROMISE.isoformat(),
    "title.sv": "SMS-gateways nere",
}


def _open(service: IncidentService) -> Incident:
    return service.create(
        "disaster", "SMS gateways down", ["sms"], detected=datetime.now(UTC) - timedelta(hours=1)
    )


def test_the_form_asks_the_bundles_fields_once_and_never_a_shipped_one(
    nordic: IncidentService,
) -> None:
    incident = _open(nordic)
    names = nordic.composer().fields_for(incident, "initial", nordic.proposed_audience(incident))
    assert names == ["customer_impact", "start_time", "next_update"]  # no 'started', no 'impact'


def test_a_refusal_names_the_template_that_needs_the_field(nordic: IncidentService) -> None:
    incident = _open(nordic)
    with pytest.raises(NoticeRefused) as refused:
        nordic.notify(incident, "initial", {**FIELDS, "start_time": ""})
    problem = next(p for p in refused.value.problems if "start_time" in p)
    assert "templates/disaster/initial.de.j2 (bundle)" in problem
    assert "'started'" not in str(refused.value)


def test_sms_is_derived_from_the_same_email_template(nordic: IncidentService) -> None:
    incident = _open(nordic)
    queued = nordic.notify(incident, "initial", FIELDS)
    c = queued.composition
    assert c.ok and queued.messages == 4 + 3  # four e-mails, three phones
    sms = c.text("sv", "sms")
    assert sms.template.derived and sms.template.origin == "bundle"
    stockholm = local_text(PROMISE, zone("Europe/Stockholm"))
    assert sms.body == (
        f"{incident.reference}: Störning (initial): SMS-gateways nere. "
        f"Nästa uppdatering senast {stockholm}.\n"
    )
    assert "Started" not in sms.body and "not filled in" not in sms.body


def test_free_text_per_language_and_the_note_where_it_falls_back(
    nordic: IncidentService,
) -> None:
    incident = _open(nordic)
    c = nordic.notify(incident, "initial", FIELDS).composition
    swedish = c.text("sv", "email")
    assert swedish.subject.endswith("Störning (initial): SMS-gateways nere")
    assert "Påverkan: SMS MT-trafik levereras inte." in swedish.body
    assert "Berörda tjänster: SMS-gateways" in swedish.body  # services.csv name.sv
    assert "engelska" not in swedish.body  # its own text: no note
    german = c.text("de", "email")
    # no German text: the English one, said so in German right where it is
    assert "Auswirkung: SMS MT traffic is not delivered. (auf Englisch)\n" in german.body
    assert "Die Einzelheiten dieser Mitteilung" not in german.body
    assert "Betroffen: SMS-Gateways" in german.body and german.details_in == "en"
    assert german.in_english == ("customer_impact",) and swedish.in_english == ()
    brazil = c.text("pt-BR", "email")  # the stated fallback: pt-BR = "en"
    assert brazil.template.language == "en" and brazil.template.is_fallback
    assert "Impact: SMS MT traffic is not delivered." in brazil.body
    # the titles given stay with the incident: the update is titled in Swedish too
    update = nordic.compose(
        nordic.get(incident.reference),
        "update",
        {"customer_impact": "x", "progress": "y", "next_update": PROMISE.isoformat()},
    )
    assert update.text("sv", "email").subject.endswith("SMS-gateways nere")


def test_one_incident_for_partners_in_three_time_zones(nordic: IncidentService) -> None:
    incident = _open(nordic)
    queued = nordic.notify(incident, "initial", FIELDS)
    c = queued.composition
    stored = {
        (lang, zone_name) for lang, _, zone_name, _, _ in nordic.zoned_texts(queued.notice_id)
    }
    assert {("en", "Europe/London"), ("sv", "Europe/Stockholm")} <= stored
    assert ("pt-BR", "America/Sao_Paulo") in stored
    start = datetime(2026, 11, 30, 21, 40, tzinfo=UTC)
    london, stockholm, sao_paulo = (
        c.text("en", "email", "Europe/London"),
        c.text("sv", "email", "Europe/Stockholm"),
        c.text("pt-BR", "email", "America/Sao_Paulo"),
    )
    assert "Started: 2026-11-30 21:40 GMT" in london.body
    assert "Började: 2026-11-30 22:40 CET" in stockholm.body
    assert "Started: 2026-11-30 18:40 UTC-03:00" in sao_paulo.body
    for text, where in ((london, "Europe/London"), (stockholm, "Europe/Stockholm")):
        assert local_text(PROMISE, zone(where)) in text.body
    assert local_text(start, zone("Europe/Berlin")) in c.text("de", "email").body
    shown = {where: who for where, _, who in c.local_times()}
    assert shown["America/Sao_Paulo"] == ["Delta Brasil"]
    assert shown["Europe/Stockholm"] == ["Beta Nordic"]
    # the outbox: each partner's message carries their own zone's time
    messages = c.messages(notice_id=None, threads={})
    to_brazil = next(m for m in messages if m.recipient == "noc@delta.example.com")
    assert "18:40 UTC-03:00" in to_brazil.body and "22:40 CET" not in to_brazil.body


def test_a_template_can_show_utc_as_well(nordic: IncidentService, kit: Kit) -> None:
    nordic.catalog.save_local(
        "disaster",
        "resolved",
        "sv",
        "email",
        "Subject: Löst\n\nAvslutad: {{ end_time|with_utc }} / {{ end_time.utc }}\n",
    )
    incident = _open(nordic)
    nordic.notify(incident, "initial", FIELDS)
    c = nordic.compose(
        nordic.get(incident.reference), "resolved", {"end_time": "2026-11-30 23:05 UTC"}
    )
    body = c.text("sv", "email").body
    assert "Avslutad: 2026-12-01 00:05 CET (23:05 UTC) / 2026-11-30 23:05 UTC" in body


def test_recipients_keep_their_zone_in_follow_ups(nordic: IncidentService) -> None:
    incident = _open(nordic)
    nordic.notify(incident, "initial", FIELDS)
    zones = {r.organisation: r.timezone for r in nordic.audience(incident)}
    assert zones["Delta Brasil"] == "America/Sao_Paulo"
    assert Recipient("k", "o", "n", "", "", "en").timezone == "UTC"


def test_notify_from_the_command_line(cli: CliRunner, tmp_path: Path) -> None:
    key_prefix = tmp_path / "keys" / "it"
    key_prefix.parent.mkdir()
    minisign.write_keypair(key_prefix, minisign.generate(), "it-key", kdf=minisign.INTERACTIVE)
    key_passphrase_file = tmp_path / "key-passphrase.txt"
    key_passphrase_file.write_text("it-key\n", encoding="utf-8")
    assert cli("init", "--operator", "Night Duty").code == 0
    out = tmp_path / "nordic.zip"
    built = cli(
        "bundle",
        "build",
        str(write_source(tmp_path / "src")),
        "--key",
        f"{key_prefix}.key",
        "--version",
        "1",
        "--key-passphrase-file",
        str(key_passphrase_file),
        "--out",
        str(out),
    )
    assert built.code == 0, built.err
    assert cli("bundle", "trust", f"{key_prefix}.pub", "--yes").code == 0
    assert cli("bundle", "import", str(out), "--yes").code == 0, "import refused"
    ref = cli(
        "incident",
        "new",
        "--kind",
        "disaster",
        "--title",
        "SMS gateways down",
        "--services",
        "sms",
    ).out.strip()
    fields = tmp_path / "fields.json"
    fields.write_text(json.dumps(FIELDS, ensure_ascii=False), encoding="utf-8")
    queued = cli("--json", "incident", "notify", ref, "--stage", "initial", "--fields", str(fields))
    assert queued.code == 0, queued.err
    result = queued.json()
    assert result["queued"] == 7 and result["fields"] == [
        "customer_impact",
        "start_time",
        "next_update",
    ]
    notices = {(n["language"], n["channel"]): n for n in result["notices"]}
    assert notices[("sv", "sms")]["sms_derived_from_email"] is True
    assert "Nästa uppdatering senast" in notices[("sv", "sms")]["body"]
    assert notices[("de", "email")]["details_in"] == "en"
    assert notices[("pt-BR", "email")]["timezone"] == "America/Sao_Paulo"
    assert "UTC-03:00" in notices[("pt-BR", "sms")]["body"]


def test_a_bundle_applied_before_the_checks_never_mixes_nor_dead_ends(
    kit: Kit, tmp_path: Path
) -> None:
    """Old bundles were not checked: one with only an initial notice still sends updates,
    from the shipped set alone (never its own initial fields mixed with shipped ones)."""
    folder = write_source(tmp_path / "src")
    for path in (folder / "templates").rglob("*.j2"):
        if not path.name.startswith("initial."):
            path.unlink()
    directory = parse_source(read_folder(folder))
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        directory, origin="bundle", reason="an old bundle"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = _open(service)
    service.notify(incident, "initial", FIELDS)
    update = service.compose(
        service.get(incident.reference),
        "update",
        {"progress": "Catching up.", "next_update": PROMISE.isoformat()},
    )
    assert update.ok, update.problems
    assert {t.template.origin for t in update.texts.values()} == {"shipped"}


def _billing_down_with_brazil_on_english(
    kit: Kit, tmp_path: Path
) -> tuple[IncidentService, Incident]:
    """The Nordic bundle, services named per language (Portuguese too), pt-BR partners on
    the English template (the stated fallback); "Billing down" detected an hour ago."""
    services = (
        "id,name,description,name.sv,name.de,name.pt\n"
        "sms,SMS gateways,SMS traffic,SMS-gateways,SMS-Gateways,Gateways de SMS\n"
        "billing,Billing,Subscriptions,Fakturering,Abrechnung,Faturamento\n"
    )
    folder = write_source(tmp_path / "src", extra={"services.csv": services})
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(folder)), origin="bundle", reason="test"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create(
        "disaster", "Billing down", ["billing"], detected=datetime.now(UTC) - timedelta(hours=1)
    )
    return service, incident


def test_a_fallback_template_names_services_in_its_own_language_and_says_so(
    kit: Kit, tmp_path: Path
) -> None:
    """pt-BR partners get the English template (the stated fallback): the services and the
    title in it are English too, never Portuguese words inside English text, and the
    notice opens by saying in Portuguese that it is in English."""
    service, incident = _billing_down_with_brazil_on_english(kit, tmp_path)
    fields = {**FIELDS, "title.pt": "Faturamento fora do ar"}
    c = service.compose(incident, "initial", fields)
    brazil = c.text("pt-BR", "email")
    assert brazil.template.language == "en" and brazil.template.is_fallback
    assert brazil.body.startswith("(Os detalhes deste aviso estão em inglês.)\n\n")
    assert brazil.body.count("Os detalhes") == 1
    assert "Affected: Billing" in brazil.body and "Faturamento" not in brazil.body
    assert brazil.subject.endswith("Billing down")
    english = c.text("en", "email")  # an English partner is told nothing of the sort
    assert "Affected: Billing" in english.body and "(The details" not in english.body


def test_a_fallback_partners_own_text_is_theirs_and_not_called_english(
    kit: Kit, tmp_path: Path
) -> None:
    """A new user's finding: the form offers a tab for Brazil's partners (they get the
    English template, the stated fallback); text typed there went out under "the details
    of this notice are in English", with the English title and service names. Given their
    own text, the notice uses it with their title and service names, and marks what stayed
    English instead of calling it all English."""
    service, incident = _billing_down_with_brazil_on_english(kit, tmp_path)
    own = "Renovações não são cobradas."
    fields = {**FIELDS, "title.pt": "Faturamento fora do ar", "customer_impact.pt-BR": own}
    c = service.compose(incident, "initial", fields)
    assert c.ok, c.problems
    brazil = c.text("pt-BR", "email")
    assert brazil.template.language == "en" and brazil.template.is_fallback
    assert "Os detalhes" not in brazil.body and own in brazil.body
    assert "Affected: Faturamento" in brazil.body
    assert brazil.subject.endswith("Faturamento fora do ar")
    english = c.text("en", "email")
    assert own not in english.body and "Affected: Billing" in english.body
