"""The officer's delivery paths: the bundle's profiles merged with local order and edits.

The bundle's `delivery.toml` says which paths exist; the workstation's own table says in
which order they are tried, which are switched off, local edits and local-only profiles.
A new bundle replaces the document, never these local choices.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.audit import AuditLog
from app.errors import NotFound, UserError
from app.i18n import Msg
from app.records import EqualByFields, lazy_record
from app.store import db

if TYPE_CHECKING:  # imported when the paths are first read: the window starts without
    from app.delivery.config import Profile  # delivery.toml's parser (and tomllib)

DELIVERY_DOC = "delivery.toml"
EML_PATH = "eml"  # always available: export to a folder for any other mail client
_UNORDERED = 1000  # bundle paths the officer has not ordered yet follow the ordered ones


@lazy_record
class DeliveryPath(EqualByFields):
    """A delivery profile in the order of paths, enabled or not, and where it came from."""

    profile: Profile
    priority: int
    enabled: bool
    origin: str  # "bundle" or "local"
    edited: bool  # a bundle profile changed on this workstation

    @property
    def name(self) -> str:
        return self.profile.name

    @property
    def kind(self) -> str:
        return self.profile.kind

    @property
    def channel(self) -> str:
        return "sms" if self.kind == "modem" else "email"


class DeliveryPaths:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    # -- reading ------------------------------------------------------------------------

    def bundle_profiles(self) -> list[Profile]:
        """The profiles of the applied bundle (none when it has no delivery.toml).
        Raises `DeliveryConfigProblems` when the document is bad."""
        from app.delivery.config import parse_delivery_toml

        row = self._conn.execute(
            "SELECT body FROM directory_docs WHERE name = ?", (DELIVERY_DOC,)
        ).fetchone()
        return parse_delivery_toml(str(row[0])) if row else []

    def bundle_problems(self) -> list[str]:
        from app.delivery.config import DeliveryConfigProblems

        try:
            self.bundle_profiles()
        except DeliveryConfigProblems as err:
            return err.problems
        return []

    def fingerprint(self) -> str:
        """Changes whenever the paths do (a bundle's delivery.toml, the local order, edits,
        switches): two small reads, cheap enough to look every few seconds."""
        import hashlib

        digest = hashlib.sha256()
        for row in self._conn.execute(
            "SELECT body FROM directory_docs WHERE name = ?", (DELIVERY_DOC,)
        ):
            digest.update(str(row[0]).encode())
        for row in self._conn.execute(
            "SELECT name, kind, priority, enabled, profile, origin FROM delivery_paths "
            "ORDER BY name"
        ):
            digest.update(repr(tuple(row)).encode())
        return digest.hexdigest()

    def all(self) -> list[DeliveryPath]:
        """Every path in the order they are tried (switched-off ones included)."""
        from app.delivery.config import DeliveryConfigProblems, profile_from_dict

        try:
            bundle = self.bundle_profiles()
        except DeliveryConfigProblems:
            bundle = []  # shown by bundle_problems(); local paths still work
        rows = {
            str(r[0]): (str(r[1]), int(r[2]), bool(r[3]), str(r[4]), str(r[5]))
            for r in self._conn.execute(
                "SELECT name, kind, priority, enabled, profile, origin FROM delivery_paths"
            )
        }
        found: list[DeliveryPath] = []
        for index, profile in enumerate(bundle):
            row = rows.pop(profile.name, None)
            if row is None:
                found.append(DeliveryPath(profile, _UNORDERED + index, True, "bundle", False))
                continue
            _, priority, enabled, local, _ = row
            edited = bool(local) and row[0] == profile.kind
            used = profile_from_dict(json.loads(local)) if edited else profile
            found.append(DeliveryPath(used, priority, enabled, "bundle", edited))
        for _name, (_kind, priority, enabled, local, origin) in rows.items():
            if origin == "local" and local:
                profile = profile_from_dict(json.loads(local))
                found.append(DeliveryPath(profile, priority, enabled, "local", False))
            # a bundle row whose profile left the bundle: its local order is kept, unused
        found.sort(key=lambda p: (p.priority, p.name))
        return found

    def enabled(self, *, channel: str | None = None) -> list[DeliveryPath]:
        return [p for p in self.all() if p.enabled and (channel is None or p.channel == channel)]

    def first_sender(self) -> tuple[str, str]:
        """From and Reply-To of the first SMTP path (switched-on ones first); ("", "")
        when there is none: the first e-mail path that would send."""
        from app.delivery.config import SmtpProfile

        smtp = [p for p in self.all() if isinstance(p.profile, SmtpProfile)]
        smtp.sort(key=lambda p: not p.enabled)
        for path in smtp:
            assert isinstance(path.profile, SmtpProfile)
            return path.profile.sender, path.profile.reply_to
        return "", ""

    def get(self, name: str) -> DeliveryPath:
        for path in self.all():
            if path.name == name:
                return path
        known = ", ".join(p.name for p in self.all()) or Msg.tr("none yet")
        raise NotFound(
            Msg.tr(
                "There is no delivery path called {name} (known: {known}, and {eml} "
                "for .eml export)."
            ).format(name=repr(name), known=known, eml=repr(EML_PATH))
        )

    # -- the officer's changes ------------------------------------------------------------

    def reorder(self, names: Sequence[str]) -> None:
        """Try the paths in this order (all names must be known paths)."""
        current = {p.name: p for p in self.all()}
        unknown = [n for n in names if n not in current]
        if unknown:
            raise NotFound(
                Msg.tr("Unknown delivery path(s): {names}.", "", len(unknown)).format(
                    names=", ".join(unknown)
                )
            )
        rest = [n for n in current if n not in names]
        with db.transaction(self._conn):
            for priority, name in enumerate([*names, *rest], 1):
                self._upsert(current[name], priority=priority)
            self._audit.append("paths.reordered", order=[*names, *rest])

    def set_enabled(self, name: str, enabled: bool) -> None:
        path = self.get(name)
        with db.transaction(self._conn):
            self._upsert(path, enabled=enabled)
            self._audit.append("paths.enabled" if enabled else "paths.disabled", path=name)

    def save_profile(self, profile: Profile) -> None:
        """A local edit of a bundle path, or a new local path (checked like the bundle's)."""
        from app.delivery.config import checked_profile, profile_to_dict

        checked = checked_profile(profile_to_dict(profile))  # the same rules as delivery.toml
        existing = {p.name: p for p in self.all()}
        with db.transaction(self._conn):
            old = existing.get(checked.name)
            if old is not None and old.kind != checked.kind:
                raise UserError(
                    Msg.tr("{name} is already a {kind} path; choose another name.").format(
                        name=repr(checked.name), kind=old.kind
                    )
                )
            if old is None:
                last = max((p.priority for p in existing.values()), default=0)
                priority = min(last, _UNORDERED - 1) + 1
                self._conn.execute(
                    "INSERT INTO delivery_paths (name, kind, priority, enabled, profile, origin) "
                    "VALUES (?, ?, ?, 1, ?, 'local')",
                    (checked.name, checked.kind, priority, json.dumps(profile_to_dict(checked))),
                )
            else:
                self._upsert(old, profile=json.dumps(profile_to_dict(checked)))
            self._audit.append(
                "paths.profile_saved", path=checked.name, kind=checked.kind, new=old is None
            )

    def revert(self, name: str) -> None:
        """Drop the local edit of a bundle path (its order and on/off stay)."""
        path = self.get(name)
        if path.origin != "bundle":
            raise UserError(
                Msg.tr("{name} is a local path; remove it instead.").format(name=repr(name))
            )
        with db.transaction(self._conn):
            self._conn.execute("UPDATE delivery_paths SET profile = '' WHERE name = ?", (name,))
            self._audit.append("paths.profile_reverted", path=name)

    def remove(self, name: str) -> None:
        path = self.get(name)
        if path.origin != "local":
            raise UserError(
                Msg.tr(
                    "{name} comes from the contact bundle; switch it off instead of removing it."
                ).format(name=repr(name))
            )
        with db.transaction(self._conn):
            self._conn.execute("DELETE FROM delivery_paths WHERE name = ?", (name,))
            self._audit.append("paths.removed", path=name)

    def _upsert(
        self,
        path: DeliveryPath,
        *,
        priority: int | None = None,
        enabled: bool | None = None,
        profile: str | None = None,
    ) -> None:
        row = self._conn.execute(
            "SELECT profile FROM delivery_paths WHERE name = ?", (path.name,)
        ).fetchone()
        keep_profile = str(row[0]) if row else ""
        self._conn.execute(
            "INSERT INTO delivery_paths (name, kind, priority, enabled, profile, origin) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
            "priority = excluded.priority, enabled = excluded.enabled, "
            "profile = excluded.profile",
            (
                path.name,
                path.kind,
                path.priority if priority is None else priority,
                int(path.enabled if enabled is None else enabled),
                keep_profile if profile is None else profile,
                path.origin,
            ),
        )
