"""Windows behaviour (issue 19). Run under Windows Python by `make test-windows`; the tests
that hold on every platform also run in `make test`, the Windows-only ones say so there.

Every test runs the real kit: in this process, or as its own process the way IT's scripts
start it (standard input the NUL device, output piped or redirected to a file)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zoneinfo
from pathlib import Path

import pytest

from app.bundles import minisign
from app.bundles.builder import build_bundle, write_bundle
from app.console import is_console
from app.kit import Kit
from app.paths import KitPaths, default_home
from tests.support.cli import REPO, CliRunner
from tests.support.private import assert_owner_only, under_wine

pytestmark = pytest.mark.windows
windows_only = pytest.mark.skipif(sys.platform != "win32", reason="Windows only")

DEMO = REPO / "resources" / "demo"
# Names in the three scripts the partners write in (invented, not from the seeds).
NAMES = ("Zespół Łączności Północ", "Служба поддержки Восток", "Operações São João")
ZONES = ("Europe/Stockholm", "Europe/Oslo", "Europe/London", "Europe/Warsaw", "America/Sao_Paulo")


def kit_process(
    home: Path,
    passphrase_file: Path,
    *args: str,
    stdout: int | object = subprocess.PIPE,
    stdin: int | None = subprocess.DEVNULL,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    """`python -m app ARGS` as IT's scripts run it: no console, bytes as written."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for name in ("PYTHONIOENCODING", "PYTHONUTF8"):
        env.pop(name, None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--home",
            str(home),
            "--passphrase-file",
            str(passphrase_file),
            *args,
        ],
        stdin=stdin,
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        env=env,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def unusual_home(tmp_path: Path) -> Path:
    """A profile folder like the workstation's: a space and Polish letters in it."""
    return tmp_path / "Users" / "Łukasz Żółw" / "AppData" / "Local" / "OutageKit"


def source_with_names(tmp_path: Path, *, crlf: bool) -> Path:
    """The demo bundle source with partners named in Polish, Russian and Portuguese, its
    CSV, TOML and template files saved with CRLF line ends if `crlf` (Notepad, Excel)."""
    folder = tmp_path / f"source {'crlf' if crlf else 'lf'}"
    shutil.copytree(DEMO, folder)
    contacts = folder / "contacts.csv"
    lines = contacts.read_text(encoding="utf-8").splitlines()
    for index, name in enumerate(NAMES, start=1):
        cells = lines[index].split(",")
        cells[1] = name
        lines[index] = ",".join(cells)
    contacts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if crlf:
        for path in folder.rglob("*"):
            if path.suffix in (".csv", ".toml", ".j2", ".txt", ".md"):
                text = path.read_bytes().replace(b"\r\n", b"\n")
                path.write_bytes(text.replace(b"\n", b"\r\n"))
    return folder


def signed_bundle(
    tmp_path: Path, source: Path, name: str, *, version: int = 1
) -> tuple[Path, Path]:
    key = minisign.generate()
    out = tmp_path / f"{name}.zip"
    write_bundle(build_bundle(source, key=key, version=version), out)
    pub = tmp_path / f"{name}.pub"
    minisign.write_keypair(
        tmp_path / name, key, "it-signing-key-passphrase", kdf=minisign.INTERACTIVE
    )
    return out, pub


# -- time zones -------------------------------------------------------------------------------


def test_every_demo_time_zone_is_known() -> None:
    """On Windows zoneinfo knows no zone without the tzdata package (now a dependency)."""
    for zone in ZONES:
        assert zoneinfo.ZoneInfo(zone).key == zone


def test_demo_store_holds_contacts_in_five_time_zones(
    cli: CliRunner, passphrase_file: Path
) -> None:
    result = cli("init", "--operator", "Night Duty", "--demo")
    assert result.code == 0, result.err
    listed = cli("--json", "contacts", "list").json()
    assert {c["timezone"] for c in listed} == set(ZONES)


