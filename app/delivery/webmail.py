"""Webmail hand-off: the browser's compose page, prefilled, recipients in Bcc.

The kit cannot see what the browser does, so a batch moves to `handed-off` when it is
opened, and the officer confirms it as sent (or puts it back in the queue).
Compose URLs stay under ~1,600 characters (FACTS.md): the recipients are split into batches,
and a body too long for the URL goes to the clipboard instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from app.delivery import replies
from app.delivery.config import COMPOSE_FIELDS, WebmailProfile
from app.delivery.outbox import Outbox, OutboxMessage
from app.errors import UserError
from app.i18n import Msg

MAX_URL = 1600
UrlOpener = Callable[[str], bool]
OPEN_WAIT = 10.0  # seconds a browser launcher gets to say whether it took the link


def _launchers() -> list[list[str]]:
    """The desktop's ways to open a link, in the order tried ($BROWSER first, as
    `webbrowser` does; "%s" in it stands for the link)."""
    import shlex  # here, as subprocess below: the window imports this module at start

    found = [shlex.split(b) for b in os.environ.get("BROWSER", "").split(os.pathsep) if b]
    if sys.platform == "darwin":
        found.append(["open"])
    else:
        found += [["xdg-open"], ["gio", "open"]]
    return [c for c in found if c]


def open_in_browser(url: str) -> bool:
    """The one place the kit opens a browser (tests replace it with a recorder).

    True only when a browser took the link. The link holds partner addresses and the notice
    text, so the launchers' own output is discarded: nothing of it reaches stderr or the
    log (the `webbrowser` module lets `xdg-open` print the link on failure, and says
    "opened" for a launcher that then fails)."""
    if sys.platform == "win32":
        try:
            os.startfile(url)  # type: ignore[attr-defined,unused-ignore]  # noqa: S606
        except OSError:
            return False
        return True
    import shutil
    import subprocess

    for launcher in _launchers():
        program = shutil.which(launcher[0])
        if program is None:
            continue
        args = [a.replace("%s", url) for a in launcher[1:]]
        command = [program, *args] if "%s" in " ".join(launcher) else [program, *args, url]
        try:
            proc = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            continue
        try:
            if proc.wait(timeout=OPEN_WAIT) == 0:
                return True
        except subprocess.TimeoutExpired:
            return True  # a browser running in the foreground has the link
    return False


@dataclass(frozen=True)
class HandOffBatch:
    ids: tuple[int, ...]
    recipients: tuple[str, ...]
    subject: str
    url: str
    clipboard: str | None  # the body, when it does not fit into the URL

    @property
    def label(self) -> str:
        where = Msg.tr(" — body on the clipboard: paste it") if self.clipboard else ""
        count = Msg.tr("%n recipient(s)", "", len(self.recipients))
        return f"{count}: {self.subject}{where}"


@dataclass(frozen=True)
class Opened:
    """A batch handed off: `ids` are now handed-off; `opened` says whether a browser took
    `url` (when not, the officer opens it by hand: show it, with a way to copy it)."""

    ids: tuple[int, ...]
    opened: bool
    url: str


def compose_url(template: str, *, bcc: Sequence[str], subject: str, body: str) -> str:
    values = {"to": "", "bcc": ",".join(bcc), "subject": subject, "body": body}
    # quote(safe="") encodes spaces as %20 (not '+', which Outlook shows literally), and
    # '&', '=', '#' in a subject cannot break out of their parameter.
    encoded = {k: quote(v, safe="@,") for k, v in values.items() if k in COMPOSE_FIELDS}
    return template.format(**encoded)


def plan_batches(
    messages: Sequence[OutboxMessage], profile: WebmailProfile, *, max_url: int = MAX_URL
) -> list[HandOffBatch]:
    """Group messages with the same subject and body (one notice, many recipients), then
    split each group into URLs that fit."""
    from app.delivery.mail import one_line  # the e-mail modules only for a hand-off

    groups: dict[tuple[str, str], list[OutboxMessage]] = {}
    for message in messages:
        if message.channel != "email":
            continue
        groups.setdefault((one_line(message.subject), message.body), []).append(message)
    batches: list[HandOffBatch] = []
    for (subject, body), members in groups.items():
        batches += _split_group(members, subject, body, profile.url_template, max_url)
    return batches


def _split_group(
    members: list[OutboxMessage], subject: str, body: str, template: str, max_url: int
) -> list[HandOffBatch]:
    single = compose_url(template, bcc=[members[0].recipient], subject=subject, body=body)
    with_body = len(single) <= max_url
    url_body = body if with_body else ""
    batches: list[HandOffBatch] = []
    current: list[OutboxMessage] = []

    def close() -> None:
        if current:
            url = compose_url(
                template, bcc=[m.recipient for m in current], subject=subject, body=url_body
            )
            batches.append(
                HandOffBatch(
                    tuple(m.id for m in current),
                    tuple(m.recipient for m in current),
                    subject,
                    url,
                    None if with_body else body,
                )
            )

    for member in members:
        trial = [*(m.recipient for m in current), member.recipient]
        if (
            current
            and len(compose_url(template, bcc=trial, subject=subject, body=url_body)) > max_url
        ):
            close()
            current = []
        current.append(member)
    close()
    for batch in batches:
        if len(batch.url) > max_url:
            raise UserError(
                Msg.tr(
                    "The subject alone makes the compose URL longer than {max_url} characters; "
                    "shorten it or export .eml files instead."
                ).format(max_url=max_url)
            )
    return batches


class WebmailHandOff:
    def __init__(self, *, outbox: Outbox, profile: WebmailProfile, opener: UrlOpener) -> None:
        self._outbox = outbox
        self.profile = profile
        self._opener = opener

    def plan(self, ids: Sequence[int] | None = None) -> list[HandOffBatch]:
        """The batches of what is queued (messages whose promise passed are held first:
        they are never handed off)."""
        self._outbox.hold_stale(ids)
        queued = self._outbox.get_many(self._outbox.queued_ids(channel="email", ids=ids))
        return plan_batches(queued, self.profile)

    def open(self, batch: HandOffBatch) -> Opened:
        """Mark the batch handed-off (committed first), then open the browser."""
        held = self._outbox.hold_stale(batch.ids)
        if held:
            raise UserError(
                Msg.tr(
                    "%n message(s) of this batch were held, not handed off: their "
                    "promised update time has passed. Nothing was opened; re-issue the notice "
                    "with a new promise.",
                    "",
                    len(held),
                )
            )
        moved = self._outbox.hand_off(batch.ids, path=self.profile.name)
        if not moved:
            raise UserError(
                Msg.tr(
                    "This batch is no longer queued (handed off or settled meanwhile); nothing "
                    "was opened. Close this window and look at the outbox."
                )
            )
        return Opened(tuple(moved), self._opener(batch.url), batch.url)

    def confirm(self, batch: HandOffBatch, *, sent: bool) -> None:
        """The officer says whether the browser really sent this batch."""
        for message in batch.ids:
            if self._outbox.get(message).state == "handed-off":
                said = replies.WEBMAIL_SENT if sent else replies.WEBMAIL_NOT_SENT
                self._outbox.settle(
                    message,
                    as_="sent" if sent else "resend",
                    reason=replies.said(said, path=self.profile.name),
                )
