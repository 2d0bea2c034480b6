"""backlog import | query | set-status | undo | report write-offs | export-decisions | reasons."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from pathlib import Path

from app.backlog.catalog import ReasonCatalog
from app.backlog.model import DECISIONS, KINDS, STATUS_LABELS, Criteria, decision
from app.backlog.query import SORTS, BacklogQuery
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.commands.progress import percent_progress
from app.commands.written import created_note, missing_folder
from app.errors import UserError
from app.i18n import Cli, translate
from app.localfmt import count_text, money_text, stored_day_or_time_text
from app.textencoding import unicode_bom

# Services are imported in the command that uses them: `backlog query` loads neither the
# importer, the actions nor the report writers (openpyxl, jinja2) (issue 18).


def register(sub: SubParsers) -> None:
    backlog = sub.add_parser("backlog", help=command_help("backlog")).add_subparsers(
        dest="backlog_command",
        required=True,
        metavar="{import,query,set-status,undo,report,export-decisions,reasons}",
    )
    p = backlog.add_parser("import", help=Cli.tr("import a quarantine export (CSV or XLSX)"))
    p.add_argument("file", type=Path, help=Cli.tr("the export from billing: CSV (UTF-8) or XLSX"))
    p.add_argument(
        "--kind", choices=KINDS, help=Cli.tr("which quarantine (guessed from the file name)")
    )
    p.add_argument(
        "--mapping", type=Path, help=Cli.tr('JSON {"their column": "field"} for other exports')
    )
    p.set_defaults(handler=run_import)

    p = backlog.add_parser("query", help=Cli.tr("search records (newest call date first)"))
    _filters(p, "--to")
    p.add_argument(
        "--sort",
        choices=sorted(SORTS),
        default="call_date",
        help=Cli.tr("the order: newest call date first, or by Quarantine ID or service"),
    )
    p.add_argument("--ascending", action="store_true", help=Cli.tr("oldest or lowest first"))
    p.add_argument(
        "--limit",
        type=_positive_limit,
        default=50,
        help=Cli.tr("show at most this many records (50 unless given); the total is said"),
    )
    p.set_defaults(handler=run_query)

    p = backlog.add_parser(
        "set-status", help=Cli.tr("decide records: by a file of IDs or a search")
    )
    p.add_argument("--ids", type=Path, help=Cli.tr("file of Quarantine IDs, one per line"))
    p.add_argument(
        "--all", action="store_true", help=Cli.tr("every record (when no filter is given)")
    )
    _filters(p, "--until")  # --to is the new status here
    # the spellings --status takes ('action-pending', 'Write off'): the same word both ways
    p.add_argument(
        "--to",
        required=True,
        metavar="{" + ",".join(DECISIONS) + "}",
        help=Cli.tr("the status to set"),
    )
    p.add_argument("--note", default="", help=Cli.tr("why (required for write-off)"))
    p.add_argument(
        "--include-closed",
        action="store_true",
        help=Cli.tr(
            "also change records billing has already closed (Completed, Withdrawn); "
            "left out by default"
        ),
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=Cli.tr("say the decision's progress on stderr even when it is not a terminal"),
    )
    p.set_defaults(handler=run_set_status)

    p = backlog.add_parser("undo", help=Cli.tr("undo the last status change"))
    p.add_argument(
        "--action",
        type=int,
        help=Cli.tr("undo only if the last action is this one (its number, from set-status)"),
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=Cli.tr("say the undo's progress on stderr even when it is not a terminal"),
    )
    p.set_defaults(handler=run_undo)

    report = backlog.add_parser("report", help=Cli.tr("reports")).add_subparsers(
        dest="report_command", required=True, metavar="{write-offs}"
    )
    p = report.add_parser(
        "write-offs", help=Cli.tr("totals by reason, carrier, month; then records")
    )
    p.add_argument(
        "--format",
        choices=("csv", "xlsx", "pdf", "html"),
        required=True,
        help=Cli.tr("the report's file type"),
    )
    p.add_argument("--out", type=Path, required=True, help=Cli.tr("the report file to write"))
    p.add_argument(
        "--progress",
        action="store_true",
        help=Cli.tr("say the PDF's progress on stderr even when it is not a terminal"),
    )
    p.set_defaults(handler=run_write_offs)

    p = backlog.add_parser(
        "export-decisions", help=Cli.tr("status changes since the last export (CSV)")
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        help=Cli.tr("the CSV file to write, for billing to apply the decisions"),
    )
    p.set_defaults(handler=run_export_decisions)

    p = backlog.add_parser("reasons", help=Cli.tr("the quarantine reasons of the guide"))
    p.set_defaults(handler=run_reasons)


def _positive_limit(text: str) -> int:
    """`--limit`: how many records to show, at least one."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            Cli.tr("{value} is not a number of records; give 1 or more, e.g. --limit 50.").format(
                value=repr(text)
            )
        )
    return value


