"""Issue 3 figure: render and queue an initial notice for 2,000 recipients in 4 languages
(e-mail to all, SMS to a quarter), against a bare executemany of the same outbox rows into
the same SQLCipher table in the same run."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.contacts.directory import DirectoryStore
from app.contacts.model import Contact, Directory, Group, Service
from app.incidents.service import IncidentService
from app.kit import Kit
from app.store import db
from tests.benchmarks import Figure, new_kit
from tests.support.wall_clock import gone

RECIPIENTS = 2000
LANGUAGES = ("en", "pl", "pt-BR", "sv")  # sv has no template: English fallback
RUNS = 5
COLUMNS = (
    "message_id, incident_ref, notice_id, channel, recipient, recipient_name, subject, body, "
    "in_reply_to, refs, state, path, attempts, last_reply, created_at, updated_at"
)


def _directory() -> Directory:
    contacts = [
        Contact(
            organisation=f"Partner {n:04}",
            name="Operations",
            email=f"ops{n:04}@partner.example.com",
            phone=f"+4670000{n:04}" if n % 4 == 0 else "",
            language=LANGUAGES[n % len(LANGUAGES)],
            timezone="Europe/Warsaw",
            groups=("everyone",),
            channels=("email", "sms") if n % 4 == 0 else ("email",),
        )
        for n in range(RECIPIENTS)
    ]
    return Directory(
        groups=[Group("everyone", "Everyone")],
        services=[Service("platform", "Whole platform")],
        routing=[("platform", "everyone")],
        contacts=contacts,
    )


def _fields() -> dict[str, str]:
    return {
        "impact": "Partners cannot bill subscriptions.",
        "started": gone("02:00 UTC"),
        "actions": "Restarting the billing nodes.",
        "next_update": (datetime.now(UTC) + timedelta(hours=1)).isoformat(),
    }


def directory_kit(folder: Path) -> tuple[Kit, IncidentService]:
    """A fresh kit holding the benchmark's 2,000-partner directory, and its incidents."""
    kit = new_kit(folder)
    DirectoryStore(conn=kit.store.conn, audit=kit.audit).replace(
        _directory(), origin="local", reason="benchmark"
    )
    return kit, IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        kit, service = directory_kit(Path(folder))
        store = kit.store
        queue_times: list[float] = []
        baseline_times: list[float] = []
        messages = 0
        for n in range(RUNS):
            incident = service.create("disaster", f"Bench {n}", ["platform"])
            started = time.perf_counter()
            queued = service.notify(incident, "initial", _fields())
            queue_times.append(time.perf_counter() - started)
            messages = queued.messages
            baseline_times.append(_baseline(store.conn, incident.reference))
        store.close()
    return [
        Figure(
            f"render + queue initial notice, {RECIPIENTS} recipients / {len(LANGUAGES)} languages",
            statistics.median(queue_times) * 1000,
            "ms",
            baseline=statistics.median(baseline_times) * 1000,
            goal="well under 1000 ms",
        ),
        Figure("  messages queued per notice (e-mail + SMS)", messages, "msgs"),
    ]


def _baseline(conn: db.Connection, reference: str) -> float:
    """The same rows, already rendered, written and committed with one executemany (then
    removed again, untimed)."""
    rows = [
        (f"{r[0][:-1]}.b>", *r[1:])
        for r in conn.execute(f"SELECT {COLUMNS} FROM outbox WHERE incident_ref = ?", (reference,))
    ]
    marks = ", ".join("?" * len(COLUMNS.split(",")))
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO outbox ({COLUMNS}) VALUES ({marks})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.execute("DELETE FROM outbox WHERE message_id GLOB '*.b>'")
    return elapsed
