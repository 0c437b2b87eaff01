"""Translated words for the db's keys: desk kinds, resource kinds and states,
opening hours; plus the colour swatch shown beside a desk kind."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QIcon

from casekeeper.db.hours import display as display_hours
from casekeeper.gui import i18n
from casekeeper.gui.swatch import swatch_icon


DESK_KINDS = {
    "chat": QT_TRANSLATE_NOOP("KindLabels", "Chat"), "email": QT_TRANSLATE_NOOP("KindLabels", "Email"), "phone": QT_TRANSLATE_NOOP("KindLabels", "Phone"),
    "web_form": QT_TRANSLATE_NOOP("KindLabels", "Web form"), "portal": QT_TRANSLATE_NOOP("KindLabels", "Support portal"),
    "social": QT_TRANSLATE_NOOP("KindLabels", "Social media"), "other": QT_TRANSLATE_NOOP("KindLabels", "Other"),
}
RESOURCE_KINDS = {
    "vm": QT_TRANSLATE_NOOP("KindLabels", "Virtual machine"), "dns": QT_TRANSLATE_NOOP("KindLabels", "DNS zone"),
    "storage": QT_TRANSLATE_NOOP("KindLabels", "Storage"), "database": QT_TRANSLATE_NOOP("KindLabels", "Database"),
    "network": QT_TRANSLATE_NOOP("KindLabels", "Network"), "other": QT_TRANSLATE_NOOP("KindLabels", "Other"),
}
RESOURCE_STATES = {
    "running": QT_TRANSLATE_NOOP("KindLabels", "Running"), "stopped": QT_TRANSLATE_NOOP("KindLabels", "Stopped"),
    "unknown": QT_TRANSLATE_NOOP("KindLabels", "Unknown"), "destroyed": QT_TRANSLATE_NOOP("KindLabels", "Destroyed"),
}
LANGUAGES = {"en": QT_TRANSLATE_NOOP("KindLabels", "English"), "ja": QT_TRANSLATE_NOOP("KindLabels", "Japanese")}
STATE_COLOURS = {"running": "#1e7d32", "stopped": "#b26a00", "unknown": "#666666", "destroyed": "#c62828"}
WARNING_COLOUR = "#c25400"
READY_COLOUR = "#1e7d32"


def _label(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("KindLabels", table[key]) if key in table else key


def desk_kind_label(kind: str) -> str:
    return _label(DESK_KINDS, kind)


def resource_kind_label(kind: str) -> str:
    return _label(RESOURCE_KINDS, kind)


def resource_state_label(state: str) -> str:
    return _label(RESOURCE_STATES, state)


def language_label(code: str) -> str:
    return _label(LANGUAGES, code)


def hours_text(hours: list[str] | None) -> str:
    """The desk's opening hours in the UI language (db.hours.display): "Mon-Fri 09:00-17:00; Sat 10:00-12:00",
    "月-金 09:00-17:00", "Always open" / "常時"."""
    return display_hours(hours, i18n.current())


_KIND_COLOURS = {
    "chat": "#1976d2", "email": "#7b1fa2", "phone": "#2e7d32", "web_form": "#ef6c00",
    "portal": "#00838f", "social": "#c2185b", "other": "#757575",
}


def desk_kind_icon(kind: str) -> QIcon:
    """A colour swatch per desk kind (like the event kinds of the timeline)."""
    return swatch_icon(QColor(_KIND_COLOURS.get(kind, "#757575")))
