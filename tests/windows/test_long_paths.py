"""A data folder too deep for Windows (issue 19): Windows refuses a path past 260 characters,
and a profile folder (OneDrive, long names with Polish letters) leaves little room for the
kit's own names under it. The kit refuses such a folder before it makes anything there — in
the command line and the first-run form — and a store moved into one is refused whole, not
opened to fail at its first backup; a folder just within the limit holds every file the kit
writes. Run under Windows Python by `make test-windows`; skipped elsewhere (Linux has no such
limit)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from app.errors import UserError
from app.firstrun import FirstRunForm
from app.paths import LONGEST_WINDOWS_HOME, WINDOWS_MAX_PATH, KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from tests.conftest import OPERATOR, PASSPHRASE
from tests.support.cli import CliRunner, Result

pytestmark = [
    pytest.mark.windows,
    pytest.mark.skipif(sys.platform != "win32", reason="Windows' 260-character path limit"),
]

TOO_DEEP = "too deep for Windows"


def folder_of_length(
    base: Path, length: int, profile: str = "Łukasz Żółw-Wiśniewska", duty: str = "Dyżury"
) -> Path:
    """A profile-like folder under `base` whose whole path has exactly `length` characters."""
    parent = base / profile / "OneDrive - Operator Sp. z o.o." / duty
    room = length - len(str(parent.absolute())) - 1
    assert room > 10, "the temporary folder itself is too deep for this test"
    home = parent / ("Zestaw-awaryjny-" * 20)[:room]
    assert len(str(home.absolute())) == length
    return home


def said_clearly(result: Result) -> None:
    assert result.code == 2, (result.code, result.err)
    assert TOO_DEEP in result.err and str(LONGEST_WINDOWS_HOME) in result.err, result.err
    assert "internal error" not in result.err and "Traceback" not in result.err, result.err


def contents(home: Path) -> dict[str, str]:
    return {
        str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in home.rglob("*")
        if p.is_file()
    }


def test_init_in_a_folder_too_deep_makes_nothing_and_says_what_to_do(
    tmp_path: Path, passphrase_file: Path
) -> None:
    home = folder_of_length(tmp_path / "profile", LONGEST_WINDOWS_HOME + 1)
    runner = CliRunner(home=home, passphrase_file=passphrase_file)
    said_clearly(runner.subprocess("init", "--operator", "Night Duty"))
    assert not (tmp_path / "profile").exists()  # not even the folders on the way


def test_a_store_moved_too_deep_is_refused_whole_and_opens_again_where_it_fits(
    tmp_path: Path, passphrase_file: Path
) -> None:
    fits = tmp_path / "kit"
    runner = CliRunner(home=fits, passphrase_file=passphrase_file)
    assert runner.subprocess("init", "--operator", "Night Duty").code == 0
    assert runner.subprocess("backup").code == 0
    before = contents(fits)
    deep = folder_of_length(tmp_path / "synced", LONGEST_WINDOWS_HOME + 1)
    deep.parent.mkdir(parents=True)
    fits.rename(deep)  # IT moved the data folder into the synced profile
    moved = CliRunner(home=deep, passphrase_file=passphrase_file)
    for args in (("check",), ("backup",)):
        said_clearly(moved.subprocess(*args))
    assert contents(deep) == before  # nothing opened, written or backed up there
    deep.rename(fits)
    assert runner.subprocess("check").code == 0


def test_a_folder_just_within_the_limit_holds_every_file_the_kit_writes(
    tmp_path: Path, passphrase_file: Path
) -> None:
    home = folder_of_length(tmp_path, LONGEST_WINDOWS_HOME)
    runner = CliRunner(home=home, passphrase_file=passphrase_file)
    assert runner.subprocess("init", "--operator", "Night Duty", "--demo").code == 0
    for _ in range(2):
        result = runner.subprocess("backup")
        assert result.code == 0, result.err
    assert runner.subprocess("check").code == 0
    longest = max(len(str(p.absolute())) for p in home.rglob("*"))
    assert longest <= WINDOWS_MAX_PATH, longest


def test_the_first_run_form_and_the_store_refuse_a_folder_too_deep(tmp_path: Path) -> None:
    deep = folder_of_length(tmp_path, LONGEST_WINDOWS_HOME + 1)
    form = FirstRunForm(operator=OPERATOR, passphrase=PASSPHRASE, repeat=PASSPHRASE, home=deep)
    [problem] = form.problems()
    assert TOO_DEEP in problem and str(deep) in problem
    with pytest.raises(UserError, match=TOO_DEEP):
        Store.create(KitPaths(deep), operator=OPERATOR, passphrase=PASSPHRASE, keeper=NoKeyring())
    assert not deep.exists()
