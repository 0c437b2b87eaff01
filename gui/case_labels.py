"""Translated words for the db's case statuses and event kinds, with their colours."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


def status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("CaseLabels", "Open", "case status"),
        "waiting_provider": QCoreApplication.translate("CaseLabels", "Waiting on provider"),
        "waiting_me": QCoreApplication.translate("CaseLabels", "Waiting on me"),
        "resolved": QCoreApplication.translate("CaseLabels", "Resolved"),
        "closed": QCoreApplication.translate("CaseLabels", "Closed", "case status"),
    }
    return labels.get(status, status)


def event_kind_label(kind: str) -> str:
    """The kind with its direction: sent and received carry an arrow."""
    labels = {
        "sent": QCoreApplication.translate("CaseLabels", "→ Sent"),
        "received": QCoreApplication.translate("CaseLabels", "← Received"),
        "call": QCoreApplication.translate("CaseLabels", "Call"),
        "chat": QCoreApplication.translate("CaseLabels", "Chat"),
        "observation": QCoreApplication.translate("CaseLabels", "Observation"),
        "note": QCoreApplication.translate("CaseLabels", "Note"),
    }
    return labels.get(kind, kind)


_STATUS_COLOURS = {
    "open": "#1565c0", "waiting_provider": "#b26a00", "waiting_me": "#c62828",
    "resolved": "#2e7d32", "closed": "#616161",
}
_KIND_COLOURS = {
    "sent": "#1565c0", "received": "#2e7d32", "call": "#6a1b9a", "chat": "#00838f",
    "observation": "#b26a00", "note": "#757575",
}


def status_colour(status: str) -> QColor:
    return QColor(_STATUS_COLOURS.get(status, "#616161"))


def event_kind_colour(kind: str) -> QColor:
    return QColor(_KIND_COLOURS.get(kind, "#757575"))
