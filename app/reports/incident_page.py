"""The incident report as a manager reads it: a summary in plain words at the top, the
procedure's figures, a timeline chart, then every notice with its delivery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from app import i18n
from app.audit import anchor_line, machine_anchor_line
from app.backlog.actions import ActionInfo
from app.backlog.model import STATUS_LABELS
from app.i18n import Msg, channel_word
from app.incidents.model import KIND_LABELS, Incident
from app.reports import charts
from app.reports.document import ReportDocument, WorkbookSummary, machine_notice_table
from app.reports.incident import (
    KEPT,
    LATE,
    MISSED,
    NOT_NEEDED,
    ON_TIME,
    PENDING,
    IncidentFigures,
    IncidentReader,
    NoticeRecord,
    delivered_count,
    shown_path,
    state_word,
)
from app.reports.notice_texts import copy_line, version_heading, version_notes, versions_heading
from app.reports.render import Table, render_page
from app.reports.sheets import notice_sheet, texts_sheet
from app.reports.wording import clock, span, stamp, verdict_text
from app.store import db


def incident_document(
    figures: IncidentFigures, *, anchor: str = "", machine_anchor: str = ""
) -> ReportDocument:
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
        lang=i18n.language(),
        L=page_words(),
        word=state_word,
        channel=channel_word,
        shown_path=shown_path,
        stage=stage_text,
        versions_heading=versions_heading,
        version_heading=version_heading,
        version_notes=version_notes,
        copy_line=copy_line,
        told_text=lambda n: Msg.tr("not yet ({told} of {contacts} told)").format(
            told=n.told, contacts=n.audience.contacts
        ),
        more_text=lambda count: Msg.tr(
            "… and {count} more; the Outbox section lists every message."
        ).format(count=count),
        quiet_text=quiet_text(figures),
    )
    return ReportDocument(
        kind="incident",
        title=title,
        about=incident.reference,
        html=html,
        table=machine_notice_table(
            Msg.tr("Notices of {reference}").format(reference=incident.reference), [figures]
        ),
        anchor=anchor,
        machine_anchor=machine_anchor,
        summary=lambda: incident_workbook(figures),
        sheets=lambda: (notice_sheet([figures]), texts_sheet([figures])),
    )


def quiet_text(f: IncidentFigures) -> str:
    return Msg.tr("No backlog decision was taken between {start} and {end}.").format(
        start=clock(f.start, since=f.incident.detected_at),
        end=clock(f.window_end, since=f.incident.detected_at),
    )


def page_words() -> dict[str, str]:
    """The headings and labels of templates/reports/incident.html.j2 in the kit's language."""
    return {
        "made": Msg.tr("made"),
        "in_short": Msg.tr("In short"),
        "procedure": Msg.tr("Procedure"),
        "rule": Msg.tr("Rule"),
        "happened": Msg.tr("What happened"),
        "verdict": Msg.tr("Verdict"),
        "timeline": Msg.tr("Timeline"),
        "facts": Msg.tr("Facts"),
        "notices": Msg.tr("Notices"),
        "no_notice": Msg.tr("No notice has been queued for this incident."),
        "not_every": Msg.tr("(not every partner told)"),
        "queued": Msg.tr("Queued"),
        "first_out": Msg.tr("First out"),
        "nothing_out": Msg.tr("no partner has it yet"),
        "every_told": Msg.tr("Every partner told"),
        "promised_by": Msg.tr("Next update promised by"),
        "audience": Msg.tr("Audience"),
        "delivery": Msg.tr("Delivery"),
        "paths": Msg.tr("paths"),
        "subject": Msg.tr("Subject"),
        "not_delivered": Msg.tr("Not delivered"),
        "organisation": Msg.tr("Organisation"),
        "contact": Msg.tr("Contact"),
        "via": Msg.tr("Via"),
        "state": Msg.tr("State"),
        "path": Msg.tr("Path"),
        "tries": Msg.tr("Tries"),
        "last_reply": Msg.tr("Last reply"),
        "backlog": Msg.tr("Backlog decisions during the incident"),
        "time": Msg.tr("Time"),
        "by": Msg.tr("By"),
        "decision": Msg.tr("Decision"),
        "note": Msg.tr("Note"),
        "records": Msg.tr("Records"),
        "not_begun": Msg.tr("The incident has not begun yet."),
    }


