"""incident new | list | show | notify | close | told | withdraw (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from app.commands import schedule_cmds
from app.commands.context import CliContext, SubParsers, incident_reference
from app.commands.index import command_help
from app.commands.understood import read_window, say_understood, say_window
from app.contacts.model import STAGES
from app.errors import UserError
from app.i18n import Cli, Words, channel_word
from app.incidents.compose import Composition, LanguageText
from app.incidents.drafting import far_past_warning, past_start_warning
from app.incidents.drafts import Drafts
from app.incidents.flow import english_parts, said_field
from app.incidents.model import (
    NEXT_UPDATE,
    Incident,
    is_time_field,
    kind_and_status,
    stage_label,
)
from app.incidents.service import IncidentService
from app.incidents.standing import next_steps
from app.incidents.titles import checked_title_language, keep_title
from app.incidents.told_by_hand import refused_partners
from app.langnames import language_name
from app.notices.localtime import parse_field_time
from app.store import db
from app.timefmt import iso, local_text, now, read_time


def register(sub: SubParsers) -> None:
    incident = sub.add_parser("incident", help=command_help("incident"))
    commands = incident.add_subparsers(
        dest="incident_command",
        required=True,
        metavar="{new,list,show,notify,close,told,withdraw,drafts,schedule,plan,extend,move,reissue}",
    )
    p = commands.add_parser("new", help=Cli.tr("open an incident (prints its reference)"))
    p.add_argument(
        "--kind",
        required=True,
        choices=("disaster", "downtime"),
        help=Cli.tr("disaster: an outage now; downtime: planned work (needs --window)"),
    )
    p.add_argument(
        "--title",
        required=True,
        help=Cli.tr(
            "a short title, in English: partners of a language without its own title get it, "
            "marked (in English); give theirs with title.<lang> in a notice's --fields"
        ),
    )
    p.add_argument(
        "--title-lang",
        metavar="LANG",
        help=Cli.tr(
            "the language --title is written in, when not English (e.g. pl): it becomes that "
            "language's title, and notices to other languages need the English title "
            '("title" in --fields)'
        ),
    )
    p.add_argument(
        "--services", required=True, help=Cli.tr("affected service ids, comma-separated")
    )
    p.add_argument(
        "--detected",
        help=Cli.tr(
            "when it was detected: 05:30 (today; a time still ahead is yesterday's when that "
            "was at most 12 hours ago, else it is refused: write the date), 1.12.2026 05:30 or "
            "2026-12-01 05:30 (default now)"
        ),
    )
    p.add_argument(
        "--window",
        help=Cli.tr("planned work: START/END, e.g. 1.12.2026 01:00/03:00 or 01:00/03:00"),
    )
    p.add_argument("--groups", help=Cli.tr("groups to notify instead of the routing rule's"))
    schedule_cmds.add_plan_options(p)
    p.set_defaults(handler=run_new)

    p = commands.add_parser("list", help=Cli.tr("open incidents with their timers"))
    p.add_argument("--all", action="store_true", help=Cli.tr("closed ones too"))
    p.set_defaults(handler=run_list)

    p = commands.add_parser("show", help=Cli.tr("an incident, its timers and its notices"))
    incident_reference(p)
    p.set_defaults(handler=run_show)

    p = commands.add_parser("notify", help=Cli.tr("render, lint and queue a notice"))
    incident_reference(p)
    p.add_argument(
        "--stage",
        required=True,
        choices=STAGES,
        help=Cli.tr(
            "which notice: disaster initial, update, resolved; downtime initial, update, "
            "completed, cancelled"
        ),
    )
    p.add_argument(
        "--fields",
        required=True,
        type=Path,
        help=Cli.tr(
            'a file holding a JSON object: field → text. "<field>.<lang>": that language\'s '
            'text; "title": the '
            'English title, for every language without its own; "title.<lang>": a '
            "language's title (both kept for later notices). A key no template of the "
            "notice uses is refused"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help=Cli.tr("show the notices, queue nothing"))
    p.add_argument(
        "--remove", action="append", default=[], metavar="ADDRESS", help=Cli.tr("drop a recipient")
    )
    p.add_argument("--removal-reason", default="", help=Cli.tr("why --remove (required with it)"))
    p.add_argument(
        "--add-groups", help=Cli.tr("groups that hear about it from now on (comma-separated)")
    )
    p.set_defaults(handler=run_notify)

    p = commands.add_parser(
        "close", help=Cli.tr("close (once partners have its resolution/completion notice)")
    )
    incident_reference(p)
    p.set_defaults(handler=run_close)

    p = commands.add_parser(
        "told",
        help=Cli.tr("record that the partners the kit could not reach were told another way"),
    )
    incident_reference(p)
    p.add_argument(
        "--how", required=True, help=Cli.tr("e.g. 'phoned the NOC', 'SMS from my phone'")
    )
    p.add_argument("--notice", type=int, help=Cli.tr("which notice (default: the newest)"))
    p.add_argument(
        "--partner",
        action="append",
        default=[],
        metavar="WHO",
        help=Cli.tr(
            "only this partner's messages: words of its name, its address or its number as "
            "written (repeat for each partner told; default: every partner still waiting)"
        ),
    )
    p.set_defaults(handler=run_told)

    p = commands.add_parser(
        "withdraw", help=Cli.tr("discard an incident opened by mistake, before any notice went out")
    )
    incident_reference(p)
    p.add_argument("--reason", required=True, help=Cli.tr("why (kept and audited)"))
    p.set_defaults(handler=run_withdraw)
    p = commands.add_parser(
        "drafts", help=Cli.tr("notices typed in the window and not queued (kept after a crash)")
    )
    p.add_argument("--discard", metavar="SCOPE", help=Cli.tr("throw one away, e.g. new:disaster"))
    p.set_defaults(handler=run_drafts)
    schedule_cmds.register(commands)


def _service(ctx: CliContext) -> IncidentService:
    kit = ctx.open_kit()
    return IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)


def _ids(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def run_new(ctx: CliContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    groups = _ids(args.groups) if args.groups is not None else None
    fields = _read_fields(Path(args.plan_fields)) if args.plan_fields else None
    config = schedule_cmds.plan_config(service, args, fields) if args.kind == "downtime" else None
    title_lang = checked_title_language(args.title_lang) if args.title_lang else None
    draft = service.draft(
        args.kind,
        args.title,
        _ids(args.services),
        detected=read_time(args.detected, what="--detected") if args.detected else None,
        window=read_window(args.window) if args.window else None,
        groups=groups,
    )
    with db.transaction(service.conn):  # the incident and its plan, or neither
        incident = service.open(draft)
        if title_lang and incident.id is not None:  # the typed title is that language's
            keep_title(service.conn, incident.id, title_lang, incident.title)
        plan = schedule_cmds.make_plan(ctx, service, incident, config) if config else ""
    data = _incident_json(service, incident)
    if config is not None:
        data["plan"] = schedule_cmds.plan_json(service, incident)
    if args.detected:
        data["detected_typed"] = args.detected
        _say_detected(ctx, args.detected, incident.detected_at)
    if args.window and incident.window_start and incident.window_end:
        window = (incident.window_start, incident.window_end)
        warning = past_start_warning(window, now())  # "23:00" typed at 23:16
        data["window_typed"], data["window_warning"] = args.window, warning or None
        say_window(ctx, args.window, window)
        if warning and not ctx.as_json:
            print(Cli.tr("Warning: {warning}").format(warning=warning), file=sys.stderr)
    ctx.emit(data, incident.reference)
    if plan and not ctx.as_json:  # stdout stays the reference alone, for scripts
        print(plan, file=sys.stderr)
    return 0


def _say_detected(ctx: CliContext, typed: str, detected: datetime) -> None:
    """What the kit made of a typed detection time ("23:50" may be last night), on stderr
    (stdout stays the reference alone, or the JSON); a date days back is warned about."""
    if ctx.as_json:
        return
    say_understood(ctx, Cli.tr("Detected"), typed, detected)
    warning = far_past_warning(detected, now())
    if warning:
        print(Cli.tr("Warning: {warning}").format(warning=warning), file=sys.stderr)


def _incident_json(service: IncidentService, incident: Incident) -> dict[str, Any]:
    current = now()
    return {
        "reference": incident.reference,
        "kind": incident.kind,
        "title": incident.title,
        "state": incident.status,
        "withdrawn_reason": incident.withdrawn_reason,
        "services": list(incident.services),
        "groups": list(incident.groups),
        "detected": iso(incident.detected_at),
        "window_start": iso(incident.window_start) if incident.window_start else None,
        "window_end": iso(incident.window_end) if incident.window_end else None,
        "closed": iso(incident.closed_at) if incident.closed_at else None,
        "deadlines": [
            {"what": d.what, "due": iso(d.due), "state": d.state(current)}
            for d in service.deadlines(incident)
        ],
    }


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    incidents = service.incidents(include_closed=args.all)
    current = now()
    lines = []
    for incident in incidents:
        timers = "  ".join(
            (
                d.label(current) + (Cli.tr(" OVERDUE") if d.state(current) == "overdue" else "")
            ).replace(f"{incident.reference}  ", "")
            for d in service.deadlines(incident)
        )
        lines.append(
            f"{incident.reference}  {Words.tr(incident.status):9}  {Words.tr(incident.kind):8}  "
            f"{incident.title}" + (f"   {timers}" if timers else "")
        )
    ctx.emit(
        [_incident_json(service, i) for i in incidents],
        "\n".join((lines or [Cli.tr("No open incidents.")]) + _draft_lines(service)),
    )
    return 0


def _draft_lines(service: IncidentService) -> list[str]:
    """Below the incidents: what the officer typed in the window and did not queue."""
    waiting = Drafts(service.conn).waiting()
    if not waiting:
        return []
    return [
        "",
        Cli.tr("Not queued — drafts kept from the window (open them there, or discard):"),
    ] + [f"  {w.scope:22}  {w.describe()}" for w in waiting]


def run_drafts(ctx: CliContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    drafts = Drafts(service.conn)
    waiting = drafts.waiting()
    if args.discard:
        if args.discard not in {w.scope for w in waiting}:
            listed = ", ".join(w.scope for w in waiting) or Cli.tr("none")
            raise UserError(
                Cli.tr("There is no draft {scope!r}; the drafts: {listed}.").format(
                    scope=args.discard, listed=listed
                )
            )
        drafts.drop(args.discard)
        ctx.emit(
            {"discarded": args.discard},
            Cli.tr("Discarded the draft {scope}.").format(scope=args.discard),
        )
        return 0
    ctx.emit(
        [
            {
                "scope": w.scope,
                "saved_at": iso(w.saved_at),
                "kind": w.kind or None,
                "reference": w.reference or None,
                "stage": w.stage or None,
                "title": w.title,
                "detected": iso(w.detected) if w.detected else None,
                "detected_typed": w.detected_typed or None,
            }
            for w in waiting
        ],
        "\n".join(f"{w.scope:22}  {w.describe()}" for w in waiting)
        or Cli.tr("No draft is waiting."),
    )
    return 0


def _group_names(ctx: CliContext, ids: tuple[str, ...]) -> str:
    """The groups by their names in the kit's language, as the window and the PDF name them."""
    from app.contacts.directory import DirectoryStore
    from app.i18n import language

    kit = ctx.open_kit()
    return ", ".join(
        DirectoryStore(conn=kit.store.conn, audit=kit.audit).shown_groups(ids, language())
    )


