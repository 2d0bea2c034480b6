"""incident schedule | extend | move, and the plan options of `incident new`: planned work
on a schedule (issue 16). `outbox send` runs the schedule's pass first, so a cron job or a
person sending the outbox also sends the planned notices that came due."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from app.commands.context import CliContext, SubParsers, incident_reference
from app.commands.understood import read_window, say_understood, say_window
from app.errors import UsageError, UserError
from app.i18n import Cli, Msg, Words
from app.incidents.calendar import PlannedWork, planned_work
from app.incidents.model import Incident, stage_label
from app.incidents.plan import (
    DEFAULT_REMINDERS,
    STATE_WORDS,
    PlanConfig,
    PlannedNotice,
    delivery_words,
    left_out,
    parse_reminders,
    reminders_text,
)
from app.incidents.reissue import HeldCopies, held_copies, reissue
from app.incidents.schedule import Schedule, ScheduleRun
from app.incidents.service import IncidentService
from app.incidents.standing import standing
from app.incidents.told import NoticeDelivery
from app.incidents.window_change import WindowChanges
from app.localfmt import day_text
from app.notices.languages import PRIMARY, is_primary
from app.timefmt import iso, local_text, now, parse_date, read_time

#: `incident schedule` without --from/--to: today and the four weeks after
DEFAULT_DAYS = 28


def add_plan_options(parser: argparse.ArgumentParser) -> None:
    """The plan of planned work, on `incident new --kind downtime`."""
    parser.add_argument(
        "--announce-days",
        type=int,
        help=Cli.tr(
            "planned work: announce this many days before the window (default: the "
            "'planned_announce_days' setting; 0: at once). Needs --fields."
        ),
    )
    parser.add_argument(
        "--fields",
        dest="plan_fields",
        metavar="FILE.json",
        help=Cli.tr(
            "planned work: the announcement's fields (work, impact, …); with it the kit "
            "announces by itself at its time. Without it you announce with 'incident notify'."
        ),
    )
    parser.add_argument(
        "--reminders",
        help=Cli.tr(
            "planned work: reminders before the start, e.g. '24h,1h' (default {default}), or 'none'"
        ).format(default=reminders_text(DEFAULT_REMINDERS)),
    )
    parser.add_argument(
        "--start-notice",
        action="store_true",
        help=Cli.tr("planned work: a 'work started' notice"),
    )


def register(commands: SubParsers) -> None:
    p = commands.add_parser(
        "schedule",
        help=Cli.tr("planned work and its planned notices; missed ones: send now or skip"),
    )
    p.add_argument("--from", dest="first", help=Cli.tr("first day (default today)"))
    p.add_argument(
        "--to", dest="last", help=Cli.tr("last day (default %n days on)", "", DEFAULT_DAYS)
    )
    p.add_argument("--missed", action="store_true", help=Cli.tr("list the missed planned notices"))
    p.add_argument("--run", action="store_true", help=Cli.tr("queue the planned notices due now"))
    p.add_argument(
        "--send", type=int, metavar="ID", help=Cli.tr("send a missed planned notice now")
    )
    p.add_argument("--skip", type=int, metavar="ID", help=Cli.tr("skip a missed planned notice"))
    p.add_argument("--reason", default="", help=Cli.tr("why it is skipped (with --skip; audited)"))
    p.set_defaults(handler=run_schedule)

    p = commands.add_parser(
        "plan",
        help=Cli.tr("planned work not started yet: change its reminders or 'work started'"),
    )
    incident_reference(p)
    p.add_argument("--reminders", help=Cli.tr("e.g. '72h, 24h, 1h', or 'none'"))
    p.add_argument(
        "--start-notice",
        choices=("yes", "no"),
        help=Cli.tr("send a 'work started' notice at the start"),
    )
    p.set_defaults(handler=run_plan)

    p = commands.add_parser(
        "extend", help=Cli.tr("planned work running over: a new window end, told to partners")
    )
    incident_reference(p)
    p.add_argument("--end", required=True, help=Cli.tr("the new end: 04:30 or 1.12.2026 04:30"))
    p.add_argument(
        "--note",
        default="",
        help=Cli.tr("a sentence for partners (optional; in English, every language's fallback)"),
    )
    p.add_argument(
        "--note-lang",
        action="append",
        default=[],
        metavar="LANG=TEXT",
        help=Cli.tr("the note in one language of the audience, e.g. sv=… (repeatable)"),
    )
    p.set_defaults(handler=run_extend)

    p = commands.add_parser(
        "move", help=Cli.tr("planned work not started yet: a new window, told to partners")
    )
    incident_reference(p)
    p.add_argument("--window", required=True, help=Cli.tr("START/END, e.g. 3.12.2026 01:00/03:00"))
    p.add_argument(
        "--reason",
        default="",
        help=Cli.tr(
            "why it moves (required once announced; in English, every language's fallback)"
        ),
    )
    p.add_argument(
        "--reason-lang",
        action="append",
        default=[],
        metavar="LANG=TEXT",
        help=Cli.tr("the reason in one language of the audience, e.g. pl=… (repeatable)"),
    )
    p.set_defaults(handler=run_move)

    p = commands.add_parser(
        "reissue",
        help=Cli.tr(
            "held copies of a notice (their promise passed while they waited, e.g. no SMS "
            "modem): the same notice written now, to exactly those partners and channels"
        ),
    )
    incident_reference(p)
    p.add_argument("--notice", type=int, help=Cli.tr("which notice (default: the oldest held)"))
    p.add_argument(
        "--next-update",
        default="",
        help=Cli.tr("an outage: the new promised update time (planned work: the plan's)"),
    )
    p.set_defaults(handler=run_reissue)


def _schedule(ctx: CliContext) -> Schedule:
    kit = ctx.open_kit()
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    return Schedule(service=service)


def plan_config(
    service: IncidentService, args: argparse.Namespace, fields: dict[str, str] | None
) -> PlanConfig:
    reminders = parse_reminders(args.reminders) if args.reminders is not None else None
    if args.announce_days is not None and fields is None:
        raise UserError(
            Cli.tr(
                "--announce-days needs --fields FILE.json: the kit announces by itself only "
                "what you wrote for it (work, impact)."
            )
        )
    if args.announce_days is not None and not 0 <= args.announce_days <= 60:
        raise UserError(Cli.tr("--announce-days takes 0 to 60 days."))
    days = args.announce_days if args.announce_days is not None else service.announce_days()
    return PlanConfig(
        announce_days=(days or None) if fields is not None else None,
        reminders=DEFAULT_REMINDERS if reminders is None else reminders,
        start_notice=bool(args.start_notice),
        fields=fields or {},
    )


def make_plan(
    ctx: CliContext, service: IncidentService, incident: Incident, config: PlanConfig
) -> str:
    """After `incident new --kind downtime`: the plan stored, and a line saying what it is."""
    schedule = Schedule(service=service)
    if config.fields:
        # the announcement is written at its time: check now that it can be
        composition = service.compose(incident, "initial", config.fields)
        if not composition.ok:
            raise UserError(
                Cli.tr("The announcement could not be sent as planned:")
                + "\n"
                + "\n".join(f"  - {p}" for p in composition.problems)
            )
    notices = schedule.make_plan(incident, config)
    head = Cli.tr("Plan:")
    if config.fields and not any(n.purpose == "announcement" for n in notices):
        # announced at once (the window is nearer than the announcement's days)
        queued = service.notify(incident, "initial", config.fields)
        head = Cli.tr(
            "Announced now: %n message(s) queued ('outage-kit outbox send' sends them). Plan:",
            "",
            queued.messages,
        )
        notices = schedule.notices(incident)
    elif not config.fields:
        head = Cli.tr(
            "Plan (announce it yourself: 'outage-kit incident notify REF --stage initial'):"
        )
    told = service.delivery(incident)
    lines = [f"  {n.label}: {local_text(n.due_at)}  ({delivery_words(n, told)})" for n in notices]
    assert incident.window_start is not None
    skipped = [f"  {line}" for line in left_out(config, incident.window_start, moment=now())]
    return "\n".join([head, *lines, *skipped])


def _day(text: str | None, default: date, what: str) -> date:
    return parse_date(text, what=what) if text else default


def run_schedule(ctx: CliContext, args: argparse.Namespace) -> int:
    schedule = _schedule(ctx)
    if args.send is not None:
        queued = schedule.send_now(args.send)
        ctx.emit(
            {"planned": args.send, "notice": queued.notice_id, "queued": queued.messages},
            Cli.tr(
                "Queued planned notice {id} now (%n message(s)); 'outage-kit outbox send' "
                "sends it.",
                "",
                queued.messages,
            ).format(id=args.send),
        )
        return 0
    if args.skip is not None:
        skipped = schedule.skip(args.skip, args.reason)
        ctx.emit(
            _planned_json(skipped),
            Cli.tr("Skipped planned notice {id}: {reason}.").format(
                id=args.skip, reason=skipped.reason
            ),
        )
        return 0
    if args.run:
        result = schedule.run()
        ctx.emit(run_json(result), run_text(result))
        return 1 if result.failed else 0  # a script (cron) must see a notice not queued
    if args.missed:
        missed = schedule.missed()
        ctx.emit([_planned_json(p) for p in missed], _missed_text(missed))
        return 0
    today = now().astimezone().date()
    first = _day(args.first, today, "--from")
    last = _day(args.last, first + timedelta(days=DEFAULT_DAYS), "--to")
    if last < first:
        raise UserError(Cli.tr("--to is before --from."))
    found = planned_work(schedule, first, last)
    text = "\n".join(_work_text(w) for w in found) or (
        Cli.tr("No planned work from {first} to {last}.").format(
            first=day_text(first), last=day_text(last)
        )
    )
    ctx.emit(
        {"from": first.isoformat(), "to": last.isoformat(), "work": [_work_json(w) for w in found]},
        text,
    )
    return 0


def _planned_json(
    p: PlannedNotice, told: Mapping[int, NoticeDelivery] | None = None
) -> dict[str, Any]:
    """A notice the kit queued is 'queued' until every partner has it ('delivered'), or
    'held', 'uncertain', 'handed-off', 'refused' when what is left waits for the officer
    (`standing`): told means delivered; 'told' and 'recipients' count the partners."""
    found = (told or {}).get(p.notice_id) if p.notice_id is not None else None
    return {
        "id": p.id,
        "reference": p.reference,
        "purpose": p.purpose,
        "label": p.source_label,
        "due": iso(p.due_at),
        "state": standing(found) if p.state == "sent" else p.state,
        "told": found.told if found else 0,
        "recipients": found.recipients if found else 0,
        "notice": p.notice_id,
        "done": iso(p.done_at) if p.done_at else None,
        "reason": p.reason,
    }


def _missed_text(missed: list[PlannedNotice]) -> str:
    if not missed:
        return Cli.tr("No planned notice was missed.")
    lines = [
        Cli.tr(
            "Not sent at their time: the kit was closed or locked then, or the notice could "
            "not be queued (nothing was sent late by itself):"
        )
    ]
    lines += [
        f"  {p.id:>4}  {p.reference}  "
        + Cli.tr("{label}, due {due}").format(label=p.label, due=local_text(p.due_at))
        for p in missed
    ]
    lines.append(
        Cli.tr(
            "Send one now (its times are written now): 'outage-kit incident schedule --send "
            "ID'; or skip it: 'outage-kit incident schedule --skip ID --reason TEXT'."
        )
    )
    return "\n".join(lines)


def _work_json(w: PlannedWork) -> dict[str, Any]:
    return {
        "reference": w.incident.reference,
        "title": w.incident.title,
        "state": w.state,
        "detail": w.detail,
        "held_copies": held_json(w.copies),
        "window_start": iso(w.start),
        "window_end": iso(w.end),
        "planned": [_planned_json(p, w.told) for p in w.planned],
    }


def _work_text(w: PlannedWork) -> str:
    lines = [
        f"{local_text(w.start)} – {local_text(w.end)}  {w.incident.reference}  "
        f"{w.incident.title}  [{w.state_text}{': ' + w.detail if w.detail else ''}]"
    ]
    lines += held_lines(w.copies, w.incident.reference, w.incident.kind)
    lines += [
        f"    {p.id:>4}  {local_text(p.due_at)}  {p.label}: {w.state_words(p)}"
        + (f" ({p.reason_text})" if p.reason else "")
        for p in w.planned
    ]
    return "\n".join(lines)


def run_json(result: ScheduleRun) -> dict[str, Any]:
    return {
        "fired": [
            {**_planned_json(f.planned), "notice": f.queued.notice_id, "queued": f.queued.messages}
            for f in result.fired
        ],
        "failed": [{**_planned_json(p), "problem": why} for p, why in result.failed],
        "missed": [_planned_json(p) for p in result.missed],
    }


def run_text(result: ScheduleRun) -> str:
    lines = [
        Cli.tr("Queued {reference} {what} (%n message(s)).", "", f.queued.messages).format(
            reference=f.planned.reference, what=f.planned.label.lower()
        )
        for f in result.fired
    ]
    lines += [
        Cli.tr("Could not queue {reference} {what}: {why}").format(
            reference=p.reference, what=p.label.lower(), why=why
        )
        for p, why in result.failed
    ]
    if result.missed:
        lines.append(_missed_text(result.missed))
    return "\n".join(lines) or Cli.tr("No planned notice is due.")


def schedule_pass(ctx: CliContext) -> ScheduleRun:
    """The pass `outbox send` runs before sending."""
    return _schedule(ctx).run()


def by_language(text: str, given: list[str], option: str) -> dict[str, str]:
    """--note TEXT --note-lang pl=TEXT …: {language: text}, English the fallback."""
    found = {PRIMARY: text}
    for item in given:
        language, sep, words = item.partition("=")
        language = language.strip()
        if not sep or not language or " " in language:
            raise UsageError(
                Cli.tr(
                    "{option} takes LANG=TEXT (e.g. {option} sv=Indexet byggs om), not '{item}'."
                ).format(option=option, item=item)
            )
        if is_primary(language):
            raise UsageError(
                Cli.tr(
                    "{option} {language}=…: English is the text every language falls back to; "
                    "give it without the language."
                ).format(option=option, language=language)
            )
        found[language] = words
    return found


def _read_by_audience(
    service: IncidentService, incident: Incident, words: Mapping[str, str], option: str
) -> None:
    """A language nobody of the audience reads (a typo: 'se' for 'sv') would carry words
    to no one: refused before anything changes."""
    audience = service.audience(incident) or service.proposed_audience(incident)
    read = {r.language for r in audience} | {r.language.split("-")[0] for r in audience}
    unread = sorted(lang for lang in words if lang != PRIMARY and lang not in read)
    if unread:
        raise UsageError(
            Cli.tr(
                "{option} {language}=…: nobody of {reference}'s partners reads that language "
                "(they read: {languages})."
            ).format(
                option=option,
                language=unread[0],
                reference=incident.reference,
                languages=", ".join(sorted({r.language for r in audience})),
            )
        )


def run_extend(ctx: CliContext, args: argparse.Namespace) -> int:
    schedule = _schedule(ctx)
    incident = schedule.service.get(args.reference)
    new_end = read_time(args.end, what="--end", bare="future")
    say_understood(ctx, Cli.tr("New end"), args.end, new_end)
    changes = WindowChanges(schedule)
    note = by_language(args.note, args.note_lang, "--note-lang")
    _read_by_audience(schedule.service, incident, note, "--note-lang")
    unread = changes.progress_unread(incident, note)
    queued = changes.extend(incident, new_end, note)
    ctx.emit(
        {
            "reference": incident.reference,
            "window_end": iso(new_end),
            "notice": queued.notice_id,
            "queued": queued.messages,
            "note_unread": unread,
        },
        Cli.tr(
            "{reference}: the window now ends {end}; the completion is due then. Queued "
            "%n message(s) telling partners; 'outage-kit outbox send' sends them.",
            "",
            queued.messages,
        ).format(reference=incident.reference, end=local_text(new_end))
        + (f"\n{Cli.tr('WARNING: {w}').format(w=unread)}" if unread else ""),
    )
    return 0


def run_move(ctx: CliContext, args: argparse.Namespace) -> int:
    schedule = _schedule(ctx)
    incident = schedule.service.get(args.reference)
    window = read_window(args.window)
    say_window(ctx, args.window, window)
    changes = WindowChanges(schedule)
    reason = by_language(args.reason, args.reason_lang, "--reason-lang")
    _read_by_audience(schedule.service, incident, reason, "--reason-lang")
    unread = changes.progress_unread(incident, reason)
    queued = changes.move(incident, window[0], window[1], reason)
    unread = unread if queued else ""  # nobody was told: the announcement says the window
    told = " " + (
        Cli.tr("Queued %n message(s) telling partners the new window.", "", queued.messages)
        if queued
        else Cli.tr("Nobody had heard of it yet: the announcement will say the new window.")
    )
    ctx.emit(
        {
            "reference": incident.reference,
            "window_start": iso(window[0]),
            "window_end": iso(window[1]),
            "notice": queued.notice_id if queued else None,
            "reason_unread": unread,
        },
        Cli.tr(
            "{reference} moved to {start} – {end}; its planned notices were planned again."
        ).format(
            reference=incident.reference, start=local_text(window[0]), end=local_text(window[1])
        )
        + told
        + (f"\n{Cli.tr('WARNING: {w}').format(w=unread)}" if unread else ""),
    )
    return 0


def _left_out(incident: Incident, reminders: tuple[int, ...], start_notice: bool) -> list[str]:
    assert incident.window_start is not None
    config = PlanConfig(announce_days=None, reminders=reminders, start_notice=start_notice)
    return left_out(config, incident.window_start, moment=now())


def plan_json(service: IncidentService, incident: Incident) -> list[dict[str, Any]]:
    told = service.delivery(incident)  # told means delivered, not queued
    return [_planned_json(p, told) for p in Schedule(service=service).notices(incident)]


def plan_lines(service: IncidentService, incident: Incident) -> list[str]:
    """The plan in `incident show`, in the kit's language (told means delivered)."""
    told = service.delivery(incident)
    return [
        f"    {p.id:>4}  {local_text(p.due_at)}  {p.label}: {delivery_words(p, told)}"
        + (f" ({p.reason_text})" if p.reason else "")
        for p in Schedule(service=service).notices(incident)
    ]


