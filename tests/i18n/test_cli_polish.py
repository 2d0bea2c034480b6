"""The command line in Polish (issue 15): chosen in Settings for the data folder, by
OUTAGE_KIT_LANG, or by the system's locale; as a real second process, as IT's scripts run it.
The JSON contract (error kinds, keys) stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import i18n
from app.kit import Kit
from app.paths import KitPaths
from app.store.store import Store
from tests.backlog.conftest import HEADER, sample_rows
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, smtp_server
from tests.support.cli import CliRunner
from tests.support.private import assert_owner_only


@pytest.fixture
def polish(store: Store, paths: KitPaths, monkeypatch: pytest.MonkeyPatch) -> KitPaths:
    """A kit whose officer chose Polski in Settings (the file the Settings section writes)."""
    store.close()
    monkeypatch.delenv(i18n.ENV_NAME)
    i18n.store_choice(paths.home, "pl")
    return paths


def test_listing_and_error_in_polish_from_the_setting(
    polish: KitPaths, passphrase_file: Path
) -> None:
    cli = CliRunner(home=polish.home, passphrase_file=passphrase_file)
    result = cli.subprocess("contacts", "list", env={"LANG": "C.UTF-8"})
    assert result.code == 0, result.err
    assert result.out.strip().splitlines()[-1] == "0 kontaktów."

    result = cli.subprocess("settings", "set", "idle_lock_minutes", "soon")
    assert result.code == 2
    assert result.err.strip() == (
        "outage-kit: Blokuj po bezczynności: podaj liczbę całkowitą (min) od 1 do 240, "
        "a nie 'soon'."
    )

    result = cli.subprocess("outbox", "list")
    assert result.out.startswith("Skrzynka nadawcza: pusta.")

    result = cli.subprocess("--json", "contacts", "list", "--group", "nope")
    assert result.code == 2
    answer = result.json()
    assert answer["error"] == "not_found"  # the contract stays English …
    assert answer["message"].startswith("Nie ma grupy 'nope'. Grupy: ")  # … the words do not


def test_plural_forms_and_help(polish: KitPaths, passphrase_file: Path) -> None:
    cli = CliRunner(home=polish.home, passphrase_file=passphrase_file)
    result = cli("audit", "verify")
    assert result.code == 0
    count = int(result.out.split(":")[1].split()[0])
    form = ["wpis", "wpisy", "wpisów"][i18n.PLURAL_RULES["pl"](count)]
    assert result.out.strip() == f"Łańcuch audytu nienaruszony: {count} {form}."

    result = cli("--help")
    assert "kody wyjścia:" in result.out
    assert "folder danych zestawu (zmienna OUTAGE_KIT_HOME)" in result.out


def test_environment_and_system_locale_choose_too(
    store: Store, paths: KitPaths, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    english = cli.subprocess("contacts", "list", env={"OUTAGE_KIT_LANG": "en"})
    assert english.out.strip().splitlines()[-1] == "0 contacts."
    forced = cli.subprocess("contacts", "list", env={"OUTAGE_KIT_LANG": "pl"})
    assert forced.out.strip().splitlines()[-1] == "0 kontaktów."
    system = cli.subprocess(
        "contacts", "list", env={"OUTAGE_KIT_LANG": "", "LC_ALL": "", "LANG": "pl_PL.UTF-8"}
    )
    assert system.out.strip().splitlines()[-1] == "0 kontaktów."


def test_settings_language_from_the_command_line(
    store: Store, paths: KitPaths, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT sets a workstation's language without the window; the window reads the same file."""
    store.close()
    monkeypatch.delenv(i18n.ENV_NAME)
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    chosen = cli.subprocess("settings", "language", "pl", env={"LANG": "C.UTF-8"})
    assert chosen.code == 0 and chosen.out.strip() == "Język: Polski"
    assert i18n.stored_choice(paths.home) == "pl"
    listed = cli.subprocess("contacts", "list", env={"LANG": "C.UTF-8"})
    assert listed.out.strip().splitlines()[-1] == "0 kontaktów."
    back = cli.subprocess("--json", "settings", "language", "system", env={"LANG": "C.UTF-8"})
    assert back.json() == {"choice": "system", "language": "en"}


def test_outbox_send_and_list_count_in_polish(
    kit: Kit, paths: KitPaths, passphrase_file: Path
) -> None:
    """The send summary and the outbox's counts agree each number with its word:
    "5 wysłanych", not "5 wysłana" (a real SMTP server, the command line in its own process)."""
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    polish = {"OUTAGE_KIT_LANG": "pl"}
    with smtp_server("none") as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay, "none")))
        queue(kit, [f"partner{n}@example.com" for n in range(5)])
        sent = cli.subprocess("outbox", "send", env=polish)
        assert sent.code == 0, sent.err
        assert sent.out.strip() == "5 wysłanych (relay: 5)."
    queue(kit, ["late1@example.com", "late2@example.com", "late3@example.com"])
    listed = cli.subprocess("outbox", "list", env=polish)
    assert listed.out.splitlines()[0] == "Skrzynka nadawcza: 3 w kolejce, 5 wysłanych."
    queue(kit, ["one@example.com"], subject="[OK-2026-0043] Roaming CDR delay")
    kit.store.conn.execute("UPDATE outbox SET state = 'held' WHERE recipient = 'one@example.com'")
    listed = cli.subprocess("outbox", "list", env=polish)
    assert listed.out.splitlines()[0] == (
        "Skrzynka nadawcza: 3 w kolejce, 5 wysłanych, 1 wstrzymana."
    )
    english = cli.subprocess("outbox", "list", env={"OUTAGE_KIT_LANG": "en"})
    assert english.out.splitlines()[0] == "Outbox: 3 queued, 5 sent, 1 held."


