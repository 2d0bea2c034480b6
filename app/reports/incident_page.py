"""The incident report as a manager reads it: a summary in plain words at the top, the
procedure's figures, a timeline chart, then every notice with its delivery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.audit import anchor_line
from app.backlog.model import STATUS_LABELS
from app.i18n import Msg
from app.incidents.model import KIND_LABELS
from app.reports import charts
from app.reports.document import ReportDocument, notice_table
from app.reports.incident import (
    KEPT,
    LATE,
    MISSED,
    ON_TIME,
    PENDING,
    IncidentFigures,
    IncidentReader,
    NoticeRecord,
)
from app.reports.render import render_page
from app.reports.wording import clock, plural, span, stamp
from app.store import db


def incident_document(figures: IncidentFigures, *, anchor: str = "") -> ReportDocument:
    incident = figures.incident
    title = Msg.tr("Incident report {reference}").format(reference=incident.reference)
    html = render_page(
        "incident.html.j2",
        title=title,
        f=figures,
        summary=summary(figures),
        facts=facts(figures),
        checks=procedure_checks(figures),
        timeline=timeline(figures),
        legend=legend(figures),
        backlog=backlog_lines(figures),
        stamp=stamp,
        clock=lambda moment: clock(moment, since=incident.detected_at),
        span=span,
        anchor=anchor,
    )
    return ReportDocument(
        kind="incident",
        title=title,
        about=incident.reference,
        html=html,
        table=notice_table(
            Msg.tr("Notices of {reference}").format(reference=incident.reference), [figures]
        ),
        anchor=anchor,
    )


def incident_report(conn: db.Connection, reference: str, *, actor: str) -> ReportDocument:
    figures = IncidentReader(conn=conn, actor=actor).figures(reference)
    return incident_document(figures, anchor=anchor_line(conn))


def summary(f: IncidentFigures) -> list[str]:
    """The night in a few sentences, for a manager who was asleep."""
    incident = f.incident
    at = _clock(f)
    kind = "an unplanned outage" if incident.kind == "disaster" else "planned work"
    lines = [f"{incident.title}: {kind} affecting {', '.join(f.services) or 'no named service'}."]
    lines.append(_course(f))
    lines.append(_first_notice_sentence(f))
    lines.append(_promises_sentence(f))
    final = f.final
    closing = "resolution" if incident.kind == "disaster" else "completion"
    if final is not None:
        lines.append(
            f"The {final.label.lower()} notice went out at {at(final.out_at or final.queued_at)}."
            if final.out_at
            else f"The {final.label.lower()} notice was queued at {at(final.queued_at)} "
            "but has not gone out."
        )
    else:
        lines.append(f"No {closing} notice yet: the incident cannot be closed without one.")
    lines.append(_delivery_sentence(f))
    if f.backlog:
        changed = sum(a.changed for a in f.backlog)
        lines.append(
            f"{plural(len(f.backlog), 'backlog decision')} taken meanwhile "
            f"({plural(changed, 'record')} changed)."
        )
    return lines


def _clock(f: IncidentFigures) -> Callable[[datetime | None], str]:
    return lambda moment: clock(moment, since=f.incident.detected_at)


def _course(f: IncidentFigures) -> str:
    incident = f.incident
    at = _clock(f)
    if incident.kind == "downtime":
        text = f"The work was planned from {at(incident.window_start)} to {at(incident.window_end)}"
        if f.end is not None:
            return (
                text + f"; its {f.final.label.lower() if f.final else 'end'} came at {at(f.end)}."
            )
        return text + "; it is not finished yet."
    text = f"Detected at {stamp(incident.detected_at)}"
    if f.end is not None:
        return text + f"; over at {at(f.end)}, after {span(f.duration)}."
    return text + f"; still open at {at(f.generated_at)} ({span(f.generated_at - f.start)} so far)."


def _first_notice_sentence(f: IncidentFigures) -> str:
    first = f.first
    at = _clock(f)
    if not first.applies:
        if first.at is None:
            if first.verdict == LATE:
                return f"The work began at {at(f.start)} and partners have not been told: {LATE}."
            return "Partners have not been told about the work yet."
        if first.at <= f.start:
            return (
                f"Partners were first told at {at(first.at)}, {span(f.start - first.at)} "
                "before the work began."
            )
        return (
            f"Partners were first told at {at(first.at)}, {span(first.delay)} after the work "
            f"began: {LATE}."
        )
    rule = f"the rule is within {first.allowed_minutes} min of detection"
    if first.at is not None:
        return (
            f"Partners were first told at {at(first.at)}, {span(first.delay)} after detection: "
            f"{first.verdict} ({rule})."
        )
    if first.verdict == LATE:
        return (
            f"No partner had been told by the deadline {at(first.deadline)}: {LATE} "
            f"({rule}; {span(first.delay)} since detection)."
        )
    return f"Partners must be told by {at(first.deadline)} ({rule}); nothing has gone out yet."


def _promises_sentence(f: IncidentFigures) -> str:
    if not f.promises:
        return "No update time was promised."
    at = _clock(f)
    text = (
        f"{plural(len(f.promises), 'update time')} promised: {f.kept} {KEPT}, {f.missed} {MISSED}"
    )
    pending = sum(p.verdict == PENDING for p in f.promises)
    if pending:
        text += f", {pending} not due yet"
    missed = [p for p in f.promises if p.verdict == MISSED]
    if missed:
        details = []
        for p in missed:
            if p.answered_at is not None:
                details.append(
                    f"notice #{p.answered_by} came at {at(p.answered_at)}, "
                    f"{span(p.late_by)} after the promised {at(p.due)}"
                )
            else:
                details.append(f"nothing came by the promised {at(p.due)}")
        text += " (" + "; ".join(details) + ")"
    return text + "."


def _delivery_sentence(f: IncidentFigures) -> str:
    messages = f.messages
    if not messages:
        return "No message has been queued to partners."
    contacts = len({(n.organisation, n.name) for n in messages})
    states = f.states
    parts = [f"{states['sent']} delivered"]
    for state, words in (
        ("failed", "failed"),
        ("uncertain", "uncertain (to be settled)"),
        ("handed-off", "handed to webmail or a mail client"),
        ("queued", "still queued"),
        ("sending", "being sent"),
    ):
        if states[state]:
            parts.append(f"{states[state]} {words}")
    paths = ", ".join(f"{p} {c}" for p, c in sorted(f.paths.items()))
    text = (
        f"{plural(len(messages), 'message')} to {plural(contacts, 'contact')}: {', '.join(parts)}."
    )
    return text + (f" Paths used: {paths}." if paths else "")


def facts(f: IncidentFigures) -> list[tuple[str, str]]:
    incident = f.incident
    rows = [
        ("Reference", incident.reference),
        ("Kind", KIND_LABELS.get(incident.kind, incident.kind)),
        ("Title", incident.title),
        ("Services", ", ".join(f.services)),
        ("Partner groups", ", ".join(f.groups) or "—"),
        ("Detected", stamp(incident.detected_at)),
    ]
    if incident.kind == "downtime":
        rows.append(
            ("Planned window", f"{stamp(incident.window_start)} – {stamp(incident.window_end)}")
        )
    rows += [
        ("Ended", stamp(f.end) if f.end else "not yet"),
        (
            "Duration",
            _duration_text(f),
        ),
        ("State", "closed " + stamp(incident.closed_at) if incident.closed_at else "open"),
        ("Report made", stamp(f.generated_at)),
    ]
    return rows


def _duration_text(f: IncidentFigures) -> str:
    if f.duration is not None:
        return span(f.duration)
    if f.generated_at < f.start:
        return "not begun yet"
    return f"{span(f.generated_at - f.start)} so far"


def procedure_checks(f: IncidentFigures) -> list[tuple[str, str, str, str]]:
    """(check, what happened, verdict, colour) rows of the procedure table."""
    at = _clock(f)
    first = f.first
    rows: list[tuple[str, str, str, str]] = []
    if first.applies:
        happened = (
            f"out at {at(first.at)}, {span(first.delay)} after detection"
            if first.at
            else f"nothing out; deadline {at(first.deadline)}"
        )
        rows.append(
            (
                f"First notice within {first.allowed_minutes} min of detection",
                happened,
                first.verdict,
                _colour(first.verdict),
            )
        )
    else:
        happened = f"out at {at(first.at)}" if first.at else "not told yet"
        rows.append(
            (
                f"Partners told before the work began ({at(first.deadline)})",
                happened,
                first.verdict,
                _colour(first.verdict),
            )
        )
    for p in f.promises:
        if p.answered_at is not None:
            happened = f"notice #{p.answered_by} out at {at(p.answered_at)}"
            if p.late_by:
                happened += f" ({span(p.late_by)} late)"
        else:
            happened = "no notice out yet"
        rows.append(
            (
                f"Notice #{p.number} promised an update by {at(p.due)}",
                happened,
                p.verdict,
                _colour(p.verdict),
            )
        )
    final = f.final
    closing = "Resolution" if f.incident.kind == "disaster" else "Completion (or cancellation)"
    rows.append(
        (
            f"{closing} notice",
            f"#{final.number} out at {at(final.out_at)}"
            if final and final.out_at
            else ("queued, not out" if final else "none"),
            "PRESENT" if final else "MISSING",
            charts.GOOD if final else charts.BAD,
        )
    )
    return rows


def _colour(verdict: str) -> str:
    return {ON_TIME: charts.GOOD, KEPT: charts.GOOD, LATE: charts.BAD, MISSED: charts.BAD}.get(
        verdict, ""
    )


def timeline(f: IncidentFigures) -> charts.Timeline:
    incident = f.incident
    moments: list[datetime] = [f.start, incident.detected_at, f.window_end]
    moments += [n.queued_at for n in f.notices] + [n.out_at for n in f.notices if n.out_at]
    moments += [p.due for p in f.promises]
    if incident.window_end:
        moments.append(incident.window_end)
    scale = charts.TimeScale(min(moments), max(moments))
    rows: list[charts.ChartRow] = []
    if incident.kind == "disaster":
        rows.append(scale.row("Outage", [(incident.detected_at, f.window_end, charts.OUTAGE)]))
        deadline = f.first.deadline
        rows.append(
            scale.row(
                f"Notify within {f.first.allowed_minutes} min",
                [(incident.detected_at, deadline, charts.DEADLINE)],
            )
        )
    else:
        start = incident.window_start or incident.detected_at
        rows.append(
            scale.row(
                "Planned window", [(start, incident.window_end or f.window_end, charts.PLANNED)]
            )
        )
    verdicts = {p.answered_by: p.verdict for p in f.promises if p.answered_by}
    for record in f.notices:
        rows.append(_notice_row(scale, f, record, verdicts.get(record.number)))
    return charts.Timeline(rows, scale.ticks())


def legend(f: IncidentFigures) -> list[tuple[str, str]]:
    first = (
        [(charts.OUTAGE, "outage"), (charts.DEADLINE, "time allowed for the first notice")]
        if f.incident.kind == "disaster"
        else [(charts.PLANNED, "planned window")]
    )
    return [
        *first,
        (charts.GOOD, "notice on time"),
        (charts.BAD, "notice late"),
        (charts.WAITING, "queued, not out"),
        (charts.PROMISE, "promised time to the next update"),
    ]


def _notice_row(
    scale: charts.TimeScale, f: IncidentFigures, record: NoticeRecord, answered: str | None
) -> charts.ChartRow:
    verdict = f.first.verdict if record.number == 1 else answered
    moment = record.out_at or record.queued_at
    # a notice still queued gets no verdict yet
    colour = charts.WAITING if record.out_at is None else _colour(verdict or "") or charts.BAR
    spans = [(moment, moment, colour)]
    if record.notice.next_update is not None:
        spans.append((moment, record.notice.next_update, charts.PROMISE))
    return scale.row(f"#{record.number} {record.label}", spans)


def backlog_lines(f: IncidentFigures) -> list[tuple[str, str, str, str, int]]:
    """(time, who, decision, note, records changed)."""
    at = _clock(f)
    lines = []
    for action in f.backlog:
        moment = datetime.fromisoformat(action.at.replace("Z", "+00:00"))
        what = (
            f"undo of decision {action.undo_of}"
            if action.undo_of is not None
            else STATUS_LABELS.get(action.to_status or "", action.to_status or "")
        )
        lines.append((at(moment), action.actor, what, action.note, action.changed))
    return lines
