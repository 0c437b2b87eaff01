"""Closing the window keeps the app in the tray (asked once, remembered in settings)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from casekeeper.db import settings

KEY = "close_to_tray"


def keep_in_tray(parent: QWidget, data_dir: Path, tray_available: bool) -> bool:
    """Ask on the first close (when a tray exists) whether to keep running; then remember."""
    if not tray_available:
        return False
    choice = settings.load(data_dir).get(KEY)
    if choice is None:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Deadlines", "Keep running in the tray?"),
                          QCoreApplication.translate("Deadlines", "Casekeeper can stay in the tray after you close the window, so reminders of "
                             "deadlines still reach you. You can quit from the tray menu."), parent=parent)
        keep = box.addButton(QCoreApplication.translate("Deadlines", "Keep running"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Deadlines", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        choice = box.clickedButton() is keep
        settings.save(data_dir, {KEY: choice})
    return bool(choice)
