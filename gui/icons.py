"""The application icon (resources/icons/casekeeper.svg)."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from casekeeper.db.resources_dir import resource_file


def app_icon() -> QIcon:
    return QIcon(str(resource_file("icons", "casekeeper.svg")))
