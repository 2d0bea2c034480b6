"""The Qt part of `--selftest`: the parts of Qt a frozen build can lose (platform and image
plugins, fonts) are there and draw. Runs without a display (offscreen platform)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QImageReader, QPainter
from PySide6.QtWidgets import QApplication

from app import resources
from app.i18n import Cli
from app.ui.pdf import load_shipped_fonts

# The plugin that shows the window on this platform's desktop.
DESKTOP_PLATFORM = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
# Formats the kit reads through plugins (PNG is built into QtGui; ICO is the Windows icon).
NEEDED_IMAGE_FORMATS = ("png", "ico", "jpeg")


class QtCheckFailed(Exception):
    pass


def qt_check() -> str:
    app = _application()
    missing = [
        f
        for f in NEEDED_IMAGE_FORMATS
        if f.encode() not in {bytes(x.data()) for x in QImageReader.supportedImageFormats()}
    ]
    if missing:
        raise QtCheckFailed(
            Cli.tr("image formats missing: {formats}").format(formats=", ".join(missing))
        )
    icon = QImage(str(resources.resource("icons", "outage-kit.png")))
    if icon.isNull():
        raise QtCheckFailed(Cli.tr("the kit's icon does not load"))
    if not _desktop_plugin():
        raise QtCheckFailed(
            Cli.tr("the {platform} platform plugin is missing").format(platform=DESKTOP_PLATFORM)
        )
    try:  # the PDFs' font, shipped with the kit (Qt offscreen on Windows has no other)
        shipped = load_shipped_fonts()
    except RuntimeError as err:
        raise QtCheckFailed(str(err)) from None
    families = QFontDatabase.families()
    if not families:
        raise QtCheckFailed(Cli.tr("no fonts found"))
    if not _draws_text("Outage Kit — Zażółć gęślą jaźń, ação, €"):
        raise QtCheckFailed(Cli.tr("text could not be drawn"))
    return Cli.tr(
        "Qt {version} on {platform}; {plugin} plugin present; {families} font families "
        "({shipped} shipped)"
    ).format(
        version=pyside_version,
        platform=app.platformName(),
        plugin=DESKTOP_PLATFORM,
        families=len(families),
        shipped=", ".join(shipped),
    )


def _draws_text(text: str) -> bool:
    image = QImage(400, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return any(image.pixelColor(x, 20).value() < 128 for x in range(400))


def _application() -> QGuiApplication:
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    # No window is shown: the offscreen platform works on every machine, display or not.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def _desktop_plugin() -> Path | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if not folder.is_dir():
        return None
    for path in folder.iterdir():
        stem = path.name.split(".")[0].lower()
        if stem in (f"q{DESKTOP_PLATFORM}", f"libq{DESKTOP_PLATFORM}"):
            return path
    return None
