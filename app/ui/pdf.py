"""HTML → QTextDocument → QPdfWriter (FACTS.md): fonts embedded, page numbers at the foot of
every page, Polish/Portuguese/Swedish/Cyrillic text through DejaVu Sans, shipped in
resources/fonts/ (Windows has no DejaVu; a PDF must not depend on the system's fonts)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from app.fsutil import write_private
from app.resources import resources_dir
from app.ui.pdf_breaks import keep_whole

#: shipped with the kit (resources/fonts/LICENSE.txt): regular and bold
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FAMILY = "DejaVu Sans"
_loaded: list[str] = []


def ensure_gui_application() -> QGuiApplication:
    """The command line has no window: a headless application is enough to lay out text."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    # No window is shown: the offscreen platform lays out and draws text on every machine
    # (with the shipped font; Wine 8 aborts in the "windows" platform's WinRT colour-scheme
    # lookup). Linux with a display keeps its desktop platform.
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


def load_shipped_fonts() -> list[str]:
    """Register the kit's own DejaVu Sans with Qt (once); the families it added."""
    if not _loaded:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if font_id < 0:
                raise RuntimeError(f"the shipped font {name} cannot be loaded (resources/fonts)")
            _loaded.extend(
                f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in _loaded
            )
    return list(_loaded)


def _report_font() -> QFont:
    load_shipped_fonts()
    font = QFont(FAMILY)
    font.setPointSizeF(9)
    # no "ﬀ"/"ﬂ" ligatures: text copied or searched in the PDF must read as typed
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def write_pdf(html: str, path: Path, *, title: str, landscape: bool = False) -> None:
    """Write `html` as an A4 PDF at `path` (atomically; user-only permissions).
    `landscape` for wide tables (a records listing)."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(_report_font())
    # lines break between words only: a date or a number too wide for its column is never
    # cut in the middle ("2026-12-0" / "1 04:45"); tables make their columns wide enough
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(wrap)
    document.setHtml(html)
    # Laid out into memory, then written by the kit's one atomic writer: its temporary file
    # is owner-only from its first byte. QPdfWriter writing a file of its own would create it
    # with the umask's mode (-rw-r--r--) for the minute a long report takes to lay out.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_writer(buffer, title=title, resolution=150, landscape=landscape)
    # An unpaginated document is laid out on the writer's pages by print_(), which also puts
    # the page number at the foot of every page.
    document.setPageSize(QSizeF())
    keep_whole(document, writer)
    document.print_(writer)
    del writer  # ends the PDF in the buffer
    buffer.close()
    write_private(path, bytes(data.data()))


def a4_writer(buffer: QBuffer, *, title: str, resolution: int, landscape: bool) -> QPdfWriter:
    """A PDF writer into `buffer`: A4, 12 mm margins, the kit as its creator."""
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Outage Kit")
    writer.setResolution(resolution)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer
