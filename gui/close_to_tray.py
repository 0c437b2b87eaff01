"""Closing the window keeps the app in the tray (asked once, remembered in settings)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from casekeeper.db import settings

KEY = "close_to_tray"


def keep_in_tray(parent: QWidget, data_dir: Path, tray_available: bool, *, tray: bool = True) -> bool:
    """Ask on the first close (when reminders can still reach the user: `tray_available`,
    a tray or a notification server) whether to keep running; then remember. `tray`: the
    desktop has a tray (else the app keeps running in the background)."""
    if not tray_available:
        return False
    choice = settings.get(data_dir, KEY)
    if choice is None:
        if tray:
            title = QCoreApplication.translate("Deadlines", "Keep running in the tray?")
            text = QCoreApplication.translate("Deadlines", "Casekeeper can stay in the tray after you close the window, so reminders of "
                                              "deadlines still reach you. You can quit from the tray menu.")
        else:
            title = QCoreApplication.translate("Deadlines", "Keep running in the background?")
            text = QCoreApplication.translate("Deadlines", "Casekeeper can keep running after you close the window, so reminders of "
                                              "deadlines still reach you as notifications. Start Casekeeper again to "
                                              "bring the window back; File > Quit ends it.")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        keep = box.addButton(QCoreApplication.translate("Deadlines", "Keep running"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Deadlines", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        choice = box.clickedButton() is keep
        settings.save(data_dir, {KEY: choice})
    return bool(choice)
