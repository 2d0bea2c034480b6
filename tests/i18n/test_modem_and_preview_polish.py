"""The modem's replies and the notice preview's headings in Polish (issue 15, point 4):
a modem port that is not there is named with this computer's serial ports, a modem or
network refusal is explained, and `incident notify --dry-run` says each channel as a word
(e-mail, SMS), not as its stored code — from the command line as a second process."""

from __future__ import annotations

from pathlib import Path

from app import i18n
from app.contacts.demo import load_demo
from app.delivery.modem import explain
from app.incidents.service import IncidentService
from app.kit import Kit
from app.paths import KitPaths
from tests.delivery.conftest import set_delivery_doc
from tests.support.cli import CliRunner

POLISH = {"OUTAGE_KIT_LANG": "pl"}


def test_a_missing_modem_port_is_named_in_polish(
    kit: Kit, paths: KitPaths, passphrase_file: Path
) -> None:
    set_delivery_doc(kit, '[modem]\nport = "/dev/ttyUSB-not-there"\n')
    kit.store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    probed = cli.subprocess("paths", "probe", env=POLISH)
    modem = next(line for line in probed.out.splitlines() if "/dev/ttyUSB-not-there" in line)
    assert "Na tym komputerze nie znaleziono żadnego portu szeregowego." in modem or (
        "Porty szeregowe na tym komputerze: " in modem
    ), modem
    assert "serial port" not in modem.lower() and "plugged in" not in modem


def test_modem_and_network_refusals_are_explained_in_polish() -> None:
    i18n.install("pl")
    try:
        assert explain("+CMS ERROR: 38") == "+CMS ERROR: 38 — sieć nie działa"
        assert explain("+CME ERROR: 10") == "+CME ERROR: 10 — brak karty SIM w modemie: włóż kartę"
        assert explain("+CMS ERROR: 999") == "+CMS ERROR: 999 — sieć odrzuciła SMS"
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
    assert explain("+CMS ERROR: 38") == "+CMS ERROR: 38 — network out of order"


def test_the_dry_run_says_each_channel_as_a_word(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create("disaster", "SMS gateways down", ["sms"])
    kit.store.close()
    fields = tmp_path / "fields.json"
    fields.write_text('{"impact": "MT billing stopped"}', encoding="utf-8")
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    for env in (POLISH, {"OUTAGE_KIT_LANG": "en"}):
        shown = cli.subprocess(
            "incident", "notify", incident.reference, "--stage", "initial",
            "--fields", str(fields), "--dry-run", env=env,
        )  # fmt: skip
        heads = [
            line
            for line in shown.out.splitlines()
            if line.startswith("=====") and line not in ("===== lint", "===== sprawdzenie")
        ]
        # "===== Polish, SMS, zone: …" (or "SMS (the English template)")
        channels = {line.split(", ")[1].split(" (")[0] for line in heads}
        assert channels == {"e-mail", "SMS"}, heads
