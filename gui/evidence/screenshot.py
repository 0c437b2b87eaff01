"""Screenshots in one keystroke: Ctrl+V with an image on the clipboard, or "Capture screen…"
(after a short delay, with the window out of the way). The picture is saved as PNG, stored
by its SHA-256 (db.attachments.attach_screenshot) and attached to the selected entry or to a
new observation entry at the moment it was taken: the user is asked which.

Capturing: `QScreen.grabWindow` where the platform allows it (X11, Windows, macOS); on
Wayland, where an application may not read the screen, the XDG desktop portal
(org.freedesktop.portal.Screenshot over QtDBus) takes it, and the desktop may ask the user."""
from __future__ import annotations

import os
import secrets
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from casekeeper.db import attachments, clock

from ..common import arg, run_action

DELAY_MS = 3000
PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"


def png_bytes(image: QImage) -> bytes:
    """The image as PNG file bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def clipboard_image() -> QImage | None:
    """The image on the clipboard, if there is one."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasImage():
        return None
    image = QGuiApplication.clipboard().image()
    return None if image.isNull() else image


def on_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


def ask_target(parent: QWidget, entry_selected: bool) -> str | None:
    """'selected' (attach to the selected entry), 'new' (a new observation entry) or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Screenshots", "Attach screenshot"))
    box.setText(QCoreApplication.translate("Screenshots", "Where should the screenshot go?"))
    selected = box.addButton(QCoreApplication.translate("Screenshots", "To the &selected entry"),
                             QMessageBox.ButtonRole.AcceptRole) if entry_selected else None
    new = box.addButton(QCoreApplication.translate("Screenshots", "To a &new observation"),
                        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(selected or new)
    box.exec()
    clicked = box.clickedButton()
    return "selected" if selected is not None and clicked is selected else "new" if clicked is new else None


class PortalScreenshot(QObject):
    """One request to the XDG desktop portal; emits `done(bytes)` with the PNG, or `failed(str)`."""

    done = Signal(bytes)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection

        self.bus = QDBusConnection.sessionBus()

    def start(self) -> None:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusMessage

        if not self.bus.isConnected():
            self.failed.emit(self.tr("There is no session bus to reach the screenshot portal."))
            return
        token = "casekeeper" + secrets.token_hex(6)
        sender = self.bus.baseService().lstrip(":").replace(".", "_")
        handle = f"{PORTAL_PATH}/request/{sender}/{token}"
        self.bus.connect(PORTAL, handle, "org.freedesktop.portal.Request", "Response", self,
                         SLOT("on_response(QDBusMessage)"))
        call = QDBusMessage.createMethodCall(PORTAL, PORTAL_PATH, "org.freedesktop.portal.Screenshot", "Screenshot")
        call.setArguments(["", {"handle_token": token, "interactive": False}])
        reply = self.bus.call(call)
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            self.failed.emit(reply.errorMessage() or reply.errorName())

    @Slot("QDBusMessage")
    def on_response(self, message) -> None:
        args = message.arguments()
        code, results = (args + [1, {}])[:2] if args else (1, {})
        uri = (results or {}).get("uri", "")
        if code != 0 or not uri:
            self.failed.emit(self.tr("The screenshot was cancelled or refused."))
            return
        path = Path(QUrl(uri).toLocalFile())   # the portal's own file stays where the desktop put it
        image = QImage(str(path))
        if image.isNull():
            self.failed.emit(arg(self.tr("The portal's screenshot could not be read: %1"), str(path)))
            return
        self.done.emit(png_bytes(image))


class Screenshots(QObject):
    """Paste and capture for one timeline view (gui/evidence/timeline_hooks.py)."""

    def __init__(self, timeline, panel, status=None):
        super().__init__(timeline)
        self.timeline, self.panel = timeline, panel
        self.status = status or (lambda _text: None)
        self._portal = None

    # --- paste ---------------------------------------------------------------------
    def paste(self) -> bool:
        """Ctrl+V: an image on the clipboard becomes a screenshot attachment. False: nothing to paste."""
        if self.timeline.case_id is None:
            return False
        image = clipboard_image()
        if image is None:
            self.status(self.tr("The clipboard holds no image to paste."))
            return False
        return self.attach_png(png_bytes(image), clock.now()) is not None

    # --- capture -------------------------------------------------------------------
    def capture(self, delay_ms: int = DELAY_MS) -> None:
        """Take a screenshot after `delay_ms` with the main window hidden, then ask where it goes."""
        if self.timeline.case_id is None:
            return
        window = self.timeline.window()
        self.status(arg(self.tr("Taking a screenshot in %1 seconds…"), round(delay_ms / 1000)))
        window.hide()
        QTimer.singleShot(delay_ms, lambda: self._grab(window))

    def _grab(self, window) -> None:
        taken = clock.now()
        if on_wayland():
            self._portal = PortalScreenshot(self)
            self._portal.done.connect(lambda png: self._captured(window, png, taken))
            self._portal.failed.connect(lambda why: self._capture_failed(window, why))
            self._portal.start()
            return
        screen = QGuiApplication.primaryScreen()
        pixmap = screen.grabWindow(0) if screen is not None else None
        if pixmap is None or pixmap.isNull():
            self._capture_failed(window, self.tr("The screen could not be read."))
            return
        self._captured(window, png_bytes(pixmap.toImage()), taken)

    def _captured(self, window, png: bytes, taken: datetime) -> None:
        window.show()
        window.raise_()
        self.attach_png(png, taken)

    def _capture_failed(self, window, why: str) -> None:
        window.show()
        self.status(arg(self.tr("No screenshot: %1"), why))

    # --- attach --------------------------------------------------------------------
    def attach_png(self, png: bytes, taken: datetime):
        """Ask where the screenshot goes, attach it, show it. Returns the attachment or None."""
        selected = self.timeline.selected_event_id()
        target = ask_target(self.timeline, selected is not None)
        if target is None:
            return None
        when = taken.astimezone().strftime("%Y-%m-%d %H:%M")
        if target == "selected":
            att = run_action(self.timeline, attachments.attach_screenshot, png, taken, event_id=selected)
        else:
            att = run_action(self.timeline, attachments.attach_screenshot, png, taken,
                             case_id=self.timeline.case_id, summary=arg(self.tr("Screenshot %1"), when))
        if att is None:
            return None
        self.timeline.refresh()
        self.timeline.select_event(att.event_id)
        self.panel.set_event(att.event_id)
        self.panel.select_attachment(att.id)
        self.timeline.changed.emit()
        self.status(self.tr("Screenshot attached."))
        return att


def delay_from_env() -> int:
    """The capture delay in ms ($CASEKEEPER_SCREENSHOT_DELAY_MS, for tests and demos)."""
    try:
        return max(0, int(os.environ.get("CASEKEEPER_SCREENSHOT_DELAY_MS", DELAY_MS)))
    except ValueError:
        return DELAY_MS
