"""templates list | show | lint | edit | reset: the window's Templates section. A template is
named as in a bundle, without the folder and `.j2`: `disaster/initial.en` (e-mail) or
`disaster/initial.en.sms`. A local edit is kept in the encrypted store and audited, exactly as
when it is saved in the window; it is refused while lint finds a problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.commands.context import CliContext, SubParsers
from app.commands.index import command_help
from app.contacts.source import TEMPLATE_PATH
from app.errors import NotFound, Refused, UserError
from app.i18n import Cli, Words
from app.notices.catalog import CatalogTemplate, TemplateCatalog
from app.notices.lint import listed_fields, template_fields, template_notes
from app.notices.sample import sample_preview

ORIGINS = ("shipped", "bundle", "local")


def register(sub: SubParsers) -> None:
    templates = sub.add_parser("templates", help=command_help("templates")).add_subparsers(
        dest="templates_command", required=True, metavar="{list,show,lint,edit,reset}"
    )
    p = templates.add_parser("list", help=Cli.tr("every template in use and where it comes from"))
    p.add_argument("--origin", choices=ORIGINS, help=Cli.tr("only shipped, bundle or local ones"))
    p.set_defaults(handler=run_list)

    p = templates.add_parser("show", help=Cli.tr("a template's source, its fields and lint"))
    p.add_argument(
        "name", metavar="NAME", help=Cli.tr("e.g. disaster/initial.en or downtime/update.pl.sms")
    )
    p.add_argument(
        "--preview", action="store_true", help=Cli.tr("the notice it gives, with sample values")
    )
    p.set_defaults(handler=run_show)

    p = templates.add_parser(
        "lint",
        help=Cli.tr("check a template (or --file FILE written for it): exit 1 if it has problems"),
    )
    p.add_argument(
        "name", metavar="NAME", help=Cli.tr("a template's name, as 'templates list' shows it")
    )
    p.add_argument(
        "--file", type=Path, metavar="FILE", help=Cli.tr("check this text instead ('-': stdin)")
    )
    p.set_defaults(handler=run_lint)

    p = templates.add_parser(
        "edit",
        help=Cli.tr("replace a template by FILE's text as a local edit (refused with problems)"),
    )
    p.add_argument(
        "name", metavar="NAME", help=Cli.tr("a template's name, as 'templates list' shows it")
    )
    p.add_argument(
        "file", type=Path, metavar="FILE", help=Cli.tr("the new source, UTF-8 ('-': stdin)")
    )
    p.set_defaults(handler=run_edit)

    p = templates.add_parser(
        "reset", help=Cli.tr("drop the local edit: the shipped template applies")
    )
    p.add_argument(
        "name", metavar="NAME", help=Cli.tr("a template's name, as 'templates list' shows it")
    )
    p.set_defaults(handler=run_reset)


def template_name(template: CatalogTemplate) -> str:
    sms = ".sms" if template.channel == "sms" else ""
    return f"{template.kind}/{template.stage}.{template.language}{sms}"


def _catalog(ctx: CliContext) -> TemplateCatalog:
    kit = ctx.open_kit()
    return TemplateCatalog(conn=kit.store.conn, audit=kit.audit)


def _find(catalog: TemplateCatalog, name: str) -> CatalogTemplate:
    path = name.strip()
    path = path if path.startswith("templates/") else f"templates/{path}"
    path = path if path.endswith(".j2") else f"{path}.j2"
    if not TEMPLATE_PATH.match(path):
        raise UserError(
            Cli.tr(
                "{name!r} is not a template name: write KIND/STAGE.LANGUAGE, with .sms for "
                "the SMS form, e.g. disaster/initial.en or downtime/update.pl.sms."
            ).format(name=name)
        )
    for template in catalog.all():
        if template.path == path:
            return template
    raise NotFound(
        Cli.tr(
            "There is no template {name!r} in this kit. 'outage-kit templates list' shows them."
        ).format(name=name)
    )


def _data(
    catalog: TemplateCatalog, template: CatalogTemplate, *, source: str | None = None
) -> dict[str, Any]:
    text = template.source if source is None else source
    return {
        "name": template_name(template),
        "path": template.path,
        "kind": template.kind,
        "stage": template.stage,
        "language": template.language,
        "channel": template.channel,
        "origin": template.origin,
        "fields": sorted(template_fields(text)),
        # the check a local edit, the window and a bundle get (app/notices/check.py)
        "problems": catalog.check(template.key, text),
        "notes": template_notes(text, kind=template.kind, stage=template.stage),
    }


def _read(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFound(Cli.tr("There is no file {path}.").format(path=path)) from None
    except UnicodeDecodeError:
        raise UserError(
            Cli.tr("{path} is not UTF-8 text; save it as UTF-8 and try again.").format(path=path)
        ) from None


def run_list(ctx: CliContext, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    found = [t for t in catalog.all() if args.origin in (None, t.origin)]
    rows = [_data(catalog, t) for t in found]
    lines = [
        f"{row['name']:28} {Words.tr(row['origin']):9} "
        + (Cli.tr("%n problem(s)", "", len(row["problems"])) if row["problems"] else Cli.tr("ok"))
        for row in rows
    ]
    ctx.emit(rows, "\n".join(lines) or Cli.tr("No template matches."))
    return 0


def run_show(ctx: CliContext, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    template = _find(catalog, args.name)
    data = {**_data(catalog, template), "source": template.source}
    text = template.source.rstrip("\n")
    if args.preview:
        # As the window's preview: nothing is rendered while lint finds a problem.
        problems = data["problems"]
        preview = (
            ""
            if problems
            else sample_preview(template.source, kind=template.kind, channel=template.channel)
        )
        data["preview"] = preview
        text = preview.rstrip("\n") or Cli.tr("No preview: {problems}").format(
            problems="; ".join(problems)
        )
    ctx.emit(data, text)
    return 0


def run_lint(ctx: CliContext, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    template = _find(catalog, args.name)
    source = _read(args.file) if args.file is not None else None
    data = _data(catalog, template, source=source)
    fields = listed_fields(data["fields"]) or Cli.tr("none")
    if data["problems"]:
        text = "\n".join(f"✖ {p}" for p in data["problems"])
    else:
        text = Cli.tr("✔ No problems. Fields this template needs: {fields}").format(fields=fields)
    text += "".join(f"\n! {n}" for n in data["notes"])
    ctx.emit(data, text)
    return 1 if data["problems"] else 0


def run_edit(ctx: CliContext, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    template = _find(catalog, args.name)
    source = _read(args.file)
    problems = catalog.check(template.key, source)
    if problems:
        raise Refused(
            Cli.tr("{template} was not saved:\n").format(template=template_name(template))
            + "\n".join(f"  - {p}" for p in problems),
            details={"problems": problems},
        )
    changed = source != template.source
    if changed:
        catalog.save_local(
            template.kind, template.stage, template.language, template.channel, source
        )
        template = _find(catalog, args.name)
    name = template_name(template)
    ctx.emit(
        {**_data(catalog, template), "changed": changed},
        Cli.tr(
            "{name} saved as a local edit; 'outage-kit templates reset {name}' undoes it."
        ).format(name=name)
        if changed
        else Cli.tr("{name} already has this text; nothing changed.").format(name=name),
    )
    return 0


def run_reset(ctx: CliContext, args: argparse.Namespace) -> int:
    catalog = _catalog(ctx)
    template = _find(catalog, args.name)
    name = template_name(template)
    if template.origin != "local":
        ctx.emit(
            {**_data(catalog, template), "reset": False},
            Cli.tr("{name} has no local edit; it is the {origin} template already.").format(
                name=name, origin=template.origin
            ),
        )
        return 0
    outcome = catalog.remove_local(
        template.kind, template.stage, template.language, template.channel
    )
    now = catalog.find(template.kind, template.stage, template.language, template.channel)
    data = (
        _data(catalog, now)
        if now is not None and now.key == template.key
        else {"name": name, "origin": None, "falls_back_to": now.path if now else None}
    )
    text = Cli.tr("Dropped the local edit of {name}").format(name=name) + (
        Cli.tr("; the {origin} template applies again.").format(origin=now.origin)
        if now is not None and now.key == template.key
        else Cli.tr("; {language} partners now get {template}.").format(
            language=template.language, template=now.describe
        )
        if now is not None
        else "."
    )
    if outcome == "lost":
        text += "\n" + catalog.lost_note(template, now)
    ctx.emit({**data, "reset": True, "bundle_text_lost": outcome == "lost"}, text)
    return 0