def run_plan(ctx: CliContext, args: argparse.Namespace) -> int:
    schedule = _schedule(ctx)
    incident = schedule.service.get(args.reference)
    config = schedule.plan(incident)
    if config is None:
        raise UserError(
            Cli.tr("{reference} has no plan (it is not planned work).").format(
                reference=incident.reference
            )
        )
    reminders = parse_reminders(args.reminders) if args.reminders is not None else config.reminders
    start = config.start_notice if args.start_notice is None else args.start_notice == "yes"
    notices = schedule.edit_plan(incident, reminders=reminders, start_notice=start)
    ctx.emit(
        [_planned_json(p) for p in notices],
        "\n".join(
            [Cli.tr("{reference}: the plan now is:").format(reference=incident.reference)]
            + [
                f"  {local_text(p.due_at)}  {p.label}: {Msg.tr(STATE_WORDS.get(p.state, p.state))}"
                for p in notices
            ]
            + [f"  {line}" for line in _left_out(incident, reminders, start)]
        ),
    )
    return 0


def held_json(copies: list[HeldCopies]) -> list[dict[str, Any]]:
    return [
        {
            "notice": h.notice.id,
            "stage": h.notice.stage,
            "copies": h.channels(),
            "partners": len(h.partners),
            "untold": h.untold,
        }
        for h in copies
    ]


