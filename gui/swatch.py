"""A small rounded colour swatch, used as the icon of a kind or status."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

_cache: dict[str, QIcon] = {}


def swatch_icon(colour: QColor) -> QIcon:
    key = colour.name()
    if key not in _cache:
        pix = QPixmap(16, 16)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(2, 3, 12, 10), 3, 3)
        painter.end()
        _cache[key] = QIcon(pix)
    return _cache[key]
