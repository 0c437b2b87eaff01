"""The all-cases deadline list: a window of its own (Case > All deadlines…, Ctrl+D,
or Today's button), built when first opened."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout

from .deadline_list import DeadlineList


class AllDeadlinesWindow(QDialog):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("All deadlines — Casekeeper"))
        self.list = DeadlineList(None, self, all_cases=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        QShortcut(QKeySequence("Ctrl+W"), self, self.close)
        self.resize(1100, 620)
