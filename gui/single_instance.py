"""One window per data dir, so two writers never fight over the database.

The first instance holds a lock file in the data dir (QLockFile: a lock left by a
crashed process is taken over) and listens on a local socket named after the data
dir. A second instance finds the lock taken, asks the first over the socket to
bring its window forward, and exits.
"""
from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtWidgets import QWidget

LOCK_NAME = "casekeeper.lock"
MESSAGE = b"activate\n"
CONNECT_WAIT_MS = 3000  # the first instance may still be starting up


def server_name(data_dir: Path) -> str:
    """Short (socket paths are limited), per user and per data dir."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()[:16]
    return f"casekeeper-{digest}"


class SingleInstance(QObject):
    """`claim()` is True in the first instance (which then emits `activated` whenever
    another one starts); in a later instance it asks the first to come forward and
    returns False."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server = None          # a QLocalServer once listening

    def claim(self, listen: bool = True) -> bool:
        """`listen=False`: only take the lock now (QtCore), and call listen() later: the app
        does so right after its window's first paint, so start-up does not load QtNetwork.
        A second instance started in between keeps asking for CONNECT_WAIT_MS."""
        if self._lock.tryLock(0):
            if listen:
                self.listen()
            return True
        self.notify_first()
        return False

    def listen(self) -> None:
        """Answer later instances (the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self.name)  # a socket left by a crashed instance
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.name)

    def notify_first(self) -> bool:
        """Ask the running instance to show its window; False if it did not answer."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(CONNECT_WAIT_MS)
        while not deadline.hasExpired():
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(MESSAGE)
                ok = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return ok
            QThread.msleep(100)
        return False

    def _on_connection(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket) -> None:
        # The socket stays a child of the server (a few bytes per activation): deleting it
        # ourselves (deleteLater) crashed PySide when the server went first.
        if MESSAGE.strip() in bytes(socket.readAll()):
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def bring_forward(window: QWidget) -> None:
    """Un-minimise, raise and focus `window` (as far as the window manager allows)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