def test_backlog_import_summary_and_rejected_row_in_polish(
    store: Store, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    rows = [HEADER, *sample_rows(21)]
    rows.append("Q999999,1,x.csv,Carrier North,CDR,1,TK1,Quarantine,No Tariff Found,soon,,,1,EUR,1")
    export = tmp_path / "telephony.csv"
    export.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = cli.subprocess("backlog", "import", str(export), env={"OUTAGE_KIT_LANG": "pl"})
    assert result.code == 1  # one row rejected, the good ones went in
    assert "telephony.csv: wczytano 22 wiersze, nowe: 21, zaktualizowane: 0, odrzucone: 1." in (
        result.out + result.err
    )
    assert "wiersz 23, Call Date: 'soon' nie jest datą (wpisz 2026-11-20" in result.err
    english = cli.subprocess("backlog", "import", str(export), env={"OUTAGE_KIT_LANG": "en"})
    assert "telephony.csv: 22 rows read, 0 new, 21 updated, 1 rejected." in (
        english.out + english.err
    )


def test_restore_refusal_in_polish(
    store: Store, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    empty = tmp_path / "empty.okbak"
    empty.write_bytes(b"")
    result = cli.subprocess("restore", str(empty), env={"OUTAGE_KIT_LANG": "pl"})
    assert result.code == 2
    assert result.err.strip().splitlines()[-1] == (
        f"outage-kit: Nie przywrócono {empty}: plik jest pusty (0 bajtów). Nic nie zostało "
        f"zmienione. Wybierz inną kopię zapasową (są w {paths.backups})."
    )
    plain = tmp_path / "plain.db"
    plain.write_bytes(b"SQLite format 3\x00" + bytes(4096 - 16))
    result = cli.subprocess("restore", str(plain), env={"OUTAGE_KIT_LANG": "pl"})
    assert result.code == 2
    assert "to nie jest kopia zapasowa Outage Kit (to niezaszyfrowana baza SQLite)" in result.err
    assert cli.subprocess("check", env={"OUTAGE_KIT_LANG": "pl"}).code == 0  # nothing changed


def test_hand_off_and_path_refusals_in_polish(
    store: Store, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    store.close()
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    polish = {"OUTAGE_KIT_LANG": "pl"}
    nothing = cli.subprocess("outbox", "export-eml", str(tmp_path / "usb"), env=polish)
    assert nothing.code == 2
    assert nothing.err.strip() == (
        "outage-kit: Brak e-maili w kolejce do eksportu; nic nie zapisano."
    )
    unknown = cli.subprocess("outbox", "send", "--via", "relay9", env=polish)
    assert unknown.code == 2
    assert "Nie ma ścieżki wysyłki o nazwie 'relay9'" in unknown.err


def test_settings_set_language_is_scriptable_and_help_says_how(
    store: Store, paths: KitPaths, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A script sets the language as any other setting (the window's file, owner-only);
    `--help` says the command line follows it and OUTAGE_KIT_LANG overrides it for one run."""
    store.close()
    monkeypatch.delenv(i18n.ENV_NAME)
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    english = {"LANG": "C.UTF-8"}
    helped = cli.subprocess("--help", env=english)
    assert "OUTAGE_KIT_LANG=en" in helped.out and "settings set language" in helped.out
    assert "--json" in helped.out.split("language:")[-1]

    chosen = cli.subprocess("settings", "set", "language", "pl", env=english)
    assert chosen.code == 0, chosen.err
    assert i18n.stored_choice(paths.home) == "pl"
    assert_owner_only(paths.home / i18n.CHOICE_FILE)  # mode 600, or an owner-only ACL
    got = cli.subprocess("--json", "settings", "get", "language", env=english)
    assert got.json()["value"] == "pl" and got.json()["language"] == "pl"
    listed = cli.subprocess("--json", "settings", "list", env=english)
    assert {"key": "language", "value": "pl"}.items() <= listed.json()[-1].items()
    polish_help = cli.subprocess("--help", env=english)
    assert "OUTAGE_KIT_LANG=en" in polish_help.out and "kody wyjścia" in polish_help.out
    once = cli.subprocess("contacts", "list", env={**english, "OUTAGE_KIT_LANG": "en"})
    assert once.out.strip().splitlines()[-1] == "0 contacts."

    wrong = cli.subprocess("settings", "set", "language", "se", env=english)
    assert wrong.code == 2 and "system, en, pl" in wrong.err
    back = cli.subprocess("settings", "set", "language", "en", env=english)
    assert back.code == 0 and i18n.stored_choice(paths.home) == "en"
