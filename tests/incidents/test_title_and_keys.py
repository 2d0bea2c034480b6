"""The Polish team's own bundle (en, pl, uk; fields scope, onset, measures, …), driven as
the officer does: `incident new`, then `incident notify --fields f.json` in a second
process, in English and with the kit in Polish.

- the title: a plain "title" is the English title (every language without its own gets
  it, marked "(in English)" where English is not theirs), "title.pl" Poland's; both kept
  for the follow-ups; a title typed in Polish (`--title-lang pl`) never reaches English or
  Ukrainian partners unmarked — the notice is refused until the English title is given;
- a field key no template of the notice uses ("foo", "scpoe.pl") is refused, named, with
  the fields the templates use."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.incidents.service import IncidentService
from app.kit import Kit
from tests.support.cli import CliRunner, Result
from tests.support.scope_bundle import load_scope_bundle

POLISH = {"OUTAGE_KIT_LANG": "pl"}


def _open(cli: CliRunner, *extra: str) -> str:
    opened = cli(
        "--json",
        *("incident", "new", "--kind", "disaster", "--title", "Bramka SMS nie odpowiada"),
        *("--services", "sms", *extra),
    )
    assert opened.code == 0, opened.err
    return str(opened.json()["reference"])


def _fields(tmp_path: Path, extra: dict[str, str], stage: str = "initial") -> Path:
    promise = (datetime.now(UTC) + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%MZ")
    typed = (
        {"scope": "No SMS delivered.", "onset": "now", "measures": "Failover started."}
        if stage == "initial"
        else {"measures": "Second node up.", "headway": "Half the traffic flows."}
    )
    path = tmp_path / f"{stage}.json"
    path.write_text(json.dumps({**typed, "next_update": promise, **extra}), "utf-8")
    return path


def _notify(
    cli: CliRunner, ref: str, fields: Path, *flags: str, env: dict[str, str] | None = None
) -> Result:
    first = ("--json",) if "--json" in flags else ()
    flags = tuple(f for f in flags if f != "--json")
    args = (*first, "incident", "notify", ref, "--fields", str(fields), *flags)
    stage = "update" if fields.stem == "update" else "initial"
    return cli.subprocess(*args, "--stage", stage, env=env)


def _subjects(result: Result) -> dict[str, str]:
    return {n["language"]: n["subject"] for n in result.json()["notices"]}


@pytest.fixture
def bundle(kit: Kit, tmp_path: Path) -> None:
    load_scope_bundle(kit, tmp_path / "src")


def test_the_plain_title_is_english_for_every_language_without_its_own(
    bundle: None, cli: CliRunner, kit: Kit, tmp_path: Path
) -> None:
    ref = _open(cli)
    typed = {"title": "SMS gateway not responding", "title.pl": "Bramka SMS nie odpowiada"}
    queued = _notify(cli, ref, _fields(tmp_path, typed))
    assert queued.code == 0, queued.out + queued.err
    dry = _notify(cli, ref, _fields(tmp_path, {}, "update"), "--dry-run")
    assert dry.code == 0, dry.out + dry.err
    # the follow-up keeps both titles: English for en, marked for uk, Polish for pl
    assert f"Subject: [{ref}] Outage notice: SMS gateway not responding\n" in dry.out
    assert f"[{ref}] Informacja o awarii: Bramka SMS nie odpowiada\n" in dry.out
    assert f"[{ref}] Повідомлення про збій: SMS gateway not responding (англійською)\n" in dry.out
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    assert service.titles(service.get(ref)) == {
        "en": "SMS gateway not responding",
        "pl": "Bramka SMS nie odpowiada",
    }


def test_a_title_typed_in_polish_is_not_sent_to_english_readers_as_theirs(
    bundle: None, cli: CliRunner, kit: Kit, tmp_path: Path
) -> None:
    ref = _open(cli, "--title-lang", "pl")
    refused = _notify(cli, ref, _fields(tmp_path, {}), "--dry-run")
    assert refused.code != 0
    assert 'The incident\'s title is only in pl ("Bramka SMS nie odpowiada")' in refused.out
    assert "the en, uk partners do not read it" in refused.out
    assert "Give the English title" in refused.out and '"title" in --fields' in refused.out
    # in Polish, the same refusal in the officer's language
    polski = _notify(cli, ref, _fields(tmp_path, {}), "--dry-run", env=POLISH)
    assert polski.code != 0
    assert "Tytuł incydentu jest tylko w języku pl" in polski.out, polski.out
    # the English title given: the Polish partners keep the Polish one, unmarked
    fixed = _notify(cli, ref, _fields(tmp_path, {"title": "SMS gateway down"}), "--json")
    assert fixed.code == 0, fixed.out + fixed.err
    subjects = _subjects(fixed)
    assert subjects["pl"] == f"[{ref}] Informacja o awarii: Bramka SMS nie odpowiada"
    assert subjects["en"] == f"[{ref}] Outage notice: SMS gateway down"
    assert subjects["uk"] == f"[{ref}] Повідомлення про збій: SMS gateway down (англійською)"


def test_title_lang_must_be_a_language(bundle: None, cli: CliRunner) -> None:
    wrong = cli(
        *("incident", "new", "--kind", "disaster", "--title", "Bramka SMS"),
        *("--services", "sms", "--title-lang", "ua"),
    )
    assert wrong.code != 0
    assert "ua is not a language code (ISO 639-1); did you mean uk?" in wrong.err
    assert "No incident" not in wrong.err
    listed = cli("--json", "incident", "list")
    assert listed.json() in ([], {"incidents": []}) or "OK-" not in listed.out


def test_an_unknown_field_key_is_refused_naming_it(
    bundle: None, cli: CliRunner, kit: Kit, tmp_path: Path
) -> None:
    ref = _open(cli)
    typo = _fields(tmp_path, {"scpoe.pl": "Brak SMS.", "foo": "bar"})
    dry = _notify(cli, ref, typo, "--dry-run")
    assert dry.code != 0 and "ok: nothing missing" not in dry.out
    assert "The field 'scpoe.pl' is not one this notice's templates use" in dry.out
    assert "(they use: measures, onset, scope)" in dry.out
    assert "The field 'foo' is not one" in dry.out
    real = _notify(cli, ref, typo)
    assert real.code != 0 and "'scpoe.pl'" in real.out + real.err
    service = IncidentService(conn=kit.store.conn, audit=kit.audit, settings=kit.settings)
    assert service.notices(service.get(ref)) == []  # nothing queued
    polski = _notify(cli, ref, typo, "--dry-run", env=POLISH)
    assert polski.code != 0
    assert "Pole 'scpoe.pl' nie jest używane przez szablony tej informacji" in polski.out
    assert "niczego nie brakuje" not in polski.out
    # spelled right: the Polish partners get the Polish text, unmarked (what stays English
    # is marked)
    right = _notify(cli, ref, _fields(tmp_path, {"scope.pl": "Brak SMS."}), "--json")
    assert right.code == 0, right.out + right.err
    polish = next(n for n in right.json()["notices"] if n["language"] == "pl")
    assert "scope: Brak SMS.\n" in polish["body"]
    assert "measures: Failover started. (po angielsku)\n" in polish["body"]
    # a language nobody reads is refused as before, with its reason
    nobody = _notify(cli, ref, _fields(tmp_path, {"scope.de": "Keine SMS."}), "--dry-run")
    assert nobody.code != 0 and "The field 'scope.de' is written in de" in nobody.out


def test_incident_help_lists_reissue_and_explains_the_options(cli: CliRunner) -> None:
    usage = cli("incident", "--help")
    assert "extend,move,reissue}" in usage.out
    new = cli("incident", "new", "--help").out
    assert "disaster: an outage now" in new
    assert "a short title, in English" in new and "--title-lang" in new
    assert "12 hours ago" in " ".join(new.split())
    notify = " ".join(cli("incident", "notify", "--help").out.split())
    assert "which notice: disaster initial" in notify
    assert "A key no template of the notice uses is refused" in notify