def test_it_builds_and_the_officer_imports_a_bundle_with_five_time_zones(
    tmp_path: Path, passphrase_file: Path
) -> None:
    """IT's whole flow through the command line, as on the workstation: a key pair, a bundle
    built from a source saved with CRLF, in folders with spaces and Polish letters; the
    officer's store then holds contacts in five time zones."""
    it = tmp_path / "Users" / "Łukasz Żółw" / "Documents" / "Bundle IT"
    it.mkdir(parents=True)
    key_pass = it / "key passphrase.txt"
    key_pass.write_text("it-signing-key-passphrase\n", encoding="utf-8")
    source = source_with_names(it, crlf=True)
    home = unusual_home(tmp_path)
    officer = CliRunner(home=home, passphrase_file=passphrase_file)
    assert officer("init", "--operator", "Night Duty").code == 0
    for args in (
        ("bundle", "keygen", "--out", str(it / "it key"), "--key-passphrase-file", str(key_pass)),
        (
            "bundle", "build", str(source), "--key", str(it / "it key.key"), "--version", "1",
            "--out", str(it / "contacts v1.zip"), "--key-passphrase-file", str(key_pass),
        ),
        ("bundle", "trust", str(it / "it key.pub"), "--yes"),
        ("bundle", "import", str(it / "contacts v1.zip"), "--yes"),
    ):  # fmt: skip
        done = officer(*args)
        assert done.code == 0, (args, done.err)
    contacts = officer("--json", "contacts", "list").json()
    assert {c["timezone"] for c in contacts} == set(ZONES)
    assert set(NAMES) <= {c["organisation"] for c in contacts} | {c["name"] for c in contacts}


# -- the user's profile, owner-only ---------------------------------------------------------


