"""Draw the kit's icon (an envelope struck by a lightning bolt on a signal-red tile) and
write `resources/icons/outage-kit.png` (256 px) and `outage-kit.ico` (16–256 px, for the
Windows program and its shortcuts). Run after changing the drawing:

    .venv/bin/python packaging/make_icon.py

The PNG and ICO are committed, so a build needs no drawing step.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # drawn on a 256 grid

    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    p.fillPath(tile, QColor("#c62828"))

    # The envelope: white body, red flap lines.
    body = QRectF(40, 76, 176, 120)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(body, 10, 10)
    p.setPen(_pen("#c62828", 10))
    p.drawPolyline(QPolygonF([QPointF(48, 86), QPointF(128, 146), QPointF(208, 86)]))

    # The bolt across it, amber with a dark outline so it reads at 16 px.
    bolt = QPolygonF(
        [
            QPointF(146, 24),
            QPointF(92, 138),
            QPointF(128, 138),
            QPointF(104, 232),
            QPointF(176, 112),
            QPointF(138, 112),
            QPointF(164, 24),
        ]
    )
    p.setPen(_pen("#3e2723", 8))
    p.setBrush(QColor("#ffc107"))
    p.drawPolygon(bolt)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO whose entries are PNGs (valid since Windows Vista, every size)."""
    blobs = [png_bytes(i) for i in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(blobs)


def main() -> int:
    QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "outage-kit.png").write_bytes(png_bytes(draw(256)))
    (ICONS / "outage-kit.ico").write_bytes(ico_bytes([draw(s) for s in ICO_SIZES]))
    print(f"wrote {ICONS / 'outage-kit.png'} and {ICONS / 'outage-kit.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
