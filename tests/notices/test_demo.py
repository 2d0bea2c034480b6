"""The demo data: clearly marked, example partners only, every group and language."""

from __future__ import annotations

from app.contacts.demo import demo_directory, load_demo
from app.contacts.directory import DirectoryStore
from app.kit import Kit


def test_demo_directory_is_invented_and_covers_every_group_and_language() -> None:
    directory = demo_directory()
    for contact in directory.contacts:
        assert contact.organisation.startswith("DEMO ")
        if contact.email:
            assert contact.email.endswith((".example.com", ".example.net"))
    groups = {g.id for g in directory.groups}
    assert groups == {"sms-gateways", "subscriptions", "oneshot", "brazil"}
    for group in groups:
        languages = {c.language for c in directory.contacts if group in c.groups}
        assert len(languages) >= 2, group
    assert {c.language for c in directory.contacts} >= {"en", "pl", "pt-BR"}
    assert "delivery.toml" in directory.docs


def test_load_demo_stores_it_audited(kit: Kit) -> None:
    load_demo(kit)
    store = DirectoryStore(conn=kit.store.conn, audit=kit.audit)
    assert len(store.contacts()) == len(demo_directory().contacts)
    assert set(store.groups_for_services(["platform"])) == {
        "sms-gateways",
        "subscriptions",
        "oneshot",
        "brazil",
    }
    entry = kit.audit.entries(action_prefix="directory.replaced")[0]
    assert entry.details["origin"] == "demo"
