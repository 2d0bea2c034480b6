"""balances import FILE | balances negative [--out FILE]."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from app.backlog.balances import BalanceSnapshots
from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.i18n import Cli
from app.localfmt import count_text, money_text
from app.reports.render import write_table_csv


def register(sub: SubParsers) -> None:
    balances = sub.add_parser("balances", help=command_help("balances")).add_subparsers(
        dest="balances_command", required=True, metavar="{import,negative}"
    )
    p = balances.add_parser("import", help=Cli.tr("import a balance-bucket snapshot (CSV or XLSX)"))
    p.add_argument("file", type=Path, help=Cli.tr("the snapshot from billing: CSV (UTF-8) or XLSX"))
    p.set_defaults(handler=run_import)
    p = balances.add_parser(
        "negative", help=Cli.tr("negative totals and buckets (vs. previous snapshot)")
    )
    p.add_argument("--out", type=Path, help=Cli.tr("also write the findings to this CSV"))
    p.set_defaults(handler=run_negative)


def run_import(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    result = BalanceSnapshots(conn=kit.store.conn, audit=kit.audit).import_file(args.file)
    ctx.emit(
        {
            "snapshot": result.snapshot,
            "buckets": result.buckets,
            "rejected": result.problem_count,
            "problems": [p.__dict__ for p in result.problems],
        },
        Cli.tr(
            "Snapshot {snapshot}: %n bucket(s), {problem_count} rejected.", "", result.buckets
        ).format(snapshot=result.snapshot, problem_count=count_text(result.problem_count)),
    )
    for problem in result.problems[:50]:
        print(Cli.tr("  rejected: {text}").format(text=problem.text()), file=sys.stderr)
    return 1 if result.problem_count else 0


def run_negative(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    found = BalanceSnapshots(conn=kit.store.conn, audit=kit.audit).negative()
    lines = [
        Cli.tr("Snapshot {snapshot} (compared with {value}).").format(
            snapshot=found.snapshot, value=found.previous or Cli.tr("none")
        )
    ]
    lines += [
        Cli.tr("NEGATIVE TOTAL  {account}  {type}: {amount}").format(
            account=t.account, type=t.balance_type, amount=money_text(t.total_minor, t.currency)
        )
        for t in found.totals
    ] or [Cli.tr("No account has a negative total.")]
    lines += [
        f"{b.finding.upper():22}  "
        + Cli.tr(
            "{account}  {type} bucket {bucket}: {before} → {after}, expiry {was} → {now}"
        ).format(
            account=b.account,
            type=b.balance_type,
            bucket=b.bucket,
            before=money_text(b.before_minor) or "-",
            after=money_text(b.after_minor),
            was=b.expiry_before or "-",
            now=b.expiry_after or "-",
        )
        for b in found.buckets
    ]
    if args.out is not None:
        write_table_csv(found.export_table(), args.out)
        lines.append(Cli.tr("Written to {out}.").format(out=args.out))
    ctx.emit(
        {
            "snapshot": found.snapshot,
            "previous": found.previous,
            "totals": [asdict(t) for t in found.totals],
            "buckets": [asdict(b) for b in found.buckets],
        },
        "\n".join(lines),
    )
    return 0
