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
from collections.abc import Callable, Sequence
from pathlib import Path

from app.audit import AuditLog
from app.delivery.mail import BadMessage, eml_bytes, eml_file_name
from app.delivery.outbox import Outbox
from app.delivery.paths import EML_PATH
from app.delivery.replies import EXPORT_CUT_SHORT, EXPORT_FAILED, said, shown_reply
from app.errors import Cancelled, DiskFull, UserError, is_disk_full
from app.fsutil import fsync_dir, write_private
from app.i18n import Msg
from app.store import db
from app.timefmt import iso, now

#: messages read from the store at once while exporting (not all: 40,000 drafts in memory)
READ_AT_ONCE = 500


class EmlExport:
    def __init__(self, *, conn: db.Connection, audit: AuditLog, outbox: Outbox) -> None:
        self._conn = conn
        self._audit = audit
        self._outbox = outbox

    def export(
        self,
        folder: Path,
        *,
        sender: str,
        reply_to: str,
        ids: Sequence[int] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[Path]:
        """Write the queued e-mails (of `ids`) into `folder`, handed off. Call under the
        sender lock, after `reconcile()`. Each draft is made and written in turn (a few
        hundred read at a time), `progress(done, total)` after each file; all or none: a
        failed write, a message that cannot be written, `cancelled()` or Ctrl+C removes the
        files written and puts the messages back in the queue."""
        held = self._outbox.hold_stale(ids)
        chosen = self._outbox.queued_ids(channel="email", ids=ids)
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
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UserError(
                Msg.tr("The folder {folder} cannot be made ({error}); choose another.").format(
                    folder=folder, error=err
                )
            ) from None
        with db.transaction(self._conn) as conn:
            moved = self._outbox.hand_off(chosen, path=EML_PATH)
            files = {str(m): eml_file_name(m) for m in moved}
            export = int(
                conn.execute(
                    "INSERT INTO outbox_exports (folder, files, started_at) VALUES (?, ?, ?) "
                    "RETURNING id",
                    (str(folder.resolve()), json.dumps(files), iso(now())),
                ).fetchone()[0]
            )
        written: list[Path] = []
        try:
            self._write(folder, moved, written, sender, reply_to, progress, cancelled)
        except BaseException as err:
            why = said(EXPORT_FAILED, error=err) if isinstance(err, OSError) else EXPORT_CUT_SHORT
            self._roll_back(export, folder.resolve(), files, why)
            raise _said_as_user_error(err, folder, len(written)) from None
        with db.transaction(self._conn):
            self._finish(export, "written")
        return written

    def _write(
        self,
        folder: Path,
        messages: Sequence[int],
        written: list[Path],
        sender: str,
        reply_to: str,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool],
    ) -> None:
        """The drafts, made and written one by one into `written` (the caller rolls back)."""
        bad: list[str] = []
        for start in range(0, len(messages), READ_AT_ONCE):
            for message in self._outbox.get_many(messages[start : start + READ_AT_ONCE]):
                if cancelled():
                    raise Cancelled(Msg.tr("The .eml export was cancelled."))
                try:
                    draft = eml_bytes(message, sender=sender, reply_to=reply_to)
                except (BadMessage, ValueError) as err:
                    error = shown_reply(str(err))
                    bad.append(Msg.tr("message {id}: {error}").format(id=message.id, error=error))
                    continue
                if bad:
                    continue  # nothing more is written: it all goes back; the rest is checked
                write_private(folder / eml_file_name(message.id), draft)
                written.append(folder / eml_file_name(message.id))
                if progress is not None:
                    progress(len(written), len(messages))
        if bad:
            raise _Unwritable(bad)

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


class _Unwritable(Exception):
    """Some messages cannot be written as e-mail (their problems)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _said_as_user_error(err: BaseException, folder: Path, written: int) -> BaseException:
    """What the officer is told once an export was rolled back (Ctrl+C stays itself: the
    command line answers it alike for every command)."""
    if isinstance(err, UserError | KeyboardInterrupt):
        return err
    if isinstance(err, _Unwritable):
        return UserError(
            Msg.tr("Some messages cannot be written as e-mail; nothing was exported:")
            + "\n  "
            + "\n  ".join(err.problems)
        )
    if isinstance(err, OSError) and is_disk_full(err):
        return DiskFull(
            Msg.tr(
                "The disk holding {folder} is full (a USB stick?): the %n "
                "file(s) written were removed and the messages are back in the queue. "
                "Free some space there or choose another folder, then export again.",
                "",
                written,
            ).format(folder=folder)
        )
    if isinstance(err, OSError):
        return UserError(
            Msg.tr(
                "Writing to {folder} failed ({error}). The files written were removed and "
                "the messages are back in the queue; choose another folder."
            ).format(folder=folder, error=err)
        )
    return err  # our bug: the messages are back in the queue all the same
