"""The kit's language: English (the source text) or Polish (issue 15).

The window translates through Qt (a `QTranslator` over the same `.qm` file, `self.tr` and
`QCoreApplication.translate` in app/ui). Below the window — the command line and the
services' messages — Qt is never imported: importing QtCore costs ~80 ms on every command
(issue 18 keeps the command line quick), and the core never imports Qt (DESIGN.md §2). So
this module reads the `.qm` file that `pyside6-lrelease` built from the `.ts` source itself.

Strings are marked so that `pyside6-lupdate` finds them: `Cli.tr("…")` for the command
line's own words, `Msg.tr("…")` for the services' messages (each class name is the context
a translator sees). Counts use Qt's numerus form: `Cli.tr("%n message(s)", "", n)`.

Which language: `OUTAGE_KIT_LANG` (en, pl) if set, else the one chosen in Settings (the file
`language.txt` in the data folder: it is needed before the store is unlocked and says
nothing about anyone), else the system's (LC_ALL, LC_MESSAGES, LANG; Windows' user locale).
"""

from __future__ import annotations

import locale
import logging
import os
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.fsutil import write_private
from app.resources import resources_dir

SOURCE_LANGUAGE = "en"
#: code → the name shown in Settings, written in that language
LANGUAGES: dict[str, str] = {"en": "English", "pl": "Polski"}
SYSTEM = "system"
ENV_NAME = "OUTAGE_KIT_LANG"
CHOICE_FILE = "language.txt"

log = logging.getLogger(__name__)

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def _plural_en(n: int) -> int:
    return 0 if n == 1 else 1


def _plural_pl(n: int) -> int:
    """Qt's Polish rule: 1 | 2–4, 22–24, … (not 12–14) | everything else."""
    if n == 1:
        return 0
    if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19:
        return 1
    return 2


PLURAL_RULES: dict[str, Callable[[int], int]] = {"en": _plural_en, "pl": _plural_pl}


def qm_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"outage_kit_{language}.qm"


def ts_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"outage_kit_{language}.ts"


class Catalog:
    """The messages of one `.qm` file: (context, source, comment) → translated forms."""

    def __init__(self, language: str, messages: dict[tuple[str, str, str], list[str]]) -> None:
        self.language = language
        self.messages = messages
        self._plural = PLURAL_RULES.get(language, _plural_en)

    @classmethod
    def load(cls, language: str, path: Path | None = None) -> Catalog:
        data = (path or qm_path(language)).read_bytes()
        if not data.startswith(_MAGIC):
            raise ValueError(f"{path} is not a Qt translation (.qm) file")
        messages: dict[tuple[str, str, str], list[str]] = {}
        pos = len(_MAGIC)
        while pos + 5 <= len(data):
            tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
            pos += 5
            if tag == _MESSAGES_BLOCK:
                _read_messages(data[pos : pos + length], messages)
            pos += length
        return cls(language, messages)

    def translate(self, context: str, source: str, comment: str = "", n: int = -1) -> str:
        forms = self.messages.get((context, source, comment))
        if forms is None and comment:
            forms = self.messages.get((context, source, ""))
        if not forms:
            return source
        if n < 0:
            return forms[0]
        return forms[min(self._plural(n), len(forms) - 1)]


