"""A valid bundle applies with the right diff; every refusal says why and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.archive import BundleRejected
from app.bundles.history import current_bundle
from app.bundles.importer import BundleImporter
from app.contacts.directory import DirectoryStore
from app.kit import Kit
from app.store import db
from tests.bundles.conftest import Build


def _directory(kit: Kit) -> DirectoryStore:
    return DirectoryStore(conn=kit.store.conn, audit=kit.audit)


def _reject(importer: BundleImporter, path: Path, reason: str) -> str:
    with pytest.raises(BundleRejected) as caught:
        importer.inspect(path)
    assert caught.value.reason == reason, str(caught.value)
    return str(caught.value)


def test_first_bundle_applies_everything(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    inspection = importer.inspect(build(1))
    assert inspection.diff.count("contact", "added") == 5
    assert inspection.diff.count("group", "added") == 5
    assert inspection.diff.count("runbook", "added") == 2
    assert {c.label for c in inspection.diff.by_area("delivery path")} == {
        "smtp office-relay",
        "smtp modem-smtp",
        "webmail webmail",
        "modem",
    }
    applied = importer.apply(inspection)
    assert (applied.version, applied.name, applied.signer_role) == (
        1,
        "partner-directory",
        "primary",
    )
    directory = _directory(kit)
    assert len(directory.contacts()) == 5
    assert [r.name for r in directory.runbooks()] == ["connect-modem", "webmail"]
    assert directory.doc("delivery.toml") is not None
    assert current_bundle(kit.store.conn) == applied
    actions = [e.action for e in kit.audit.entries()]
    assert actions[:2] == ["bundle.applied", "directory.replaced"]


def test_second_bundle_diff_names_each_change(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build, source: Path
) -> None:
    importer.apply(importer.inspect(build(1)))
    contacts = (source / "contacts.csv").read_text().splitlines()
    contacts = [ln for ln in contacts if "gamma" not in ln]  # removed
    contacts = [ln.replace("Ops desk", "Night desk") for ln in contacts]  # changed
    contacts.append("Zeta Telecom,Ops,ops@zeta.example.com,,en,UTC,all,email")  # added
    (source / "contacts.csv").write_text("\n".join(contacts) + "\n")
    groups = (source / "groups.csv").read_text().replace("DirectPay / Direct Billing", "DirectPay")
    (source / "groups.csv").write_text(groups)
    (source / "runbooks" / "webmail.md").unlink()
    (source / "runbooks" / "sms-modem.md").write_text("# Send SMS through the modem\n\nSteps.\n")
    (source / "templates/disaster/resolved.en.j2").write_text(
        "Subject: Fixed: {{ incident.title }}\n\nAll good again since {{ end_time }}.\n"
    )
    delivery = (source / "delivery.toml").read_text().replace("port = 587", "port = 2525")
    (source / "delivery.toml").write_text(delivery)

    diff = importer.inspect(build(2)).diff
    lines = diff.lines(take="")
    assert "+ contact Zeta Telecom / Ops <ops@zeta.example.com>" in lines
    assert "- contact Gamma Pay / Backoffice <backoffice@gamma.example.net>" in lines
    # what changed, from what to what (a field's name alone said nothing of it)
    changed = (
        "~ contact Alpha Media / Night desk <ops@alpha.example.com> (name: Ops desk → Night desk)"
    )
    assert changed in lines, lines
    assert "~ group oneshot (description: DirectPay / Direct Billing → DirectPay)" in lines
    assert "~ template templates/disaster/resolved.en.j2 (source)" in lines
    assert "+ runbook sms-modem" in lines and "- runbook webmail" in lines
    assert "~ delivery path smtp office-relay (port: 587 → 2525)" in lines
    assert diff.count("service", "changed") == 0 and not diff.by_area("routing")


def test_applying_the_same_bundle_again_is_a_no_op(
    importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    path = build(1)
    importer.apply(importer.inspect(path))
    again = importer.inspect(path)
    assert again.already_applied
    with pytest.raises(BundleRejected, match="already applied"):
        importer.apply(again)


def test_groups_in_another_order_are_no_change(
    importer: BundleImporter, trusted: minisign.SecretKey, build: Build, source: Path
) -> None:
    contacts = (source / "contacts.csv").read_text()
    unsorted = contacts.replace("all;subscriptions,email", "subscriptions;all,email")
    (source / "contacts.csv").write_text(unsorted)
    first = build(1)
    importer.apply(importer.inspect(first))
    assert importer.inspect(first).diff.lines(take="") == ["No changes to the directory."]
    reordered = unsorted.replace("all;sms,email;sms", "sms;all,sms;email")
    (source / "contacts.csv").write_text(reordered)
    assert importer.inspect(build(2)).diff.lines(take="") == ["No changes to the directory."]
    (source / "contacts.csv").write_text(reordered.replace("sms;all,", "sms;all;brazil,"))
    assert importer.inspect(build(3)).diff.lines(take="") == [
        "~ contact Alpha Media / Ops desk <ops@alpha.example.com> "
        "(groups: all;sms → all;brazil;sms)"
    ]


def test_no_trusted_signer_yet(importer: BundleImporter, build: Build) -> None:
    assert "bundle trust" in _reject(importer, build(1), "no_trusted_signer")


def test_unknown_signer_is_refused(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    stranger = minisign.generate()
    message = _reject(importer, build(1, key=stranger), "unknown_signer")
    assert stranger.public.key_id_text in message and "does not trust" in message
    assert _directory(kit).contacts() == []
    assert kit.audit.entries()[0].action == "bundle.rejected"


def test_backup_signer_is_trusted_too(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    backup = minisign.generate()
    importer.trust.pin(backup.public, role="backup")
    assert importer.apply(importer.inspect(build(1, key=backup))).signer_role == "backup"


def test_a_forged_signature_is_refused(
    importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    path = build(1)
    sig = path.with_name(path.name + ".minisig")
    lines = sig.read_text().splitlines()
    lines[2] = "trusted comment: outage-kit bundle partner-directory version 99"
    sig.write_text("\n".join(lines) + "\n")
    assert "not valid" in _reject(importer, path, "bad_signature")


def test_a_tampered_bundle_is_refused(
    importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    path = build(1)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    assert "changed after it was signed" in _reject(importer, path, "tampered")


def test_an_unsigned_bundle_is_refused(
    importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    path = build(1)
    path.with_name(path.name + ".minisig").unlink()
    assert "Unsigned bundles are never applied" in _reject(importer, path, "unsigned")


def test_rollback_is_refused(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    old = build(4)
    importer.apply(importer.inspect(build(5)))
    assert "older than version 5" in _reject(importer, old, "rollback")
    assert current_bundle(kit.store.conn).version == 5  # type: ignore[union-attr]


def test_same_version_with_different_content_is_refused(
    importer: BundleImporter, trusted: minisign.SecretKey, build: Build, source: Path
) -> None:
    importer.apply(importer.inspect(build(3)))
    (source / "groups.csv").write_text(
        (source / "groups.csv").read_text().replace("Everyone", "All of them")
    )
    assert "higher version" in _reject(importer, build(3, name="again.zip"), "same_version")


def test_an_expired_bundle_applies_with_a_warning(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, source: Path, tmp_path: Path
) -> None:
    from datetime import timedelta

    from app.bundles.builder import build_bundle, write_bundle
    from app.timefmt import now

    built = build_bundle(
        source, key=trusted, version=1, expires_days=30, at=now() - timedelta(days=40)
    )
    out = tmp_path / "old.zip"
    write_bundle(built, out)
    inspection = importer.inspect(out)
    assert inspection.expired and "EXPIRED" in inspection.warnings[0]
    applied = importer.apply(inspection)
    assert applied.expired_on_apply and applied.expired() and applied.age_days() == 40
    assert kit.audit.entries()[0].details["expired"] is True


def test_local_edits_are_listed_and_kept(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    importer.apply(importer.inspect(build(1)))
    conn = kit.store.conn
    with db.transaction(conn):
        conn.execute(
            "UPDATE contacts SET name = 'Edited here', edited_locally = 1 "
            "WHERE email = 'support@beta.example.com'"
        )
        conn.execute(
            "INSERT INTO contacts (organisation, name, email, origin) "
            "VALUES ('Local Org', 'Added here', 'local@example.net', 'local')"
        )
        conn.execute(
            "UPDATE templates SET source = 'Subject: Ours\n\nOur own text.\n', origin = 'local' "
            "WHERE kind = 'disaster' AND stage = 'resolved' AND language = 'en' "
            "AND channel = 'email'"
        )
    inspection = importer.inspect(build(2))
    local = "\n".join(inspection.diff.local_edit_lines(take=""))
    assert "Local Org / Added here" in local
    assert "Beta Games / Edited here" in local
    assert "templates/disaster/resolved.en.j2" in local
    importer.apply(inspection)
    by_email = {c.email: c for c in _directory(kit).contacts()}
    assert by_email["support@beta.example.com"].name == "Edited here"
    assert by_email["local@example.net"].origin == "local"
    resolved = [
        t for t in _directory(kit).templates() if t.stage == "resolved" and t.channel == "email"
    ]
    assert "Our own text." in resolved[0].source


def test_local_edits_can_be_discarded_on_purpose(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    importer.apply(importer.inspect(build(1)))
    with db.transaction(kit.store.conn) as conn:
        conn.execute(
            "UPDATE contacts SET name = 'Edited here', edited_locally = 1 "
            "WHERE email = 'support@beta.example.com'"
        )
    importer.apply(importer.inspect(build(2)), keep_local_edits=False)
    by_email = {c.email: c for c in _directory(kit).contacts()}
    assert by_email["support@beta.example.com"].name == "Support"
    assert kit.audit.entries()[0].details["discarded_local_edits"] is True


def test_a_failure_mid_apply_leaves_the_previous_bundle(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build
) -> None:
    importer.apply(importer.inspect(build(1)))
    before = _directory(kit).load()
    inspection = importer.inspect(build(2))
    # A routing row naming a group the bundle lacks makes the INSERT fail half-way.
    inspection.directory.routing.append(("sms", "no-such-group"))
    with pytest.raises(db.IntegrityError):
        importer.apply(inspection)
    assert _directory(kit).load() == before
    assert current_bundle(kit.store.conn).version == 1  # type: ignore[union-attr]


def test_broken_files_are_refused_saying_what_they_are(
    kit: Kit, importer: BundleImporter, trusted: minisign.SecretKey, build: Build, tmp_path: Path
) -> None:
    """What a stick pulled out too early, a wrong pick or a damaged copy leaves: each is
    refused saying what the file is (a 0-byte bundle read "changed after it was signed", a
    signature of random bytes quoted a UTF-8 codec error, a folder "[Errno 21]"), audited,
    and the directory is unchanged."""
    path = build(1)
    sig = path.with_name(path.name + ".minisig")
    signature = sig.read_bytes()
    before = _directory(kit).contacts()

    path.write_bytes(b"")
    assert "is empty (0 bytes)" in _reject(importer, path, "bad_archive")

    path.unlink()
    build(1)
    sig.write_bytes(bytes(range(256)) * 2)
    said = _reject(importer, path, "bad_signature")
    assert "bytes that are not text" in said and "codec" not in said

    sig.write_bytes(signature)
    folder = tmp_path / "folder.zip"
    folder.mkdir()
    said = _reject(importer, folder, "bad_archive")
    assert "is a folder, not a bundle" in said and "Errno" not in said
    assert _directory(kit).contacts() == before
    rejected = [e for e in kit.audit.entries() if e.action == "bundle.rejected"]
    assert len(rejected) == 3
