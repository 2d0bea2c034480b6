"""Delivery as one service for the front ends: send, probe, export, settle.

Every front end gets one per connection (the window's main thread, each worker thread, a
command), built from the unlocked kit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.audit import AuditLog
from app.delivery.identity import adopt_sender_domain
from app.delivery.interrupted import interrupted_outlook
from app.delivery.lock import SenderBusy, SenderLock
from app.delivery.outbox import Outbox, OutboxMessage
from app.delivery.passwords import PathPasswords, SecretBackend, detect_backend
from app.delivery.paths import EML_PATH, DeliveryPath, DeliveryPaths
from app.errors import DiskFull, NotFound, UserError, is_disk_full
from app.i18n import Msg
from app.kit import Kit
from app.store import db

# Imported where used: the e-mail, TLS and process modules cost the start, and so do the
# profiles (delivery.toml's parser, tomllib), the dispatcher and the transports — the window
# builds its Delivery at start but reads the paths and sends only later, or on a worker.
if TYPE_CHECKING:
    from app.delivery.config import WebmailProfile
    from app.delivery.dispatch import DispatchReport, Progress
    from app.delivery.eml import EmlExport
    from app.delivery.probe import PathProbe
    from app.delivery.transport import Transport
    from app.delivery.webmail import UrlOpener, WebmailHandOff


class Delivery:
    def __init__(
        self,
        *,
        conn: db.Connection,
        audit: AuditLog,
        home: Path,
        store_id: str,
        secrets: SecretBackend | None,
        timeout: float = 30.0,
    ) -> None:
        self.conn = conn
        self.audit = audit
        self.outbox = Outbox(conn=conn, audit=audit)
        self.paths = DeliveryPaths(conn=conn, audit=audit)
        self.passwords = PathPasswords(conn=conn, audit=audit, store_id=store_id, backend=secrets)
        self.home = home
        self.timeout = timeout
        self._eml: EmlExport | None = None
        #: what the last recovery found of .eml exports a crash cut short, for the officer
        self.recovery_notes: list[str] = []

    @classmethod
    def for_kit(
        cls,
        kit: Kit,
        *,
        conn: db.Connection | None = None,
        secrets: SecretBackend | Literal["detect"] | None = "detect",
        timeout: float = 30.0,
    ) -> Delivery:
        """For the kit's main connection, or `conn`: a worker thread's own connection."""
        own = conn if conn is not None else kit.store.conn
        audit = kit.audit if conn is None else AuditLog(conn=conn, actor=kit.audit.actor)
        return cls(
            conn=own,
            audit=audit,
            home=kit.store.paths.home,
            store_id=kit.store.store_id,
            secrets=detect_backend() if secrets == "detect" else secrets,
            timeout=timeout,
        )

    @property
    def eml(self) -> EmlExport:
        """The .eml export, built on first use (it imports the e-mail modules)."""
        if self._eml is None:
            from app.delivery.eml import EmlExport

            self._eml = EmlExport(conn=self.conn, audit=self.audit, outbox=self.outbox)
        return self._eml

    def sender_lock(self) -> SenderLock:
        return SenderLock(self.home)

    # -- transports ---------------------------------------------------------------------

    def transport_for(self, path: DeliveryPath) -> Transport:
        from app.delivery.config import ModemProfile, SmtpProfile

        profile = path.profile
        if isinstance(profile, SmtpProfile):
            from app.delivery.smtp import SmtpTransport  # smtplib and ssl only to send

            return SmtpTransport(
                profile, password=self.passwords.get(profile.name), timeout=self.timeout
            )
        if isinstance(profile, ModemProfile):
            from app.delivery.modem import ModemTransport  # pyserial only when a modem is used

            return ModemTransport(
                profile, timeout=self.timeout, pin=self.passwords.get(profile.name)
            )
        raise UserError(
            Msg.tr(
                "{name} is a webmail path: the officer hands messages to the browser batch "
                "by batch (Outbox section, 'Hand off to webmail', or 'outage-kit outbox webmail')."
            ).format(name=path.name)
        )

    # -- the officer's actions ------------------------------------------------------------

    def recover_interrupted(self) -> list[int]:
        """At start: what a crash left `sending` is sorted out (the uncertain ids are
        returned), and .eml exports it cut short are settled (`recovery_notes`); older
        copies a later notice made obsolete are held (a store from before the kit did so:
        the outbox shows no stale copy waiting). Skipped (empty) while another window or
        command is sending: its `sending` rows are live."""
        from app.incidents.superseded import hold_superseded

        lock = self.sender_lock()
        try:
            lock.acquire()
        except SenderBusy:
            return []
        try:
            uncertain = self._recover()
            hold_superseded(self.conn, self.audit)
            return uncertain
        finally:
            lock.release()

    def _recover(self) -> list[int]:
        """Under the sender lock. No export cut short (the usual case): the .eml export
        and its e-mail modules are not even loaded."""
        cut_short = self.conn.execute(
            "SELECT 1 FROM outbox_exports WHERE finished_at IS NULL LIMIT 1"
        ).fetchone()
        self.recovery_notes = self.eml.reconcile() if cut_short else []
        return self.outbox.recover_interrupted()

    def send(
        self,
        *,
        via: str | None = None,
        ids: Sequence[int] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        channels: Sequence[str] = ("email", "sms"),
    ) -> DispatchReport:
        """Send what is queued: e-mail over the SMTP paths, SMS over the modem, each in
        priority order with failover (or only over `via`; only the `channels` named: the
        automatic retry leaves a channel whose every path is down alone)."""

        chosen = self._chosen_paths(via)
        before = self.outbox.counts()
        try:
            return self._send(chosen, ids, progress, cancelled, channels)
        except Exception as err:
            if not (isinstance(err, DiskFull) or is_disk_full(err)):
                raise
            raise self._full_while_sending(before) from None

    def _full_while_sending(self, before: dict[str, int]) -> DiskFull:
        """The disk filled during a round: what went out before it did is recorded (each
        message's state is durable before the next one goes), so the officer is told that,
        not that nothing changed, and nobody is told twice by another way."""
        try:
            after = interrupted_outlook(self.conn, self.outbox.counts())
        except Exception:  # the store cannot even be read: say what is sure
            return DiskFull(
                Msg.tr(
                    "The disk holding {where} is full: it filled up while sending. Messages "
                    "sent before it did are recorded as sent; look at the Outbox before you "
                    "send any other way. Free some space and send again: nothing is sent twice."
                ).format(where=self.home)
            )
        sent = after["sent"] - before["sent"]
        unsure = after["uncertain"] - before["uncertain"]
        return DiskFull(
            Msg.tr(
                "The disk holding {where} is full: it filled up while sending. Before it did, "
                "{sent} message(s) were sent and recorded; {unsure} may have left (state "
                "'uncertain': settle them in the Outbox); {queued} are still queued. Free some "
                "space and send again: what was sent is not sent twice."
            ).format(where=self.home, sent=sent, unsure=unsure, queued=after["queued"]),
            details={"sent": sent, "uncertain": unsure, "queued": after["queued"]},
        )

    def _send(
        self,
        chosen: list[DeliveryPath],
        ids: Sequence[int] | None,
        progress: Progress | None,
        cancelled: Callable[[], bool],
        channels: Sequence[str],
    ) -> DispatchReport:
        from app.delivery.dispatch import Dispatcher, DispatchReport
        from app.incidents.superseded import hold_superseded

        report = DispatchReport()
        with self.sender_lock():
            self._recover()
            adopt_sender_domain(self.conn, self.audit, self.paths.first_sender()[0])
            held = self.outbox.hold_stale(ids)  # a promise never goes out broken
            report.total += len(held)
            report.held += len(held)
            dispatcher = Dispatcher(
                conn=self.conn,
                audit=self.audit,
                transport_for=self.transport_for,
            )
            for channel in ("email", "sms"):
                # an older copy whose partner has a later notice (the e-mail round just gave
                # it, or anything before) is held here, never sent after it: in every round,
                # that of a channel left alone too (its path may come back before the next)
                obsolete = hold_superseded(self.conn, self.audit, ids=ids, channel=channel)
                report.total += len(obsolete)
                report.superseded += len(obsolete)
                if channel not in channels:
                    continue
                paths = [p for p in chosen if p.channel == channel and p.kind != "webmail"]
                waiting = self.outbox.queued_ids(channel=channel, ids=ids)
                if not waiting:
                    continue
                if not paths:
                    report.total += len(waiting)
                    report.left_queued += len(waiting)
                    report.paths_down[f"no {channel} path"] = no_path_reason(channel)
                    continue
                report.merge(
                    dispatcher.run(
                        paths, channel=channel, ids=ids, progress=progress, cancelled=cancelled
                    )
                )
        if self.outbox.awaiting_reports() and not report.cancelled:
            report.reported = len(self.collect_reports())
        return report

    def collect_reports(self) -> list[int]:
        """Read the SMS status reports the modems switched on have kept, without a probe:
        sent → delivered, or failed with the network's reason. Returns the ids that moved.
        A modem that is down or busy is left for the next pass."""
        from app.delivery.config import ModemProfile
        from app.delivery.transport import PathDown

        changed: list[int] = []
        for path in self.paths.enabled(channel="sms"):
            if not isinstance(path.profile, ModemProfile):
                continue
            transport = self.transport_for(path)
            collect = getattr(transport, "collect_reports", None)
            if collect is None:
                continue
            try:
                transport.open()
                reports = collect()
            except PathDown:
                continue
            finally:
                transport.close()
            if reports:
                changed += self.outbox.apply_status_reports(reports)
        return changed

    def _chosen_paths(self, via: str | None) -> list[DeliveryPath]:
        from app.delivery.config import WebmailProfile

        if via is None:
            return self.paths.enabled()
        if via == EML_PATH:
            raise UserError(
                Msg.tr("Use 'outbox export-eml DIR' to hand messages out as .eml files.")
            )
        path = self.paths.get(via)
        if isinstance(path.profile, WebmailProfile):
            self.transport_for(path)  # raises the explanation
        return [path]

    def export_eml(
        self,
        folder: Path,
        *,
        ids: Sequence[int] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[Path]:
        """Write queued e-mails as .eml drafts and mark them handed-off (settled later as
        sent, or back to the queue): crash-safe, nothing is also sent by the kit. Written as
        they are made, `progress(done, total)` after each; all or none (`EmlExport.export`)."""
        with self.sender_lock():
            self._recover()
            sender, reply_to = self.eml_identity()
            adopt_sender_domain(self.conn, self.audit, sender)
            return self.eml.export(
                folder,
                sender=sender,
                reply_to=reply_to,
                ids=ids,
                progress=progress,
                cancelled=cancelled,
            )

    def eml_identity(self) -> tuple[str, str]:
        """From and Reply-To for .eml drafts: those of the first SMTP path (switched on
        first); none set up: no From, the mail client puts in its own account."""
        return self.paths.first_sender()

    def settle(self, message: int, *, as_: str) -> OutboxMessage:
        return self.settle_all([message], as_=as_)[0]

    def settle_all(self, messages: Sequence[int], *, as_: str) -> list[OutboxMessage]:
        """Settle a batch all or nothing: one message that cannot be settled leaves every
        one of them as it was. An older copy a later notice reached the partner after is
        never queued again (Send again is refused, saying what reached them); only such a
        copy is settled `superseded` (held: no longer needed)."""
        from app.incidents.superseded import hold_superseded, settle_problem

        with self.sender_lock(), db.transaction(self.conn):
            problem = settle_problem(self.conn, messages, as_)
            if problem:
                raise UserError(problem)
            settled = [self.outbox.settle(message, as_=as_) for message in messages]
            if as_ == "sent":  # their partners' older copies still waiting: never sent now
                hold_superseded(self.conn, self.audit)
            return settled

    def webmail_profiles(self) -> list[WebmailProfile]:
        """The webmail paths switched on, in the order they are tried."""
        from app.delivery.config import WebmailProfile

        return [
            p.profile
            for p in self.paths.enabled(channel="email")
            if isinstance(p.profile, WebmailProfile)
        ]

    def webmail(self, name: str | None = None, *, opener: UrlOpener) -> WebmailHandOff:
        """The hand-off to webmail path `name` (default: the first switched on)."""
        from app.delivery.webmail import WebmailHandOff

        profiles = self.webmail_profiles()
        if not profiles:
            raise UserError(
                Msg.tr(
                    "No webmail path is set up and switched on. Add one (Gmail or Outlook) under "
                    "Outbox ▸ Delivery paths or in the contact bundle, or use "
                    "'outbox export-eml DIR'."
                )
            )
        chosen = (
            profiles[0] if name is None else next((p for p in profiles if p.name == name), None)
        )
        if chosen is None:
            names = ", ".join(p.name for p in profiles)
            raise NotFound(
                Msg.tr("There is no webmail path {name} switched on; there is: {names}.").format(
                    name=repr(name), names=names
                )
            )
        return WebmailHandOff(outbox=self.outbox, profile=chosen, opener=opener)

    def retry(self, message: int) -> OutboxMessage:
        """failed → queued, unless a later notice reached the partner since, or the server
        refused it for good (a 5xx: it would be refused again) — both refused, saying why."""
        from app.delivery.refused import refused_for_good, why_not_again
        from app.incidents.superseded import refusal, superseded

        later = superseded(self.conn, ids=[message]).get(message)
        if later is not None:
            raise UserError(refusal(later, again=False))
        refused = refused_for_good(self.conn, [message])
        if message in refused:
            reference = self.outbox.get(message).incident_ref
            raise UserError(why_not_again(message, refused[message], reference=reference))
        return self.outbox.retry(message)

    def retry_all(self, messages: Sequence[int]) -> list[OutboxMessage]:
        """`retry` each, all or nothing: one that cannot be retried (not failed, refused
        for good, reached by a later notice) leaves every one of them as it was."""
        with db.transaction(self.conn):
            return [self.retry(message) for message in messages]

    def probe(self, *, timeout: float = 10.0) -> list[PathProbe]:
        """Which paths work; the SMS status reports a modem kept are applied on the way
        (sent → delivered or failed)."""
        from app.delivery.probe import probe_paths

        probes = probe_paths(self.paths.all(), self.transport_for, timeout=timeout)
        reports = [r for p in probes for r in p.reports]
        if reports:
            self.outbox.apply_status_reports(reports)
        return probes


def no_path_reason(channel: str) -> str:
    """Why queued messages of `channel` cannot be sent when no path is set up for it (in
    English, as `DispatchReport.paths_down` keeps it; shown with `replies.shown_path_down`)."""
    from app.delivery.replies import NO_EMAIL_PATH, NO_SMS_PATH

    return NO_EMAIL_PATH if channel == "email" else NO_SMS_PATH
