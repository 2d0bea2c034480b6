"""outage-kit outbox … and paths … against a real store and real SMTP servers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.contacts.demo import load_demo
from app.delivery.outbox import NewMessage, Outbox
from app.delivery.service import Delivery
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import LocalCA, delivery_toml, free_port, smtp_server
from tests.support.cli import CliRunner


def test_outbox_send_list_and_settle(cli: CliRunner, kit: Kit, test_ca: LocalCA) -> None:
    with smtp_server("starttls", ca=test_ca) as relay:
        set_delivery_doc(
            kit,
            delivery_toml(
                ("relay", free_port(), "tls"),
                ("backup", relay, "starttls"),
                ca_file=test_ca.ca_file,
            ),
        )
        queue(kit, ["alpha@example.com", "beta@example.net"])
        sent = cli("--json", "outbox", "send")
    assert sent.code == 0, sent.err
    assert sent.json()["by_path"] == {"backup": 2}
    listed = cli("--json", "outbox", "list", "--state", "sent").json()
    assert listed["counts"]["sent"] == 2
    assert listed["messages"][0]["attempt_log"][0]["outcome"] == "sent"
    text = cli("outbox", "list").out
    assert "2 sent" in text and "backup" in text
    settle = cli("outbox", "settle", str(listed["messages"][0]["id"]), "--as", "sent")
    assert settle.code == 2 and "only uncertain or handed-off" in settle.err


def test_export_eml_hands_messages_off_and_settle_closes_them(
    cli: CliRunner, kit: Kit, tmp_path: Path
) -> None:
    [message] = queue(kit, ["alpha@example.com"], subject="[OK-2026-0042] Billing down")
    result = cli("outbox", "export-eml", str(tmp_path / "usb"))
    assert result.code == 0, result.err
    [eml] = list((tmp_path / "usb").glob("*.eml"))
    data = eml.read_bytes()
    assert message.message_id.encode() in data and b"alpha@example.com" in data
    assert cli("--json", "outbox", "list").json()["counts"]["handed-off"] == 1
    assert cli("outbox", "send").out.strip() == "Nothing is queued."
    assert cli("outbox", "settle", str(message.id), "--as", "sent").code == 0
    assert cli("--json", "outbox", "list").json()["counts"]["sent"] == 1
    again = cli("outbox", "export-eml", str(tmp_path / "usb"))
    assert again.code == 2 and "No queued e-mail" in again.err


def test_webmail_hand_off_and_batch_settle_from_the_command_line(
    cli: CliRunner, kit: Kit, tmp_path: Path
) -> None:
    """Without the window: list the batches, open the next one in the browser ($BROWSER is
    honoured), then settle the batch; a batch with one wrong id changes nothing."""
    set_delivery_doc(kit, '[[webmail]]\nname = "gmail"\ncompose_url = "gmail"\n')
    messages = queue(kit, ["alpha@example.com", "beta@example.net"])
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" >> {opened}\n', encoding="utf-8")
    browser.chmod(0o755)

    listed = cli("--json", "outbox", "webmail").json()
    assert listed["path"] == "gmail"
    assert [b["recipients"] for b in listed["batches"]] == [2]
    result = cli.subprocess("outbox", "webmail", "--open", env={"BROWSER": str(browser)})
    assert result.code == 0, result.err
    [url] = opened.read_text(encoding="utf-8").split()
    assert url.startswith("https://mail.google.com/") and "bcc=alpha@example.com," in url
    ids = [str(m.id) for m in messages]
    assert f"outage-kit outbox settle {' '.join(ids)} --as sent" in result.out
    listed = cli("--json", "outbox", "list").json()
    assert listed["counts"]["handed-off"] == 2
    assert {m["path"] for m in listed["messages"]} == {"gmail"}  # where they went
    assert "  gmail  " in cli("outbox", "list").out

    wrong = cli("outbox", "settle", *ids, "999", "--as", "sent")
    assert wrong.code == 2 and "no outbox message 999" in wrong.err
    assert cli("--json", "outbox", "list").json()["counts"]["handed-off"] == 2
    settled = cli("outbox", "settle", *ids, "--as", "sent")
    assert settled.code == 0 and settled.out.startswith(f"Messages {', '.join(ids)} marked sent")
    assert cli("--json", "outbox", "list").json()["counts"]["sent"] == 2
    nothing = cli("outbox", "webmail", "--open")
    assert nothing.code == 2 and "No queued e-mail" in nothing.err


def test_webmail_without_a_webmail_path_says_what_to_do(cli: CliRunner, kit: Kit) -> None:
    queue(kit, ["alpha@example.com"])
    result = cli("outbox", "webmail")
    assert result.code == 2 and "No webmail path is set up" in result.err


def test_nothing_to_send_over_means_exit_1_and_the_message_stays(cli: CliRunner, kit: Kit) -> None:
    queue(kit, ["alpha@example.com"])
    result = cli("outbox", "send")
    assert result.code == 1
    assert "1 still queued" in result.out and "no SMTP profile" in result.out


def test_paths_probe_json_and_order(cli: CliRunner, kit: Kit, test_ca: LocalCA) -> None:
    with smtp_server("tls", ca=test_ca) as relay:
        set_delivery_doc(
            kit,
            delivery_toml(
                ("office", free_port(), "starttls"),
                ("modem-smtp", relay, "tls"),
                ca_file=test_ca.ca_file,
            ),
        )
        probe = cli("--json", "paths", "probe", "--timeout", "2")
    assert probe.code == 0
    states = {p["name"]: p["ok"] for p in probe.json()["paths"]}
    assert states == {"office": False, "modem-smtp": True, "eml": True}
    assert cli("paths", "order", "modem-smtp", "office").code == 0
    listed = cli("--json", "paths", "list").json()
    assert [p["name"] for p in listed] == ["modem-smtp", "office"]
    assert cli("paths", "disable", "office").code == 0
    assert cli("--json", "paths", "list").json()[1]["enabled"] is False
    # a new bundle brings its delivery.toml again: the officer's order and choices stay
    set_delivery_doc(kit, delivery_toml(("office", 25, "starttls"), ("modem-smtp", 465, "tls")))
    after = cli("--json", "paths", "list").json()
    assert [(p["name"], p["enabled"]) for p in after] == [("modem-smtp", True), ("office", False)]


def test_a_bad_delivery_toml_is_named_entry_by_entry(cli: CliRunner, kit: Kit) -> None:
    set_delivery_doc(
        kit,
        '[[smtp]]\nname = "relay\\tone"\nhost = "mail.example.com"\nsecurity = "ssl"\n'
        '[[webmail]]\nname = "web"\ncompose_url = "http://example.com/?b={bcc}"\n',
    )
    result = cli("paths", "probe", "--timeout", "1")
    assert "[[smtp]] #1: name 'relay\\tone' has a control character" in result.out
    assert "security must be one of starttls, tls, none" in result.out
    assert "from is required" in result.out
    assert "[[webmail]] #1: compose_url must be" in result.out


def test_paths_password_from_stdin(
    cli: CliRunner, kit: Kit, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_delivery_doc(kit, delivery_toml(("relay", 2525, "starttls")) + 'username = "noc"\n')
    monkeypatch.setattr("sys.stdin", io.StringIO("relay-pass\n"))
    result = cli("--json", "paths", "password", "relay", "--stdin")
    assert result.code == 0, result.err
    assert result.json() == {"profile": "relay", "kept_in": "store"}
    assert "relay-pass" not in (kit.store.paths.home / "store.db").read_bytes().decode("latin-1")
    missing = cli("paths", "password", "nope", "--stdin")
    assert missing.code == 2 and "no delivery path called 'nope'" in missing.err


def test_a_password_that_could_never_be_used_is_refused(
    cli: CliRunner, kit: Kit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A relay without TLS never gets a password (it would travel in clear), one without a
    username never logs in: storing one there is refused, saying what to set first."""
    set_delivery_doc(kit, delivery_toml(("plain", 2525, "none"), ("nouser", 2526, "tls")))
    monkeypatch.setattr("sys.stdin", io.StringIO("relay-pass\n"))
    plain = cli("paths", "password", "plain", "--stdin")
    assert plain.code == 2 and "Password kept" not in plain.out
    assert 'plain sends without TLS (security = "none")' in plain.err
    assert "Nothing was stored" in plain.err
    assert "paths edit plain security=starttls (or tls) username=" in plain.err
    nouser = cli("paths", "password", "nouser", "--stdin")
    assert nouser.code == 2 and "nouser has no username" in nouser.err
    assert "paths edit nouser username=" in nouser.err
    assert Delivery.for_kit(kit).passwords.get("plain") is None
    assert Delivery.for_kit(kit).passwords.get("nouser") is None
    # as the message says: TLS and a username first, then the password is kept
    edited = cli("paths", "edit", "plain", "security=starttls", "username=noc")
    assert edited.code == 0, edited.err
    monkeypatch.setattr("sys.stdin", io.StringIO("relay-pass\n"))
    stored = cli("paths", "password", "plain", "--stdin")
    assert stored.code == 0 and "Password kept in" in stored.out


