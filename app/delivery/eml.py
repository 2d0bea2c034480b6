"""`.eml` export, crash-safe: no message is both exported and sent by the kit.

The export is recorded (`outbox_exports`) and its messages handed off in one commit before
the first file is written, so no sender takes them any more; it is marked finished after
the last file. An export a crash (or a full disk, a pulled USB stick) cut short is settled
at the next start, under the sender lock: when its folder is there, the files it wrote are
removed and its messages go back to the queue; when the folder is gone (the stick left with
some files on it) the messages stay handed off for the officer to settle.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from pathlib import Path

from app.audit import AuditLog
from app.delivery.mail import BadMessage, eml_bytes, eml_name
from app.delivery.outbox import Outbox
from app.delivery.paths import EML_PATH
from app.delivery.replies import EXPORT_CUT_SHORT, EXPORT_FAILED, said, shown_reply
from app.errors import DiskFull, UserError, is_disk_full
from app.fsutil import fsync_dir, write_private
from app.i18n import Msg
from app.store import db
from app.timefmt import iso, now


class EmlExport:
    def __init__(self, *, conn: db.Connection, audit: AuditLog, outbox: Outbox) -> None:
        self._conn = conn
        self._audit = audit
        self._outbox = outbox

    def export(
        self, folder: Path, *, sender: str, reply_to: str, ids: Sequence[int] | None = None
    ) -> list[Path]:
        """Write the queued e-mails (of `ids`) into `folder`, handed off. Call under the
        sender lock, after `reconcile()`."""
        held = self._outbox.hold_stale(ids)
        chosen = self._outbox.get_many(self._outbox.queued_ids(channel="email", ids=ids))
        if not chosen:
            note = (
                Msg.tr(
                    " %n message(s) were held: their promised update time passed. "
                    "Re-issue the notice with a new promise.",
                    "",
                    len(held),
                )
                if held
                else ""
            )
            raise UserError(Msg.tr("No queued e-mail to export; nothing was written.") + note)
        drafts: dict[int, bytes] = {}
        bad: list[str] = []
        for message in chosen:
            try:
                drafts[message.id] = eml_bytes(message, sender=sender, reply_to=reply_to)
            except (BadMessage, ValueError) as err:
                bad.append(
                    Msg.tr("message {id}: {error}").format(
                        id=message.id, error=shown_reply(str(err))
                    )
                )
        if bad:
            raise UserError(
                Msg.tr("Some messages cannot be written as e-mail; nothing was exported:")
                + "\n  "
                + "\n  ".join(bad)
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UserError(
                Msg.tr("The folder {folder} cannot be made ({error}); choose another.").format(
                    folder=folder, error=err
                )
            ) from None
        files = {str(m.id): eml_name(m) for m in chosen}
        with db.transaction(self._conn) as conn:
            moved = self._outbox.hand_off(list(drafts), path=EML_PATH)
            files = {k: v for k, v in files.items() if int(k) in moved}
            export = int(
                conn.execute(
                    "INSERT INTO outbox_exports (folder, files, started_at) VALUES (?, ?, ?) "
                    "RETURNING id",
                    (str(folder.resolve()), json.dumps(files), iso(now())),
                ).fetchone()[0]
            )
        written: list[Path] = []
        try:
            for key, name in files.items():
                write_private(folder / name, drafts[int(key)])
                written.append(folder / name)
        except OSError as err:
            self._roll_back(export, folder.resolve(), files, said(EXPORT_FAILED, error=err))
            if is_disk_full(err):
                raise DiskFull(
                    Msg.tr(
                        "The disk holding {folder} is full (a USB stick?): the %n "
                        "file(s) written were removed and the messages are back in the queue. "
                        "Free some space there or choose another folder, then export again.",
                        "",
                        len(written),
                    ).format(folder=folder)
                ) from None
            raise UserError(
                Msg.tr(
                    "Writing to {folder} failed ({error}). The files written were removed and "
                    "the messages are back in the queue; choose another folder."
                ).format(folder=folder, error=err)
            ) from None
        with db.transaction(self._conn):
            self._finish(export, "written")
        return written

    def reconcile(self) -> list[str]:
        """Settle the exports a crash cut short; what happened, for the officer (no partner
        addresses). Call under the sender lock."""
        rows = self._conn.execute(
            "SELECT id, folder, files FROM outbox_exports WHERE finished_at IS NULL ORDER BY id"
        ).fetchall()
        notes: list[str] = []
        for export, folder_text, files_text in rows:
            folder, files = Path(folder_text), dict(json.loads(files_text))
            if folder.is_dir():
                back = self._roll_back(int(export), folder, files, EXPORT_CUT_SHORT)
                notes.append(
                    Msg.tr(
                        "An .eml export to {folder} was cut short: its files were removed and "
                        "%n message(s) are back in the queue.",
                        "",
                        len(back),
                    ).format(folder=folder)
                )
            else:
                with db.transaction(self._conn):
                    self._finish(int(export), "folder gone")
                notes.append(
                    Msg.tr(
                        "An .eml export to {folder} was cut short and that folder is gone (a "
                        "removed USB stick?): %n message(s) stay handed off. Settle "
                        "each as sent (if its file was sent) or to send again.",
                        "",
                        len(files),
                    ).format(folder=folder)
                )
        return notes

    def _roll_back(self, export: int, folder: Path, files: dict[str, str], why: str) -> list[int]:
        for name in files.values():
            with contextlib.suppress(OSError):
                (folder / name).unlink(missing_ok=True)
            for stray in folder.glob(f".{name}.*.tmp"):  # write_private's own temporaries
                with contextlib.suppress(OSError):
                    stray.unlink()
        with contextlib.suppress(OSError):
            fsync_dir(folder)
        with db.transaction(self._conn):
            back = self._outbox.take_back([int(k) for k in files], path=EML_PATH, reply=why)
            self._finish(export, "rolled back")
        return back

    def _finish(self, export: int, outcome: str) -> None:
        self._conn.execute(
            "UPDATE outbox_exports SET finished_at = ?, outcome = ? WHERE id = ?",
            (iso(now()), outcome, export),
        )
        self._audit.append("outbox.export_" + outcome.replace(" ", "_"), export=export)
