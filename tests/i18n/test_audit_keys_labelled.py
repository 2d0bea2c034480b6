"""Every key the kit writes into an audit entry's details has a label a person reads, in
both languages (issue s11: the audit view and `audit list` showed raw keys such as
"kept_local_contacts" or "from_counts"). The keys are read from the code itself, so a key
added later without a label fails here."""

from __future__ import annotations

from app import i18n
from app.audit.log import AuditLog
from app.audit.shown import LABELS, AuditWords, details_text
from app.kit import Kit
from tests.support.audit_keys import written_keys
from tests.support.cli import CliRunner


def test_every_key_written_has_a_label() -> None:
    keys, unread = written_keys()
    assert not unread, f"spreads whose keys the test cannot read (add to ELSEWHERE): {unread}"
    assert len(keys) > 90  # the walk finds the writers (102 keys when written)
    unlabelled = {k: where for k, where in keys.items() if k not in LABELS}
    assert not unlabelled, f"audit keys without a label (app/audit/shown.py): {unlabelled}"


def test_every_label_reads_in_polish() -> None:
    with i18n.speaking("pl"):
        untranslated = [e for e in LABELS.values() if AuditWords.tr(e) == e and e not in _SAME]
    assert not untranslated


# words Polish writes as English does
_SAME = {"folder", "operator", "format"}


def test_audit_list_shows_a_bundles_keys_in_polish(kit: Kit, cli: CliRunner) -> None:
    AuditLog(conn=kit.store.conn, actor="ops").append(
        "bundle.applied", kept_local_contacts=2, previous_version=3, manifest_sha256="ab12"
    )
    kit.store.close()
    shown = cli.subprocess("audit", "list", "--limit", "1", env={"OUTAGE_KIT_LANG": "pl"}).out
    assert (
        "zachowane kontakty lokalne: 2; poprzednia wersja: 3; SHA-256 manifestu: ab12" in shown
    ), shown
    with i18n.speaking("en"):
        assert details_text({"from_counts": {"pending": 2}}) == 'statuses before: {"pending": 2}'
