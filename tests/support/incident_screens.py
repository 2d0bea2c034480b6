"""Screenshots of the incident page with many server replies, for people to look at (not a
test):

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.incident_screens \
        OUT en

(and the same at 1920x1080x24).

The demo partners, an outage's initial notice to every group, a real relay refusing every
e-mail address but two (a 550 each): the page says each refusal with its reply. Saves
OUT/LANG-WIDTH-replies.png (the window showing the incident) and
OUT/LANG-WIDTH-told-dialog.png (Told another way's dialog).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.contacts.demo import load_demo
from app.delivery.outbox import Outbox
from app.incidents.service import IncidentService
from app.ui.incidents.section import IncidentsSection
from tests.delivery.conftest import make_delivery, set_delivery_doc
from tests.delivery.servers import delivery_toml, relay_process
from tests.support.screens import finish, new_kit, screen_in, settle, shot, window_shown
from tests.support.wall_clock import gone


def main() -> int:
    out, app, prefix = screen_in(sys.argv)
    problems: list[str] = []
    home, store, kit = new_kit()
    load_demo(kit)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    groups = ["sms-gateways", "subscriptions", "oneshot", "brazil"]
    incident = service.create("disaster", "SMS down", ["sms"], groups=groups)
    fields = {"impact": "No MT", "started": gone("02:00 UTC"), "actions": "Restarting"}
    service.notify(incident, "initial", {**fields, "next_update": "23:59"})
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    mails = sorted(m.recipient for m in outbox.messages() if m.channel == "email")
    with relay_process(Path(tempfile.mkdtemp()), unknown=mails[2:]) as relay:
        set_delivery_doc(kit, delivery_toml(("office-relay", relay.port, "none")))
        make_delivery(kit).send()
    window = window_shown(app, home, store)
    section = window.show_section("Incidents")
    assert isinstance(section, IncidentsSection)
    section.reload(select=incident.reference)
    settle(app, 1500)
    page = section.page
    for button in (page.told_button, page.update_button, page.resolve_button):
        corner = button.mapTo(window, button.rect().bottomRight())
        if not button.isVisible() or corner.y() > window.height():
            problems.append(f"{button.text()}: off the window ({corner.y()})")
    shot(window, out, f"{prefix}-replies", problems)
    page.told_button.click()  # the dialog names the notice told
    settle(app, 500)
    if section.asking is not None:
        shot(section.asking, out, f"{prefix}-told-dialog", problems)
        section.asking.reject()
    return finish(app, window, problems)


if __name__ == "__main__":
    sys.exit(main())
