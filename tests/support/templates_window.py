"""The kit's window opened on its Templates section with one template chosen, as the
officer opens it, and closed again without a Save / Discard question."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.kit import Kit
from app.notices.catalog import CatalogTemplate, Key
from app.paths import KitPaths
from app.store.keys import NoKeyring
from app.store.store import Store
from app.ui.main_window import MainWindow
from app.ui.templates_view.section import TemplatesSection


@contextmanager
def templates_open_on(
    qtbot: QtBot, store: Store, paths: KitPaths, key: Key
) -> Iterator[TemplatesSection]:
    """The Templates section showing the template `key`, its first check passed."""
    Kit.open(store)
    window = MainWindow(paths=paths, keeper=NoKeyring())
    # not qtbot.addWidget: qtbot closes its widgets before the caller's teardown, and
    # typed text left over would ask Save / Discard then
    window.open_store(store)
    window.show()
    shown = window.show_section("Templates")
    assert isinstance(shown, TemplatesSection)
    for row in range(shown.list.count()):
        entry = shown.list.item(row).data(Qt.ItemDataRole.UserRole)
        if isinstance(entry, CatalogTemplate) and entry.key == key:
            shown.list.setCurrentRow(row)
    assert shown.current is not None and shown.current.key == key
    qtbot.waitUntil(lambda: shown.lint.text().startswith("✔"), timeout=10000)
    try:
        yield shown
    finally:
        # the window closes after the test: typed text left over would ask Save / Discard
        # (gone already when the test restored a backup: the window built new sections)
        if shiboken6.isValid(shown) and shown.current is not None:
            shown.editor.setPlainText(shown.current.source)
        window.close()
        window.deleteLater()
