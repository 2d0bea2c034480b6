"""IT builds what every kit will apply: a bundle that kits refuse as unsafe to unpack (a file
over the kit's limit, text that compresses like a zip bomb) is not signed or written, with the
reason, so its version number is not burnt on a bundle no desk can use."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bundles.archive import LIMITS
from tests.support.cli import CliRunner, bundle_build


def _runbook(source: Path, text: str) -> None:
    (source / "runbooks").mkdir(exist_ok=True)
    (source / "runbooks" / "noc-night.md").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("case", "text", "said"),
    [
        (
            "over the file limit",
            "Krok: restartujte bránu SMS a ověřte frontu zpráv č. {n}.\n",
            "larger than 16 MiB",
        ),
        ("compresses like a bomb", "=", "a zip bomb"),
    ],
)
def test_build_refuses_what_every_kit_would_refuse(
    cli: CliRunner,
    source: Path,
    tmp_path: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    case: str,
    text: str,
    said: str,
) -> None:
    if "{n}" in text:
        lines = (LIMITS.max_file_bytes // len(text.encode())) + 10
        _runbook(source, "".join(text.format(n=n) for n in range(lines)))
    else:
        _runbook(source, text * (3 << 20))
    out = tmp_path / "out" / "partners.zip"
    result = bundle_build(cli, source, key_prefix, key_passphrase_file, 8, out)
    assert result.code == 2, (case, result.err)
    assert "Nothing was built or signed" in result.err and said in result.err, result.err
    assert "runbooks/noc-night.md" in result.err
    assert not out.exists() and not out.with_name("partners.zip.minisig").exists()


def test_a_runbook_under_the_limit_still_builds(
    cli: CliRunner, source: Path, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    _runbook(source, "".join(f"Krok {n}: ověřte frontu zpráv.\n" for n in range(20000)))
    out = tmp_path / "partners.zip"
    result = bundle_build(cli, source, key_prefix, key_passphrase_file, 8, out)
    assert result.code == 0, result.err
    assert out.exists()


@pytest.mark.parametrize(
    ("encoding", "said"),
    [
        ("utf-16", "contacts.csv: not UTF-8 text: it looks like UTF-16"),
        ("cp1250", "contacts.csv:2: not UTF-8 text"),
    ],
)
def test_a_source_saved_in_another_encoding_is_named_with_how_to_save_it(
    cli: CliRunner,
    source: Path,
    tmp_path: Path,
    key_prefix: Path,
    key_passphrase_file: Path,
    encoding: str,
    said: str,
) -> None:
    """Before: "contacts.csv: not UTF-8 text (byte 0)." and no advice."""
    contacts = source / "contacts.csv"
    lines = contacts.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(1, lines[1].replace(lines[1].split(",")[1], "Dispečink Ostrava", 1))
    contacts.write_bytes("".join(lines).encode(encoding))
    out = tmp_path / "partners.zip"
    result = bundle_build(cli, source, key_prefix, key_passphrase_file, 3, out)
    assert result.code == 2 and not out.exists(), result.err
    assert said in result.err and 'Save it as "CSV UTF-8"' in result.err, result.err


def test_expires_days_says_what_it_does_and_that_0_means_never(
    cli: CliRunner, source: Path, tmp_path: Path, key_prefix: Path, key_passphrase_file: Path
) -> None:
    helped = cli.subprocess("bundle", "build", "--help")
    text = " ".join(helped.out.split())
    assert "expires D days after it is built" in text and "0: it never expires" in text
    refused = cli(
        "bundle",
        "build",
        str(source),
        "--key",
        f"{key_prefix}.key",
        "--key-passphrase-file",
        str(key_passphrase_file),
        "--version",
        "1",
        "--out",
        str(tmp_path / "b.zip"),
        "--expires-days",
        "-5",
    )
    assert refused.code == 2 and "or 0: the bundle never expires" in refused.err, refused.err