@windows_only
def test_data_folder_is_in_local_app_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    local = tmp_path / "Łukasz Żółw" / "AppData" / "Local"
    monkeypatch.delenv("OUTAGE_KIT_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    assert default_home() == local / "OutageKit"


@windows_only
def test_store_key_backups_and_log_are_readable_by_this_user_only(
    tmp_path: Path, passphrase_file: Path
) -> None:
    from app.winacl import access_list

    home = unusual_home(tmp_path)
    officer = CliRunner(home=home, passphrase_file=passphrase_file)  # the kit's own code
    done = officer("init", "--operator", "Night Duty", "--demo")
    assert done.code == 0, done.err
    backup = officer("backup")
    assert backup.code == 0, backup.err
    paths = KitPaths(home)
    private = [paths.home, paths.database, paths.key_file, paths.backups, paths.logs]
    private += [p for p in paths.backups.iterdir()] + [p for p in paths.logs.iterdir()]
    assert len(private) > 6
    for path in private:
        assert_owner_only(path)
    if not under_wine():
        assert access_list(paths.home).startswith("D:P"), "the folder inherits nothing"


@windows_only
def test_store_key_is_kept_in_the_credential_manager(tmp_path: Path) -> None:
    """The WinVault backend (Windows Credential Manager) keeps the store's key: the next
    start unlocks without the passphrase."""
    from keyring.backends.Windows import WinVaultKeyring

    from app.store.keys import KEYRING_SERVICE, OsKeyring
    from app.store.store import Store
    from app.store.unlock import unlock_with_keyring

    keeper = OsKeyring.accept(WinVaultKeyring())
    assert isinstance(keeper, OsKeyring)
    paths = KitPaths(unusual_home(tmp_path))
    Store.create(
        paths, operator="Night Duty", passphrase="Correct-Horse-42-battery", keeper=keeper
    ).close()
    store_id = json.loads(paths.key_file.read_text(encoding="utf-8"))["store_id"]
    try:
        reopened = unlock_with_keyring(paths, keeper)
        assert reopened is not None
        reopened.close()
        held = WinVaultKeyring().get_password(KEYRING_SERVICE, store_id)
        assert held is not None and len(held) == 64
    finally:
        WinVaultKeyring().delete_password(KEYRING_SERVICE, store_id)


# -- prompts: a console, not NUL ------------------------------------------------------------


def test_nul_is_no_console() -> None:
    """NUL (/dev/null) is a character device: `isatty()` is true for it on Windows. Nobody
    can type into it."""
    with Path(os.devnull).open(encoding="utf-8") as nul:
        assert not is_console(nul)
        if sys.platform == "win32":
            assert nul.isatty()  # the reason isatty() alone was wrong


def test_bundle_trust_and_import_from_a_script_never_wait(
    tmp_path: Path, passphrase_file: Path
) -> None:
    """IT's script: no console, stdin NUL. Trusting and importing without --yes say how to
    confirm and change nothing (a signer decides whose contacts the kit believes: nobody saw
    its fingerprint); neither waits for an answer. With --yes the key is pinned."""
    home = tmp_path / "kit"
    # Set up in this process (each Windows process under Wine starts in 10-30 s): only the
    # commands under test run the way the script runs them.
    officer = CliRunner(home=home, passphrase_file=passphrase_file)
    assert officer("init", "--operator", "Night Duty").code == 0
    bundle, pub = signed_bundle(tmp_path, source_with_names(tmp_path, crlf=False), "it")
    unasked = kit_process(
        home, passphrase_file, "bundle", "trust", str(pub), timeout=120
    )  # a hang never ends; a start under load can take 30 s
    assert unasked.returncode == 2
    assert "confirm with --yes" in unasked.stderr.decode("utf-8")
    assert officer("--json", "bundle", "status").json()["signers"] == []
    trusted = kit_process(home, passphrase_file, "bundle", "trust", str(pub), "--yes", timeout=120)
    assert trusted.returncode == 0, trusted.stderr.decode("utf-8", "replace")
    refused = kit_process(
        home, passphrase_file, "bundle", "import", str(bundle), timeout=120
    )  # a hang never ends; a start under load can take 30 s
    assert refused.returncode == 2
    assert "confirm with --yes" in refused.stderr.decode("utf-8")


@pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX pseudo-terminal (Windows: test_wine_console.py)"
)
def test_confirmation_is_typed_into_a_real_terminal(tmp_path: Path, passphrase_file: Path) -> None:
    """The same on Linux: a pseudo-terminal is a terminal; the answer is read with input()."""
    home = tmp_path / "kit"
    assert kit_process(home, passphrase_file, "init", "--operator", "Night Duty").returncode == 0
    _bundle, pub = signed_bundle(tmp_path, source_with_names(tmp_path, crlf=False), "it")
    for answer, pinned in (("n", False), ("y", True)):
        master, slave = os.openpty()
        try:
            os.write(master, answer.encode() + b"\n")
            done = kit_process(home, passphrase_file, "bundle", "trust", str(pub), stdin=slave)
        finally:
            os.close(slave)
            os.close(master)
        out = done.stdout.decode("utf-8")
        assert "Does IT confirm this fingerprint?" in out
        assert done.returncode == (0 if pinned else 2)
        assert ("Pinned as the primary signer" in out) is pinned


# -- UTF-8 whatever the output is ------------------------------------------------------------


@pytest.mark.parametrize("where", ["pipe", "file"])
def test_names_in_three_scripts_print_as_utf8(
    tmp_path: Path, passphrase_file: Path, where: str
) -> None:
    """`bundle import --yes` prints the diff with Polish, Russian and Portuguese names, piped
    (PowerShell, a log collector) or redirected to a file: UTF-8, no internal error."""
    home = unusual_home(tmp_path)
    officer = CliRunner(home=home, passphrase_file=passphrase_file)  # set up in this process
    assert officer("init", "--operator", "Night Duty").code == 0
    bundle, pub = signed_bundle(tmp_path, source_with_names(tmp_path, crlf=False), "it")
    assert officer("bundle", "trust", str(pub), "--yes").code == 0
    if where == "file":
        out = tmp_path / "import.txt"
        with out.open("wb") as handle:
            done = kit_process(
                home, passphrase_file, "bundle", "import", str(bundle), "--yes", stdout=handle
            )
        written = out.read_bytes()
    else:
        done = kit_process(home, passphrase_file, "bundle", "import", str(bundle), "--yes")
        written = done.stdout
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = written.decode("utf-8")
    for name in NAMES:
        assert name in text


