"""The outbox state machine: every step committed and audited, never a silent resend."""

from __future__ import annotations

import pytest

from app.delivery.outbox import Outbox
from app.errors import UserError
from app.kit import Kit
from tests.delivery.conftest import queue


def test_a_crash_while_sending_leaves_the_message_uncertain_until_settled(kit: Kit) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    [message] = queue(kit, ["ops@example.com"])
    assert outbox.claim(message.id, path="relay")
    # the process dies here; at the next start:
    assert outbox.recover_interrupted() == [message.id]
    again = outbox.get(message.id)
    assert again.state == "uncertain"
    assert "settle" in again.last_reply
    assert outbox.queued_ids(channel="email") == []  # no silent resend
    settled = outbox.settle(message.id, as_="resend")
    assert settled.state == "queued"
    assert settled.message_id == message.message_id  # the same Message-ID goes out again
    actions = [e.action for e in kit.audit.entries(action_prefix="outbox.")]
    assert actions == ["outbox.queued", "outbox.uncertain", "outbox.queued"]


def test_only_uncertain_or_handed_off_messages_are_settled(kit: Kit) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    [message] = queue(kit, ["ops@example.com"])
    with pytest.raises(UserError, match="only uncertain or handed-off"):
        outbox.settle(message.id, as_="sent")
    with pytest.raises(UserError, match="'sent', 'resend' or 'superseded'"):
        outbox.settle(message.id, as_="maybe")
    assert outbox.hand_off([message.id], path="webmail") == [message.id]
    assert outbox.settle(message.id, as_="sent").state == "sent"
    assert [a.outcome for a in outbox.attempts(message.id)] == ["handed-off"]


def test_a_claimed_message_cannot_be_claimed_twice(kit: Kit) -> None:
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    [message] = queue(kit, ["ops@example.com"])
    assert outbox.claim(message.id, path="relay")
    assert not outbox.claim(message.id, path="backup")
    outbox.finish(message.id, state="failed", path="relay", reply="550 no such user", code=550)
    assert outbox.get(message.id).state == "failed"
    assert outbox.retry(message.id).state == "queued"
    assert outbox.get(message.id).attempts == 1
    assert outbox.counts()["queued"] == 1
    assert outbox.waiting() == 1
