"""The directory in the encrypted store: read it, replace it whole, find an audience."""

from __future__ import annotations

from collections.abc import Iterable

from app.audit import AuditLog
from app.contacts.model import Contact, Directory, Group, Runbook, Service, Template
from app.store import db
from app.textsearch import names_someone


class DirectoryStore:
    def __init__(self, *, conn: db.Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    # -- reading ------------------------------------------------------------------------

    def groups(self) -> list[Group]:
        rows = self._conn.execute("SELECT id, name, description FROM groups ORDER BY name")
        names = self._names("SELECT group_id, language, name FROM group_names ORDER BY 1, 2")
        return [Group(r[0], r[1], r[2], names.get(r[0], ())) for r in rows]

    def services(self) -> list[Service]:
        rows = self._conn.execute("SELECT id, name, description FROM services ORDER BY name")
        names = self._names("SELECT service, language, name FROM service_names ORDER BY 1, 2")
        return [Service(r[0], r[1], r[2], names.get(r[0], ())) for r in rows]

    def _names(self, sql: str) -> dict[str, tuple[tuple[str, str], ...]]:
        """(id, language, name) rows as each id's names per language."""
        names: dict[str, list[tuple[str, str]]] = {}
        for ident, language, name in self._conn.execute(sql):
            names.setdefault(ident, []).append((language, name))
        return {ident: tuple(found) for ident, found in names.items()}

    def group_names_in(self, language: str) -> dict[str, str]:
        """Group id → its name in `language` (a bundle's `name.pl`), else as the bundle
        names it."""
        return {g.id: g.name_in(language) for g in self.groups()}

    def shown_groups(self, ids: Iterable[str], language: str) -> list[str]:
        """The groups `ids` by their names in `language` (`group_names_in`), an id the
        directory no longer has as the id: every place the kit names an incident's groups
        (the incident page, `incident show`, the PDF report)."""
        names = self.group_names_in(language)
        return [names.get(g, g) for g in ids]

    def service_names_in(self, language: str) -> dict[str, str]:
        """Service id → its name in `language` (a bundle's `name.pl`), else as the bundle
        names it."""
        return {s.id: s.name_in(language) for s in self.services()}

    def routing(self) -> list[tuple[str, str]]:
        rows = self._conn.execute("SELECT service, group_id FROM routing ORDER BY 1, 2")
        return [(r[0], r[1]) for r in rows]

    def contacts(self, *, group: str | None = None, text: str | None = None) -> list[Contact]:
        sql = (
            "SELECT c.id, c.organisation, c.name, c.email, c.phone, c.language, c.timezone, "
            "c.channels, c.origin, c.edited_locally, "
            "(SELECT group_concat(group_id, ';') FROM contact_groups g "
            " WHERE g.contact_id = c.id) FROM contacts c"
        )
        where: list[str] = []
        params: list[str] = []
        if group:
            where.append("c.id IN (SELECT contact_id FROM contact_groups WHERE group_id = ?)")
            params.append(group)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.organisation, c.name"
        found = [_contact(r) for r in self._conn.execute(sql, params)]
        # in Python, not SQL: SQLite's lower() leaves "Ś" as it is, and a number is typed
        # with spaces ("+48 500 000 001") while it is kept without
        return [c for c in found if contact_matches(c, text)] if text else found

    def groups_for_services(self, services: Iterable[str]) -> list[str]:
        wanted = list(services)
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self._conn.execute(
            f"SELECT DISTINCT group_id FROM routing WHERE service IN ({marks}) ORDER BY 1",
            wanted,
        )
        return [r[0] for r in rows]

    def audience(self, groups: Iterable[str]) -> list[Contact]:
        """Every contact in any of `groups`, once."""
        wanted = list(groups)
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        ids = {
            r[0]
            for r in self._conn.execute(
                f"SELECT contact_id FROM contact_groups WHERE group_id IN ({marks})", wanted
            )
        }
        return [c for c in self.contacts() if c.id in ids]

    def templates(self) -> list[Template]:
        rows = self._conn.execute(
            "SELECT kind, stage, language, channel, source FROM templates ORDER BY 1, 2, 3, 4"
        )
        return [Template(*r) for r in rows]

    def runbooks(self) -> list[Runbook]:
        rows = self._conn.execute("SELECT name, title, body FROM runbooks ORDER BY title")
        return [Runbook(*r) for r in rows]

    def doc(self, name: str) -> str | None:
        row = self._conn.execute(
            "SELECT body FROM directory_docs WHERE name = ?", (name,)
        ).fetchone()
        return str(row[0]) if row else None

    def load(self) -> Directory:
        docs = {r[0]: r[1] for r in self._conn.execute("SELECT name, body FROM directory_docs")}
        return Directory(
            self.groups(),
            self.services(),
            self.routing(),
            self.contacts(),
            self.templates(),
            self.runbooks(),
            docs,
        )

    # -- writing ------------------------------------------------------------------------

    def replace(self, directory: Directory, *, origin: str, reason: str) -> None:
        """Make the store hold exactly `directory`, in one transaction (all or nothing)."""
        with db.transaction(self._conn) as conn:
            for table in (
                "contact_groups",
                "contacts",
                "routing",
                "group_names",
                "groups",
                "service_names",
                "services",
                "templates",
                "runbooks",
                "directory_docs",
            ):
                conn.execute(f"DELETE FROM {table}")
            conn.executemany(
                "INSERT INTO groups (id, name, description) VALUES (?, ?, ?)",
                [(g.id, g.name, g.description) for g in directory.groups],
            )
            conn.executemany(
                "INSERT INTO group_names (group_id, language, name) VALUES (?, ?, ?)",
                [(g.id, lang, name) for g in directory.groups for lang, name in g.names],
            )
            conn.executemany(
                "INSERT INTO services (id, name, description) VALUES (?, ?, ?)",
                [(s.id, s.name, s.description) for s in directory.services],
            )
            conn.executemany(
                "INSERT INTO service_names (service, language, name) VALUES (?, ?, ?)",
                [(s.id, lang, name) for s in directory.services for lang, name in s.names],
            )
            conn.executemany(
                "INSERT INTO routing (service, group_id) VALUES (?, ?)", directory.routing
            )
            for contact in directory.contacts:
                self._insert_contact(conn, contact, origin)
            conn.executemany(
                "INSERT INTO templates (kind, stage, language, channel, source, origin) "
                "VALUES (?, ?, ?, ?, ?, 'bundle')",
                [(*t.key, t.source) for t in directory.templates],
            )
            conn.executemany(
                "INSERT INTO runbooks (name, title, body) VALUES (?, ?, ?)",
                [(r.name, r.title, r.body) for r in directory.runbooks],
            )
            conn.executemany(
                "INSERT INTO directory_docs (name, body) VALUES (?, ?)",
                sorted(directory.docs.items()),
            )
            self._audit.append(
                "directory.replaced",
                reason=reason,
                origin=origin,
                contacts=len(directory.contacts),
                groups=len(directory.groups),
                templates=len(directory.templates),
            )

    @staticmethod
    def _insert_contact(conn: db.Connection, contact: Contact, origin: str) -> int:
        cur = conn.execute(
            "INSERT INTO contacts (organisation, name, email, phone, language, timezone, "
            "channels, origin, edited_locally) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                contact.organisation,
                contact.name,
                contact.email,
                contact.phone,
                contact.language,
                contact.timezone,
                ";".join(contact.channels),
                origin,
                int(contact.edited_locally),
            ),
        )
        contact_id = int(cur.lastrowid)
        conn.executemany(
            "INSERT INTO contact_groups (contact_id, group_id) VALUES (?, ?)",
            [(contact_id, g) for g in contact.groups],
        )
        return contact_id


def _contact(row: tuple[object, ...]) -> Contact:
    (cid, org, name, email, phone, language, tz, channels, origin, edited, groups) = row
    return Contact(
        organisation=str(org),
        name=str(name),
        email=str(email),
        phone=str(phone),
        language=str(language),
        timezone=str(tz),
        groups=tuple(sorted(str(groups).split(";"))) if groups else (),
        channels=tuple(str(channels).split(";")) if channels else (),
        id=int(str(cid)),
        origin=str(origin),
        edited_locally=bool(edited),
    )


def contact_matches(contact: Contact, text: str) -> bool:
    """`text` names the contact: words of its organisation, name, e-mail or phone, or its
    number as typed."""
    fields = (contact.organisation, contact.name, contact.email, contact.phone)
    return names_someone(text, *fields, phone=contact.phone)
