"""The period report: every incident in a date range with the incident report's figures,
then totals and trends (messages per path, late first notices, missed promises, write-offs
by reason), with charts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.audit import anchor_line
from app.backlog.model import money_text
from app.errors import UserError
from app.i18n import Msg
from app.reports import charts, sources
from app.reports.document import ReportDocument, notice_table
from app.reports.incident import KEPT, LATE, MISSED, IncidentFigures, IncidentReader
from app.reports.incident_page import procedure_checks, summary
from app.reports.planned_work import COLUMNS as PLANNED_COLUMNS
from app.reports.planned_work import NUMERIC as PLANNED_NUMERIC
from app.reports.planned_work import PlannedWorkRow, planned_work_rows
from app.reports.render import Table, render_page, whole
from app.reports.wording import plural, span, stamp
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

    @property
    def label(self) -> str:
        return f"{self.first_day.isoformat()} – {self.last_day.isoformat()}"

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
        figures.append(reader.figures_of(incident, at=moment))
    if progress is not None:
        progress(len(chosen), len(chosen))
    return PeriodFigures(
        first_day,
        last_day,
        moment,
        figures,
        sources.write_offs_by_reason(conn, start, end),
        anchor_line(conn),
        planned_work_rows(conn, [f.incident for f in figures], at=moment),
    )


def period_document(p: PeriodFigures) -> ReportDocument:
    title = f"Incidents {p.label}"
    html = render_page(
        "period.html.j2",
        title=title,
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
    return ReportDocument(
        kind="period",
        title=title,
        about=p.label,
        html=html,
        table=notice_table(f"Notices {p.label}", p.incidents),
        anchor=p.anchor,
        extra=(planned_work_table(p),) if p.planned_work else (),
    )


def planned_work_table(p: PeriodFigures) -> Table:
    """Planned work against its plan, one row per window: CSV after the notices, its own
    sheet in XLSX (window times as dates, counts as numbers)."""
    return Table(
        "Planned work",
        PLANNED_COLUMNS,
        [row.values() for row in p.planned_work],
        numeric=PLANNED_NUMERIC,
    )


def period_summary(p: PeriodFigures) -> list[str]:
    if not p.incidents:
        return [f"No incident began between {p.first_day} and {p.last_day}."]
    disasters = len(p.disasters)
    lines = [
        f"{plural(len(p.incidents), 'incident')} began in the period: "
        f"{plural(disasters, 'unplanned outage')}, "
        f"{len(p.incidents) - disasters} planned work."
    ]
    if disasters:
        lines.append(
            f"The first notice was {LATE} in {p.late_first} of {disasters} outages "
            "(the rule: partners told within the notify deadline after detection)."
        )
    if p.late_announced:
        lines.append(
            f"Partners were not told before the work began for {p.late_announced} of "
            f"{len(p.planned)} planned works."
        )
    if p.planned_work:
        rows = p.planned_work
        lines.append(
            f"Planned work: announced on time {_count(rows, 'announced')} "
            f"of {len(rows)}, overran {sum(r.overran.lower().startswith('yes') for r in rows)}, "
            f"completion on time {sum(r.completion == 'on time' for r in rows)}."
        )
    if p.promises:
        lines.append(
            f"{plural(p.promises, 'update time')} promised: {p.kept} {KEPT}, {p.missed} {MISSED}."
        )
    if p.without_final:
        refs = ", ".join(f.incident.reference for f in p.without_final)
        lines.append(f"No resolution or completion notice yet: {refs}.")
    if p.final_not_delivered:
        refs = ", ".join(f.incident.reference for f in p.final_not_delivered)
        lines.append(f"Resolution or completion notice not delivered to anyone yet: {refs}.")
    states = p.states
    total = sum(states.values())
    problems = states["failed"] + states["uncertain"]
    lines.append(
        f"{plural(p.notices, 'notice')}, {plural(total, 'message')} to partners: "
        f"{states['sent']} delivered, {problems} failed or uncertain, "
        f"{states['queued'] + states['handed-off'] + states['sending']} queued or handed off."
    )
    if p.write_offs:
        amounts = _amounts_by_currency(p)
        lines.append(
            "Written off in the period: "
            + ", ".join(f"{money_text(a)} {c}".strip() for c, a in amounts.items())
            + f" ({plural(sum(r[2] for r in p.write_offs), 'record')})."
        )
    return lines


def _count(rows: list[PlannedWorkRow], what: str) -> int:
    return sum(getattr(r, what).startswith("on time") for r in rows)


def _amounts_by_currency(p: PeriodFigures) -> dict[str, int]:
    amounts: dict[str, int] = {}
    for _, currency, _, amount in p.write_offs:
        amounts[currency] = amounts.get(currency, 0) + amount
    return amounts


def totals(p: PeriodFigures) -> list[tuple[str, str]]:
    states = p.states
    rows = [
        ("Period", p.label),
        ("Report made", stamp(p.generated_at)),
        ("Incidents", str(len(p.incidents))),
        ("Unplanned outages", str(len(p.disasters))),
        ("Late first notices", f"{p.late_first} of {len(p.disasters)} outages"),
        ("Planned work not announced before it began", f"{p.late_announced} of {len(p.planned)}"),
        ("Update times promised", str(p.promises)),
        ("Promises kept", str(p.kept)),
        ("Promises missed", str(p.missed)),
        ("Notices", str(p.notices)),
        ("Messages", str(sum(states.values()))),
    ]
    rows += [(f"Messages {state}", str(count)) for state, count in sorted(states.items())]
    durations = [
        f.duration for f in p.disasters if f.duration is not None and f.duration >= timedelta()
    ]
    if durations:
        longest = max(durations)
        mean = sum(durations, timedelta()) / len(durations)
        rows += [("Longest outage", span(longest)), ("Average outage", span(mean))]
    return rows


def period_charts(p: PeriodFigures) -> list[tuple[str, list[charts.Bar]]]:
    trends = p.trends()
    by_path = sorted(p.paths.items(), key=lambda kv: (-kv[1], kv[0]))
    found = [
        ("Messages out per delivery path", charts.bars([(k, v, str(v)) for k, v in by_path])),
        (
            "Late first notices",
            charts.bars(
                [(t.label, t.late_first, str(t.late_first)) for t in trends], colour=charts.BAD
            ),
        ),
        (
            "Missed update promises",
            charts.bars(
                [(t.label, t.missed, f"{t.missed} of {t.promises}") for t in trends],
                colour=charts.BAD,
            ),
        ),
    ]
    for currency in sorted({c for _, c, _, _ in p.write_offs}):
        items = [(r, a / 100, money_text(a)) for r, c, _, a in p.write_offs if c == currency]
        found.append(
            (
                f"Written off by reason ({currency or 'no currency'})",
                charts.bars(items, colour=charts.PLANNED),
            )
        )
    return found


def incident_rows(p: PeriodFigures) -> list[tuple[object, ...]]:
    return [
        (
            f.incident.reference,
            f.incident.title + ("" if f.incident.kind == "disaster" else " (planned)"),
            whole(f.start.astimezone().strftime("%Y-%m-%d %H:%M")),
            lasted(f),
            whole(span(f.first.delay)) if f.first.applies and f.first.delay is not None else "—",
            whole(f.first.verdict),
            f"{f.kept}/{len(f.promises)}",
            closed(f),
            f"{f.states['sent']}/{len(f.messages)}",
        )
        for f in p.incidents
    ]


def lasted(f: IncidentFigures) -> str:
    """Never negative: planned work whose completion notice came before its window began
    was done early."""
    if f.duration is None:
        return "open"
    if f.duration < timedelta():
        return "done before its window" if f.incident.kind != "disaster" else "under a minute"
    return whole(span(f.duration))


def closed(f: IncidentFigures) -> str:
    """Whether partners have the closing notice: 'yes (20/22)' counts its messages delivered;
    a closing notice nobody has received yet does not close anything for them."""
    final = f.final
    if final is None:
        return "NO"
    delivered = final.delivered
    if not delivered:
        return f"not sent (0/{len(final.messages)})"
    return f"yes ({delivered}/{len(final.messages)})"
