"""balances import FILE | balances negative [--out FILE]."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from app.backlog.balances import BalanceSnapshots
from app.backlog.model import money_text
from app.commands.context import CliContext, SubParsers
from app.reports.render import write_table_csv


def register(sub: SubParsers) -> None:
    balances = sub.add_parser("balances", help="negative balance detection").add_subparsers(
        dest="balances_command", required=True, metavar="{import,negative}"
    )
    p = balances.add_parser("import", help="import a balance-bucket snapshot (CSV or XLSX)")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=run_import)
    p = balances.add_parser("negative", help="negative totals and buckets (vs. previous snapshot)")
    p.add_argument("--out", type=Path, help="also write the findings to this CSV")
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
        f"Snapshot {result.snapshot}: {result.buckets} bucket(s), {result.problem_count} rejected.",
    )
    for problem in result.problems[:50]:
        print(f"  rejected: {problem.text()}", file=sys.stderr)
    return 1 if result.problem_count else 0


def run_negative(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    found = BalanceSnapshots(conn=kit.store.conn, audit=kit.audit).negative()
    lines = [f"Snapshot {found.snapshot} (compared with {found.previous or 'none'})."]
    lines += [
        f"NEGATIVE TOTAL  {t.account}  {t.balance_type}: {money_text(t.total_minor, t.currency)}"
        for t in found.totals
    ] or ["No account has a negative total."]
    lines += [
        f"{b.finding.upper():22}  {b.account}  {b.balance_type} bucket {b.bucket}: "
        f"{money_text(b.before_minor) or '-'} → {money_text(b.after_minor)}, "
        f"expiry {b.expiry_before or '-'} → {b.expiry_after or '-'}"
        for b in found.buckets
    ]
    if args.out is not None:
        write_table_csv(found.export_table(), args.out)
        lines.append(f"Written to {args.out}.")
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
