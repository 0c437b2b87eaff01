"""Names of the places secrets are kept, as the window shows them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casekeeper.db import secret_file


def backend_label(name: str) -> str:
    """A backend's name in the UI language (product names such as "GNOME Keyring" stay as they are)."""
    if name == secret_file.LABEL:
        return QCoreApplication.translate("KeyringLabels", "Casekeeper's encrypted secrets file")
    return name
