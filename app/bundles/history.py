"""Which bundles were applied, and how old the one in force is."""

from __future__ import annotations

from datetime import datetime

from app.records import EqualByFields, lazy_record
from app.store import db
from app.timefmt import now


@lazy_record
class AppliedBundle(EqualByFields):
    """A contact bundle applied to this store, with its signer and digests."""

    name: str
    version: int
    signer_key_id: str
    signer_role: str
    fingerprint: str
    issued: str
    expires: str | None
    manifest_sha256: str
    content_sha256: str
    applied_at: str
    expired_on_apply: bool

    def age_days(self, at: datetime | None = None) -> int:
        return max(0, ((at or now()) - _parse(self.issued)).days)

    def expired(self, at: datetime | None = None) -> bool:
        return self.expires is not None and _parse(self.expires) <= (at or now())

    def old(self, after_days: int, at: datetime | None = None) -> bool:
        """Not expired, but issued more than `after_days` ago (the setting bundle_old_days):
        contact details may well have changed since."""
        return not self.expired(at) and self.age_days(at) > after_days


_COLUMNS = (
    "name, version, signer_key_id, signer_role, fingerprint, issued, expires, "
    "manifest_sha256, content_sha256, applied_at, expired_on_apply"
)


def applied_bundles(conn: db.Connection) -> list[AppliedBundle]:
    """Newest first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM bundle_history ORDER BY id DESC")
    return [_row(r) for r in rows]


def current_bundle(conn: db.Connection) -> AppliedBundle | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM bundle_history ORDER BY id DESC LIMIT 1").fetchone()
    return _row(row) if row else None


def record(conn: db.Connection, applied: AppliedBundle) -> None:
    conn.execute(
        f"INSERT INTO bundle_history ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            applied.name,
            applied.version,
            applied.signer_key_id,
            applied.signer_role,
            applied.fingerprint,
            applied.issued,
            applied.expires,
            applied.manifest_sha256,
            applied.content_sha256,
            applied.applied_at,
            int(applied.expired_on_apply),
        ),
    )


def _row(r: tuple[object, ...]) -> AppliedBundle:
    return AppliedBundle(
        name=str(r[0]),
        version=int(str(r[1])),
        signer_key_id=str(r[2]),
        signer_role=str(r[3]),
        fingerprint=str(r[4]),
        issued=str(r[5]),
        expires=str(r[6]) if r[6] else None,
        manifest_sha256=str(r[7]),
        content_sha256=str(r[8]),
        applied_at=str(r[9]),
        expired_on_apply=bool(r[10]),
    )


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
