"""No secret in clear, ever: a path that would send a password without TLS is refused by the
bundle import, the paths editor and the probe, before any byte leaves; and a refused login
is tried once per run, not once per session and method (relays lock accounts)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.bundles import builder, minisign
from app.bundles.archive import BundleRejected
from app.bundles.builder import build_bundle, write_bundle
from app.bundles.importer import BundleImporter
from app.bundles.trust import TrustStore
from app.delivery import smtp as smtp_module
from app.delivery.config import DeliveryConfigProblems, SmtpProfile
from app.delivery.service import Delivery
from app.kit import Kit
from tests.delivery.conftest import queue, set_delivery_doc
from tests.delivery.servers import PASSWORD, USER, LocalCA, RelayProcess, relay_process

SAMPLE = Path(__file__).resolve().parents[1] / "bundles" / "source"


def smtp_entry(port: int, security: str, *, username: str = USER, ca: Path | None = None) -> str:
    return (
        f'[[smtp]]\nname = "relay"\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\n'
        f'username = "{username}"\nfrom = "duty@example.com"\n'
        + (f'ca_file = "{ca.as_posix()}"\n' if ca else "")
    )


@pytest.fixture
def plain_relay(tmp_path: Path) -> Iterator[RelayProcess]:
    """A relay that offers AUTH without TLS, and counts every login."""
    with relay_process(tmp_path / "plain", auth=True) as relay:
        yield relay


def test_the_probe_and_the_sender_refuse_a_password_without_tls(
    kit: Kit, delivery: Delivery, plain_relay: RelayProcess
) -> None:
    set_delivery_doc(kit, smtp_entry(plain_relay.port, "none"))
    delivery.passwords.set("relay", PASSWORD)
    queue(kit, ["ops@example.com"])
    [probe, _eml] = delivery.probe(timeout=5)
    assert not probe.ok and "send the password in clear" in probe.summary
    report = delivery.send()
    assert report.sent == 0 and "in clear" in report.paths_down["relay"]
    assert plain_relay.login_attempts() == 0 and plain_relay.received() == []


def test_the_paths_editor_refuses_a_password_without_tls(delivery: Delivery) -> None:
    profile = SmtpProfile(
        name="lan", host="192.0.2.5", port=25, security="none", sender="duty@example.com",
        username="duty",
    )  # fmt: skip
    with pytest.raises(DeliveryConfigProblems, match="in clear"):
        delivery.paths.save_profile(profile)
    # without a login, a relay without TLS is allowed (one on this machine or the LAN)
    delivery.paths.save_profile(SmtpProfile(**{**profile.__dict__, "username": ""}))
    assert [p.name for p in delivery.paths.all()] == ["lan"]


def test_a_bundle_with_a_password_path_without_tls_is_refused(
    kit: Kit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a bundle signed by an older builder that did not check delivery.toml yet
    monkeypatch.setattr(builder, "delivery_doc_problems", lambda _text: [])
    source = tmp_path / "source"
    shutil.copytree(SAMPLE, source)
    text = (source / "delivery.toml").read_text()
    (source / "delivery.toml").write_text(
        text.replace('security = "starttls"', 'security = "none"')
    )
    signer = minisign.generate()
    TrustStore(conn=kit.store.conn, audit=kit.audit).pin(signer.public, role="primary")
    bundle = tmp_path / "bundle.zip"
    write_bundle(build_bundle(source, key=signer, version=1, expires_days=30), bundle)
    importer = BundleImporter(conn=kit.store.conn, audit=kit.audit)
    with pytest.raises(BundleRejected, match="office-relay: a username with security") as err:
        importer.inspect(bundle)
    assert "nothing was changed" in str(err.value)
    assert kit.store.conn.execute("SELECT count(*) FROM directory_docs").fetchone() == (0,)


def test_a_refused_login_is_tried_once_per_run(
    kit: Kit, delivery: Delivery, test_ca: LocalCA, tmp_path: Path
) -> None:
    with relay_process(tmp_path / "tls", auth=True, ca=test_ca) as relay:
        set_delivery_doc(kit, smtp_entry(relay.port, "starttls", ca=test_ca.ca_file))
        delivery.passwords.set("relay", "an-old-password")
        queue(kit, [f"partner{i}@example.com" for i in range(10)])
        first = delivery.send()
        assert first.sent == 0 and "refused the login" in first.paths_down["relay"]
        assert relay.login_attempts() == 1  # one connection, one method
        again = delivery.send()
        assert "not tried again" in again.paths_down["relay"]
        [probe, _eml] = delivery.probe(timeout=5)
        assert not probe.ok and "not tried again" in probe.summary
        assert relay.login_attempts() == 1
        # the officer stores the right password: tried again, and it works
        delivery.passwords.set("relay", PASSWORD)
        assert delivery.send().sent == 10
        assert len(relay.received()) == 10


def test_a_temporary_auth_failure_is_tried_again_later_not_taken_as_a_refusal(
    kit: Kit, delivery: Delivery, test_ca: LocalCA, tmp_path: Path
) -> None:
    """454: the relay cannot check passwords just now. The path is down for this round
    (the retry comes back to it), the password is not marked refused, and the next
    round logs in and sends."""
    with relay_process(tmp_path / "tls", auth=True, ca=test_ca, auth_unavailable=1) as relay:
        set_delivery_doc(kit, smtp_entry(relay.port, "starttls", ca=test_ca.ca_file))
        delivery.passwords.set("relay", PASSWORD)
        messages = queue(kit, [f"partner{i}@example.com" for i in range(4)])
        first = delivery.send()
        assert first.sent == 0 and first.left_queued == len(messages)
        why = first.paths_down["relay"]
        assert "454" in why and "tries again later" in why and "refused" not in why
        assert relay.login_attempts() == 1  # the other sessions did not try
        again = delivery.send()
        assert again.sent == len(messages) and again.paths_down == {}
        assert sorted(m["To"] for m in relay.received()) == [m.recipient for m in messages]


@pytest.mark.parametrize("method", ["PLAIN", "LOGIN"])
def test_a_password_with_letters_beyond_ascii_logs_in(
    kit: Kit,
    delivery: Delivery,
    test_ca: LocalCA,
    tmp_path: Path,
    method: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A relay account's password with é or ž: smtplib sends logins as ASCII only, and
    every probe and send of the kit crashed ("internal error"; the window stopped probing,
    a working path shown DOWN). Sent as UTF-8, as both methods allow."""
    monkeypatch.setattr(smtp_module, "AUTH_METHODS", (method,))  # the one the kit uses
    secret = "Tajné-heslo-ž1"
    with relay_process(tmp_path / "tls", auth=True, ca=test_ca, password=secret) as relay:
        set_delivery_doc(kit, smtp_entry(relay.port, "starttls", ca=test_ca.ca_file))
        delivery.passwords.set("relay", secret)
        [probe, _eml] = delivery.probe(timeout=5)
        assert probe.ok, probe.summary
        queue(kit, ["ops@example.com", "noc@example.net"])
        report = delivery.send()
        assert report.sent == 2, report.paths_down
        assert sorted(m["To"] for m in relay.received()) == ["noc@example.net", "ops@example.com"]
        # and a wrong one is a refused login, said as such, not a crash
        delivery.passwords.set("relay", "Tajné-heslo-ž2")
        [probe, _eml] = delivery.probe(timeout=5)
        assert not probe.ok and "refused the login" in probe.summary