def incident_report(conn: db.Connection, reference: str, *, actor: str) -> ReportDocument:
    figures = IncidentReader(conn=conn, actor=actor).figures(reference)
    return incident_document(
        figures, anchor=anchor_line(conn), machine_anchor=machine_anchor_line(conn)
    )


def stage_text(record: NoticeRecord) -> str:
    """A notice's stage ("Initial notice") in the kit's language."""
    return i18n.translate("Labels", record.label)


def summary(f: IncidentFigures) -> list[str]:
    """The night in a few sentences, for a manager who was asleep."""
    incident = f.incident
    at = _clock(f)
    services = ", ".join(f.services) or Msg.tr("no named service")
    if incident.kind == "disaster":
        opening = Msg.tr("{title}: an unplanned outage affecting {services}.")
    else:
        opening = Msg.tr("{title}: planned work affecting {services}.")
    lines = [opening.format(title=f.title or incident.title, services=services)]
    if incident.withdrawn:
        # opened by mistake: no clock ran, nothing was due (README: withdrawn)
        return [
            withdrawn_sentence(f),
            *lines,
            Msg.tr("Detected at {at}").format(at=stamp(incident.detected_at)) + ".",
        ]
    lines.append(_course(f))
    lines.append(_first_notice_sentence(f))
    lines.append(_promises_sentence(f))
    final = f.final
    if final is not None:
        stage = stage_text(final).lower()
        lines.append(
            Msg.tr("The {stage} notice went out at {at}.").format(stage=stage, at=at(final.out_at))
            if final.out_at
            else Msg.tr("The {stage} notice was queued at {at} but has not gone out.").format(
                stage=stage, at=at(final.queued_at)
            )
        )
    elif incident.kind == "disaster":
        lines.append(Msg.tr("No resolution notice yet: the incident cannot be closed without one."))
    else:
        lines.append(Msg.tr("No completion notice yet: the incident cannot be closed without one."))
    lines.append(_delivery_sentence(f))
    if f.backlog:
        lines.append(backlog_sentence(f))
    return lines


def opened_label(incident: Incident) -> str:
    """An outage is detected; planned work is opened (planned) ahead of its window."""
    return Msg.tr("Detected") if incident.kind == "disaster" else Msg.tr("Opened")


def withdrawn_sentence(f: IncidentFigures) -> str:
    return Msg.tr("Withdrawn at {at}: {reason} — opened by mistake, nothing to notify.").format(
        at=stamp(f.incident.closed_at), reason=f.incident.withdrawn_reason or ""
    )


def backlog_sentence(f: IncidentFigures) -> str:
    """Decisions taken, those undone, and the records changed net: a cleanse and its undo
    are two entries in the list, and no change at all."""
    taken = f.backlog_taken
    undone = sum(a.id in f.undone_ids for a in taken)
    text = Msg.tr("%n backlog decision(s) taken meanwhile", "", len(taken))
    if undone:
        text += Msg.tr(", %n of them undone", "", undone)
    return text + Msg.tr("; in the end %n record(s) changed status.", "", f.backlog_net)


def _clock(f: IncidentFigures) -> Callable[[datetime | None], str]:
    return lambda moment: clock(moment, since=f.incident.detected_at)


def _course(f: IncidentFigures) -> str:
    incident = f.incident
    at = _clock(f)
    if incident.kind == "downtime":
        text = Msg.tr("The work was planned from {start} to {end}").format(
            start=at(incident.window_start), end=at(incident.window_end)
        )
        if f.end is not None:
            if f.final is None:
                return text + Msg.tr("; its end came at {at}.").format(at=at(f.end))
            return text + Msg.tr("; its {stage} came at {at}.").format(
                stage=stage_text(f.final).lower(), at=at(f.end)
            )
        if f.start > f.generated_at:
            return text + Msg.tr("; it has not begun yet.")
        return text + Msg.tr("; it is not finished yet.")
    text = Msg.tr("Detected at {at}").format(at=stamp(incident.detected_at))
    if f.end is not None and f.duration is not None and _told_apart(f):
        # the end partners were told (every figure reads it), and when the notice went out
        return text + Msg.tr(
            "; over at {told} as partners were told, after {span}; the notice saying so went "
            "out at {at}."
        ).format(told=at(f.outage_end), at=at(f.end), span=span(f.duration))
    if f.end is not None and f.duration is not None:
        return text + Msg.tr("; over at {at}, after {span}.").format(
            at=at(f.outage_end), span=span(f.duration)
        )
    return text + Msg.tr("; still open at {at} ({span} so far).").format(
        at=at(f.generated_at), span=span(f.generated_at - f.start)
    )