def _filters(p: argparse.ArgumentParser, until_flag: str) -> None:
    p.add_argument(
        "--status", help=Cli.tr("a status, e.g. quarantined, pending, write-off, cleansed")
    )
    p.add_argument("--reason", help=Cli.tr("a quarantine reason, whole (any case)"))
    p.add_argument(
        "--kind",
        dest="filter_kind",
        choices=KINDS,
        type=str.lower,
        help=Cli.tr("which quarantine"),
    )
    p.add_argument("--service-id", help=Cli.tr("service identifier prefix"))
    p.add_argument("--carrier", help=Cli.tr("carrier name (any case)"))
    p.add_argument("--carrier-file-type", help=Cli.tr("the guide's Carrier File Type, e.g. CDR"))
    p.add_argument("--batch", help=Cli.tr("batch number"))
    p.add_argument("--batch-file", help=Cli.tr("batch file name prefix"))
    p.add_argument("--tariff-key", help=Cli.tr("tariff key (any case)"))
    p.add_argument("--quarantine-id", help=Cli.tr("one Quarantine ID"))
    # days as the kit shows them (1.11.2026 in Polish) or ISO: read by timefmt.read_day
    for flag, dest, text in (
        (
            "--from",
            "date_from",
            Cli.tr("call date from (a day, e.g. 2026-11-01 or 1.11.2026; local)"),
        ),
        (
            until_flag,
            "date_to",
            Cli.tr("call date up to (the whole day; e.g. 2026-11-30 or 30.11.2026)"),
        ),
        (
            "--updated-from",
            "updated_from",
            Cli.tr("the guide's Date Updated from (a day, e.g. 2026-11-01 or 1.11.2026)"),
        ),
        (
            "--updated-to",
            "updated_to",
            Cli.tr("Date Updated up to (the whole day; e.g. 30.11.2026)"),
        ),
        (
            "--released-from",
            "released_from",
            Cli.tr("the guide's Date Released from (a day, e.g. 2026-11-01 or 1.11.2026)"),
        ),
        (
            "--released-to",
            "released_to",
            Cli.tr("Date Released up to (the whole day; e.g. 30.11.2026)"),
        ),
    ):
        p.add_argument(flag, dest=dest, help=text)
    p.add_argument(
        "--text", help=Cli.tr("Quarantine ID, or start of service identifier / batch file")
    )
    p.add_argument(
        "--unknown-reason", action="store_true", help=Cli.tr("only reasons not in the guide")
    )


def _criteria(args: argparse.Namespace) -> Criteria:
    return Criteria(
        status=args.status or "",
        reason=args.reason or "",
        kind=args.filter_kind or "",
        service_id=args.service_id or "",
        carrier=args.carrier or "",
        carrier_file_type=args.carrier_file_type or "",
        batch=args.batch or "",
        batch_file=args.batch_file or "",
        tariff_key=args.tariff_key or "",
        quarantine_id=args.quarantine_id or "",
        date_from=args.date_from or "",
        date_to=args.date_to or "",
        updated_from=args.updated_from or "",
        updated_to=args.updated_to or "",
        released_from=args.released_from or "",
        released_to=args.released_to or "",
        text=args.text or "",
        unknown_reason=bool(args.unknown_reason),
    )


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    from app.backlog.sources import read_mapping

    mapping = read_mapping(args.mapping) if args.mapping else None
    from app.backlog.importer import BacklogImporter

    result = BacklogImporter(conn=kit.store.conn, audit=kit.audit).run(
        args.file, kind=args.kind, mapping=mapping
    )
    data = {
        "file": result.source,
        "kind": result.kind,
        "rows": result.rows,
        "inserted": result.inserted,
        "updated": result.updated,
        "rejected": result.problem_count,
        "problems": [p.__dict__ for p in result.problems],
        "unknown_reasons": dict(result.unknown_reasons),
    }
    ctx.emit(data, result.summary())
    if result.problem_count:
        for problem in result.problems[:50]:
            print(Cli.tr("  rejected: {text}").format(text=problem.text()), file=sys.stderr)
        if result.problem_count > 50:
            print(
                Cli.tr("  … and {value} more.").format(value=count_text(result.problem_count - 50)),
                file=sys.stderr,
            )
        return 1
    return 0


