"""The Polish translation (issue 15): complete, current with the code, faithful to its
placeholders, and read the same way by the command line (app.i18n) as by Qt's QTranslator."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import i18n

REPO = Path(__file__).resolve().parents[2]
TS = i18n.ts_path("pl")
EN_TS = i18n.ts_path("en")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts: Path) -> list[tuple[str, str, str, ET.Element]]:
    """(context, source, comment, translation element) of every message of a .ts file."""
    found = []
    root = ET.parse(ts).getroot()  # noqa: S314 (our own file)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    translation,
                )
            )
    return found


def _forms(translation: ET.Element) -> list[str]:
    numerus = translation.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translation.text or ""]


def test_every_string_has_a_finished_polish_translation() -> None:
    messages = _messages(TS)
    assert len(messages) > 300
    unfinished = [
        (context, source)
        for context, source, _comment, translation in messages
        if translation.get("type") is not None or not all(f.strip() for f in _forms(translation))
    ]
    assert unfinished == []


def test_plural_messages_have_the_three_polish_forms() -> None:
    for _context, source, _comment, translation in _messages(TS):
        if translation.findall("numerusform"):
            assert len(_forms(translation)) == 3, source
            if "%n" in source:
                assert all("%n" in form for form in _forms(translation)), source


def test_every_plural_message_has_its_two_english_forms() -> None:
    """English is the source language; its .ts holds only the "%n day(s)" messages."""
    polish_plurals = {(c, s) for c, s, _d, t in _messages(TS) if t.findall("numerusform")}
    english = _messages(EN_TS)
    assert {(c, s) for c, s, _d, _t in english} == polish_plurals
    for _context, source, _comment, translation in english:
        forms = _forms(translation)
        assert translation.get("type") is None and len(forms) == 2, source
        assert all("(s)" not in form for form in forms), source
        assert all("%n" in form for form in forms) or "%n" not in source, source


_PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![ra])?(?::[^}]*)?\}|%n|</?[a-z]+>")


def test_translations_keep_every_placeholder_and_tag() -> None:
    """A translated `{reference}` spelt `{referencja}` would raise at run time; a lost `<b>`
    leaves a tag open."""
    wrong = []
    for context, source, _comment, translation in _messages(TS):
        wanted = sorted(_PLACEHOLDER.findall(source))
        for form in _forms(translation):
            got = sorted(_PLACEHOLDER.findall(form))
            if translation.findall("numerusform"):
                got, want = sorted(set(got)), sorted(set(wanted))
            else:
                want = wanted
            if got != want:
                wrong.append((context, source, form))
    assert wrong == []


def test_the_ts_holds_every_string_the_code_marks(tmp_path: Path) -> None:
    """`make translations` was run after the last change of a marked string. (The .ts may
    also hold translations of strings other branches add, ready for their merge.)"""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh_pl.ts"
    shutil.copyfile(TS, fresh)
    subprocess.run(
        [
            str(LUPDATE),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-extensions",
            "py",
            "-tr-function-alias",
            "QT_TRANSLATE_NOOP+=tr_noop",
            str(REPO / "app"),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    committed = {(c, s, d) for c, s, d, _t in _messages(TS)}
    extracted = {(c, s, d) for c, s, d, _t in _messages(fresh)}
    assert sorted(extracted - committed) == []  # marked in the code, missing in the .ts


def test_every_literal_the_code_translates_is_in_the_ts() -> None:
    """What lupdate's Python parser can miss (a tr() inside an f-string's braces, a call it
    does not recognise) is looked up at run time and silently stays English."""
    sources = {source for _c, source, _d, _t in _messages(TS)}
    missing = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            index = {"tr": 0, "translate": 1, "tr_noop": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            literal = node.args[index]
            is_text = isinstance(literal, ast.Constant) and isinstance(literal.value, str)
            if is_text and literal.value not in sources:  # type: ignore[attr-defined]
                missing.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert missing == []


def test_the_built_qm_is_the_current_ts() -> None:
    """The .qm the kit reads (built by `make`) holds every translation of the .ts. (A
    disambiguated message whose source has no other entry is stored by lrelease without
    its comment: it is found so, as Qt and `Catalog.translate` find it.)"""
    catalog = i18n.Catalog.load("pl")

    def built(context: str, source: str, comment: str) -> list[str] | None:
        found = catalog.messages.get((context, source, comment))
        return catalog.messages.get((context, source, "")) if found is None else found

    stale = [
        (context, source)
        for context, source, comment, translation in _messages(TS)
        if built(context, source, comment) != _forms(translation)
    ]
    assert stale == []


def test_the_command_line_reads_the_qm_as_qt_does() -> None:
    qt_core = pytest.importorskip("PySide6.QtCore")  # the Windows lane (Wine) has no Qt
    qt = qt_core.QTranslator()
    assert qt.load(str(i18n.qm_path("pl")))
    catalog = i18n.Catalog.load("pl")
    for context, source, comment, translation in _messages(TS):
        if translation.findall("numerusform"):
            for n in range(0, 130):
                assert catalog.translate(context, source, comment, n) == qt.translate(
                    context, source, comment or None, n
                ), (source, n)
        else:
            assert catalog.translate(context, source, comment) == qt.translate(
                context, source, comment or None
            )


def test_polish_plural_rule() -> None:
    forms = ["plik", "pliki", "plików"]
    chosen = {n: forms[i18n.PLURAL_RULES["pl"](n)] for n in (1, 2, 4, 5, 12, 14, 21, 22, 25, 112)}
    assert chosen == {
        1: "plik",
        2: "pliki",
        4: "pliki",
        5: "plików",
        12: "plików",
        14: "plików",
        21: "plików",
        22: "pliki",
        25: "plików",
        112: "plików",
    }


_TR_CALLS = ("tr", "translate", "tr_noop", "QT_TRANSLATE_NOOP")


def test_no_marked_string_is_an_f_string() -> None:
    """`tr(f"… {x}")` is looked up after formatting and is never found: the Polish text is
    silently lost. Placeholders go in braces and `.format()` after the lookup."""
    offenders = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in _TR_CALLS and any(isinstance(a, ast.JoinedStr) for a in node.args):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


def test_language_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.ENV_NAME)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    assert i18n.chosen_language(tmp_path) == "pl"  # nothing chosen: the system's
    i18n.store_choice(tmp_path, "en")
    assert i18n.chosen_language(tmp_path) == "en"  # Settings win over the system
    monkeypatch.setenv(i18n.ENV_NAME, "pl")
    assert i18n.chosen_language(tmp_path) == "pl"  # the environment wins over Settings
    monkeypatch.delenv(i18n.ENV_NAME)
    i18n.store_choice(tmp_path, i18n.SYSTEM)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert i18n.chosen_language(tmp_path) == "en"  # a language the kit lacks: English
