"""Each entry's hash covers the previous entry's hash, so editing or deleting any entry —
or cutting the tail, checked against the head kept in `meta` — breaks the chain."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any

from app.i18n import SOURCE_LANGUAGE, Msg, speaking
from app.records import EqualByFields, lazy_record
from app.store import db

GENESIS = "0" * 64
# an anchor: 16 or more hex digits standing alone (not the "48" of "entry 48")
# as text: `re` compiles (and keeps) it when first used, not at every start of the window
_HEX_RUN = r"(?<![0-9A-Za-z])[0-9A-Fa-f]{16,64}(?![0-9A-Za-z])"
_HEAD_KEY = "audit_head"


@lazy_record
class AuditEntry(EqualByFields):
    """One line of the audit log, with the hash that chains it to the one before."""

    id: int
    at: str
    actor: str
    action: str
    details: dict[str, Any]
    hash: str


@lazy_record
class ChainBreak(EqualByFields):
    """Where the audit chain does not verify (`entry_id` None: the chain as a whole)."""

    entry_id: int | None
    reason: str


def _digest(prev_hash: str, at: str, actor: str, action: str, details: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditLog:
    """Appends run inside the caller's transaction (if any), so a change and its audit
    entry commit together."""

    def __init__(self, *, conn: db.Connection, actor: str) -> None:
        self._conn = conn
        self.actor = actor

    def append(self, action: str, **details: Any) -> AuditEntry:
        """`details` are kept in the order the writer gives them (reference, kind, title,
        …): the window and `audit list` show them so, one fixed order per event. (Entries
        written before this kept their keys sorted; the hash covers the text as stored.)"""
        at = datetime.now(UTC).isoformat(timespec="microseconds")
        body = json.dumps(details, ensure_ascii=False, default=str)
        with db.transaction(self._conn) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,)).fetchone()
            prev = str(row[0]) if row else GENESIS
            digest = _digest(prev, at, self.actor, action, body)
            cur = conn.execute(
                "INSERT INTO audit_log (at, actor, action, details, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (at, self.actor, action, body, prev, digest),
            )
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_HEAD_KEY, digest),
            )
        return AuditEntry(int(cur.lastrowid), at, self.actor, action, details, digest)

    def entries(
        self,
        *,
        since: str | None = None,
        action_prefix: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """Newest first. `since` is an ISO 8601 time (compared in UTC)."""
        where: list[str] = []
        params: list[Any] = []
        if since:
            where.append("at >= ?")
            params.append(since)
        if action_prefix:
            where.append("action GLOB ?")
            params.append(_glob_escape(action_prefix) + "*")
        if text:
            where.append("(instr(lower(details), ?) > 0 OR instr(lower(actor), ?) > 0)")
            params += [text.lower(), text.lower()]
        sql = "SELECT id, at, actor, action, details, hash FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            AuditEntry(int(r[0]), r[1], r[2], r[3], json.loads(r[4]), r[5])
            for r in self._conn.execute(sql, params)
        ]

    def head(self) -> ChainHead:
        return head_of(self._conn)

    def find_anchor(self, anchor: str) -> AuditEntry | None:
        """The entry whose hash is `anchor` (or starts with it: 16+ hex digits)."""
        text = anchor.strip().lower()
        if len(text) < 16 or any(c not in "0123456789abcdef" for c in text):
            return None
        rows = self._conn.execute(
            "SELECT id, at, actor, action, details, hash FROM audit_log "
            "WHERE hash >= ? AND hash < ? ORDER BY id LIMIT 2",
            (text, text + "g"),
        ).fetchall()
        if len(rows) != 1:
            return None
        r = rows[0]
        return AuditEntry(int(r[0]), r[1], r[2], r[3], json.loads(r[4]), r[5])

    def prev_hash(self, entry_id: int) -> str | None:
        """The hash entry `entry_id` follows (None: no such entry)."""
        row = self._conn.execute(
            "SELECT prev_hash FROM audit_log WHERE id = ?", (entry_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def verify(self, *, anchor: str | None = None) -> list[ChainBreak]:
        """Empty when every entry is intact and none is missing — and, with `anchor` (a head
        published earlier), when the chain still holds that entry: then no entry up to it was
        rewritten, even by someone who recomputed every hash after it."""
        breaks = self._verify_chain()
        if anchor is not None and self.find_anchor(anchor) is None:
            breaks.append(
                ChainBreak(
                    None,
                    Msg.tr(
                        "the anchor {anchor}… is not in the chain: an entry up to "
                        "it was changed or removed (or the anchor was mistyped)"
                    ).format(anchor=anchor.strip()[:16]),
                )
            )
        return breaks

    def _verify_chain(self) -> list[ChainBreak]:
        """Empty when every entry is intact and none is missing."""
        breaks: list[ChainBreak] = []
        prev = GENESIS
        expected_id: int | None = None
        rows = self._conn.execute(
            "SELECT id, at, actor, action, details, prev_hash, hash FROM audit_log ORDER BY id"
        )
        for entry_id, at, actor, action, details, prev_hash, digest in rows:
            if expected_id is not None and entry_id != expected_id:
                breaks.append(
                    ChainBreak(
                        entry_id,
                        Msg.tr("entries {first}–{last} are missing").format(
                            first=expected_id, last=entry_id - 1
                        ),
                    )
                )
            if prev_hash != prev:
                breaks.append(ChainBreak(entry_id, Msg.tr("does not follow the entry before it")))
            if _digest(prev_hash, at, actor, action, details) != digest:
                breaks.append(ChainBreak(entry_id, Msg.tr("was changed after it was written")))
            prev = digest
            expected_id = entry_id + 1
        head = self._conn.execute("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,)).fetchone()
        if (str(head[0]) if head else GENESIS) != prev:
            breaks.append(ChainBreak(None, Msg.tr("the newest entries were removed")))
        return breaks


@lazy_record
class ChainHead(EqualByFields):
    """The newest entry's hash: published (in a report, beside a backup, on paper) it
    anchors the chain — every entry up to it is fixed by it."""

    entry_id: int
    at: str
    hash: str

    def text(self) -> str:
        return Msg.tr("Audit chain head: entry {entry}, {hash}").format(
            entry=self.entry_id, hash=self.hash
        )


def anchor_hash(text: str) -> str | None:
    """The head hash in an anchor as people copy it: the hash alone, its first 16+ hex
    digits, or the whole line a report or `audit head` prints ("Audit chain head: entry 48,
    e7dc…", in any language); None when it holds no such hash."""
    found = re.findall(_HEX_RUN, text)
    return found[-1].lower() if found else None


def head_of(conn: db.Connection) -> ChainHead:
    row = conn.execute("SELECT id, at, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return ChainHead(0, "", GENESIS)
    return ChainHead(int(row[0]), str(row[1]), str(row[2]))


def chain_head(conn: db.Connection) -> str:
    """The head hash alone (what a backup's sidecar records)."""
    return head_of(conn).hash


def anchor_line(conn: db.Connection) -> str:
    """One line for a report's footer: print it wherever the report leaves the machine."""
    return head_of(conn).text()


def machine_anchor_line(conn: db.Connection) -> str:
    """`anchor_line` in English, for files other systems read (a CSV's last column keeps
    its header and words in every language)."""
    with speaking(SOURCE_LANGUAGE):
        return anchor_line(conn)


def chain_problems(conn: db.Connection) -> list[str]:
    """Empty when the audit chain in `conn` verifies (restore's last check of a backup)."""
    breaks = AuditLog(conn=conn, actor="").verify()
    if not breaks:
        return []
    first = breaks[0]
    where = (
        Msg.tr("entry {entry} {reason}").format(entry=first.entry_id, reason=first.reason)
        if first.entry_id
        else first.reason
    )
    return [Msg.tr("its audit chain is broken ({where})").format(where=where)]


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)
