"""Finding a notice form's (or preview's) tab by the partners' language code: the tabs
show the language's name in the kit's language ("Swedish", "szwedzki"), the code is the
tab's data (app/ui/language.py `language_tab`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from app.ui.language import tab_of_language


def tab_names(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def tab_codes(tabs: QTabWidget) -> list[str | None]:
    """Each tab's language code (None: the main tab)."""
    return [tabs.tabBar().tabData(i) for i in range(tabs.count())]


def open_language_tab(qtbot: QtBot, tabs: QTabWidget, code: str | None) -> None:
    """Click the tab of language `code` as a person does (None: the first, main tab)."""
    index = 0 if code is None else tab_of_language(tabs, code)
    assert index >= 0, (code, tab_names(tabs))
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