def test_a_polish_template_piped_in_is_read_as_utf8(tmp_path: Path, passphrase_file: Path) -> None:
    """`Get-Content szablon.j2 | outage-kit templates edit NAME -`: standard input is UTF-8
    (a BOM dropped), not the ANSI code page Windows would use for it."""
    home = unusual_home(tmp_path)
    officer = CliRunner(home=home, passphrase_file=passphrase_file)  # set up in this process
    assert officer("init", "--operator", "Night Duty").code == 0
    source = officer("--json", "templates", "show", "disaster/initial.pl").json()["source"]
    edited = source.replace("Subject: ", "Subject: Zażółć gęślą jaźń — ", 1)
    piped = tmp_path / "szablon.j2"
    piped.write_bytes(b"\xef\xbb\xbf" + edited.replace("\n", "\r\n").encode("utf-8"))
    with piped.open("rb") as stdin:
        done = kit_process(home, passphrase_file, "templates", "edit", "disaster/initial.pl", "-",
                           stdin=stdin.fileno())  # fmt: skip
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    again = officer("--json", "templates", "show", "disaster/initial.pl")
    assert again.json()["source"] == edited


# -- files IT edits in Notepad: CRLF --------------------------------------------------------


def test_bundle_source_with_crlf_line_ends_gives_the_same_directory(
    tmp_path: Path, kit: Kit
) -> None:
    """Notepad and Excel save CRLF: the same source saved that way is the same directory,
    with the same templates (no change to apply, no carriage return in a notice)."""
    from app.bundles.importer import BundleImporter

    importer = BundleImporter(conn=kit.store.conn, audit=kit.audit)
    for version, crlf in ((1, False), (2, True)):
        source = source_with_names(tmp_path, crlf=crlf)
        bundle, pub = signed_bundle(tmp_path, source, f"k{version}", version=version)
        importer.trust.pin(minisign.PublicKey.load(pub), role="backup" if crlf else "primary")
        inspection = importer.inspect(bundle)
        if crlf:
            assert inspection.diff.lines(take="") == [] or not inspection.diff.changes, (
                inspection.diff.lines(take="")
            )
        importer.apply(inspection)
    contacts = importer.directory.contacts()
    assert {c.name for c in contacts} >= set(NAMES)
    assert not any(
        "\r" in value for c in contacts for value in vars(c).values() if isinstance(value, str)
    )
    rendered = kit.store.conn.execute("SELECT group_concat(source, '') FROM templates").fetchone()
    assert rendered is None or "\r" not in (rendered[0] or "")


# -- the modem's port -----------------------------------------------------------------------


def test_the_modem_is_named_by_its_com_port(cli: CliRunner, passphrase_file: Path) -> None:
    """IT types the port as Device Manager shows it ("COM3", or "com3", or "\\\\.\\COM12");
    a name that is no serial port is refused with what to write, and nothing changes."""

    def modem_port() -> str:
        listed = cli("--json", "paths", "list").json()
        return str(next(p for p in listed if p["name"] == "modem")["profile"]["port"])

    assert cli("init", "--operator", "Night Duty", "--demo").code == 0
    for typed, kept in (("com3", "COM3"), ("\\\\.\\COM12", "COM12"), ("COM256", "COM256")):
        edited = cli("--json", "paths", "edit", "modem", f"port={typed}")
        assert edited.code == 0, edited.err
        assert modem_port() == kept
    for wrong in ("COM0", "COM257", "3", "ttyUSB0", "COM3:"):
        refused = cli("--json", "paths", "edit", "modem", f"port={wrong}")
        assert refused.code == 2, refused.out
        assert "COM1 to COM256" in refused.err and "/dev/ttyUSB0" in refused.err, refused.err
        assert modem_port() == "COM256"


