"""SMS through the modem driver, against a pseudo-terminal modem simulator."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

import app.delivery.modem as modem_module
from app.delivery.config import ModemProfile
from app.delivery.outbox import Outbox
from app.delivery.pdu import encode_submit
from app.delivery.service import Delivery
from app.delivery.sms import plan
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.modem_sim import ModemSim, SentSms
from tests.support.cli import REPO, CliRunner

NUMBER = "+46700000001"


@pytest.fixture
def sim() -> Iterator[ModemSim]:
    modem = ModemSim()
    yield modem
    modem.close()


def use_modem(kit: Kit, sim: ModemSim) -> None:
    set_delivery_doc(kit, f'[modem]\nport = "{sim.port}"\nbaud = 115200\n')


POLISH = "Awaria bramki SMS w Łodzi: wysyłka wstrzymana. Następna informacja do 19:40. "
PORTUGUESE = (
    "Falha no gateway de SMS em São Paulo; cobrança atrasada. Próxima atualização às 19:40. "
)
SWEDISH = "Fel i SMS-gatewayen i Göteborg: debiteringen är försenad. Nästa uppdatering 19:40. "
EXTENSION = "Pris €5 [EUR] {avgift} ~ ^ | \\ Ξ @ slut. "


@pytest.mark.parametrize(
    ("text", "charset", "parts"),
    [
        (EXTENSION.strip(), "GSM", 1),
        (SWEDISH.strip(), "GSM", 1),
        (SWEDISH * 2, "GSM", 2),
        (EXTENSION * 7, "GSM", 3),
        (EXTENSION * 10, "GSM", 4),
        (SWEDISH * 9, "GSM", 5),
        (POLISH.strip(), "UCS2", 2),
        (POLISH * 3, "UCS2", 4),
        (POLISH * 4, "UCS2", 5),
        (PORTUGUESE.strip(), "UCS2", 2),
        (PORTUGUESE * 2 + "€", "UCS2", 3),
    ],
)
def test_the_modem_decodes_exactly_the_notice_in_one_message(
    kit: Kit, delivery: Delivery, sim: ModemSim, text: str, charset: str, parts: int
) -> None:
    use_modem(kit, sim)
    [message] = queue(kit, [NUMBER], channel="sms", body=text + "\n")
    assert plan(text + "\n").segments == parts  # what the officer was shown
    assert delivery.send().sent == 1
    assert sim.refused == []
    assert sim.sent == [SentSms(NUMBER, text.rstrip(), charset, parts)]
    assert sim.cmgs == parts  # what the network bills
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    [attempt] = outbox.attempts(message.id)
    assert attempt.outcome == "sent" and f"{parts} SMS" in attempt.reply
    # the network's report on every part came at once, read as the send ended
    assert outbox.get(message.id).state == "delivered"


def test_197_gsm_characters_cost_two_sms_and_no_newline() -> None:
    sms = plan("a" * 197 + "\n")
    assert (sms.encoding, sms.units, sms.segments) == ("gsm7", 197, 2)
    assert [len(p) for p in sms.parts] == [153, 44]
    assert plan("xx" + "€" * 80).parts == ("xx" + "€" * 75, "€" * 5)  # 152 + 10: € whole


def test_a_known_pdu() -> None:
    """TS 23.040 SMS-SUBMIT to +46708251358, "hellohello" (the classic example, with a 24 h
    validity period)."""
    assert encode_submit("+46708251358", "hellohello", "gsm7", status_report=False) == (
        23,
        "0011000B916407281553F80000A70AE8329BFD4697D9EC37",
    )


@pytest.mark.parametrize(
    ("setup", "step", "words"),
    [
        ({"sim": "none"}, "SIM", "no SIM card"),
        ({"sim": "SIM PIN"}, "SIM", "PIN"),
        ({"registration": "2"}, "network", "searching"),
    ],
)
def test_modem_problems_are_named_and_nothing_is_lost(
    kit: Kit, delivery: Delivery, sim: ModemSim, setup: dict[str, str], step: str, words: str
) -> None:
    for key, value in setup.items():
        setattr(sim, key, value)
    use_modem(kit, sim)
    queue(kit, [NUMBER], channel="sms")
    report = delivery.send()
    assert report.left_queued == 1 and sim.sent == []
    assert report.paths_down["modem"].startswith(step) and words in report.paths_down["modem"]
    [probe] = [p for p in delivery.probe() if p.name == "modem"]
    assert not probe.ok and probe.steps[-1][0] == step


def test_a_cms_error_fails_that_message_with_the_reason(
    kit: Kit, delivery: Delivery, sim: ModemSim
) -> None:
    sim.cms_error = "500"
    use_modem(kit, sim)
    [message] = queue(kit, [NUMBER], channel="sms")
    assert delivery.send().failed == 1
    stored = Outbox(conn=kit.store.conn, audit=kit.audit).get(message.id)
    assert stored.state == "failed"
    assert "+CMS ERROR: 500" in stored.last_reply and "unknown error" in stored.last_reply


def test_a_modem_that_goes_silent_after_the_text_leaves_it_uncertain(
    kit: Kit, sim: ModemSim
) -> None:
    sim.silent_after_send = True
    use_modem(kit, sim)
    [message] = queue(kit, [NUMBER], channel="sms")
    from tests.delivery.conftest import make_delivery

    report = make_delivery(kit, timeout=0.5).send()
    assert report.uncertain == 1
    assert Outbox(conn=kit.store.conn, audit=kit.audit).get(message.id).state == "uncertain"


def test_probe_reads_sim_registration_and_signal(
    delivery: Delivery, kit: Kit, sim: ModemSim
) -> None:
    sim.registration = "5"
    use_modem(kit, sim)
    [probe] = [p for p in delivery.probe() if p.name == "modem"]
    assert probe.ok
    steps = dict(probe.steps)
    assert steps["SIM"] == "ready" and "roaming" in steps["network"]
    assert steps["signal"].startswith("18/31")


def test_a_missing_port_is_a_clear_message(kit: Kit, delivery: Delivery) -> None:
    set_delivery_doc(kit, '[modem]\nport = "/dev/ttyUSB-not-there"\n')
    [probe] = [p for p in delivery.probe() if p.name == "modem"]
    assert (
        not probe.ok
        and "the modem at /dev/ttyUSB-not-there is not plugged in or not found" in probe.summary
    )
    assert "Errno" not in probe.summary  # pyserial's own words go to the log


def test_sms_summary_names_the_count_and_the_characters_that_cost_room() -> None:
    assert plan("Gateway restarted.").summary() == "18 of 160 characters, GSM-7: 1 SMS"
    long = plan("Awaria bramki SMS, wysyłka wstrzymana. " * 3)
    assert long.encoding == "ucs2" and long.segments == len(long.parts) == 2
    assert long.summary().startswith("116 characters, UCS-2 ('ł' outside the GSM alphabet): 2 ")
    assert "joined on the phone into one message" in long.summary()


def test_segment_counting() -> None:
    assert plan("a" * 160).segments == 1
    assert plan("a" * 161).segments == 2
    assert plan("€" * 80).units == 160 and plan("€" * 80).segments == 1
    assert plan("ж" * 70).segments == 1 and plan("ж" * 71).segments == 2
    assert ModemProfile(port="/dev/ttyUSB0").baud == 115200


def test_delivery_reports_move_sent_sms_to_delivered_or_failed(
    kit: Kit, delivery: Delivery, sim: ModemSim
) -> None:
    other = "+46700000002"
    sim.report_status[other] = 0x41  # the network gave up: incompatible destination
    sim.hold_reports = True  # the network answers after the send is over
    use_modem(kit, sim)
    [long_one] = queue(kit, [NUMBER], channel="sms", body=SWEDISH * 4)  # 3 parts
    [failing] = queue(kit, [other], channel="sms", body="Gateway down.")
    assert delivery.send().sent == 2
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    assert {outbox.get(m.id).state for m in (long_one, failing)} == {"sent"}
    sim.release_reports()
    [probe] = [p for p in delivery.probe() if p.name == "modem"]
    assert len(probe.reports) == 4 and ("reports", "4 delivery reports read") in probe.steps
    assert outbox.get(long_one.id).state == "delivered"
    gone = outbox.get(failing.id)
    assert gone.state == "failed" and "could not deliver" in gone.last_reply
    assert [e.action for e in kit.audit.entries(action_prefix="outbox.delivered")] == [
        "outbox.delivered"
    ]
    [again] = [p for p in delivery.probe() if p.name == "modem"]
    assert again.reports == []  # read once, deleted from the modem's memory
    assert outbox.retry(failing.id).state == "queued"  # the officer can try again


def test_a_modem_without_delivery_reports_still_sends(
    kit: Kit, delivery: Delivery, sim: ModemSim
) -> None:
    sim.keeps_reports = False
    use_modem(kit, sim)
    [message] = queue(kit, [NUMBER], channel="sms", body="Gateway down.")
    assert delivery.send().sent == 1
    [probe] = [p for p in delivery.probe() if p.name == "modem"]
    assert probe.ok and dict(probe.steps)["reports"] == "the modem keeps no delivery reports"
    assert Outbox(conn=kit.store.conn, audit=kit.audit).get(message.id).state == "sent"


def test_a_stored_sim_pin_unlocks_the_sim_and_a_wrong_one_is_tried_once(
    kit: Kit, delivery: Delivery, sim: ModemSim, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim.sim = "SIM PIN"
    use_modem(kit, sim)
    queue(kit, [NUMBER], channel="sms", body="Gateway down.")
    first = delivery.send()
    assert first.sent == 0 and "paths password modem" in first.paths_down["modem"]
    monkeypatch.setattr("sys.stdin", io.StringIO("12ab\n"))
    refused = cli("paths", "password", "modem", "--stdin")
    assert refused.code == 2 and "4 to 8 digits" in refused.err
    monkeypatch.setattr("sys.stdin", io.StringIO("9999\n"))  # a wrong one
    assert cli("paths", "password", "modem", "--stdin").code == 0
    assert "refused the stored PIN" in delivery.send().paths_down["modem"]
    [probe] = [p for p in delivery.probe() if p.name == "modem"]
    assert "not entered again" in probe.summary
    assert "not entered again" in delivery.send().paths_down["modem"]
    assert sim.pin_attempts == 1  # three would block the SIM
    delivery.passwords.set("modem", "1234")
    assert delivery.send().sent == 1
    assert sim.pin_attempts == 2 and sim.sent[0].text == "Gateway down."


def test_reports_are_read_when_sending_without_a_probe(
    kit: Kit, delivery: Delivery, sim: ModemSim, cli: CliRunner
) -> None:
    """The reports already in the modem are read as the send ends; those that come later
    are read by the next send, even one with nothing queued."""
    use_modem(kit, sim)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    [first] = queue(kit, [NUMBER], channel="sms", body="Gateway down.")
    report = delivery.send()
    assert report.sent == 1 and report.reported == 1
    assert outbox.get(first.id).state == "delivered"

    sim.hold_reports = True
    sim.report_status["+46700000002"] = 0x41
    [second] = queue(kit, ["+46700000002"], channel="sms", body="Gateway down.")
    assert delivery.send().reported == 0
    assert outbox.get(second.id).state == "sent" and outbox.awaiting_reports() == 1
    sim.release_reports()
    result = cli("outbox", "send")
    assert result.code == 0, result.err
    assert "Nothing is queued. The network reported on 1 sent SMS" in result.out
    assert outbox.get(second.id).state == "failed" and outbox.awaiting_reports() == 0


# Another process holding the modem, through the kit's own port opening.
HOLDER = """
import sys, time
from app.delivery.modem import Modem
modem = Modem(sys.argv[1], 115200)
modem.open()
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
modem.close()
"""


def hold_modem(sim: ModemSim, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, sim.port, str(seconds)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


@pytest.mark.skipif(os.name != "posix", reason="flock on the port; Windows COM ports are exclusive")
def test_two_processes_never_talk_to_the_modem_at_once(
    kit: Kit, delivery: Delivery, sim: ModemSim, cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_modem(kit, sim)
    [message] = queue(kit, [NUMBER], channel="sms", body="Gateway down.")
    monkeypatch.setattr(modem_module, "BUSY_SECONDS", 0.5)
    holder = hold_modem(sim, 60)
    try:
        report = delivery.send()
        probed = cli("paths", "probe")
    finally:
        holder.kill()
        holder.communicate()
    assert report.left_queued == 1 and sim.sent == [] and sim.commands == []
    assert "in use by another Outage Kit window or command" in report.paths_down["modem"]
    assert "in use by another Outage Kit window or command" in probed.out
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    assert outbox.get(message.id).state == "queued"  # nothing lost, nothing half-sent

    # one that lets go within the wait: the send waits for it, then goes
    monkeypatch.setattr(modem_module, "BUSY_SECONDS", 30.0)
    holder = hold_modem(sim, 1.0)
    try:
        report = delivery.send()
    finally:
        holder.communicate()
    assert report.sent == 1 and [s.text for s in sim.sent] == ["Gateway down."]
    assert outbox.get(message.id).state != "queued"
