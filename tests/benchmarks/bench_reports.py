"""Issue 7 figures: the incident report of a big incident (2,000 partners, three notices,
every message sent) — reading its figures, rendering, writing the PDF — and a period report
over 60 incidents, each against reading the same rows with bare SELECTs in the same run."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.incidents.service import IncidentService
from app.reports.incident import IncidentReader
from app.reports.incident_page import incident_document
from app.reports.period import gather_period, period_document
from app.store import db
from tests.benchmarks import Figure
from tests.benchmarks.bench_notices import _fields, directory_kit
from tests.support.wall_clock import gone

RUNS = 3
SMALL_INCIDENTS = 60
SMALL_AUDIENCE = 100


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        kit, service = directory_kit(Path(folder))
        store = kit.store
        big = _incident(service, "Big outage", None)
        _mark_sent(store.conn)
        figures = _incident_figures(store.conn, big, Path(folder))
        small = [_incident(service, f"Small {n}", SMALL_AUDIENCE) for n in range(SMALL_INCIDENTS)]
        _mark_sent(store.conn)
        figures += _period_figures(store.conn, [big, *small])
        store.close()
    return figures


def _incident(service: IncidentService, title: str, audience: int | None) -> str:
    incident = service.create("disaster", title, ["platform"])
    recipients = service.proposed_audience(incident)[:audience] if audience else None
    service.notify(incident, "initial", _fields(), recipients=recipients)
    later = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    update = {"progress": "Nodes back", "next_update": later}
    service.notify(incident, "update", update, recipients=recipients)
    resolved = {"resolved_at": gone("04:00"), "summary": "Fixed"}
    service.notify(incident, "resolved", resolved, recipients=recipients)
    return incident.reference


def _mark_sent(conn: db.Connection) -> None:
    """Setup, untimed: every queued message delivered over one path, with its attempt."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO outbox_attempts (message, at, path, outcome, reply) "
        "SELECT id, ?, 'relay', 'sent', '250 OK' FROM outbox WHERE state = 'queued'",
        (stamp,),
    )
    conn.execute(
        "UPDATE outbox SET state = 'sent', path = 'relay', attempts = 1 WHERE state = 'queued'"
    )
    conn.execute("COMMIT")


def profile() -> None:
    """`python -c 'from tests.benchmarks.bench_reports import profile; profile()'`"""
    import cProfile
    import pstats

    with tempfile.TemporaryDirectory() as folder:
        kit, service = directory_kit(Path(folder))
        store = kit.store
        big = _incident(service, "Big outage", None)
        _mark_sent(store.conn)
        reader = IncidentReader(conn=store.conn, actor="bench")
        with cProfile.Profile() as prof:
            reader.figures(big)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        store.close()


def _median_ms(work: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def _raw_read(conn: db.Connection, references: list[str]) -> None:
    """The rows a report must read, with bare SELECTs: notices, audiences, texts, outbox
    messages and their attempts."""
    for reference in references:
        (incident_id,) = conn.execute(
            "SELECT id FROM incidents WHERE reference = ?", (reference,)
        ).fetchone()
        notices = conn.execute(
            "SELECT * FROM notices WHERE incident_id = ?", (incident_id,)
        ).fetchall()
        for notice in notices:
            conn.execute(
                "SELECT * FROM notice_audience WHERE notice_id = ?", (notice[0],)
            ).fetchall()
            conn.execute("SELECT * FROM notice_texts WHERE notice_id = ?", (notice[0],)).fetchall()
        conn.execute("SELECT * FROM outbox WHERE incident_ref = ?", (reference,)).fetchall()
        conn.execute(
            "SELECT a.* FROM outbox_attempts a JOIN outbox o ON o.id = a.message "
            "WHERE o.incident_ref = ?",
            (reference,),
        ).fetchall()


def _incident_figures(conn: db.Connection, reference: str, folder: Path) -> list[Figure]:
    reader = IncidentReader(conn=conn, actor="bench")
    gathered = _median_ms(lambda: reader.figures(reference))
    baseline = _median_ms(lambda: _raw_read(conn, [reference]))
    figures = reader.figures(reference)
    rendered = _median_ms(lambda: incident_document(figures))
    document = incident_document(figures)
    from app.ui.pdf import write_pdf  # Qt only for the PDF figure

    out = folder / "big.pdf"
    pdf = _median_ms(lambda: write_pdf(document.html, out, title=document.title), runs=1)
    messages = len(figures.messages)
    return [
        Figure(
            f"incident report figures, 3 notices / {messages} messages",
            gathered,
            "ms",
            baseline=baseline,
        ),
        Figure("  incident report HTML + CSV rows from the figures", rendered, "ms"),
        Figure(
            f"  incident report PDF ({len(document.html) // 1024} KiB HTML)",
            pdf,
            "ms",
            goal="under 5000 ms",
        ),
    ]


def _period_figures(conn: db.Connection, references: list[str]) -> list[Figure]:
    today = datetime.now().date()

    def report() -> None:
        period_document(gather_period(conn, today, today, actor="bench"))

    made = _median_ms(report)
    baseline = _median_ms(lambda: _raw_read(conn, references))
    return [
        Figure(
            f"period report, {len(references)} incidents (figures + HTML + CSV)",
            made,
            "ms",
            baseline=baseline,
            goal="under 5000 ms",
        )
    ]
