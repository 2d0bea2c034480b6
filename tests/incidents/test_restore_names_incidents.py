"""A restore never takes an incident away in silence (a tester's restore dropped an open
incident whose partners had four messages and a promised update, with only "Restored the
store from …"): each incident opened after the backup, each later notice, each incident
closed since, is named, with where the store before the restore is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.contacts.demo import load_demo
from app.incidents.service import IncidentService
from app.kit import Kit
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.wall_clock import gone


def _fields() -> dict[str, str]:
    promise = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
    started = gone("01:00 UTC")
    return {
        "impact": "No renewals.",
        "started": started,
        "actions": "Failover",
        "next_update": promise,
    }


def test_a_restore_names_the_incidents_it_takes_back(kit: Kit, tmp_path: Path) -> None:
    load_demo(kit)
    with relay_process(tmp_path / "relay") as relay:
        set_delivery_doc(kit, delivery_toml(("relay", relay.port, "none")))
        service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
        kept = service.create("disaster", "Gateway flapping", ["subscriptions"])
        service.notify(kept, "initial", _fields())
        closing = service.create("disaster", "Rating lag", ["subscriptions"])
        service.notify(closing, "initial", _fields())
        service.told_another_way(closing, "read out on the bridge call")
        backup = kit.store.backup("manual")

        service.notify(kept, "update", {**_fields(), "progress": "Half the nodes back"})
        service.notify(closing, "resolved", {"resolved_at": gone("02:00 UTC"), "summary": "Ok"})
        make_delivery(kit).send()
        service.told_another_way(closing, "read out on the bridge call")
        service.close(service.get(closing.reference))
        later = service.create("disaster", "SMS gateway down", ["subscriptions"])
        service.notify(later, "initial", _fields())
        sent = make_delivery(kit).send().sent
        assert sent > 0

        said = " ".join(kit.restore(backup.path))
    assert f"{later.reference} “SMS gateway down” was opened after this backup" in said
    assert "no longer in the kit" in said
    assert f"{kept.reference} “Gateway flapping” is back to its notices of the backup" in said
    assert f"{closing.reference} “Rating lag” is open again" in said
    assert "before-restore" in said
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    assert service.get(closing.reference).state == "open"
