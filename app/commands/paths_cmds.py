"""paths probe | password | list | order | enable | disable."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.delivery.config import check_sim_pin, profile_to_dict, unused_password_problem
from app.delivery.path_record import as_tried, tried_since
from app.delivery.service import Delivery
from app.errors import UserError
from app.i18n import Cli, Words


def register(sub: SubParsers) -> None:
    paths = sub.add_parser("paths", help=command_help("paths")).add_subparsers(
        dest="paths_command",
        required=True,
        metavar="{probe,password,list,order,enable,disable}",
    )
    p = paths.add_parser("probe", help=Cli.tr("which delivery paths work now (exit 0 if any does)"))
    p.add_argument(
        "--timeout", type=float, default=10.0, help=Cli.tr("seconds per path (default 10)")
    )
    p.set_defaults(handler=run_probe)

    p = paths.add_parser(
        "password",
        help=Cli.tr("store an SMTP password or a modem's SIM PIN (keyring / encrypted store)"),
    )
    p.add_argument("profile", help=Cli.tr("the path's name, as 'paths list' shows it"))
    p.add_argument(
        "--stdin",
        action="store_true",
        help=Cli.tr("read it from standard input instead of a prompt"),
    )
    p.set_defaults(handler=run_password)

    p = paths.add_parser("list", help=Cli.tr("the paths in the order they are tried"))
    p.set_defaults(handler=run_list)

    p = paths.add_parser("order", help=Cli.tr("try the paths in this order"))
    p.add_argument(
        "names", nargs="+", metavar="PATH", help=Cli.tr("every path's name, first tried first")
    )
    p.set_defaults(handler=run_order)

    for verb, text in (
        ("enable", Cli.tr("switch a path on")),
        ("disable", Cli.tr("switch a path off")),
    ):
        p = paths.add_parser(verb, help=text)
        p.add_argument(
            "name", metavar="PATH", help=Cli.tr("the path's name, as 'paths list' shows it")
        )
        p.set_defaults(handler=run_enable, enabled=verb == "enable")


def run_probe(ctx: CliContext, args: argparse.Namespace) -> int:
    kit = ctx.open_kit()
    delivery = Delivery.for_kit(kit, timeout=args.timeout)
    # a relay that greets but refused every recipient of its last send does not "work"
    probes = as_tried(delivery.probe(timeout=args.timeout), tried_since(kit.store.conn).refusing)
    lines = []
    words = (Cli.tr("works"), Cli.tr("DOWN"), Cli.tr("off"))
    wide = max(len(w) for w in words)  # the summaries line up ("NIE DZIAŁA" in Polish)
    for probe in probes:
        mark = "●" if probe.ok else "○"
        state = words[0] if probe.ok else words[1] if probe.enabled else words[2]
        lines.append(f"{mark} {probe.name:16} {probe.kind:8} {state:{wide}}  {probe.summary}")
    problems = delivery.paths.bundle_problems()
    if problems:
        lines.append(Cli.tr("delivery.toml of the bundle has problems: ") + "; ".join(problems))
    ctx.emit({"paths": [asdict(p) for p in probes], "bundle_problems": problems}, "\n".join(lines))
    return 0 if any(p.ok and p.kind != "eml" for p in probes) else 1


def run_password(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = Delivery.for_kit(ctx.open_kit())
    path = delivery.paths.get(args.profile)
    if path.kind not in ("smtp", "modem"):
        raise UserError(
            Cli.tr(
                "{profile!r} is a {kind} path; only SMTP profiles log in (and a modem keeps "
                "its SIM PIN)."
            ).format(profile=args.profile, kind=path.kind)
        )
    unused = unused_password_problem(path.profile)
    if unused:  # refused before asking: the officer types no password in vain
        raise UserError(unused)
    what = Cli.tr("SIM PIN") if path.kind == "modem" else Cli.tr("Password")
    if args.stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = ctx.prompt(
            Cli.tr("{what} for {profile}").format(what=what, profile=args.profile), flag="--stdin"
        )
        if ctx.prompt(Cli.tr("Repeat it"), flag="--stdin") != password:
            raise UserError(Cli.tr("The two entries differ; nothing was stored."))
    if path.kind == "modem":
        check_sim_pin(password)
    where = delivery.passwords.set(args.profile, password)
    place = Cli.tr("the OS keyring") if where == "keyring" else Cli.tr("the encrypted store")
    ctx.emit(
        {"profile": args.profile, "kept_in": where},
        Cli.tr("Password kept in {place}.").format(place=place),
    )
    return 0


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = Delivery.for_kit(ctx.open_kit())
    paths = delivery.paths.all()
    rows = [
        {
            "name": p.name,
            "kind": p.kind,
            "enabled": p.enabled,
            "origin": p.origin,
            "edited": p.edited,
            "profile": profile_to_dict(p.profile),
        }
        for p in paths
    ]
    lines = [
        f"{i}. {p.name:16} {p.kind:8} "
        + (Cli.tr("on") if p.enabled else Cli.tr("off"))
        + "  "
        + Cli.tr("from {origin}").format(origin=Words.tr(p.origin))
        + (Cli.tr(" (edited here)") if p.edited else "")
        for i, p in enumerate(paths, 1)
    ]
    ctx.emit(
        rows,
        "\n".join(lines) or Cli.tr("No delivery paths yet: import a bundle with delivery.toml."),
    )
    return 0


def run_order(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = Delivery.for_kit(ctx.open_kit())
    delivery.paths.reorder(args.names)
    return run_list(ctx, args)


def run_enable(ctx: CliContext, args: argparse.Namespace) -> int:
    delivery = Delivery.for_kit(ctx.open_kit())
    delivery.paths.set_enabled(args.name, args.enabled)
    return run_list(ctx, args)
