"""Copying a secret the way a password manager does: marked for clipboard managers
(`x-kde-passwordManagerHint: secret`, so KDE Klipper and others do not keep it) and
cleared after a delay, but only if the clipboard still holds what we put there."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

HINT_FORMAT = "x-kde-passwordManagerHint"
HINT_VALUE = b"secret"


def secret_mime(text: str) -> QMimeData:
    data = QMimeData()
    data.setText(text)
    data.setData(HINT_FORMAT, HINT_VALUE)
    return data


class SecretClipboard(QObject):
    """Puts one secret at a time on the clipboard and takes it off again after `delay_ms`."""

    def __init__(self, delay_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        self._text = text
        QGuiApplication.clipboard().setMimeData(secret_mime(text), QClipboard.Mode.Clipboard)
        self._timer.start(self.delay_ms)

    def holds_ours(self) -> bool:
        if self._text is None:
            return False
        data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
        return (data is not None and bytes(data.data(HINT_FORMAT)) == HINT_VALUE
                and data.text() == self._text)

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds our secret; True when it did."""
        self._timer.stop()
        ours = self.holds_ours()
        if ours:
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self._text = None
        return ours
