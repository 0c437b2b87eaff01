"""The application icon (resources/icons/casekeeper.svg)."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from db.resources_dir import resource


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "casekeeper.svg")))
