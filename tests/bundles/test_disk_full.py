"""A bundle import on a full disk (issue 13, point 4): a clear 'disk full' message, the bundle
applied before stays whole, and the same bundle applies once there is room again. Runs on a
real small tmpfs (root only; skipped elsewhere)."""

from __future__ import annotations

from pathlib import Path

from tests.bundles.conftest import Build
from tests.store.damage import tmpfs
from tests.store.test_disk_full import fill, says_disk_full
from tests.support.cli import CliRunner


def many_contacts(source: Path, count: int) -> None:
    lines = [
        f"Partner {i:05d},Ops desk,ops{i:05d}@partner.example.com,,en,Europe/Stockholm,"
        "all;sms,email"
        for i in range(count)
    ]
    with (source / "contacts.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def test_a_bundle_import_on_a_full_disk_changes_nothing(
    tmp_path: Path, passphrase_file: Path, build: Build, key_prefix: Path, source: Path
) -> None:
    first = build(1)
    many_contacts(source, 20_000)
    second = build(2)
    with tmpfs(tmp_path / "disk", "24m") as disk:
        cli = CliRunner(home=disk / "kit", passphrase_file=passphrase_file)
        assert cli("init", "--operator", "Night Duty").code == 0
        assert cli("bundle", "trust", str(key_prefix) + ".pub", "--yes").code == 0
        assert cli("bundle", "import", str(first), "--yes").code == 0
        status = cli("--json", "bundle", "status").json()
        contacts = cli("--json", "contacts", "list").json()
        audit = cli("--json", "audit", "list").json()

        filler = fill(disk, spare=512 * 1024)  # room to open the store, not to import
        says_disk_full(cli.subprocess("bundle", "import", str(second), "--yes"))
        assert cli("--json", "bundle", "status").json() == status
        assert cli("--json", "contacts", "list").json() == contacts

        filler.unlink()
        assert cli("check").code == 0
        assert cli("--json", "audit", "list").json() == audit  # not even a half entry
        assert not [p for p in disk.rglob(".*") if p.name.endswith((".partial", ".tmp"))]
        assert cli("bundle", "import", str(second), "--yes").code == 0
        assert cli("--json", "bundle", "status").json()["applied"]["version"] == 2