def _first_notice_sentence(f: IncidentFigures) -> str:
    first = f.first
    at = _clock(f)
    late = verdict_text(LATE)
    if not first.applies:
        if first.at is None:
            if first.verdict == LATE:
                return Msg.tr(
                    "The work began at {at} and partners have not been told: {late}."
                ).format(at=at(f.start), late=late)
            return Msg.tr("Partners have not been told about the work yet.")
        if first.at <= f.start:
            said = (
                Msg.tr("Partners were first told at {at}, {span} before the work began.")
                if f.start <= f.generated_at
                else Msg.tr(
                    "Partners were first told at {at}, {span} before the work is due to begin."
                )
            )
            return said.format(at=at(first.at), span=span(f.start - first.at))
        return Msg.tr(
            "Partners were first told at {at}, {span} after the work began: {late}."
        ).format(at=at(first.at), span=span(first.delay), late=late)
    rule = Msg.tr("the rule is within {minutes} min of detection").format(
        minutes=first.allowed_minutes
    )
    if first.at is not None:
        return Msg.tr(
            "Partners were first told at {at}, {span} after detection: {verdict} ({rule})."
        ).format(
            at=at(first.at), span=span(first.delay), verdict=verdict_text(first.verdict), rule=rule
        )
    if first.verdict == LATE:
        return Msg.tr(
            "No partner had been told by the deadline {at}: {late} "
            "({rule}; {span} since detection)."
        ).format(at=at(first.deadline), late=late, rule=rule, span=span(first.delay))
    return Msg.tr("Partners must be told by {at} ({rule}); no partner has it yet.").format(
        at=at(first.deadline), rule=rule
    )


def _promises_sentence(f: IncidentFigures) -> str:
    if not f.promises:
        return Msg.tr("No update time was promised.")
    at = _clock(f)
    text = Msg.tr("%n update time(s) promised", "", len(f.promises)) + Msg.tr(
        ": {kept} {KEPT}, {missed} {MISSED}"
    ).format(kept=f.kept, KEPT=verdict_text(KEPT), missed=f.missed, MISSED=verdict_text(MISSED))
    pending = sum(p.verdict == PENDING for p in f.promises)
    if pending:
        text += Msg.tr(", {count} not due yet").format(count=pending)
    missed = [p for p in f.promises if p.verdict == MISSED]
    if missed:
        details = []
        for p in missed:
            if p.answered_at is not None:
                details.append(
                    Msg.tr("notice #{number} came at {at}, {span} after the promised {due}").format(
                        number=p.answered_by,
                        at=at(p.answered_at),
                        span=span(p.late_by),
                        due=at(p.due),
                    )
                )
            else:
                details.append(Msg.tr("nothing came by the promised {due}").format(due=at(p.due)))
        text += " (" + "; ".join(details) + ")"
    return text + "."


def _delivery_sentence(f: IncidentFigures) -> str:
    messages = f.messages
    if not messages:
        return Msg.tr("No message has been queued to partners.")
    contacts = len({(n.organisation, n.name) for n in messages})
    states = f.states
    parts = [Msg.tr("{count} delivered").format(count=delivered_count(states))]
    for state, words in (
        ("failed", Msg.tr("{count} failed")),
        ("uncertain", Msg.tr("{count} uncertain (to be settled)")),
        # not told: an .eml file or a webmail draft until the officer confirms it was sent
        (
            "handed-off",
            Msg.tr("{count} handed off, not confirmed sent (settle them in the Outbox)"),
        ),
        ("queued", Msg.tr("{count} still queued")),
        ("sending", Msg.tr("{count} being sent")),
    ):
        if states[state]:
            parts.append(words.format(count=states[state]))
    paths = ", ".join(f"{shown_path(p)} {c}" for p, c in sorted(f.paths.items()))
    text = (
        Msg.tr("%n message(s) to ", "", len(messages))
        + Msg.tr("%n contact(s): ", "", contacts)
        + ", ".join(parts)
        + "."
    )
    return text + (Msg.tr(" Paths used: {paths}.").format(paths=paths) if paths else "")


