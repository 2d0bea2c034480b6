"""Screenshots of the window's layout at a small and a large screen, for people to look at
(not a test): the Backlog with "More filters" open under an incident banner, the navigation
column, and a status-bar message beside the delivery path lights.

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python -m tests.support.layout_screens OUT en
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python -m tests.support.layout_screens OUT pl

OUT/<language>-<width>-NN-name.png at the virtual screen's size (the window fills it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtWidgets import QApplication

from app.backlog.importer import BacklogImporter
from app.contacts.demo import load_demo
from app.delivery.dispatch import DispatchReport
from app.delivery.probe import PathProbe
from app.incidents.clock import Alert
from app.incidents.flow import NewIncidentFlow
from app.incidents.service import IncidentService
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.ui.backlog.section import BacklogSection
from app.ui.incidents.section import IncidentsSection
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.outbox.section import OutboxSection
from app.ui.screen import screen_of
from tests.backlog.conftest import HEADER, sample_rows
from tests.support import fit
from tests.support.screens import new_kit, settle, shot


def longest_message(section: IncidentsSection) -> str:
    """The longest message the kit shows in the status bar: a notice queued and sending."""
    where = section.tr("sending now — the incident page shows when partners have it")
    return section.tr("{reference}: %n message(s) queued, {where}.", "", 12).format(
        reference="OK-2026-0001", where=where
    )


#: a send that went partly wrong: the longest summary the status bar shows
LONG_SEND = DispatchReport(
    total=14,
    sent=9,
    failed=1,
    uncertain=2,
    held=1,
    left_queued=1,
    by_path={"office-relay": 7, "sms-modem": 2},
    paths_down={"modem-smtp": "connection refused"},
)

#: a night with every kind of path set up, one of them down
FOUR_PATHS = [
    PathProbe("office-relay", "smtp", True, "250 OK"),
    PathProbe("modem-smtp", "smtp", False, "connection refused"),
    PathProbe("sms-modem", "sms", True, "registered"),
    PathProbe("webmail-backup", "webmail", True, "signed in"),
]


def main() -> int:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(language)
    problems: list[str] = []
    home, store, kit = new_kit()
    load_demo(kit)
    export = home.parent / "telephony.csv"
    export.write_text("\n".join([HEADER, *sample_rows(300)]) + "\n", encoding="utf-8")
    BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(export)
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    flow = NewIncidentFlow(service=service, kind="disaster")
    flow.set_services(["subscriptions"])
    flow.prefill()
    flow.fields.update(impact="Renewals are not charged.", actions="Restarting the gateway.")
    flow.queue()
    window = MainWindow(paths=KitPaths(home), keeper=NoKeyring())
    window.open_store(store)
    window.show()
    area = screen_of(window).availableGeometry()
    window.setGeometry(area)  # no window manager under Xvfb: the screen's whole size
    settle(app, 1500)
    width = screen_of(window).availableGeometry().width()
    name = f"{language}-{width}"
    incidents = window.show_section("Incidents")
    assert isinstance(incidents, IncidentsSection)
    incidents.tick()
    incidents.timer.stop()  # the deadline is 15 min away: its tick would clear the alert
    deadline = next(d for found in incidents.deadlines.values() for d in found)
    incidents.alerts.show(Alert(deadline, "overdue"))
    incidents._say(longest_message(incidents))
    outbox = window.section("Outbox")
    assert isinstance(outbox, OutboxSection)
    outbox.lights.show_probes(FOUR_PATHS)
    settle(app, 600)
    shot(window, out, f"{name}-01-incidents-status-message", problems)
    backlog = window.show_section("Backlog")
    assert isinstance(backlog, BacklogSection)
    backlog.records.search_bar.more.setChecked(True)
    incidents.alerts.show(Alert(deadline, "overdue"))
    settle(app, 600)
    print(f"{name}: banner shown: {incidents.banner.isVisible()}")
    shot(window, out, f"{name}-02-backlog-more-filters-banner", problems)
    table = backlog.records.table
    rows = fit.visible_rect(table.viewport()).height() / table.verticalHeader().defaultSectionSize()
    print(f"{name}: nav {window.nav.width()} px, table rows visible {rows:.1f}")
    backlog.records.search_bar.more.setChecked(False)
    backlog.records.table.selectRow(2)
    backlog.records._say(
        backlog.records.tr("↶ Undone {action}: %Ln record(s) put back.", "", 3).format(action="#7"),
        lasting=False,
    )
    settle(app, 600)
    shot(window, out, f"{name}-03-backlog-usual-filters", problems)
    rows = fit.visible_rect(table.viewport()).height() / table.verticalHeader().defaultSectionSize()
    print(f"{name}: usual filters, banner: table rows visible {rows:.1f}")
    snapshots = home.parent / "snapshots"
    snapshots.mkdir(exist_ok=True)
    for index, (value, expiry) in enumerate((("10.00", "2026-12-31"), ("-1234.50", "2027-02-28"))):
        path = snapshots / f"snap{index}.csv"
        path.write_text(
            "Account,Balance Type,Bucket,Value,Currency,Expiry\n"
            f"A1,General Cash,b1,{value},EUR,{expiry}\n"
        )
        backlog.balances.import_snapshot(path)
    backlog.tabs.setCurrentIndex(2)
    settle(app, 600)
    shot(window, out, f"{name}-04-negative-balances", problems)
    # a notice queued and sending (the short form), then a long send summary in its place
    incidents._queued("OK-2026-0001", 12)
    incidents._sending = window.statusBar().currentMessage()
    settle(app, 300)
    shot(window, out, f"{name}-05-status-queued", problems)
    incidents._sent(LONG_SEND, False)
    settle(app, 300)
    shot(window, out, f"{name}-06-status-send-summary", problems)
    print(f"{name}: status bar says {window.statusBar().currentMessage()!r}")
    print("\n".join(problems) or "every shot fits the screen")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
