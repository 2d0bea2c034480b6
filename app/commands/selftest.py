"""`outage-kit --selftest`: does this build of the kit work on this machine?

Exercises every part of the kit on a throw-away store in a temporary folder (raw key, no
keyring, nothing of the user's touched): the store, key file, backups, audit chain, the
libraries a frozen build can lose (keyring backends, TLS roots, Qt plugins), every shipped
template, a signed bundle, a PDF report, the delivery path probe (on a loopback relay).
One line per check, `ok` or `FAIL: reason`; exit 0 only if all pass. It is the packaging
test and the support desk's first question in one.
"""

from __future__ import annotations

import contextlib
import importlib
import secrets
import ssl
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__, i18n, resources
from app.commands.context import CliContext, write_out
from app.errors import UserError
from app.i18n import Cli, tr_noop
from app.kit import Kit
from app.localfmt import count_text
from app.paths import KitPaths
from app.store.keys import NoKeyring, OsKeyring
from app.store.migrations import LATEST_VERSION
from app.store.store import Store
from app.store.unlock import unlock_with_passphrase

OPERATOR = "selftest"


@dataclass
class SelftestRun:
    """What the checks share: a temporary folder and, once the store check passed, a kit."""

    folder: Path
    passphrase: str = field(default_factory=lambda: "Selftest-" + secrets.token_hex(16))
    kit: Kit | None = None

    @property
    def paths(self) -> KitPaths:
        return KitPaths(self.folder / "kit")

    def need_kit(self) -> Kit:
        if self.kit is None:
            raise CheckFailed(Cli.tr("needs the store, which failed above"))
        return self.kit