def facts(f: IncidentFigures) -> list[tuple[str, str]]:
    incident = f.incident
    rows = [
        (Msg.tr("Reference"), incident.reference),
        (Msg.tr("Kind"), i18n.translate("Labels", KIND_LABELS.get(incident.kind, incident.kind))),
        (Msg.tr("Title"), f.title or incident.title),
        (Msg.tr("Services"), ", ".join(f.services)),
        (Msg.tr("Partner groups"), ", ".join(f.groups) or "—"),
        (opened_label(incident), stamp(incident.detected_at)),
    ]
    if incident.kind == "downtime":
        rows.append(
            (
                Msg.tr("Planned window"),
                f"{stamp(incident.window_start)} – {stamp(incident.window_end)}",
            )
        )
    closed = (
        Msg.tr("closed {at}").format(at=stamp(incident.closed_at))
        if incident.closed_at
        else Msg.tr("open")
    )
    if incident.withdrawn:
        closed = Msg.tr("withdrawn {at}: {reason}").format(
            at=stamp(incident.closed_at), reason=incident.withdrawn_reason
        )
    rows.append((Msg.tr("Ended"), _ended_text(f)))
    final = f.final
    if final is not None:
        rows.append((_final_label(final), _final_out_text(final)))
    rows += [
        (Msg.tr("Duration"), _duration_text(f)),
        (Msg.tr("State"), closed),
        (Msg.tr("Report made"), stamp(f.generated_at)),
    ]
    return rows


MINUTE = timedelta(minutes=1)


def _told_apart(f: IncidentFigures) -> bool:
    """The end partners were told differs from when the notice saying so went out (a
    resolution sent at 02:21 saying it was fixed at 00:05)."""
    return f.end is not None and f.told_end is not None and abs(f.end - f.told_end) >= MINUTE


def _ended_text(f: IncidentFigures) -> str:
    """When the outage ended: the end partners were told, said as such when the notice
    went out later (that time is a row of its own)."""
    if f.outage_end is None:
        return Msg.tr("not yet")
    if _told_apart(f):
        return Msg.tr("{told}, as partners were told").format(told=stamp(f.outage_end))
    return stamp(f.outage_end)


def _final_label(final: NoticeRecord) -> str:
    """The row of when the closing notice went out ("Resolution notice out")."""
    return Msg.tr("{stage} notice out").format(stage=stage_text(final))


def _final_out_text(final: NoticeRecord) -> str:
    if final.out_at is not None:
        return stamp(final.out_at)
    return Msg.tr("queued {at}, not gone out yet").format(at=stamp(final.queued_at))


def _duration_text(f: IncidentFigures) -> str:
    if f.duration is not None:
        return span(f.duration)
    if f.generated_at < f.start:
        return Msg.tr("not begun yet")
    return Msg.tr("{span} so far").format(span=span(f.generated_at - f.start))