@windows_only
def test_a_com_port_that_is_not_there_is_a_clear_path_failure() -> None:
    from app.delivery.modem import Modem
    from app.delivery.transport import PathDown

    modem = Modem("COM9", 115200, timeout=2)
    with pytest.raises(PathDown) as caught:
        modem.open()
    message = str(caught.value)
    assert "COM9" in message and "plugged in" in message
    # … and which ports there are, to correct the setting (Wine here has none)
    assert "Serial ports on this computer: COM" in message or "No serial port is found" in message


def test_a_time_typed_wrong_is_refused_with_an_example_on_windows(cli: CliRunner) -> None:
    """A date with no time, or a clock time still ahead today, is refused with an example
    of what to type — not "internal error": the example was written with glibc's "%-d",
    which Windows' strftime rejects (a tester's finding under Wine)."""
    from datetime import datetime, timedelta

    assert cli("init", "--operator", "Night Duty", "--demo").code == 0

    def new(detected: str) -> tuple[int, str]:
        result = cli(
            "incident", "new", "--kind", "disaster", "--title", "Rating stuck",
            "--services", "sms", "--detected", detected,
        )  # fmt: skip
        return result.code, result.err

    code, err = new("1.12")
    assert code == 2 and "Internal error" not in err and "internal error" not in err
    assert "reads as a date" in err and " 05:30" in err
    ahead = datetime.now() + timedelta(hours=1)
    if ahead.date() != datetime.now().date():
        pytest.skip("late evening: a clock time an hour ahead is tomorrow's")
    code, err = new(f"{ahead:%H:%M}")
    assert code == 2 and "internal error" not in err.lower()
    assert "is still ahead" in err and f"{ahead - timedelta(days=1):%d}".lstrip("0") + "." in err


def test_no_date_is_written_with_a_format_only_glibc_knows() -> None:
    """strftime's "%-d" / "%-m" / "%-H" are glibc's: Windows raises ValueError, which the
    officer saw as "internal error" for a time the kit meant to refuse with an example.
    Every such date is written out by hand (app.timefmt.dotted_text)."""
    import re

    glibc_only = re.compile(r"%-[a-zA-Z]")
    found = [
        f"{path.relative_to(REPO)}:{number}"
        for path in sorted((REPO / "app").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if glibc_only.search(line) and "glibc" not in line
    ]
    assert found == []


# -- a restore over files another program holds ---------------------------------------------


@windows_only
def test_a_restore_over_a_store_another_program_holds_changes_nothing_and_says_so(
    tmp_path: Path, passphrase_file: Path
) -> None:
    """Windows will not replace a file another handle holds: `restore` over a store that a
    second program has open (here this test's own connection, as another kit process or a
    backup tool holds it) said 'Permission denied (…store.db-wal): choose a file or folder
    this account may use' — wrong about the cause and the cure. It says the file is in use,
    that nothing was changed, and the store is as it was; closed, the restore goes through."""
    from app.store.keys import NoKeyring
    from app.store.unlock import read_passphrase_file, unlock_with_passphrase

    home = unusual_home(tmp_path)
    officer = CliRunner(home=home, passphrase_file=passphrase_file)
    assert officer("init", "--operator", "Night Duty", "--demo").code == 0
    backup = json.loads(officer("--json", "backup").out)["backup"]
    opened = officer(
        "incident", "new", "--kind", "disaster", "--title", "Portal down", "--services", "sms",
        "--groups", "subscriptions",
    )  # fmt: skip
    assert opened.code == 0, opened.err
    reference = opened.out.strip()
    passphrase = read_passphrase_file(passphrase_file)
    held = unlock_with_passphrase(KitPaths(home), passphrase, NoKeyring())
    try:
        assert held.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1
        refused = kit_process(home, passphrase_file, "restore", backup, "--yes")
        said = refused.stderr.decode("utf-8", "replace")
        assert refused.returncode == 2, said
        assert "is in use by another program" in said and "Nothing was changed" in said, said
        assert "Permission denied" not in said and "internal error" not in said, said
        assert not list(KitPaths(home).database.parent.glob("*restoring*"))
    finally:
        held.close()
    assert reference in officer("incident", "list").out  # the store as it was
    done = kit_process(home, passphrase_file, "restore", backup, "--yes")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert reference not in officer("incident", "list").out
