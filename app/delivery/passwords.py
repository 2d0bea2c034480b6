"""SMTP passwords: in the OS keyring when a trustworthy one exists, else in the encrypted
store. Never in a bundle, a log, an audit entry or a plaintext file."""

from __future__ import annotations

from typing import Any, Protocol

from app.audit import AuditLog
from app.errors import UserError
from app.i18n import Msg
from app.store import db
from app.store.keys import OsKeyring

KEYRING_SERVICE = "outage-kit-smtp"


class SecretBackend(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...


def detect_backend() -> SecretBackend | None:
    """The keyring backend the store key would use; None where only refused backends
    (plaintext, prompting, or none at all) exist — the same rule as for the store key."""
    if not isinstance(OsKeyring.detect(), OsKeyring):
        return None
    try:
        import keyring

        backend: Any = keyring.get_keyring()
    except Exception:
        return None
    return backend  # type: ignore[no-any-return]


class PathPasswords:
    def __init__(
        self,
        *,
        conn: db.Connection,
        audit: AuditLog,
        store_id: str,
        backend: SecretBackend | None,
    ) -> None:
        self._conn = conn
        self._audit = audit
        self._store_id = store_id
        self._backend = backend

    def _user(self, profile: str) -> str:
        return f"{self._store_id}/{profile}"

    def set(self, profile: str, password: str) -> str:
        """Keep `password` for `profile`; returns where it went ("keyring" or "store")."""
        if not password:
            raise UserError(Msg.tr("The password is empty; nothing was stored."))
        if "\n" in password or "\r" in password:
            raise UserError(Msg.tr("A password cannot contain a line break; nothing was stored."))
        where = "store"
        if self._backend is not None:
            try:
                self._backend.set_password(KEYRING_SERVICE, self._user(profile), password)
                where = "keyring"
            except Exception:  # a locked or broken keyring: the encrypted store still works
                where = "store"
        with db.transaction(self._conn) as conn:
            if where == "store":
                conn.execute(
                    "INSERT INTO delivery_secrets (profile, secret) VALUES (?, ?) "
                    "ON CONFLICT (profile) DO UPDATE SET secret = excluded.secret",
                    (profile, password),
                )
            else:  # one place only: an old copy in the store would shadow a keyring change
                conn.execute("DELETE FROM delivery_secrets WHERE profile = ?", (profile,))
            self._audit.append("paths.password_set", path=profile, kept_in=where)
        return where

    def get(self, profile: str) -> str | None:
        if self._backend is not None:
            try:
                value = self._backend.get_password(KEYRING_SERVICE, self._user(profile))
            except Exception:
                value = None
            if value:
                return value
        row = self._conn.execute(
            "SELECT secret FROM delivery_secrets WHERE profile = ?", (profile,)
        ).fetchone()
        return str(row[0]) if row else None
