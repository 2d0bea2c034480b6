"""The notice preview's heading of each version in the kit's language (issue 15): the
language by its name and the channel as a word, the partners' zone, and how many recipients
get that version — "===== portugalski (Brazylia), e-mail, America/Sao_Paulo: dla 1
odbiorcy", not "===== pt-BR email". `incident notify --dry-run` as a second process."""

from __future__ import annotations

from pathlib import Path

from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from tests.support.cli import CliRunner
from tests.support.lang_bundle import load_into


def test_each_version_is_headed_in_polish_with_its_recipients(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    load_into(kit, tmp_path / "bundle", polish=True)  # en, sv, de (not shipped), pl; pt-BR → en
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS gateways down", ["sms"])
    kit.store.close()
    fields = tmp_path / "fields.json"
    fields.write_text('{"customer_impact": "MT billing stopped"}', encoding="utf-8")
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    args = ("incident", "notify", incident.reference, "--stage", "initial")
    shown = cli.subprocess(
        *args, "--fields", str(fields), "--dry-run", env={"OUTAGE_KIT_LANG": "pl"}
    )
    assert shown.code in (0, 1), shown.err  # 1: the lint names the empty start time
    lines = shown.out.splitlines()
    assert lines[0].endswith(
        "; języki niemiecki 1, angielski 1, polski 1, portugalski (Brazylia) 1, szwedzki 1"
    ), lines[0]
    heads = [x for x in lines if x.startswith("=====") and x != "===== sprawdzenie"]
    assert heads == [
        "===== niemiecki, e-mail, Europe/Berlin: dla 1 odbiorcy",
        "===== angielski, e-mail, Europe/London: dla 1 odbiorcy",
        "===== angielski, SMS, Europe/London: dla 1 odbiorcy",
        "===== polski, e-mail, Europe/Warsaw: dla 1 odbiorcy",
        "===== portugalski (Brazylia), e-mail (szablon: angielski), America/Sao_Paulo: "
        "dla 1 odbiorcy",
        "===== portugalski (Brazylia), SMS (szablon: angielski), America/Sao_Paulo: dla 1 odbiorcy",
        "===== szwedzki, e-mail, Europe/Stockholm: dla 1 odbiorcy",
        "===== szwedzki, SMS, Europe/Stockholm: dla 1 odbiorcy",
    ], heads
    english = cli.subprocess(
        *args, "--fields", str(fields), "--dry-run", env={"OUTAGE_KIT_LANG": "en"}
    )
    assert (
        "===== Portuguese (Brazil), SMS (the English template), America/Sao_Paulo: for 1 recipient"
        in english.out
    )
    assert "===== German, e-mail, Europe/Berlin: for 1 recipient\n" in english.out