def procedure_checks(f: IncidentFigures) -> list[tuple[str, str, str, str]]:
    """(check, what happened, verdict, colour) rows of the procedure table."""
    at = _clock(f)
    first = f.first
    rows: list[tuple[str, str, str, str]] = []
    if f.incident.withdrawn:
        return _withdrawn_checks(f)
    if first.applies:
        happened = (
            Msg.tr("out at {at}, {span} after detection").format(
                at=at(first.at), span=span(first.delay)
            )
            if first.at
            else Msg.tr("no partner told yet; deadline {at}").format(at=at(first.deadline))
        )
    else:
        happened = (
            Msg.tr("out at {at}").format(at=at(first.at)) if first.at else Msg.tr("not told yet")
        )
        announcement = f.notices[0] if f.notices else None
        if first.at and announcement is not None and announcement.told_at is None:
            happened += ", " + Msg.tr("not yet ({told} of {contacts} told)").format(
                told=announcement.told, contacts=announcement.audience.contacts
            )
    rows.append((_first_rule(f), happened, verdict_text(first.verdict), _colour(first.verdict)))
    for p in f.promises:
        if p.answered_at is not None:
            happened = Msg.tr("notice #{number} out at {at}").format(
                number=p.answered_by, at=at(p.answered_at)
            )
            if p.late_by:
                happened += Msg.tr(" ({span} late)").format(span=span(p.late_by))
        else:
            happened = Msg.tr("no notice out yet")
        rows.append(
            (
                Msg.tr("Notice #{number} promised an update by {due}").format(
                    number=p.number, due=at(p.due)
                ),
                happened,
                verdict_text(p.verdict),
                _colour(p.verdict),
            )
        )
    final = f.final
    if final and final.out_at:
        happened = Msg.tr("#{number} out at {at}").format(number=final.number, at=at(final.out_at))
    else:
        happened = Msg.tr("queued, not out") if final else Msg.tr("none")
    rows.append((_closing_rule(f), happened, *_closing_verdict(f)))
    return rows


def _withdrawn_checks(f: IncidentFigures) -> list[tuple[str, str, str, str]]:
    """A withdrawn incident: no rule applied, nothing went out (`withdraw` refuses once
    anything has)."""
    said = verdict_text(NOT_NEEDED)
    return [
        (_first_rule(f), Msg.tr("none"), said, ""),
        (_closing_rule(f), Msg.tr("none"), said, ""),
    ]


def _first_rule(f: IncidentFigures) -> str:
    """The first-notice rule as the procedure table names it."""
    first = f.first
    if first.applies:
        return Msg.tr("First notice within {minutes} min of detection").format(
            minutes=first.allowed_minutes
        )
    return Msg.tr("Partners told before the work began ({at})").format(at=_clock(f)(first.deadline))


def _closing_rule(f: IncidentFigures) -> str:
    if f.incident.kind == "disaster":
        return Msg.tr("Resolution notice")
    return Msg.tr("Completion (or cancellation) notice")


def _closing_verdict(f: IncidentFigures) -> tuple[str, str]:
    """PRESENT; while the incident is open it is not due yet (neutral); MISSING only once it
    was closed without one (a withdrawn incident never needed one)."""
    if f.final:
        return Msg.tr("PRESENT"), charts.GOOD
    if f.incident.is_open:
        return verdict_text(PENDING), ""
    if f.incident.withdrawn:
        return Msg.tr("not needed (withdrawn)"), ""
    return Msg.tr("MISSING"), charts.BAD


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
        rows.append(
            # to the end partners were told, as Ended and Duration say
            scale.row(
                Msg.tr("Outage"),
                [(incident.detected_at, f.outage_end or f.window_end, charts.OUTAGE)],
            )
        )
        deadline = f.first.deadline
        rows.append(
            scale.row(
                Msg.tr("Notify within {minutes} min").format(minutes=f.first.allowed_minutes),
                [(incident.detected_at, deadline, charts.DEADLINE)],
            )
        )
    else:
        start = incident.window_start or incident.detected_at
        rows.append(
            scale.row(
                Msg.tr("Planned window"),
                [(start, incident.window_end or f.window_end, charts.PLANNED)],
            )
        )
    verdicts = {p.answered_by: p.verdict for p in f.promises if p.answered_by}
    for record in f.notices:
        rows.append(_notice_row(scale, f, record, verdicts.get(record.number)))
    return charts.Timeline(rows, scale.ticks())


