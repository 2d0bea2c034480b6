"""What the kit writes on a message while it sends — a refusal around the server's own words,
"handed off", "interrupted while sending", the officer's decision, "no SMS path" — is
stored in English and read in each reader's language (issue 15, point 4): an officer
working in Polish sends through a real SMTP server in its own process, and the outbox then
reads in Polish for them and in English for a colleague, from the command line as a second
process. What an older version stored already translated shows as it was stored."""

from __future__ import annotations

from pathlib import Path

from app.delivery import replies
from app.delivery.outbox import Outbox
from app.kit import Kit
from app.paths import KitPaths
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.cli import CliRunner

POLISH = {"OUTAGE_KIT_LANG": "pl"}
ENGLISH = {"OUTAGE_KIT_LANG": "en"}
SERVER_SAID = "550 5.1.1 No such user here"  # the relay's own words: quoted as they came
#: recipient → (its line in Polish, in English)
EXPECTED = {
    "gone@example.com": (
        f"serwer odrzucił odbiorcę: {SERVER_SAID}",
        f"recipient refused: {SERVER_SAID}",
    ),
    "crash@example.com": (
        "przerwana w trakcie wysyłania (awaria lub brak zasilania): mogła wyjść; rozstrzygnij ją",
        "interrupted while sending (crash or power cut): it may have left; settle it",
    ),
    "hand1@example.com": ("dyżurny oznaczył ją jako wysłaną", "the officer marked it sent"),
    "hand2@example.com": ("przekazana dalej", "handed off"),
    "old-pl@example.com": ("przekazana", "przekazana"),  # an older version's Polish
    "old-en@example.com": ("rozstrzygnięta przez dyżurnego", "officer"),  # … and English
}


def _line(out: str, recipient: str) -> str:
    return next(line for line in out.splitlines() if recipient in line)


def test_what_the_kit_stored_while_sending_reads_in_each_language(
    kit: Kit, paths: KitPaths, passphrase_file: Path, tmp_path: Path
) -> None:
    cli = CliRunner(home=paths.home, passphrase_file=passphrase_file)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    with relay_process(tmp_path / "relay", unknown=["gone@example.com"]) as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        queue(kit, ["ok@example.com", "gone@example.com"])
        queue(kit, ["+46 70 000 00 01"], channel="sms")  # no modem is set up
        [crash] = queue(kit, ["crash@example.com"])
        # what a power cut in the middle of its send leaves behind
        kit.store.conn.execute(
            "UPDATE outbox SET state = 'sending', path = 'relay', attempts = 1 WHERE id = ?",
            (crash.id,),
        )
        sent = cli.subprocess("outbox", "send", env=POLISH)
        assert sent.code == 1, sent.err  # one refused, one SMS waiting for a modem
        assert (
            "Niedostępne ścieżki: brak ścieżki SMS — nie skonfigurowano ani nie włączono "
            "żadnego modemu." in sent.out
        ), sent.out
        assert "no sms path" not in sent.out and "modem is set up" not in sent.out
        assert len(relay.received()) == 1
    # the sender worked in Polish; the store keeps the kit's English words
    gone = next(m for m in outbox.messages() if m.recipient == "gone@example.com")
    assert (gone.state, gone.last_reply) == ("failed", EXPECTED["gone@example.com"][1])

    hand = queue(kit, ["hand1@example.com", "hand2@example.com"])
    exported = cli.subprocess("outbox", "export-eml", str(tmp_path / "eml"), env=POLISH)
    assert exported.code == 0, exported.err
    settled = cli.subprocess("outbox", "settle", str(hand[0].id), "--as", "sent", env=POLISH)
    assert settled.code == 0, settled.err
    for recipient, stored in (
        ("old-pl@example.com", "przekazana"),
        ("old-en@example.com", "officer"),
    ):
        [old] = queue(kit, [recipient])
        kit.store.conn.execute("UPDATE outbox SET last_reply = ? WHERE id = ?", (stored, old.id))

    polish = cli.subprocess("outbox", "list", env=POLISH)
    english = cli.subprocess("outbox", "list", env=ENGLISH)
    assert polish.code == english.code == 0, polish.err + english.err
    for recipient, (in_polish, in_english) in EXPECTED.items():
        assert _line(polish.out, recipient).endswith(f"  — {in_polish}"), polish.out
        assert _line(english.out, recipient).endswith(f"  — {in_english}"), english.out
    for recipient in ("gone@example.com", "crash@example.com", "hand1@example.com"):
        assert EXPECTED[recipient][1] not in polish.out  # the kit's English sentences
    assert "handed off" not in polish.out
    # the message a partner's server refused keeps the server's words in every language
    assert SERVER_SAID in _line(polish.out, "gone@example.com")

    as_json = cli.subprocess("--json", "outbox", "list", env=POLISH)
    rows = {m["recipient"]: m for m in as_json.json()["messages"]}
    assert rows["crash@example.com"]["last_reply"] == replies.INTERRUPTED  # a program's key
    assert rows["hand2@example.com"]["last_reply"] == replies.HANDED_OFF


def test_a_modem_refusal_mid_sms_reads_in_polish_around_the_modems_own_reply() -> None:
    """An SMS cut off at its second part: the kit's words nest (parts sent, which part, the
    refusal's meaning) around the modem's own +CMS line, which stays as the modem said it."""
    from app import i18n
    from app.delivery.modem_codes import explained

    stored = replies.said(
        replies.PARTS_SENT,
        sent=1,
        count=3,
        refs="17",
        rest=replies.said(replies.IN_PART, index=2, count=3, why=explained("+CMS ERROR: 38")),
    )
    assert stored == (
        "1 of 3 parts sent (+CMGS: 17); part 2/3: +CMS ERROR: 38 — network out of order"
    )
    i18n.install("pl")
    assert replies.shown_reply(stored) == (
        "wysłano części: 1 z 3 (+CMGS: 17); część 2/3: +CMS ERROR: 38 — sieć nie działa"
    )
    assert replies.shown_reply("550 5.1.1 No such user — here") == "550 5.1.1 No such user — here"
