"""Pinned signer keys: a primary and a backup (so IT can rotate or lose one key without
re-touching every workstation). Only bundles signed by a pinned key get in."""

from __future__ import annotations

from dataclasses import dataclass

from app.audit import AuditLog
from app.bundles.minisign import PublicKey
from app.errors import UserError
from app.i18n import Msg, Words
from app.store import db
from app.timefmt import iso, now

ROLES = ("primary", "backup")


@dataclass(frozen=True)
class TrustedSigner:
    role: str
    key: PublicKey
    added_at: str

    @property
    def key_id(self) -> str:
        return self.key.key_id_text

    @property
    def fingerprint(self) -> str:
        return self.key.fingerprint


class TrustStore:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def signers(self) -> list[TrustedSigner]:
        rows = self._conn.execute(
            "SELECT role, public_key, added_at FROM bundle_signers "
            "ORDER BY CASE role WHEN 'primary' THEN 0 ELSE 1 END"
        )
        return [TrustedSigner(r[0], PublicKey.decode(r[1]), r[2]) for r in rows]

    def signer_for(self, key_id: bytes) -> TrustedSigner | None:
        return next((s for s in self.signers() if s.key.key_id == key_id), None)

    def free_role(self) -> str:
        """The role a new key gets when none is named: primary first, then backup."""
        taken = {s.role for s in self.signers()}
        for role in ROLES:
            if role not in taken:
                return role
        raise UserError(
            Msg.tr(
                "A primary and a backup signer are already pinned. Say which one the new key "
                "replaces: --role primary or --role backup."
            )
        )

    def pin(self, key: PublicKey, *, role: str | None = None) -> TrustedSigner:
        """Pin `key` in `role` (replacing what held it), audited with both fingerprints."""
        role = role or self.free_role()
        if role not in ROLES:
            raise UserError(
                Msg.tr("The role must be primary or backup, not {role!r}.").format(role=role)
            )
        current = {s.role: s for s in self.signers()}
        held = current.get(role)
        if held is not None and held.key == key:
            return held
        other = next((s for s in current.values() if s.key == key), None)
        if other is not None:
            raise UserError(
                Msg.tr(
                    "This key is already pinned as the {role} signer. Remove it there first "
                    "or pin a different key."
                ).format(role=Words.tr(other.role))
            )
        signer = TrustedSigner(role, key, iso(now()))
        with db.transaction(self._conn) as conn:
            conn.execute("DELETE FROM bundle_signers WHERE role = ?", (role,))
            conn.execute(
                "INSERT INTO bundle_signers (role, key_id, public_key, fingerprint, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (role, key.key_id_text, key.encoded(), key.fingerprint, signer.added_at),
            )
            self._audit.append(
                "bundle.signer_pinned",
                role=role,
                key_id=key.key_id_text,
                fingerprint=key.fingerprint,
                replaced=held.fingerprint if held else None,
            )
        return signer

    def remove(self, role: str) -> None:
        held = {s.role: s for s in self.signers()}.get(role)
        if held is None:
            return
        with db.transaction(self._conn) as conn:
            conn.execute("DELETE FROM bundle_signers WHERE role = ?", (role,))
            self._audit.append(
                "bundle.signer_removed", role=role, key_id=held.key_id, fingerprint=held.fingerprint
            )
