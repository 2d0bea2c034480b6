"""report incident REF | report period --from D --to D (DESIGN.md §4)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from app.commands.context import CliContext, SubParsers, incident_reference
from app.commands.index import command_help
from app.commands.written import created_note, missing_folder
from app.errors import UserError
from app.i18n import Cli
from app.localfmt import count_text
from app.reports.document import FORMATS, ReportDocument, record_export, save_document
from app.reports.incident_page import incident_report
from app.reports.period import gather_period, period_bounds, period_document
from app.timefmt import read_day


def register(sub: SubParsers) -> None:
    report = sub.add_parser("report", help=command_help("report"))
    commands = report.add_subparsers(
        dest="report_command", required=True, metavar="{incident,period}"
    )
    p = commands.add_parser(
        "incident", help=Cli.tr("one incident: timeline, who was told what and when, delays")
    )
    incident_reference(p)
    _output_options(p)
    p.set_defaults(handler=run_incident)

    p = commands.add_parser(
        "period", help=Cli.tr("every incident in a date range, totals and trends")
    )
    # days as the kit shows them (1.12.2026 in Polish), ISO, today: read by timefmt.read_day
    p.add_argument(
        "--from",
        dest="first",
        required=True,
        help=Cli.tr("first day (e.g. 2026-11-01, 1.11.2026 or today)"),
    )
    p.add_argument(
        "--to",
        dest="last",
        required=True,
        help=Cli.tr("last day, included (e.g. 2026-11-30, 30.11.2026 or today)"),
    )
    _output_options(p)
    p.set_defaults(handler=run_period)


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format", choices=FORMATS, required=True, help=Cli.tr("the report's file type")
    )
    p.add_argument("--out", type=Path, required=True, help=Cli.tr("the file to write"))


def write_pdf(html: str, out: Path, title: str) -> None:
    from app.ui.pdf import write_pdf as qt_write_pdf  # Qt lays out the PDF; loaded only here

    qt_write_pdf(html, out, title=title)


def run_incident(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    document = incident_report(kit.store.conn, args.reference, actor=kit.operator)
    return _finish(ctx, document, args)


def run_period(ctx: CliContext, args: argparse.Namespace) -> int:
    first = _day(args.first, "--from")
    last = _day(args.last, "--to")
    period_bounds(first, last)  # a reversed range is refused before the store is opened
    kit = ctx.open_kit()
    progress = _progress if sys.stderr.isatty() and not ctx.as_json else None
    figures = gather_period(kit.store.conn, first, last, actor=kit.operator, progress=progress)
    document = period_document(figures)
    return _finish(ctx, document, args)


def _day(text: str, what: str) -> date:
    """A day as the kit reads every date option (`backlog query --from`); a time after it
    is refused: the report takes whole days."""
    day = read_day(text, what=what)
    if isinstance(day, datetime):
        raise UserError(
            Cli.tr("{option} takes a day without a time of day, like 1.12.2026.").format(
                option=what
            )
        )
    return day


def _progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print(
        "\r"
        + Cli.tr("Reading incidents: {done}/{total}").format(
            done=count_text(done), total=count_text(total)
        ),
        end=end,
        file=sys.stderr,
        flush=True,
    )


def _finish(ctx: CliContext, document: ReportDocument, args: argparse.Namespace) -> int:
    out: Path = args.out
    created = missing_folder(out)
    save_document(document, args.format, out, pdf_writer=write_pdf)
    kit = ctx.open_kit()
    record_export(kit.audit, document, args.format, out)
    ctx.emit(
        {
            "file": str(out),
            "format": args.format,
            "report": document.kind,
            "about": document.about,
            "created_folder": str(created) if created else None,
        },
        Cli.tr("{title} written to {out}.").format(title=document.title, out=out)
        + created_note(created),
    )
    return 0