def _service_names(ctx: CliContext, ids: tuple[str, ...]) -> str:
    """The services by their names in the kit's language (a bundle's `name.pl`), else as
    the bundle names them; an id the directory no longer has as the id."""
    from app.contacts.directory import DirectoryStore
    from app.i18n import language

    kit = ctx.open_kit()
    names = DirectoryStore(conn=kit.store.conn, audit=kit.audit).service_names_in(language())
    return ", ".join(names.get(i, i) for i in ids)


def run_show(ctx: CliContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    incident = service.get(args.reference)
    notices = service.notices(incident)
    deliveries = service.deliveries(incident)
    told = service.delivery(incident)
    data = _incident_json(service, incident)
    data["notices"] = []
    lines = [
        f"{incident.reference}  {incident.title}  "
        f"({kind_and_status(incident.kind, incident.status)})",
        (
            Cli.tr("  window {window_start} – {window_end}").format(
                window_start=local_text(incident.window_start),
                window_end=local_text(incident.window_end),
            )
            if incident.window_start and incident.window_end
            else Cli.tr("  detected {detected_at}").format(
                detected_at=local_text(incident.detected_at)
            )
        )
        + Cli.tr("; services {services}").format(services=_service_names(ctx, incident.services)),
        Cli.tr("  groups {groups}").format(groups=_group_names(ctx, incident.groups) or "-"),
    ]
    reach = service.reach(incident)
    if reach is not None:  # the whole current audience: those who joined its groups too
        data["reach"] = reach.json()
        lines.append(Cli.tr("  reach: {summary}").format(summary=reach.summary()))
    if incident.withdrawn_reason is not None:
        lines.append(Cli.tr("  withdrawn: {reason}").format(reason=incident.withdrawn_reason))
    lines += [
        Cli.tr("  timer: {timer}").format(timer=d.label(now())) for d in service.deadlines(incident)
    ]
    plan = schedule_cmds.plan_json(service, incident)
    if plan:
        data["plan"] = plan
        lines.append(Cli.tr("  plan:"))
        lines += schedule_cmds.plan_lines(service, incident)
    for notice in notices:
        mine = [d for d in deliveries if d.notice_id == notice.id]
        states: dict[str, int] = {}
        for line in mine:
            states[line.state] = states.get(line.state, 0) + 1
        paths = sorted({d.path for d in mine if d.path})
        reached = told.get(notice.id)
        # whom its refused copies leave untold, to phone: organisations, never addresses
        refused = refused_partners(service.conn, notice.id, reached) if reached else []
        data["notices"].append(
            {
                "id": notice.id,
                "stage": notice.stage,
                "queued_at": iso(notice.created_at),
                "next_update": iso(notice.next_update) if notice.next_update else None,
                "recipients": notice.recipients,
                "messages": states,
                "told": reached.told if reached else 0,
                "delivered_at": iso(reached.delivered_at)
                if reached and reached.delivered_at
                else None,
                "paths": paths,
                "fields": notice.fields,
                "refused_partners": refused,
            }
        )
        promise = (
            Cli.tr(", next update by {time}").format(time=local_text(notice.next_update))
            if notice.next_update
            else ""
        )
        via = Cli.tr("  via {paths}").format(paths=", ".join(paths)) if paths else ""
        lines.append(
            f"  {local_text(notice.created_at)}  {stage_label(notice.stage, incident.kind):14}  "
            + Cli.tr("%n recipient(s)", "", notice.recipients)
            + "  "
            + ", ".join(f"{Words.tr(k)}: {v}" for k, v in sorted(states.items()))
            + via
            + promise
        )
        if reached is not None:  # partners by where they stand, and what to do for them
            steps = next_steps(reached, refused)
            lines.append(f"      {reached.summary()}" + (f" ({steps})" if steps else ""))
    data["held_copies"], held = schedule_cmds.show_held(service, incident)
    lines += held
    ctx.emit(data, "\n".join(lines))
    return 0


def _read_fields(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise UserError(Cli.tr("There is no fields file {path}.").format(path=path)) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise UserError(Cli.tr("{path} is not JSON ({err}).").format(path=path, err=err)) from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise UserError(
            Cli.tr('{path} must hold one JSON object, like {{"impact": "…"}}.').format(path=path)
        )
    return {k: "" if v is None else str(v) for k, v in data.items()}


def run_notify(ctx: CliContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    incident = service.get(args.reference)
    fields = _read_fields(args.fields)
    if args.remove and not args.removal_reason.strip():
        raise UserError(
            Cli.tr("--remove needs --removal-reason: say why they stop hearing about it.")
        )
    removals = {key.strip().lower(): args.removal_reason for key in args.remove}
    # typed keys: one no template of the notice uses is refused (a typo, another bundle's)
    how: dict[str, Any] = {
        "removals": removals,
        "add_groups": _ids(args.add_groups),
        "check_keys": True,
    }
    if args.dry_run:
        composition = service.compose(incident, args.stage, fields, **how)
        read = _say_times(ctx, fields, composition)
        ctx.emit(
            {**_composition_json(composition), "times_read": read}, _composition_text(composition)
        )
        return 0 if composition.ok else 1
    queued = service.notify(incident, args.stage, fields, **how)
    composition = queued.composition
    read = _say_times(ctx, fields, composition)
    ctx.emit(
        {
            **_composition_json(composition),
            "times_read": read,
            "notice": queued.notice_id,
            "queued": queued.messages,
        },
        Cli.tr("Queued %n message(s)", "", queued.messages)
        + Cli.tr(
            " to %n recipient(s) for {reference} ({stage}). Partners are told once it is "
            "sent: 'outage-kit outbox send' sends it now.",
            "",
            len(composition.recipients),
        ).format(reference=incident.reference, stage=stage_label(args.stage, incident.kind))
        + _newcomers_line(composition),
    )
    return 0


def _newcomers_line(c: Composition) -> str:
    """The first-time recipients' sentence (a follow-up's lint warning), on its own line."""
    return "\n" + c.newcomers.said if c.newcomers.said else ""


def _times_read(typed: dict[str, str], c: Composition) -> dict[str, tuple[str, datetime]]:
    """Each time field the officer filled in (and the promise): (as typed, as read). A
    time that could not be read is a problem of the composition, not listed here."""
    read: dict[str, tuple[str, datetime]] = {}
    for name, value in typed.items():
        if not value.strip():
            continue
        if name == NEXT_UPDATE and c.next_update is not None:
            read[name] = (value, c.next_update)
        elif is_time_field(name):
            moment = parse_field_time(c.fields.get(name, ""))
            if moment is not None:
                read[name] = (value, moment)
    return read


def _say_times(ctx: CliContext, typed: dict[str, str], c: Composition) -> dict[str, dict[str, str]]:
    """Says each time read (not with --json); {field: {"typed", "utc"}} for the JSON."""
    read = _times_read(typed, c)
    for name, (value, moment) in read.items():
        say_understood(ctx, name, value, moment)
    return {name: {"typed": value, "utc": iso(moment)} for name, (value, moment) in read.items()}


def _composition_json(c: Composition) -> dict[str, Any]:
    return {
        "reference": c.incident.reference,
        "stage": c.stage,
        "ok": c.ok,
        "problems": c.problems,
        "fields": c.needed_fields,
        "recipients": len(c.recipients),
        "messages": c.message_count(),
        "languages": c.languages(),
        "next_update": iso(c.next_update) if c.next_update else None,
        "warnings": list(c.warnings),
        "first_time": c.newcomers.json(),
        "notices": [
            {
                "language": t.language,
                "channel": t.channel,
                "template": t.template.path,
                "template_origin": t.template.origin,
                "sms_derived_from_email": t.template.derived,
                "timezone": t.timezone,
                "details_in": t.details_in or t.language,
                "in_english": list(t.in_english),
                "title_in_english": t.title_in_english,
                "recipients": t.recipients,
                "subject": t.subject,
                "body": t.full_body,
                "sms": _sms_json(t),
            }
            for t in c.texts.values()
        ],
    }


def _sms_json(text: LanguageText) -> dict[str, Any] | None:
    sms = text.sms_plan()
    if sms is None:
        return None
    return {"encoding": sms.encoding, "characters": sms.units, "messages": sms.segments}


def _version_heading(t: LanguageText) -> str:
    """The heading of one version of a notice in the preview: its language and channel in
    the kit's words, the partners' zone, and how many recipients get it."""
    fallback = (
        Cli.tr(" (the {language} template)").format(language=language_name(t.template.language))
        if t.template.is_fallback
        else ""
    )
    return Cli.tr(
        "===== {language}, {channel}{fallback}, {zone}: for %n recipient(s)", "", t.recipients
    ).format(
        language=language_name(t.language),
        channel=channel_word(t.channel),
        fallback=fallback,
        zone=t.timezone,
    )


def _composition_text(c: Composition) -> str:
    out = [
        f"{c.incident.reference} {stage_label(c.stage, c.incident.kind)}: "
        + Cli.tr("%n recipient(s)", "", len(c.recipients))
        + (Cli.tr(" (%n for the first time)", "", c.newcomers.count) if c.newcomers.count else "")
        + ", "
        + Cli.tr("%n message(s)", "", c.message_count())
        + Cli.tr("; languages ")
        + ", ".join(f"{language_name(k)} {v}" for k, v in c.languages().items())
    ]
    for t in c.texts.values():
        out.append("\n" + _version_heading(t))
        sms = t.sms_plan()
        if sms is not None:
            out.append(f"({sms.summary()})")
        english = english_parts(t, lambda name: said_field(name, c.field_labels))
        if english:
            out.append(
                Cli.tr(
                    "(no {language} text for: {fields}; the English text, marked {mark})"
                ).format(
                    language=language_name(t.language),
                    fields=", ".join(english),
                    mark=t.english_mark(),
                )
            )
        if t.subject:
            out.append(Cli.tr("Subject: {subject}").format(subject=t.subject) + "\n")
        out.append(t.full_body.rstrip("\n"))
    out.append("\n" + Cli.tr("===== lint"))
    out += [f"  - {p}" for p in c.problems] or [
        "  " + Cli.tr("ok: nothing missing, ready to queue.")
    ]
    out += ["  " + Cli.tr("warning: {warning}").format(warning=w) for w in c.warnings]
    return "\n".join(out)


def run_close(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.incidents.standing import owed_text

    service = _service(ctx)
    incident = service.close(service.get(args.reference))
    owed = service.owed_after_closing(incident)
    note = owed_text(owed)
    ctx.emit(
        {**_incident_json(service, incident), "still_owed": owed},
        Cli.tr("Closed {reference}.").format(reference=incident.reference)
        + (f"\n{note}" if note else ""),
    )
    return 0


def run_withdraw(ctx: CliContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    incident = service.withdraw(service.get(args.reference), args.reason)
    ctx.emit(
        _incident_json(service, incident),
        Cli.tr(
            "Withdrew {reference}: {withdrawn_reason}. It is left out of the reports' figures."
        ).format(reference=incident.reference, withdrawn_reason=incident.withdrawn_reason),
    )
    return 0


def run_told(ctx: CliContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    incident = service.get(args.reference)
    done = service.told_another_way(
        incident, args.how, notice_id=args.notice, partners=args.partner
    )
    ctx.emit(
        {
            "reference": incident.reference,
            "stage": done.stage,
            "partners": done.partners,
            "messages": done.messages,
        },
        Cli.tr(
            "Recorded %n partner(s) of {reference} as told another way ({strip}).",
            "",
            done.partners,
        ).format(reference=incident.reference, strip=args.how.strip())
        + " "
        + done.stage_said(incident.kind)
        if done.partners
        else Cli.tr(
            "Every partner of that notice has it already (by e-mail, SMS or told another "
            "way); nothing was recorded."
        ),
    )
    return 0
