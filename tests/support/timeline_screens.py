"""Screenshots of the incident page of an outage with several notices, long service names
and a refused copy (not a test): its timeline must fit the page without a sideways scroll.

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.timeline_screens OUT en
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.support.timeline_screens \
        OUT pl

OUT/<language>-<width>-timeline-NN.png; prints whether the timeline scrolls sideways.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


from app.contacts.directory import DirectoryStore
from app.contacts.source import parse_source, read_folder
from app.incidents.service import IncidentService
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.lang_bundle import CONTACTS, POLISH_CONTACT, write_source
from tests.support.screens import incidents_shown, new_kit, screen_in, settle, shot

SERVICES = (
    "id,name,description,name.pl\n"
    "sms,SMS gateways for the wholesale premium-rate short codes,SMS,"
    "Bramki SMS dla hurtowych numerów skróconych o podwyższonej opłacie\n"
    "billing,Billing and subscription management of the value-added services,Billing,"
    "Rozliczenia i zarządzanie subskrypcjami usług o wartości dodanej\n"
)


def main() -> int:
    out, app, prefix = screen_in(sys.argv)
    prefix += "-timeline"
    problems: list[str] = []
    home, store, kit = new_kit()
    # e-mail only (no modem here); Delta's address is refused by the relay (550)
    contacts = (CONTACTS + POLISH_CONTACT).replace(",email;sms\n", ",email\n")
    extra = {"services.csv": SERVICES, "contacts.csv": contacts}
    source = write_source(Path(tempfile.mkdtemp()), extra=extra, polish=True)
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        parse_source(read_folder(source)), origin="bundle", reason="screens"
    )
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    incident = service.create(
        "disaster", "Premium-rate SMS and billing down in every region", ["sms", "billing"]
    )
    with relay_process(Path(tempfile.mkdtemp()), unknown=["noc@delta.example.com"]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        for stage, fields in (
            ("initial", {"customer_impact": "No MT.", "start_time": "2026-11-30 21:40 UTC"}),
            ("update", {"customer_impact": "No MT.", "progress": "Vendor on site."}),
            ("update", {"customer_impact": "Some MT.", "progress": "Card replaced."}),
            ("resolved", {"end_time": "2026-11-30 23:10 UTC"}),
        ):
            more = {} if stage == "resolved" else {"next_update": "23:59"}
            service.notify(service.get(incident.reference), stage, {**fields, **more})
            make_delivery(kit).send()
    section = incidents_shown(app, home, store)
    window = section.window()
    section.reload(select=incident.reference)
    settle(app)
    timeline = section.page.timeline
    shot(window, out, f"{prefix}-01-page", problems)
    timeline.expandAll()
    section.page_area.ensureWidgetVisible(timeline)  # a small screen scrolls the page down
    settle(app)
    shot(window, out, f"{prefix}-02-expanded", problems)
    bar = timeline.horizontalScrollBar()
    print("sideways scroll:", bar.maximum() if bar.isVisible() else "none")
    print("top bar:", section.urgent.text(), "\n" + ("\n".join(problems) or "all fit"))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
