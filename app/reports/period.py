"""The period report: every incident in a date range with the incident report's figures,
then totals and trends (messages per path, late first notices, missed promises, write-offs
by reason), with charts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app import i18n
from app.audit import anchor_line, machine_anchor_line
from app.backlog.model import money_value
from app.errors import UserError
from app.i18n import Msg, Words
from app.localfmt import datetime_text, day_text, money_text
from app.reports import charts, sources
from app.reports.document import ReportDocument, WorkbookSummary, machine_notice_table
from app.reports.incident import (
    KEPT,
    LATE,
    MISSED,
    IncidentFigures,
    IncidentReader,
    delivered_count,
    shown_path,
)
from app.reports.incident_page import procedure_checks, summary
from app.reports.planned_work import COLUMNS as PLANNED_COLUMNS
from app.reports.planned_work import NUMERIC as PLANNED_NUMERIC
from app.reports.planned_work import PlannedWorkRow, planned_work_rows
from app.reports.render import Table, render_page, units_whole, whole
from app.reports.sheets import notice_sheet, planned_sheet
from app.reports.wording import span, stamp, verdict_text
from app.store import db
from app.timefmt import local_midnight
from app.timefmt import now as clock_now

#: a range longer than this is shown in months, shorter in weeks
WEEKLY_UP_TO_DAYS = 62
Progress = Callable[[int, int], None]


class ReportCancelled(UserError):
    kind = "cancelled"

    def __init__(self) -> None:
        super().__init__(Msg.tr("The report was cancelled; nothing was written."))


@dataclass(frozen=True)
class Trend:
    label: str
    incidents: int
    late_first: int
    promises: int
    missed: int
    messages: int


@dataclass
class PeriodFigures:
    first_day: date
    last_day: date
    generated_at: datetime
    incidents: list[IncidentFigures]
    #: (reason, currency, records, amount in minor units)
    write_offs: list[tuple[str, str, int, int]] = field(default_factory=list)
    #: the audit chain's head when the figures were read (`app.audit.anchor_line`)
    anchor: str = ""
    #: planned work against its plan (announced on time, reminders, overran, completion)
    planned_work: list[PlannedWorkRow] = field(default_factory=list)
    # the same rows in English, for the CSV (other systems read it the same in every language)
    planned_work_keys: list[PlannedWorkRow] = field(default_factory=list)
    machine_anchor: str = ""  # `anchor` in English, for the CSV

    @property
    def label(self) -> str:
        """The period as a program reads it (--json's "about", the audit): ISO days."""
        return f"{self.first_day.isoformat()} – {self.last_day.isoformat()}"

    @property
    def shown_label(self) -> str:
        """The period as the report's reader reads it: 1.03.2026 – 31.03.2026 in Polish."""
        return f"{day_text(self.first_day)} – {day_text(self.last_day)}"

    @property
    def disasters(self) -> list[IncidentFigures]:
        return [f for f in self.incidents if f.incident.kind == "disaster"]

    @property
    def late_first(self) -> int:
        """Outages whose first notice was late (planned work: see `late_announced`)."""
        return sum(f.first.late for f in self.disasters)

    @property
    def planned(self) -> list[IncidentFigures]:
        return [f for f in self.incidents if f.incident.kind != "disaster"]

    @property
    def late_announced(self) -> int:
        """Planned work whose partners were not told before it began."""
        return sum(f.first.late for f in self.planned)

    @property
    def final_not_delivered(self) -> list[IncidentFigures]:
        """A resolution or completion notice exists, but no partner has it yet."""
        return [f for f in self.incidents if f.final is not None and not f.final.delivered]

    @property
    def promises(self) -> int:
        return sum(len(f.promises) for f in self.incidents)

    @property
    def kept(self) -> int:
        return sum(f.kept for f in self.incidents)

    @property
    def missed(self) -> int:
        return sum(f.missed for f in self.incidents)

    @property
    def notices(self) -> int:
        return sum(len(f.notices) for f in self.incidents)

    @property
    def without_final(self) -> list[IncidentFigures]:
        return [f for f in self.incidents if f.final is None]

    @property
    def states(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.incidents:
            total.update(f.states)
        return total

    @property
    def paths(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.incidents:
            total.update(f.paths)
        return total

    def trends(self) -> list[Trend]:
        weekly = (self.last_day - self.first_day).days < WEEKLY_UP_TO_DAYS
        buckets: dict[str, list[IncidentFigures]] = {}
        for key in _bucket_keys(self.first_day, self.last_day, weekly=weekly):
            buckets[key] = []
        for f in self.incidents:
            buckets.setdefault(_bucket(f.start.astimezone().date(), weekly=weekly), []).append(f)
        return [
            Trend(
                label,
                len(found),
                sum(f.first.late for f in found if f.incident.kind == "disaster"),
                sum(len(f.promises) for f in found),
                sum(f.missed for f in found),
                sum(len(f.messages) for f in found),
            )
            for label, found in buckets.items()
        ]


def _bucket(day: date, *, weekly: bool) -> str:
    if weekly:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02}"
    return f"{day.year}-{day.month:02}"


def _bucket_keys(first: date, last: date, *, weekly: bool) -> list[str]:
    keys: list[str] = []
    day = first
    while day <= last:
        key = _bucket(day, weekly=weekly)
        if key not in keys:
            keys.append(key)
        day += timedelta(days=1)
    return keys


def period_bounds(first_day: date, last_day: date) -> tuple[datetime, datetime]:
    """Local days, both included."""
    if last_day < first_day:
        raise UserError(
            Msg.tr(
                "The period ends ({last_day}) before it starts ({first_day}); swap --from and --to."
            ).format(last_day=last_day, first_day=first_day)
        )
    return local_midnight(first_day), local_midnight(last_day + timedelta(days=1))


def gather_period(
    conn: db.Connection,
    first_day: date,
    last_day: date,
    *,
    actor: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> PeriodFigures:
    """Incidents that began in the period (detection, or a planned window's start)."""
    start, end = period_bounds(first_day, last_day)
    reader = IncidentReader(conn=conn, actor=actor)
    chosen = [
        i
        for i in reversed(reader.incidents.incidents(include_closed=True, limit=1_000_000))
        if start <= (i.window_start or i.detected_at) < end and not i.withdrawn
    ]  # a withdrawn incident was opened by mistake: it is no part of the KPIs
    moment = clock_now()
    figures: list[IncidentFigures] = []
    for done, incident in enumerate(chosen):
        if cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(done, len(chosen))
        figures.append(reader.figures_of(incident, at=moment, texts=False))
    if progress is not None:
        progress(len(chosen), len(chosen))
    period = PeriodFigures(
        first_day,
        last_day,
        moment,
        figures,
        sources.write_offs_by_reason(conn, start, end),
        anchor_line(conn),
        planned_work_rows(conn, [f.incident for f in figures], at=moment),
    )
    period.machine_anchor = machine_anchor_line(conn)
    if period.planned_work:
        with i18n.speaking(i18n.SOURCE_LANGUAGE):  # the CSV's cells: the same in every language
            period.planned_work_keys = planned_work_rows(
                conn, [f.incident for f in figures], at=moment
            )
    return period


def period_document(p: PeriodFigures) -> ReportDocument:
    title = Msg.tr("Incidents {period}").format(period=p.shown_label)
    html = render_page(
        "period.html.j2",
        title=title,
        lang=i18n.language(),
        L=period_words(),
        incident_columns=incident_columns(),
        planned_columns=planned_columns(),
        p=p,
        summary=period_summary(p),
        totals=totals(p),
        trends=p.trends(),
        charts=period_charts(p),
        incidents=[(f, summary(f), procedure_checks(f)) for f in p.incidents],
        rows=incident_rows(p),
        planned_rows=[r.cells() for r in p.planned_work],
        write_offs=[(r, c, n, money_text(a)) for r, c, n, a in p.write_offs],
        stamp=stamp,
        anchor=p.anchor,
    )
    table = machine_notice_table(Msg.tr("Notices {period}").format(period=p.label), p.incidents)
    if not p.incidents:  # said in the CSV, under its header, in the CSV's English
        with i18n.speaking(i18n.SOURCE_LANGUAGE):
            table.note = Msg.tr("No incident began between {first_day} and {last_day}.").format(
                first_day=p.first_day.isoformat(), last_day=p.last_day.isoformat()
            )
    return ReportDocument(
        kind="period",
        title=title,
        about=p.label,
        html=html,
        table=table,
        anchor=p.anchor,
        machine_anchor=p.machine_anchor,
        extra=(planned_work_table(p),) if p.planned_work else (),
        summary=lambda: period_workbook(p),
        sheets=lambda: (
            notice_sheet(p.incidents),
            *((planned_sheet(PLANNED_COLUMNS, p.planned_work),) if p.planned_work else ()),
        ),
    )


def period_workbook(p: PeriodFigures) -> WorkbookSummary:
    """The workbook's Summary sheet: the PDF's totals as numbers and dates, its summary in
    words, each incident's verdicts and the write-offs by reason (amount and currency in
    columns of their own)."""
    states = p.states
    facts: list[tuple[str, object]] = [
        (Msg.tr("First day"), p.first_day),
        (Msg.tr("Last day"), p.last_day),
        (Msg.tr("Report made"), p.generated_at),
        (Msg.tr("Incidents"), len(p.incidents)),
        (Msg.tr("Unplanned outages"), len(p.disasters)),
        (Msg.tr("Planned work"), len(p.planned)),
        (Msg.tr("Late first notices"), p.late_first),
        (Msg.tr("Planned work not announced before it began"), p.late_announced),
        (Msg.tr("Update times promised"), p.promises),
        (Msg.tr("Promises kept"), p.kept),
        (Msg.tr("Promises missed"), p.missed),
        (Msg.tr("Notices"), p.notices),
        (Msg.tr("Messages"), sum(states.values())),
    ]
    facts += [
        (Msg.tr("Messages {state}").format(state=Words.tr(state)), count)
        for state, count in sorted(states.items())
    ]
    durations = [
        f.duration for f in p.disasters if f.duration is not None and f.duration >= timedelta()
    ]
    if durations:
        facts += [
            (Msg.tr("Longest outage (minutes)"), _minutes(max(durations))),
            (
                Msg.tr("Average outage (minutes)"),
                _minutes(sum(durations, timedelta()) / len(durations)),
            ),
        ]
    words = period_words()
    in_short = Table(words["in_short"], (), [[line] for line in period_summary(p)])
    incidents = Table(
        words["each_incident"],
        [
            Msg.tr("Incident"),
            Msg.tr("Title"),
            Msg.tr("Began"),
            Msg.tr("Lasted (minutes)"),
            Msg.tr("To first notice (minutes)"),
            Msg.tr("First notice"),
            Msg.tr("Promises kept"),
            Msg.tr("Update times promised"),
            Msg.tr("Closed"),
            Msg.tr("Messages delivered"),
            Msg.tr("Messages"),
        ],
        [
            [
                f.incident.reference,
                f.title or f.incident.title,
                f.start,
                _minutes(f.duration) if f.duration is not None else None,
                _minutes(f.first.delay) if f.first.applies and f.first.delay else None,
                verdict_text(f.first.verdict),
                f.kept,
                len(f.promises),
                closed(f),
                delivered_count(f.states),
                len(f.messages),
            ]
            for f in p.incidents
        ],
        note="" if p.incidents else words["no_incident"],
    )
    amounts = _amounts_by_currency(p)
    write_offs = Table(
        words["write_offs"],
        [words["reason"], words["records"], words["amount"], words["currency"]],
        [[r, n, money_value(a), c or None] for r, c, n, a in p.write_offs],
        totals=[
            [
                Msg.tr("Total"),
                sum(n for _, c, n, _ in p.write_offs if c == currency),
                money_value(amount),
                currency or None,
            ]
            for currency, amount in sorted(amounts.items())
        ],
        note="" if p.write_offs else words["nothing_written_off"],
    )
    return WorkbookSummary(facts, [in_short, incidents, write_offs])


def _minutes(length: timedelta) -> int:
    return round(length.total_seconds() / 60)


def planned_work_table(p: PeriodFigures) -> Table:
    """Planned work against its plan, one row per window: CSV after the notices, its own
    sheet in XLSX (window times as dates, counts as numbers)."""
    return Table(
        "Planned work",  # the CSV's block title, a key like its header (README)
        PLANNED_COLUMNS,
        [row.values() for row in (p.planned_work_keys or p.planned_work)],
        numeric=PLANNED_NUMERIC,
    )


def period_words() -> dict[str, str]:
    """The headings and notes of templates/reports/period.html.j2 in the kit's language."""
    return {
        "subtitle": Msg.tr("Partner communication during incidents"),
        "made": Msg.tr("made"),
        "in_short": Msg.tr("In short"),
        "incidents": Msg.tr("Incidents"),
        "incidents_note": Msg.tr(
            "Kept: update promises kept, of those made. Closed: the resolution or completion "
            'notice, with its messages delivered of those queued; "not sent" while no partner '
            "has it. Sent: messages delivered, of those queued, over all notices."
        ),
        "no_incident": Msg.tr("No incident began in the period."),
        "planned_work": Msg.tr("Planned work against its plan"),
        "planned_note": Msg.tr(
            "Status: the window now (announcement queued or held until every partner has "
            "it). Announced: when partners had the announcement, against the days ahead the "
            "plan asked (the procedure sets no number of days: it asks that partners hear "
            "before the work begins). Told: partners who have the announcement, of those it "
            "was for. "
            "Window: as announced (moves change it, extensions do not). Extended: how often "
            "the window was extended, and by how much in all. Reminders: the plan's reminders "
            'and "work started" notice, sent of planned (skipped ones with the officer\'s '
            "reason in the audit log). Overran: the window extended, or the completion "
            "delivered after the announced end. Completion: delivered by the window's end "
            "(after any extension). Times count delivery, not queueing."
        ),
        "totals": Msg.tr("Totals"),
        "trends": Msg.tr("Trends"),
        "period": Msg.tr("Period"),
        "late_first": Msg.tr("Late first notices"),
        "promises": Msg.tr("Promises"),
        "missed": Msg.tr("Missed"),
        "messages": Msg.tr("Messages"),
        "write_offs": Msg.tr("Write-offs by reason"),
        "reason": Msg.tr("Reason"),
        "currency": Msg.tr("Currency"),
        "records": Msg.tr("Records"),
        "amount": Msg.tr("Amount"),
        "nothing_written_off": Msg.tr("Nothing was written off in the period."),
        "each_incident": Msg.tr("Each incident"),
        "rule": Msg.tr("Rule"),
        "happened": Msg.tr("What happened"),
        "verdict": Msg.tr("Verdict"),
        "nothing_to_show": Msg.tr("Nothing to show."),
    }


def incident_columns() -> list[str]:
    return [
        Msg.tr("Incident"),
        Msg.tr("Began"),
        Msg.tr("Lasted"),
        Msg.tr("To first notice"),
        Msg.tr("First notice"),
        Msg.tr("Kept"),
        Msg.tr("Closed"),
        Msg.tr("Sent"),
    ]


def planned_columns() -> list[str]:
    """The PDF's nine narrow headers: their own entries, so a translation may mark where a
    long word breaks (a soft hyphen: "Zapo\u00adwie\u00addziano") — the Polish row ran
    past the page's edge — without that mark reaching the workbook or the terminal."""
    return [
        Msg.tr("Planned work", "a narrow table header"),
        Msg.tr("Window"),
        Msg.tr("Status"),
        Msg.tr("Announced", "a narrow table header"),
        Msg.tr("Told", "a narrow table header"),
        Msg.tr("Reminders", "a narrow table header"),
        Msg.tr("Extended", "a narrow table header"),
        Msg.tr("Overran", "a narrow table header"),
        Msg.tr("Completion", "a narrow table header"),
    ]


def period_summary(p: PeriodFigures) -> list[str]:
    if not p.incidents:
        return [
            Msg.tr("No incident began between {first_day} and {last_day}.").format(
                first_day=day_text(p.first_day), last_day=day_text(p.last_day)
            )
        ]
    disasters = len(p.disasters)
    lines = [
        Msg.tr("%n incident(s) began in the period: ", "", len(p.incidents))
        + Msg.tr("%n unplanned outage(s), ", "", disasters)
        + Msg.tr("{count} planned work.").format(count=len(p.incidents) - disasters)
    ]
    if disasters and p.late_first:
        lines.append(
            Msg.tr(
                "The first notice was {late} in {count} of {outages} outages (the rule: "
                "partners told within the notify deadline after detection)."
            ).format(late=verdict_text(LATE), count=p.late_first, outages=disasters)
        )
    elif disasters:  # "LATE in 0 of 1" read as an alarm
        lines.append(
            Msg.tr(
                "No first notice was late (%n unplanned outage(s); the rule: partners told "
                "within the notify deadline after detection).",
                "",
                disasters,
            )
        )
    if p.late_announced:
        lines.append(
            Msg.tr(
                "Partners were not told before the work began for {count} of {planned} "
                "planned works."
            ).format(count=p.late_announced, planned=len(p.planned))
        )
    if p.planned_work:
        rows = p.planned_work
        lines.append(
            Msg.tr(
                "Planned work: announced as planned {announced} of {count}, overran {overran}, "
                "completion on time {completed}."
            ).format(
                announced=sum(r.announced_on_time for r in rows),
                count=len(rows),
                overran=sum(r.did_overrun for r in rows),
                completed=sum(r.completed_on_time for r in rows),
            )
        )
    if p.promises:
        lines.append(
            Msg.tr("%n update time(s) promised: ", "", p.promises)
            + Msg.tr("{kept} {kept_word}, {missed} {missed_word}.").format(
                kept=p.kept,
                kept_word=verdict_text(KEPT),
                missed=p.missed,
                missed_word=verdict_text(MISSED),
            )
        )
    if p.without_final:
        refs = ", ".join(f.incident.reference for f in p.without_final)
        lines.append(
            Msg.tr("No resolution or completion notice yet: {references}.").format(references=refs)
        )
    if p.final_not_delivered:
        refs = ", ".join(f.incident.reference for f in p.final_not_delivered)
        lines.append(
            Msg.tr(
                "Resolution or completion notice not delivered to anyone yet: {references}."
            ).format(references=refs)
        )
    states = p.states
    total = sum(states.values())
    problems = states["failed"] + states["uncertain"]
    lines.append(
        Msg.tr("%n notice(s), ", "", p.notices)
        + Msg.tr("%n message(s) to partners: ", "", total)
        + Msg.tr(
            "{delivered} delivered, {problems} failed or uncertain, {waiting} queued or handed off."
        ).format(
            delivered=delivered_count(states),
            problems=problems,
            waiting=states["queued"] + states["handed-off"] + states["sending"],
        )
    )
    if p.write_offs:
        amounts = _amounts_by_currency(p)
        lines.append(
            Msg.tr("Written off in the period: {amounts}").format(
                amounts=", ".join(money_text(a, c) for c, a in amounts.items())
            )
            + Msg.tr(" (%n record(s)).", "", sum(r[2] for r in p.write_offs))
        )
    return lines


def _amounts_by_currency(p: PeriodFigures) -> dict[str, int]:
    amounts: dict[str, int] = {}
    for _, currency, _, amount in p.write_offs:
        amounts[currency] = amounts.get(currency, 0) + amount
    return amounts


def totals(p: PeriodFigures) -> list[tuple[str, str]]:
    states = p.states
    rows = [
        (Msg.tr("Period"), p.shown_label),
        (Msg.tr("Report made"), stamp(p.generated_at)),
        (Msg.tr("Incidents"), str(len(p.incidents))),
        (Msg.tr("Unplanned outages"), str(len(p.disasters))),
        (
            Msg.tr("Late first notices"),
            Msg.tr("{count} of {outages} outages").format(
                count=p.late_first, outages=len(p.disasters)
            ),
        ),
        (
            Msg.tr("Planned work not announced before it began"),
            Msg.tr("{count} of {planned}").format(count=p.late_announced, planned=len(p.planned)),
        ),
        (Msg.tr("Update times promised"), str(p.promises)),
        (Msg.tr("Promises kept"), str(p.kept)),
        (Msg.tr("Promises missed"), str(p.missed)),
        (Msg.tr("Notices"), str(p.notices)),
        (Msg.tr("Messages"), str(sum(states.values()))),
    ]
    rows += [
        (Msg.tr("Messages {state}").format(state=Words.tr(state)), str(count))
        for state, count in sorted(states.items())
    ]
    durations = [
        f.duration for f in p.disasters if f.duration is not None and f.duration >= timedelta()
    ]
    if durations:
        longest = max(durations)
        mean = sum(durations, timedelta()) / len(durations)
        rows += [
            (Msg.tr("Longest outage"), span(longest)),
            (Msg.tr("Average outage"), span(mean)),
        ]
    return rows


def period_charts(p: PeriodFigures) -> list[tuple[str, list[charts.Bar]]]:
    trends = p.trends()
    by_path = sorted(p.paths.items(), key=lambda kv: (-kv[1], kv[0]))
    found = [
        (
            Msg.tr("Messages out per delivery path"),
            charts.bars([(shown_path(k), v, str(v)) for k, v in by_path]),
        ),
        (
            Msg.tr("Late first notices"),
            charts.bars(
                [(t.label, t.late_first, str(t.late_first)) for t in trends], colour=charts.BAD
            ),
        ),
        (
            Msg.tr("Missed update promises"),
            charts.bars(
                [
                    (
                        t.label,
                        t.missed,
                        Msg.tr("{count} of {planned}").format(count=t.missed, planned=t.promises),
                    )
                    for t in trends
                ],
                colour=charts.BAD,
            ),
        ),
    ]
    for currency in sorted({c for _, c, _, _ in p.write_offs}):
        items = [(r, a / 100, money_text(a)) for r, c, _, a in p.write_offs if c == currency]
        found.append(
            (
                Msg.tr("Written off by reason ({currency})").format(
                    currency=currency or Msg.tr("no currency")
                ),
                charts.bars(items, colour=charts.PLANNED),
            )
        )
    return found


def incident_rows(p: PeriodFigures) -> list[tuple[object, ...]]:
    """One row per incident; the first cell is (reference, title), written on two lines so
    nine columns fit a portrait page in every language."""
    return [
        (
            (
                f.incident.reference,
                (f.title or f.incident.title)
                + ("" if f.incident.kind == "disaster" else Msg.tr(" (planned)")),
            ),
            whole(datetime_text(f.start)),
            lasted(f),
            whole(span(f.first.delay)) if f.first.applies and f.first.delay is not None else "—",
            verdict_text(f.first.verdict),
            f"{f.kept}/{len(f.promises)}",
            closed(f),
            f"{delivered_count(f.states)}/{len(f.messages)}",
        )
        for f in p.incidents
    ]


def lasted(f: IncidentFigures) -> str:
    """Never negative: planned work whose completion notice came before its window began
    was done early."""
    if f.duration is None:
        return Msg.tr("open")
    if f.duration < timedelta():
        if f.incident.kind != "disaster":
            return Msg.tr("done before its window")
        return Msg.tr("under a minute")
    return units_whole(span(f.duration))


def closed(f: IncidentFigures) -> str:
    """Whether partners have the closing notice: 'yes (20/22)' counts its messages delivered;
    a closing notice nobody has received yet does not close anything for them."""
    final = f.final
    if final is None:
        return Msg.tr("NO")
    delivered = final.delivered
    if not delivered:
        return Msg.tr("not sent (0/{count})").format(count=len(final.messages))
    return Msg.tr("yes ({delivered}/{count})").format(
        delivered=delivered, count=len(final.messages)
    )