def status_word(status: str) -> str:
    """A record's status as the window shows it, in the kit's language ('W kwarantannie');
    --status and --json take the stored word ('quarantined')."""
    return translate("Labels", STATUS_LABELS.get(status, status))


def run_query(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    query = BacklogQuery(conn=kit.store.conn)
    criteria = _criteria(args)
    records = query.page(
        criteria, sort=args.sort, descending=not args.ascending, limit=max(1, args.limit)
    )
    total = query.count(criteria)
    lines = [
        f"{r.quarantine_id:14} {status_word(r.status):15} "
        f"{stored_day_or_time_text(r.call_date, seconds=True):19} "
        f"{r.service_id:16} {r.carrier[:18]:18} {money_text(r.amount_minor, r.currency):>14}  "
        f"{r.reason}" + ("" if r.reason_known else "  [" + Cli.tr("reason not in the guide") + "]")
        for r in records
    ]
    lines.append(
        Cli.tr("{records} of %n matching record(s) shown.", "", total).format(
            records=count_text(len(records))
        )
    )
    ctx.emit({"total": total, "records": [r.as_dict() for r in records]}, "\n".join(lines))
    return 0


def _read_ids(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UserError(
            Cli.tr("The ID file {path} cannot be read ({err}).").format(path=path, err=err)
        ) from None
    try:  # a spreadsheet's "Unicode text" is UTF-16 with its byte order mark
        wide = unicode_bom(data)
        text = data.decode(wide.lower() if wide else "utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(
            Cli.tr(
                "The ID file {path} is not UTF-8 text (byte {offset} is not). Save it as "
                "UTF-8 text or CSV UTF-8, one Quarantine ID per line, and run the command again."
            ).format(path=path, offset=err.start)
        ) from None
    ids = [row[0].strip() for row in csv.reader(text.splitlines()) if row and row[0].strip()]
    if ids and ids[0].replace(" ", "").casefold() == "quarantineid":
        ids = ids[1:]
    if not ids:
        raise UserError(Cli.tr("{path} holds no Quarantine ID (one per line).").format(path=path))
    return ids


def run_set_status(ctx: CliContext, args: argparse.Namespace) -> int:
    args.to = decision(args.to)  # 'action-pending', 'Write off': as --status takes them
    kit = ctx.open_kit()
    from app.backlog.actions import CLI_ORIGIN, BacklogActions

    actions = BacklogActions(conn=kit.store.conn, audit=kit.audit, origin=CLI_ORIGIN)
    criteria = _criteria(args)
    progress = percent_progress(
        ctx,
        args.progress,
        lambda percent: Cli.tr("Setting records to {status}: {percent}%").format(
            status=status_word(args.to), percent=percent
        ),
    )
    if args.ids is not None:
        if criteria.as_dict():
            raise UserError(Cli.tr("Give either --ids FILE or search filters, not both."))
        ids = _read_ids(args.ids)
        result = actions.set_status(
            to=args.to,
            note=args.note,
            quarantine_ids=ids,
            include_closed=args.include_closed,
            progress=progress,
        )
    else:
        if not criteria.as_dict() and not args.all:
            raise UserError(
                Cli.tr(
                    "No filter given: that would change every record. Add filters, --ids FILE, "
                    "or --all if you really mean every record."
                )
            )
        result = actions.set_status(
            to=args.to,
            note=args.note,
            criteria=criteria,
            include_closed=args.include_closed,
            progress=progress,
        )
    if result.changed:
        text = Cli.tr("{summary} (action {action_id}; undo: backlog undo)").format(
            summary=result.summary(), action_id=result.action_id
        )
    else:  # undo passes this one over: say what it would undo instead, if anything
        text = Cli.tr("{summary} Nothing changed (action {action_id}).").format(
            summary=result.summary(), action_id=result.action_id
        )
        before = actions.last_undoable()
        if before is not None:
            text += Cli.tr(" backlog undo still undoes {action}.").format(
                action=before.identify(CLI_ORIGIN)
            )
    if result.left_out:
        text += Cli.tr(" To change the closed records too, add --include-closed.")
    data = {**result.__dict__, "missing": list(result.missing)}
    data.pop("undid")
    if args.ids is not None:
        unique = len(dict.fromkeys(ids))
        text = (
            Cli.tr("%n Quarantine ID(s) in {name}. ", "", unique).format(name=args.ids.name) + text
        )
        data["ids"] = unique
    ctx.emit(data, text)
    return 1 if result.missing else 0


def run_undo(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    from app.backlog.actions import CLI_ORIGIN, BacklogActions

    actions = BacklogActions(conn=kit.store.conn, audit=kit.audit, origin=CLI_ORIGIN)
    progress = percent_progress(
        ctx,
        args.progress,
        lambda percent: Cli.tr("Undoing: {percent}%").format(percent=percent),
    )
    result = actions.undo_last(expected=args.action, progress=progress)
    undid = result.undid
    assert undid is not None  # an undo always names what it undid
    text = Cli.tr("Undone {action}: %n record(s) put back", "", result.changed).format(
        action=undid.identify(CLI_ORIGIN)
    )
    if result.changed != result.matched:
        text += Cli.tr("; {value} changed since by an import were kept").format(
            value=count_text(result.matched - result.changed)
        )
    data = {**result.__dict__, "undid": undid.__dict__ | {"origin": undid.origin}}
    ctx.emit(data, text + ".")
    return 0


def run_write_offs(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    from app.backlog.writeoffs import write_off_report

    report = write_off_report(kit.store.conn, operator=kit.operator)
    out: Path = args.out
    created = missing_folder(out)
    # loaded for reports only: openpyxl and jinja2 cost ~0.15 s a command (issue 18)
    from app.reports.render import render_html, write_csv
    from app.reports.xlsx import write_xlsx

    if args.format == "csv":
        write_csv(report, out)
    elif args.format == "xlsx":
        from app.reports.xlsx import write_xlsx  # openpyxl: loaded only for this (Windows: 4 s)

        write_xlsx(report, out, sheet_for={"Written-off records"})
    elif args.format == "html":
        from app.fsutil import write_private

        write_private(out, render_html(report).encode("utf-8"))
    else:
        from app.ui.report_pdf import write_report_pdf  # Qt paints the PDF; loaded for this only

        write_report_pdf(report, out, progress=_pdf_progress(ctx, args.progress))
    kit.audit.append("backlog.report_written", report="write-offs", format=args.format)
    ctx.emit(
        {
            "file": str(out),
            "format": args.format,
            "created_folder": str(created) if created else None,
        },
        Cli.tr("Write-off report written to {out}.").format(out=out) + created_note(created),
    )
    return 0


def _pdf_progress(ctx: CliContext, asked: bool) -> Callable[[int, int], None] | None:
    return percent_progress(
        ctx, asked, lambda percent: Cli.tr("Writing the PDF: {percent}%").format(percent=percent)
    )


def run_export_decisions(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    from app.backlog.decisions import DecisionExporter  # loads the CSV writer of reports

    done = DecisionExporter(conn=kit.store.conn, audit=kit.audit).export(args.out)
    text = (
        Cli.tr("%n decision(s) written to {path}.", "", done.records).format(path=done.path)
        if done.records
        else Cli.tr("No decision since the last export; {path} holds only the header.").format(
            path=done.path
        )
    )
    ctx.emit({"file": str(done.path), "records": done.records}, text)
    return 0


def run_reasons(ctx: CliContext, args: argparse.Namespace) -> int:
    reasons = ReasonCatalog.shipped().reasons
    lines = [
        f"[{r.category}] {r.name}\n    {r.description}\n    → {r.recommended_action}"
        for r in reasons
    ]
    ctx.emit([r.__dict__ for r in reasons], "\n".join(lines))
    return 0
