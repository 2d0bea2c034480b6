"""Every command word of the command line: the module that registers and runs it, and its
line in `outage-kit --help`. Cheap to import (no service, no library): the command line
imports a command's module only when that command runs, so `--help`, `--version` and
`backlog query` do not load the template, spreadsheet, PDF and delivery libraries of the
others (on Windows each import is slow: the kit's start under Wine took ~29 s)."""

from __future__ import annotations

from app.i18n import Cli, tr_noop

#: word -> (module in app.commands, help); in the order `--help` lists them
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("store_cmds", tr_noop("Cli", "create the encrypted store")),
    "check": (
        "store_cmds",
        tr_noop("Cli", "check store, key file and audit chain (exit 0 if sound)"),
    ),
    "backup": ("store_cmds", tr_noop("Cli", "make an encrypted backup now")),
    "restore": (
        "store_cmds",
        tr_noop("Cli", "replace the store with a backup (current state kept)"),
    ),
    "audit": ("audit_cmds", tr_noop("Cli", "the audit log")),
    "bundle": ("bundle_cmds", tr_noop("Cli", "signed contact bundles")),
    "backlog": ("backlog_cmds", tr_noop("Cli", "the quarantine / write-off backlog")),
    "balances": ("balances_cmds", tr_noop("Cli", "negative balance detection")),
    "contacts": ("contacts_cmds", tr_noop("Cli", "the partner directory")),
    "incident": ("incidents_cmds", tr_noop("Cli", "incidents and their partner notices")),
    "outbox": ("outbox_cmds", tr_noop("Cli", "the messages waiting, sent, or to decide")),
    "paths": ("paths_cmds", tr_noop("Cli", "delivery paths: probe, passwords, order")),
    "report": ("report_cmds", tr_noop("Cli", "reports for managers (PDF, HTML, CSV)")),
    "passphrase": ("recovery_cmds", tr_noop("Cli", "the recovery passphrase (change it)")),
    "rekey": (
        "recovery_cmds",
        tr_noop(
            "Cli",
            "rotate the store key: re-encrypt the store and every backup with a new random key",
        ),
    ),
    "settings": (
        "settings_cmds",
        tr_noop("Cli", "timers and limits (the window's Settings section)"),
    ),
    "templates": (
        "templates_cmds",
        tr_noop("Cli", "notice templates: list, show, lint, edit locally, reset"),
    ),
    "runbooks": ("runbooks_cmds", tr_noop("Cli", "procedures from the bundle")),
}
#: modules that add to another module's command once it is registered
EXTENSIONS = {"paths_cmds": ("paths_edit_cmds",)}


def command_help(word: str) -> str:
    """The command's line in `--help`, in the kit's language."""
    return Cli.tr(COMMANDS[word][1])


def command_modules() -> tuple[str, ...]:
    """Every module with commands, in the order of COMMANDS."""
    return tuple(dict.fromkeys(module for module, _ in COMMANDS.values()))
