"""Webmail hand-off: compose URLs encoded and short enough, batches confirmed by the officer."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from app.delivery.config import WebmailProfile
from app.delivery.outbox import Outbox
from app.delivery.webmail import MAX_URL, WebmailHandOff, compose_url
from app.kit import Kit
from tests.delivery.conftest import queue


class Recorder:
    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        return True


def test_gmail_url_is_encoded_with_recipients_in_bcc() -> None:
    profile = WebmailProfile(name="gmail", compose_url="gmail")
    url = compose_url(
        profile.url_template,
        bcc=["a@example.com", "b@example.net"],
        subject="[OK-2026-0042] SMS & billing down #1",
        body="Impact: MT billing.\nNext update: 03:30 = soon?",
    )
    assert url.startswith("https://mail.google.com/mail/?view=cm&fs=1&to=&bcc=")
    assert "+" not in url and " " not in url and "%20" in url
    query = parse_qs(urlsplit(url).query)
    assert query["bcc"] == ["a@example.com,b@example.net"]
    assert query["su"] == ["[OK-2026-0042] SMS & billing down #1"]
    assert query["body"] == ["Impact: MT billing.\nNext update: 03:30 = soon?"]
    assert "to" not in query or query["to"] == [""]


def test_outlook_url_uses_subject_and_body_parameters() -> None:
    profile = WebmailProfile(name="outlook", compose_url="outlook")
    url = compose_url(profile.url_template, bcc=["a@example.com"], subject="Å ö", body="x y")
    assert url.startswith("https://outlook.office.com/mail/deeplink/compose?")
    query = parse_qs(urlsplit(url).query)
    assert query["subject"] == ["Å ö"] and query["body"] == ["x y"]


def test_many_recipients_are_split_into_batches_that_fit(kit: Kit) -> None:
    recipients = [f"partner{i:03d}@example.com" for i in range(120)]
    queue(kit, recipients)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    opened = Recorder()
    handoff = WebmailHandOff(
        outbox=outbox, profile=WebmailProfile(name="gmail", compose_url="gmail"), opener=opened
    )
    batches = handoff.plan()
    assert len(batches) > 1
    assert all(len(b.url) <= MAX_URL for b in batches)
    assert sorted(r for b in batches for r in b.recipients) == sorted(recipients)
    assert all(b.clipboard is None for b in batches)
    first, second = batches[0], batches[1]
    handoff.open(first)
    assert opened.urls == [first.url]
    assert {outbox.get(i).state for i in first.ids} == {"handed-off"}
    handoff.confirm(first, sent=True)
    assert {outbox.get(i).state for i in first.ids} == {"sent"}
    handoff.open(second)
    handoff.confirm(second, sent=False)  # the browser tab was closed unsent
    assert {outbox.get(i).state for i in second.ids} == {"queued"}


def test_a_body_too_long_for_a_url_goes_to_the_clipboard(kit: Kit) -> None:
    body = "Billing is down. " * 200
    queue(kit, ["a@example.com", "b@example.net"], body=body)
    outbox = Outbox(conn=kit.store.conn, audit=kit.audit)
    handoff = WebmailHandOff(
        outbox=outbox, profile=WebmailProfile(name="gmail", compose_url="gmail"), opener=Recorder()
    )
    [batch] = handoff.plan()
    assert batch.clipboard == body
    assert len(batch.url) <= MAX_URL
    assert parse_qs(urlsplit(batch.url).query).get("body", [""]) == [""]
    assert "clipboard" in batch.label
