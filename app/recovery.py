"""The recovery passphrase and the store key: the rules and audit the window's Settings
section and the command line (`passphrase change`, `rekey`) share."""

from __future__ import annotations

from app.errors import Refused
from app.i18n import Msg
from app.kit import Kit
from app.store.keys import SecretKeeper
from app.store.passphrase import passphrase_problems


def new_passphrase_problems(new: str, repeated: str, *, operator: str) -> list[str]:
    """Why `new` cannot be the recovery passphrase (empty: it can)."""
    problems = passphrase_problems(new, operator=operator)
    if new != repeated:
        problems.append(Msg.tr("The two new passphrases differ."))
    return problems


def change_passphrase(kit: Kit, *, current: str, new: str, repeated: str) -> None:
    """Wrap the store key with `new`. Refused (nothing changed) when `new` is weak or was not
    repeated the same; `WrongPassphrase` when `current` does not open the store."""
    problems = new_passphrase_problems(new, repeated, operator=kit.operator)
    if problems:
        raise Refused(
            Msg.tr("The recovery passphrase was not changed: ") + " ".join(problems),
            details={"problems": problems},
        )
    kit.store.change_passphrase(current, new)
    kit.audit.append("store.passphrase_changed")


def rotate_key(kit: Kit, *, passphrase: str, keeper: SecretKeeper) -> None:
    """Re-encrypt the store and its backups with a new random key (the passphrase proves the
    person may; it stays the same)."""
    kit.store.rekey(passphrase, keeper)
    # In WAL mode the re-encrypted pages sit in the -wal file until a checkpoint, and
    # SQLCipher's page check reads the database file: without this, every integrity check
    # (the window's, 'outage-kit check') calls the store damaged until the kit is closed.
    kit.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    kit.audit.append("store.rekeyed")


def offsite_copies(kit: Kit) -> list[str]:
    """Where `backup --out` put copies (newest first, each once): they keep the key they were
    made with, so a rotation leaves them unrestorable."""
    seen: list[str] = []
    for entry in kit.audit.entries(action_prefix="store.backup"):
        out = entry.details.get("out") if entry.action == "store.backup" else None
        if isinstance(out, str) and out not in seen:
            seen.append(out)
    return seen


def copies_text(copies: list[str], heading: str) -> str:
    """`heading` and the copies, one an indented line, after a line break ("" for none)."""
    return "".join(["\n" + heading, *("\n  " + copy for copy in copies)]) if copies else ""