def held_lines(copies: list[HeldCopies], reference: str, kind: str) -> list[str]:
    """Held copies said where the officer looks (`incident show`, `incident schedule`), with
    what to do once the path works."""
    lines: list[str] = []
    for held in copies:
        counts = ", ".join(
            f"{n} {Words.tr('SMS') if channel == 'sms' else Words.tr('e-mail')}"
            for channel, n in held.channels().items()
        )
        if not held.untold:  # every partner has it by another path: nothing owed
            lines.append(
                Cli.tr(
                    "  held: {counts} of notice {id} ({stage}), their promise lapsed while "
                    "they waited; every partner they were for has the notice by another path, "
                    "so nothing is owed. To send them these copies too once the path works: "
                    "'outage-kit incident reissue {reference} --notice {id}'."
                ).format(
                    counts=counts,
                    id=held.notice.id,
                    stage=stage_label(held.notice.stage, kind),
                    reference=reference,
                )
            )
            continue
        lines.append(
            Cli.tr(
                "  HELD: {counts} of notice {id} ({stage}): their promised update time passed "
                "while they waited (SMS copies wait when no SMS modem works: 'outage-kit "
                "paths probe'). %n partner(s) have it no other way. Once the path works: "
                "'outage-kit incident reissue {reference} --notice {id}'.",
                "",
                held.untold,
            ).format(
                counts=counts,
                id=held.notice.id,
                stage=stage_label(held.notice.stage, kind),
                reference=reference,
            )
        )
    return lines


def show_held(
    service: IncidentService, incident: Incident
) -> tuple[list[dict[str, Any]], list[str]]:
    """For `incident show`: the held copies (JSON) and the lines saying them."""
    copies = held_copies(service, incident)
    return held_json(copies), held_lines(copies, incident.reference, incident.kind)


def run_reissue(ctx: CliContext, args: argparse.Namespace) -> int:
    schedule = _schedule(ctx)
    service = schedule.service
    incident = service.get(args.reference)
    queued = reissue(service, incident, args.notice, next_update=args.next_update)
    ctx.emit(
        {"reference": incident.reference, "notice": queued.notice_id, "queued": queued.messages},
        Cli.tr(
            "{reference}: the held copies re-issued, written now: %n message(s) queued "
            "('outage-kit outbox send' sends them).",
            "",
            queued.messages,
        ).format(reference=incident.reference),
    )
    return 0