def _read_messages(block: bytes, into: dict[tuple[str, str, str], list[str]]) -> None:
    pos = 0
    forms: list[str] = []
    fields = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            into[(fields[_CONTEXT], fields[_SOURCE], fields[_COMMENT])] = forms
            forms, fields = [], {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if tag == _TRANSLATION:
            if length != 0xFFFFFFFF:
                forms.append(block[pos : pos + length].decode("utf-16-be"))
                pos += length
        elif tag in fields:
            fields[tag] = block[pos : pos + length].decode("utf-8")
            pos += length
        else:
            raise ValueError(f"unknown record {tag} in a .qm file")


class _Active:
    """The catalog in use by this process (a translator is process-wide in Qt too)."""

    catalog: Catalog | None = None
    #: English, installed but not read yet: its file holds only the plural forms ("1 day",
    #: "2 days"), so it is read when a message is first translated, not at every start
    unread: str | None = None


# a language spoken for a while by one thread only (`speaking`), over the process's
_thread = threading.local()


def _catalog() -> Catalog | None:
    spoken: Catalog | None = getattr(_thread, "catalog", None)
    if spoken is not None:
        return spoken
    unread = _Active.unread
    if unread is not None:  # (two threads may both read it: the same catalog either way)
        _Active.unread = None
        _Active.catalog = _loaded(unread)
    return _Active.catalog


def language() -> str:
    spoken: Catalog | None = getattr(_thread, "catalog", None)
    catalog = spoken if spoken is not None else _Active.catalog
    return catalog.language if catalog is not None else SOURCE_LANGUAGE


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """This thread's messages in `code` meanwhile, whatever the kit's language: a report's
    CSV is written in English for other systems while the window stays in Polish (only
    this thread: the window's own thread is not switched under it)."""
    previous = getattr(_thread, "catalog", None)
    try:
        _thread.catalog = Catalog.load(code if code in LANGUAGES else SOURCE_LANGUAGE)
    except (OSError, ValueError) as err:
        warn_missing(code, err)
        _thread.catalog = None
    try:
        yield
    finally:
        _thread.catalog = previous


def install(code: str) -> str:
    """Use `code` for every later message (an unknown language: English). Returns the
    language now in use."""
    code = code if code in LANGUAGES else SOURCE_LANGUAGE
    _Active.catalog, _Active.unread = None, None
    if code == SOURCE_LANGUAGE:  # English too, when first needed: its plural forms
        _Active.unread = code
        return code
    _Active.catalog = _loaded(code)
    return code if _Active.catalog is not None else SOURCE_LANGUAGE


def _loaded(code: str) -> Catalog | None:
    try:
        return Catalog.load(code)
    except (OSError, ValueError) as err:
        warn_missing(code, err)  # a missing translation must never stop the kit, nor be silent
        return None


def warn_missing(code: str, err: Exception) -> None:
    log.warning(
        "the %s translation cannot be loaded (%s): English is used instead; "
        "run `make translations` (a checkout) or reinstall the kit",
        code,
        err,
    )


def missing_translations() -> dict[str, str]:
    """The shipped languages (the officer's and the partners') whose `.qm` file cannot be
    loaded, each with the reason; empty when every one loads."""
    missing: dict[str, str] = {}
    for code in LANGUAGES:
        try:
            Catalog.load(code)
        except (OSError, ValueError) as err:
            missing[code] = str(err)
    return missing


def translate(context: str, source: str, comment: str = "", n: int = -1) -> str:
    catalog = _catalog()
    text = source if catalog is None else catalog.translate(context, source, comment, n)
    if n < 0:
        return text
    from app.localfmt import count_text  # localfmt reads the language from here

    # the count as the kit's language writes it for people: 250 008 in Polish
    return text.replace("%n", count_text(n))


def tr_noop(context: str, source: str) -> str:
    """Marks `source` for lupdate (the Makefile makes it an alias of QT_TRANSLATE_NOOP) where
    it is defined; translate it where it is shown, e.g. `Msg.tr(spec.label)`."""
    del context
    return source


class TrContext:
    """`Name.tr(…)`: lupdate takes the class name as the context."""

    @classmethod
    def tr(cls, source: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(cls.__name__, source, disambiguation, n)


class Cli(TrContext):
    """The command line's own words: results, headings, prompts."""


class Msg(TrContext):
    """Messages of the kit's services (errors a person reads in the window or a terminal)."""


class Words(TrContext):
    """The procedure's vocabulary the kit stores as English keys (kinds, stages, states,
    channels): `Words.tr(incident.kind)` shows "awaria" for "disaster" in Polish."""


VOCABULARY = (
    tr_noop("Words", "disaster"),
    tr_noop("Words", "downtime"),
    tr_noop("Words", "initial"),
    tr_noop("Words", "update"),
    tr_noop("Words", "resolved"),
    tr_noop("Words", "completed"),
    tr_noop("Words", "cancelled"),
    tr_noop("Words", "open"),
    tr_noop("Words", "closed"),
    tr_noop("Words", "withdrawn"),
    tr_noop("Words", "queued"),
    tr_noop("Words", "sending"),
    tr_noop("Words", "sent"),
    tr_noop("Words", "failed"),
    tr_noop("Words", "uncertain"),
    tr_noop("Words", "handed-off"),
    tr_noop("Words", "held"),
    tr_noop("Words", "superseded"),  # held: a later notice reached the partner (told.py)
    tr_noop("Words", "delivered"),
    tr_noop("Words", "e-mail"),
    tr_noop("Words", "SMS"),
    tr_noop("Words", "shipped"),
    tr_noop("Words", "bundle"),
    tr_noop("Words", "edited"),
    tr_noop("Words", "manual"),
    tr_noop("Words", "daily"),
    tr_noop("Words", "rekey"),  # a backup's reason: before a new key
    tr_noop("Words", "pre-migration"),
    tr_noop("Words", "before-restore"),
    tr_noop("Words", "primary"),
    tr_noop("Words", "backup"),
    tr_noop("Words", "local"),
)

#: the channels' codes (stored, JSON) and the words a person reads (`Words`)
CHANNEL_WORDS = {"email": "e-mail", "sms": "SMS"}


def channel_word(channel: str) -> str:
    """ "email" → "e-mail", "sms" → "SMS", in the kit's language."""
    return Words.tr(CHANNEL_WORDS.get(channel, channel))


# -- which language ---------------------------------------------------------------------


def stored_choice(home: Path) -> str:
    """What Settings chose for this data folder: a language code, or `SYSTEM`."""
    try:
        text = (home / CHOICE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return SYSTEM
    return text if text in LANGUAGES else SYSTEM


def store_choice(home: Path, choice: str) -> None:
    """Remember `choice` (a language code or `SYSTEM`) for this data folder."""
    if choice != SYSTEM and choice not in LANGUAGES:
        raise ValueError(choice)
    path = home / CHOICE_FILE
    if choice == SYSTEM:
        path.unlink(missing_ok=True)
        return
    write_private(path, (choice + "\n").encode("utf-8"))  # owner-only, like every kit file


def system_language() -> str:
    """The workstation's language if the kit has it, else English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return _known(value)
    try:
        value = locale.getlocale()[0] or ""
    except ValueError:
        value = ""
    return _known(value)


def _known(locale_name: str) -> str:
    """ "pl_PL.UTF-8", "Polish_Poland", "pl" → "pl"; anything the kit lacks → "en"."""
    lowered = locale_name.lower()
    if lowered.startswith(("pl_", "pl.", "polish")) or lowered == "pl":
        return "pl"
    return SOURCE_LANGUAGE


def chosen_language(home: Path | None) -> str:
    forced = os.environ.get(ENV_NAME, "").strip().lower()
    if forced:
        return _known(forced)
    choice = stored_choice(home) if home is not None else SYSTEM
    return system_language() if choice == SYSTEM else choice
