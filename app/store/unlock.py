"""Opening a store in the order DESIGN.md §4 gives: OS keyring, then the recovery
passphrase from a file, then a prompt (only when someone can answer it), else an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import NotFound, StoreLocked, UserError
from app.i18n import Msg
from app.paths import KitPaths
from app.records import EqualByFields, lazy_record
from app.secretfile import read_secret_text
from app.store.keys import KeyFile, SecretKeeper
from app.store.store import Store

Prompt = Callable[[], str]


@lazy_record
class UnlockSources(EqualByFields):
    """Where an unlock may find the key: the keyring, a passphrase file, or a prompt."""

    keeper: SecretKeeper
    passphrase_file: Path | None = None
    prompt: Prompt | None = None


def read_passphrase_file(path: Path) -> str:
    try:
        text = read_secret_text(path)
    except OSError as err:
        raise UserError(
            Msg.tr("Cannot read the passphrase file {path}: {strerror}.").format(
                path=path, strerror=err.strerror
            )
        ) from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise UserError(Msg.tr("The passphrase file {path} is empty.").format(path=path))
    return passphrase


def require_store(paths: KitPaths) -> None:
    if not paths.database.exists():
        raise NotFound(
            Msg.tr(
                "There is no store in {home}. Run 'outage-kit init' (or start the kit "
                "without arguments) to create one, or pass --home with the right folder."
            ).format(home=paths.home)
        )


def unlock_with_keyring(
    paths: KitPaths, keeper: SecretKeeper, *, read_only_ok: bool = False
) -> Store | None:
    """`read_only_ok`: the window's way in; a store whose disk is full (or cannot be
    written) opens read-only (`Store.read_only`) instead of not at all."""
    key_file = KeyFile.load(paths.key_file)
    raw_key = keeper.get(key_file.store_id)
    if raw_key is None:
        return None
    try:
        return Store(paths=paths, raw_key=raw_key, key_file=key_file, read_only_ok=read_only_ok)
    except UserError:
        # A stale keyring entry (e.g. after restoring another store): fall back to the
        # passphrase rather than calling the store damaged.
        return None


def unlock_with_passphrase(
    paths: KitPaths, passphrase: str, keeper: SecretKeeper, *, read_only_ok: bool = False
) -> Store:
    """`read_only_ok`: as `unlock_with_keyring`."""
    key_file = KeyFile.load(paths.key_file)
    raw_key = key_file.unwrap(passphrase)
    store = Store(paths=paths, raw_key=raw_key, key_file=key_file, read_only_ok=read_only_ok)
    # Next start on this account opens silently, where a keyring exists.
    keeper.put(key_file.store_id, raw_key)
    return store


def unlock_damaged(paths: KitPaths, sources: UnlockSources) -> Store:
    """A store that may not open (restore's way in): the passphrase proves the key against
    the key file when one is given; else the keyring's key is taken on trust (restore then
    checks the backup opens with it)."""
    require_store(paths)
    key_file = KeyFile.load(paths.key_file)
    if sources.passphrase_file is not None:
        raw_key = key_file.unwrap(read_passphrase_file(sources.passphrase_file))
    else:
        found = sources.keeper.get(key_file.store_id)
        if found is not None:
            raw_key = found
        elif sources.prompt is not None:
            raw_key = key_file.unwrap(sources.prompt())
        else:
            raise StoreLocked(
                Msg.tr(
                    "The store is damaged and no keyring holds its key. Give the recovery "
                    "passphrase with --passphrase-file FILE to restore a backup."
                )
            )
    return Store(paths=paths, raw_key=raw_key, key_file=key_file, damaged_ok=True)


def unlock(paths: KitPaths, sources: UnlockSources) -> Store:
    require_store(paths)
    store = unlock_with_keyring(paths, sources.keeper)
    if store is not None:
        return store
    if sources.passphrase_file is not None:
        passphrase = read_passphrase_file(sources.passphrase_file)
        return unlock_with_passphrase(paths, passphrase, sources.keeper)
    if sources.prompt is not None:
        return unlock_with_passphrase(paths, sources.prompt(), sources.keeper)
    raise StoreLocked(
        Msg.tr(
            "The store is locked and no keyring holds its key. Give the recovery passphrase with "
            "--passphrase-file FILE (or OUTAGE_KIT_PASSPHRASE_FILE), or run from a terminal to be "
            "asked for it."
        )
    )