def test_list_of_one_incident_counts_only_its_messages(cli: CliRunner, kit: Kit) -> None:
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    first = service.create("disaster", "SMS gateway down", ["sms"]).reference
    second = service.create("disaster", "Billing rating stopped", ["sms"]).reference
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    outbox.enqueue(
        [
            NewMessage(
                channel="email",
                recipient=f"p{i}@example.com",
                subject="s",
                body="b",
                incident_ref=ref,
            )
            for i, ref in enumerate([first, second, second, second])
        ]
    )
    mine = cli("--json", "outbox", "list", "--incident", first.lower()).json()
    assert mine["counts"]["queued"] == 1 and len(mine["messages"]) == 1
    text = cli("outbox", "list", "--incident", second).out
    assert text.startswith(f"Outbox of {second}: 3 queued") and "p0@example.com" not in text
    assert cli("--json", "outbox", "list").json()["counts"]["queued"] == 4
    wrong = cli("outbox", "list", "--incident", "OK-1999-0001")
    assert wrong.code == 2 and "There is no incident OK-1999-0001" in wrong.err


def test_a_cut_list_says_it_is_cut(cli: CliRunner, kit: Kit) -> None:
    """A script checking "every message sent" over `messages` saw 1,000 of 40,003 and no
    word that the list stopped there."""
    queue(kit, [f"partner{i}@example.com" for i in range(5)])
    listed = cli("--json", "outbox", "list", "--limit", "3").json()
    assert len(listed["messages"]) == 3
    assert (listed["matching"], listed["limit"], listed["truncated"]) == (5, 3, True)
    assert "the oldest 3 of 5; --limit N shows more" in cli("outbox", "list", "--limit", "3").out
    whole = cli("--json", "outbox", "list", "--state", "queued").json()
    assert (len(whole["messages"]), whole["matching"], whole["truncated"]) == (5, 5, False)
    assert "--limit N" not in cli("outbox", "list").out