class CheckFailed(Exception):
    """A check's own verdict (the message is the reason shown after FAIL:)."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """The check's line in the kit's language ('store   ok (SQLCipher, schema 18)')."""
        name = check_name(self.name)
        if self.detail == SKIPPED:
            verdict = Cli.tr("skipped (--no-qt)")
        elif not self.ok:
            verdict = Cli.tr("FAIL: {detail}").format(detail=self.detail)
        elif self.detail:
            verdict = Cli.tr("ok ({detail})").format(detail=self.detail)
        else:
            verdict = Cli.tr("ok")
        return f"{name:22} {verdict}"


def check_name(name: str) -> str:
    """A check's name (its key in --json) in the kit's language."""
    return Cli.tr(CHECK_NAMES.get(name, name))


Check = Callable[[SelftestRun], str]


# -- the checks (each returns a short detail for the ok line, or raises) -----------------


def check_shipped_files(run: SelftestRun) -> str:
    root = resources.root()
    resources.resource("icons", "outage-kit.png")
    counts = {}
    for name, folder in (("resources", resources.resources_dir()), ("templates", None)):
        base = folder or resources.templates_dir()
        if not base.is_dir():
            raise CheckFailed(Cli.tr("{folder} is missing").format(folder=base))
        counts[name] = sum(1 for p in base.rglob("*") if p.is_file())
    return Cli.tr("{resources} resources, {templates} templates in {root}").format(
        resources=count_text(counts["resources"]),
        templates=count_text(counts["templates"]),
        root=root,
    )


def check_store(run: SelftestRun) -> str:
    store = Store.create(
        run.paths, operator=OPERATOR, passphrase=run.passphrase, keeper=NoKeyring()
    )
    run.kit = Kit.open(store)
    if store.schema_version != LATEST_VERSION:
        raise CheckFailed(
            Cli.tr("schema {found}, expected {expected}").format(
                found=store.schema_version, expected=LATEST_VERSION
            )
        )
    problems = store.problems()
    if problems:
        raise CheckFailed("; ".join(problems[:3]))
    return Cli.tr("SQLCipher, schema {version}").format(version=LATEST_VERSION)


def check_key_file(run: SelftestRun) -> str:
    run.need_kit()
    reopened = unlock_with_passphrase(run.paths, run.passphrase, NoKeyring())
    try:
        if reopened.meta("operator") != OPERATOR:
            raise CheckFailed(Cli.tr("the passphrase opened a store without its data"))
    finally:
        reopened.close()
    return Cli.tr("recovery passphrase unlocks")


def check_backup(run: SelftestRun) -> str:
    kit = run.need_kit()
    kit.audit.append("selftest.marker", step="before backup")
    info = kit.store.backup("manual")
    problems = kit.store.backups.problems(info.path)
    if problems:
        raise CheckFailed(
            Cli.tr("the new backup is unsound: {problem}").format(problem=problems[0])
        )
    kit.restore(info.path)
    marker = kit.store.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'selftest.marker'"
    ).fetchone()[0]
    if marker != 1:
        raise CheckFailed(Cli.tr("the restored store lacks what was backed up"))
    return Cli.tr("backup, verify, restore")


def check_audit(run: SelftestRun) -> str:
    kit = run.need_kit()
    kit.audit.append("selftest.audit", check="chain")
    breaks = kit.audit.verify()
    if breaks:
        raise CheckFailed(Cli.tr("chain broken: {reason}").format(reason=breaks[0].reason))
    entries = len(kit.audit.entries())
    return Cli.tr("chain intact, %n entries", "", entries)


# The platform's keyring backend (what `OsKeyring` asks) and the libraries it needs: keyring
# imports them inside try/except, so a build that lost one fails only at the first unlock.
KEYRING_NEEDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "win32": ("keyring.backends.Windows", "WinVaultKeyring", ("win32ctypes.pywin32.win32cred",)),
    "darwin": ("keyring.backends.macOS", "Keyring", ("keyring.backends.macOS.api",)),
    "linux": (
        "keyring.backends.SecretService",
        "Keyring",
        ("secretstorage", "jeepney.io.blocking"),
    ),
}


def check_keyring(run: SelftestRun) -> str:
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    if platform not in KEYRING_NEEDS:
        return Cli.tr("no known keyring on {platform}: the passphrase unlocks").format(
            platform=sys.platform
        )
    module_name, class_name, needs = KEYRING_NEEDS[platform]
    for name in (module_name, *needs):
        try:
            module = importlib.import_module(name)
        except ImportError as err:
            raise CheckFailed(
                Cli.tr("{module} is not in this build ({err})").format(module=name, err=err)
            ) from None
        if name == module_name and not hasattr(module, class_name):
            raise CheckFailed(Cli.tr("{module} has no {name}").format(module=name, name=class_name))
    backend = class_name if class_name != "Keyring" else module_name.rsplit(".", 1)[-1]
    if isinstance(OsKeyring.detect(), OsKeyring):
        return Cli.tr("{backend} backend present and in use").format(backend=backend)
    return Cli.tr(
        "{backend} backend present (no keyring service here: the passphrase unlocks)"
    ).format(backend=backend)


def check_tls_roots(run: SelftestRun) -> str:
    context = ssl.create_default_context()
    certificates = context.cert_store_stats()["x509_ca"]
    if certificates:
        return Cli.tr("%n CA certificates", "", certificates)
    capath = ssl.get_default_verify_paths().capath  # a folder is read on demand
    if capath and Path(capath).is_dir() and any(Path(capath).iterdir()):
        return Cli.tr("CA certificates in {folder}").format(folder=capath)
    raise CheckFailed(Cli.tr("no CA certificates: TLS to an SMTP relay could not be verified"))


def check_templates(run: SelftestRun) -> str:
    from app.notices.catalog import read_shipped
    from app.notices.check import check_template
    from app.notices.render import render_template
    from app.notices.sample import sample_values

    shipped = read_shipped()
    if not shipped:
        raise CheckFailed(
            Cli.tr("no notice templates under {folder}").format(folder=resources.templates_dir())
        )
    for key, source in sorted(shipped.items()):
        kind, stage, language, channel = key
        name = f"{kind}/{stage}.{language}{'.sms' if channel == 'sms' else ''}"
        problems = check_template(source, key, shipped)
        if problems:
            raise CheckFailed(f"{name}: {problems[0]}")
        rendered = render_template(source, sample_values(source, kind), channel=channel)
        if not rendered.body.strip():
            raise CheckFailed(Cli.tr("{name}: rendered an empty notice").format(name=name))
    return Cli.tr("%n templates lint and render", "", len(shipped))


def check_bundle(run: SelftestRun) -> str:
    from app.bundles.builder import build_bundle, write_bundle
    from app.bundles.importer import BundleImporter
    from app.bundles.minisign import generate

    kit = run.need_kit()
    source = resources.resources_dir() / "demo"
    if not source.is_dir():
        raise CheckFailed(
            Cli.tr("the demo bundle source {folder} is missing").format(folder=source)
        )
    key = generate()
    built = build_bundle(source, key=key, version=1)
    out = run.folder / "selftest-bundle.zip"
    write_bundle(built, out)
    importer = BundleImporter(conn=kit.store.conn, audit=kit.audit)
    importer.trust.pin(key.public)
    inspection = importer.inspect(out)
    importer.apply(inspection)
    contacts = len(importer.directory.contacts())
    if not contacts:
        raise CheckFailed(Cli.tr("the applied bundle left no contacts"))
    return Cli.tr("built, signed, verified, applied (%n contacts)", "", contacts)


def check_report_pdf(run: SelftestRun) -> str:
    from app.commands.report_cmds import write_pdf
    from app.incidents.service import IncidentService
    from app.reports.document import save_document
    from app.reports.incident_page import incident_report

    kit = run.need_kit()
    incidents = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    services = [s.id for s in incidents.directory.services()][:1]
    if not services:
        raise CheckFailed(Cli.tr("needs the demo directory, which the bundle check applies"))
    incident = incidents.create("disaster", "Selftest: SMS gateway down", services)
    document = incident_report(kit.store.conn, incident.reference, actor=kit.operator)
    out = run.folder / "selftest-report.pdf"
    save_document(document, "pdf", out, pdf_writer=write_pdf)
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(Cli.tr("{name} is not a complete PDF").format(name=out.name))
    return Cli.tr("incident report, {size} KiB PDF").format(size=count_text(len(data) // 1024))


def check_path_probe(run: SelftestRun) -> str:
    from app.commands.selftest_relay import HOST, LoopbackRelay
    from app.delivery.config import smtp_profile
    from app.delivery.probe import probe_path
    from app.delivery.service import Delivery

    kit = run.need_kit()
    delivery = Delivery.for_kit(kit, secrets=None, timeout=10)
    with LoopbackRelay(run.folder) as relay:
        profile = smtp_profile(
            {
                "name": "selftest-loopback",
                "host": HOST,
                "port": relay.port,
                "security": "starttls",
                "from": "selftest@example.com",
                "ca_file": str(relay.ca_file),
            }
        )
        delivery.paths.save_profile(profile)
        path = delivery.paths.get(profile.name)
        probe = probe_path(path, delivery.transport_for(path), timeout=10)
    if not probe.ok:
        raise CheckFailed(Cli.tr("loopback SMTP relay: {summary}").format(summary=probe.summary))
    steps = ", ".join(step for step, _ in probe.steps)
    return Cli.tr("SMTP probe over loopback: {steps}").format(steps=steps)


def check_qt(run: SelftestRun) -> str:
    from app.ui.qt_check import qt_check  # Qt only here: the rest of the kit runs without it

    return qt_check()


def check_translations(run: SelftestRun) -> str:
    """Every language the kit ships (the officer's and the partners') has its `.qm` file."""
    from app.commands.store_cmds import translations_verdict

    broken = i18n.missing_translations()
    if broken:
        raise CheckFailed(translations_verdict(broken))
    return ", ".join(i18n.LANGUAGES)


def _skipped(run: SelftestRun) -> str:
    return SKIPPED


CHECKS: tuple[tuple[str, Check], ...] = (
    ("shipped files", check_shipped_files),
    ("store", check_store),
    ("key file", check_key_file),
    ("backup", check_backup),
    ("audit", check_audit),
    ("keyring", check_keyring),
    ("tls roots", check_tls_roots),
    ("templates", check_templates),
    ("translations", check_translations),
    ("bundle", check_bundle),
    ("qt", check_qt),
    ("report pdf", check_report_pdf),
    ("path probe", check_path_probe),
)


# each check's name shown on its line (the key stays the English name in --json)
CHECK_NAMES = {
    "shipped files": tr_noop("Cli", "shipped files"),
    "store": tr_noop("Cli", "store"),
    "key file": tr_noop("Cli", "key file"),
    "backup": tr_noop("Cli", "backup"),
    "audit": tr_noop("Cli", "audit"),
    "keyring": tr_noop("Cli", "keyring"),
    "tls roots": tr_noop("Cli", "tls roots"),
    "templates": tr_noop("Cli", "templates"),
    "translations": tr_noop("Cli", "translations"),
    "bundle": tr_noop("Cli", "bundle"),
    "qt": tr_noop("Cli", "qt"),
    "report pdf": tr_noop("Cli", "report pdf"),
    "path probe": tr_noop("Cli", "path probe"),
}

# The checks that need Qt (its libraries and a QApplication).
QT_CHECKS = frozenset({"qt", "report pdf"})
SKIPPED = "skipped (--no-qt)"

# -- running ------------------------------------------------------------------------------


@contextlib.contextmanager
def selftest_run() -> Iterator[SelftestRun]:
    with tempfile.TemporaryDirectory(prefix="outage-kit-selftest-") as tmp:
        run = SelftestRun(folder=Path(tmp))
        try:
            yield run
        finally:
            if run.kit is not None:
                run.kit.close()


def run_checks(checks: tuple[tuple[str, Check], ...] = CHECKS) -> Iterator[CheckResult]:
    with selftest_run() as run:
        for name, check in checks:
            try:
                yield CheckResult(name, True, check(run))
            except (CheckFailed, UserError) as err:
                yield CheckResult(name, False, str(err).splitlines()[0])
            except Exception as err:  # a bug or a missing library: the reason, then details
                traceback.print_exc(file=sys.stderr)
                yield CheckResult(name, False, f"{type(err).__name__}: {err}")


def run_selftest(ctx: CliContext, *, skip_qt: bool = False) -> int:
    results: list[CheckResult] = []
    if not ctx.as_json:
        write_out(Cli.tr("Outage Kit {version__} selftest").format(version__=__version__))
    checks = CHECKS
    if skip_qt:
        checks = tuple((n, c if n not in QT_CHECKS else _skipped) for n, c in CHECKS)
    for result in run_checks(checks):
        results.append(result)
        if not ctx.as_json:
            write_out(result.line())
    passed = all(r.ok for r in results)
    if ctx.as_json:
        ctx.emit(
            {
                "version": __version__,
                "frozen": bool(getattr(sys, "frozen", False)),
                "ok": passed,
                "checks": [
                    {"name": r.name, "ok": r.ok, "detail": r.detail, "skipped": r.detail == SKIPPED}
                    for r in results
                ],
            }
        )
    else:
        failed = sum(not r.ok for r in results)
        skipped = [r.name for r in results if r.detail == SKIPPED]
        verdict = (
            Cli.tr("All checks passed.") if passed else Cli.tr("%n check(s) FAILED.", "", failed)
        )
        if skipped:
            verdict += Cli.tr(" Not run (--no-qt): {names}.").format(
                names=", ".join(check_name(n) for n in skipped)
            )
        write_out(verdict)
    return 0 if passed else 1