def legend(f: IncidentFigures) -> list[tuple[str, str]]:
    first = (
        [
            (charts.OUTAGE, Msg.tr("outage")),
            (charts.DEADLINE, Msg.tr("time allowed for the first notice")),
        ]
        if f.incident.kind == "disaster"
        else [(charts.PLANNED, Msg.tr("planned window"))]
    )
    return [
        *first,
        (charts.GOOD, Msg.tr("notice on time")),
        (charts.BAD, Msg.tr("notice late")),
        (charts.WAITING, Msg.tr("queued, not out")),
        (charts.PROMISE, Msg.tr("promised time to the next update")),
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
    return scale.row(f"#{record.number} {stage_text(record)}", spans)


def backlog_lines(f: IncidentFigures) -> list[tuple[str, str, str, str, int]]:
    """(time, who, decision, note, records changed)."""
    at = _clock(f)
    return [(at(_moment(a)), a.actor, _decision(f, a), a.note, a.changed) for a in f.backlog]


def _moment(action: ActionInfo) -> datetime:
    return datetime.fromisoformat(action.at.replace("Z", "+00:00"))


def _decision(f: IncidentFigures, action: ActionInfo) -> str:
    what = (
        Msg.tr("undo of decision {number}").format(number=action.undo_of)
        if action.undo_of is not None
        else i18n.translate(
            "Labels", STATUS_LABELS.get(action.to_status or "", action.to_status or "")
        )
    )
    if action.id in f.undone_ids:
        return Msg.tr("{decision} (undone)").format(decision=what)
    return what


def _state_word(status: str) -> str:
    """'open', 'closed' or 'withdrawn' (the workbook's State) in the report's language."""
    words = {"open": Msg.tr("open"), "closed": Msg.tr("closed"), "withdrawn": Msg.tr("withdrawn")}
    return words.get(status, status)


def incident_workbook(f: IncidentFigures) -> WorkbookSummary:
    """The workbook's Summary sheet: the PDF's facts and figures as typed cells (times as
    dates, counts and minutes as numbers), its summary in words, the procedure's verdicts
    and the backlog decisions taken meanwhile."""
    incident = f.incident
    facts: list[tuple[str, object]] = [
        (Msg.tr("Reference"), incident.reference),
        (Msg.tr("Kind"), i18n.translate("Labels", KIND_LABELS.get(incident.kind, incident.kind))),
        (Msg.tr("Title"), f.title or incident.title),
        (Msg.tr("Services"), ", ".join(f.services)),
        (Msg.tr("Partner groups"), ", ".join(f.groups)),
        (opened_label(incident), incident.detected_at),
    ]
    if incident.kind == "downtime":
        facts += [
            (Msg.tr("Window start"), incident.window_start),
            (Msg.tr("Window end"), incident.window_end),
        ]
    length = f.duration if f.duration is not None else f.generated_at - f.start
    facts.append((Msg.tr("Ended"), f.outage_end or Msg.tr("not yet")))
    final = f.final
    if final is not None:
        facts.append((_final_label(final), final.out_at or Msg.tr("not yet")))
    facts += [
        (Msg.tr("Duration (minutes)"), max(0, round(length.total_seconds() / 60))),
        (Msg.tr("State"), _state_word(incident.status)),
        (Msg.tr("Report made"), f.generated_at),
        (Msg.tr("Notices"), len(f.notices)),
        (Msg.tr("Messages"), len(f.messages)),
    ]
    facts += [
        (Msg.tr("Messages {state}").format(state=state_word(state)), count)
        for state, count in sorted(f.states.items())
    ]
    taken = f.backlog_taken
    facts += [
        (Msg.tr("Update times promised"), len(f.promises)),
        (Msg.tr("Promises kept"), f.kept),
        (Msg.tr("Promises missed"), f.missed),
        (Msg.tr("Backlog decisions taken"), len(taken)),
        (Msg.tr("Backlog decisions undone"), sum(a.id in f.undone_ids for a in taken)),
        (Msg.tr("Backlog records changed in the end"), f.backlog_net),
    ]
    words = page_words()
    checks = Table(
        words["procedure"],
        [words["rule"], words["happened"], words["verdict"]],
        [[rule, happened, verdict] for rule, happened, verdict, _ in procedure_checks(f)],
    )
    backlog = Table(
        words["backlog"],
        [words["time"], words["by"], words["decision"], words["note"], words["records"]],
        [[_moment(a), a.actor, _decision(f, a), a.note, a.changed] for a in f.backlog],
        numeric=frozenset({4}),
        note="" if f.backlog else quiet_text(f),
    )
    in_short = Table(words["in_short"], (), [[line] for line in summary(f)])
    return WorkbookSummary(facts, [in_short, checks, backlog])
