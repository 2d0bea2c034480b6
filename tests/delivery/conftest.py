"""Fixtures for delivery: a kit with Delivery, a test CA, real SMTP servers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from app.delivery.outbox import NewMessage, Outbox, OutboxMessage
from app.delivery.paths import DELIVERY_DOC
from app.delivery.service import Delivery
from app.kit import Kit
from app.store import db
from tests.delivery.servers import LocalCA, delivery_toml, smtp_server


@pytest.fixture(scope="session")
def test_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return LocalCA(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def other_ca(tmp_path: Path) -> LocalCA:
    return LocalCA(tmp_path)


def make_delivery(kit: Kit, *, timeout: float = 5.0) -> Delivery:
    return Delivery(
        conn=kit.store.conn,
        audit=kit.audit,
        home=kit.store.paths.home,
        store_id=kit.store.store_id,
        secrets=None,
        timeout=timeout,
    )


def send_cut_once_after_data(kit: Kit) -> None:
    """Send every queued e-mail through a link that drops once after DATA: the first copy
    is left uncertain (the server may have it), the rest are sent."""
    from tests.delivery.fault_proxy import FaultProxy

    with smtp_server("none") as server:
        proxy = FaultProxy(server.port, cut_after_data_bytes=0, cuts=1)
        try:
            set_delivery_doc(kit, delivery_toml(("office-relay", proxy.port, "none")))
            delivery = make_delivery(kit)
            while delivery.outbox.queued_ids(channel="email"):
                delivery.send()
        finally:
            proxy.close()


@pytest.fixture
def delivery(kit: Kit) -> Delivery:
    return make_delivery(kit)


def set_delivery_doc(kit: Kit, text: str) -> None:
    """What a bundle import does: the document lands in directory_docs."""
    with db.transaction(kit.store.conn) as conn:
        conn.execute(
            "INSERT INTO directory_docs (name, body) VALUES (?, ?) "
            "ON CONFLICT (name) DO UPDATE SET body = excluded.body",
            (DELIVERY_DOC, text),
        )


def queue(
    kit: Kit,
    recipients: Sequence[str],
    *,
    subject: str = "[OK-2026-0042] SMS gateway outage",
    body: str = "Impact: MT billing delayed.\nNext update no later than 03:30.",
    channel: str = "email",
    names: Sequence[str] | None = None,
) -> list[OutboxMessage]:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    return outbox.enqueue(
        [
            NewMessage(
                channel=channel,
                recipient=r,
                subject=subject,
                body=body,
                recipient_name=names[i] if names else "",
                incident_ref="OK-2026-0042",
            )
            for i, r in enumerate(recipients)
        ]
    )
