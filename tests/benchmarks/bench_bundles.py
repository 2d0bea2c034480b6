"""Bundle import at a realistic large size (5,000 contacts): verify + unpack + parse + diff,
and the all-or-nothing apply — each against the raw work on the same data in the same run."""

from __future__ import annotations

import hashlib
import io
import shutil
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from app.bundles import minisign
from app.bundles.builder import build_bundle, write_bundle
from app.bundles.importer import BundleImporter
from app.kit import Kit
from app.paths import KitPaths
from app.store import db
from app.store.keys import NoKeyring
from app.store.store import Store
from tests.benchmarks import Figure

CONTACTS = 5000
SAMPLE = Path(__file__).resolve().parents[1] / "bundles" / "source"


def _median(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _source(folder: Path) -> None:
    shutil.copytree(SAMPLE, folder)
    lines = ["organisation,name,email,phone,language,timezone,groups,channels"]
    lines += [
        f"Partner {i},Ops,ops{i}@p{i}.example.com,+4670000{i:04d},en,UTC,all;sms,email;sms"
        for i in range(CONTACTS)
    ]
    (folder / "contacts.csv").write_text("\n".join(lines) + "\n")


def run() -> list[Figure]:
    tmp = Path(tempfile.mkdtemp())
    try:
        _source(tmp / "src")
        key = minisign.generate()
        out = tmp / "big.zip"
        write_bundle(build_bundle(tmp / "src", key=key, version=1), out)
        store = Store.create(
            KitPaths(tmp / "kit"),
            operator="bench",
            passphrase="Bench-Pass-2026",
            keeper=NoKeyring(),
        )
        kit = Kit.open(store)
        importer = BundleImporter(conn=store.conn, audit=kit.audit)
        importer.trust.pin(key.public, role="primary")
        data = out.read_bytes()
        signature = minisign.Signature.load(out.with_name(out.name + ".minisig"))

        def raw_verify_and_unzip() -> None:
            signature.check(data, key.public)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist():
                    hashlib.sha256(archive.read(info)).digest()

        inspect_s = _median(lambda: importer.inspect(out))
        raw_s = _median(raw_verify_and_unzip)

        inspection = importer.inspect(out)
        applies: list[float] = []
        for version in range(1, 4):
            inspection.manifest = inspection.manifest.__class__(
                **{**inspection.manifest.__dict__, "version": version}
            )
            started = time.perf_counter()
            importer.apply(inspection)
            applies.append(time.perf_counter() - started)
        apply_s = statistics.median(applies)

        rows = [
            (c.organisation, c.name, c.email, c.phone, c.language, c.timezone, "email;sms")
            for c in inspection.directory.contacts
        ]
        conn = store.conn

        def raw_insert() -> None:
            with db.transaction(conn):
                conn.execute("DELETE FROM contact_groups")
                conn.execute("DELETE FROM contacts")
                cur = conn.executemany(
                    "INSERT INTO contacts (organisation, name, email, phone, language, "
                    "timezone, channels) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                del cur
                conn.executemany(
                    "INSERT INTO contact_groups (contact_id, group_id) SELECT id, ? FROM contacts",
                    [("all",), ("sms",)],
                )

        raw_apply_s = _median(raw_insert, runs=3)
        store.close()
        return [
            Figure(
                f"bundle inspect (verify+unzip+parse+diff), {CONTACTS} contacts",
                inspect_s * 1000,
                "ms",
                baseline=raw_s * 1000,
                goal="< 2 s on the duty workstation",
            ),
            Figure(
                f"bundle apply (one transaction, audited), {CONTACTS} contacts",
                apply_s * 1000,
                "ms",
                baseline=raw_apply_s * 1000,
                goal="< 2 s",
            ),
            Figure("bundle file size", out.stat().st_size / 1024, "KiB"),
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
