"""SMS through the modem driver, against a pseudo-terminal modem simulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.delivery.config import ModemProfile
from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.delivery.sms import plan
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.modem_sim import ModemSim

NUMBER = "+46700000001"


@pytest.fixture
def sim() -> Iterator[ModemSim]:
    modem = ModemSim()
    yield modem
    modem.close()


def use_modem(kit: Kit, sim: ModemSim) -> None:
    set_delivery_doc(kit, f'[modem]\nport = "{sim.port}"\nbaud = 115200\n')


def test_an_sms_goes_out_in_gsm7_text_mode(kit: Kit, delivery: Delivery, sim: ModemSim) -> None:
    use_modem(kit, sim)
    [message] = queue(kit, [NUMBER], channel="sms", body="OK-2026-0042: SMS gateway down. €5")
    report = delivery.send()
    assert report.sent == 1
    assert [(s.number, s.text, s.charset) for s in sim.sent] == [
        (NUMBER, "OK-2026-0042: SMS gateway down. €5", "GSM")
    ]
    stored = Outbox(conn=kit.store.conn, audit=kit.audit).get(message.id)
    assert stored.state == "sent" and "+CMGS: 1" in stored.last_reply


def test_text_outside_gsm7_goes_as_ucs2_in_numbered_parts(
    kit: Kit, delivery: Delivery, sim: ModemSim
) -> None:
    use_modem(kit, sim)
    body = "Платёжный шлюз недоступен. " * 4  # Cyrillic: UCS-2, 108 units → 2 parts
    queue(kit, [NUMBER], channel="sms", body=body)
    assert plan(body).encoding == "ucs2" and plan(body).segments == 2
    assert delivery.send().sent == 1
    assert [s.charset for s in sim.sent] == ["UCS2", "UCS2"]
    assert sim.sent[0].text.startswith("(1/2) ") and sim.sent[1].text.startswith("(2/2) ")
    assert all(s.number == NUMBER for s in sim.sent)
    assert "".join(s.text[6:] for s in sim.sent) == body


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
    assert not probe.ok and "is the modem plugged in?" in probe.summary


def test_sms_summary_names_the_count_and_the_characters_that_cost_room() -> None:
    assert plan("Gateway restarted.").summary() == "18 of 160 characters, GSM-7: 1 SMS"
    long = plan("Awaria bramki SMS, wysyłka wstrzymana. " * 3)
    assert long.encoding == "ucs2" and long.segments == len(long.parts) == 2
    assert long.summary().startswith("117 characters, UCS-2 ('ł' outside the GSM alphabet): 2 ")


def test_segment_counting() -> None:
    assert plan("a" * 160).segments == 1
    assert plan("a" * 161).segments == 2
    assert plan("€" * 80).units == 160 and plan("€" * 80).segments == 1
    assert plan("ж" * 70).segments == 1 and plan("ж" * 71).segments == 2
    assert ModemProfile(port="/dev/ttyUSB0").baud == 115200
