"""The command line in Polish (issue 15): chosen in Settings for the data folder, by
OUTAGE_KIT_LANG, or by the system's locale; as a real second process, as IT's scripts run it.
The JSON contract (error kinds, keys) stays English."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import i18n
from app.paths import KitPaths
from app.store.store import Store
from tests.support.cli import CliRunner


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
