"""Translated words for the db's keys: desk kinds, resource kinds and states,
opening hours; plus the small colour badge shown beside a desk kind."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def _t(text: str) -> str:
    return QCoreApplication.translate("KindLabels", text)


def desk_kind_label(kind: str) -> str:
    labels = {
        "chat": _t("Chat"), "email": _t("Email"), "phone": _t("Phone"), "web_form": _t("Web form"),
        "portal": _t("Support portal"), "social": _t("Social media"), "other": _t("Other"),
    }
    return labels.get(kind, kind)


def resource_kind_label(kind: str) -> str:
    labels = {
        "vm": _t("Virtual machine"), "dns": _t("DNS zone"), "storage": _t("Storage"),
        "database": _t("Database"), "network": _t("Network"), "other": _t("Other"),
    }
    return labels.get(kind, kind)


def resource_state_label(state: str) -> str:
    labels = {"running": _t("Running"), "stopped": _t("Stopped"), "unknown": _t("Unknown"),
              "destroyed": _t("Destroyed")}
    return labels.get(state, state)


STATE_COLOURS = {"running": "#1e7d32", "stopped": "#b26a00", "unknown": "#666666", "destroyed": "#c62828"}
WARNING_COLOUR = "#c25400"
READY_COLOUR = "#1e7d32"


def hours_text(hours: list[str] | None) -> str:
    """The desk's opening hours in the UI language: "Always open" or "Mon-Fri 09:00-17:00; Sat 10:00-12:00"."""
    if not hours:
        return _t("Not set")
    if hours == ["always"]:
        return _t("Always open")
    days = {"Mon": _t("Mon"), "Tue": _t("Tue"), "Wed": _t("Wed"), "Thu": _t("Thu"), "Fri": _t("Fri"),
            "Sat": _t("Sat"), "Sun": _t("Sun")}
    return "; ".join(re.sub(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", lambda m: days[m.group(1)], h) for h in hours)


_KIND_COLOURS = {
    "chat": "#1976d2", "email": "#7b1fa2", "phone": "#2e7d32", "web_form": "#ef6c00",
    "portal": "#00838f", "social": "#c2185b", "other": "#757575",
}
_KIND_GLYPHS = {"chat": "C", "email": "@", "phone": "T", "web_form": "F", "portal": "P", "social": "S", "other": "·"}
_icons: dict[str, QIcon] = {}


def desk_kind_icon(kind: str) -> QIcon:
    """A round badge in the kind's colour with a one-letter mark."""
    if kind not in _icons:
        pix = QPixmap(32, 32)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(_KIND_COLOURS.get(kind, "#757575")))
        p.drawEllipse(2, 2, 28, 28)
        font = p.font()
        font.setBold(True)
        font.setPixelSize(17)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, _KIND_GLYPHS.get(kind, "·"))
        p.end()
        _icons[kind] = QIcon(pix)
    return _icons[kind]


def language_label(code: str) -> str:
    labels = {"en": _t("English"), "ja": _t("Japanese")}
    return labels.get(code, code)
