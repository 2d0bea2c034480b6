"""The window's language: Qt's translators for the kit's own words (the `.qm` built from
resources/i18n) and for Qt's standard buttons and dialogs, the locale for dates and numbers,
and the same language for the services' messages (app.i18n)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import i18n, langnames, localfmt, timefmt

if TYPE_CHECKING:  # the tab helpers' callers have made the tabs: not a class the start needs
    from PySide6.QtWidgets import QTabWidget

_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "pl": QLocale(QLocale.Language.Polish, QLocale.Country.Poland),
}


class _Installed:
    """The translators in use (Qt keeps only a pointer: they must stay alive here)."""

    translators: ClassVar[list[QTranslator]] = []


def install_language(code: str) -> str:
    """Use `code` in the window from now on (widgets built after this call); returns the
    language in use (English when the translation cannot be loaded)."""
    app = QCoreApplication.instance()
    for old in _Installed.translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _Installed.translators = []
    code = i18n.install(code)
    if app is not None:
        own = QTranslator()
        if own.load(str(i18n.qm_path(code))):  # English: its plural forms
            _Installed.translators.append(own)
        if code != i18n.SOURCE_LANGUAGE:  # Qt's own words are English already
            from PySide6.QtCore import QLibraryInfo  # (its enums: not for an English start)

            qt = QTranslator()
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{code}", qt_folder):
                _Installed.translators.append(qt)
        for translator in _Installed.translators:
            QCoreApplication.installTranslator(translator)
    QLocale.setDefault(locale_for(code))
    return code


def datetime_text(moment: datetime, *, utc: bool = False) -> str:
    """`moment` as the window's language writes a short date and time: in UTC when `utc`,
    else in this machine's time (app.localfmt: the command line and reports write it so too).
    English keeps the kit's ISO look (2026-11-30 23:05); Polish writes 30.11.2026 23:05."""
    return localfmt.datetime_text(moment, utc=utc)


# local time with its zone in the window's language (30.11.2026 23:05 CET; UTC+05:30 where
# the zone has no abbreviation: app.localfmt.zone_label)
local_text = timefmt.local_text


# a stored wall-clock time without a zone (as billing wrote it) in the window's language
wall_time_text = localfmt.stored_wall_text


def date_format(*, with_time: bool = False) -> str:
    """The display format of a date (and time) editor: ISO in English, as the kit always
    showed it; the language's own short form otherwise (30.11.2026 23:05 in Polish)."""
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return "yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd"
    locale = QLocale()
    if with_time:
        return locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def count_text(count: int) -> str:
    """A count as the window's language writes it (12,345 in English, 12 345 in Polish)."""
    return localfmt.count_text(count)


def money_local_text(minor: int, currency: str = "") -> str:
    """An amount as the window's language writes it, its currency first: 'EUR 1,234.56' in
    English, 'EUR 1234,56' in Polish (minor units: cents, grosze, öre)."""
    number = localfmt.amount_text(minor)
    return f"{currency} {number}" if currency else number


def locale_for(code: str) -> QLocale:
    return _LOCALES.get(code, _LOCALES["en"])


def language_names() -> list[tuple[str, str]]:
    """(choice, label) for the Settings control: the system's language, then each language
    by its own name."""
    system = QCoreApplication.translate("Language", "System default ({name})").format(
        name=i18n.LANGUAGES[i18n.system_language()]
    )
    return [(i18n.SYSTEM, system), *i18n.LANGUAGES.items()]


def language_label(code: str) -> str:
    """A partner language's name in the window's language ("Czech", "czeski"), also for
    one the kit does not ship: the kit's table (app/langnames.py), else Qt's locale data
    (its English name in the English kit, its own name otherwise: Qt has no Polish names of
    other languages), else the code as the bundle wrote it."""
    known = langnames.known_name(code)
    if known is not None:
        return known
    locale = QLocale(code.replace("-", "_"))
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return QLocale.languageToString(locale.language()) or code
    return locale.nativeLanguageName() or code


def language_tab(tabs: QTabWidget, index: int, code: str) -> None:
    """Tab `index` of `tabs` is the partners' language `code`: the officer reads its name
    (the tab's text), the code stays the tab's data and tooltip (tests and people find
    the tab by the code the bundle uses)."""
    tabs.tabBar().setTabData(index, code)
    tabs.setTabToolTip(index, code)
    page = tabs.widget(index)
    if page is not None:
        page.setObjectName(f"language-{code}")


def tab_of_language(tabs: QTabWidget, code: str) -> int:
    """The index of the tab for the partners' language `code` (-1: none)."""
    bar = tabs.tabBar()
    return next((i for i in range(bar.count()) if bar.tabData(i) == code), -1)
