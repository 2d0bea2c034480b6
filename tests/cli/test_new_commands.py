"""The commands that do what the window does (issue 20): each one run as the real program
with --json, checked and audited like its window counterpart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.settings import SETTINGS
from tests.cli.conftest import Outage

NEW_PASSPHRASE = "Another-Strong-Pass-77"


def _audit(outage: Outage, prefix: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = outage.ok("audit", "list", "--action", prefix)
    return entries


def test_settings_list_get_set_with_the_windows_ranges(outage: Outage) -> None:
    rows = outage.ok("settings", "list")
    assert [r["key"] for r in rows] == [*(s.key for s in SETTINGS), "language"]
    idle = next(r for r in rows if r["key"] == "idle_lock_minutes")
    assert (idle["value"], idle["minimum"], idle["maximum"]) == (15, 1, 240)

    changed = outage.ok("settings", "set", "idle_lock_minutes", "45")
    assert (changed["old"], changed["value"], changed["changed"]) == (15, 45, True)
    assert outage.ok("settings", "get", "idle_lock_minutes")["value"] == 45
    again = outage.ok("settings", "set", "idle_lock_minutes", "45 minutes")
    assert again["changed"] is False

    low = outage.fails("invalid", "settings", "set", "notify_deadline_minutes", "5")
    assert "between 15 and 20" in low["message"]
    assert low["details"] == {"key": "notify_deadline_minutes", "minimum": 15, "maximum": 20}
    words = outage.fails("invalid", "settings", "set", "backup_keep", "many")
    assert "whole number of backups from 2 to 100" in words["message"]
    outage.fails("not_found", "settings", "get", "nope")
    outage.fails("not_found", "settings", "set", "nope", "3")

    audited = _audit(outage, "settings.")
    assert [e["details"] for e in audited] == [{"key": "idle_lock_minutes", "old": 15, "new": 45}]
    assert outage.ok("settings", "get", "notify_deadline_minutes")["value"] == 15


def test_passphrase_change_from_files(outage: Outage, tmp_path: Path) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text("short\n", encoding="utf-8")
    weak = outage.fails("refused", "passphrase", "change", "--new-passphrase-file", str(new_file))
    assert any("shorter than 12" in p for p in weak["details"]["problems"])

    asked = outage.fails("usage", "passphrase", "change")
    assert asked["details"] == {"flag": "--new-passphrase-file FILE"}

    new_file.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    changed = outage.ok("passphrase", "change", "--new-passphrase-file", str(new_file))
    assert changed == {"changed": True, "outdated_passphrase_file": str(outage.passphrase_file)}
    # The old passphrase no longer opens the store; the new one does.
    outage.fails("wrong_passphrase", "contacts", "groups")
    renewed = Outage(home=outage.home, passphrase_file=new_file)
    assert renewed.ok("check")["sound"] is True
    assert [e["action"] for e in _audit(renewed, "store.passphrase")] == [
        "store.passphrase_changed"
    ]


def test_with_the_keyring_the_current_passphrase_is_still_asked_for(
    outage: Outage, tmp_path: Path
) -> None:
    """The keyring opens the store, but changing the passphrase or the key needs the current
    passphrase: a wrong one changes nothing, a missing one names the flag that gives it."""
    keyring = {
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileTestKeyring",
        "OUTAGE_KIT_TEST_KEYRING": str(tmp_path / "keyring.json"),
    }
    outage.env = keyring
    assert outage.ok("check")["sound"] is True  # the passphrase file puts the key in the keyring
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE + "\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Not-The-Passphrase-99\n", encoding="utf-8")
    stale = Outage(home=outage.home, passphrase_file=wrong, env=keyring)
    stale.fails("wrong_passphrase", "passphrase", "change", "--new-passphrase-file", str(new_file))
    stale.fails("wrong_passphrase", "rekey", "--yes")
    keyring_only = Outage(home=outage.home, passphrase_file=None, env=keyring)
    asked = keyring_only.fails(
        "usage", "passphrase", "change", "--new-passphrase-file", str(new_file)
    )
    assert asked["details"] == {"flag": "--passphrase-file FILE"}
    assert keyring_only.ok("check")["sound"] is True
    assert _audit(keyring_only, "store.") == _audit(keyring_only, "store.created")


def test_rekey_needs_yes_without_a_terminal_then_rotates(outage: Outage) -> None:
    key_before = (outage.home / "store.key").read_bytes()
    asked = outage.fails("usage", "rekey")
    assert asked["details"] == {"flag": "--yes"}
    assert (outage.home / "store.key").read_bytes() == key_before

    done = outage.ok("rekey", "--yes")
    assert done["rekeyed"] is True and done["backups"] >= 1
    assert (outage.home / "store.key").read_bytes() != key_before
    assert outage.ok("check")["sound"] is True
    assert [e["action"] for e in _audit(outage, "store.rekeyed")] == ["store.rekeyed"]
    # Every backup moved to the new key: the newest one restores.
    backups = sorted((outage.home / "backups").glob("store-*.okbak"))  # not the sidecars
    assert outage.ok("restore", str(backups[-1]))["restored"] == str(backups[-1])
    assert outage.ok("check")["sound"] is True


def test_templates_list_show_lint_edit_reset(outage: Outage, tmp_path: Path) -> None:
    listed = outage.ok("templates", "list")
    names = {t["name"] for t in listed}
    assert {"disaster/initial.en", "disaster/initial.en.sms", "downtime/update.pl"} <= names
    assert {t["origin"] for t in listed} == {"shipped"}

    shown = outage.ok("templates", "show", "disaster/initial.en")
    assert shown["source"].startswith("Subject: ")
    assert {"impact", "started", "next_update"} <= set(shown["fields"])
    assert shown["problems"] == []
    preview = outage.ok("templates", "show", "disaster/initial.en", "--preview")["preview"]
    assert preview.startswith("Subject: Service disruption: ‹incident.title›")
    assert "‹impact›" in preview and "{{" not in preview

    bad = tmp_path / "bad.j2"
    bad.write_text("No subject line here {{ impact }\n", encoding="utf-8")
    linted = outage("templates", "lint", "disaster/initial.en", "--file", str(bad))
    assert linted.code == 1 and linted.json()["problems"]
    refused = outage.fails("refused", "templates", "edit", "disaster/initial.en", str(bad))
    assert refused["details"]["problems"] == linted.json()["problems"]

    good = tmp_path / "good.j2"
    text = shown["source"].replace("Dear partner,", "Dear partner (edited),")
    good.write_text(text, encoding="utf-8")
    edited = outage.ok("templates", "edit", "disaster/initial.en", str(good))
    assert (edited["origin"], edited["changed"]) == ("local", True)
    assert outage.ok("templates", "show", "disaster/initial.en")["source"] == text
    assert outage.ok("templates", "list", "--origin", "local")[0]["name"] == "disaster/initial.en"
    same = outage.ok("templates", "edit", "disaster/initial.en", "-", stdin=text)
    assert same["changed"] is False

    reset = outage.ok("templates", "reset", "disaster/initial.en")
    assert (reset["reset"], reset["origin"]) == (True, "shipped")
    assert outage.ok("templates", "show", "disaster/initial.en")["source"] == shown["source"]
    assert outage.ok("templates", "reset", "disaster/initial.en")["reset"] is False
    actions = [e["action"] for e in _audit(outage, "template.")]
    assert actions == ["template.local_removed", "template.edited"]

    outage.fails("not_found", "templates", "show", "disaster/initial.de")
    outage.fails("invalid", "templates", "show", "initial")
    outage.fails("not_found", "templates", "edit", "disaster/update.en", str(tmp_path / "nope"))


def test_runbooks_list_and_show(outage: Outage) -> None:
    listed = outage.ok("runbooks", "list")
    assert {r["name"] for r in listed} == {"emergency-internet", "partner-notification", "webmail"}
    found = outage.ok("runbooks", "list", "--search", "bcc")
    assert {r["name"] for r in found} == {"emergency-internet", "webmail"}
    webmail = outage.ok("runbooks", "show", "webmail")
    assert webmail["title"].startswith("Notifying through webmail")
    # The demo runbook says what the kit does: batches in Bcc, not one partner at a time.
    assert "Bcc" in webmail["body"] and "one partner at a time" not in webmail["body"]
    outage.fails("not_found", "runbooks", "show", "nope")


def test_paths_add_edit_order_enable_disable_revert_remove(outage: Outage) -> None:
    names = [p["name"] for p in outage.ok("paths", "list")]
    assert names == ["demo-local-relay", "gmail-demo", "modem"]

    added = outage.ok(
        "paths", "add", "smtp", "backup-relay",
        "host=smtp.example.com", "port=587", "from=duty@example.com",
    )  # fmt: skip
    relay = next(p for p in added if p["name"] == "backup-relay")
    assert (relay["origin"], relay["profile"]["port"], relay["profile"]["security"]) == (
        "local", 587, "starttls",
    )  # fmt: skip
    bad = outage.fails("invalid", "paths", "add", "smtp", "odd", "host=no good", "from=nope")
    assert len(bad["details"]["problems"]) == 2
    outage.fails("invalid", "paths", "add", "webmail", "backup-relay", "compose_url=gmail")
    outage.fails("usage", "paths", "add", "smtp", "x", "port")

    edited = outage.ok("paths", "edit", "demo-local-relay", "port=2526")
    bundle = next(p for p in edited if p["name"] == "demo-local-relay")
    assert (bundle["edited"], bundle["profile"]["port"]) == (True, 2526)
    outage.fails("usage", "paths", "edit", "demo-local-relay", "name=other")
    outage.fails("not_found", "paths", "edit", "nope", "port=25")

    ordered = outage.ok("paths", "order", "backup-relay", "demo-local-relay")
    assert [p["name"] for p in ordered][:2] == ["backup-relay", "demo-local-relay"]
    disabled = outage.ok("paths", "disable", "modem")
    assert next(p for p in disabled if p["name"] == "modem")["enabled"] is False
    enabled = outage.ok("paths", "enable", "modem")
    assert next(p for p in enabled if p["name"] == "modem")["enabled"] is True

    reverted = outage.ok("paths", "revert", "demo-local-relay")
    bundle = next(p for p in reverted if p["name"] == "demo-local-relay")
    assert (bundle["edited"], bundle["profile"]["port"]) == (False, 2525)

    asked = outage.fails("usage", "paths", "remove", "backup-relay")
    assert asked["details"] == {"flag": "--yes"}
    outage.fails("invalid", "paths", "remove", "modem", "--yes")  # a bundle path: disable it
    removed = outage.ok("paths", "remove", "backup-relay", "--yes")
    assert [p["name"] for p in removed] == ["demo-local-relay", "gmail-demo", "modem"]

    actions = [e["action"] for e in _audit(outage, "paths.")][::-1]
    assert actions == [
        "paths.profile_saved",
        "paths.profile_saved",
        "paths.reordered",
        "paths.disabled",
        "paths.enabled",
        "paths.profile_reverted",
        "paths.removed",
    ]
