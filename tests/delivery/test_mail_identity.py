"""What a relay and a partner's mail filter see of where a notice comes from and whom it is
for: a Message-ID at the sending path's own domain (never `outage-kit.invalid`, which some
filters penalise), unique per message and kept on every attempt, and a Content-Language
header in the language of the notice's words. Against a real relay in its own process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.delivery.identity import adopt_sender_domain, new_message_id, sender_domain
from app.delivery.outbox import Outbox
from app.delivery.service import Delivery
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import set_delivery_doc
from tests.delivery.servers import RelayProcess, delivery_toml, relay_process
from tests.support.lang_bundle import load_into

PROMISE = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)
FIELDS = {
    "customer_impact": "Renewals are not charged.",
    "customer_impact.pl": "Odnowienia nie są naliczane.",
    "customer_impact.pt-BR": "Renovações não são cobradas.",
    "start_time": "2026-11-30 21:40 UTC",
    "next_update": PROMISE.isoformat(),
}
#: each partner of the bundle → the languages of the words they get (Delta Brasil reads
#: pt-BR: the bundle has no Portuguese template and states English as its fallback, so
#: the English template carries the officer's Portuguese text and the "(em inglês)" marks)
LANGUAGES = {
    "ops@alpha.example.com": "en",
    "noc@beta.example.com": "sv",
    "betrieb@gamma.example.net": "de",
    "noc@delta.example.com": "en, pt-BR",
    "noc@epsilon.example.com": "pl",
}


@pytest.fixture
def service(kit: Kit, tmp_path: Path) -> IncidentService:
    load_into(kit, tmp_path / "src", polish=True)
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RelayProcess]:
    with relay_process(tmp_path / "relay") as server:
        yield server


def _by_partner(received: list[EmailMessage]) -> dict[str, list[EmailMessage]]:
    found: dict[str, list[EmailMessage]] = {}
    for mail in received:
        found.setdefault(mail["To"].addresses[0].addr_spec, []).append(mail)
    return found


def _update(service: IncidentService, reference: str) -> None:
    service.notify(
        service.get(reference),
        "update",
        {
            "customer_impact": "Still not charged.",
            "progress": "The vendor is on site.",
            "next_update": (PROMISE + timedelta(hours=1)).isoformat(),
        },
    )


def test_ids_at_the_senders_domain_and_each_partners_language(
    kit: Kit, service: IncidentService, delivery: Delivery, relay: RelayProcess
) -> None:
    set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))  # from duty@example.com
    incident = service.create("disaster", "Billing down", ["billing"])
    service.notify(incident, "initial", FIELDS)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    queued = [m for m in outbox.messages(incident_ref=incident.reference) if m.channel == "email"]
    assert all(m.message_id.endswith("@example.com>") for m in queued)  # fixed when queued
    _update(service, incident.reference)
    assert delivery.send().sent > 0

    received = [m for m in relay.received() if m["To"]]
    ids = [str(m["Message-ID"]) for m in received]
    assert len(ids) == len(set(ids)) == 2 * len(LANGUAGES)  # unique, one per message
    assert all(i.endswith("@example.com>") and "outage-kit.invalid" not in i for i in ids)
    stored = {m.message_id for m in Outbox(conn=kit.store.conn, audit=kit.audit).messages()}
    assert set(ids) <= stored  # the outbox shows the ID that left
    for partner, mails in _by_partner(received).items():
        assert [str(m["Content-Language"]) for m in mails] == [LANGUAGES[partner]] * 2, partner
        initial, update = sorted(mails, key=lambda m: "In-Reply-To" in m)
        assert str(update["In-Reply-To"]) == str(initial["Message-ID"])  # the thread holds
    polish = _by_partner(received)["noc@epsilon.example.com"][0]
    assert "Wp" in str(polish.get_content())  # the Polish words under "Content-Language: pl"
    brazil = _by_partner(received)["noc@delta.example.com"][0]
    assert "Impact: Renovações não são cobradas." in str(brazil.get_content())  # both


def test_ids_queued_before_any_path_take_its_domain_when_sent(
    kit: Kit, service: IncidentService, delivery: Delivery, relay: RelayProcess
) -> None:
    """The night the relay was not set up yet: the notice and its update wait; once a path
    is added they leave at its domain, the update still threaded under the notice."""
    incident = service.create("disaster", "Billing down", ["billing"])
    service.notify(incident, "initial", FIELDS)
    _update(service, incident.reference)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    waiting = [m for m in outbox.messages(incident_ref=incident.reference) if m.channel == "email"]
    assert all(m.message_id.endswith("@outage-kit.invalid>") for m in waiting)

    set_delivery_doc(
        kit,
        delivery_toml(("relay", relay.port, "none")).replace(
            "duty@example.com", "Duty desk <duty@Ops.Example.NET>"
        ),
    )
    delivery.send()
    received = [m for m in relay.received() if m["To"]]
    assert len(received) == len(waiting)
    for partner, mails in _by_partner(received).items():
        initial, update = sorted(mails, key=lambda m: "In-Reply-To" in m)
        assert str(initial["Message-ID"]).endswith("@ops.example.net>"), partner
        assert str(update["In-Reply-To"]) == str(initial["Message-ID"])
        assert str(update["References"]) == str(initial["Message-ID"])
    left = {m.id: m.message_id for m in outbox.get_many([m.id for m in waiting])}
    assert {str(m["Message-ID"]) for m in received} == set(left.values())
    # the random part is kept: the same message, now named at the sender's domain
    assert sorted(i.split("@")[0] for i in left.values()) == sorted(
        m.message_id.split("@")[0] for m in waiting
    )
    named = kit.audit.entries(action_prefix="outbox.message_ids_named")
    assert [(e.details["count"], e.details["domain"]) for e in named] == [
        (len(waiting), "ops.example.net")
    ]
    # nothing queued is left to name: a second pass changes nothing
    assert adopt_sender_domain(kit.store.conn, kit.audit, "duty@example.com") == 0


def test_the_domain_of_a_from_address() -> None:
    assert sender_domain("Duty desk <duty@Example.COM>") == "example.com"
    assert sender_domain("duty@example.com.") == "example.com"
    assert sender_domain("noc@exämple.se") == "xn--exmple-cua.se"
    assert sender_domain("") == sender_domain("no address") == ""
    assert sender_domain("a@localhost") == ""  # not a domain partners' filters accept
    made = {new_message_id("duty@example.com") for _ in range(1000)}
    assert len(made) == 1000 and all(len(m) == len("<@example.com>") + 32 for m in made)
    assert new_message_id("").endswith("@outage-kit.invalid>")
