"""A one-line note under a view ("Copied CSI number"), also shown near the
pointer and in the main window's status bar when there is one."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel, QMainWindow, QToolTip


class StatusNote(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet("color: palette(mid);")
        self._timer = QTimer(self, singleShot=True, interval=5000)
        self._timer.timeout.connect(self.clear)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self._timer.start()
        if self.isVisible():
            QToolTip.showText(QCursor.pos(), text, self)
        window = self.window()
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            window.statusBar().showMessage(text, 5000)
