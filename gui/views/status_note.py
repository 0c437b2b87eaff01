"""A one-line note of a view ("Copied CSI number"), also shown near the pointer.
Inside the main window it goes to the window's status bar instead of the line."""
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
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)
        if self.isVisible() or window.isVisible():
            QToolTip.showText(QCursor.pos(), text, self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if isinstance(self.window(), QMainWindow):
            self.hide()  # the status bar says it
